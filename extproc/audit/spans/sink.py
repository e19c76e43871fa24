"""The span sink: encoded spans in, OTLP export out. It composes the pipeline (batcher → spooling OTLP
exporter) around one set of counts, and is what the journal's helper process (`span_feed`) holds.

Nothing is dropped silently: a full spool, a full queue, a batch the collector rejects as invalid, are all
counted in `stats()["dropped"]` and logged (rate-limited). The SDK supplies only the resource
(`service.name`, `OTEL_RESOURCE_ATTRIBUTES`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path

from opentelemetry.sdk.resources import Resource

from extproc.audit import otlp_wire
from extproc.audit.spans.batcher import Batcher
from extproc.audit.spans.reporting import Counters
from extproc.audit.spans.spool import DEFAULT_MAX_SPOOL_BYTES
from extproc.audit.spans.spooling_exporter import SpoolingSpanExporter

log = logging.getLogger("chaperone.spans")


class SpanSink:
    """Encoded spans in, OTLP export requests out: straight to the collector, else through the spool."""

    def __init__(
        self,
        endpoint: str,
        spool_dir: Path,
        service_name: str = "chaperone",
        *,
        resource_attributes: Mapping[str, str] | None = None,
        max_spool_bytes: int = DEFAULT_MAX_SPOOL_BYTES,
        max_queue_size: int = 65536,
        max_export_batch_size: int = 512,
        schedule_delay_millis: int = 200,
        export_timeout: float = 3.0,
        retry_initial: float = 0.5,
        retry_max: float = 10.0,
    ) -> None:
        self._counters = Counters()
        self._closed = False
        resource = Resource.create({**(resource_attributes or {}), "service.name": service_name})
        self._exporter = SpoolingSpanExporter(
            endpoint, Path(spool_dir), self._counters, resource=otlp_wire.attributes(1, resource.attributes),
            max_spool_bytes=max_spool_bytes, export_timeout=export_timeout, retry_initial=retry_initial,
            retry_max=retry_max,
        )
        self._batcher = Batcher(
            self._exporter, self._counters, max_queue_size, min(max_export_batch_size, max_queue_size),
            schedule_delay_millis / 1000,
        )

    def emit(self, span: bytes) -> None:
        """Queue one span (`encode_span`, `record_span`). CPU only (no I/O, no waiting); never raises."""
        self._counters.add(emitted=1)
        if self._closed:
            self._counters.add(dropped=1)
            log.warning("span sink is shut down: a span was dropped")
            return
        self._batcher.put(span)

    def lost(self, spans: int, reason: str) -> None:
        """Spans that should have been emitted cannot be built: counted as emitted and dropped, logged."""
        if spans <= 0:
            return
        self._counters.add(emitted=spans, dropped=spans)
        log.error("%d span(s) lost: %s", spans, reason)

    def stats(self) -> dict[str, int]:
        """Span counts. exported: sent directly; spooled: on disk now, waiting; delivered_from_spool; dropped:
        lost for any reason, all logged (queue_dropped, spool_full, rejected are parts of it). Always
        emitted + recovered == in_queue + exported + spooled + delivered_from_spool + dropped
        (up to a batch in the middle of being sent or spooled)."""
        c = self._counters
        spool = self._exporter.spool
        return {
            "emitted": c.emitted,
            "in_queue": c.in_queue(),
            "exported": c.exported,
            "spooled": spool.spans,
            "spool_files": len(spool),
            "spool_bytes": spool.bytes,
            "delivered_from_spool": c.delivered_from_spool,
            "recovered": c.recovered,
            "dropped": c.dropped,
            "queue_dropped": c.queue_dropped,
            "spool_full": c.spool_full,
            "rejected": c.rejected,
        }

    def flush(self, timeout: float = 5.0) -> bool:
        """Push queued spans to the exporter (sent or spooled), then wait for the spool to drain."""
        if self._closed:
            return True
        deadline = time.monotonic() + timeout
        return self._batcher.flush(deadline) and self._exporter.drain(deadline)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Flush what can be flushed within `timeout` (plus at most one export timeout); what remains stays
        spooled on disk, counted in stats()["spooled"], for the next process to deliver."""
        if self._closed:
            return
        self.flush(timeout)
        self._closed = True
        remaining = self._batcher.stop(time.monotonic() + 0.1)
        if remaining:  # only if the thread could not hand everything over; counted, never silent
            self._counters.add(dropped=remaining, handed=remaining)
            log.error("span sink shut down with %d span(s) never handed to the exporter: dropped", remaining)
        self._exporter.shutdown()
        left = self._exporter.spool.spans
        if left:
            log.warning("span sink shut down with %d span(s) still spooled in %s", left, self._exporter.spool.directory)
