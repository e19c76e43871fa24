"""Masking rewrites data, never protocol structure: an official-SDK server eliciting through real Envoy
with the default Safe Harbor profile, and a protocol error whose data a client negotiates from."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx2
import mcp_types as types
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from extproc import launcher
from extproc.envoy_config import Endpoint
from tests.exchange_support import META
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of
from tests.integration.elicit_upstream import LINK_NAME

pytestmark = pytest.mark.anyio

PHARMACIST = ("pat", ("pharmacy",))
"""A role granted `get_patient` with the default Safe Harbor profile."""


@pytest.fixture(scope="module")
def elicit_gateway(tmp_path_factory: pytest.TempPathFactory, setup: Setup) -> Iterator[Gateway]:
    port = launcher.free_port()
    upstream = subprocess.Popen([sys.executable, "-m", "tests.integration.elicit_upstream", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        launcher.wait_for_port(Endpoint("127.0.0.1", port), 30, upstream)
        yield from gateway_in_front_of(Endpoint("127.0.0.1", port), tmp_path_factory.mktemp("elicit"), setup)
    finally:
        launcher.stop_process(upstream)


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_elicitation_schema_and_link_names_arrive_intact_and_phi_masked(elicit_gateway: Gateway, tokens,
                                                                              mode: str) -> None:
    """2025-11-25: `elicitation/create` on the call's event stream; 2026-07-28: inside an InputRequiredResult."""
    asked: list[types.ElicitRequestParams] = []

    async def on_elicit(context: Any, params: types.ElicitRequestParams) -> types.ElicitResult:
        asked.append(params)
        return types.ElicitResult(action="accept", content={
            "email": "someone@example.org", "homepage": "https://example.org", "born": "1990-01-01",
            "plan": "basic"})

    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {tokens(*PHARMACIST)}"}, timeout=30)
    async with Client(streamable_http_client(elicit_gateway.url, http_client=http), mode=mode,
                      elicitation_callback=on_elicit) as client:
        result = await client.call_tool("get_patient", {"patient_id": "P000001"})

    assert not result.is_error, "the client accepted the form and the tool completed"
    (params,) = asked
    assert isinstance(params, types.ElicitRequestFormParams)
    properties = params.requested_schema["properties"]
    assert properties["email"] == {"type": "string", "format": "email", "title": "Email"}, \
        "the masked default is dropped, the field kept"
    assert properties["homepage"]["format"] == "uri" and properties["born"]["format"] == "date"
    assert properties["plan"]["enum"] == ["basic", "premium"] and properties["plan"]["default"] == "premium"
    assert "Maria" not in params.message and "123-45-6789" not in params.message and "[SSN]" in params.message
    text, link = result.content
    assert isinstance(text, types.TextContent) and isinstance(link, types.ResourceLink)
    assert "Maria" not in text.text and "123-45-6789" not in text.text and "Plan basic" in text.text
    assert link.name == LINK_NAME, "a link's name is scanned as text, never taken for a person's by its key"
    assert "P000001" not in str(link.uri), "a link's URI is data: it names the patient"


async def test_unsupported_version_error_keeps_its_version_lists(hostile_gateway: Gateway, tokens) -> None:
    body = {"jsonrpc": "2.0", "id": 5, "method": "tools/call",
            "params": {"name": "get_patient", "arguments": {"patient_id": "P000001"}, "_meta": META}}
    headers = {"authorization": f"Bearer {tokens(*PHARMACIST)}", "content-type": "application/json",
               "accept": "application/json, text/event-stream", "mcp-protocol-version": "2026-07-28",
               "mcp-method": "tools/call", "mcp-name": "get_patient", "x-scenario": "unsupported-version"}
    async with httpx2.AsyncClient(timeout=30) as http:
        response = await http.post(hostile_gateway.url, headers=headers, content=json.dumps(body))
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == -32022
    assert error["data"] == {"supported": ["2025-11-25", "2026-07-28"], "requested": "2026-07-28"}

