"""The spans of durable journal batches, on their way out of the fsync helper process (`syncer`).

The journal encodes each record's span as it encodes the record's line (`spans.semconv.record_span`) and sends the
batch's spans with the batch's fsync request. The helper hands them to its `SpanSink` only once that fsync
succeeded: a span always describes a record on disk. The sink's batching, export, spool and reports run in
the helper, off the processor's event loop (measured: README, Speed).

Wire format of a batch's spans: each span is a little-endian u32 length and that many bytes.
"""

from __future__ import annotations

import json
import logging
import struct
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when the helper opens its sink: without spans it needs no gRPC (~25 MB less)
    from extproc.audit.spans.sink import SpanSink

log = logging.getLogger("chaperone.spans")

REPORT_INTERVAL_S = 60.0
_LENGTH = struct.Struct("<I")


@dataclass(frozen=True)
class SpanSettings:
    """Where the helper's span sink exports to and spools in; travels to the helper as JSON."""

    endpoint: str
    spool_dir: str
    service_name: str = "chaperone"
    report_every: float = REPORT_INTERVAL_S

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> SpanSettings:
        return cls(**json.loads(text))


def span_summary(stats: Mapping[str, int]) -> str:
    return (
        f"audit spans: {stats['emitted']} emitted, {stats['exported']} exported, {stats['spooled']} waiting in "
        f"the spool for the collector, {stats['delivered_from_spool']} delivered from it, {stats['dropped']} "
        f"lost (queue full {stats['queue_dropped']}, spool full {stats['spool_full']}, rejected by the collector "
        f"{stats['rejected']})"
    )


def frame(spans: Iterable[bytes]) -> bytes:
    """A batch's spans as one payload."""
    return b"".join(_LENGTH.pack(len(span)) + span for span in spans)


def unframe(payload: bytes) -> list[bytes]:
    """The spans of a payload; ValueError if it is cut short."""
    spans, at = [], 0
    while at < len(payload):
        if at + 4 > len(payload):
            raise ValueError("span payload cut short")
        (length,) = _LENGTH.unpack_from(payload, at)
        at += 4
        if at + length > len(payload):
            raise ValueError("span payload cut short")
        spans.append(payload[at : at + length])
        at += length
    return spans


class SpanFeed:
    """Durable batches' spans in (`add`), to the sink; a warning every `report_every` seconds while spans wait
    in the spool or more were lost, so a collector outage shows in the gateway's log, not only later."""

    def __init__(self, sink: SpanSink, report_every: float = REPORT_INTERVAL_S) -> None:
        self.sink = sink
        self._report_every = report_every
        self._next_report = time.monotonic() + report_every
        self._reported_dropped = 0

    @classmethod
    def open(cls, settings: SpanSettings) -> SpanFeed:
        """RuntimeError if the spool is in use by another processor."""
        from extproc.audit.spans.sink import SpanSink

        return cls(SpanSink(settings.endpoint, Path(settings.spool_dir), settings.service_name), settings.report_every)

    def add(self, payload: bytes, records: int) -> None:
        """The spans of a batch of `records` records that is now durable (the journal could not build a span
        for the records it sent none for: those are counted as lost)."""
        try:
            spans = unframe(payload)
        except ValueError as exc:
            self.sink.lost(records, f"the spans of a journal batch could not be read ({exc})")
            return
        for span in spans:
            self.sink.emit(span)
        if records > len(spans):
            self.sink.lost(records - len(spans), "the journal could not build them (logged by the processor)")

    def seconds_to_report(self) -> float:
        return max(0.0, self._next_report - time.monotonic())

    def report(self) -> None:
        self._next_report = time.monotonic() + self._report_every
        stats = self.sink.stats()
        if stats["spooled"] or stats["dropped"] > self._reported_dropped:
            log.warning("%s", span_summary(stats))
        self._reported_dropped = stats["dropped"]

    def close(self, timeout: float) -> None:
        """Flush what the collector takes within `timeout` (the rest stays spooled), then say what happened."""
        self.sink.shutdown(timeout)
        log.info("%s", span_summary(self.sink.stats()))
