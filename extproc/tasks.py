"""The task ledger: which caller created which task, so only that caller may use it.

Held in the processor's memory, bounded: a binding is made when a `tools/call` answer creating a task
passes the gateway (before that answer leaves), and looked up on every `tasks/*` request — a dict lookup,
no store round trip on a poll. What this costs, and why it is acceptable for now: a processor restart
forgets every binding, and another replica never saw them, so their tasks are refused as unknown (fail
closed) — replicas need sticky routing per caller until the ledger moves to a shared store. The bounds keep
one caller from pushing out the others' tasks: at most `per_caller` live bindings each (its oldest are
forgotten first), and `capacity` in all — when every slot holds a live binding a new task is refused
(`LedgerFull`), never bound by forgetting another caller's.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from extproc.mcp.tasks import MAX_TTL_MS, TaskBinding

CAPACITY = 100_000
PER_CALLER = 1_000
MAX_TTL_S = MAX_TTL_MS / 1000
"""A binding outlives no task's TTL, and no binding lives longer than this (an unlimited TTL included)."""
SWEEP_INTERVAL_S = 1.0
"""A full ledger looks for expired bindings to forget at most this often: a sweep walks every binding."""


class TaskConflict(Exception):
    """The upstream named, as a new task, an id already bound to another caller."""


class LedgerFull(Exception):
    """Every slot holds another live binding: the new task is refused rather than another caller's forgotten."""


class TaskLedger:
    def __init__(self, capacity: int = CAPACITY, per_caller: int = PER_CALLER, max_ttl_s: float = MAX_TTL_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._capacity = capacity
        self._per_caller = per_caller
        self._max_ttl_s = max_ttl_s
        self._clock = clock
        self._bindings: OrderedDict[str, TaskBinding] = OrderedDict()
        self._by_caller: dict[tuple[str, str], OrderedDict[str, None]] = {}
        self._swept_at = -SWEEP_INTERVAL_S

    def __len__(self) -> int:
        return len(self._bindings)

    def expiry(self, ttl_ms: int | None) -> float:
        """When a binding for a task of this TTL is forgotten."""
        if ttl_ms is None or ttl_ms >= self._max_ttl_s * 1000:  # compared before dividing: no float overflow
            return self._clock() + self._max_ttl_s
        return self._clock() + ttl_ms / 1000

    def bind(self, task_id: str, binding: TaskBinding) -> None:
        """Remember who created `task_id`; TaskConflict when it is another caller's live task, LedgerFull when
        the ledger holds `capacity` live bindings and none of them is this caller's to give up."""
        known = self.get(task_id)
        if known is not None and not (known.owner_is(binding.issuer, binding.subject)
                                      and known.session_id == binding.session_id):
            raise TaskConflict(task_id)
        self._forget(task_id)
        caller = (binding.issuer, binding.subject)
        own = self._by_caller.get(caller, OrderedDict())
        if len(self._bindings) >= self._capacity and len(own) < self._per_caller:  # no own binding to give up
            self._sweep()
            if len(self._bindings) >= self._capacity:
                raise LedgerFull(task_id)
        while len(own) >= self._per_caller:
            self._forget(next(iter(own)))
        self._bindings[task_id] = binding
        self._by_caller.setdefault(caller, own)[task_id] = None

    def get(self, task_id: str) -> TaskBinding | None:
        """The live binding of `task_id`, or None (never bound, expired, evicted, or bound before a restart)."""
        binding = self._bindings.get(task_id)
        if binding is not None and binding.expires_at <= self._clock():
            self._forget(task_id)
            return None
        return binding

    def _sweep(self) -> None:
        """Forget every expired binding, at most once per `SWEEP_INTERVAL_S`."""
        now = self._clock()
        if now - self._swept_at < SWEEP_INTERVAL_S:
            return
        self._swept_at = now
        for task_id in [t for t, b in self._bindings.items() if b.expires_at <= now]:
            self._forget(task_id)

    def _forget(self, task_id: str) -> None:
        binding = self._bindings.pop(task_id, None)
        if binding is None:
            return
        caller = (binding.issuer, binding.subject)
        own = self._by_caller.get(caller)
        if own is not None:
            own.pop(task_id, None)
            if not own:
                del self._by_caller[caller]
