"""The approval store's contract, met by the SQLite (embedded) and PostgreSQL (replicas) back ends.

Every change goes through `update`, which runs a pure transition from `transitions` on the row as it is
under the database's lock, so a rule holds across replicas: two replicas consuming one approval at once
see exactly one succeed. Database faults raise `StoreUnavailable`; callers fail closed.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Protocol

from extproc.approvals import codec
from extproc.approvals.model import ApprovalRequest, CallBinding, Status

Change = Callable[[ApprovalRequest], ApprovalRequest]
"""A pure transition: returns the changed request (or the same one: nothing written) or raises
`ReviewRefused` (nothing written)."""

MAX_LIST = 1000
MAX_ID_LENGTH = 128
MAX_PENDING_PER_REQUESTER = 20
"""Requests one requester may have waiting for a decision at once (pending and not yet expired). Each holds
the call's arguments (up to 1 MiB) and asks for a reviewer's attention: one principal, or an agent retrying
in a loop with ever new arguments, must not fill the store or bury everyone else's requests. A retried call
finds the request it already made and counts nothing new."""


class ApprovalStore(Protocol):
    async def create_or_get_pending(self, request: ApprovalRequest) -> ApprovalRequest:
        """Insert a new PENDING request, unless a PENDING one for the same `CallBinding` is still open at
        `request.created_at`: then return that one, so a retried held call makes no second request. Raises
        `TooManyPending`, inserting nothing, when the requester already has `MAX_PENDING_PER_REQUESTER`
        requests open then: counted and inserted atomically across replicas, so no burst passes the limit."""
        ...

    async def claim_break_glass(self, request: ApprovalRequest, since: float, limit: int) -> bool:
        """Insert `request` (a break-glass grant, already APPROVED) unless its requester has `limit` or more
        break-glass requests created since `since`: counted and inserted atomically across replicas, so a
        burst of concurrent calls cannot exceed the limit. False when refused."""
        ...

    async def get(self, approval_id: str) -> ApprovalRequest | None: ...

    async def covering(self, binding: CallBinding, now: float) -> ApprovalRequest | None:
        """The newest request bound to exactly this call that `covers(now)`."""
        ...

    async def update(self, approval_id: str, change: Change) -> ApprovalRequest:
        """Apply `change` atomically (row lock / immediate transaction) and wake every waiter on every
        replica after commit. Raises `ReviewRefused("not_found")` for an unknown id, and whatever
        `ReviewRefused` the change raises, writing nothing."""
        ...

    async def list(
        self,
        *,
        approver_groups: frozenset[str],
        status: Status | None = None,
        break_glass: bool | None = None,
        unreviewed: bool = False,
        limit: int = 100,
    ) -> builtins.list[ApprovalRequest]:
        """Newest first, at most `limit` of the requests naming one of `approver_groups` as an approver group
        (none for no groups). The database filters by group before the limit, so a reviewer sees their
        groups' requests however many newer ones other groups have, and only those are read and decoded.
        `unreviewed` keeps requests nobody reviewed after the fact; `limit` is 1 to 1000."""
        ...

    async def wait_changed(self, approval_id: str, timeout: float, *, seen: ApprovalRequest | None = None) -> None:
        """Return when the request changes (on any replica) or after `timeout` seconds. Pass the request as
        last read in `seen`: if it already changed since, this returns at once. Re-read after it returns."""
        ...

    async def expire_due(self, now: float) -> builtins.list[ApprovalRequest]:
        """Move every pending request past its TTL and unused approval past its grant to EXPIRED."""
        ...

    async def close(self) -> None: ...


def check_limit(limit: int) -> None:
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIST:
        raise ValueError(f"a list limit is 1 to {MAX_LIST}")


def listed_groups(approver_groups: frozenset[str]) -> builtins.list[str]:
    """The groups a list filters by, sorted; one holding NUL is dropped: no request can name it (`check_new`)."""
    if not isinstance(approver_groups, frozenset | set) or not all(isinstance(g, str) for g in approver_groups):
        raise ValueError("a list's approver groups are a set of group names")
    return sorted(g for g in approver_groups if "\x00" not in g)


def check_change(before: ApprovalRequest, after: ApprovalRequest) -> None:
    """A transition changes a request's state, never which request, which call it is, or who may decide it
    (the SQLite store indexes its approver groups once, when the request is made)."""
    if after.id != before.id or after.binding != before.binding or after.approver_groups != before.approver_groups:
        raise ValueError("a transition may not change a request's id, binding or approver groups")


def valid_id(approval_id: object) -> bool:
    """Ids a store can index and notify (PostgreSQL's NOTIFY payload is bounded); any other id is unknown."""
    return (
        isinstance(approval_id, str)
        and 0 < len(approval_id) <= MAX_ID_LENGTH
        and approval_id.isascii()
        and approval_id.isprintable()
    )


def check_new(request: ApprovalRequest, *, break_glass: bool = False) -> None:
    if not valid_id(request.id):
        raise ValueError(f"an approval id is 1 to {MAX_ID_LENGTH} printable ASCII characters")
    if break_glass:
        if not request.break_glass or request.status is not Status.APPROVED:
            raise ValueError("a break-glass claim is an approved break-glass request")
    elif request.status is not Status.PENDING:
        raise ValueError("a new approval request starts pending")
    if any("\x00" in part for part in codec.binding_values(request.binding)):
        raise ValueError("a call binding holds no NUL characters")
    if any("\x00" in group for group in request.approver_groups):  # PostgreSQL's text cannot hold it
        raise ValueError("approver groups hold no NUL characters")
