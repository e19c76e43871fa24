"""An in-memory `Reviews` for the reviewer API's tests: the real review rules (`transitions`) on a dict, and
a test can make the next decision be refused, or the whole store be down."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extproc.approvals import transitions
from extproc.approvals.errors import RefusalCode, ReviewRefused, StoreUnavailable
from extproc.approvals.model import ApprovalRequest, CallBinding, Reviewer, Status, arguments_digest
from extproc.identity.devkeys import DEV_CLIENT_ID

ISSUER = "https://chaperone.local/dev"


def request(approval_id: str, tool: str, approver_groups: tuple[str, ...], arguments: dict[str, Any],
            **fields: Any) -> ApprovalRequest:
    """A pending one-time request of `ana` (an analyst), created a minute ago, open for 15 more minutes."""
    now = time.time()
    values: dict[str, Any] = {
        "id": approval_id,
        "binding": CallBinding(f"{ISSUER}|ana", tool, arguments_digest(arguments), "policy-v1", DEV_CLIENT_ID),
        "rule": f"{tool}-needs-approval", "requester_groups": ("analysts",),
        "reason": "quarterly outcomes report", "arguments": arguments, "approver_groups": approver_groups,
        "approvals_required": 1, "created_at": now - 60, "expires_at": now + 900, "max_grant_seconds": 3600,
        "grant_seconds_default": 600,
    }
    return ApprovalRequest(**(values | fields))


@dataclass
class FakeReviews:
    requests: dict[str, ApprovalRequest]
    down: bool = False
    refuse_next: ReviewRefused | None = None
    decisions: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    """(operation, approval id, what was asked) of every decision asked for, refused or not."""
    list_calls: list[dict[str, Any]] = field(default_factory=list)

    def _check(self) -> None:
        if self.down:
            raise StoreUnavailable("connection refused")
        refusal, self.refuse_next = self.refuse_next, None
        if refusal is not None:
            raise refusal

    async def list(self, *, status: Status | None, break_glass: bool | None, unreviewed: bool, limit: int,
                   approver_groups: frozenset[str]) -> list[ApprovalRequest]:
        self.list_calls.append({"status": status, "break_glass": break_glass, "unreviewed": unreviewed,
                                "limit": limit, "approver_groups": approver_groups})
        self._check()
        found = [r for r in self.requests.values()
                 if (status is None or r.status is status)
                 and (break_glass is None or r.break_glass is break_glass)
                 and (not unreviewed or (r.break_glass and r.reviewed_after is None))
                 and approver_groups.intersection(r.approver_groups)]
        return sorted(found, key=lambda r: r.created_at, reverse=True)[:limit]

    async def get(self, approval_id: str) -> ApprovalRequest:
        if self.down:
            raise StoreUnavailable("connection refused")
        if approval_id not in self.requests:
            raise ReviewRefused(RefusalCode.NOT_FOUND)
        return self.requests[approval_id]

    async def _decide(self, operation: str, approval_id: str, asked: dict[str, Any],
                      change: Callable[[ApprovalRequest], ApprovalRequest]) -> ApprovalRequest:
        self.decisions.append((operation, approval_id, asked))
        current = await self.get(approval_id)
        self._check()
        self.requests[approval_id] = change(current)
        return self.requests[approval_id]

    async def approve(self, approval_id: str, reviewer: Reviewer, *, grant_seconds: int | None, reason: str | None,
                      preview_sha256: str) -> ApprovalRequest:
        asked = {"reviewer": reviewer, "grant_seconds": grant_seconds, "reason": reason,
                 "preview_sha256": preview_sha256}
        return await self._decide("approve", approval_id, asked, lambda r: transitions.approve(
            r, reviewer, grant_seconds=grant_seconds, reason=reason, preview_sha256=preview_sha256, now=time.time()))

    async def deny(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest:
        return await self._decide("deny", approval_id, {"reviewer": reviewer, "reason": reason},
                                  lambda r: transitions.deny(r, reviewer, reason=reason, now=time.time()))

    async def revoke(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest:
        return await self._decide("revoke", approval_id, {"reviewer": reviewer, "reason": reason},
                                  lambda r: transitions.revoke(r, reviewer, reason=reason, now=time.time()))

    async def review_break_glass(self, approval_id: str, reviewer: Reviewer, *, note: str) -> ApprovalRequest:
        return await self._decide("review_break_glass", approval_id, {"reviewer": reviewer, "note": note},
                                  lambda r: transitions.review_break_glass(r, reviewer, note=note, now=time.time()))
