"""Names in rows with no heading row (rows.py): a column of names told by the rows' other identifiers."""

from __future__ import annotations

from extproc.phi import detect_text
from extproc.phi import kinds as K

SHEET = (
    "PATTERSON,Kyle,12/21/1989,English,773-444-0715\n"
    "STARK,Windy,09/05/2006,English,614-678-7312\n"
    "Mantle,Gage,08/20/2013,Somali,206-969-8122\n"
    "Shiferaw,Aster,02/01/2002,Amharic,206-656-5454\n"
)


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, k in detect_text(text) if k == K.NAME]


def test_a_bare_sheet_s_columns_of_names_are_names_everyday_words_included() -> None:
    found = names(SHEET)
    for cell in ("STARK", "Windy", "Mantle", "Gage"):
        assert cell in found, cell
    assert "English" not in found and "Somali" not in found  # a column of languages


def test_rows_of_drugs_or_with_no_identifier_or_a_single_row_lend_nothing() -> None:
    assert names("Aspirin,Tablet,2024-01-01,Oral\nMetformin,Tablet,2024-02-01,Oral") == []
    assert names("Mantle,Gage,blue,left\nStone,Wall,red,right") == []
    assert "Mantle" not in names("Mantle,Gage,08/20/2013,English,206-969-8122")


def test_a_table_under_its_heading_row_or_with_drugs_in_lower_case_is_left_to_its_reader() -> None:
    text = "rx_number,fill_date,drug,prescriber_phone\n6519872,2026-11-10,semaglutide,1-957-894-9504\n" \
           "5583738,2026-01-27,tamsulosin,544-333-9407\n"
    assert names(text) == []


def test_thousands_of_rows_with_no_evidence_cost_linear_time() -> None:
    import time

    start = time.process_time()
    detect_text("Ana,Lee,Bob\n" * 34_000)  # each row's evidence is sought among the spans on its line only
    assert time.process_time() - start < 5, "quadratic: 400 KB took ten seconds (linear: about two)"
