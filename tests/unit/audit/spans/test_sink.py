"""The span sink without a collector: what it cannot deliver is spooled or counted, never lost silently."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from extproc.audit.spans.sink import SpanSink
from tests.span_support import FAST, TRACEPARENT, balanced, emit, free_port, make_record, spool_files, wait_until


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
