"""Resuming an MCP event stream (2025-11-25, `Last-Event-ID`) through real Envoy, in front of an SDK server whose
event store is shared by every session and counts its ids up: the id alone picks what is replayed. Straight to
that server another session's id replays the other caller's events; through the gateway a caller resumes only
from an event its own session was sent, and anything else is refused before the upstream."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx2
import pytest

from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of
from tests.integration.session_upstream import RecordingUpstream, SharedEventStore

pytestmark = pytest.mark.anyio

LEGACY = "2025-11-25"
ACCEPT = "application/json, text/event-stream"
INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": LEGACY, "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
SEARCH = {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
          "params": {"name": "search_patients", "arguments": {"query": "a", "limit": 1}}}
NOT_RESUMABLE = {"jsonrpc": "2.0", "id": None, "error": {
    "code": -32600, "message": "the stream cannot be resumed from this Last-Event-ID; open a new stream"}}


@pytest.fixture(scope="module")
def upstream() -> Iterator[RecordingUpstream]:
    with RecordingUpstream(SharedEventStore()) as server:
        yield server


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("resumption-journal") / "journal"


@pytest.fixture(scope="module")
def gateway(upstream: RecordingUpstream, journal: Path, tmp_path_factory: pytest.TempPathFactory,
            setup: Setup) -> Iterator[Gateway]:
    yield from gateway_in_front_of(Endpoint("127.0.0.1", upstream.port), tmp_path_factory.mktemp("resumption"),
                                   setup, journal)


def _events(body: str) -> list[tuple[str | None, str]]:
    """(id, data) of each event of an SSE body."""
    out = []
    for block in body.replace("\r\n", "\n").split("\n\n"):
        fields = [line.partition(":")[::2] for line in block.split("\n") if line and not line.startswith(":")]
        if fields:
            ids = [v.strip() for k, v in fields if k == "id"]
            out.append((ids[-1] if ids else None, "\n".join(v.strip() for k, v in fields if k == "data")))
    return out


def _first_message(body: str) -> dict:
    return json.loads(next(data for _, data in _events(body) if data))


class Caller:
    """A caller speaking raw HTTP in a session of its own, every request marked `x-caller: name`."""

    def __init__(self, url: str, token: str, name: str) -> None:
        self.url = url
        self.http = httpx2.AsyncClient(timeout=10, headers={"authorization": f"Bearer {token}", "accept": ACCEPT,
                                                            "x-caller": name})
        self.session: dict[str, str] = {}

    async def open(self) -> None:
        opened = await self.http.post(self.url, json=INITIALIZE)
        assert opened.status_code == 200, opened.text
        self.session = {"mcp-session-id": opened.headers["mcp-session-id"], "mcp-protocol-version": LEGACY}
        initialized = {"jsonrpc": "2.0", "method": "notifications/initialized"}
        assert (await self.http.post(self.url, headers=self.session, json=initialized)).status_code == 202

    async def search(self) -> list[tuple[str | None, str]]:
        """A tools/call answered on an event stream: its events (a priming event first)."""
        answered = await self.http.post(self.url, headers=self.session, json=SEARCH)
        assert answered.status_code == 200 and answered.headers["content-type"].startswith("text/event-stream")
        return _events(answered.text)

    async def resume(self, event_id: str, session: bool = True) -> tuple[int, str]:
        """GET the stream from `event_id`: the status, and the body up to its first message (a resumed stream
        stays open for what comes next)."""
        headers = {**(self.session if session else {"mcp-protocol-version": LEGACY}), "last-event-id": event_id}
        body = ""
        with anyio.fail_after(10):
            async with self.http.stream("GET", self.url, headers=headers) as response:
                async for text in response.aiter_text():
                    body += text
                    if response.status_code != 200 or any(data for _, data in _events(body)):
                        break
        return response.status_code, body

    async def aclose(self) -> None:
        await self.http.aclose()


async def test_straight_to_the_upstream_another_sessions_id_replays_its_events(
        upstream: RecordingUpstream, setup: Setup) -> None:
    """Why the gateway checks: the SDK server replays by event id alone."""
    url = f"http://127.0.0.1:{upstream.port}/mcp"
    alice, mallory = Caller(url, setup.token("alice"), "direct-alice"), Caller(url, "-", "direct-mallory")
    try:
        await alice.open()
        await mallory.open()
        priming = (await alice.search())[0][0]
        assert priming is not None
        status, body = await mallory.resume(priming)
        replayed = _first_message(body)
        assert status == 200 and replayed["id"] == 2 and "result" in replayed, "alice's answer, in mallory's session"
    finally:
        await alice.aclose()
        await mallory.aclose()


async def test_a_caller_resumes_only_from_an_event_its_own_session_was_sent(
        gateway: Gateway, upstream: RecordingUpstream, setup: Setup, journal: Path) -> None:
    alice = Caller(gateway.url, setup.token("alice"), "alice")
    mallory = Caller(gateway.url, setup.token("mallory"), "mallory")  # the same role: only the events are not hers
    guesser = Caller(gateway.url, setup.token("alice"), "alice-guessing")
    try:
        await alice.open()
        await mallory.open()
        events = await alice.search()
        priming, answer = events[0][0], events[-1]
        assert priming is not None and answer[0] is not None and json.loads(answer[1])["id"] == 2

        status, body = await alice.resume(priming)
        assert status == 200 and _first_message(body) == json.loads(answer[1]), "her own answer again"

        mallorys_gets = [m for m, _ in upstream.from_caller("mallory") if m == "GET"]
        for event_id in (priming, answer[0]):
            status, body = await mallory.resume(event_id)
            assert (status, json.loads(body)) == (400, NOT_RESUMABLE)
        guesser.session = alice.session  # alice herself, naming an id the gateway never sent her
        status, body = await guesser.resume(str(int(answer[0]) + 1000))
        assert (status, json.loads(body)) == (400, NOT_RESUMABLE)
        status, body = await guesser.resume(priming, session=False)
        assert (status, json.loads(body)) == (400, NOT_RESUMABLE)
        posted = await guesser.http.post(gateway.url, headers={**alice.session, "last-event-id": "999"}, json=SEARCH)
        assert (posted.status_code, posted.json()) == (400, NOT_RESUMABLE), "a POST's Last-Event-ID reaches it too"
        assert [m for m, _ in upstream.from_caller("mallory") if m == "GET"] == mallorys_gets == []
        assert upstream.from_caller("alice-guessing") == [], "nothing of it reached the upstream"
    finally:
        for caller in (alice, mallory, guesser):
            await caller.aclose()
    refused = [(r["principal"]["sub"], r["http"]["method"], r["http"]["status"], r["refused"])
               for r in iter_records([journal]) if (r.get("refused") or "").startswith("Last-Event-ID")]
    never_sent = ("Last-Event-ID names no event the gateway sent on this session (another session's, too old, "
                  "or never sent)")
    assert refused == [("mallory", "GET", 400, never_sent)] * 2 + [
        ("alice", "GET", 400, never_sent), ("alice", "GET", 400, "Last-Event-ID without an MCP session"),
        ("alice", "POST", 400, never_sent)]
