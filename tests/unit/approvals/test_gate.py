"""The gate on an in-memory store: what becomes of a held call (passes, waits, refused), what is recorded,
and that a hold costs nothing once it ends (no waiter left behind)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from extproc.approvals import transitions
from extproc.approvals.errors import RefusalCode, ReviewRefused, StoreUnavailable, TooManyPending
from extproc.approvals.events import ApprovalEvents
from extproc.approvals.gate import ApprovalGate, HeldCall
from extproc.approvals.model import ApprovalRequest, CallBinding, Reviewer, Status
from extproc.approvals.store import MAX_PENDING_PER_REQUESTER
from extproc.audit.errors import AuditUnavailable
from extproc.identity.principal import Principal
from extproc.policy.model import ApprovalRule, BreakGlass

ISSUER = "https://idp.example"
ANA = Principal("ana", ISSUER, frozenset({"analysts"}), client_id="agent-1")
OFFICER = Reviewer(f"{ISSUER}|olivia", frozenset({"privacy-officers"}))
RULE = ApprovalRule("cohort-export", ("export_cohort",), frozenset({"privacy-officers"}), reason_required=True,
                    hold_seconds=5)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class MemoryStore:
    """The store contract on a dict, with one asyncio.Event per waited-on request."""

    requests: dict[str, ApprovalRequest] = field(default_factory=dict)
    down: bool = False
    waiters: dict[str, asyncio.Event] = field(default_factory=dict)

    def _check(self) -> None:
        if self.down:
            raise StoreUnavailable("the test store is down")

    async def create_or_get_pending(self, request: ApprovalRequest) -> ApprovalRequest:
        self._check()
        waiting = [r for r in self.requests.values() if r.requester == request.requester
                   and r.status is Status.PENDING and r.expires_at > request.created_at]
        for known in waiting:
            if known.binding == request.binding:
                return known
        if len(waiting) >= MAX_PENDING_PER_REQUESTER:
            raise TooManyPending(MAX_PENDING_PER_REQUESTER)
        self.requests[request.id] = request
        return request

    async def claim_break_glass(self, request: ApprovalRequest, since: float, limit: int) -> bool:
        self._check()
        used = sum(1 for r in self.requests.values()
                   if r.break_glass and r.requester == request.requester and r.created_at >= since)
        if used >= limit:
            return False
        self.requests[request.id] = request
        return True

    async def get(self, approval_id: str) -> ApprovalRequest | None:
        self._check()
        return self.requests.get(approval_id)

    async def covering(self, binding: CallBinding, now: float) -> ApprovalRequest | None:
        self._check()
        found = [r for r in self.requests.values() if r.binding == binding and r.covers(now)]
        return found[-1] if found else None

    async def update(self, approval_id: str, change: Callable[[ApprovalRequest], ApprovalRequest]) -> ApprovalRequest:
        self._check()
        if approval_id not in self.requests:
            raise ReviewRefused(RefusalCode.NOT_FOUND)
        self.requests[approval_id] = changed = change(self.requests[approval_id])
        event = self.waiters.pop(approval_id, None)
        if event is not None:
            event.set()
        return changed

    async def list(self, *, approver_groups: frozenset[str], status: Status | None = None,
                   break_glass: bool | None = None, unreviewed: bool = False,
                   limit: int = 100) -> list[ApprovalRequest]:
        self._check()
        found = [r for r in reversed(self.requests.values())
                 if approver_groups.intersection(r.approver_groups)
                 and (status is None or r.status is status) and (break_glass is None or r.break_glass == break_glass)
                 and (not unreviewed or r.reviewed_after is None)]
        return found[:limit]

    async def wait_changed(self, approval_id: str, timeout: float, *, seen: ApprovalRequest | None = None) -> None:
        self._check()
        if seen is not None and self.requests.get(approval_id) != seen:
            return
        event = self.waiters.setdefault(approval_id, asyncio.Event())
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass
        finally:
            if self.waiters.get(approval_id) is event and not event.is_set():
                del self.waiters[approval_id]


@dataclass
class Recorded:
    records: list[dict[str, Any]] = field(default_factory=list)
    notified: list[tuple[str, str]] = field(default_factory=list)

    def notify(self, event_type: str, request: ApprovalRequest) -> None:
        self.notified.append((event_type, request.id))

    async def append(self, record: dict[str, Any]) -> None:
        self.records.append(record)

    def events(self) -> list[str]:
        return [r["event"] for r in self.records]


def gate(store: MemoryStore, clock: Clock | None = None) -> tuple[ApprovalGate, Recorded]:
    recorded = Recorded()
    return ApprovalGate(store, ApprovalEvents(recorded.append, recorded), clock or Clock()), recorded


def held(arguments: dict[str, Any] | None = None, reason: str | None = "QA", rule: ApprovalRule = RULE) -> HeldCall:
    return HeldCall(ANA, "export_cohort", arguments or {"condition": "E11"}, reason, rule, "policy-v1", "s-1")


async def no_hold(seconds: float) -> None:
    return None


def approve(store: MemoryStore, approval_id: str, now: float, reviewer: Reviewer = OFFICER) -> None:
    store.requests[approval_id] = transitions.approve(
        store.requests[approval_id], reviewer, grant_seconds=None, reason=None, preview_sha256=None, now=now)


@pytest.mark.anyio
async def test_a_reason_is_required_before_any_request_is_made() -> None:
    store = MemoryStore()
    admission = await gate(store)[0].admit(held(reason=None), no_hold)
    assert not admission.passed and "requires a reason" in (admission.refusal or "")
    assert store.requests == {}


@pytest.mark.anyio
async def test_a_call_without_approval_is_held_then_pending_and_the_retry_finds_the_same_request() -> None:
    store = MemoryStore()
    the_gate, recorded = gate(store)
    held_for: list[float] = []

    async def hold_started(seconds: float) -> None:
        held_for.append(seconds)

    rule = replace(RULE, hold_seconds=0)
    first = await the_gate.admit(held(rule=rule), hold_started)
    second = await the_gate.admit(held(rule=rule), hold_started)
    assert not first.passed and first.approval is not None and first.approval.status is Status.PENDING
    assert second.approval is not None and second.approval.id == first.approval.id
    assert recorded.events() == ["requested"], "the retry is not a second request"
    assert held_for == [], "a zero hold budget extends nothing"
    assert "E11" not in str(recorded.records), "no arguments in the evidence"


@pytest.mark.anyio
async def test_approved_while_held_passes_at_once_and_is_used_once() -> None:
    store, clock = MemoryStore(), Clock()
    the_gate, recorded = gate(store, clock)
    held_for: list[float] = []

    async def hold_started(seconds: float) -> None:
        held_for.append(seconds)

    task = asyncio.create_task(the_gate.admit(held(), hold_started))
    while not store.waiters:
        await asyncio.sleep(0)
    (approval_id,) = store.requests
    await store.update(approval_id, lambda r: transitions.approve(
        r, OFFICER, grant_seconds=None, reason=None, preview_sha256=None, now=clock.now))
    admission = await asyncio.wait_for(task, 1)
    assert admission.passed and admission.approval is not None
    assert admission.approval.status is Status.CONSUMED and held_for == [5]
    assert recorded.events() == ["requested"], "the use is in the executed call's own record"
    again = await the_gate.admit(held(rule=replace(RULE, hold_seconds=0)), no_hold)
    assert not again.passed, "one-time: the next identical call needs a new approval"
    assert store.waiters == {}, "no waiter is left behind"


async def approved_grant(seconds: int) -> tuple[ApprovalGate, MemoryStore, Clock, ApprovalRule, str]:
    """A gate whose store holds an approved time-boxed grant of `held()` lasting `seconds`, and its id."""
    store, clock = MemoryStore(), Clock()
    the_gate, _ = gate(store, clock)
    rule = replace(RULE, hold_seconds=0, one_time=False, grant_ttl_seconds=seconds, max_grant_ttl_seconds=seconds)
    pending = await the_gate.admit(held(rule=rule), no_hold)
    assert pending.approval is not None
    approve(store, pending.approval.id, clock.now)
    return the_gate, store, clock, rule, pending.approval.id


@pytest.mark.anyio
async def test_a_grant_covers_the_identical_call_until_it_ends_and_never_other_arguments() -> None:
    the_gate, _, clock, rule, _ = await approved_grant(60)
    assert (await the_gate.admit(held(rule=rule), no_hold)).passed
    assert (await the_gate.admit(held(rule=rule), no_hold)).passed
    assert not (await the_gate.admit(held({"condition": "E11", "limit": 10 ** 6}, rule=rule), no_hold)).passed
    clock.now += 61
    assert not (await the_gate.admit(held(rule=rule), no_hold)).passed, "the grant ran out"


@pytest.mark.anyio
async def test_another_caller_is_never_covered() -> None:
    store, clock = MemoryStore(), Clock()
    the_gate, _ = gate(store, clock)
    rule = replace(RULE, hold_seconds=0)
    pending = await the_gate.admit(held(rule=rule), no_hold)
    assert pending.approval is not None
    approve(store, pending.approval.id, clock.now)
    other = HeldCall(Principal("bob", ISSUER, frozenset({"analysts"})), "export_cohort", {"condition": "E11"},
                     "QA", rule, "policy-v1")
    assert not (await the_gate.admit(other, no_hold)).passed
    changed_policy = replace(held(rule=rule), policy_version="policy-v2")
    assert not (await the_gate.admit(changed_policy, no_hold)).passed, "a new policy inherits no approval"
    for client in ("agent-2", None):
        through_another_agent = replace(held(rule=rule), principal=replace(ANA, client_id=client))
        assert not (await the_gate.admit(through_another_agent, no_hold)).passed, "approved for agent-1 only"
    assert (await the_gate.admit(held(rule=rule), no_hold)).passed


@pytest.mark.anyio
async def test_denied_while_held_carries_the_reviewers_reason() -> None:
    store, clock = MemoryStore(), Clock()
    the_gate, _ = gate(store, clock)
    task = asyncio.create_task(the_gate.admit(held(), no_hold))
    while not store.waiters:
        await asyncio.sleep(0)
    (approval_id,) = store.requests
    await store.update(approval_id, lambda r: transitions.deny(r, OFFICER, reason="not this quarter", now=clock.now))
    admission = await asyncio.wait_for(task, 1)
    assert not admission.passed and admission.refusal == f"approval {approval_id} was denied: not this quarter"


@pytest.mark.anyio
async def test_a_caller_with_the_most_calls_waiting_is_told_to_wait_and_nothing_is_requested() -> None:
    store, clock = MemoryStore(), Clock()
    the_gate, recorded = gate(store, clock)
    rule = replace(RULE, hold_seconds=0)
    waiting = [await the_gate.admit(held({"n": n}, rule=rule), no_hold) for n in range(MAX_PENDING_PER_REQUESTER)]
    one_more = await the_gate.admit(held({"n": "one more"}, rule=rule), no_hold)
    assert not one_more.passed and not one_more.unavailable and one_more.approval is None
    assert one_more.refusal == (f"you have {MAX_PENDING_PER_REQUESTER} calls waiting for approval, the most "
                                "allowed at once, so this one was not submitted: retry it once a reviewer has "
                                "decided one of them or one has expired")
    assert len(store.requests) == MAX_PENDING_PER_REQUESTER
    assert recorded.events() == ["requested"] * MAX_PENDING_PER_REQUESTER
    first = waiting[0].approval
    assert first is not None
    retry = await the_gate.admit(held({"n": 0}, rule=rule), no_hold)
    assert retry.approval is not None and retry.approval.id == first.id, "a retry still finds its own"
    await store.update(first.id, lambda r: transitions.deny(r, OFFICER, reason=None, now=clock.now))
    submitted = await the_gate.admit(held({"n": "one more"}, rule=rule), no_hold)
    assert submitted.approval is not None and submitted.approval.status is Status.PENDING


@pytest.mark.anyio
async def test_the_store_down_refuses_the_call() -> None:
    admission = await gate(MemoryStore(down=True))[0].admit(held(), no_hold)
    assert not admission.passed and admission.unavailable and "unavailable" in (admission.refusal or "")


@pytest.mark.anyio
async def test_a_client_that_leaves_while_held_leaves_no_waiter_and_decides_nothing() -> None:
    store = MemoryStore()
    the_gate, recorded = gate(store)
    callers = [Principal(f"analyst-{i}", ISSUER, frozenset({"analysts"})) for i in range(1000)]
    tasks = [asyncio.create_task(the_gate.admit(replace(held(), principal=caller), no_hold)) for caller in callers]
    while len(store.waiters) < 1000:
        await asyncio.sleep(0)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert store.waiters == {}
    assert all(r.status is Status.PENDING for r in store.requests.values()), "a pending request stays pending"
    assert recorded.events().count("requested") == 1000


@pytest.mark.anyio
async def test_an_approval_from_a_replica_whose_clock_runs_ahead_still_covers() -> None:
    store, clock = MemoryStore(), Clock()
    the_gate, _ = gate(store, clock)
    pending = await the_gate.admit(held(rule=replace(RULE, hold_seconds=0)), no_hold)
    assert pending.approval is not None
    approve(store, pending.approval.id, clock.now + 5)  # the deciding replica's clock is 5 s ahead
    assert (await the_gate.admit(held(rule=replace(RULE, hold_seconds=0)), no_hold)).passed


GLASS_RULE = replace(RULE, break_glass=BreakGlass(frozenset({"er-physicians"}), grant_seconds=300, per_hour=2))
ER_DOC = Principal("eve", ISSUER, frozenset({"er-physicians"}))


def glass(arguments: dict[str, Any], reason: str = "patient crashing, no officer on call",
          who: Principal = ER_DOC) -> HeldCall:
    return HeldCall(who, "export_cohort", arguments, None, GLASS_RULE, "policy-v1", "s-2", break_glass=reason)


@pytest.mark.anyio
async def test_break_glass_passes_at_once_is_recorded_announced_and_left_for_review() -> None:
    store = MemoryStore()
    the_gate, recorded = gate(store)
    admission = await the_gate.admit(glass({"n": 1}), no_hold)
    assert admission.passed and admission.approval is not None
    used = store.requests[admission.approval.id]
    assert used.break_glass and used.reviewed_after is None and used.one_time is False
    assert used.grant_until == Clock().now + 300
    assert recorded.events() == ["break_glass_used"]
    assert recorded.notified == [("approval.break_glass", used.id)]
    assert await store.list(approver_groups=OFFICER.groups, break_glass=True, unreviewed=True) == [used]


@pytest.mark.anyio
async def test_break_glass_only_for_the_rules_groups_with_a_reason_and_per_hour() -> None:
    store, clock = MemoryStore(), Clock()
    the_gate, _ = gate(store, clock)
    analyst = await the_gate.admit(glass({"n": 0}, who=ANA), no_hold)
    assert not analyst.passed and "not enabled for you" in (analyst.refusal or "")
    blank = await the_gate.admit(glass({"n": 0}, reason="  "), no_hold)
    assert not blank.passed and "needs a reason" in (blank.refusal or "")
    assert (await the_gate.admit(glass({"n": 1}), no_hold)).passed
    assert (await the_gate.admit(glass({"n": 2}), no_hold)).passed
    third = await the_gate.admit(glass({"n": 3}), no_hold)
    assert not third.passed and "2 times in the last hour" in (third.refusal or "")
    clock.now += 3601
    assert (await the_gate.admit(glass({"n": 3}), no_hold)).passed, "the limit is per hour"
    assert (await the_gate.admit(glass({"n": 4}), no_hold)).passed
    assert not (await the_gate.admit(glass({"n": 9}), no_hold)).passed


@pytest.mark.anyio
async def test_a_grant_is_read_again_after_a_second_and_a_revocation_here_ends_it_at_once() -> None:
    the_gate, store, clock, rule, grant_id = await approved_grant(600)
    assert (await the_gate.admit(held(rule=rule), no_hold)).passed  # read from the store, remembered
    revoked = transitions.revoke(store.requests[grant_id], OFFICER, reason="x", now=clock.now)
    store.requests[revoked.id] = revoked  # revoked through another replica: not seen for up to a second
    assert (await the_gate.admit(held(rule=rule), no_hold)).passed
    clock.now += 1.0
    assert not (await the_gate.admit(held(rule=rule), no_hold)).passed, "read again: revoked"
    approve_again = replace(revoked, status=Status.APPROVED)
    store.requests[revoked.id] = approve_again
    assert (await the_gate.admit(held(rule=rule), no_hold)).passed
    store.requests[revoked.id] = revoked
    the_gate.forget(revoked)  # revoked through this replica
    assert not (await the_gate.admit(held(rule=rule), no_hold)).passed


@pytest.mark.anyio
async def test_break_glass_that_cannot_be_recorded_is_withdrawn_and_refused() -> None:
    store = MemoryStore()

    async def journal_down(record: dict[str, Any]) -> None:
        raise AuditUnavailable("disk full")

    the_gate = ApprovalGate(store, ApprovalEvents(journal_down), Clock())
    admission = await the_gate.admit(glass({"n": 1}), no_hold)
    assert not admission.passed and admission.unavailable
    (withdrawn,) = store.requests.values()
    assert withdrawn.status is Status.REVOKED and not withdrawn.covers(Clock().now)
    assert not (await the_gate.admit(replace(glass({"n": 1}), break_glass=None), no_hold)).passed


@pytest.mark.anyio
async def test_arguments_beyond_json_are_refused_with_a_clear_message() -> None:
    admission = await gate(MemoryStore())[0].admit(held({"limit": float("inf")}), no_hold)
    assert not admission.passed and "beyond JSON's range" in (admission.refusal or "")
