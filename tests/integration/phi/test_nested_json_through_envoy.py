"""Through real Envoy: identifiers two levels of JSON text down, and identifiers used as keys, never reach the
client."""

from __future__ import annotations

import json

import httpx2

from extproc.mcp.call import MODERN_REVISION
from tests.integration.conftest import Gateway

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}


def call(gateway: Gateway, token: str, scenario: str) -> httpx2.Response:
    body = {"jsonrpc": "2.0", "id": 4, "method": "tools/call",
            "params": {"name": "get_patient", "arguments": {"patient_id": "P000001"}, "_meta": META}}
    headers = {"authorization": f"Bearer {token}", "x-scenario": scenario, "content-type": "application/json",
               "accept": "application/json, text/event-stream", "mcp-protocol-version": MODERN_REVISION,
               "mcp-method": "tools/call", "mcp-name": "get_patient"}
    response = httpx2.post(gateway.url, content=json.dumps(body).encode(), headers=headers, timeout=20)
    assert response.status_code == 200, response.text
    return response


def test_a_record_two_levels_of_json_text_down_is_masked(hostile_gateway: Gateway, tokens) -> None:
    """For a Safe Harbor role (the pharmacist): names and phones too, not only what every profile masks."""
    response = call(hostile_gateway, tokens("pat", ("pharmacy",)), "nested-json")
    outer = json.loads(response.json()["result"]["content"][0]["text"])
    record = json.loads(outer["content"][0]["text"])
    assert record["ssn"] == "[SSN]" and "617-555-0199" not in response.text and "Garcia" not in response.text
    assert "123-45-6789" not in response.text


def test_a_map_keyed_by_ssn_keeps_its_members_under_masked_keys(hostile_gateway: Gateway, tokens) -> None:
    response = call(hostile_gateway, tokens(), "keyed-by-ssn")  # even the clinical profile never keeps an SSN
    by_ssn = response.json()["result"]["structuredContent"]["by_ssn"]
    assert by_ssn == {"[SSN]": {"dx": "E11.9"}, "[SSN] #2": {"dx": "I10"}}
    assert "123-45-6789" not in response.text and "234-56-7890" not in response.text
