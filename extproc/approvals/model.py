"""What an approval is: the call it is bound to, its reviews, and the states it moves through.

Plain values only (no storage, no transport), shared by the store, the review service, the policy's
approval rules and the exchange that holds a call. Times are UNIX seconds (float) from the deciding
process's clock; every comparison with "now" takes `now` as an argument so tests and replicas agree on
what they compare.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """An approval request's state. Only PENDING moves; every other state is final except APPROVED, which
    ends as CONSUMED (one-time), EXPIRED (its grant ran out) or REVOKED."""

    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"
    EXPIRED = "expired"
    REVOKED = "revoked"
    CONSUMED = "consumed"


class ReviewAction(StrEnum):
    """What a review did: an approval counts towards N-of-M; a denial, a revocation, a break-glass use and its
    after-the-fact review keep who did it and why."""

    APPROVE = "approve"
    DENY = "deny"
    REVOKE = "revoke"
    BREAK_GLASS_REVIEW = "break_glass_review"
    BREAK_GLASS_USE = "break_glass_use"
    """The caller's own override, with its stated reason (counted for the rule's per-hour limit)."""


def arguments_digest(arguments: dict[str, Any]) -> str:
    """A canonical SHA-256 of a call's arguments: keys sorted, no whitespace, non-ASCII kept as UTF-8.

    Two calls have the same digest exactly when their arguments are the same JSON value, so an approval
    bound to a digest never covers changed (or wider) arguments.
    """
    text = json.dumps(arguments, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class CallBinding:
    """The exact call an approval covers: who, which tool, which arguments, under which policy."""

    principal: str
    """The requester as `issuer|subject` (subjects are unique per issuer only)."""
    tool: str
    arguments_digest: str
    policy_version: str
    """The policy's content digest: a changed policy does not inherit approvals given under another."""
    client: str = ""
    """The OAuth client the call came through (the token's `azp`/`client_id`; "" when it names none):
    reviewers approve this person's call through this agent, not through any agent the person uses."""


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who reviews, from a verified token: nothing a reviewer types decides who they are."""

    id: str
    """`issuer|subject`, comparable with `CallBinding.principal`."""
    groups: frozenset[str]


@dataclass(frozen=True, slots=True)
class Review:
    """One reviewer's decision on a request."""

    reviewer: str
    """`issuer|subject` of the reviewer's verified token."""
    action: ReviewAction
    at: float
    reason: str | None = None
    grant_seconds: int | None = None
    """For an approval: how long the grant lasts (at most the rule's maximum)."""
    preview_sha256: str | None = None
    """For an approval: SHA-256 of the preview this reviewer was shown (the proof of what they saw)."""


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """One request for approval of one call, and everything decided about it."""

    id: str
    binding: CallBinding
    rule: str
    """The policy's approval rule that asked for it."""
    requester_groups: tuple[str, ...]
    reason: str | None
    """The caller's stated reason, if any."""
    arguments: dict[str, Any]
    """The call's arguments as sent: the store holds them so each reviewer is shown them masked per the
    reviewer's own profile. Never copied into journals, spans, webhooks or errors."""
    approver_groups: tuple[str, ...]
    approvals_required: int
    created_at: float
    expires_at: float
    """Request TTL: after it a pending request can no longer be decided."""
    max_grant_seconds: int
    grant_seconds_default: int
    """The grant an approver gives when they name no duration."""
    status: Status = Status.PENDING
    reviews: tuple[Review, ...] = ()
    grant_until: float | None = None
    """Set when APPROVED: the approval covers the call until then."""
    one_time: bool = True
    """A one-time approval is consumed by the first call it covers; otherwise it is a time-boxed grant that
    covers the same call until `grant_until` or until revoked."""
    consumed_at: float | None = None
    break_glass: bool = False
    reviewed_after: str | None = None
    """For break-glass use: who reviewed it after the fact."""

    @property
    def requester(self) -> str:
        return self.binding.principal

    @property
    def client_id(self) -> str | None:
        return self.binding.client or None

    def approvers(self) -> tuple[str, ...]:
        return tuple(r.reviewer for r in self.reviews if r.action is ReviewAction.APPROVE)

    def covers(self, now: float) -> bool:
        """Approved, its grant running, and (if one-time) not yet used."""
        return (
            self.status is Status.APPROVED
            and self.grant_until is not None
            and now < self.grant_until
            and (not self.one_time or self.consumed_at is None)
        )
