import gzip
import json

from extproc.exchange import Exchange
from extproc.mcp.call import MODERN_REVISION
from extproc.settings import Limits

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}
HEADERS = {"mcp-protocol-version": MODERN_REVISION, "mcp-method": "tools/call", "mcp-name": "get_patient"}
REQUEST = json.dumps({"jsonrpc": "2.0", "id": 9, "method": "tools/call",
                      "params": {"name": "get_patient", "_meta": META}}).encode()
RESULT = json.dumps({"jsonrpc": "2.0", "id": 9, "result": {"content": []}}).encode()


def started(limits: Limits | None = None) -> Exchange:
    exchange = Exchange(limits or Limits())
    assert exchange.on_request_headers("POST", HEADERS, False) is None
    assert exchange.on_request_body(REQUEST) is None
    exchange.on_response_start(200)
    return exchange


def stream(exchange: Exchange, chunks: list[bytes]) -> bytes:
    out = b""
    for i, chunk in enumerate(chunks):
        data, end = exchange.on_response_chunk(chunk, i == len(chunks) - 1)
        out += data
    assert end
    return out


def error_of(data: bytes) -> dict:
    if data.startswith(b"event:"):
        data = data.split(b"data: ", 1)[1]
    return json.loads(data)["error"]


def test_json_response_is_held_until_whole_then_forwarded() -> None:
    exchange = started()
    assert exchange.on_response_chunk(RESULT[:10], False) == (b"", False)
    assert exchange.on_response_chunk(RESULT[10:], True) == (RESULT, True)
    assert exchange.final_response is not None and exchange.final_response.id == 9


def test_sse_response_streams_event_by_event() -> None:
    exchange = started()
    progress = b'event: message\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{}}\n\n'
    final = b"event: message\ndata: " + RESULT + b"\n\n"
    out, end = exchange.on_response_chunk(progress + final[:20], False)
    assert (out, end) == (progress, False)
    assert exchange.on_response_chunk(final[20:], False) == (final, False)
    assert exchange.on_response_chunk(b"", True) == (b"", True)
    assert exchange.messages_seen == 2


def test_compressed_body_is_refused_not_forwarded() -> None:
    exchange = started()
    out = stream(exchange, [gzip.compress(RESULT)])
    assert b"neither JSON nor an SSE stream" in out and error_of(out)["code"] == -32603
    assert exchange.refused


def test_html_error_page_is_refused() -> None:
    out = stream(started(), [b"<html>502 Bad Gateway</html>"])
    assert json.loads(out)["id"] == 9


def test_response_to_another_request_is_refused() -> None:
    out = stream(started(), [RESULT.replace(b'"id": 9', b'"id": 10')])
    assert "different JSON-RPC id" in error_of(out)["message"]


def test_oversized_sse_event_is_refused_midstream() -> None:
    exchange = started(Limits(max_sse_event_bytes=1000))
    out, end = exchange.on_response_chunk(b"data: " + b"x" * 2000, False)
    assert end and b"x" * 100 not in out and "event limit" in error_of(out)["message"]
    assert exchange.on_response_chunk(b"more", True) == (b"", True)


def test_oversized_json_is_refused() -> None:
    out = stream(started(Limits(max_json_response_bytes=100)), [RESULT + b" " * 200])
    assert "limit" in error_of(out)["message"]


def test_empty_body() -> None:
    assert stream(started(), [b""]) == b""


def test_bad_request_is_refused_with_status_and_id() -> None:
    exchange = Exchange(Limits())
    assert exchange.on_request_headers("POST", {**HEADERS, "mcp-name": "export_cohort"}, False) is None
    refusal = exchange.on_request_body(REQUEST)
    assert refusal is not None and refusal.status == 400
    assert json.loads(refusal.body)["error"]["code"] == -32020
    assert json.loads(refusal.body)["id"] == 9


def test_request_over_the_limit() -> None:
    exchange = Exchange(Limits(max_request_bytes=10))
    exchange.on_request_headers("POST", HEADERS, False)
    refusal = exchange.on_request_body(REQUEST)
    assert refusal is not None and refusal.status == 413


def test_post_without_body_and_unknown_methods() -> None:
    refusal = Exchange(Limits()).on_request_headers("POST", HEADERS, True)
    assert refusal is not None and refusal.status == 400
    refusal = Exchange(Limits()).on_request_headers("PATCH", {}, True)
    assert refusal is not None and refusal.status == 405
