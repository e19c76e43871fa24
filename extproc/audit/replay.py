"""Audit records as a readable timeline, one exchange per line (the way `chaperone audit replay` prints)."""

from __future__ import annotations

from typing import Any

from extproc.audit.spans.semconv import APPROVAL_KIND


def format_timeline_entry(record: dict[str, Any]) -> str:
    if record.get("kind") == APPROVAL_KIND:
        return _approval_entry(record)
    principal = record.get("principal") or {}
    mcp = record.get("mcp") or {}
    decision = record.get("decision") or {}
    http = record.get("http") or {}
    response = record.get("response") or {}
    latency = record.get("latency_ms") or {}
    who = principal.get("sub") or "(unauthenticated)"
    groups = ",".join(principal.get("groups") or [])
    what = mcp.get("method") or http.get("method") or "?"
    if mcp.get("target"):
        what += f" {mcp['target']}"
    if record.get("refused"):
        outcome = f"REFUSED ({record['refused']})"
    elif decision:
        outcome = f"allowed by {decision.get('rule')}"
    else:
        outcome = "done"
    masking = decision.get("masking")
    parts = [
        f"#{record.get('seq')} {record.get('time')}",
        f"{who}[{groups}]" if groups else who,
        what,
        f"session={mcp.get('session_id')}" if mcp.get("session_id") else "",
        outcome,
        f"status={http.get('status')}",
        f"response={response.get('bytes', 0)}B sha256={str(response.get('sha256', ''))[:12]}",
        f"masking={masking}" if masking else "",
        _approval(record.get("approval")),
        _latency(latency),
    ]
    return "  ".join(p for p in parts if p)


def _approval(approval: dict[str, Any] | None) -> str:
    """`approval=apr_… (approved by a,b; held 1.2s)` on the line of a call that waited on one."""
    if not approval:
        return ""
    approvers = ",".join(approval.get("approvers") or []) or "nobody"
    verdict = "passed" if approval.get("passed") else str(approval.get("status"))
    return f"approval={approval.get('id')} ({verdict}, approved by {approvers}; held {approval.get('held_ms')}ms)"


def _latency(latency: dict[str, Any]) -> str:
    """`12.3ms (upstream 10.1ms)`: the exchange from its first byte at the gateway to its record, and the
    upstream's part of it (from the request let through to the response's start)."""
    total, upstream = latency.get("total"), latency.get("upstream")
    if total is None:
        return ""
    return f"{total:.1f}ms" + (f" (upstream {upstream:.1f}ms)" if upstream is not None else "")


def _approval_entry(record: dict[str, Any]) -> str:
    """`APPROVAL approved export_cohort  id=…  by=…  approvers=…  until=…`: one transition of an approval."""
    approval = record.get("approval") or {}
    who = (record.get("principal") or {}).get("sub") or "?"
    target = (record.get("mcp") or {}).get("target") or "?"
    parts = [
        f"#{record.get('seq')} {record.get('time')}",
        who,
        f"APPROVAL {record.get('event')} {target}",
        f"id={approval.get('id')}",
        f"by={approval['actor']}" if approval.get("actor") else "",
        f"approvers={','.join(approval['approvers'])}" if approval.get("approvers") else "",
        f"until={approval['grant_until']}" if approval.get("grant_until") else f"expires={approval.get('expires_at')}",
        f"reason={approval['reason']!r}" if approval.get("reason") else "",
    ]
    return "  ".join(p for p in parts if p)
