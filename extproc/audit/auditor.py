"""Makes each exchange's record durable before its response leaves, then hands it to the span sink."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from extproc.audit.journal import AuditUnavailable, Journal
from extproc.audit.record import build_record
from extproc.exchange import Exchange

log = logging.getLogger("chaperone.audit")


SPAN_REPORT_INTERVAL_S = 60.0


class SpanEmitter(Protocol):
    def emit(self, record: dict[str, Any], traceparent: str | None) -> None: ...
    def shutdown(self, timeout: float) -> None: ...
    def stats(self) -> dict[str, int]: ...


def trace_id(traceparent: str | None) -> str | None:
    """The trace id of a W3C traceparent (`00-<trace>-<span>-<flags>`), if well formed."""
    if not traceparent:
        return None
    parts = traceparent.strip().split("-")
    if len(parts) == 4 and len(parts[1]) == 32:
        return parts[1]
    return None


class Auditor:
    def __init__(self, journal: Journal, spans: SpanEmitter | None = None, disclosure_key: bytes | None = None):
        self.journal = journal
        self._spans = spans
        self._key = disclosure_key

    def record_coming(self) -> None:
        """An exchange will append its record within moments (group commit may wait a little for it)."""
        self.journal.in_flight += 1

    def record_settled(self) -> None:
        """That exchange's record is written, or no longer imminent (an event stream may last minutes)."""
        self.journal.in_flight -= 1

    async def commit(self, exchange: Exchange, traceparent: str | None) -> None:
        """Write the exchange's record and wait until it is on disk; AuditUnavailable if it cannot be."""
        record = build_record(exchange, self._key, trace_id(traceparent))
        seq, digest = await self.journal.append(record)
        if self._spans is not None:
            try:
                self._spans.emit({**record, "seq": seq, "hash": digest}, traceparent)
            except Exception:  # the journal holds the record; a span failure must not fail the exchange
                log.exception("span for audit record %d could not be emitted", seq)

    async def close(self) -> None:
        """Seal and close the journal; flush the spans (what the collector cannot take stays spooled)."""
        await self.journal.close()
        if self._spans is not None:
            await asyncio.to_thread(self._spans.shutdown, 5.0)
            log.info("%s", span_summary(self._spans.stats()))

    async def report_spans(self, every: float = SPAN_REPORT_INTERVAL_S) -> None:
        """Runs until cancelled: while spans wait in the spool or some were lost, a warning every `every`
        seconds says how many, so an outage of the collector shows in the gateway's log, not only later."""
        if self._spans is None:
            return
        dropped = 0
        while True:
            await asyncio.sleep(every)
            stats = self._spans.stats()
            if stats["spooled"] or stats["dropped"] > dropped:
                log.warning("%s", span_summary(stats))
            dropped = stats["dropped"]

    async def commit_late(self, exchange: Exchange, traceparent: str | None) -> None:
        """An exchange that ended without a body to hold back (e.g. a bodyless answer): record it anyway."""
        try:
            await self.commit(exchange, traceparent)
        except AuditUnavailable as exc:
            log.error("audit record for a finished exchange could not be written: %s", exc)


def span_summary(stats: dict[str, int]) -> str:
    return (
        f"audit spans: {stats['emitted']} emitted, {stats['exported']} exported, {stats['spooled']} waiting in "
        f"the spool for the collector, {stats['delivered_from_spool']} delivered from it, {stats['dropped']} "
        f"lost (queue full {stats['queue_dropped']}, spool full {stats['spool_full']}, rejected by the collector "
        f"{stats['rejected']})"
    )
