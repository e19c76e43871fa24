"""SSE events are rebuilt from their fields: nothing but a checked type and id, a numeric retry and the data
(masked by the observer) is passed on."""

import pytest

from extproc.exchange.framing import SseBody
from extproc.mcp.errors import McpError
from extproc.mcp.jsonrpc import Message

NOTICE = b'{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"x"}}'


class Recorder:
    answered = False

    def __init__(self, refuse: str | None = None) -> None:
        self.checked: list[str] = []
        self._refuse = refuse

    def observe(self, message: Message, raw: bytes) -> bytes | None:
        return None

    def check_structure(self, value: str) -> None:
        self.checked.append(value)
        if self._refuse is not None and self._refuse in value:
            raise McpError(-32603, "withheld")


def feed(stream: bytes, observer: Recorder | None = None) -> bytes:
    return SseBody(1 << 20).feed(stream, True, observer or Recorder())


def test_comments_and_unknown_fields_never_pass_on() -> None:
    stream = (b": Patient Maria Garcia SSN 123-45-6789\n\n"
              b"x-patient: Maria Garcia\nretry: 3000\nid: ev-1\ndata: " + NOTICE + b"\n\n"
              b"retry: soon Maria\ndata: " + NOTICE + b"\n\n")
    out = feed(stream)
    assert out == (b":\n\n" + b"id: ev-1\nretry: 3000\ndata: " + NOTICE + b"\n\n" + b"data: " + NOTICE + b"\n\n")


def test_the_type_and_id_are_checked_as_structure() -> None:
    recorder = Recorder()
    assert feed(b"event: message\nid: 42_7\ndata: " + NOTICE + b"\n\n", recorder).startswith(
        b"event: message\nid: 42_7\n"), "an explicit type is kept: clients may look for it"
    assert recorder.checked == ["message", "42_7"]
    with pytest.raises(McpError):
        feed(b"id: okonkwo-19550304\ndata: " + NOTICE + b"\n\n", Recorder(refuse="okonkwo"))
    for odd in (b"event: Maria Garcia 123-45-6789\n", b"id: a b\n"):
        with pytest.raises(McpError):
            feed(odd + b"data: " + NOTICE + b"\n\n")


def test_data_spread_over_lines_stays_one_message() -> None:
    assert feed(b"data: {\"jsonrpc\":\"2.0\",\ndata: \"method\":\"ping\"}\n\n") \
        == b"data: {\"jsonrpc\":\"2.0\",\ndata: \"method\":\"ping\"}\n\n"
