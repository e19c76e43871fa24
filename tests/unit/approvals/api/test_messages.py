"""What a reviewer is shown: the preview's canonical bytes and their hash, and the request on the wire."""

from __future__ import annotations

import hashlib

from extproc.approvals.api.messages import Preview, approval_message, rfc3339
from extproc.approvals.model import ApprovalRequest, CallBinding, Review, ReviewAction, Status


def test_the_preview_is_canonical_json_and_its_hash_is_over_those_utf8_bytes() -> None:
    preview = Preview.of({"b": [1, {"z": None, "a": "Zoë"}], "a": 1.5})
    assert preview.text == '{"a":1.5,"b":[1,{"a":"Zoë","z":null}]}'
    assert preview.sha256 == hashlib.sha256(preview.text.encode("utf-8")).hexdigest()
    assert Preview.of({"a": 1.5, "b": [1, {"a": "Zoë", "z": None}]}) == preview, "key order never matters"


def test_times_are_rfc3339_utc_seconds() -> None:
    assert rfc3339(0.0) == "1970-01-01T00:00:00Z"
    assert rfc3339(1795000000.9) == "2026-11-18T11:06:40Z", "truncated to the second"
    assert rfc3339(None) == ""


def test_the_wire_message_carries_every_decision_and_never_the_raw_arguments() -> None:
    request = ApprovalRequest(
        id="apr-1", binding=CallBinding("iss|ana", "export_cohort", "d1", "p1"), rule="big-export",
        requester_groups=("analysts",), reason=None, arguments={"ssn": "123-45-6789"},
        approver_groups=("privacy-officers", "leads"), approvals_required=2, created_at=100.0, expires_at=1000.0,
        max_grant_seconds=3600, grant_seconds_default=900, status=Status.APPROVED, one_time=False,
        grant_until=4000.0, reviews=(Review("iss|olga", ReviewAction.APPROVE, 200.0, "ok", 900, "f" * 64),
                                     Review("iss|carl", ReviewAction.REVOKE, 300.0, "shift over")),
    )
    message = approval_message(request, Preview.of({"ssn": "[SSN]"}))
    assert (message.status, message.tool, message.requester, message.client_id, message.reason) == (
        "approved", "export_cohort", "iss|ana", "", "")
    assert list(message.approvers) == ["iss|olga"] and list(message.approver_groups) == ["privacy-officers", "leads"]
    assert (message.grant_until, message.consumed_at, message.one_time) == ("1970-01-01T01:06:40Z", "", False)
    first, second = message.reviews
    assert (first.action, first.grant_seconds, first.preview_sha256, first.at) == (
        "approve", 900, "f" * 64, "1970-01-01T00:03:20Z")
    assert (second.action, second.HasField("grant_seconds"), second.preview_sha256) == ("revoke", False, "")
    assert (message.max_grant_seconds, message.default_grant_seconds) == (3600, 900)
    assert "123-45-6789" not in str(message)
