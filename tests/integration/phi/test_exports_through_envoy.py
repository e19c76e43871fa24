"""Exports in a tool result, through real Envoy: a CSV worklist read by its headings, C-CDA XML by its element
names, label/value pairs by their labels and bare numbers by their size — masked for a Safe Harbor role."""

from __future__ import annotations

import json

import httpx2

from extproc.mcp.call import MODERN_REVISION
from tests.integration.conftest import Gateway

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}


def test_exports_are_masked_by_their_headings_elements_and_labels(hostile_gateway: Gateway, tokens) -> None:
    call = {"jsonrpc": "2.0", "id": 6, "method": "tools/call",
            "params": {"name": "get_patient", "arguments": {"patient_id": "P000001"}, "_meta": META}}
    headers = {"authorization": f"Bearer {tokens('pat', ('pharmacy',))}", "x-scenario": "exports",
               "content-type": "application/json", "accept": "application/json, text/event-stream",
               "mcp-protocol-version": MODERN_REVISION, "mcp-method": "tools/call", "mcp-name": "get_patient"}
    response = httpx2.post(hostile_gateway.url, content=json.dumps(call).encode(), headers=headers, timeout=20)
    assert response.status_code == 200, response.text
    result = response.json()["result"]
    assert result["content"][0]["text"] == "mrn,patient_name,dob,phone\n[MRN],[NAME],1941,[PHONE]"
    assert result["content"][1]["text"] == (
        '<patient><name><given>[NAME]</given><family>[NAME]</family></name><birthTime value="1941"/></patient>')
    assert result["structuredContent"] == {"fields": [{"label": "Social Security Number", "value": "[SSN]"}],
                                           "pt_ident": "[NUMBER]", "total_cents": 125000000}
