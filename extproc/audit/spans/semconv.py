"""The audit record as one OTLP span: its name and attributes after the MCP, GenAI and HTTP semantic
conventions, joined to Envoy's trace.

`record_span` turns one audit record (a plain dict) into one SERVER span named after the MCP call, joined
to Envoy's trace through the W3C `traceparent` Envoy put into the ext_proc metadata (kept in the record as
`trace_id` and `parent_span_id`). The span is written straight in OTLP's wire format (`otlp_wire`: the SDK's
span objects cost more than the rest of the audit trail, see README). CPU only: no gRPC, no I/O, so the
journal can encode each record's span beside its line.

Only the fields listed in `span_attributes` are copied from the record: never tokens, never secrets,
never unmasked ePHI (the record holds none; a field added to it later is not picked up by accident).
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

from extproc.audit import otlp_wire
from extproc.mcp.methods import PROMPTS_GET, TARGETED, TOOLS_CALL, Target
from extproc.mcp.tasks import is_task_id

APPROVAL_KIND = "approval"
"""Records of an approval's transitions (`extproc.approvals.events`); exchange records have no `kind`."""

_KIND = re.compile(r"[^a-z0-9_]+")
_HEX = re.compile(r"[0-9a-f]+")


def span_name(record: Mapping[str, Any]) -> str:
    """`{mcp.method} {target}`, the method alone without a target (or a task id that is no plain token),
    `HTTP GET` for a call without a method."""
    mcp = record.get("mcp") or {}
    method = mcp.get("method")
    if record.get("kind") == APPROVAL_KIND:
        return f"approval {record.get('event')} {mcp.get('target')}"
    if method:
        target = mcp.get("target")
        if TARGETED.get(method) is Target.TASK and not (isinstance(target, str) and is_task_id(target)):
            return str(method)  # the caller names the task: only an id the gateway could have bound is shown
        return f"{method} {target}" if target else str(method)
    http_method = (record.get("http") or {}).get("method")
    return f"HTTP {http_method}" if http_method else "HTTP"


def error_type(record: Mapping[str, Any]) -> str | None:
    """Why a refused exchange was refused, as `error.type`; None when it was not refused."""
    if not record.get("refused"):
        return None
    if (record.get("decision") or {}).get("allowed") is False:
        return "policy_denied"
    if record.get("principal") is None:
        return "unauthenticated"
    return "refused"


def span_attributes(record: Mapping[str, Any]) -> dict[str, Any]:
    """The span's attributes: MCP/GenAI/HTTP semantic conventions plus `chaperone.*`, only listed fields."""
    out: dict[str, Any] = {}

    def put(key: str, value: Any, kind: type = str) -> None:
        if value is None or (isinstance(value, str) and not value):
            return
        if kind is bool:
            if isinstance(value, bool):
                out[key] = value
        elif kind is int:
            if isinstance(value, int) and not isinstance(value, bool):
                out[key] = value
            elif isinstance(value, str) and value.isdigit():
                out[key] = int(value)
        elif kind is list:
            if isinstance(value, list | tuple | set | frozenset):
                out[key] = [str(v) for v in value]
        else:
            out[key] = str(value)

    mcp = record.get("mcp") or {}
    method = mcp.get("method")
    target = mcp.get("target")
    put("mcp.method.name", method)
    if method == TOOLS_CALL:
        put("gen_ai.tool.name", target)
        if record.get("kind") != APPROVAL_KIND:  # a transition of an approval executes nothing
            out["gen_ai.operation.name"] = "execute_tool"
    elif method == PROMPTS_GET:
        put("gen_ai.prompt.name", target)
    if TARGETED.get(method) is Target.RESOURCE or mcp.get("target_kind") == Target.RESOURCE:
        put("mcp.resource.uri", target)
    task = record.get("task")
    if isinstance(task, Mapping):  # a task's record names the tool whose data it carries
        put("chaperone.task.id", task.get("id"))
        if method != TOOLS_CALL:
            put("gen_ai.tool.name", task.get("tool"))
    put("jsonrpc.request.id", mcp.get("request_id"))
    put("mcp.session.id", mcp.get("session_id"))
    put("mcp.protocol.version", mcp.get("protocol_version"))
    put("error.type", error_type(record))

    http = record.get("http") or {}
    put("http.request.method", http.get("method"))
    put("http.response.status_code", http.get("status"), int)
    put("client.address", record.get("source"))

    principal = record.get("principal") or {}
    put("chaperone.principal.sub", principal.get("sub"))
    put("chaperone.principal.groups", principal.get("groups"), list)
    put("chaperone.client_id", principal.get("client_id"))

    decision = record.get("decision") or {}
    put("chaperone.decision.allowed", decision.get("allowed"), bool)
    put("chaperone.decision.rule", decision.get("rule"))
    put("chaperone.decision.roles", decision.get("roles"), list)
    put("chaperone.masking.profile", decision.get("masking"))
    counts = (record.get("masking") or {}).get("counts") or {}
    for kind, count in sorted(counts.items(), key=lambda item: str(item[0])):
        name = _KIND.sub("_", str(kind).lower()).strip("_")
        if name:
            put(f"chaperone.masking.count.{name}", count, int)

    approval = record.get("approval")
    if approval:  # the call waited on an approval, or the record is one of an approval's transitions
        put("chaperone.approval.id", approval.get("id"))
        put("chaperone.approval.event", record.get("event") if record.get("kind") == APPROVAL_KIND else None)
        put("chaperone.approval.status", approval.get("status"))
        put("chaperone.approval.actor", approval.get("actor"))
        put("chaperone.approval.approvers", approval.get("approvers"), list)

    put("chaperone.audit.seq", record.get("seq"), int)
    put("chaperone.audit.hash", record.get("hash"))
    response = record.get("response")
    digest = record.get("response_sha256")
    if digest is None and isinstance(response, Mapping):
        digest = response.get("sha256")
    put("chaperone.response.sha256", digest)
    return out


def traceparent_of(record: Mapping[str, Any]) -> str | None:
    """The traceparent Envoy sent with the exchange, rebuilt from the record's (checked) trace fields."""
    trace_id, parent = record.get("trace_id"), record.get("parent_span_id")
    if isinstance(trace_id, str) and isinstance(parent, str) and _HEX.fullmatch(trace_id) and _HEX.fullmatch(parent):
        return f"00-{trace_id}-{parent}-01"
    return None


def record_span(record: Mapping[str, Any], seq: int, digest: str) -> bytes:
    """The span of a journal record (its seq and hash given apart: they are the journal's), in Envoy's trace."""
    return encode_span({**record, "seq": seq, "hash": digest}, traceparent_of(record))


def encode_span(record: Mapping[str, Any], traceparent: str | None) -> bytes:
    """The exchange's span as an OTLP `Span` message."""
    start = record.get("start_ns")
    start = int(start) if isinstance(start, int) else time.time_ns()
    end = record.get("end_ns")
    end = max(int(end), start) if isinstance(end, int) else start
    refused = record.get("refused")
    return otlp_wire.span(
        span_name(record), traceparent, start, end, span_attributes(record), error=str(refused) if refused else None
    )
