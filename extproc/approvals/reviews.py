"""The review operations over the store: each decision is applied atomically by the store's transition
and then recorded as evidence. Implements the reviewer API's `Reviews` port."""

from __future__ import annotations

import time
from collections.abc import Callable

from extproc.approvals import transitions
from extproc.approvals.errors import RefusalCode, ReviewRefused
from extproc.approvals.events import ApprovalEvents
from extproc.approvals.model import ApprovalRequest, Reviewer, Status
from extproc.approvals.store import ApprovalStore


class StoreReviews:
    def __init__(self, store: ApprovalStore, events: ApprovalEvents, clock: Callable[[], float] = time.time,
                 changed: Callable[[ApprovalRequest], None] | None = None) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._changed = changed  # told of revocations made here (the gate drops a revoked grant at once)

    async def list(self, *, status: Status | None, break_glass: bool | None, unreviewed: bool, limit: int,
                   approver_groups: frozenset[str]) -> list[ApprovalRequest]:
        return await self._store.list(approver_groups=approver_groups, status=status, break_glass=break_glass,
                                      unreviewed=unreviewed, limit=limit)

    async def get(self, approval_id: str) -> ApprovalRequest:
        request = await self._store.get(approval_id)
        if request is None:
            raise ReviewRefused(RefusalCode.NOT_FOUND)
        return request

    async def approve(self, approval_id: str, reviewer: Reviewer, *, grant_seconds: int | None, reason: str | None,
                      preview_sha256: str) -> ApprovalRequest:
        request = await self._store.update(approval_id, lambda r: transitions.approve(
            r, reviewer, grant_seconds=grant_seconds, reason=reason, preview_sha256=preview_sha256,
            now=self._clock()))
        event = "approved" if request.status is Status.APPROVED else "approval_added"
        await self._events.reviewed(event, request, reviewer.id, reason, preview_sha256)
        return request

    async def deny(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest:
        request = await self._store.update(
            approval_id, lambda r: transitions.deny(r, reviewer, reason=reason, now=self._clock()))
        await self._events.reviewed("denied", request, reviewer.id, reason)
        return request

    async def revoke(self, approval_id: str, reviewer: Reviewer, *, reason: str) -> ApprovalRequest:
        request = await self._store.update(
            approval_id, lambda r: transitions.revoke(r, reviewer, reason=reason, now=self._clock()))
        if self._changed is not None:
            self._changed(request)
        await self._events.reviewed("revoked", request, reviewer.id, reason)
        return request

    async def review_break_glass(self, approval_id: str, reviewer: Reviewer, *, note: str) -> ApprovalRequest:
        request = await self._store.update(
            approval_id, lambda r: transitions.review_break_glass(r, reviewer, note=note, now=self._clock()))
        await self._events.reviewed("break_glass_reviewed", request, reviewer.id, note)
        return request

    async def expire_due(self) -> list[ApprovalRequest]:
        """Move what ran out to EXPIRED and record each (run periodically by the processor)."""
        expired = await self._store.expire_due(self._clock())
        for request in expired:
            await self._events.expired(request)
        return expired
