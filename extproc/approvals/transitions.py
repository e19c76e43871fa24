"""The review rules: every way an approval request may change, as pure functions.

Each takes a request and returns the changed copy, or raises `ReviewRefused` and changes nothing. No I/O
and no clock: the store runs them inside its atomic read-modify-write, so the rule is checked against the
row as it is under the lock, on whichever replica decides. Four eyes strictly: nobody reviews their own
request, whatever groups they hold.
"""

from __future__ import annotations

from dataclasses import replace

from extproc.approvals.errors import RefusalCode, ReviewRefused
from extproc.approvals.model import ApprovalRequest, Review, ReviewAction, Reviewer, Status


def approve(
    request: ApprovalRequest,
    reviewer: Reviewer,
    *,
    grant_seconds: int | None,
    reason: str | None,
    preview_sha256: str | None,
    now: float,
) -> ApprovalRequest:
    """Add `reviewer`'s approval; the request becomes APPROVED once `approvals_required` distinct approvers
    agree, its grant lasting the shortest any of them gave (nobody approved longer than they said)."""
    _check_reviewer(request, reviewer)
    _check_not_reviewed(request, reviewer)
    _check_pending(request, now)
    grant = request.grant_seconds_default if grant_seconds is None else grant_seconds
    if not isinstance(grant, int) or isinstance(grant, bool) or grant < 1:
        raise ReviewRefused(RefusalCode.BAD_GRANT)
    if grant > request.max_grant_seconds:
        raise ReviewRefused(RefusalCode.GRANT_TOO_LONG)
    review = Review(
        reviewer.id, ReviewAction.APPROVE, now, reason=reason, grant_seconds=grant, preview_sha256=preview_sha256
    )
    reviewed = replace(request, reviews=(*request.reviews, review))
    approvals = [r for r in reviewed.reviews if r.action is ReviewAction.APPROVE]
    if len({r.reviewer for r in approvals}) < request.approvals_required:
        return reviewed
    shortest = min(r.grant_seconds for r in approvals if r.grant_seconds is not None)
    return replace(reviewed, status=Status.APPROVED, grant_until=now + shortest)


def deny(request: ApprovalRequest, reviewer: Reviewer, *, reason: str | None, now: float) -> ApprovalRequest:
    """Deny a pending request: one approver's no ends it, whatever others approved before."""
    _check_reviewer(request, reviewer)
    _check_not_reviewed(request, reviewer)
    _check_pending(request, now)
    review = Review(reviewer.id, ReviewAction.DENY, now, reason=reason)
    return replace(request, status=Status.DENIED, reviews=(*request.reviews, review))


def revoke(request: ApprovalRequest, reviewer: Reviewer, *, reason: str | None, now: float) -> ApprovalRequest:
    """End a running approval before its grant runs out."""
    _check_reviewer(request, reviewer)
    if request.status is not Status.APPROVED:
        raise ReviewRefused(RefusalCode.NOT_REVOCABLE)
    if request.grant_until is None or now >= request.grant_until:
        raise ReviewRefused(RefusalCode.EXPIRED)
    review = Review(reviewer.id, ReviewAction.REVOKE, now, reason=reason)
    return replace(request, status=Status.REVOKED, reviews=(*request.reviews, review))


def consume(request: ApprovalRequest, now: float) -> ApprovalRequest:
    """Use the approval for one call: a one-time approval becomes CONSUMED (so exactly one call passes); a
    time-boxed grant is left as it is and keeps covering until it runs out or is revoked."""
    if not request.covers(now):
        raise ReviewRefused(RefusalCode.NOT_COVERED)
    if request.one_time:
        return replace(request, status=Status.CONSUMED, consumed_at=now)
    return request


def expire(request: ApprovalRequest, now: float) -> ApprovalRequest:
    """EXPIRED for a pending request past its TTL or an unused approval past its grant; any other request
    is returned unchanged (it may have been decided since it was found due)."""
    pending_too_long = request.status is Status.PENDING and now >= request.expires_at
    grant_ran_out = (
        request.status is Status.APPROVED
        and request.consumed_at is None
        and request.grant_until is not None
        and now >= request.grant_until
    )
    if pending_too_long or grant_ran_out:
        return replace(request, status=Status.EXPIRED)
    return request


def use_break_glass(
    request: ApprovalRequest, requester: str, *, reason: str, grant_seconds: int, now: float
) -> ApprovalRequest:
    """The caller's break-glass: a pending request of its own becomes a short grant at once, flagged for the
    after-the-fact review (the rule decides who may, how often and for how long)."""
    if requester != request.requester:
        raise ReviewRefused(RefusalCode.NOT_APPROVER)
    if request.status is not Status.PENDING:
        raise ReviewRefused(RefusalCode.NOT_PENDING)
    use = Review(requester, ReviewAction.BREAK_GLASS_USE, now, reason=reason, grant_seconds=grant_seconds)
    return replace(request, status=Status.APPROVED, break_glass=True, one_time=False, reason=reason,
                   grant_until=now + grant_seconds, reviews=(*request.reviews, use))


def withdraw(request: ApprovalRequest, now: float) -> ApprovalRequest:
    """The gateway takes back a grant it could not record (the journal was down): nothing may use it."""
    return replace(request, status=Status.REVOKED, grant_until=min(request.grant_until or now, now))


def review_break_glass(
    request: ApprovalRequest, reviewer: Reviewer, *, note: str | None, now: float
) -> ApprovalRequest:
    """Record the after-the-fact review of a break-glass use, taking it off the to-review list."""
    _check_reviewer(request, reviewer)
    if not request.break_glass:
        raise ReviewRefused(RefusalCode.NOT_BREAK_GLASS)
    if request.reviewed_after is not None:
        raise ReviewRefused(RefusalCode.ALREADY_REVIEWED)
    review = Review(reviewer.id, ReviewAction.BREAK_GLASS_REVIEW, now, reason=note)
    return replace(request, reviewed_after=reviewer.id, reviews=(*request.reviews, review))


def _check_reviewer(request: ApprovalRequest, reviewer: Reviewer) -> None:
    if reviewer.id == request.requester:
        raise ReviewRefused(RefusalCode.SELF_REVIEW)
    if not reviewer.groups.intersection(request.approver_groups):
        raise ReviewRefused(RefusalCode.NOT_APPROVER)


def _check_not_reviewed(request: ApprovalRequest, reviewer: Reviewer) -> None:
    decided = (ReviewAction.APPROVE, ReviewAction.DENY)
    if any(r.reviewer == reviewer.id and r.action in decided for r in request.reviews):
        raise ReviewRefused(RefusalCode.ALREADY_REVIEWED)


def _check_pending(request: ApprovalRequest, now: float) -> None:
    if request.status is Status.EXPIRED:
        raise ReviewRefused(RefusalCode.EXPIRED)
    if request.status is not Status.PENDING:
        raise ReviewRefused(RefusalCode.NOT_PENDING)
    if now >= request.expires_at:
        raise ReviewRefused(RefusalCode.EXPIRED)
