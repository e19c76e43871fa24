"""The in-memory exporter the pipeline's tests run against: it keeps what it is given, and refuses after shutdown."""

from __future__ import annotations

import pytest

from extproc.audit.spans.exporter import InMemorySpanExporter


def test_keeps_batches_in_order_and_skips_empty_ones() -> None:
    exporter = InMemorySpanExporter()
    exporter.export([b"a", b"b"])
    exporter.export([])
    exporter.export([b"c"])
    assert exporter.batches() == [[b"a", b"b"], [b"c"]]
    assert exporter.spans() == [b"a", b"b", b"c"]


def test_what_it_returns_is_a_copy() -> None:
    exporter = InMemorySpanExporter()
    batch = [b"a"]
    exporter.export(batch)
    batch.append(b"changed by the caller")
    exporter.batches()[0].append(b"changed by a reader")
    assert exporter.batches() == [[b"a"]]


def test_an_export_after_shutdown_raises_and_keeps_nothing() -> None:
    exporter = InMemorySpanExporter()
    exporter.export([b"a"])
    exporter.shutdown()
    with pytest.raises(RuntimeError, match="shut down"):
        exporter.export([b"b"])
    assert exporter.spans() == [b"a"]
