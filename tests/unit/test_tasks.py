"""TaskLedger (extproc/tasks.py): bindings expire with their task, stay bounded, and are never taken over."""

import pytest

from extproc.mcp.tasks import TaskBinding
from extproc.tasks import TaskConflict, TaskLedger


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


def test_the_ledger_is_bounded_oldest_first() -> None:
    ledger = TaskLedger(capacity=3, per_caller=3, clock=Clock())
    for sub in ("a", "b", "c", "d"):
        ledger.bind(f"t-{sub}", binding(sub))
    assert ledger.get("t-a") is None and len(ledger) == 3
