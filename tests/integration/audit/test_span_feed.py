"""The helper's side of the spans, against a real OTLP receiver: a durable batch's spans reach the collector, in
Envoy's trace."""

from __future__ import annotations

from pathlib import Path

from extproc.audit.span_feed import SpanFeed, frame
from extproc.audit.spans.semconv import record_span
from extproc.audit.spans.sink import SpanSink
from tests.otlp_receiver import OtlpReceiver
from tests.span_support import FAST, PARENT_ID, TRACE_ID, make_record


def test_a_batchs_spans_reach_the_collector_in_envoys_trace(tmp_path: Path) -> None:
    receiver = OtlpReceiver()
    receiver.start()
    feed = SpanFeed(SpanSink(receiver.endpoint, tmp_path, **FAST))
    try:
        joined = make_record(trace_id=TRACE_ID, parent_span_id=PARENT_ID)
        root = make_record(trace_id=None, parent_span_id=None)
        feed.add(frame([record_span(joined, 1, "a1" * 32), record_span(root, 2, "b2" * 32)]), 2)
        spans = sorted(receiver.wait_for(2), key=lambda s: s.attributes["chaperone.audit.seq"])
    finally:
        feed.close(2.0)
        receiver.stop()
    first, second = spans
    assert first.span.trace_id.hex() == TRACE_ID and first.span.parent_span_id.hex() == PARENT_ID
    assert first.attributes["chaperone.audit.hash"] == "a1" * 32, "the journal's seq and hash, not the record's"
    assert second.attributes["chaperone.audit.seq"] == 2 and second.span.parent_span_id == b""
