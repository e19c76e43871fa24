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

A binding also holds the SSE event ids the gateway sent on its session's streams (`events_sent`), because a
client resumes a stream by naming one (`Last-Event-ID`) and the upstream's event store may replay by the id
alone, whichever session it was sent on: a request may resume only from an id its own session was sent
(`was_sent`). Each session keeps its last `events_per_session` ids, the table `event_capacity` in all (the
session that recorded least recently gives up its oldest first); ids go with their binding. Forgetting an id
only makes a resumption fail closed: the client opens a new stream.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum

CAPACITY = 100_000
PER_CALLER = 100
IDLE_S = 8 * 3600.0
"""A session unused this long is forgotten: an agent idle for a working day opens a new one."""
MAX_SESSION_ID_CHARS = 256
_SESSION_ID = re.compile(rf"[\x21-\x7e]{{1,{MAX_SESSION_ID_CHARS}}}")
"""MCP: a session id holds only visible ASCII characters. The gateway also bounds its length."""
EVENTS_PER_SESSION = 1_000
EVENT_CAPACITY = 200_000
"""About 32 MB when full of 36-character ids (measured: 75 bytes of table per id, plus the id) — a sidecar's
budget; a session holds them only while bound, and resuming from an id given up is refused (fail closed)."""
MAX_EVENT_ID_CHARS = 256


def _resumable(event_id: str) -> bool:
    """An event id a client may resume from. Not one holding a comma: Envoy joins a repeated `Last-Event-ID`
    header with commas, so the joined value could be a recorded id while the upstream reads only its first."""
    return 0 < len(event_id) <= MAX_EVENT_ID_CHARS and "," not in event_id


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
    event_ids: OrderedDict[str, None] = field(default_factory=OrderedDict)  # oldest first


class SessionTable:
    def __init__(self, capacity: int = CAPACITY, per_caller: int = PER_CALLER, idle_s: float = IDLE_S,
                 clock: Callable[[], float] = time.monotonic, events_per_session: int = EVENTS_PER_SESSION,
                 event_capacity: int = EVENT_CAPACITY) -> None:
        self._capacity = capacity
        self._per_caller = per_caller
        self._idle_s = idle_s
        self._clock = clock
        self._bindings: OrderedDict[str, _Binding] = OrderedDict()  # least recently used first
        self._by_caller: dict[tuple[str, str], OrderedDict[str, None]] = {}
        self._events_per_session = events_per_session
        self._event_capacity = event_capacity
        self._events_held = 0
        self._recorded_by: OrderedDict[str, None] = OrderedDict()  # sessions holding ids, least recent first

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

    def events_sent(self, session_id: str, owner: SessionOwner, event_ids: Iterable[str]) -> None:
        """Remember the SSE event ids that left on `owner`'s session's streams (nothing for another's session)."""
        binding = self._bindings.get(session_id)
        if binding is None or binding.owner != owner:
            return
        held = binding.event_ids
        for event_id in event_ids:
            if not _resumable(event_id):
                continue
            if event_id in held:
                held.move_to_end(event_id)
                continue
            held[event_id] = None
            self._events_held += 1
            if len(held) > self._events_per_session:
                held.popitem(last=False)
                self._events_held -= 1
        if held:
            self._recorded_by[session_id] = None
            self._recorded_by.move_to_end(session_id)
        while self._events_held > self._event_capacity:
            oldest = self._bindings[next(iter(self._recorded_by))]
            oldest.event_ids.popitem(last=False)
            self._events_held -= 1
            if not oldest.event_ids:
                self._recorded_by.popitem(last=False)

    def was_sent(self, session_id: str, owner: SessionOwner, event_id: str) -> bool:
        """Whether `event_id` is among the last ids sent on `owner`'s live session `session_id`."""
        self._expire()
        binding = self._bindings.get(session_id)
        return binding is not None and binding.owner == owner and event_id in binding.event_ids

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
        self._events_held -= len(binding.event_ids)
        self._recorded_by.pop(session_id, None)
        own = self._by_caller.get(binding.owner.caller)
        if own is not None:
            own.pop(session_id, None)
            if not own:
                del self._by_caller[binding.owner.caller]
