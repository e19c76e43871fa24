"""The operators' access log: one line per exchange on stderr with `chaperone -v`, written when its audit record
is (so every line has a record behind it, and a refusal of the record itself shows as a 503).

A line says what an operator watching a terminal needs, and nothing the journal alone may hold: the HTTP and
MCP method, the tool/resource/prompt (patient identifiers in resource URIs replaced, as in the record), the
caller's subject (never the token), the decision, the HTTP status, the latency and the approval id — never
arguments, results, reasons or masked values. Whatever came from the request is escaped and cut short, so a
line is always one line. With `-v` off the cost is one `isEnabledFor` per record (`enabled`).
"""

from __future__ import annotations

import logging
import time

from extproc.audit.outcome import Outcome
from extproc.audit.record import PatientIdentifiers, redacted_target

log = logging.getLogger("chaperone.access_log")

MAX_FIELD_CHARS = 80
"""A tool name, a URI or a subject is cut here: a log line is for reading, the record holds the rest."""


def enabled() -> bool:
    return log.isEnabledFor(logging.INFO)


def _field(text: str | None) -> str:
    """`text` as one token: printable ASCII kept, anything else (spaces, newlines, quotes, non-ASCII) escaped."""
    if not text:
        return "-"
    cut = text[:MAX_FIELD_CHARS]
    safe = "".join(ch if "!" <= ch <= "~" and ch not in '"\\' else f"\\x{ord(ch):02x}" if ord(ch) < 256
                   else f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}" for ch in cut)
    return safe + ("..." if len(text) > MAX_FIELD_CHARS else "")


def _decision(outcome: Outcome, durable: bool) -> str:
    if not durable:
        return "refused"  # the record could not be written: the exchange was refused (503)
    if outcome.decision is not None and not outcome.decision.allowed:
        return "denied"
    if outcome.refused is None:
        return "allowed" if outcome.decision is not None else "-"
    # allowed, then refused on the way back (a response the gateway would not pass), or refused before
    return "withheld" if outcome.forwarded_ns is not None else "refused"


def line(outcome: Outcome, patients: PatientIdentifiers, durable: bool, now_ns: int) -> str:
    """`POST tools/call get_patient sub=alice decision=allowed status=200 ms=12.3 approval=apr_…`."""
    call = outcome.call
    target = redacted_target(call.target, patients.found_in(call)) if call is not None else None
    status = 503 if not durable else outcome.reply_status or outcome.upstream_status
    principal = outcome.principal
    parts = [
        _field(outcome.http_method), _field(call.method if call is not None else None), _field(target),
        f"sub={_field(principal.subject if principal is not None else None)}",
        f"decision={_decision(outcome, durable)}", f"status={status or '-'}",
        f"ms={(now_ns - outcome.started_ns) / 1e6:.1f}",
    ]
    if outcome.approval is not None:
        parts.append(f"approval={_field(outcome.approval.get('id'))}")
    return " ".join(parts)


def write(outcome: Outcome, patients: PatientIdentifiers, durable: bool) -> None:
    log.info("%s", line(outcome, patients, durable, time.time_ns()))
