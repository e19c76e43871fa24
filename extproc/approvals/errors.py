"""Why a review or a store operation did not happen.

Messages name the rule or the fault only, never a request's arguments, reasons or anyone's data: they
travel to reviewers, logs and operators.
"""

from __future__ import annotations

from enum import StrEnum


class RefusalCode(StrEnum):
    """A stable code per refused transition, for the API to map and clients to branch on."""

    NOT_FOUND = "not_found"
    SELF_REVIEW = "self_review"
    NOT_APPROVER = "not_approver"
    NOT_PENDING = "not_pending"
    EXPIRED = "expired"
    ALREADY_REVIEWED = "already_reviewed"
    BAD_GRANT = "bad_grant"
    GRANT_TOO_LONG = "grant_too_long"
    NOT_REVOCABLE = "not_revocable"
    NOT_COVERED = "not_covered"
    NOT_BREAK_GLASS = "not_break_glass"
    PREVIEW_CHANGED = "preview_changed"


_DEFAULT_MESSAGES = {
    RefusalCode.NOT_FOUND: "no approval request has that id",
    RefusalCode.SELF_REVIEW: "nobody may review their own request",
    RefusalCode.NOT_APPROVER: "the reviewer holds none of the request's approver groups",
    RefusalCode.NOT_PENDING: "the request is no longer pending",
    RefusalCode.EXPIRED: "the request or its grant has expired",
    RefusalCode.ALREADY_REVIEWED: "this reviewer has already reviewed the request",
    RefusalCode.BAD_GRANT: "a grant must last a whole number of seconds, at least one",
    RefusalCode.GRANT_TOO_LONG: "the grant is longer than the rule's maximum",
    RefusalCode.NOT_REVOCABLE: "only an approved request can be revoked",
    RefusalCode.NOT_COVERED: "no running approval covers this call",
    RefusalCode.NOT_BREAK_GLASS: "the request is not a break-glass use",
    RefusalCode.PREVIEW_CHANGED: "the request's preview changed since you viewed it: show it again, and approve "
                                 "what it shows now",
}


class ReviewRefused(Exception):
    """A transition the review rules do not allow; nothing was changed."""

    def __init__(self, code: RefusalCode | str, message: str | None = None) -> None:
        self.code = RefusalCode(code)
        self.message = message or _DEFAULT_MESSAGES[self.code]
        super().__init__(f"{self.code}: {self.message}")


class StoreUnavailable(Exception):
    """The approval database could not be read or written: callers fail closed (a held call gets an
    error, never a pass)."""


class TooManyPending(Exception):
    """The requester already has `limit` requests waiting for a decision: no new one was made."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"the requester already has {limit} approval requests pending")
