"""An HL7 v2 message in a tool result, through real Envoy: a Safe Harbor role (the pharmacist) gets its fields
masked by position, separators, codes and the year of each date as they were."""

from __future__ import annotations

import json

import httpx2

from extproc.mcp.call import MODERN_REVISION
from tests.integration.conftest import Gateway
from tests.integration.hostile_upstream import HL7_ADT

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}


def test_an_hl7_message_is_masked_field_by_field(hostile_gateway: Gateway, tokens) -> None:
    call = {"jsonrpc": "2.0", "id": 6, "method": "tools/call",
            "params": {"name": "get_patient", "arguments": {"patient_id": "P000001"}, "_meta": META}}
    headers = {"authorization": f"Bearer {tokens('pat', ('pharmacy',))}", "x-scenario": "hl7-message",
               "content-type": "application/json", "accept": "application/json, text/event-stream",
               "mcp-protocol-version": MODERN_REVISION, "mcp-method": "tools/call", "mcp-name": "get_patient"}
    response = httpx2.post(hostile_gateway.url, content=json.dumps(call).encode(), headers=headers, timeout=20)
    assert response.status_code == 200, response.text
    text = response.json()["result"]["content"][0]["text"]
    assert "QUORVANE" in HL7_ADT
    assert text == (
        "MSH|^~\\&|EPIC|NSH|LIS|NSH|2024||ADT^A01|CTRL-7|P|2.5.1\r"
        "PID|1||[MRN]^^^NSH^MR||[NAME]^[NAME]^[NAME]||1981|F|||[ADDRESS]^^[CITY]^NJ^075\r"
        "PV1|1|I|4W^412^A||||[NPI]^[NAME]^[NAME]"
    )
