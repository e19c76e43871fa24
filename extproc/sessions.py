"""The session table: which caller opened which MCP session (2025-11-25), so only that caller may use it.

The upstream issues a session id (`Mcp-Session-Id`) in its `initialize` answer, and from then on the id is
all a request needs to reach the session: its server-to-client stream (GET), its calls (POST), its end
(DELETE), and the pseudonyms the gateway keeps per session. So the id is bound to the caller whose
`initialize` it answered — issuer, subject and the agent client (`azp`/`client_id`) — before that answer
leaves the gateway, and every later request naming the id must come from the same caller.

Held in the processor's memory, like the task ledger (`extproc.tasks`): a dict lookup per request. A processor
restart forgets every binding and another replica never saw them, so such a session is unknown and refused
(fail closed: the client opens a new one, as MCP tells it to on 404) — replicas need sticky routing by
session, which the upstream's own in-memory sessions need anyway, until the table moves to a shared store.
Bounded: a binding is forgotten `idle_s` after its last use; each caller holds at most `per_caller` (its least
recently used is forgotten first), and the table `capacity` in all — when every slot holds a live binding a new
session is refused (`SessionTableFull`), never bound by forgetting another caller's.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

CAPACITY = 100_000
PER_CALLER = 100
IDLE_S = 8 * 3600.0
"""A session unused this long is forgotten: an agent idle for a working day opens a new one."""
MAX_SESSION_ID_CHARS = 256
_SESSION_ID = re.compile(rf"[\x21-\x7e]{{1,{MAX_SESSION_ID_CHARS}}}")
"""MCP: a session id holds only visible ASCII characters. The gateway also bounds its length."""


def is_session_id(value: str) -> bool:
    """A session id the gateway binds; the upstream's initialize answer is withheld when it issues another."""
    return _SESSION_ID.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class SessionOwner:
    """The caller a session belongs to. Subjects are unique per issuer only; `client` tells apart two agent
    clients acting for one user (empty when the token names none)."""

    issuer: str
    subject: str
    client: str

    @property
    def caller(self) -> tuple[str, str]:
        """Whose share of the table the session counts against: the user, whichever client."""
        return self.issuer, self.subject


class Standing(Enum):
    """How a request's session id stands with its caller."""

    OWN = "own"
    OTHERS = "others"
    UNKNOWN = "unknown"


class SessionConflict(Exception):
    """The upstream issued, as a new session, an id bound to another caller's live session."""


class SessionTableFull(Exception):
    """Every slot holds another live binding: the new session is refused rather than another caller's forgotten."""


@dataclass(slots=True)
class _Binding:
    owner: SessionOwner
    last_used: float


class SessionTable:
    def __init__(self, capacity: int = CAPACITY, per_caller: int = PER_CALLER, idle_s: float = IDLE_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._capacity = capacity
        self._per_caller = per_caller
        self._idle_s = idle_s
        self._clock = clock
        self._bindings: OrderedDict[str, _Binding] = OrderedDict()  # least recently used first
        self._by_caller: dict[tuple[str, str], OrderedDict[str, None]] = {}

    def __len__(self) -> int:
        return len(self._bindings)

    def bind(self, session_id: str, owner: SessionOwner) -> None:
        """Remember that `owner` opened `session_id`. ValueError for an id the gateway does not bind,
        SessionConflict when it is another caller's live session, SessionTableFull when the table holds
        `capacity` live bindings and none of them is this caller's to give up."""
        if not is_session_id(session_id):
            raise ValueError("not a session id the gateway binds")
        self._expire()
        known = self._bindings.get(session_id)
        if known is not None and known.owner != owner:
            raise SessionConflict(session_id)
        self._forget(session_id)
        own = self._by_caller.get(owner.caller, OrderedDict())
        if len(self._bindings) >= self._capacity and len(own) < self._per_caller:  # no own binding to give up
            raise SessionTableFull(session_id)
        while len(own) >= self._per_caller:
            self._forget(next(iter(own)))
        self._bindings[session_id] = _Binding(owner, self._clock())
        self._by_caller.setdefault(owner.caller, own)[session_id] = None

    def standing(self, session_id: str, owner: SessionOwner) -> Standing:
        """Whether `session_id` is `owner`'s live session (its use now counts as the last), another caller's,
        or unknown (never bound, idle too long, ended, pushed out, or bound before a restart)."""
        self._expire()
        binding = self._bindings.get(session_id)
        if binding is None:
            return Standing.UNKNOWN
        if binding.owner != owner:
            return Standing.OTHERS
        binding.last_used = self._clock()
        self._bindings.move_to_end(session_id)
        self._by_caller[owner.caller].move_to_end(session_id)
        return Standing.OWN

    def end(self, session_id: str, owner: SessionOwner) -> bool:
        """Forget `owner`'s session (the client ended it), and say whether there was one; another caller's is
        left alone."""
        binding = self._bindings.get(session_id)
        if binding is None or binding.owner != owner:
            return False
        self._forget(session_id)
        return True

    def _expire(self) -> None:
        """Forget the bindings idle too long: they are the oldest in use order, so this stops at the first live one."""
        cutoff = self._clock() - self._idle_s
        while self._bindings:
            session_id, binding = next(iter(self._bindings.items()))
            if binding.last_used > cutoff:
                return
            self._forget(session_id)

    def _forget(self, session_id: str) -> None:
        binding = self._bindings.pop(session_id, None)
        if binding is None:
            return
        own = self._by_caller.get(binding.owner.caller)
        if own is not None:
            own.pop(session_id, None)
            if not own:
                del self._by_caller[binding.owner.caller]
