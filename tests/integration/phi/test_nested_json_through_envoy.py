"""JSON text inside JSON text through real Envoy: the identifiers two levels down never reach the client."""

from __future__ import annotations

import json

import httpx2

from extproc.mcp.call import MODERN_REVISION
from tests.integration.conftest import Gateway

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}


def test_a_record_two_levels_of_json_text_down_is_masked(hostile_gateway: Gateway, tokens) -> None:
    """For a Safe Harbor role (the pharmacist): names and phones too, not only what every profile masks."""
    call = {"jsonrpc": "2.0", "id": 4, "method": "tools/call",
            "params": {"name": "get_patient", "arguments": {"patient_id": "P000001"}, "_meta": META}}
    token = tokens("pat", ("pharmacy",))
    headers = {"authorization": f"Bearer {token}", "x-scenario": "nested-json", "content-type": "application/json",
               "accept": "application/json, text/event-stream", "mcp-protocol-version": MODERN_REVISION,
               "mcp-method": "tools/call", "mcp-name": "get_patient"}
    response = httpx2.post(hostile_gateway.url, content=json.dumps(call).encode(), headers=headers, timeout=20)
    assert response.status_code == 200, response.text
    outer = json.loads(response.json()["result"]["content"][0]["text"])
    record = json.loads(outer["content"][0]["text"])
    assert record["ssn"] == "[SSN]" and "617-555-0199" not in response.text and "Garcia" not in response.text
    assert "123-45-6789" not in response.text
