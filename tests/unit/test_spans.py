"""Audit records as OpenTelemetry spans, delivered to a real OTLP/gRPC receiver, through collector outages."""

from __future__ import annotations

import asyncio
import copy
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.proto.trace.v1 import trace_pb2

from extproc.audit.spans import SpanSink, encode_span, span_attributes, span_name
from tests.otlp_receiver import OtlpReceiver

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE_ID}-{PARENT_ID}-01"
START = 1_795_000_000_123_456_789
FAST = {"schedule_delay_millis": 50, "export_timeout": 1.0, "retry_initial": 0.1, "retry_max": 0.5}


def make_record(seq: int = 17, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "v": 1, "seq": seq, "time": "2026-11-24T15:04:05.123456Z",
        "start_ns": START + seq * 1000, "end_ns": START + seq * 1000 + 4_500_000,
        "principal": {"sub": "alice", "iss": "https://idp", "groups": ["clinicians"], "client_id": "agent-x"},
        "source": "10.1.2.3",
        "http": {"method": "POST", "upstream_status": 200, "status": 200},
        "mcp": {"method": "tools/call", "target_kind": "tool", "target": "get_patient", "request_id": "7",
                "session_id": "abc", "protocol_version": "2026-07-28"},
        "decision": {"allowed": True, "rule": "role clinician grants tool get_patient", "roles": ["clinician"],
                     "masking": "clinical"},
        "refused": None,
        "masking": {"counts": {"ssn": 2, "name": 4}},
        "response_sha256": "ab12" * 16, "hash": "cd34" * 16, "prev": "ef56" * 16,
    }
    record.update(changes)
    return record


def emit(sink: SpanSink, record: dict[str, Any], traceparent: str | None) -> None:
    sink.emit(encode_span(record, traceparent))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout: float = 8.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def balanced(stats: dict[str, int]) -> bool:
    return stats["emitted"] + stats["recovered"] == (
        stats["in_queue"] + stats["exported"] + stats["spooled"] + stats["delivered_from_spool"] + stats["dropped"]
    )


def spool_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.otlp"))


@pytest.fixture
def receiver() -> Iterator[OtlpReceiver]:
    r = OtlpReceiver()
    r.start()
    yield r
    r.stop()


@pytest.fixture
def sinks() -> Iterator[list[SpanSink]]:
    made: list[SpanSink] = []
    yield made
    for sink in made:
        sink.shutdown(timeout=0.5)


def test_record_becomes_one_span(receiver: OtlpReceiver, tmp_path: Path, sinks: list[SpanSink]) -> None:
    sink = SpanSink(receiver.endpoint, tmp_path, service_name="chaperone-test", **FAST)
    sinks.append(sink)
    record = make_record()
    emit(sink, record, TRACEPARENT)
    (got,) = receiver.wait_for(1)

    span = got.span
    assert got.name == "tools/call get_patient"
    assert span.kind == trace_pb2.Span.SPAN_KIND_SERVER
    assert span.start_time_unix_nano == record["start_ns"]
    assert span.end_time_unix_nano == record["end_ns"]
    assert span.trace_id.hex() == TRACE_ID
    assert span.parent_span_id.hex() == PARENT_ID
    assert span.span_id.hex() != PARENT_ID
    assert span.status.code == trace_pb2.Status.STATUS_CODE_UNSET
    assert got.resource_attributes["service.name"] == "chaperone-test"
    assert got.scope.name == "chaperone.audit"
    assert got.attributes == {
        "mcp.method.name": "tools/call",
        "gen_ai.tool.name": "get_patient",
        "gen_ai.operation.name": "execute_tool",
        "jsonrpc.request.id": "7",
        "mcp.session.id": "abc",
        "mcp.protocol.version": "2026-07-28",
        "http.request.method": "POST",
        "http.response.status_code": 200,
        "client.address": "10.1.2.3",
        "chaperone.principal.sub": "alice",
        "chaperone.principal.groups": ["clinicians"],
        "chaperone.client_id": "agent-x",
        "chaperone.decision.allowed": True,
        "chaperone.decision.rule": "role clinician grants tool get_patient",
        "chaperone.decision.roles": ["clinician"],
        "chaperone.masking.profile": "clinical",
        "chaperone.masking.count.ssn": 2,
        "chaperone.masking.count.name": 4,
        "chaperone.audit.seq": 17,
        "chaperone.audit.hash": "cd34" * 16,
        "chaperone.response.sha256": "ab12" * 16,
    }
    assert wait_until(lambda: sink.stats()["exported"] == 1)
    stats = sink.stats()
    assert stats["spooled"] == stats["dropped"] == 0 and balanced(stats)


def test_without_traceparent_the_span_is_a_root(receiver: OtlpReceiver, tmp_path: Path, sinks) -> None:
    sink = SpanSink(receiver.endpoint, tmp_path, **FAST)
    sinks.append(sink)
    emit(sink, make_record(), None)
    emit(sink, make_record(), "garbage")
    spans = receiver.wait_for(2)
    assert len(spans) == 2
    assert all(not s.span.parent_span_id for s in spans)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"decision": {"allowed": False, "rule": "no role grants tool get_patient", "roles": [], "masking": None},
          "refused": "policy denies tools/call get_patient"}, "policy_denied"),
        ({"principal": None, "decision": None, "refused": "token expired"}, "unauthenticated"),
        ({"decision": None, "refused": "request body too large"}, "refused"),
    ],
)
def test_refused_record_is_an_error(receiver, tmp_path: Path, sinks, changes: dict, expected: str) -> None:
    sink = SpanSink(receiver.endpoint, tmp_path, **FAST)
    sinks.append(sink)
    record = make_record(**changes)
    emit(sink, record, TRACEPARENT)
    (got,) = receiver.wait_for(1)
    assert got.span.status.code == trace_pb2.Status.STATUS_CODE_ERROR
    assert got.span.status.message == record["refused"]
    assert got.attributes["error.type"] == expected
    if record["principal"] is None:
        assert not any(k.startswith("chaperone.principal") for k in got.attributes)


def test_names_and_targets_of_other_methods() -> None:
    prompt = make_record(mcp={"method": "prompts/get", "target_kind": "prompt", "target": "summary",
                              "request_id": 3, "session_id": None, "protocol_version": None})
    assert span_name(prompt) == "prompts/get summary"
    attrs = span_attributes(prompt)
    assert attrs["gen_ai.prompt.name"] == "summary" and attrs["jsonrpc.request.id"] == "3"
    assert "gen_ai.tool.name" not in attrs and "gen_ai.operation.name" not in attrs and "mcp.session.id" not in attrs

    resource = make_record(mcp={"method": "resources/read", "target_kind": "resource", "target": "ehr://notes/1",
                                "request_id": "9", "session_id": "s", "protocol_version": "2026-07-28"})
    assert span_name(resource) == "resources/read ehr://notes/1"
    assert span_attributes(resource)["mcp.resource.uri"] == "ehr://notes/1"

    listing = make_record(mcp={"method": "tools/list", "target_kind": None, "target": None, "request_id": "1",
                               "session_id": None, "protocol_version": None})
    assert span_name(listing) == "tools/list"

    stream = make_record(http={"method": "GET", "upstream_status": 200, "status": 200},
                         mcp={"method": None, "target_kind": None, "target": None, "request_id": None,
                              "session_id": "abc", "protocol_version": None})
    assert span_name(stream) == "HTTP GET"
    assert "mcp.method.name" not in span_attributes(stream)
    assert span_name(make_record(mcp=None, http={"method": "DELETE", "status": 204})) == "HTTP DELETE"


def test_only_listed_fields_are_copied(tmp_path: Path) -> None:
    jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl"
    record = make_record()
    record["authorization"] = f"Bearer {jwt}"
    record["token"] = jwt
    record["principal"] = {**record["principal"], "token": jwt, "email": "alice@example.org"}
    record["http"] = {**record["http"], "headers": {"authorization": f"Bearer {jwt}"}}
    record["mcp"] = {**record["mcp"], "arguments": {"patient_id": "P123", "ssn": "123-45-6789"}}
    record["response"] = {"body": "Jane Doe 123-45-6789", "sha256": "ab12" * 16}
    attrs = span_attributes(record)
    assert attrs == span_attributes(make_record())
    flat = " ".join(str(v) for v in attrs.values())
    for needle in ("eyJ", "Bearer", "alice@", "123-45-6789", "P123", "Jane"):
        assert needle not in flat


def test_collector_down_then_back(tmp_path: Path, sinks: list[SpanSink]) -> None:
    receiver = OtlpReceiver()
    port = free_port()
    spool = tmp_path / "spool"
    sink = SpanSink(f"127.0.0.1:{port}", spool, max_export_batch_size=8, **FAST)
    sinks.append(sink)
    n = 40

    async def emit_all() -> float:
        slowest = 0.0
        for i in range(n):
            t = time.perf_counter()
            emit(sink, make_record(seq=i + 1), TRACEPARENT)
            slowest = max(slowest, time.perf_counter() - t)
            await asyncio.sleep(0.005 if i % 10 == 0 else 0)
        return slowest

    slowest = asyncio.run(emit_all())
    assert slowest < 0.05, f"emit blocked the event loop for {slowest:.3f}s"
    assert wait_until(lambda: sink.stats()["spooled"] == n)
    stats = sink.stats()
    assert stats["exported"] == stats["dropped"] == stats["delivered_from_spool"] == 0
    assert len(spool_files(spool)) == stats["spool_files"] > 0
    assert balanced(stats)

    receiver.start(port)
    try:
        # spans emitted while the spool is still draining queue up behind it: nothing overtakes
        for i in range(n, n + 10):
            emit(sink, make_record(seq=i + 1), TRACEPARENT)
        spans = receiver.wait_for(n + 10, timeout=8)
        assert [s.attributes["chaperone.audit.seq"] for s in spans] == list(range(1, n + 11))
        assert wait_until(lambda: sink.stats()["spooled"] == 0)
        assert spool_files(spool) == []
        assert wait_until(lambda: sink.stats()["exported"] + sink.stats()["delivered_from_spool"] == n + 10)
        stats = sink.stats()
        assert stats["delivered_from_spool"] >= n and stats["dropped"] == 0 and balanced(stats)

        # once the spool is empty, new spans go straight to the collector again (the exporter's own channel may
        # need one more failed attempt to reconnect: that batch takes the spool path, which is fine)
        exported = stats["exported"]
        for seq in range(n + 11, n + 14):
            emit(sink, make_record(seq=seq), TRACEPARENT)
            assert len(receiver.wait_for(seq)) == seq
            assert wait_until(lambda seq=seq: sink.stats()["exported"] + sink.stats()["delivered_from_spool"] == seq)
        assert [s.attributes["chaperone.audit.seq"] for s in receiver.spans()] == list(range(1, n + 14))
        stats = sink.stats()
        assert stats["exported"] > exported and stats["dropped"] == 0 and balanced(stats), stats
    finally:
        receiver.stop()


def test_leftover_spool_is_delivered_by_a_new_sink(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    port = free_port()
    first = SpanSink(f"127.0.0.1:{port}", spool, **FAST)
    for i in range(5):
        emit(first, make_record(seq=i + 1), TRACEPARENT)
    first.shutdown(timeout=0.3)
    assert first.stats()["spooled"] == 5 and first.stats()["dropped"] == 0
    assert spool_files(spool)

    receiver = OtlpReceiver()
    receiver.start(port)
    second = SpanSink(f"127.0.0.1:{port}", spool, **FAST)
    try:
        assert second.stats()["recovered"] == 5
        spans = receiver.wait_for(5)
        assert sorted(s.attributes["chaperone.audit.seq"] for s in spans) == [1, 2, 3, 4, 5]
        assert wait_until(lambda: second.stats()["spooled"] == 0)
        stats = second.stats()
        assert stats["delivered_from_spool"] == 5 and stats["emitted"] == 0 and balanced(stats)
        assert spool_files(spool) == []
    finally:
        second.shutdown(timeout=1)
        receiver.stop()


def test_spool_over_its_bound_counts_drops(tmp_path: Path, sinks, caplog: pytest.LogCaptureFixture) -> None:
    spool = tmp_path / "spool"
    sink = SpanSink(f"127.0.0.1:{free_port()}", spool, max_spool_bytes=1, **FAST)
    sinks.append(sink)
    with caplog.at_level(logging.WARNING, logger="chaperone.spans"):
        for i in range(6):
            emit(sink, make_record(seq=i + 1), TRACEPARENT)
        assert wait_until(lambda: sink.stats()["dropped"] == 6)
    stats = sink.stats()
    assert stats["spool_full"] == 6 and stats["spooled"] == 0 and balanced(stats)
    assert spool_files(spool) == []
    assert sum("over its bound" in r.getMessage() for r in caplog.records) == 1  # rate-limited


def test_second_sink_on_a_busy_spool_is_refused(tmp_path: Path, sinks) -> None:
    sinks.append(SpanSink(f"127.0.0.1:{free_port()}", tmp_path, **FAST))
    with pytest.raises(RuntimeError, match="in use"):
        SpanSink(f"127.0.0.1:{free_port()}", tmp_path, **FAST)


def test_corrupt_spool_file_is_set_aside_and_counted(receiver: OtlpReceiver, tmp_path: Path, sinks) -> None:
    (tmp_path / f"{1:016d}-3.otlp").write_bytes(b"\xff\xff\xff not protobuf")
    (tmp_path / f".{2:016d}.tmp").write_bytes(b"torn")
    sink = SpanSink(receiver.endpoint, tmp_path, **FAST)
    sinks.append(sink)
    assert wait_until(lambda: sink.stats()["spooled"] == 0)
    stats = sink.stats()
    assert stats["recovered"] == 3 and stats["rejected"] == 3 and stats["dropped"] == 3 and balanced(stats)
    assert list(tmp_path.glob("*.corrupt")) and not list(tmp_path.glob("*.tmp"))
    emit(sink, make_record(), TRACEPARENT)
    assert len(receiver.wait_for(1)) == 1


def test_emit_after_shutdown_is_counted(receiver: OtlpReceiver, tmp_path: Path) -> None:
    sink = SpanSink(receiver.endpoint, tmp_path, **FAST)
    record = make_record()
    emit(sink, copy.deepcopy(record), TRACEPARENT)
    sink.shutdown(timeout=2)
    assert len(receiver.spans()) == 1
    emit(sink, record, TRACEPARENT)
    stats = sink.stats()
    assert stats["exported"] == 1 and stats["dropped"] == 1 and balanced(stats)


def test_full_queue_is_counted_not_silent(tmp_path: Path, sinks) -> None:
    sink = SpanSink(f"127.0.0.1:{free_port()}", tmp_path, max_queue_size=4, max_export_batch_size=4, **FAST)
    sinks.append(sink)
    for i in range(40):  # the first batch sits in a failing export for up to a second: the queue fills
        emit(sink, make_record(seq=i + 1), TRACEPARENT)
    assert wait_until(lambda: sink.stats()["in_queue"] == 0 and sink.stats()["spooled"] > 0)
    sink.flush(timeout=0.1)
    stats = sink.stats()
    assert stats["queue_dropped"] > 0 and stats["dropped"] == stats["queue_dropped"]
    assert stats["spooled"] + stats["dropped"] == 40 and balanced(stats)
