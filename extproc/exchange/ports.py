"""What an exchange needs from identity, policy, masking, credential scrubbing, the task ledger and the session
table: six small ports.

`extproc/access.py` implements all six over the live policy; tests give fakes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from extproc.identity.principal import Principal
from extproc.identity.tokens import AuthError
from extproc.mcp.call import McpCall
from extproc.mcp.tasks import TaskBinding
from extproc.phi import MaskResult
from extproc.policy.model import ApprovalRule


class Verdict(Protocol):
    allowed: bool
    rule: str
    roles: tuple[str, ...]
    masking: str | None
    code: int
    """The JSON-RPC error code a denial is answered with."""
    told: str | None
    """What a denied caller is told instead of `rule` (which the record keeps); None: the rule itself."""
    data: dict[str, Any] | None
    """`error.data` of a denial's answer (the capability a -32021 names); None: no data."""


class Authenticator(Protocol):
    def metadata_document(self, path: str) -> bytes | None:
        """The RFC 9728 document when `path` asks for it, else None."""

    def origin_refusal(self, origin: str | None) -> str | None:
        """Why a request with this `Origin` header is refused (403), or None (no Origin, or an allowed one)."""

    def authenticate(self, headers: Mapping[str, str]) -> Principal:
        """The caller; AuthError, or NeedKeyRefresh when the signing keys must be fetched first."""

    def www_authenticate(self, error: AuthError) -> str: ...


class Authorizer(Protocol):
    def decide(self, principal: Principal, call: McpCall) -> Verdict: ...
    def filter_list(self, principal: Principal, method: str, result: dict) -> dict: ...

    def approval_for(self, call: McpCall) -> tuple[ApprovalRule, str] | None:
        """The approval rule an allowed call must wait under, with the policy's version; None for most calls."""


class Masker(Protocol):
    def mask(self, value: Any, profile: str | None, session: str | None) -> MaskResult: ...


class Scrubber(Protocol):
    def scrub(self, doc: dict, raw: bytes) -> dict | None:
        """`doc` without the upstream credential, or None when it holds none."""


class Tasks(Protocol):
    def task_created(self, principal: Principal, call: McpCall, result: dict) -> str | None:
        """Bind the task a `tools/call` result creates to its caller, before the result leaves: the task's id,
        or None for an ordinary result; McpError when the task cannot be bound (another caller's id, no
        usable id, a full ledger)."""

    def own_tasks(self, principal: Principal, call: McpCall, result: dict) -> dict:
        """A `tasks/list` result holding only the tasks this caller created (in this session, if any)."""

    def binding(self, task_id: str) -> TaskBinding | None:
        """Who created a task, and with which tool; None when the gateway does not know it."""


class Sessions(Protocol):
    def session_refusal(self, principal: Principal, session_id: str) -> str | None:
        """Why this caller may not use `session_id` (another caller's, or unknown to the gateway), for the
        record; None when it is the caller's own live session."""

    def session_started(self, principal: Principal, session_id: str) -> None:
        """Bind the session an `initialize` answer issued to its caller, before the answer leaves; McpError
        when it cannot be bound (another caller's id, an id the gateway does not bind, a full table)."""

    def session_ended(self, principal: Principal, session_id: str) -> None:
        """The caller ended its session (DELETE): forget it, and what the gateway kept for it."""

    def events_sent(self, principal: Principal, session_id: str, event_ids: Sequence[str]) -> None:
        """These SSE event ids left on a stream of the caller's session: ids it may resume from."""

    def was_sent(self, principal: Principal, session_id: str, event_id: str) -> bool:
        """Whether `event_id` (a `Last-Event-ID`) left on a stream of the caller's own live session."""


@dataclass(frozen=True, slots=True)
class Ports:
    authenticator: Authenticator
    authorizer: Authorizer
    masker: Masker
    scrubber: Scrubber
    tasks: Tasks
    sessions: Sessions

    @classmethod
    def of(cls, access: Any) -> Ports:
        """All six from one object that implements them (the gateway's `GatewayAccess`, a test's fake)."""
        return cls(access, access, access, access, access, access)
