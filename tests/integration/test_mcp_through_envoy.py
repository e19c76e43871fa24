"""The official MCP SDK client → real Envoy → Chaperone → the demo EHR server, both protocol revisions."""

from __future__ import annotations

import json

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.integration.conftest import Gateway, Setup

pytestmark = pytest.mark.anyio

MODES = ["legacy", "2026-07-28"]


def connect(gateway: Gateway, token: str, mode: str) -> Client:
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"}, timeout=30)
    return Client(streamable_http_client(gateway.url, http_client=http), mode=mode)


@pytest.mark.parametrize("mode", MODES)
async def test_list_and_call_tools(demo_gateway: Gateway, tokens, mode: str) -> None:
    async with connect(demo_gateway, tokens(), mode) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert {"search_patients", "get_patient", "get_labs"} <= names
        found = await client.call_tool("search_patients", {"query": "a", "limit": 3})
        assert not found.is_error and found.structured_content
        patient_id = json.dumps(found.structured_content).split('"P', 1)[1][:6]
        record = await client.call_tool("get_patient", {"patient_id": "P" + patient_id})
        assert not record.is_error and "ssn" in json.dumps(record.structured_content)


@pytest.mark.parametrize("mode", MODES)
async def test_streamed_tool_result_with_progress(demo_gateway: Gateway, tokens, mode: str, setup: Setup) -> None:
    progress: list[float] = []
    arguments = {"condition": "E11", "batch_size": 5}
    await demo_gateway.preapprove(setup, "ana", ("analysts",), "export_cohort", arguments)

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append(value)

    async with connect(demo_gateway, tokens("ana", ("analysts",)), mode) as client:
        result = await client.call_tool("export_cohort", arguments, progress_callback=on_progress)
    assert not result.is_error
    assert len(progress) >= 2, "progress events must stream through the gateway"


@pytest.mark.parametrize("mode", MODES)
async def test_read_resource(demo_gateway: Gateway, tokens, mode: str) -> None:
    async with connect(demo_gateway, tokens(), mode) as client:
        result = await client.read_resource("ehr://patients/P000001")
    assert json.loads(result.contents[0].text)["patient_id"] == "P000001"


async def test_session_delete_ends_the_session(demo_gateway: Gateway, tokens) -> None:
    headers = {"accept": "application/json, text/event-stream", "content-type": "application/json",
               "authorization": f"Bearer {tokens()}"}
    client_info = {"name": "t", "version": "1"}
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": client_info}}
    async with httpx2.AsyncClient(headers=headers, timeout=10) as http:
        response = await http.post(demo_gateway.url, json=init)
        assert response.status_code == 200
        session = {"mcp-session-id": response.headers["mcp-session-id"], "mcp-protocol-version": "2025-11-25"}
        ping = {"jsonrpc": "2.0", "id": 2, "method": "ping"}
        assert (await http.post(demo_gateway.url, json=ping, headers=session)).status_code == 200
        assert (await http.delete(demo_gateway.url, headers=session)).status_code == 200
        gone = await http.post(demo_gateway.url, json=ping, headers=session)
        assert gone.status_code == 404
