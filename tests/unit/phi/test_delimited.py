"""Delimited exports (delimited.py): cells read by their column's heading, as mask_json reads a JSON key."""

from __future__ import annotations

import cProfile

import pytest

from extproc.phi import SAFE_HARBOR, mask_json
from extproc.phi import delimited as D
from extproc.phi import kinds as K


def masked(text: str) -> str:
    return mask_json({"text": text}, SAFE_HARBOR).value["text"]


def test_cells_under_a_heading_naming_a_kind_are_that_kind() -> None:
    text = (
        "Worklist export\nmrn,patient_name,dob,phone,zip,note\n"
        '40977228,Hendricks Danny,9/9/1941,996-9635,07501,ok\n"40977229","de la Cruz, Ana",1950-01-02,555-0134,82301,'
        '"fine, thanks"\nend'
    )
    out = masked(text)
    for secret in ("40977228", "40977229", "Hendricks", "Danny", "Cruz", "9/9", "996-9635", "0134", "07501"):
        assert secret not in out
    assert "[MRN],[NAME],1941,[PHONE],075,ok" in out and '"fine, thanks"' in out and out.endswith("end")


def test_a_name_column_headed_ambiguously_holds_names_only_when_they_read_as_names() -> None:
    out = masked("Name\tDose\tPrescriber name\nLisinopril\t10 mg\tAna Okafor\nOkafor\t5 mg\tAna Okafor")
    assert "Lisinopril\t10 mg\t[NAME]" in out and "[NAME]\t5 mg" in out


def test_tab_and_semicolon_exports_and_a_row_of_another_width_ends_the_table() -> None:
    out = masked("SSN;Member ID\n123456789;ABC123\n1;2;3 123456789")
    assert out.startswith("SSN;Member ID\n[SSN];[HEALTH_PLAN]\n")
    assert D.find("a,b\n1,2") == []  # no heading names a kind



@pytest.mark.parametrize(
    "text",
    ['"' * 5000, "mrn," * 3000 + "\n" + "1," * 3000, 'mrn,name\n"a""b,c\n', "mrn\n" * 5000, ",\n" * 5000,
     "a,\r\n" * 10],
)
def test_malformed_input_never_raises_and_spans_stay_inside(text: str) -> None:
    for s, e, _ in D.find(text):
        assert 0 <= s <= e <= len(text)


def _calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.runcall(D.find, text)
    return sum(stat.callcount for stat in profile.getstats())


def test_a_long_export_costs_linear_work() -> None:
    """Counted calls, not time: doubling the rows doubles the work."""
    def export(rows: int) -> str:
        return "mrn,patient_name,dob\n" + "40977228,Ana Okafor,9/9/1941\n" * rows

    assert _calls(export(2000)) <= 2.2 * _calls(export(1000))


def test_a_column_naming_a_person_holds_names_where_a_cell_is_shaped_like_one() -> None:
    text = ("claim_id\tpatient\tdos\n77\tChahal, Raghav\t2024\n78\tGlass, Rocky\t2022\n79\tSelf-pay batch\t2023\n"
            "80\tTegaderm\t2021")
    spans = {text[s:e] for s, e, _ in D.find(text)}
    assert {"Chahal, Raghav", "Glass, Rocky"} <= spans
    assert "Self-pay batch" not in spans and "Tegaderm" not in spans  # free text, and a word no list knows as a name


def test_a_name_column_s_cell_shaped_like_a_name_is_one_whatever_its_words() -> None:
    text = "Name,DOB\nDrew Fox,1/2/1950\nLisinopril,\n"
    assert ("Drew Fox", "NAME") in [(text[s:e], k) for s, e, k in D.find(text)]
    assert mask_json({"export": text}, SAFE_HARBOR).value["export"] == "Name,DOB\n[NAME],1950\nLisinopril,\n"


def test_a_subject_column_s_numbers_are_the_people_s() -> None:
    text = "accession\tsubject\tcollected\nA1234567\tPH84-977\t2025-01-02\nA1234568\tscreen fail\t2025-01-03"
    assert (text.index("PH84-977"), text.index("PH84-977") + 8, K.ID) in D.find(text)
    assert not [s for s in D.find(text) if text[s[0] :].startswith("screen")]
