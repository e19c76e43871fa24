"""Addresses abroad, labelled numbers and a research subject's numbers in a tool result, through real Envoy: every
one masked for a Safe Harbor role, and the numbers and codes whose labels say a thing's left as they were."""

from __future__ import annotations

import json

import httpx2

from extproc.mcp.call import MODERN_REVISION
from tests.integration.conftest import Gateway
from tests.integration.hostile_upstream import ABROAD_AND_LABELLED

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}
PLANTED = (
    "Tralee", "Co. Kerry", "V92 PK4V", "9478 539 520", "SYGS 0366 7549", "3671547G", "387-67l3", "O9/O5",
    "Damak", "57217", "AX 67 VZ GP", "IE09-611", "pt601281", "US80-005", "ZA11-072", "0219844KA", "5127324E",
)


def test_addresses_abroad_labelled_numbers_and_subjects_are_masked(hostile_gateway: Gateway, tokens) -> None:
    call = {"jsonrpc": "2.0", "id": 7, "method": "tools/call",
            "params": {"name": "get_patient", "arguments": {"patient_id": "P000001"}, "_meta": META}}
    headers = {"authorization": f"Bearer {tokens('pat', ('pharmacy',))}", "x-scenario": "abroad-and-labelled",
               "content-type": "application/json", "accept": "application/json, text/event-stream",
               "mcp-protocol-version": MODERN_REVISION, "mcp-method": "tools/call", "mcp-name": "get_patient"}
    response = httpx2.post(hostile_gateway.url, content=json.dumps(call).encode(), headers=headers, timeout=20)
    assert response.status_code == 200, response.text
    out = json.dumps(response.json()["result"])
    assert json.dumps(ABROAD_AND_LABELLED) != out
    assert [value for value in PLANTED if value in out] == []
    for stays in ("Ticket ID: 88123", "ICD I50.9", "app=4.12.1"):
        assert stays in out, stays
