"""Every transition of an approval as evidence: a record in the hash-chained journal (and so a span), and
for a new request a notification webhook.

Records carry ids, the tool, who asked and who decided, clocks and counts — never the call's arguments.
Reasons (the caller's and the reviewers') are free text a human typed and may name a patient: they are
recorded Safe-Harbor masked.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from extproc.approvals.model import ApprovalRequest
from extproc.audit.spans.semconv import APPROVAL_KIND
from extproc.mcp.methods import TOOLS_CALL, Target
from extproc.phi import SAFE_HARBOR, MaskingError, mask_json
from extproc.timestamps import rfc3339


class Notifier(Protocol):
    def notify(self, event_type: str, request: ApprovalRequest) -> None: ...


def _masked(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return str(mask_json(text, SAFE_HARBOR).value)
    except MaskingError:
        return "[withheld: could not be masked]"


def _iso(seconds: float | None) -> str | None:
    return None if seconds is None else rfc3339(seconds)


def approval_record(event: str, request: ApprovalRequest, *, actor: str | None, reason: str | None,
                    session_id: str | None, preview_sha256: str | None = None) -> dict[str, Any]:
    """The journal record of one transition."""
    now = time.time_ns()
    issuer, _, subject = request.requester.partition("|")
    return {
        "kind": APPROVAL_KIND,
        "event": event,
        "time": _iso(now / 1e9),
        "start_ns": now,
        "end_ns": now,
        "principal": {"sub": subject, "iss": issuer, "groups": list(request.requester_groups),
                      "client_id": request.client_id},
        "mcp": {"method": TOOLS_CALL, "target_kind": Target.TOOL, "target": request.binding.tool,
                "session_id": session_id},
        "approval": {
            "id": request.id, "rule": request.rule, "status": request.status.value, "actor": actor,
            "reason": _masked(reason), "approvers": list(request.approvers()),
            "approvals_required": request.approvals_required, "one_time": request.one_time,
            "expires_at": _iso(request.expires_at), "grant_until": _iso(request.grant_until),
            "policy_version": request.binding.policy_version,
            "preview_sha256": preview_sha256,
        },
    }


class ApprovalEvents:
    """Writes each transition's record (durable before the caller goes on) and sends the webhooks."""

    def __init__(self, append: Callable[[dict[str, Any]], Awaitable[object]], notifier: Notifier | None = None):
        self._append = append
        self._notifier = notifier

    async def requested(self, request: ApprovalRequest, session_id: str | None) -> None:
        await self._append(approval_record("requested", request, actor=request.requester, reason=request.reason,
                                           session_id=session_id))
        if self._notifier is not None:
            self._notifier.notify("approval.requested", request)

    async def break_glass(self, request: ApprovalRequest, session_id: str | None) -> None:
        """Recorded before the call goes on; the reviewers are told at once."""
        await self._append(approval_record("break_glass_used", request, actor=request.requester,
                                           reason=request.reason, session_id=session_id))
        if self._notifier is not None:
            self._notifier.notify("approval.break_glass", request)

    async def reviewed(self, event: str, request: ApprovalRequest, actor: str, reason: str | None,
                       preview_sha256: str | None = None) -> None:
        await self._append(approval_record(event, request, actor=actor, reason=reason, session_id=None,
                                           preview_sha256=preview_sha256))

    async def expired(self, request: ApprovalRequest) -> None:
        await self._append(approval_record("expired", request, actor=None, reason=None, session_id=None))
