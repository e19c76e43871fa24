"""The webhook's pure parts: the payload's allow-list, signing, secrets, the backoff schedule, URL checks."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from standardwebhooks import Webhook

from extproc.approvals.model import (
    ApprovalRequest,
    CallBinding,
    Review,
    ReviewAction,
    Status,
    arguments_digest,
)
from extproc.approvals.webhook import (
    APPROVAL_REQUESTED,
    BREAK_GLASS,
    RetrySchedule,
    WebhookNotifier,
    backoff_delay,
    check_url,
    event_id,
    event_payload,
    load_secret,
    parse_secret,
    rfc3339,
    sign,
)

EPHI = ("Jane Q. Doe", "123-45-6789", "MRN-0048213", "1961-04-17", "metastatic carcinoma")
SECRET = bytes(range(32))


def sample_request(**changes: object) -> ApprovalRequest:
    arguments = {"patient_name": EPHI[0], "ssn": EPHI[1], "mrn": EPHI[2], "dob": EPHI[3]}
    request = ApprovalRequest(
        id="apr_7Kq2",
        binding=CallBinding("https://idp.example|u-42", "ehr.read_record", arguments_digest(arguments), "pol-9f",
                            "agent-7"),
        rule="records-need-approval",
        requester_groups=("clinicians",),
        reason=f"{EPHI[0]} ({EPHI[3]}) has {EPHI[4]}",
        arguments=arguments,
        approver_groups=("supervisors",),
        approvals_required=2,
        created_at=1_760_000_000.0,
        expires_at=1_760_000_900.25,
        max_grant_seconds=600,
        grant_seconds_default=600,
        reviews=(Review("https://idp.example|u-7", ReviewAction.APPROVE, 1_760_000_100.0, reason=f"ok for {EPHI[0]}"),),
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def test_the_payload_holds_exactly_the_allowed_fields() -> None:
    payload = event_payload(APPROVAL_REQUESTED, sample_request(), link_base="https://review.example/ui/",
                            now=1_760_000_001.5)
    assert payload == {
        "type": "approval.requested",
        "timestamp": "2025-10-09T08:53:21.500Z",
        "data": {
            "approval_id": "apr_7Kq2",
            "tool": "ehr.read_record",
            "requester": "https://idp.example|u-42",
            "client_id": "agent-7",
            "rule": "records-need-approval",
            "expires_at": "2025-10-09T09:08:20.250Z",
            "status": "pending",
            "approvals_required": 2,
            "link": "https://review.example/ui/approvals/apr_7Kq2",
        },
    }


def test_no_ephi_from_arguments_reason_or_reviews_reaches_the_body() -> None:
    request = sample_request(status=Status.APPROVED, break_glass=True)
    body = json.dumps(event_payload(BREAK_GLASS, request, link_base=None, now=0.0))
    for value in EPHI:
        assert value not in body
    assert json.loads(body)["data"]["link"] is None


def test_the_link_quotes_the_id() -> None:
    payload = event_payload(APPROVAL_REQUESTED, sample_request(id="a/b?c"), link_base="https://r.example", now=0.0)
    assert payload["data"]["link"] == "https://r.example/approvals/a%2Fb%3Fc"


def test_times_are_rfc3339_utc() -> None:
    stamp = rfc3339(1_700_000_000.123)
    assert stamp == "2023-11-14T22:13:20.123Z"
    assert datetime.fromisoformat(stamp) == datetime.fromtimestamp(1_700_000_000.123, UTC).replace(microsecond=123000)


def test_the_event_id_is_stable_per_event_and_differs_between_events() -> None:
    assert event_id(APPROVAL_REQUESTED, "apr_1") == event_id(APPROVAL_REQUESTED, "apr_1")
    assert event_id(APPROVAL_REQUESTED, "apr_1") != event_id(BREAK_GLASS, "apr_1")
    assert event_id(APPROVAL_REQUESTED, "apr_1") != event_id(APPROVAL_REQUESTED, "apr_2")
    assert event_id(APPROVAL_REQUESTED, "apr_1").startswith("msg_")


def test_the_signature_matches_the_standard_webhooks_test_vector() -> None:
    secret = parse_secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    signature = sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, b'{"test": 2432232314}')
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_a_signed_event_verifies_with_the_reference_library() -> None:
    body = b'{"type":"approval.requested"}'
    headers = {"webhook-id": "msg_1", "webhook-timestamp": str(int(datetime.now(UTC).timestamp()))}
    headers["webhook-signature"] = sign(SECRET, "msg_1", int(headers["webhook-timestamp"]), body)
    assert Webhook(SECRET).verify(body, headers) == {"type": "approval.requested"}
    headers["webhook-signature"] = sign(SECRET, "msg_1", int(headers["webhook-timestamp"]), body + b" ")
    with pytest.raises(Exception, match="No matching signature"):
        Webhook(SECRET).verify(body, headers)


def test_secrets_are_read_in_the_whsec_form(tmp_path: Path) -> None:
    encoded = base64.b64encode(SECRET).decode()
    assert parse_secret(f"whsec_{encoded}") == SECRET
    assert parse_secret(encoded) == SECRET
    assert parse_secret("whsec_" + encoded.rstrip("=")) == SECRET  # unpadded, as some tools write it
    path = tmp_path / "webhook.secret"
    path.write_text(f"  whsec_{encoded}\n")
    assert load_secret(path) == SECRET


@pytest.mark.parametrize(("body", "why"), [("not+base64!", "not base64"),
                                           (base64.b64encode(b"short-secret").decode(), "shorter than 24 bytes")])
def test_bad_or_short_secrets_are_refused_without_repeating_them(body: str, why: str) -> None:
    with pytest.raises(ValueError, match=why) as caught:
        parse_secret("whsec_" + body)
    assert body not in str(caught.value)


def test_the_notifier_refuses_a_short_secret_and_unknown_events() -> None:
    with pytest.raises(ValueError, match="shorter than 24 bytes"):
        WebhookNotifier("https://hooks.example/in", b"x" * 23, link_base=None)
    notifier = WebhookNotifier("https://hooks.example/in", SECRET, link_base=None)
    with pytest.raises(ValueError, match="unknown webhook event type"):
        notifier.notify("approval.approved", sample_request())
    assert notifier.stats() == {"delivered": 0, "retried": 0, "dropped": 0, "failed": 0, "pending": 0}


def test_backoff_doubles_up_to_the_cap_with_jitter_between_half_and_full() -> None:
    schedule = RetrySchedule(first_delay=0.5, max_delay=60.0)
    assert [backoff_delay(n, schedule, 1.0) for n in range(1, 10)] == [0.5, 1, 2, 4, 8, 16, 32, 60, 60]
    assert [backoff_delay(n, schedule, 0.0) for n in range(1, 4)] == [0.25, 0.5, 1]
    assert backoff_delay(10_000, schedule, 1.0) == 60.0
    assert 8 < backoff_delay(6, schedule, 0.37) < 16


def test_a_schedule_with_nonsense_values_is_refused() -> None:
    with pytest.raises(ValueError):
        RetrySchedule(first_delay=10, max_delay=1)
    with pytest.raises(ValueError):
        RetrySchedule(max_attempts=0)


@pytest.mark.parametrize("url", ["https://hooks.example/in?token=t0k", "http://127.0.0.1:8080/in",
                                 "http://localhost/in", "http://[::1]:9/in"])
def test_accepted_urls(url: str) -> None:
    assert check_url(url, what="the webhook URL") == url


@pytest.mark.parametrize("url", ["http://hooks.example/in?token=s3cr3t", "ftp://hooks.example/s3cr3t",
                                 "https:///s3cr3t", "https://hooks.example/in#s3cr3t", "https://hooks.example/ s3cr3t",
                                 "https://hooks.example:99999/s3cr3t", "hooks.example/s3cr3t", ""])
def test_refused_urls_are_not_repeated_in_the_error(url: str) -> None:
    with pytest.raises(ValueError) as caught:
        check_url(url, what="the webhook URL")
    assert "s3cr3t" not in str(caught.value)


def test_the_link_base_is_checked_too() -> None:
    with pytest.raises(ValueError, match="link base must use https"):
        WebhookNotifier("https://hooks.example/in", SECRET, link_base="http://review.example")
    with pytest.raises(ValueError, match="must not have a \\?query"):
        WebhookNotifier("https://hooks.example/in", SECRET, link_base="https://review.example/?x=1")
