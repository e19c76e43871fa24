"""Addresses abroad, labelled numbers and a research subject's numbers in a tool result, through real Envoy: every
one masked for a Safe Harbor role, and the numbers and codes whose labels say a thing's left as they were."""

from __future__ import annotations

import json

from tests.integration.conftest import Gateway
from tests.integration.hostile_upstream import ABROAD_AND_LABELLED
from tests.integration.phi.calls import tool_result

PLANTED = (
    "Tralee", "Co. Kerry", "V92 PK4V", "9478 539 520", "SYGS 0366 7549", "3671547G", "387-67l3", "O9/O5",
    "Damak", "57217", "AX 67 VZ GP", "IE09-611", "pt601281", "US80-005", "ZA11-072", "0219844KA", "5127324E",
)


def test_addresses_abroad_labelled_numbers_and_subjects_are_masked(hostile_gateway: Gateway, tokens) -> None:
    result = tool_result(hostile_gateway, tokens("pat", ("pharmacy",)), "abroad-and-labelled")
    out = json.dumps(result)
    assert json.dumps(ABROAD_AND_LABELLED) != out
    assert [value for value in PLANTED if value in out] == []
    for stays in ("Ticket ID: 88123", "ICD I50.9", "app=4.12.1"):
        assert stays in out, stays
