"""A high-risk tool call through real Envoy and a processor of its own: it waits for a privacy officer,
passes once approved (while held, or on the identical retry), and every step is in the journal."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from extproc import launcher
from extproc.approvals import transitions
from extproc.approvals.gate import REASON_META
from extproc.approvals.model import ApprovalRequest, Reviewer, Status
from extproc.approvals.sqlite_store import SqliteApprovalStore
from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of

pytestmark = pytest.mark.anyio

ARGUMENTS = {"condition": "E11", "batch_size": 5}


@pytest.fixture
def gateway(tmp_path: Path, setup: Setup) -> Iterator[tuple[Gateway, Path]]:
    port = launcher.free_port()
    journal = tmp_path / "journal"
    with launcher.demo_upstream(port):
        for gw in gateway_in_front_of(Endpoint("127.0.0.1", port), tmp_path, setup, journal=journal):
            yield gw, journal


async def export(gateway: Gateway, token: str, arguments: dict, reason: str | None = "quarterly QA audit"):
    """The call's result, or the JSON-RPC error the gateway answered with."""
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"}, timeout=30)
    async with Client(streamable_http_client(gateway.url, http_client=http), mode="2026-07-28") as client:
        try:
            return await client.call_tool("export_cohort", arguments, meta={REASON_META: reason} if reason else None)
        except MCPError as exc:
            return exc


async def pending_requests(gateway: Gateway) -> list[ApprovalRequest]:
    store = await SqliteApprovalStore(gateway.approvals_db).open()
    try:
        return await store.list(approver_groups=frozenset({"privacy-officers"}), status=Status.PENDING)
    finally:
        await store.close()


async def decide(gateway: Gateway, setup: Setup, approval_id: str, sub: str = "olivia", approve: bool = True):
    """A privacy officer's decision, made on the shared store as another replica would."""
    reviewer = Reviewer(f"{setup.policy.identity.issuer}|{sub}", frozenset({"privacy-officers"}))
    store = await SqliteApprovalStore(gateway.approvals_db).open()
    try:
        if approve:
            return await store.update(approval_id, lambda r: transitions.approve(
                r, reviewer, grant_seconds=None, reason=None, preview_sha256=None, now=time.time()))
        return await store.update(approval_id, lambda r: transitions.deny(
            r, reviewer, reason="not for this quarter", now=time.time()))
    finally:
        await store.close()


async def test_a_held_export_passes_once_approved_and_the_journal_says_who(gateway, setup: Setup, tokens) -> None:
    gw, journal = gateway
    token = tokens("ana", ("analysts",))
    call = asyncio.create_task(export(gw, token, ARGUMENTS))
    waiting = await wait_for_request(gw)  # it appears while the call is held
    assert waiting.binding.tool == "export_cohort" and waiting.reason == "quarterly QA audit"
    started = time.monotonic()
    await decide(gw, setup, waiting.id)
    result = await call
    assert not result.is_error, "approved while held: the call went on to the upstream"
    assert time.monotonic() - started < 1.5, "released within the store's polling interval"

    # one-time: the identical retry needs a new approval
    pending = await export(gw, token, ARGUMENTS)
    assert isinstance(pending, MCPError)
    assert pending.error.code == -32004
    assert pending.error.data["status"] == "pending" and pending.error.data["approval_id"]

    records = list(iter_records([journal]))
    events = [r["event"] for r in records if r.get("kind") == "approval"]
    assert events == ["requested", "requested"], "decided on the store as another replica would: its journal"
    executed = [r for r in records if r.get("approval") and "kind" not in r]
    assert executed[0]["approval"]["passed"] and executed[0]["approval"]["approvers"] == [
        f"{setup.policy.identity.issuer}|olivia"]
    assert all("E11" not in str(r.get("approval")) for r in records), "no arguments in approval evidence"


async def test_pending_then_the_identical_retry_passes_and_changed_arguments_do_not(
    gateway, setup: Setup, tokens
) -> None:
    gw, _ = gateway
    token = tokens("ana", ("analysts",))
    pending = await export(gw, token, ARGUMENTS)
    assert isinstance(pending, MCPError)
    approval_id = pending.error.data["approval_id"]
    approved = await decide(gw, setup, approval_id)
    assert approved.status is Status.APPROVED
    wider = await export(gw, token, {**ARGUMENTS, "batch_size": 50})
    assert isinstance(wider, MCPError)
    assert wider.error.data["approval_id"] != approval_id, "other arguments are another call"
    assert not (await export(gw, token, ARGUMENTS)).is_error


async def wait_for_request(gateway: Gateway) -> ApprovalRequest:
    for _ in range(100):
        waiting = await pending_requests(gateway)
        if waiting:
            return waiting[0]
        await asyncio.sleep(0.02)
    raise AssertionError("no approval request appeared")


async def test_denied_while_held_reasonless_and_self_approval(gateway, setup: Setup, tokens) -> None:
    gw, journal = gateway
    token = tokens("ana", ("analysts",))
    reasonless = await export(gw, token, ARGUMENTS, reason=None)
    assert isinstance(reasonless, MCPError)
    assert reasonless.error.code == -32004 and "requires a reason" in reasonless.error.message
    assert await pending_requests(gw) == [], "no request is made for a call that states no reason"
    call = asyncio.create_task(export(gw, token, ARGUMENTS))
    request = await wait_for_request(gw)
    with pytest.raises(Exception, match="own request"):
        await decide(gw, setup, request.id, sub="ana")
    await decide(gw, setup, request.id, approve=False)
    denied = await call
    assert isinstance(denied, MCPError) and denied.error.code == -32004
    assert denied.error.message == f"approval {request.id} was denied: not for this quarter"
    assert denied.error.data["status"] == "denied"
    recorded = [r for r in iter_records([journal]) if "kind" not in r and r.get("approval")]
    assert recorded[-1]["refused"] == "approval required: denied", "a reviewer's words stay out of the record"
    assert "not for this quarter" not in json.dumps(recorded)
