"""The batching thread, with the in-memory exporter: spans leave in batches by size, by delay, on flush and at
stop, counted as handed; an export that raises loses its batch (counted), not the thread."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

import pytest

from extproc.audit.spans.batcher import Batcher
from extproc.audit.spans.exporter import InMemorySpanExporter
from extproc.audit.spans.reporting import Counters
from tests.span_support import wait_until

SPANS = [f"span {i}".encode() for i in range(6)]
MakeBatcher = Callable[..., tuple[Batcher, Counters]]


@pytest.fixture
def make_batcher() -> Iterator[MakeBatcher]:
    made: list[Batcher] = []

    def make(exporter: InMemorySpanExporter, batch_size: int = 100, delay: float = 60.0) -> tuple[Batcher, Counters]:
        counters = Counters()
        batcher = Batcher(exporter, counters, capacity=64, batch_size=batch_size, delay=delay)
        made.append(batcher)
        return batcher, counters

    yield make
    for batcher in made:
        batcher.stop(time.monotonic() + 1)


def test_full_batches_leave_at_once(make_batcher: MakeBatcher) -> None:
    exporter = InMemorySpanExporter()
    batcher, counters = make_batcher(exporter, batch_size=2)
    for span in SPANS[:4]:
        batcher.put(span)
    assert wait_until(lambda: len(exporter.spans()) == 4, timeout=5)
    assert exporter.batches() == [SPANS[:2], SPANS[2:4]]
    assert counters.enqueued == counters.handed == 4 and counters.in_queue() == 0


def test_a_partial_batch_leaves_after_the_delay(make_batcher: MakeBatcher) -> None:
    exporter = InMemorySpanExporter()
    batcher, counters = make_batcher(exporter, delay=0.05)
    for span in SPANS[:3]:
        batcher.put(span)
    assert wait_until(lambda: len(exporter.spans()) == 3, timeout=5)
    assert exporter.batches() == [SPANS[:3]]
    assert counters.in_queue() == 0


def test_flush_hands_a_partial_batch_over_at_once(make_batcher: MakeBatcher) -> None:
    exporter = InMemorySpanExporter()
    batcher, counters = make_batcher(exporter)  # without the flush these would wait a minute
    for span in SPANS[:3]:
        batcher.put(span)
    assert batcher.flush(time.monotonic() + 5)
    assert exporter.batches() == [SPANS[:3]]
    assert counters.handed == 3 and counters.in_queue() == 0


def test_stop_flushes_what_is_queued(make_batcher: MakeBatcher) -> None:
    exporter = InMemorySpanExporter()
    batcher, counters = make_batcher(exporter, batch_size=4)
    for span in SPANS:
        batcher.put(span)
    assert batcher.stop(time.monotonic() + 5) == 0, "every span was handed over"
    assert exporter.spans() == SPANS
    assert counters.enqueued == counters.handed == len(SPANS) and counters.dropped == 0


def test_an_export_that_raises_loses_its_batch_not_the_thread(
    make_batcher: MakeBatcher, caplog: pytest.LogCaptureFixture
) -> None:
    exporter = InMemorySpanExporter()
    exporter.shutdown()  # from now on its exports raise
    batcher, counters = make_batcher(exporter, batch_size=2)
    with caplog.at_level(logging.ERROR, logger="chaperone.spans"):
        batcher.put(SPANS[0])
        batcher.put(SPANS[1])
        assert wait_until(lambda: counters.dropped == 2, timeout=5)
        batcher.put(SPANS[2])
        batcher.put(SPANS[3])
        assert wait_until(lambda: counters.dropped == 4, timeout=5), "the thread went on with the next batch"
    assert counters.handed == 4 and counters.in_queue() == 0
    assert sum("span export failed" in r.getMessage() for r in caplog.records) == 2
