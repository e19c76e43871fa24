"""How an upstream response body is cut into JSON-RPC messages: one JSON document, an event stream, or
nothing. Each message goes to an `Observer` (the response inspection), which may replace it.
"""

from __future__ import annotations

import re
from typing import Protocol

from extproc.mcp.errors import INTERNAL_ERROR, McpError
from extproc.mcp.jsonrpc import Message, parse_message
from extproc.mcp.sse import SseEvent, SseReassembler


class Observer(Protocol):
    answered: bool
    """A POST's JSON-RPC response has come: its stream ends with it."""

    def observe(self, message: Message, raw: bytes) -> bytes | None:
        """The message's replacement bytes when it must change, else None."""

    def check_structure(self, value: str) -> None:
        """Refuse (McpError) a value of protocol structure that holds what looks like ePHI."""


class JsonBody:
    """Holds a JSON response until it is complete, then checks it is one JSON-RPC response."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, chunk: bytes, end: bool, observer: Observer) -> bytes:
        self._size += len(chunk)
        if self._size > self._limit:
            raise McpError(INTERNAL_ERROR, f"upstream JSON response exceeds the gateway's {self._limit}-byte limit")
        if chunk:
            self._parts.append(chunk)
        if not end:
            return b""
        body = b"".join(self._parts)
        self._parts = []
        return observer.observe(parse_message(body), body) or body


_TOKEN = re.compile(r"[A-Za-z0-9._:~/+=-]{1,256}")
"""An event's type or id as a gateway passes it on: a plain token (it is checked as structure too)."""


def _encode(event: SseEvent, data: bytes, observer: Observer) -> bytes:
    """The event rebuilt from its fields: its type and id only when they are plain tokens without ePHI, a
    numeric `retry`, its data line by line; comments and unknown fields are never passed on. A comment-only
    block (a keep-alive) stays a bare `:`."""
    if not event.has_data and event.id is None and not event.explicit_event and event.retry is None:
        return b":\n\n"
    head = b""
    if event.explicit_event or event.event != "message":
        head += b"event: " + _checked(event.event, observer) + b"\n"
    if event.id is not None:
        head += b"id: " + (_checked(event.id, observer) if event.id else b"") + b"\n"
    if event.retry is not None and event.retry.isascii() and event.retry.isdigit() and len(event.retry) <= 9:
        head += b"retry: " + event.retry.encode() + b"\n"
    if event.has_data:
        head += b"".join(b"data: " + line + b"\n" for line in data.split(b"\n"))
    return head + b"\n"


def _checked(token: str, observer: Observer) -> bytes:
    if not _TOKEN.fullmatch(token):
        raise McpError(INTERNAL_ERROR, "upstream SSE event type or id is not a plain token: the stream was refused")
    observer.check_structure(token)
    return token.encode("ascii")


class SseBody:
    """Forwards an event stream event by event, each event's data checked as one JSON-RPC message."""

    def __init__(self, limit: int) -> None:
        self._events = SseReassembler(limit)
        self.sent_ids: list[str] = []
        """The event ids of the events the last `feed` returned: a client may resume the stream from them."""

    def feed(self, chunk: bytes, end: bool, observer: Observer) -> bytes:
        out: list[bytes] = []
        self.sent_ids = []
        for event in self._events.feed(chunk, final=end):
            data = event.data
            rewritten = observer.observe(parse_message(data), data) if event.has_data and data else None
            out.append(_encode(event, data if rewritten is None else rewritten, observer))
            if event.id:
                self.sent_ids.append(event.id)
            if observer.answered:  # nothing after the request's answer belongs to this exchange
                break
        return b"".join(out)


class EmptyBody:
    """A response that ended before any non-blank byte: nothing to inspect or forward."""

    def feed(self, chunk: bytes, end: bool, observer: Observer) -> bytes:
        return b""


Body = JsonBody | SseBody | EmptyBody

_SSE_FIELDS = (b"data:", b"event:", b"id:", b"retry:", b"data\n", b"data\r")
_SSE_SNIFF_BYTES = max(len(f) for f in _SSE_FIELDS)


def sniff(head: bytes, end: bool, upstream_status: int, json_limit: int, sse_limit: int,
          event_stream: bool | None = None) -> Body | None:
    """Tell JSON from SSE by the first bytes; None while too few have arrived.

    Response headers are not visible in this phase, and need not be: a valid JSON document cannot hold an
    SSE field line, so each body is checked as the one format it can be, and anything else (a compressed
    body, an HTML error page) is refused. `event_stream` is whether the response is labelled
    `text/event-stream` (Envoy's Lua filter says so; None: not told): a body that is not what its label says
    is refused too, since the client reads it by the label.
    """
    head = head.lstrip(b" \t\r\n")
    if not head:
        return EmptyBody() if end else None
    if head[:1] in (b"{", b"["):
        if event_stream:
            raise McpError(INTERNAL_ERROR, f"upstream answered HTTP {upstream_status} with a JSON document "
                           "labelled text/event-stream; only what its label says is forwarded")
        return JsonBody(json_limit)
    if head[:1] == b":" or any(head.startswith(f) for f in _SSE_FIELDS):
        if event_stream is False:
            raise McpError(INTERNAL_ERROR, f"upstream answered HTTP {upstream_status} with an event stream not "
                           "labelled text/event-stream; only what its label says is forwarded")
        return SseBody(sse_limit)
    if len(head) < _SSE_SNIFF_BYTES and not end and any(f.startswith(head) for f in _SSE_FIELDS):
        return None
    raise McpError(
        INTERNAL_ERROR,
        f"upstream answered HTTP {upstream_status} with a body that is neither JSON nor an SSE "
        "stream (compressed, or an error page); only JSON-RPC is forwarded",
    )
