"""Identifiers after a label in text: the value's groups, and labels that number no person (id_labels.py)."""

from __future__ import annotations

import pytest

from extproc.phi import detect_text
from extproc.phi import id_labels as IL


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MRN: 4471 2290 seen today", "4471 2290"),
        ("RAMQ : SYGS 0366 7549", "SYGS 0366 7549"),
        ("IHI 8003 6003 3997 5466", "8003 6003 3997 5466"),
        ("Health card: 9478 539 520", "9478 539 520"),
        ("Medicaid ID: 12345678A", "12345678A"),
        ("pickup_id=T514-160-879-588 pmp_checked=true", "T514-160-879-588"),
        ("Policy: AB12 3456 7890", "AB12 3456 7890"),
        ("ID: 4471 2290", "4471 2290"),
        ("Visit ID: 88123", "88123"),
    ],
)
def test_a_labelled_value_is_masked_with_its_groups(text: str, value: str) -> None:
    assert value in [text[s:e] for s, e, _ in detect_text(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("MRN 12345 was seen", "was"),
        ("SSN 123-45-6789 DOB 01/02/1990", "DOB"),
        ("Room #: 4412", "4412"),
        ("Ticket ID: 88123", "88123"),
        ("request_id=8812a9 ok", "8812a9"),
        ("Claim #: pending", "pending"),
        ("Study ID: 2291 open", "2291"),
    ],
)
def test_what_a_label_leaves(text: str, kept: str) -> None:
    start = text.index(kept)
    assert not [k for s, e, k in detect_text(text) if s < start + len(kept) and e > start]


def test_a_person_s_word_outweighs_a_thing_s() -> None:
    assert IL.names_a_person("Study subject ID")
    assert IL.names_a_person("Patient room number")
    assert not IL.names_a_person("Lot number")


def test_a_group_is_a_whole_token_with_a_digit() -> None:
    text = "MRN 12345 6789 MD"
    assert IL.value_end(text, len("MRN 12345")) == len("MRN 12345 6789")
    assert IL.value_end("x 12 01/02/1990", 4) == 4  # ``01`` of a date is no group


def test_a_number_after_id_with_only_a_space_and_an_ssn_s_shape_left_to_its_checks() -> None:
    text = "ID 0158-3165383-1 noted."
    assert [text[s:e] for s, e, _ in detect_text(text)] == ["0158-3165383-1"]
    assert detect_text("id 666-12-3456") == [] and detect_text("ID 2024 report") == []
