"""The webhook notifier against a real HTTP receiver on 127.0.0.1: signatures as a receiver verifies them,
retries, giving up, a full queue, a hanging receiver, shutdown, and no ePHI on the wire or in the log."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import logging
import time
from collections.abc import Callable, Iterator

import pytest
from standardwebhooks import Webhook

from extproc.approvals.model import ApprovalRequest, CallBinding, Status, arguments_digest
from extproc.approvals.webhook import APPROVAL_REQUESTED, BREAK_GLASS, RetrySchedule, WebhookNotifier, parse_secret
from tests.integration.approvals.webhook_receiver import Received, WebhookReceiver, free_port

SECRET_TEXT = "whsec_" + base64.b64encode(b"approvals-webhook-test-secret-32b").decode()
FAST = RetrySchedule(first_delay=0.05, max_delay=0.2, max_attempts=5, attempt_timeout=2.0)
EPHI = ("Jane Q. Doe", "123-45-6789", "MRN-0048213", "1961-04-17", "metastatic carcinoma")


def sample_request(approval_id: str = "apr_1", **changes: object) -> ApprovalRequest:
    arguments = {"patient": EPHI[0], "ssn": EPHI[1], "mrn": EPHI[2], "dob": EPHI[3], "note": EPHI[4]}
    request = ApprovalRequest(
        id=approval_id,
        binding=CallBinding("https://idp.example|u-42", "ehr.read_record", arguments_digest(arguments), "pol-9f",
                            "agent-7"),
        rule="records-need-approval",
        requester_groups=("clinicians",),
        reason=f"{EPHI[0]}, born {EPHI[3]}, {EPHI[4]}",
        arguments=arguments,
        approver_groups=("supervisors",),
        approvals_required=1,
        created_at=time.time(),
        expires_at=time.time() + 900,
        max_grant_seconds=600,
        grant_seconds_default=600,
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def notifier_for(url: str, **options: object) -> WebhookNotifier:
    options.setdefault("schedule", FAST)
    return WebhookNotifier(url, parse_secret(SECRET_TEXT), link_base="https://review.example", **options)  # type: ignore[arg-type]


def scripted(*statuses: int | None, then: int = 200) -> Callable[[Received], int | None]:
    """Answers in this order, then `then` for every later request."""
    queue = iter(statuses)
    return lambda _: next(queue, then)


async def eventually(check: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


def approval_ids(receiver: WebhookReceiver) -> list[str]:
    return [r.payload["data"]["approval_id"] for r in receiver.received]


@pytest.fixture
def webhook_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.INFO, logger="chaperone.approvals")
    yield caplog


def test_the_receiver_verifies_the_signature_with_the_standard_webhooks_library() -> None:
    async def main() -> None:
        receiver = WebhookReceiver()
        await receiver.start()
        notifier = notifier_for(receiver.url)
        await notifier.start()
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_sig"))
        await eventually(lambda: notifier.stats()["delivered"] == 1)
        await notifier.close(1.0)
        await receiver.stop()

        [request] = receiver.received
        assert request.headers["content-type"] == "application/json"
        assert abs(int(request.headers["webhook-timestamp"]) - time.time()) < 5
        payload = Webhook(SECRET_TEXT).verify(request.body, request.headers)
        assert payload["type"] == "approval.requested"
        assert payload["data"]["approval_id"] == "apr_sig"
        assert payload["data"]["link"] == "https://review.example/approvals/apr_sig"
        assert payload["data"]["requester"] == "https://idp.example|u-42"
        with pytest.raises(Exception, match="No matching signature"):
            Webhook("whsec_" + base64.b64encode(b"another-secret-of-32-bytes-long!").decode()).verify(
                request.body, request.headers)

    asyncio.run(main())


def test_retries_after_500_and_429_carry_the_same_id_and_each_verifies() -> None:
    async def main() -> None:
        receiver = WebhookReceiver(scripted(500, 429))
        await receiver.start()
        notifier = notifier_for(receiver.url)
        await notifier.start()
        notifier.notify(BREAK_GLASS, sample_request("apr_bg", status=Status.APPROVED, break_glass=True))
        await eventually(lambda: notifier.stats()["delivered"] == 1)
        await notifier.close(1.0)
        await receiver.stop()

        assert len(receiver.received) == 3
        assert len({r.headers["webhook-id"] for r in receiver.received}) == 1
        assert len({r.body for r in receiver.received}) == 1  # the same event, byte for byte
        for request in receiver.received:
            assert Webhook(SECRET_TEXT).verify(request.body, request.headers)["type"] == "approval.break_glass"
        assert notifier.stats() == {"delivered": 1, "retried": 2, "dropped": 0, "failed": 0, "pending": 0}

    asyncio.run(main())


def test_a_receiver_that_is_down_gets_the_event_once_it_is_up() -> None:
    async def main() -> None:
        receiver = WebhookReceiver(port=free_port())
        notifier = notifier_for(receiver.url, schedule=RetrySchedule(first_delay=0.05, max_delay=0.2,
                                                                     max_attempts=50, attempt_timeout=2.0))
        await notifier.start()
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_down"))
        await eventually(lambda: notifier.stats()["retried"] >= 2)  # connection refused, twice
        await receiver.start()
        await eventually(lambda: notifier.stats()["delivered"] == 1)
        await notifier.close(1.0)
        await receiver.stop()
        assert approval_ids(receiver) == ["apr_down"]

    asyncio.run(main())


def test_a_400_gives_up_at_once_and_a_receiver_always_failing_runs_out_of_attempts(
        webhook_log: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        receiver = WebhookReceiver(lambda r: 400 if r.payload["data"]["approval_id"] == "apr_400" else 503)
        await receiver.start()
        notifier = notifier_for(receiver.url)
        await notifier.start()
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_400"))
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_503"))
        await eventually(lambda: notifier.stats()["failed"] == 2)
        await asyncio.sleep(0.3)  # longer than any backoff: nothing more is tried
        await notifier.close(1.0)
        await receiver.stop()

        assert approval_ids(receiver).count("apr_400") == 1
        assert approval_ids(receiver).count("apr_503") == FAST.max_attempts
        assert notifier.stats() == {"delivered": 0, "retried": FAST.max_attempts - 1, "dropped": 0, "failed": 2,
                                    "pending": 0}
        assert any("HTTP 400" in m for m in webhook_log.messages)
        assert any("HTTP 503, out of attempts" in m for m in webhook_log.messages)

    asyncio.run(main())


def test_no_ephi_reaches_the_receiver_or_the_log(webhook_log: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        receiver = WebhookReceiver(scripted(500))
        await receiver.start()
        notifier = notifier_for(receiver.url)
        await notifier.start()
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_phi"))
        notifier.notify(BREAK_GLASS, sample_request("apr_phi", status=Status.APPROVED, break_glass=True))
        await eventually(lambda: notifier.stats()["delivered"] == 2)
        await notifier.close(1.0)
        await receiver.stop()

        assert len(receiver.received) == 3
        wire = b"".join(r.raw for r in receiver.received)
        log_text = "\n".join(webhook_log.messages)
        for value in EPHI:
            assert value.encode() not in wire
            assert value not in log_text
        for request in receiver.received:
            assert set(request.payload["data"]) == {"approval_id", "tool", "requester", "client_id", "rule",
                                                    "expires_at", "status", "approvals_required", "link"}

    asyncio.run(main())


def test_the_same_event_is_sent_once_and_each_event_type_has_its_own_id() -> None:
    async def main() -> None:
        receiver = WebhookReceiver()
        await receiver.start()
        notifier = notifier_for(receiver.url)
        for _ in range(3):
            notifier.notify(APPROVAL_REQUESTED, sample_request("apr_dup"))
        notifier.notify(BREAK_GLASS, sample_request("apr_dup", break_glass=True))
        await notifier.start()
        await eventually(lambda: notifier.stats()["pending"] == 0)
        await notifier.close(1.0)
        await receiver.stop()

        assert sorted(r.payload["type"] for r in receiver.received) == ["approval.break_glass", "approval.requested"]
        assert len({r.headers["webhook-id"] for r in receiver.received}) == 2

    asyncio.run(main())


def test_a_full_queue_drops_the_oldest_event_and_says_so_without_its_data(
        webhook_log: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        receiver = WebhookReceiver()
        await receiver.start()
        notifier = notifier_for(receiver.url, max_queue=2)
        for approval_id in ("apr_old", "apr_mid", "apr_new"):
            notifier.notify(APPROVAL_REQUESTED, sample_request(approval_id))
        await notifier.start()
        await eventually(lambda: notifier.stats()["pending"] == 0)
        await notifier.close(1.0)
        await receiver.stop()

        assert sorted(approval_ids(receiver)) == ["apr_mid", "apr_new"]
        assert notifier.stats()["dropped"] == 1
        [warning] = [r for r in webhook_log.records if "queue full" in r.getMessage()]
        assert warning.levelno == logging.WARNING
        assert "apr_" not in warning.getMessage()

    asyncio.run(main())


def test_break_glass_goes_first_and_a_flood_of_requests_cannot_push_it_out() -> None:
    async def main() -> None:
        receiver = WebhookReceiver()
        await receiver.start()
        notifier = notifier_for(receiver.url, max_queue=3, concurrency=1)
        notifier.notify(BREAK_GLASS, sample_request("apr_glass", break_glass=True))
        for i in range(10):
            notifier.notify(APPROVAL_REQUESTED, sample_request(f"apr_{i}"))
        notifier.notify(BREAK_GLASS, sample_request("apr_glass_2", break_glass=True))
        await notifier.start()
        await eventually(lambda: notifier.stats()["pending"] == 0)
        await notifier.close(1.0)
        await receiver.stop()

        # the oldest ordinary events made room; both break-glass events came before the ordinary one left
        assert approval_ids(receiver) == ["apr_glass", "apr_glass_2", "apr_9"]
        assert notifier.stats()["dropped"] == 9

    asyncio.run(main())


def test_a_queue_full_of_break_glass_drops_the_new_ordinary_event() -> None:
    async def main() -> None:
        receiver = WebhookReceiver()
        await receiver.start()
        notifier = notifier_for(receiver.url, max_queue=2)
        for approval_id in ("apr_glass_1", "apr_glass_2"):
            notifier.notify(BREAK_GLASS, sample_request(approval_id, break_glass=True))
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_ordinary"))
        notifier.notify(BREAK_GLASS, sample_request("apr_glass_3", break_glass=True))
        await notifier.start()
        await eventually(lambda: notifier.stats()["pending"] == 0)
        await notifier.close(1.0)
        await receiver.stop()

        assert approval_ids(receiver) == ["apr_glass_2", "apr_glass_3"]
        assert notifier.stats()["dropped"] == 2

    asyncio.run(main())


def test_a_hanging_receiver_blocks_neither_notify_nor_other_deliveries() -> None:
    async def main() -> None:
        receiver = WebhookReceiver(lambda r: None if r.payload["data"]["approval_id"] == "apr_slow" else 200)
        await receiver.start()
        notifier = notifier_for(receiver.url, concurrency=2)
        await notifier.start()
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_slow"))
        await eventually(lambda: approval_ids(receiver) == ["apr_slow"])  # in flight, hanging

        started = time.perf_counter()
        for i in range(100):
            notifier.notify(APPROVAL_REQUESTED, sample_request(f"apr_{i}"))
        assert time.perf_counter() - started < 0.5  # enqueued without waiting on the receiver

        await eventually(lambda: notifier.stats()["delivered"] == 100)
        assert notifier.stats()["pending"] == 1
        await notifier.close(0.2)
        await receiver.stop()

    asyncio.run(main())


def test_close_with_deliveries_pending_ends_within_its_timeout(webhook_log: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        receiver = WebhookReceiver(lambda _: None)
        await receiver.start()
        notifier = notifier_for(receiver.url, concurrency=2)
        await notifier.start()
        for i in range(5):
            notifier.notify(APPROVAL_REQUESTED, sample_request(f"apr_{i}"))
        await eventually(lambda: len(receiver.received) == 2)  # two in flight, three queued

        started = time.monotonic()
        await notifier.close(0.5)
        assert time.monotonic() - started < 0.5 + 0.3
        assert notifier.stats() == {"delivered": 0, "retried": 0, "dropped": 5, "failed": 0, "pending": 0}
        assert any("5 webhook event(s) were not delivered" in m for m in webhook_log.messages)
        notifier.notify(APPROVAL_REQUESTED, sample_request("apr_late"))
        assert notifier.stats()["dropped"] == 6
        await receiver.stop()

    asyncio.run(main())
