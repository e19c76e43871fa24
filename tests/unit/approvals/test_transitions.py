"""The review rules: four eyes, N-of-M, the request and grant clocks, and every refusal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest

from extproc.approvals.errors import RefusalCode, ReviewRefused
from extproc.approvals.model import ApprovalRequest, ReviewAction, Reviewer, Status
from extproc.approvals.transitions import (
    approve,
    consume,
    deny,
    expire,
    review_break_glass,
    revoke,
    use_break_glass,
)
from tests.approval_requests import OFFICER, OFFICER_2, OFFICER_3, REQUESTER, T0, make_request

NOW = T0 + 60
SELF_WITH_EVERY_GROUP = Reviewer(REQUESTER, frozenset({"privacy-officers", "admins", "superusers"}))
OUTSIDER = Reviewer("https://idp.example|clinician-9", frozenset({"clinicians"}))


@contextmanager
def refused(code: RefusalCode) -> Iterator[None]:
    with pytest.raises(ReviewRefused) as caught:
        yield
    assert caught.value.code is code


def approved(one_time: bool = True, grant: int = 900) -> ApprovalRequest:
    return approve(
        make_request(one_time=one_time), OFFICER, grant_seconds=grant, reason=None, preview_sha256="p", now=NOW
    )


def test_an_approval_records_who_what_they_saw_and_starts_the_grant_at_the_decision() -> None:
    request = approve(make_request(), OFFICER, grant_seconds=None, reason="ok", preview_sha256="ab" * 32, now=NOW)
    assert request.status is Status.APPROVED
    assert request.grant_until == NOW + 900  # the rule's default grant
    (review,) = request.reviews
    assert (review.reviewer, review.action, review.at) == (OFFICER.id, ReviewAction.APPROVE, NOW)
    assert (review.reason, review.grant_seconds, review.preview_sha256) == ("ok", 900, "ab" * 32)
    assert request.approvers() == (OFFICER.id,)


def test_nobody_approves_their_own_request_whatever_groups_they_hold() -> None:
    with refused(RefusalCode.SELF_REVIEW):
        approve(make_request(), SELF_WITH_EVERY_GROUP, grant_seconds=60, reason=None, preview_sha256=None, now=NOW)
    admin_rule = make_request(approver_groups=("privacy-officers", "admins"))
    with refused(RefusalCode.SELF_REVIEW):
        approve(admin_rule, SELF_WITH_EVERY_GROUP, grant_seconds=60, reason=None, preview_sha256=None, now=NOW)
    with refused(RefusalCode.SELF_REVIEW):
        deny(make_request(), SELF_WITH_EVERY_GROUP, reason=None, now=NOW)


def test_only_holders_of_an_approver_group_review() -> None:
    with refused(RefusalCode.NOT_APPROVER):
        approve(make_request(), OUTSIDER, grant_seconds=None, reason=None, preview_sha256=None, now=NOW)
    with refused(RefusalCode.NOT_APPROVER):
        deny(make_request(), OUTSIDER, reason=None, now=NOW)
    with refused(RefusalCode.NOT_APPROVER):
        revoke(approved(), OUTSIDER, reason=None, now=NOW + 1)
    no_groups = Reviewer("https://idp.example|officer-1", frozenset())
    with refused(RefusalCode.NOT_APPROVER):
        approve(make_request(), no_groups, grant_seconds=None, reason=None, preview_sha256=None, now=NOW)


def test_n_of_m_needs_distinct_approvers_and_grants_the_shortest_duration_given() -> None:
    request = make_request(approvals_required=2)
    first = approve(request, OFFICER, grant_seconds=1800, reason=None, preview_sha256="a", now=NOW)
    assert first.status is Status.PENDING and first.grant_until is None
    with refused(RefusalCode.ALREADY_REVIEWED):
        approve(first, OFFICER, grant_seconds=1800, reason=None, preview_sha256="a", now=NOW + 1)
    second = approve(first, OFFICER_2, grant_seconds=600, reason=None, preview_sha256="b", now=NOW + 5)
    assert second.status is Status.APPROVED
    assert second.grant_until == NOW + 5 + 600
    assert second.approvers() == (OFFICER.id, OFFICER_2.id)
    assert [r.preview_sha256 for r in second.reviews] == ["a", "b"]


def test_approving_twice_is_refused_and_so_is_approving_a_decided_request() -> None:
    once = approved()
    with refused(RefusalCode.ALREADY_REVIEWED):
        approve(once, OFFICER, grant_seconds=None, reason=None, preview_sha256=None, now=NOW + 1)
    with refused(RefusalCode.NOT_PENDING):
        approve(once, OFFICER_2, grant_seconds=None, reason=None, preview_sha256=None, now=NOW + 1)
    denied = deny(make_request(), OFFICER, reason="too wide", now=NOW)
    with refused(RefusalCode.NOT_PENDING):
        approve(denied, OFFICER_2, grant_seconds=None, reason=None, preview_sha256=None, now=NOW + 1)


def test_the_grant_never_exceeds_the_rule_maximum_and_is_whole_positive_seconds() -> None:
    at_max = approve(make_request(), OFFICER, grant_seconds=3600, reason=None, preview_sha256=None, now=NOW)
    assert at_max.grant_until == NOW + 3600
    with refused(RefusalCode.GRANT_TOO_LONG):
        approve(make_request(), OFFICER, grant_seconds=3601, reason=None, preview_sha256=None, now=NOW)
    with refused(RefusalCode.GRANT_TOO_LONG):  # a rule whose default exceeds its maximum grants nothing
        approve(
            make_request(grant_seconds_default=7200),
            OFFICER,
            grant_seconds=None,
            reason=None,
            preview_sha256=None,
            now=NOW,
        )
    for bad in (0, -60, True, 1.5, "900"):
        with refused(RefusalCode.BAD_GRANT):
            approve(make_request(), OFFICER, grant_seconds=bad, reason=None, preview_sha256=None, now=NOW)  # type: ignore[arg-type]


def test_the_request_ttl_and_the_grant_ttl_are_separate_clocks() -> None:
    request = make_request()  # pending until T0 + 600
    with refused(RefusalCode.EXPIRED):
        approve(request, OFFICER, grant_seconds=None, reason=None, preview_sha256=None, now=T0 + 600)
    with refused(RefusalCode.EXPIRED):
        deny(request, OFFICER, reason=None, now=T0 + 600)
    late = approve(request, OFFICER, grant_seconds=900, reason=None, preview_sha256=None, now=T0 + 599)
    assert late.grant_until == T0 + 599 + 900  # counted from the decision, running past the request TTL
    assert late.covers(T0 + 1400) and not late.covers(T0 + 1499)
    with refused(RefusalCode.EXPIRED):
        approve(expire(request, T0 + 600), OFFICER, grant_seconds=None, reason=None, preview_sha256=None, now=T0 + 10)


def test_a_denial_keeps_the_reason_and_ends_the_request_even_after_another_approval() -> None:
    half = approve(
        make_request(approvals_required=2), OFFICER, grant_seconds=None, reason=None, preview_sha256=None, now=NOW
    )
    denied = deny(half, OFFICER_2, reason="not this quarter", now=NOW + 1)
    assert denied.status is Status.DENIED
    assert (denied.reviews[-1].action, denied.reviews[-1].reason) == (ReviewAction.DENY, "not this quarter")
    with refused(RefusalCode.ALREADY_REVIEWED):  # an approver does not change their mind into a denial
        deny(half, OFFICER, reason=None, now=NOW + 1)


def test_deny_after_approve_is_refused() -> None:
    with refused(RefusalCode.NOT_PENDING):
        deny(approved(), OFFICER_2, reason="changed my mind", now=NOW + 1)


def test_revoke_ends_a_running_approval_only() -> None:
    grant = approved(one_time=False)
    revoked = revoke(grant, OFFICER_3, reason="leaving the project", now=NOW + 10)
    assert revoked.status is Status.REVOKED and not revoked.covers(NOW + 11)
    assert (revoked.reviews[-1].reviewer, revoked.reviews[-1].action) == (OFFICER_3.id, ReviewAction.REVOKE)
    for not_running in (make_request(), revoked, consume(approved(), NOW + 1)):
        with refused(RefusalCode.NOT_REVOCABLE):
            revoke(not_running, OFFICER_2, reason=None, now=NOW + 20)
    with refused(RefusalCode.EXPIRED):
        revoke(grant, OFFICER_2, reason=None, now=NOW + 900)
    with refused(RefusalCode.SELF_REVIEW):
        revoke(grant, SELF_WITH_EVERY_GROUP, reason=None, now=NOW + 10)


def test_a_one_time_approval_is_consumed_once() -> None:
    request = approved()
    used = consume(request, NOW + 1)
    assert (used.status, used.consumed_at) == (Status.CONSUMED, NOW + 1)
    with refused(RefusalCode.NOT_COVERED):
        consume(used, NOW + 2)


def test_a_grant_covers_repeatedly_until_it_runs_out() -> None:
    grant = approved(one_time=False)
    assert consume(consume(grant, NOW + 1), NOW + 2) == grant
    with refused(RefusalCode.NOT_COVERED):
        consume(grant, NOW + 900)


def test_nothing_pending_denied_or_expired_is_consumed() -> None:
    for request in (
        make_request(),
        deny(make_request(), OFFICER, reason=None, now=NOW),
        expire(make_request(), T0 + 600),
    ):
        with refused(RefusalCode.NOT_COVERED):
            consume(request, NOW + 1)


def test_expire_moves_only_what_is_due() -> None:
    pending = make_request()
    assert expire(pending, T0 + 599) == pending
    assert expire(pending, T0 + 600).status is Status.EXPIRED
    grant = approved(one_time=False)
    assert expire(grant, NOW + 899) == grant
    assert expire(grant, NOW + 900).status is Status.EXPIRED
    unused = approved()
    assert expire(unused, NOW + 900).status is Status.EXPIRED
    for final in (consume(approved(), NOW + 1), deny(make_request(), OFFICER, reason=None, now=NOW)):
        assert expire(final, NOW + 10_000) == final


def test_a_break_glass_use_is_reviewed_once_by_another_approver() -> None:
    used = replace(approved(), break_glass=True)
    reviewed = review_break_glass(used, OFFICER_2, note="justified: code blue", now=NOW + 3600)
    assert reviewed.reviewed_after == OFFICER_2.id and reviewed.status is used.status
    assert reviewed.reviews[-1].action is ReviewAction.BREAK_GLASS_REVIEW
    with refused(RefusalCode.ALREADY_REVIEWED):
        review_break_glass(reviewed, OFFICER_3, note=None, now=NOW + 3601)
    with refused(RefusalCode.NOT_BREAK_GLASS):
        review_break_glass(approved(), OFFICER_2, note=None, now=NOW)
    with refused(RefusalCode.SELF_REVIEW):
        review_break_glass(used, SELF_WITH_EVERY_GROUP, note=None, now=NOW)
    with refused(RefusalCode.NOT_APPROVER):
        review_break_glass(used, OUTSIDER, note=None, now=NOW)


def test_refusals_carry_a_stable_code_and_a_message_without_data() -> None:
    refusal = ReviewRefused("not_found")
    assert refusal.code is RefusalCode.NOT_FOUND and refusal.message == "no approval request has that id"
    with pytest.raises(ValueError):
        ReviewRefused("made_up")


def test_break_glass_is_the_requesters_own_and_only_while_pending() -> None:
    used = use_break_glass(make_request(), REQUESTER, reason="crash", grant_seconds=300, now=NOW)
    assert used.status is Status.APPROVED and used.break_glass and not used.one_time
    assert used.grant_until == NOW + 300 and used.reviews[-1].action is ReviewAction.BREAK_GLASS_USE
    with refused(RefusalCode.NOT_APPROVER):
        use_break_glass(make_request(), OFFICER.id, reason="crash", grant_seconds=300, now=NOW)
    with refused(RefusalCode.NOT_PENDING):
        use_break_glass(used, REQUESTER, reason="again", grant_seconds=300, now=NOW)
    assert review_break_glass(used, OFFICER, note="justified", now=NOW).reviewed_after == OFFICER.id
