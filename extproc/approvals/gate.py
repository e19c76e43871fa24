"""The gateway's side of an approval: a call the policy says must wait is let through only when an approval
covers it, and is held (asyncio, no thread) up to the rule's hold budget while a reviewer decides.

A one-time approval is consumed atomically in the store, so across every replica it lets exactly one call
through. Every outcome is an `Admission` the exchange turns into its answer; a store that cannot answer
refuses the call (fail closed).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from extproc.approvals import transitions
from extproc.approvals.errors import ReviewRefused, StoreUnavailable, TooManyPending
from extproc.approvals.events import ApprovalEvents
from extproc.approvals.model import ApprovalRequest, CallBinding, Status, arguments_digest
from extproc.approvals.store import ApprovalStore
from extproc.audit.errors import AuditUnavailable
from extproc.identity.principal import Principal
from extproc.policy.model import ApprovalRule
from extproc.timestamps import rfc3339

log = logging.getLogger("chaperone.approvals")

REASON_META = "dev.chaperone/reason"
"""Where a caller states its reason: `params._meta` of the `tools/call` (not part of the arguments' digest)."""
BREAK_GLASS_META = "dev.chaperone/break-glass"
"""Where a caller invokes break-glass, with its reason as the value (only where the rule enables it)."""
BREAK_GLASS_WINDOW_S = 3600
GRANT_RECHECK_S = 1.0
"""A time-boxed grant read from the store covers the same call again without a store read for this long: a
covered call then costs a dict lookup (measured: ~75 µs of CPU per call with a read each time, SQLite). A
revocation through this replica ends it at once (`forget`); through another replica within this time."""
MAX_CACHED_GRANTS = 10_000
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
    break_glass: str | None = None
    """The caller's stated reason for break-glass, when it invokes it."""


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
    code: str = ""
    """Why, for the record, when no approval request is named (never free text): `reason_missing`,
    `break_glass_refused`, `too_many_pending`, `arguments_unbindable`, `unavailable`."""


class ApprovalGate:
    def __init__(self, store: ApprovalStore, events: ApprovalEvents, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._grants: dict[CallBinding, tuple[ApprovalRequest, float]] = {}

    async def admit(self, held: HeldCall, hold_started: Callable[[float], Awaitable[None]]) -> Admission:
        """Let `held` through if an approval covers it; otherwise make (or find) its request and wait up to the
        rule's hold budget. When the rule holds at all (`hold` > 0), `hold_started(seconds)` is awaited once,
        before any store I/O that a remembered grant does not answer (the server extends Envoy's message
        timeout there); with `hold: 0s` the store must answer within Envoy's message timeout. Anything that
        goes wrong refuses the call: never a pass."""
        try:
            return await self._admit(held, hold_started)
        except StoreUnavailable as exc:
            log.error("approvals store unavailable: %s", exc)
            return Admission(False, None, "the approvals store is unavailable, so the call was refused",
                             unavailable=True, code="unavailable")
        except AuditUnavailable:
            return Admission(False, None, "the audit journal is unavailable, so the call was refused",
                             unavailable=True, code="unavailable")
        except Exception:
            log.exception("approval gate failed: the call is refused")
            return Admission(False, None, "the approval could not be checked, so the call was refused",
                             unavailable=True, code="unavailable")

    async def _admit(self, held: HeldCall, hold_started: Callable[[float], Awaitable[None]]) -> Admission:
        try:
            digest = arguments_digest(held.arguments)
        except ValueError:  # 1e400 parses as infinity, which has no canonical JSON
            return Admission(False, None, "the call's arguments hold a number beyond JSON's range, so no approval "
                                          "can be bound to them; send finite numbers", code="arguments_unbindable")
        binding = CallBinding(principal_id(held.principal), held.tool, digest, held.policy_version,
                              held.principal.client_id or "")
        now = self._clock()
        remembered = self._remembered(binding, now)
        if remembered is not None:
            return remembered
        rule = held.rule
        if rule.hold_seconds > 0:
            await hold_started(rule.hold_seconds)
        passed = await self._use_covering(binding, now, held)
        if passed is not None:
            return passed
        if held.break_glass is not None:
            return await self._break_glass(held, binding, now)
        if rule.reason_required and not held.reason:
            return Admission(False, None, f"{held.tool} needs approval under rule {rule.name}, which requires a "
                                          f"reason: state it in params._meta[{REASON_META!r}]",
                             code="reason_missing")
        new = self._new_request(held, binding, now)
        try:
            request = await self._store.create_or_get_pending(new)
        except TooManyPending as full:
            return Admission(False, None, f"you have {full.limit} calls waiting for approval, the most allowed at "
                                          "once, so this one was not submitted: retry it once a reviewer has "
                                          "decided one of them or one has expired", code="too_many_pending")
        if request.id == new.id:
            await self._events.requested(request, held.session_id)
        deadline = now + rule.hold_seconds
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

    async def _break_glass(self, held: HeldCall, binding: CallBinding, now: float) -> Admission:
        """The call proceeds at once on a short grant, recorded and announced before it goes on, at most
        `per_hour` times an hour per caller (counted and claimed atomically in the store, on every replica);
        everything else about it waits for the after-the-fact review."""
        rule, reason = held.rule, (held.break_glass or "").strip()
        glass = rule.break_glass
        if glass is None or not glass.groups & held.principal.groups:
            return Admission(False, None, f"break-glass is not enabled for you under rule {rule.name}",
                             code="break_glass_refused")
        if not reason:
            return Admission(False, None, f"break-glass needs a reason: give it as params._meta[{BREAK_GLASS_META!r}]",
                             code="break_glass_refused")
        grant = transitions.use_break_glass(self._new_request(held, binding, now), binding.principal,
                                            reason=reason[:MAX_REASON_CHARS], grant_seconds=glass.grant_seconds,
                                            now=now)
        if not await self._store.claim_break_glass(grant, now - BREAK_GLASS_WINDOW_S, glass.per_hour):
            return Admission(False, None, f"break-glass refused: you used it {glass.per_hour} times in the last "
                                          f"hour, the most rule {rule.name} allows", code="break_glass_refused")
        try:
            await self._events.break_glass(grant, held.session_id)
        except AuditUnavailable:
            # no evidence, no override: the grant is withdrawn before anything used it
            await self._store.update(grant.id, lambda r: transitions.withdraw(r, self._clock()))
            raise
        return Admission(True, grant)

    def _remembered(self, binding: CallBinding, now: float) -> Admission | None:
        cached = self._grants.get(binding)
        if cached is None:
            return None
        grant, read_at = cached
        if now - read_at < GRANT_RECHECK_S and grant.covers(now):
            return Admission(True, grant)
        del self._grants[binding]
        return None

    async def _use_covering(self, binding: CallBinding, now: float, held: HeldCall) -> Admission | None:
        covering = await self._store.covering(binding, now)
        if covering is None:
            return None
        admission = await self._consume(covering, held)
        if admission is not None and not covering.one_time:
            if len(self._grants) >= MAX_CACHED_GRANTS:
                self._grants.clear()
            self._grants[binding] = (covering, now)
        return admission

    def forget(self, request: ApprovalRequest) -> None:
        """A request changed through this replica (a revocation): its grant is read from the store again."""
        self._grants.pop(request.binding, None)

    async def _consume(self, request: ApprovalRequest, held: HeldCall) -> Admission | None:
        """One-time approvals are consumed once, atomically; a grant is only checked (it was just read from the
        store). None: lost a race. The use is evidenced by the executed call's own record, which names the
        approval and its approvers: no record of its own, so a covered call waits for no extra fsync."""
        if not request.one_time:
            return Admission(True, request) if request.covers(self._clock()) else None
        try:
            used = await self._store.update(request.id, lambda r: transitions.consume(r, self._clock()))
        except ReviewRefused:
            return None
        return Admission(True, used)

    def _new_request(self, held: HeldCall, binding: CallBinding, now: float) -> ApprovalRequest:
        rule = held.rule
        return ApprovalRequest(
            id="apr_" + secrets.token_urlsafe(16), binding=binding, rule=rule.name,
            requester_groups=tuple(sorted(held.principal.groups)),
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
            "expires_at": rfc3339(request.expires_at, "seconds"),
            "grant_until": None if request.grant_until is None else rfc3339(request.grant_until, "seconds")}

