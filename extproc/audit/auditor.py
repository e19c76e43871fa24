"""Makes each exchange's record durable before its response leaves (the journal's helper then exports its span)."""

from __future__ import annotations

import logging
import re

from extproc.audit import access_log
from extproc.audit.errors import AuditUnavailable
from extproc.audit.journal import Journal
from extproc.audit.outcome import Outcome
from extproc.audit.record import PatientIdentifiers, build_record

log = logging.getLogger("chaperone.audit")


_TRACE_ID = re.compile(r"[0-9a-f]{32}")
_SPAN_ID = re.compile(r"[0-9a-f]{16}")


def trace_fields(traceparent: str | None) -> tuple[str | None, str | None]:
    """(trace id, parent span id) of a W3C traceparent (`00-<trace>-<span>-<flags>`), each None unless well
    formed: the header can come from the agent, and the record keeps nothing it has not checked."""
    if not traceparent:
        return None, None
    parts = traceparent.strip().split("-")
    if len(parts) != 4 or not _TRACE_ID.fullmatch(parts[1]) or parts[1] == "0" * 32:
        return None, None
    return parts[1], parts[2] if _SPAN_ID.fullmatch(parts[2]) and parts[2] != "0" * 16 else None


class Auditor:
    def __init__(self, journal: Journal, patients: PatientIdentifiers, disclosure_key: bytes | None = None):
        self.journal = journal
        self._patients = patients
        self._key = disclosure_key

    def record_coming(self) -> None:
        """An exchange will append its record within moments (group commit may wait a little for it)."""
        self.journal.record_coming()

    def record_settled(self) -> None:
        """That exchange's record is written, or no longer imminent (an event stream may last minutes)."""
        self.journal.record_settled()

    async def commit(self, outcome: Outcome, traceparent: str | None) -> None:
        """Write the exchange's record and wait until it is on disk; AuditUnavailable if it cannot be. With
        `-v`, the exchange's access-log line follows."""
        durable = False
        try:
            await self.journal.append(build_record(outcome, self._patients, self._key, *trace_fields(traceparent)))
            durable = True
        finally:
            if access_log.enabled():
                access_log.write(outcome, self._patients, durable)

    async def record(self, record: dict) -> None:
        """Append a record that is not an exchange's (an approval's transition) and wait until it is on disk."""
        await self.journal.append(record)

    async def close(self) -> None:
        """Seal and close the journal (its helper flushes the spans; what the collector cannot take stays
        spooled)."""
        await self.journal.close()

    async def commit_late(self, outcome: Outcome, traceparent: str | None) -> None:
        """An exchange that ended without a body to hold back (e.g. a bodyless answer): record it anyway."""
        try:
            await self.commit(outcome, traceparent)
        except AuditUnavailable as exc:
            log.error("audit record for a finished exchange could not be written: %s", exc)
