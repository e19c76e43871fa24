"""An in-memory `Reviews` for the reviewer API's tests: the state moves as the real rules would move it in
the simple cases, and a test can make the next decision be refused, or the whole store be down."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

from extproc.approvals.errors import ReviewRefused, StoreUnavailable
from extproc.approvals.model import ApprovalRequest, CallBinding, Review, Reviewer, Status, arguments_digest

ISSUER = "https://chaperone.local/dev"


def request(approval_id: str, tool: str, approver_groups: tuple[str, ...], arguments: dict[str, Any],
            **fields: Any) -> ApprovalRequest:
    now = time.time()
    values: dict[str, Any] = {
        "id": approval_id,
        "binding": CallBinding(f"{ISSUER}|ana", tool, arguments_digest(arguments), "policy-v1"),
        "rule": f"{tool}-needs-approval", "requester_groups": ("analysts",), "client_id": "chaperone-dev",
        "reason": "quarterly outcomes report", "arguments": arguments, "approver_groups": approver_groups,
        "approvals_required": 1, "created_at": now - 60, "expires_at": now + 900, "max_grant_seconds": 3600,
    }
    return ApprovalRequest(**(values | fields))


@dataclass
class FakeReviews:
    requests: dict[str, ApprovalRequest]
    down: bool = False
    refuse_next: ReviewRefused | None = None
    decisions: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    """(operation, approval id, keyword arguments) of every decision asked for."""
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
            raise ReviewRefused("not_found", f"no approval request {approval_id}")
        return self.requests[approval_id]

    def _decide(self, operation: str, approval_id: str, **changes: Any) -> ApprovalRequest:
        self.decisions.append((operation, approval_id, changes.pop("_asked")))
        self._check()
        self.requests[approval_id] = replace(self.requests[approval_id], **changes)
        return self.requests[approval_id]

    async def approve(self, approval_id: str, reviewer: Reviewer, *, grant_seconds: int | None, reason: str | None,
                      preview_sha256: str) -> ApprovalRequest:
        current = await self.get(approval_id)
        grant = grant_seconds or current.max_grant_seconds
        review = Review(reviewer.id, True, time.time(), reason, grant, preview_sha256)
        return self._decide("approve", approval_id, status=Status.APPROVED, reviews=(*current.reviews, review),
                            grant_until=time.time() + grant, preview_sha256=preview_sha256,
                            _asked={"reviewer": reviewer, "grant_seconds": grant_seconds, "reason": reason,
                                    "preview_sha256": preview_sha256})

    async def deny(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest:
        current = await self.get(approval_id)
        review = Review(reviewer.id, False, time.time(), reason)
        return self._decide("deny", approval_id, status=Status.DENIED, reviews=(*current.reviews, review),
                            _asked={"reviewer": reviewer, "reason": reason})

    async def revoke(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest:
        await self.get(approval_id)
        return self._decide("revoke", approval_id, status=Status.REVOKED,
                            _asked={"reviewer": reviewer, "reason": reason})

    async def review_break_glass(self, approval_id: str, reviewer: Reviewer, *, note: str) -> ApprovalRequest:
        await self.get(approval_id)
        return self._decide("review_break_glass", approval_id, reviewed_after=reviewer.id,
                            _asked={"reviewer": reviewer, "note": note})
