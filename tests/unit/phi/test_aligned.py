"""Names in a report aligned with spaces (aligned.py): read at the people's column under its heading."""

from __future__ import annotations

from extproc.phi import aligned as A
from extproc.phi import detect_text
from extproc.phi import kinds as K

REPORT = (
    "RECALL LIST   BRIGHTWATER FAMILY DENTISTRY\n"
    "NAME                          DOB         PHONE            NOTE\n"
    "RIAAN UYS                     1971-02-26  012-559-4905     WISDOM 38 OBS\n"
    "FLOAT POOL                    1994-01-26  011-649-2430     PREFERS SMS\n"
    "\n"
    "SKIP ME                       not a row\n"
)


def test_a_name_at_its_column_under_an_aligned_heading() -> None:
    found = [(REPORT[s:e], k) for s, e, k in detect_text(REPORT)]
    assert ("RIAAN UYS", K.NAME) in found
    assert not [k for s, _, k in detect_text(REPORT) if REPORT[s:].startswith(("FLOAT", "SKIP", "WISDOM"))]


def test_no_heading_of_people_no_table() -> None:
    assert not A.may_hold("DOB         PHONE\n1971-02-26  012-559-4905")
    assert A.find("ITEM          QTY    NOTE\nRIAAN UYS     2      ok") == []
