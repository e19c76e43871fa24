"""The gateway's side of an approval: a call the policy says must wait is let through only when an approval
covers it, and is held (asyncio, no thread) up to the rule's hold budget while a reviewer decides.

A one-time approval is consumed atomically in the store, so across every replica it lets exactly one call
through. Every outcome is an `Admission` the exchange turns into its answer; a store that cannot answer
refuses the call (fail closed).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from extproc.approvals import transitions
from extproc.approvals.errors import ReviewRefused, StoreUnavailable
from extproc.approvals.events import ApprovalEvents
from extproc.approvals.model import ApprovalRequest, CallBinding, Status, arguments_digest
from extproc.approvals.store import ApprovalStore
from extproc.identity.principal import Principal
from extproc.policy.model import ApprovalRule

REASON_META = "dev.chaperone/reason"
"""Where a caller states its reason: `params._meta` of the `tools/call` (not part of the arguments' digest)."""
MAX_REASON_CHARS = 2000


def principal_id(principal: Principal) -> str:
    """Subjects are unique per issuer only: an approval names both."""
    return f"{principal.issuer}|{principal.subject}"


@dataclass(frozen=True, slots=True)
class HeldCall:
    """A call that must be approved before it may reach the upstream."""

    principal: Principal
    tool: str
    arguments: dict[str, Any]
    reason: str | None
    rule: ApprovalRule
    policy_version: str
    session_id: str | None = None


@dataclass(frozen=True, slots=True)
class Admission:
    """What became of a held call."""

    passed: bool
    approval: ApprovalRequest | None
    """The approval that let it through, or the request it waits on / was refused by."""
    refusal: str | None = None
    """Why it did not pass (pending, denied, expired, reason missing, store down): sent to the caller."""
    unavailable: bool = False
    """The store could not answer: the gateway refuses with 503."""


class ApprovalGate:
    def __init__(self, store: ApprovalStore, events: ApprovalEvents, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._events = events
        self._clock = clock

    async def admit(self, held: HeldCall, hold_started: Callable[[float], Awaitable[None]]) -> Admission:
        """Let `held` through if an approval covers it; otherwise make (or find) its request and wait up to the
        rule's hold budget. `hold_started(seconds)` is awaited before the wait (the server extends Envoy's
        message timeout there)."""
        try:
            return await self._admit(held, hold_started)
        except StoreUnavailable as exc:
            return Admission(False, None, f"approvals store unavailable, so the call was refused: {exc}",
                             unavailable=True)

    async def _admit(self, held: HeldCall, hold_started: Callable[[float], Awaitable[None]]) -> Admission:
        binding = CallBinding(principal_id(held.principal), held.tool, arguments_digest(held.arguments),
                              held.policy_version)
        now = self._clock()
        passed = await self._use_covering(binding, now, held)
        if passed is not None:
            return passed
        rule = held.rule
        if rule.reason_required and not held.reason:
            return Admission(False, None, f"{held.tool} needs approval under rule {rule.name}, which requires a "
                                          f"reason: state it in params._meta[{REASON_META!r}]")
        new = self._new_request(held, binding, now)
        request = await self._store.create_or_get_pending(new)
        if request.id == new.id:
            await self._events.requested(request, held.session_id)
        deadline = now + rule.hold_seconds
        if rule.hold_seconds > 0:
            await hold_started(rule.hold_seconds)
        while True:
            if request.status is Status.APPROVED:
                passed = await self._consume(request, held)
                if passed is not None:
                    return passed
            if request.status is not Status.PENDING and not request.covers(self._clock()):
                return Admission(False, request, _ended(request))
            remaining = deadline - self._clock()
            if remaining <= 0 or self._clock() >= request.expires_at:
                return Admission(False, request, _pending(request))
            await self._store.wait_changed(request.id, min(remaining, request.expires_at - self._clock()),
                                           seen=request)
            latest = await self._store.get(request.id)
            if latest is None:
                raise StoreUnavailable("an approval request disappeared from the store")
            request = latest

    async def _use_covering(self, binding: CallBinding, now: float, held: HeldCall) -> Admission | None:
        covering = await self._store.covering(binding, now)
        return None if covering is None else await self._consume(covering, held)

    async def _consume(self, request: ApprovalRequest, held: HeldCall) -> Admission | None:
        """One-time approvals are consumed once, atomically; a grant is only checked. None: lost a race."""
        try:
            used = await self._store.update(request.id, lambda r: transitions.consume(r, self._clock()))
        except ReviewRefused:
            return None
        await self._events.consumed(used, held.session_id)
        return Admission(True, used)

    def _new_request(self, held: HeldCall, binding: CallBinding, now: float) -> ApprovalRequest:
        rule = held.rule
        return ApprovalRequest(
            id="apr_" + secrets.token_urlsafe(16), binding=binding, rule=rule.name,
            requester_groups=tuple(sorted(held.principal.groups)), client_id=held.principal.client_id,
            reason=held.reason, arguments=held.arguments, approver_groups=tuple(sorted(rule.approvers)),
            approvals_required=rule.approvals_required, created_at=now, expires_at=now + rule.request_ttl_seconds,
            max_grant_seconds=rule.max_grant_ttl_seconds, grant_seconds_default=rule.grant_ttl_seconds,
            one_time=rule.one_time,
        )


def _pending(request: ApprovalRequest) -> str:
    return (f"this call is waiting for approval {request.id} (rule {request.rule}); retry the same call once it "
            "is approved")


def _ended(request: ApprovalRequest) -> str:
    if request.status is Status.DENIED:
        reason = next((r.reason for r in reversed(request.reviews) if r.reason), None)
        return f"approval {request.id} was denied" + (f": {reason}" if reason else "")
    return f"approval {request.id} is {request.status.value}; a new call makes a new request"


def pending_data(request: ApprovalRequest) -> dict[str, Any]:
    """`error.data` of the pending and refused errors: enough for an agent (or its human) to follow up."""
    return {"approval_id": request.id, "status": request.status.value, "rule": request.rule,
            "expires_at": _rfc3339(request.expires_at),
            "grant_until": None if request.grant_until is None else _rfc3339(request.grant_until)}


def _rfc3339(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))

