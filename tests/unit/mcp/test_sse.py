import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc.mcp.errors import McpError
from extproc.mcp.sse import SseReassembler

field_text = st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=40)
line_end = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def streams(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """An SSE stream with random line endings, and the data of each event in it."""
    out, datas = "", []
    for _ in range(draw(st.integers(0, 6))):
        lines = [f"data: {d}" for d in draw(st.lists(field_text, min_size=1, max_size=3))]
        if draw(st.booleans()):
            lines.insert(0, "event: message")
        if draw(st.booleans()):
            lines.insert(0, ": keep-alive")
        end = draw(line_end)  # one kind per event: a CR then an LF would read as one CRLF
        out += "".join(line + end for line in lines) + end
        datas.append("\n".join(line[6:] for line in lines if line.startswith("data: ")))
    return out.encode(), datas


def _events(reassembler: SseReassembler, stream: bytes, cuts: list[int]) -> list:
    events, last = [], 0
    points = [*sorted({c % (len(stream) + 1) for c in cuts}), len(stream)]
    for i, point in enumerate(points):
        events += list(reassembler.feed(stream[last:point], final=i == len(points) - 1))
        last = point
    return events


@given(streams(), st.lists(st.integers(0, 10_000), max_size=20))
def test_any_chunking_yields_the_same_events_and_bytes(stream: tuple[bytes, list[str]], cuts: list[int]) -> None:
    data, expected = stream
    events = _events(SseReassembler(1 << 20), data, cuts)
    assert [e.data.decode() for e in events if e.has_data] == expected
    assert b"".join(e.raw for e in events) == data


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    r = SseReassembler(100)
    assert list(r.feed(b"data: a\r")) == []
    assert list(r.feed(b"\n\r")) == []
    (event,) = list(r.feed(b"\n"))
    assert event.data == b"a" and event.raw == b"data: a\r\n\r\n"


def test_memory_is_bounded_by_one_event() -> None:
    r = SseReassembler(1000)
    for _ in range(100):  # many small events: fine, nothing accumulates
        assert len(list(r.feed(b"data: " + b"x" * 500 + b"\n\n"))) == 1
    assert r.pending_bytes == 0
    with pytest.raises(McpError, match="event limit"):
        for _ in range(10):
            list(r.feed(b"data: " + b"y" * 300 + b"\n"))


def test_partial_event_at_end_of_stream_is_dropped() -> None:
    r = SseReassembler(100)
    assert list(r.feed(b"data: unfinished\n", final=True)) == []


def test_field_parsing() -> None:
    r = SseReassembler(100)
    (event,) = list(r.feed(b"event: note\nid: 7\ndata:no-space\ndata\n\n"))
    assert (event.event, event.id, event.data) == ("note", "7", b"no-space\n")
