"""Every kind of bad input, through real Envoy: the right status and JSON-RPC code, and nothing reaches
the upstream that should not, nothing comes back that was not inspected."""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import httpx2
import pytest

from tests.integration.conftest import Gateway
from tests.integration.hostile_upstream import HostileUpstream

MODERN_META = {"io.modelcontextprotocol/protocolVersion": "2026-07-28",
               "io.modelcontextprotocol/clientCapabilities": {}}
MODERN = {"mcp-protocol-version": "2026-07-28", "mcp-method": "tools/call", "mcp-name": "get_patient"}
BASE = {"content-type": "application/json", "accept": "application/json, text/event-stream"}


def tool_call(rid: int = 1, name: str = "get_patient") -> dict:
    return {"jsonrpc": "2.0", "id": rid, "method": "tools/call",
            "params": {"name": name, "arguments": {"patient_id": "P000001"}, "_meta": MODERN_META}}


@pytest.fixture(autouse=True)
def _clinician(tokens) -> None:
    BASE["authorization"] = f"Bearer {tokens()}"


def post(gateway: Gateway, body: bytes, headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.post(gateway.url, content=body, headers={**BASE, **MODERN, **(headers or {})}, timeout=20)


def jsonrpc_error(response: httpx2.Response) -> dict:
    return response.json()["error"]


@pytest.fixture
def upstream_count(hostile: HostileUpstream):
    """How many requests reached the upstream since the test started."""
    start = len(hostile.received)
    return lambda: len(hostile.received) - start


@pytest.mark.parametrize(
    ("body", "code", "words"),
    [
        (b"this is not json", -32700, "not valid JSON"),
        (b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_patient\xff"}}', -32700, "UTF-8"),
        (b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_patient",'
         b'"arguments":{"patient_id":"P1","patient_id":"P2"}}}', -32700, "repeats a key"),
        (json.dumps([tool_call()]).encode(), -32600, "batches"),
    ],
    ids=["not-json", "invalid-utf8", "duplicate-keys", "batch"],
)
def test_unparseable_requests_are_refused_before_the_upstream(
    hostile_gateway: Gateway, upstream_count, body: bytes, code: int, words: str
) -> None:
    response = post(hostile_gateway, body)
    assert response.status_code == 400
    assert jsonrpc_error(response)["code"] == code and words in jsonrpc_error(response)["message"]
    assert upstream_count() == 0


@pytest.mark.parametrize(
    "headers", [{"mcp-name": "export_cohort"}, {"mcp-method": "tools/list"}, {"mcp-method": "TOOLS/CALL"}],
    ids=["name", "method", "method-case"],
)
def test_header_body_mismatch_is_400_with_32020(hostile_gateway: Gateway, upstream_count, headers: dict) -> None:
    response = post(hostile_gateway, json.dumps(tool_call(5)).encode(), headers)
    assert response.status_code == 400
    assert response.json()["id"] == 5 and jsonrpc_error(response)["code"] == -32020
    assert upstream_count() == 0


@pytest.mark.parametrize("version", ["v999.0.0", "2025-11-25"])
def test_an_unsupported_protocol_version_is_400_with_32022_naming_the_supported_ones(
    hostile_gateway: Gateway, upstream_count, version: str
) -> None:
    body = tool_call(301)
    body["params"]["_meta"] = {**MODERN_META, "io.modelcontextprotocol/protocolVersion": version}
    response = post(hostile_gateway, json.dumps(body).encode(), {"mcp-protocol-version": version})
    assert response.status_code == 400 and response.json()["id"] == 301
    error = jsonrpc_error(response)
    assert error["code"] == -32022 and error["data"] == {"supported": ["2026-07-28"], "requested": version}
    assert upstream_count() == 0


def test_body_over_the_limit_is_413(hostile_gateway: Gateway, upstream_count) -> None:
    call = tool_call()
    call["params"]["arguments"]["padding"] = "x" * (2 * 1024 * 1024)
    response = post(hostile_gateway, json.dumps(call).encode())
    assert response.status_code == 413
    assert "1 MiB" in jsonrpc_error(response)["message"]
    assert upstream_count() == 0


def test_post_without_a_body_never_skips_the_processor(hostile_gateway: Gateway, upstream_count) -> None:
    response = httpx2.post(hostile_gateway.url, headers=BASE, timeout=10)
    assert response.status_code == 400 and "needs a JSON-RPC body" in jsonrpc_error(response)["message"]
    assert upstream_count() == 0


def test_other_methods_and_paths(hostile_gateway: Gateway, upstream_count) -> None:
    assert httpx2.put(hostile_gateway.url, content=b"{}", timeout=10).status_code == 405
    assert httpx2.get(hostile_gateway.url.replace("/mcp", "/admin"), timeout=10).status_code == 404
    assert upstream_count() == 0


def test_upstream_never_asked_for_compression(hostile_gateway: Gateway, hostile: HostileUpstream) -> None:
    response = post(hostile_gateway, json.dumps(tool_call()).encode(), {"accept-encoding": "gzip, br"})
    seen = response.json()["result"]["headers"]
    assert "accept-encoding" not in seen


def test_compressed_response_is_refused(hostile_gateway: Gateway) -> None:
    response = post(hostile_gateway, json.dumps(tool_call(3)).encode(), {"x-scenario": "gzip"})
    assert "content-encoding" not in response.headers
    body = response.json()  # plain JSON: no compressed bytes reached the client
    assert body["id"] == 3 and "neither JSON nor an SSE stream" in body["error"]["message"]


def test_error_page_is_refused(hostile_gateway: Gateway) -> None:
    response = post(hostile_gateway, json.dumps(tool_call()).encode(), {"x-scenario": "html"})
    assert "exploded" not in response.text and "HTTP 502" in jsonrpc_error(response)["message"]


def test_response_to_another_request_is_refused(hostile_gateway: Gateway) -> None:
    response = post(hostile_gateway, json.dumps(tool_call()).encode(), {"x-scenario": "wrong-id"})
    assert "different JSON-RPC id" in jsonrpc_error(response)["message"]


def test_oversized_sse_event_is_cut_with_an_error_event(hostile_gateway: Gateway) -> None:
    response = post(hostile_gateway, json.dumps(tool_call(4)).encode(), {"x-scenario": "big-event"})
    events = [block for block in response.text.split("\n\n") if block.strip()]
    assert "notifications/progress" in events[0]
    assert "SSSS" not in response.text
    last = json.loads(events[-1].split("data: ", 1)[1])
    assert last["id"] == 4 and "event limit" in last["error"]["message"]


def test_event_stream_ends_with_its_answer(hostile_gateway: Gateway) -> None:
    response = post(hostile_gateway, json.dumps(tool_call(6)).encode(), {"x-scenario": "after-answer"})
    events = [block for block in response.text.split("\n\n") if block.strip()]
    assert len(events) == 1 and json.loads(events[0].split("data: ", 1)[1])["id"] == 6
    assert "after the answer" not in response.text
    assert "script log" not in hostile_gateway.envoy_log.read_text(), "the Lua filter passes streams quietly"


def test_large_json_response_is_masked_whole(hostile_gateway: Gateway) -> None:
    response = post(hostile_gateway, json.dumps(tool_call(5)).encode(), {"x-scenario": "big-json"})
    text = response.json()["result"]["content"][0]["text"]
    assert response.json()["id"] == 5 and len(response.content) > 700_000
    assert "123-45-6789" not in response.text and text.endswith("lab value within range. ")


def test_processor_down_fails_closed(own_gateway: Gateway, upstream_count) -> None:
    own_gateway.processor.kill()
    own_gateway.processor.wait()
    response = post(own_gateway, json.dumps(tool_call()).encode())
    assert response.status_code == 500
    assert "refused" in jsonrpc_error(response)["message"]
    assert upstream_count() == 0


def test_processor_crash_mid_stream_never_passes_raw_data(own_gateway: Gateway) -> None:
    received: list[bytes] = []
    failed: list[Exception] = []

    def read() -> None:
        try:
            with httpx2.stream("POST", own_gateway.url, content=json.dumps(tool_call()).encode(),
                               headers={**BASE, **MODERN, "x-scenario": "slow-sse"}, timeout=20) as response:
                for chunk in response.iter_bytes():
                    received.append(chunk)
        except httpx2.HTTPError as exc:
            failed.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(1.0)  # a few progress events have passed
    os.kill(own_gateway.processor.pid, signal.SIGKILL)
    reader.join(20)
    text = b"".join(received).decode()
    assert '"n":0' in text, "events before the crash were delivered"
    assert '"result"' not in text, "nothing after the crash reached the client unprocessed"
    assert failed, "the client saw the stream fail"


def test_sigterm_lets_in_flight_exchanges_finish(own_gateway: Gateway) -> None:
    results: list[httpx2.Response] = []

    def call() -> None:
        results.append(post(own_gateway, json.dumps(tool_call(8)).encode(), {"x-scenario": "slow-sse"}))

    caller = threading.Thread(target=call)
    caller.start()
    time.sleep(0.5)
    own_gateway.processor.send_signal(signal.SIGTERM)
    caller.join(20)
    assert results and '"result"' in results[0].text and '"id": 8' in results[0].text
    assert own_gateway.processor.wait(10) == 0
    assert post(own_gateway, json.dumps(tool_call()).encode()).status_code == 500
