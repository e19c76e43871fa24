"""Names written whole as a value (value_names.py): shaped like a person's name, whatever its words; or not."""

from __future__ import annotations

import pytest

from extproc.phi import value_names as VN


@pytest.mark.parametrize(
    "value",
    ["Drew Fox", "J. Best", "King, Nizhoni", "van der Berg, Eero, RN", "Dr. Ana Souza", "LOVE, HOPE R", "Ji-woo",
     "Strong, Katherine, LCSW", "أجوان ابو الحاج", "Ó Súilleabháin", "Drew Fox MD", "Little, Hope MD",
     "Hope Little, M.D."],
)
def test_a_value_written_as_a_person_s_name_is_name_shaped(value: str) -> None:
    assert VN.name_shaped(value)


@pytest.mark.parametrize(
    "value",
    ["Front Desk", "Pharmacy", "Main Lab", "Care Team", "Lisinopril 10 mg", "svc-ingest", "Patient/123", "Nurse",
     "Mother", "Emergency Department", "N/A", "Unknown", "a@b.org", "Ana; Rui", "", "Smith, Jones, Brown",
     "Front Desk RN", "MD"],
)
def test_a_value_of_another_shape_is_not(value: str) -> None:
    assert not VN.name_shaped(value)


@pytest.mark.parametrize(
    ("value", "shaped"),
    [("BUSH^ACE^Z", True), ("da Silva^Ana^^^Dr", True), ("O'NEILL^MARY-KATE", True), ("a^b^c^d^e^f^g^h", False),
     ("^ACE", False), ("HC:93306^2", False), ("x^", False)],
)
def test_a_name_written_with_carets_as_hl7_and_dicom_do(value: str, shaped: bool) -> None:
    assert VN.name_shaped(value) is shaped


def test_a_cell_under_a_person_s_heading_that_is_a_name() -> None:
    from extproc.phi.value_names import person_cell

    for cell in ("EVE BOOT", "Gem Grey", "MARROW, Cocoa", "M.Y.", "Iryna O."):
        assert person_cell(cell), cell
    for cell in ("FLOAT POOL", "Blood Bank", "Total", "see note", "Bed 4"):
        assert not person_cell(cell), cell
