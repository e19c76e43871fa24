"""Audit records as OpenTelemetry spans, delivered to a real OTLP/gRPC receiver, through collector outages."""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from opentelemetry.proto.trace.v1 import trace_pb2

from extproc.audit.spans.sink import SpanSink
from tests.otlp_receiver import OtlpReceiver
from tests.span_support import (
    FAST,
    PARENT_ID,
    TRACE_ID,
    TRACEPARENT,
    balanced,
    emit,
    free_port,
    make_record,
    spool_files,
    wait_until,
)


@pytest.fixture
def receiver() -> Iterator[OtlpReceiver]:
    r = OtlpReceiver()
    r.start()
    yield r
    r.stop()


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
