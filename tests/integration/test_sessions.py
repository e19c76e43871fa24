"""MCP sessions (2025-11-25) through real Envoy: a session is its opener's alone. The official SDK client opens one
(mode "legacy"); another caller holding its id is answered as if it did not exist, and none of its requests
reach the upstream; a session the processor never saw opened (a restart) is not found, and the client opens a
new one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx2
import pytest
from mcp import Client, MCPError
from mcp.client.streamable_http import streamable_http_client

from extproc import launcher
from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from extproc.identity.devkeys import mint
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of, start_processor
from tests.integration.session_upstream import RecordingUpstream

pytestmark = pytest.mark.anyio

LEGACY = "2025-11-25"
SEARCH = {"query": "a", "limit": 1}


@pytest.fixture(scope="module")
def upstream() -> Iterator[RecordingUpstream]:
    with RecordingUpstream() as server:
        yield server


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sessions-journal") / "journal"


@pytest.fixture(scope="module")
def gateway(upstream: RecordingUpstream, journal: Path, tmp_path_factory: pytest.TempPathFactory,
            setup: Setup) -> Iterator[Gateway]:
    yield from gateway_in_front_of(Endpoint("127.0.0.1", upstream.port), tmp_path_factory.mktemp("sessions"), setup,
                                   journal)


def connect(gateway: Gateway, token: str, issued: list[str]) -> Client:
    """The SDK client in a 2025-11-25 session; the session ids it is given are appended to `issued`."""
    async def remember(response: httpx2.Response) -> None:
        if "mcp-session-id" in response.headers:
            issued.append(response.headers["mcp-session-id"])

    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"}, timeout=30,
                              event_hooks={"response": [remember]})
    return Client(streamable_http_client(gateway.url, http_client=http), mode="legacy")


async def intrude(url: str, token: str, session: str, caller: str) -> list[httpx2.Response]:
    """POST (a tool call), GET (the session's stream) and DELETE into `session`, marked `x-caller: caller`."""
    headers = {"authorization": f"Bearer {token}", "mcp-session-id": session, "mcp-protocol-version": LEGACY,
               "x-caller": caller, "accept": "application/json, text/event-stream"}
    call = {"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "search_patients",
                                                                          "arguments": SEARCH}}
    async with httpx2.AsyncClient(headers=headers, timeout=10) as http:
        return [await http.post(url, json=call), await http.get(url), await http.delete(url)]


async def upstreams_unknown_session_answer(upstream: RecordingUpstream) -> tuple[int, bytes]:
    """What the SDK server itself answers a request naming a session it does not know."""
    headers = {"mcp-session-id": "no-such-session", "mcp-protocol-version": LEGACY,
               "accept": "application/json, text/event-stream"}
    async with httpx2.AsyncClient(timeout=10) as http:
        response = await http.post(f"http://127.0.0.1:{upstream.port}/mcp", headers=headers,
                                   json={"jsonrpc": "2.0", "id": 7, "method": "ping"})
    return response.status_code, response.content


async def test_another_callers_use_of_a_session_is_not_found_and_never_forwarded(
        gateway: Gateway, upstream: RecordingUpstream, setup: Setup, journal: Path) -> None:
    issued: list[str] = []
    async with connect(gateway, setup.token("alice"), issued) as alice:
        assert not (await alice.call_tool("search_patients", SEARCH)).is_error
        session = issued[0]
        mallory = setup.token("mallory")  # the same role: only the session is not hers
        refused = await intrude(gateway.url, mallory, session, "mallory")
        unknown = await intrude(gateway.url, mallory, "no-such-session", "mallory")
        expected = await upstreams_unknown_session_answer(upstream)
        for response in refused + unknown:
            assert (response.status_code, response.content) == expected, "answered as the upstream answers"
        assert upstream.from_caller("mallory") == [], "nothing of hers reached the upstream"
        assert not (await alice.call_tool("search_patients", SEARCH)).is_error, "alice's session goes on"
    everything = list(iter_records([journal]))
    assert [r["principal"]["sub"] for r in everything if (r.get("mcp") or {}).get("method") == "initialize"
            and r["mcp"]["session_id"] == session] == ["alice"], "the record of the initialize names its session"
    records = [r for r in everything if (r.get("principal") or {}).get("sub") == "mallory"]
    assert [(r["http"]["method"], r["http"]["status"], r["refused"]) for r in records][:3] == [
        (method, 404, "the MCP session belongs to another caller") for method in ("POST", "GET", "DELETE")]
    assert {r["refused"] for r in records[3:]} == {"the MCP session is unknown to the gateway (never opened through "
                                                   "it, ended, idle too long, or opened before a restart)"}


async def test_the_same_user_through_another_agent_client_is_another_caller(
        gateway: Gateway, upstream: RecordingUpstream, setup: Setup) -> None:
    issued: list[str] = []
    identity = setup.policy.identity
    assert identity.dev_signing_key and identity.jwks.file and identity.audience
    other_agent = mint(identity.dev_signing_key, identity.jwks.file, identity.issuer, identity.audience, "alice",
                       ("clinicians",), client_id="another-agent")
    async with connect(gateway, setup.token("alice"), issued) as alice:
        assert not (await alice.call_tool("search_patients", SEARCH)).is_error
        responses = await intrude(gateway.url, other_agent, issued[0], "alice-elsewhere")
        assert [r.status_code for r in responses] == [404, 404, 404]
        assert upstream.from_caller("alice-elsewhere") == []
        assert not (await alice.call_tool("search_patients", SEARCH)).is_error


async def test_a_deleted_session_is_not_found_afterwards(gateway: Gateway, setup: Setup) -> None:
    headers = {"authorization": f"Bearer {setup.token('alice')}", "accept": "application/json, text/event-stream"}
    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": LEGACY, "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
    async with httpx2.AsyncClient(headers=headers, timeout=10) as http:
        opened = await http.post(gateway.url, json=initialize)
        session = {"mcp-session-id": opened.headers["mcp-session-id"], "mcp-protocol-version": LEGACY}
        assert (await http.delete(gateway.url, headers=session)).status_code == 200
        gone = await http.post(gateway.url, headers=session, json={"jsonrpc": "2.0", "id": 2, "method": "ping"})
    assert gone.status_code == 404 and gone.json()["error"]["message"] == "Session not found"


async def test_the_2026_07_28_revision_needs_no_session(gateway: Gateway, setup: Setup) -> None:
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {setup.token('alice')}"}, timeout=30)
    async with Client(streamable_http_client(gateway.url, http_client=http), mode="2026-07-28") as client:
        assert not (await client.call_tool("search_patients", SEARCH)).is_error
        assert not (await client.call_tool("get_labs", {"patient_id": "P000001"})).is_error


async def test_after_a_processor_restart_the_session_is_not_found_and_the_client_opens_another(
        upstream: RecordingUpstream, setup: Setup, tmp_path: Path) -> None:
    journal = tmp_path / "journal" / "journal"
    journal.parent.mkdir()
    with contextmanager(gateway_in_front_of)(Endpoint("127.0.0.1", upstream.port), tmp_path, setup,
                                             journal) as gateway:
        issued: list[str] = []
        async with connect(gateway, setup.token("alice"), issued) as alice:
            assert not (await alice.call_tool("search_patients", SEARCH)).is_error
            launcher.stop_process(gateway.processor)
            restarted, _ = start_processor(setup, journal, endpoint=gateway.processor_at)
            try:
                before = len(upstream.received)
                with pytest.raises(MCPError) as forgotten:
                    await alice.call_tool("search_patients", SEARCH)
                assert forgotten.value.error.message == "Session not found"
                assert len(upstream.received) == before, "refused before the upstream"
                async with connect(gateway, setup.token("alice"), issued) as again:
                    assert not (await again.call_tool("search_patients", SEARCH)).is_error
                assert issued[-1] != issued[0], "a new session"
            finally:
                launcher.stop_process(restarted)
