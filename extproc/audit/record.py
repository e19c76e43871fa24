"""One audit record per exchange, built from what the exchange decided and saw: never a secret, never
unmasked ePHI (identifiers appear only as keyed hashes, for the accounting of disclosures)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from extproc.audit.outcome import Outcome
from extproc.mcp.call import McpCall
from extproc.phi import SAFE_HARBOR, MaskingError, mask_json
from extproc.timestamps import rfc3339_ns


@dataclass(frozen=True, slots=True)
class PatientIdentifiers:
    """Where a call names a patient, for the accounting of disclosures: the upstream's domain, so the
    composition root gives it (`extproc.settings.EHR_PATIENT_IDENTIFIERS`); audit knows no EHR's names."""

    argument_keys: frozenset[str]
    """Argument names whose values identify a patient (compared lower-case, `-` read as `_`)."""
    uri_segments: frozenset[str]
    """A resource URI segment after which the next one is a patient's id (`ehr://patients/{id}`)."""

    def found_in(self, call: McpCall | None) -> set[str]:
        """Values naming a patient in the call: identifying arguments, and ids in a resource URI."""
        if call is None:
            return set()
        found = {str(v) for k, v in call.arguments.items()
                 if k.lower().replace("-", "_") in self.argument_keys and isinstance(v, str | int)}
        if call.target_kind == "resource" and call.target:
            parts = urlsplit(call.target)
            segments = [seg for seg in (parts.netloc, *parts.path.split("/")) if seg]
            found |= {b for a, b in itertools.pairwise(segments) if a in self.uri_segments and b}
        return found


def disclosure_hash(key: bytes, identifier: str) -> str:
    """Keyed hash of a patient identifier: the journal can be searched by it, but not read back."""
    return hmac.new(key, identifier.strip().encode(), hashlib.sha256).hexdigest()


def redacted_target(target: str | None, identifiers: set[str]) -> str | None:
    """A resource URI (or a rule naming it) with the patient identifiers in it replaced: the record keeps
    only their keyed hash."""
    if target is None:
        return None
    for identifier in sorted(identifiers, key=len, reverse=True):
        target = target.replace(identifier, "{patient}")
    return target


def build_record(
    outcome: Outcome, patients: PatientIdentifiers, disclosure_key: bytes | None, trace_id: str | None,
    parent_span_id: str | None = None,
) -> dict[str, Any]:
    """The record; `trace_id` and `parent_span_id` (Envoy's span) place the exchange's span in Envoy's trace."""
    principal, call, verdict = outcome.principal, outcome.call, outcome.decision
    identifiers = patients.found_in(call)
    now = time.time_ns()
    record: dict[str, Any] = {
        "time": rfc3339_ns(outcome.started_ns),
        "start_ns": outcome.started_ns,
        "end_ns": now,
        "principal": None if principal is None else {
            "sub": principal.subject, "iss": principal.issuer, "groups": sorted(principal.groups),
            "client_id": principal.client_id, "email": principal.email,
        },
        "source": outcome.source,
        "http": {"method": outcome.http_method, "upstream_status": outcome.upstream_status or None,
                 "status": outcome.reply_status or outcome.upstream_status or None},
        "mcp": None if call is None else {
            "method": call.method, "target_kind": call.target_kind,
            "target": redacted_target(call.target, identifiers),
            "request_id": None if call.request_id is None else str(call.request_id),
            "session_id": call.session_id, "protocol_version": call.protocol_version,
        },
        "decision": None if verdict is None else {
            "allowed": verdict.allowed, "rule": redacted_target(verdict.rule, identifiers),
            "roles": list(verdict.roles), "masking": verdict.masking,
        },
        "refused": outcome.refused,
        "arguments": _masked_arguments(call),
        "masking": {"profile": outcome.masking_profile or SAFE_HARBOR.name, "counts": outcome.masked,
                    "paths": outcome.masked_paths},
        "response": {"bytes": outcome.response_bytes, "sha256": outcome.response_sha256,
                     "messages": outcome.messages_seen, "masked": _capped(outcome.response_for_record)},
        "latency_ms": {
            "total": _ms(now - outcome.started_ns),
            "upstream": None if outcome.forwarded_ns is None or outcome.answered_ns is None
            else _ms(outcome.answered_ns - outcome.forwarded_ns),
        },
        "trace_id": trace_id,
        "parent_span_id": parent_span_id,
    }
    if outcome.approval is not None:
        record["approval"] = outcome.approval
    if outcome.task is not None:
        record["task"] = outcome.task
    if disclosure_key is not None:
        record["patients"] = sorted(disclosure_hash(disclosure_key, i) for i in identifiers)
    return record


def _ms(ns: int) -> float:
    return round(ns / 1e6, 3)


ARGUMENTS_CAP = 2048
RESPONSE_CAP = 4096


def _capped(text: str | None) -> str | None:
    """The Safe-Harbor-masked final response (JSON text), cut at RESPONSE_CAP characters (the SHA-256 of
    everything sent is beside it)."""
    if text is None or len(text) <= RESPONSE_CAP:
        return text
    return text[:RESPONSE_CAP] + "…[truncated]"


_ARGUMENTS_JSON = json.JSONEncoder(ensure_ascii=False)
"""What `json.dumps(masked, ensure_ascii=False)` builds on every call, built once."""


def _masked_arguments(call: McpCall | None) -> Any:
    """The call's arguments under the full Safe Harbor profile (whatever the caller's role may see), capped."""
    if call is None or not call.arguments:
        return None
    try:
        masked = mask_json(call.arguments, SAFE_HARBOR).value
    except MaskingError:
        return "[arguments withheld: they could not be masked]"
    text = _ARGUMENTS_JSON.encode(masked)
    return masked if len(text) <= ARGUMENTS_CAP else text[:ARGUMENTS_CAP] + "…[truncated]"

