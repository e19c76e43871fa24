"""Incremental Server-Sent Events reassembly.

Upstream chunks do not line up with events. The reassembler keeps only the unfinished tail, so memory is
bounded by the largest single event (plus one chunk), never by the stream. Events keep their raw bytes so
the reassembler's cuts can be checked; what is forwarded is always rebuilt from the parsed fields (comments and
unknown fields are never passed on: they could carry anything).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extproc.mcp.errors import INTERNAL_ERROR, McpError

_LINE_END = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class SseEvent:
    """One dispatched event: its raw bytes (terminating blank line included) and its parsed fields.

    `has_data` is false for comment-only blocks (keep-alives), which are forwarded but carry no message.
    """

    raw: bytes
    event: str
    data: bytes
    id: str | None
    has_data: bool
    retry: str | None = None
    explicit_event: bool = False
    """The event named its type (`event: message`): clients may look for the line."""


def _parse_fields(lines: list[bytes]) -> tuple[str, bytes, str | None, bool, str | None, bool]:
    event = "message"
    data: list[bytes] = []
    event_id: str | None = None
    has_data = False
    retry: str | None = None
    explicit = False
    for line in lines:
        if not line or line[:1] == b":":
            continue
        name, sep, value = line.partition(b":")
        if sep and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            data.append(value)
            has_data = True
        elif name == b"event":
            event, explicit = value.decode("utf-8", "strict"), True
        elif name == b"id":
            event_id = value.decode("utf-8", "strict")
        elif name == b"retry":
            retry = value.decode("utf-8", "strict")
    return event, b"\n".join(data), event_id, has_data, retry, explicit


class SseReassembler:
    """Feed chunks, get whole events. A stream that ends mid-event drops the partial event (as browsers do)."""

    def __init__(self, max_event_bytes: int) -> None:
        self._max = max_event_bytes
        self._buf = b""
        self._scan_from = 0
        self._event_start = 0
        self._lines: list[bytes] = []

    def feed(self, chunk: bytes, final: bool = False) -> Iterator[SseEvent]:
        """Yield every event completed by this chunk; raise McpError if one event outgrows the limit.

        `final` marks the end of the stream: a trailing CR then ends its line.
        """
        buf = self._buf + chunk if self._buf else chunk
        pos = self._scan_from
        lines = self._lines
        start = self._event_start
        while True:
            m = _LINE_END.search(buf, pos)
            if m is None:
                break
            if m.group() == b"\r" and m.end() == len(buf) and not final:
                break  # a CR at the end of a chunk may be the first half of CRLF: wait for more
            line = buf[pos : m.start()]
            pos = m.end()
            if line:
                lines.append(line)
                continue
            if lines:
                try:
                    event, data, event_id, has_data, retry, explicit = _parse_fields(lines)
                except UnicodeDecodeError:
                    raise McpError(INTERNAL_ERROR, "upstream SSE event field is not valid UTF-8") from None
                yield SseEvent(buf[start:pos], event, data, event_id, has_data, retry, explicit)
                lines = []
            start = pos
        self._buf = buf[start:]
        self._scan_from = pos - start
        self._event_start = 0
        self._lines = lines
        if len(self._buf) > self._max:
            raise McpError(
                INTERNAL_ERROR,
                f"upstream SSE event exceeds the gateway's {self._max}-byte event limit: stream refused",
            )

    @property
    def pending_bytes(self) -> int:
        """Bytes held for an unfinished event."""
        return len(self._buf)
