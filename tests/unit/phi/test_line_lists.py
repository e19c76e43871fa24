"""Names one to a line (line_lists.py): the other items of a run in which two are names already."""

from __future__ import annotations

from extproc.phi import detect_text
from extproc.phi import kinds as K

ATTENDANCE = "SEEKING SAFETY\n\nSbusiso Dlamini\nnthabiseng mohapi\nSbu\nBarend\nkismet roe\nBabalwa\n\nabsent: none"


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, k in detect_text(text) if k == K.NAME]


def test_an_attendance_list_s_other_lines_are_names_lower_case_and_words_included() -> None:
    found = names(ATTENDANCE)
    for item in ("nthabiseng mohapi", "Barend", "kismet roe"):
        assert item in found, item
    assert "SEEKING" not in " ".join(found) and "none" not in found


def test_a_list_with_one_name_or_a_heading_in_capitals_lends_nothing() -> None:
    assert names("Meds:\nLisinopril\nMetformin\nAnn Lee") == ["Ann", "Lee"]
    assert "DISCHARGES TODAY" not in names("DISCHARGES TODAY\nAnn Lee\nBob Okafor\nCarla Mendes")


def test_a_list_of_thousands_of_names_costs_linear_time() -> None:
    import time

    start = time.process_time()
    names("Ana Lee\n" * 25_000)  # every line a name: each item's letters are looked up, not every name's span
    assert time.process_time() - start < 5, "quadratic: 200 KB took a minute (linear: about a second)"
