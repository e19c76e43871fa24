"""The demo EHR server (official MCP SDK, sessions on) in this process, recording each HTTP request it receives,
for the session tests: a test marks a caller's requests with the `x-caller` header (the gateway forwards it),
so it can prove none of them arrived. With a `SharedEventStore` its streams can be resumed.
"""

from __future__ import annotations

import threading
from typing import Any

import uvicorn
from mcp.server.streamable_http import EventCallback, EventMessage, EventStore
from mcp.types import JSONRPCMessage

from demo.ehr_server import build_server, transport_security
from demo.patients import generate_patients
from extproc import launcher
from extproc.envoy_config import Endpoint


class SharedEventStore(EventStore):
    """One store for every session, its ids counted up: the store the gateway must not trust, which replays
    whatever stream an id names, to whichever session asks."""

    def __init__(self) -> None:
        self._events: list[tuple[str, str, JSONRPCMessage | None]] = []  # (event id, stream id, message)

    async def store_event(self, stream_id: str, message: JSONRPCMessage | None) -> str:
        event_id = str(len(self._events) + 1)
        self._events.append((event_id, stream_id, message))
        return event_id

    async def replay_events_after(self, last_event_id: str, send_callback: EventCallback) -> str | None:
        at = next((i for i, (event_id, _, _) in enumerate(self._events) if event_id == last_event_id), None)
        if at is None:
            return None
        stream_id = self._events[at][1]
        for event_id, stream, message in self._events[at + 1:]:
            if stream == stream_id and message is not None:
                await send_callback(EventMessage(message, event_id))
        return stream_id


class RecordingUpstream:
    """`with RecordingUpstream() as upstream:` serves on `upstream.port` until the block ends."""

    def __init__(self, event_store: EventStore | None = None) -> None:
        self.port = launcher.free_port()
        self.received: list[tuple[str, dict[str, str]]] = []  # (HTTP method, lower-cased headers)
        self._lock = threading.Lock()
        app = build_server(generate_patients(20, 7)).streamable_http_app(
            transport_security=transport_security(), event_store=event_store)
        self._server = uvicorn.Server(uvicorn.Config(self._recording(app), host="127.0.0.1", port=self.port,
                                                     log_level="warning", lifespan="on"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def _recording(self, app: Any) -> Any:
        async def recorded(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http":
                headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
                with self._lock:
                    self.received.append((scope["method"], headers))
            await app(scope, receive, send)
        return recorded

    def from_caller(self, caller: str) -> list[tuple[str, dict[str, str]]]:
        """The requests that arrived marked `x-caller: caller`."""
        with self._lock:
            return [r for r in self.received if r[1].get("x-caller") == caller]

    def __enter__(self) -> RecordingUpstream:
        self._thread.start()
        launcher.wait_for_port(Endpoint("127.0.0.1", self.port), 30)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(10)
