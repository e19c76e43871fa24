"""The reviewer API through a real gRPC server on loopback: who may see and decide, what they are shown,
how every refusal reaches the client, and `chaperone approvals` end to end."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import grpc
import pytest

from extproc.approvals.api.generated import SERVICE, approvals_pb2, method_path
from extproc.approvals.errors import ReviewRefused
from extproc.approvals.model import Reviewer, Status
from extproc.identity.devkeys import mint
from extproc.identity.tokens import AuthError
from extproc.launcher import free_port
from tests.integration.approvals.fake_reviews import FakeReviews
from tests.integration.approvals.review_api import (
    CLINICAL_OFFICER,
    INTERN,
    OFFICER,
    PHARMACY_LEAD,
    ReviewApi,
    cli,
    requests,
    serving,
)
from tests.integration.conftest import Setup

pb = approvals_pb2
Token = Callable[..., str]


def call(api: ReviewApi, method: str, request: Any, token: str | None = None,
         metadata: tuple[tuple[str, str], ...] | None = None) -> Any:
    """One RPC; `metadata` replaces the bearer token's when given."""
    output = getattr(pb, SERVICE.methods_by_name[method].output_type.name)
    with grpc.insecure_channel(api.target) as channel:
        rpc = channel.unary_unary(method_path(method), request_serializer=type(request).SerializeToString,
                                  response_deserializer=output.FromString)
        sent = metadata if metadata is not None else ((("authorization", f"Bearer {token}"),) if token else ())
        return rpc(request, metadata=sent, timeout=10)


def refused(api: ReviewApi, method: str, request: Any, token: str | None = None,
            metadata: tuple[tuple[str, str], ...] | None = None) -> tuple[grpc.StatusCode, str, str | None]:
    """(status, message, chaperone-code) of a call that must fail."""
    with pytest.raises(grpc.RpcError) as failed:
        call(api, method, request, token, metadata)
    error = failed.value
    return error.code(), error.details(), dict(error.trailing_metadata() or ()).get("chaperone-code")


def as_(tokens: Token, who: tuple[str, tuple[str, ...]]) -> str:
    return tokens(*who)


UNSEEN = "0" * 64
"""A well-formed preview hash of nothing anyone was shown."""


def seen(api: ReviewApi, approval_id: str, token: str) -> str:
    """The hash of the request's preview as Get shows it to `token`'s reviewer: what their Approve names."""
    return call(api, "Get", pb.GetRequest(id=approval_id), token).preview_sha256


def approve(approval_id: str, api: ReviewApi, token: str, **fields: Any) -> Any:
    """An Approve of what Get showed this reviewer."""
    return pb.ApproveRequest(id=approval_id, preview_sha256=seen(api, approval_id, token), **fields)


def test_list_shows_only_requests_whose_approver_groups_the_caller_holds(review_api: ReviewApi, tokens: Token):
    listed = call(review_api, "List", pb.ListRequest(), as_(tokens, OFFICER)).approvals
    assert [a.id for a in listed] == ["apr-export", "apr-glass"]
    assert review_api.reviews.list_calls[-1] == {"status": None, "break_glass": None, "unreviewed": False,
                                                 "limit": 100, "approver_groups": frozenset({"privacy-officers"})}
    assert [a.id for a in call(review_api, "List", pb.ListRequest(), as_(tokens, PHARMACY_LEAD)).approvals] == [
        "apr-med"]
    assert not call(review_api, "List", pb.ListRequest(), as_(tokens, INTERN)).approvals

    pending = call(review_api, "List", pb.ListRequest(status="pending", limit=5), as_(tokens, OFFICER)).approvals
    assert [a.id for a in pending] == ["apr-export"]
    assert review_api.reviews.list_calls[-1]["status"] is Status.PENDING
    assert review_api.reviews.list_calls[-1]["limit"] == 5
    unreviewed = call(review_api, "List", pb.ListRequest(break_glass=True, unreviewed=True), as_(tokens, OFFICER))
    assert [a.id for a in unreviewed.approvals] == ["apr-glass"]
    assert review_api.reviews.list_calls[-1]["break_glass"] is True


def test_a_reviewer_sees_who_asks_why_and_the_arguments_masked_for_them(review_api: ReviewApi, tokens: Token):
    shown = call(review_api, "Get", pb.GetRequest(id="apr-export"), as_(tokens, OFFICER))
    assert (shown.tool, shown.requester, shown.client_id) == (
        "export_cohort", "https://chaperone.local/dev|ana", "chaperone-dev")
    assert list(shown.requester_groups) == ["analysts"]
    assert (shown.reason, shown.rule, shown.status) == ("quarterly outcomes report", "export_cohort-needs-approval",
                                                        "pending")
    assert list(shown.approver_groups) == ["privacy-officers"] and shown.approvals_required == 1
    assert shown.expires_at.endswith("Z") and shown.created_at < shown.expires_at
    assert shown.preview_json == '{"cohort":"diabetes","contact":"[EMAIL]","limit":500}'
    assert shown.preview_sha256 == hashlib.sha256(shown.preview_json.encode()).hexdigest()

    clinical = call(review_api, "Get", pb.GetRequest(id="apr-export"), as_(tokens, CLINICAL_OFFICER))
    assert json.loads(clinical.preview_json)["contact"] == "ana.lopez@example.org"
    assert clinical.preview_sha256 == hashlib.sha256(clinical.preview_json.encode()).hexdigest()
    assert clinical.preview_sha256 != shown.preview_sha256


def test_approving_records_the_hash_of_the_bytes_the_approver_was_shown(review_api: ReviewApi, tokens: Token):
    token = as_(tokens, OFFICER)
    shown = call(review_api, "Get", pb.GetRequest(id="apr-export"), token)
    approved = call(review_api, "Approve", pb.ApproveRequest(id="apr-export", grant_seconds=900, reason="ok",
                                                             preview_sha256=shown.preview_sha256), token)

    ((operation, approval_id, asked),) = review_api.reviews.decisions
    assert (operation, approval_id) == ("approve", "apr-export")
    assert asked["preview_sha256"] == shown.preview_sha256 == hashlib.sha256(shown.preview_json.encode()).hexdigest()
    assert asked["reviewer"].id == "https://chaperone.local/dev|olga"
    assert asked["reviewer"].groups == frozenset({"privacy-officers"})
    assert (asked["grant_seconds"], asked["reason"]) == (900, "ok")
    assert approved.status == "approved" and approved.grant_until
    assert list(approved.approvers) == ["https://chaperone.local/dev|olga"]
    (review,) = approved.reviews
    assert (review.action, review.grant_seconds, review.preview_sha256) == ("approve", 900, shown.preview_sha256)

    clinical = as_(tokens, CLINICAL_OFFICER)
    again = refused(review_api, "Approve", approve("apr-export", review_api, clinical), clinical)
    assert again == (grpc.StatusCode.FAILED_PRECONDITION, "the request is no longer pending", "not_pending")


def test_an_approval_naming_a_preview_other_than_the_one_shown_now_is_refused(review_api: ReviewApi, tokens: Token):
    officer, clinical = as_(tokens, OFFICER), as_(tokens, CLINICAL_OFFICER)
    changed = "the request's preview changed since you viewed it: show it again, and approve what it shows now"
    for wrong in (UNSEEN, seen(review_api, "apr-export", clinical)):  # nothing shown, or shown to someone else
        got = refused(review_api, "Approve", pb.ApproveRequest(id="apr-export", preview_sha256=wrong), officer)
        assert got == (grpc.StatusCode.FAILED_PRECONDITION, changed, "preview_changed")
    viewed = seen(review_api, "apr-export", officer)
    before = review_api.reviews.requests["apr-export"]  # what the officer is shown changes after they looked
    review_api.reviews.requests["apr-export"] = replace(before, arguments={**before.arguments, "limit": 5000})
    got = refused(review_api, "Approve", pb.ApproveRequest(id="apr-export", preview_sha256=viewed), officer)
    assert got == (grpc.StatusCode.FAILED_PRECONDITION, changed, "preview_changed")
    assert not review_api.reviews.decisions
    assert review_api.reviews.requests["apr-export"].status is Status.PENDING


def test_n_of_m_approvals_and_the_default_grant(review_api: ReviewApi, tokens: Token):
    review_api.reviews.requests["apr-export"] = replace(review_api.reviews.requests["apr-export"],
                                                        approvals_required=2)
    officer, clinical = as_(tokens, OFFICER), as_(tokens, CLINICAL_OFFICER)
    first = call(review_api, "Approve", approve("apr-export", review_api, officer), officer)
    assert (first.status, list(first.approvers)) == ("pending", ["https://chaperone.local/dev|olga"])
    assert review_api.reviews.decisions[-1][2]["grant_seconds"] is None, "unset: the rule's default"
    assert review_api.reviews.decisions[-1][2]["reason"] is None
    twice = refused(review_api, "Approve", approve("apr-export", review_api, officer), officer)
    assert twice[0] == grpc.StatusCode.FAILED_PRECONDITION and twice[2] == "already_reviewed"
    second = call(review_api, "Approve", approve("apr-export", review_api, clinical), clinical)
    assert second.status == "approved" and second.default_grant_seconds == 600
    assert [r.grant_seconds for r in second.reviews] == [600, 600]


def test_nobody_approves_their_own_request_whatever_groups_they_hold(review_api: ReviewApi, tokens: Token):
    requester = tokens("ana", ("analysts", "privacy-officers"))
    assert [a.id for a in call(review_api, "List", pb.ListRequest(), requester).approvals] == [
        "apr-export", "apr-glass"], "a requester who is also an approver sees the request"
    got = refused(review_api, "Approve", approve("apr-export", review_api, requester), requester)
    assert got == (grpc.StatusCode.PERMISSION_DENIED, "nobody may review their own request", "self_review")
    assert review_api.reviews.requests["apr-export"].status is Status.PENDING


@pytest.mark.parametrize(("method", "request_message"), [
    ("Get", pb.GetRequest(id="apr-med")),
    ("Approve", pb.ApproveRequest(id="apr-med", preview_sha256=UNSEEN)),
    ("Deny", pb.DenyRequest(id="apr-med", reason="no")),
    ("Revoke", pb.RevokeRequest(id="apr-med", reason="no")),
    ("ReviewBreakGlass", pb.ReviewBreakGlassRequest(id="apr-med", note="fine")),
])
def test_a_reviewer_without_an_approver_group_of_the_request_cannot_see_or_decide_it(
    review_api: ReviewApi, tokens: Token, method: str, request_message: Any
):
    for who in (OFFICER, INTERN):
        status, message, code = refused(review_api, method, request_message, as_(tokens, who))
        assert (status, code) == (grpc.StatusCode.PERMISSION_DENIED, "not_approver")
        assert message == "you hold none of this request's approver groups"
        assert "update_medication" not in message and "P000007" not in message
    assert not review_api.reviews.decisions


@pytest.mark.parametrize(("code", "status"), [
    ("self_review", grpc.StatusCode.PERMISSION_DENIED),
    ("not_approver", grpc.StatusCode.PERMISSION_DENIED),
    ("not_pending", grpc.StatusCode.FAILED_PRECONDITION),
    ("expired", grpc.StatusCode.FAILED_PRECONDITION),
    ("already_reviewed", grpc.StatusCode.FAILED_PRECONDITION),
    ("not_revocable", grpc.StatusCode.FAILED_PRECONDITION),
    ("not_covered", grpc.StatusCode.FAILED_PRECONDITION),
    ("not_break_glass", grpc.StatusCode.FAILED_PRECONDITION),
    ("bad_grant", grpc.StatusCode.INVALID_ARGUMENT),
    ("grant_too_long", grpc.StatusCode.INVALID_ARGUMENT),
])
def test_each_refusal_of_the_review_rules_has_its_status_and_code(
    review_api: ReviewApi, tokens: Token, code: str, status: grpc.StatusCode
):
    review_api.reviews.refuse_next = ReviewRefused(code, f"refused because {code}")
    officer = as_(tokens, OFFICER)
    got = refused(review_api, "Approve", approve("apr-export", review_api, officer), officer)
    assert got == (status, f"refused because {code}", code)
    assert call(review_api, "Get", pb.GetRequest(id="apr-export"), as_(tokens, OFFICER)).status == "pending"


def test_an_unknown_id_is_not_found(review_api: ReviewApi, tokens: Token):
    for method, message in (("Get", pb.GetRequest(id="apr-nope")), ("Deny", pb.DenyRequest(id="apr-nope", reason="x"))):
        got = refused(review_api, method, message, as_(tokens, OFFICER))
        assert got == (grpc.StatusCode.NOT_FOUND, "no approval request has that id", "not_found")


@pytest.mark.parametrize(("method", "request_message"), [
    ("List", pb.ListRequest()),
    ("Get", pb.GetRequest(id="apr-export")),
    ("Approve", pb.ApproveRequest(id="apr-export", preview_sha256=UNSEEN)),
    ("Revoke", pb.RevokeRequest(id="apr-glass", reason="done")),
])
def test_store_down_is_unavailable_and_nothing_is_decided(
    review_api: ReviewApi, tokens: Token, method: str, request_message: Any
):
    review_api.reviews.down = True
    got = refused(review_api, method, request_message, as_(tokens, OFFICER))
    assert got == (grpc.StatusCode.UNAVAILABLE, "approvals store unavailable: nothing was decided", "unavailable")
    assert review_api.reviews.requests["apr-export"].status is Status.PENDING


@pytest.mark.parametrize(("method", "request_message", "says"), [
    ("Get", pb.GetRequest(id=""), "id is required"),
    ("Get", pb.GetRequest(id="../../etc/passwd"), "id is not an approval id"),
    ("Get", pb.GetRequest(id="a" * 129), "id is not an approval id"),
    ("Approve", pb.ApproveRequest(id="apr-export", grant_seconds=-60), "grant_seconds must be a positive number"),
    ("Approve", pb.ApproveRequest(id="apr-export", grant_seconds=0), "grant_seconds must be a positive number"),
    ("Approve", pb.ApproveRequest(id="apr-export", reason="x" * 2001), "reason is 2,001 characters long"),
    ("Approve", pb.ApproveRequest(id="apr-export", reason="ok\x1b[2J"), "reason contains control characters"),
    ("Approve", pb.ApproveRequest(id="apr-export"), "preview_sha256 is required: send the preview_sha256 that Get"),
    ("Approve", pb.ApproveRequest(id="apr-export", preview_sha256="AB" * 32), "preview_sha256 is not a SHA-256"),
    ("Approve", pb.ApproveRequest(id="apr-export", preview_sha256=UNSEEN[1:]), "preview_sha256 is not a SHA-256"),
    ("Deny", pb.DenyRequest(id="apr-export"), "reason is required"),
    ("Revoke", pb.RevokeRequest(id="apr-glass", reason="  \n "), "reason is required"),
    ("ReviewBreakGlass", pb.ReviewBreakGlassRequest(id="apr-glass"), "note is required"),
    ("List", pb.ListRequest(status="done"), "status must be one of: pending, approved"),
    ("List", pb.ListRequest(limit=501), "limit is at most 500"),
])
def test_bad_input_is_invalid_argument_with_what_to_send(
    review_api: ReviewApi, tokens: Token, method: str, request_message: Any, says: str
):
    status, message, code = refused(review_api, method, request_message, as_(tokens, OFFICER))
    assert (status, code) == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_argument")
    assert message.startswith(says), message
    assert not review_api.reviews.decisions


def test_a_reason_of_exactly_the_limit_is_accepted(review_api: ReviewApi, tokens: Token):
    call(review_api, "Deny", pb.DenyRequest(id="apr-export", reason="x" * 2000), as_(tokens, OFFICER))
    assert review_api.reviews.decisions[-1][2]["reason"] == "x" * 2000


def test_every_rpc_needs_a_valid_token(review_api: ReviewApi, tokens: Token, setup: Setup):
    identity = setup.policy.identity
    assert identity.dev_signing_key and identity.jwks.file
    expired = mint(identity.dev_signing_key, identity.jwks.file, identity.issuer, identity.audience, "olga",
                   ["privacy-officers"], ttl_seconds=-120)
    other_audience = mint(identity.dev_signing_key, identity.jwks.file, identity.issuer, "https://elsewhere/mcp",
                          "olga", ["privacy-officers"])
    cases = [
        ((), "authentication required"),
        ((("authorization", "Bearer not-a-jwt"),), "malformed token"),
        ((("authorization", "Basic b2xnYTpwdw=="),), "the Authorization header must be 'Bearer <token>'"),
        ((("authorization", f"Bearer {expired}"),), "token expired"),
        ((("authorization", f"Bearer {other_audience}"),), "wrong audience"),
        ((("authorization", f"Bearer {as_(tokens, OFFICER)}"), ("authorization", "Bearer x")),
         "send exactly one Authorization header"),
    ]
    for method, message in (("List", pb.ListRequest()), ("Approve", pb.ApproveRequest(id="apr-export"))):
        for metadata, says in cases:
            status, text, code = refused(review_api, method, message, metadata=metadata)
            assert (status, code) == (grpc.StatusCode.UNAUTHENTICATED, "unauthenticated"), text
            assert text.startswith(says), text
    assert not review_api.reviews.decisions and not review_api.reviews.list_calls


def test_tokens_that_cannot_be_verified_now_are_unavailable_not_unauthenticated():
    def identity_provider_down(authorization: str | None) -> Reviewer:
        raise AuthError(503, None, "cannot verify tokens now: the identity provider's keys are unavailable")

    with serving(FakeReviews(requests()), identity_provider_down) as api:
        got = refused(api, "Approve", pb.ApproveRequest(id="apr-export"), "any")
    assert got == (grpc.StatusCode.UNAVAILABLE, "cannot verify tokens now: the identity provider's keys are "
                   "unavailable", "unavailable")
    assert not api.reviews.decisions


def test_deny_revoke_and_break_glass_review_reach_the_rules(review_api: ReviewApi, tokens: Token):
    token = as_(tokens, OFFICER)
    denied = call(review_api, "Deny", pb.DenyRequest(id="apr-export", reason=" too wide "), token)
    assert denied.status == "denied" and denied.reviews[0].action == "deny" and denied.reviews[0].reason == "too wide"
    reviewed = call(review_api, "ReviewBreakGlass", pb.ReviewBreakGlassRequest(id="apr-glass", note="justified"), token)
    assert reviewed.reviewed_after == "https://chaperone.local/dev|olga" and reviewed.break_glass
    revoked = call(review_api, "Revoke", pb.RevokeRequest(id="apr-glass", reason="shift over"), token)
    assert revoked.status == "revoked"
    assert [(op, i, {k: v for k, v in asked.items() if k != "reviewer"})
            for op, i, asked in review_api.reviews.decisions] == [
        ("deny", "apr-export", {"reason": "too wide"}),
        ("review_break_glass", "apr-glass", {"note": "justified"}),
        ("revoke", "apr-glass", {"reason": "shift over"}),
    ]


def test_cli_lists_shows_and_decides(review_api: ReviewApi, tokens: Token):
    token = as_(tokens, OFFICER)
    listed = cli(review_api.target, "list", token=token)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "TOOL", "REQUESTER", "EXPIRES", "/", "UNTIL"]
    assert lines[1].startswith("apr-export") and "pending (0 of 1 approvals)" in lines[1]
    assert lines[2].startswith("apr-glass") and lines[2].endswith("break-glass, unreviewed")
    unreviewed = cli(review_api.target, "list", "--break-glass", "--unreviewed", token=token)
    assert [line.split()[0] for line in unreviewed.stdout.splitlines()[1:]] == ["apr-glass"]

    shown = cli(review_api.target, "show", "apr-export", token=token)
    assert shown.returncode == 0, shown.stderr
    for expected in ("export_cohort", "https://chaperone.local/dev|ana  (groups: analysts)", "chaperone-dev",
                     "quarterly outcomes report", '"contact": "[EMAIL]"', "expires:", "(in 14m"):
        assert expected in shown.stdout, expected
    assert "ana.lopez@example.org" not in shown.stdout

    approved = cli(review_api.target, "approve", "apr-export", "--for", "15m", "--reason", "checked", token=token)
    assert approved.returncode == 0, approved.stderr
    printed, outcome = approved.stdout.rstrip("\n").rsplit("\n\n", 1)
    preview = "arguments, masked for you"
    assert printed.startswith("id:          apr-export\nstatus:      pending"), "printed as show does"
    assert printed.split(preview)[1] == shown.stdout.rstrip("\n").split(preview)[1], "the same preview"
    assert outcome.startswith("approved apr-export: export_cohort for https://chaperone.local/dev|ana")
    asked = review_api.reviews.decisions[-1][2]
    assert asked["grant_seconds"] == 900
    assert asked["preview_sha256"] in printed, "what it approved is what it printed"

    reviewed = cli(review_api.target, "review", "apr-glass", "--note", "justified", token=token)
    assert reviewed.returncode == 0 and "break-glass use apr-glass" in reviewed.stdout
    revoked = cli(review_api.target, "revoke", "apr-glass", "--reason", "shift over", token=token)
    assert (revoked.returncode, revoked.stdout.strip()) == (0, "revoked apr-glass: revoked")


def test_cli_refusals_exit_2_and_unavailability_exits_1(review_api: ReviewApi, tokens: Token):
    token = as_(tokens, OFFICER)
    unknown = cli(review_api.target, "deny", "apr-nope", "--reason", "x", token=token)
    assert (unknown.returncode, unknown.stderr.strip()) == (
        2, "chaperone: no approval request has that id [not_found]")
    intern = cli(review_api.target, "approve", "apr-export", token=as_(tokens, INTERN))
    assert intern.returncode == 2 and "[not_approver]" in intern.stderr
    assert cli(review_api.target, "list", token=None).returncode == 2
    assert "CHAPERONE_TOKEN" in cli(review_api.target, "list", token=None).stderr
    assert "[unauthenticated]" in cli(review_api.target, "list", token="junk").stderr

    review_api.reviews.down = True
    down = cli(review_api.target, "approve", "apr-export", token=token)
    assert (down.returncode, down.stderr.strip()) == (
        1, "chaperone: approvals store unavailable: nothing was decided [unavailable]")
    nobody = cli(f"127.0.0.1:{free_port()}", "list", token=token)
    assert nobody.returncode == 1 and "cannot reach the review API" in nobody.stderr


def test_cli_escapes_what_a_requester_wrote(review_api: ReviewApi, tokens: Token):
    """A reason or argument crafted with terminal escapes or bidi overrides cannot rewrite the screen."""
    hostile = replace(review_api.reviews.requests["apr-export"], reason="fine\x1b[2K\u202eevil",
                      arguments={"cohort": "x\u009b31m", "limit": 1})
    review_api.reviews.requests["apr-export"] = hostile
    shown = cli(review_api.target, "show", "apr-export", token=as_(tokens, OFFICER))
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout and "\u202e" not in shown.stdout and "\u009b" not in shown.stdout
    assert "fine\\u001b[2K\\u202eevil" in shown.stdout and "x\\u009b31m" in shown.stdout
