"""What the reviewer API needs from the approvals store and its review rules.

The API authenticates the reviewer, checks input and decides what the reviewer is shown; an implementation
of `Reviews` enforces the review rules (four eyes, approver groups, N-of-M, grant maximum, states) and
raises `ReviewRefused` with a stable code, or `StoreUnavailable` when nothing could be decided.
"""

from __future__ import annotations

from typing import Protocol

from extproc.approvals.model import ApprovalRequest, Reviewer, Status


class Reviews(Protocol):
    async def list(
        self, *, status: Status | None, break_glass: bool | None, unreviewed: bool, limit: int,
        approver_groups: frozenset[str],
    ) -> list[ApprovalRequest]:
        """Newest first, at most `limit`, only requests naming at least one of `approver_groups` as an
        approver group (so the limit counts only what this reviewer may see)."""
        ...

    async def get(self, approval_id: str) -> ApprovalRequest:
        """The request, or ReviewRefused("not_found")."""
        ...

    async def approve(
        self, approval_id: str, reviewer: Reviewer, *, grant_seconds: int | None, reason: str | None,
        preview_sha256: str,
    ) -> ApprovalRequest:
        """Record an approval; `preview_sha256` is the hash of the preview this reviewer was shown."""
        ...

    async def deny(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest: ...

    async def revoke(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest: ...

    async def review_break_glass(self, approval_id: str, reviewer: Reviewer, *, note: str) -> ApprovalRequest: ...
