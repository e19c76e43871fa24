"""A held call and what surrounds it, through real Envoy and `chaperone serve`: reviewers are told by a
signed webhook that holds no ePHI, and a call held when the processor dies ends in an error, never a pass."""

from __future__ import annotations

import asyncio
import base64
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from mcp.shared.exceptions import MCPError
from standardwebhooks import Webhook

from extproc import launcher
from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.approvals.test_hold_through_envoy import ARGUMENTS, export, pending_requests, wait_for_request
from tests.integration.approvals.webhook_receiver import WebhookReceiver
from tests.integration.conftest import Setup, gateway_in_front_of

pytestmark = pytest.mark.anyio


@pytest.fixture
def upstream() -> Iterator[Endpoint]:
    port = launcher.free_port()
    with launcher.demo_upstream(port):
        yield Endpoint("127.0.0.1", port)


async def test_a_held_call_tells_the_reviewers_by_a_signed_webhook_without_ephi(
    upstream: Endpoint, setup: Setup, tokens, tmp_path: Path
) -> None:
    receiver = WebhookReceiver()
    await receiver.start()
    secret = "whsec_" + base64.b64encode(os.urandom(32)).decode()
    (tmp_path / "webhook.secret").write_text(secret)
    extra = ("--approvals-webhook", receiver.url, "--approvals-webhook-secret", str(tmp_path / "webhook.secret"),
             "--approvals-link", "https://review.example.org")
    try:
        for gw in gateway_in_front_of(upstream, tmp_path, setup, processor_extra=extra):
            pending = await export(gw, tokens("ana", ("analysts",)), ARGUMENTS, reason="Maria Garcia's cohort")
            assert isinstance(pending, MCPError)
            for _ in range(100):
                if receiver.received:
                    break
                await asyncio.sleep(0.05)
    finally:
        await receiver.stop()
    (hook,) = receiver.received
    payload = Webhook(secret).verify(hook.body, hook.headers)
    assert payload["type"] == "approval.requested"
    assert payload["data"]["approval_id"] == pending.error.data["approval_id"]
    assert payload["data"]["link"] == f"https://review.example.org/approvals/{pending.error.data['approval_id']}"
    for secret_value in (b"E11", b"Garcia", b"batch_size"):
        assert secret_value not in hook.raw, "ids, tool, requester, expiry and a link only"


async def test_a_call_held_when_the_processor_dies_gets_an_error_never_a_pass(
    upstream: Endpoint, setup: Setup, tokens, tmp_path: Path
) -> None:
    for gw in gateway_in_front_of(upstream, tmp_path, setup):
        call = asyncio.create_task(export(gw, tokens("ana", ("analysts",)), ARGUMENTS))
        await wait_for_request(gw)
        gw.processor.kill()
        try:
            outcome: object = await asyncio.wait_for(call, 30)
        except Exception as exc:  # the transport's error: Envoy reset the stream, or answered 500
            outcome = exc
        assert isinstance(outcome, Exception), f"a held call passed without its processor: {outcome!r}"


async def test_a_client_that_leaves_while_held_is_recorded_as_held_and_decides_nothing(
    upstream: Endpoint, setup: Setup, tokens, tmp_path: Path
) -> None:
    journal = tmp_path / "journal"
    for gw in gateway_in_front_of(upstream, tmp_path, setup, journal=journal):
        call = asyncio.create_task(export(gw, tokens("ana", ("analysts",)), ARGUMENTS))
        request = await wait_for_request(gw)
        call.cancel()  # the client goes away: Envoy cancels the ext_proc stream
        await asyncio.gather(call, return_exceptions=True)
        for _ in range(100):
            held = [r for r in iter_records([journal]) if "kind" not in r and (r.get("mcp") or {}).get("method")
                    == "tools/call"]
            if held:
                break
            await asyncio.sleep(0.05)
        assert (await pending_requests(gw))[0].id == request.id, "the request still waits for a reviewer"
    (record,) = held
    assert record["refused"] == "the exchange ended while the call was held for approval"
    assert record["latency_ms"]["upstream"] is None, "never forwarded"
