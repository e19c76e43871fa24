"""TaskLedger (extproc/tasks.py): bindings expire with their task, stay bounded, and are never taken over."""

import pytest

from extproc.mcp.tasks import TaskBinding
from extproc.tasks import LedgerFull, TaskConflict, TaskLedger


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def binding(sub: str = "alice", expires_at: float = 2000.0, session: str | None = None) -> TaskBinding:
    return TaskBinding("iss", sub, session, "search_patients", expires_at)


def test_a_binding_lives_as_long_as_its_task_within_the_cap() -> None:
    clock = Clock()
    ledger = TaskLedger(max_ttl_s=3600, clock=clock)
    assert ledger.expiry(60_000) == 1060.0
    assert ledger.expiry(None) == ledger.expiry(10**12) == 4600.0, "unlimited or huge TTLs are capped"
    assert ledger.expiry(10**400) == 4600.0, "no float conversion of a number too large for one"
    ledger.bind("t-1", binding(expires_at=ledger.expiry(60_000)))
    clock.now = 1059.0
    assert ledger.get("t-1") is not None
    clock.now = 1060.0
    assert ledger.get("t-1") is None and len(ledger) == 0


def test_another_callers_live_task_is_never_taken_over() -> None:
    ledger = TaskLedger(clock=Clock())
    ledger.bind("t-1", binding("alice"))
    with pytest.raises(TaskConflict):
        ledger.bind("t-1", binding("bob"))
    with pytest.raises(TaskConflict):
        ledger.bind("t-1", binding("alice", session="s-2"))
    assert ledger.get("t-1") == binding("alice")
    ledger.bind("t-1", binding("alice", expires_at=3000.0))  # the same caller again: renewed
    assert ledger.get("t-1") == binding("alice", expires_at=3000.0)


def test_one_caller_cannot_push_out_the_others_tasks() -> None:
    ledger = TaskLedger(capacity=10, per_caller=3, clock=Clock())
    ledger.bind("bob-1", binding("bob"))
    for i in range(6):
        ledger.bind(f"alice-{i}", binding("alice"))
    assert [ledger.get(f"alice-{i}") is not None for i in range(6)] == [False] * 3 + [True] * 3
    assert ledger.get("bob-1") is not None and len(ledger) == 4


def test_a_full_ledger_refuses_new_tasks_rather_than_forget_anothers() -> None:
    clock = Clock()
    ledger = TaskLedger(capacity=3, per_caller=3, clock=clock)
    for sub in ("a", "b", "c"):
        ledger.bind(f"t-{sub}", binding(sub))
    with pytest.raises(LedgerFull):
        ledger.bind("t-d", binding("d"))
    assert all(ledger.get(f"t-{sub}") is not None for sub in "abc") and ledger.get("t-d") is None
    ledger.bind("t-a", binding("a", expires_at=3000.0))  # renewing one's own task takes no new slot


def test_a_caller_at_its_own_bound_still_binds_in_a_full_ledger() -> None:
    ledger = TaskLedger(capacity=3, per_caller=2, clock=Clock())
    for name in ("a-1", "a-2", "b-1"):
        ledger.bind(name, binding(name[0]))
    ledger.bind("a-3", binding("a"))  # a's oldest makes room
    assert ledger.get("a-1") is None and ledger.get("b-1") is not None and ledger.get("a-3") is not None
    with pytest.raises(LedgerFull):
        ledger.bind("c-1", binding("c"))


def test_a_full_ledger_forgets_expired_bindings_before_refusing() -> None:
    clock = Clock()
    ledger = TaskLedger(capacity=2, per_caller=2, clock=clock)
    ledger.bind("t-a", binding("a", expires_at=3000.0))
    ledger.bind("t-b", binding("b", expires_at=1500.0))
    clock.now = 1600.0
    ledger.bind("t-c", binding("c", expires_at=3000.0))
    assert ledger.get("t-a") is not None and ledger.get("t-c") is not None and len(ledger) == 2
