"""What one exchange did, frozen at the moment its record is due: the only input of an audit record.

The exchange builds it; audit never sees the live exchange, so a record cannot read state that changes
after it was decided.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from extproc.approvals.model import ApprovalRequest
from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.timestamps import rfc3339


class DecisionTaken(NamedTuple):
    allowed: bool
    rule: str
    roles: tuple[str, ...]
    masking: str | None


class Outcome(NamedTuple):
    """Immutable, and a tuple rather than a frozen dataclass: it is built once per exchange on the hot path,
    and a frozen dataclass's `__init__` costs four times as much (measured: 1.7 vs 0.4 µs)."""

    started_ns: int
    http_method: str
    source: str | None
    principal: Principal | None
    call: McpCall | None
    decision: DecisionTaken | None
    refused: str | None
    """Why the gateway refused the request or withheld the response; None when it did not."""
    upstream_status: int
    reply_status: int
    """The status of the gateway's own reply (a refusal), 0 when the upstream answered."""
    forwarded_ns: int | None
    """When the request was let through to the upstream."""
    answered_ns: int | None
    """When the upstream's response began."""
    masking_profile: str | None
    masked: dict[str, int]
    """Identifiers masked per kind (counts only, never values)."""
    masked_paths: dict[str, dict[str, int]]
    response_bytes: int
    response_sha256: str
    messages_seen: int
    response_for_record: str | None
    """The response as the journal may hold it: Safe Harbor masked, whatever the caller saw."""
    approval: dict[str, Any] | None
    """The approval the call waited on: which, who approved, whether it let the call through."""
    task: dict[str, Any] | None = None
    """The task the exchange created (a `tools/call` answered with one) or used (`tasks/*`): id and tool."""


def approval_fields(request: ApprovalRequest, passed: bool, held_ns: int) -> dict[str, Any]:
    """What the exchange's record says of its approval: the evidence that names approval and approvers."""
    return {"id": request.id, "rule": request.rule, "status": request.status.value, "passed": passed,
            "approvers": list(request.approvers()), "one_time": request.one_time,
            "grant_until": None if request.grant_until is None else rfc3339(request.grant_until),
            "held_ms": round(held_ns / 1e6, 3)}

