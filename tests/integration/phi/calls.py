"""One `tools/call` through the gateway in front of the hostile upstream, answering as a scenario says."""

from __future__ import annotations

import json
from typing import Any

import httpx2

from extproc.mcp.call import MODERN_REVISION
from tests.integration.conftest import Gateway

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}


def tool_result(gateway: Gateway, token: str, scenario: str) -> dict[str, Any]:
    """The masked `result` of a `get_patient` call whose upstream answers with ``scenario`` (HTTP 200 asserted)."""
    body = {"jsonrpc": "2.0", "id": 4, "method": "tools/call",
            "params": {"name": "get_patient", "arguments": {"patient_id": "P000001"}, "_meta": META}}
    headers = {"authorization": f"Bearer {token}", "x-scenario": scenario, "content-type": "application/json",
               "accept": "application/json, text/event-stream", "mcp-protocol-version": MODERN_REVISION,
               "mcp-method": "tools/call", "mcp-name": "get_patient"}
    response = httpx2.post(gateway.url, content=json.dumps(body).encode(), headers=headers, timeout=20)
    assert response.status_code == 200, response.text
    return response.json()["result"]
