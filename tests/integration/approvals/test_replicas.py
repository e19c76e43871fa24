"""Two gateways (Envoy + processor each) sharing one PostgreSQL approvals store: a call held by one is
released by a privacy officer's JSON approval sent through the other's Envoy, within a second."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from mcp.shared.exceptions import MCPError

from extproc import launcher
from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.approvals.conftest import PostgresCluster
from tests.integration.approvals.test_hold_through_envoy import ARGUMENTS, export
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of

pytestmark = pytest.mark.anyio


@pytest.fixture
def replicas(postgres: PostgresCluster, setup: Setup, tmp_path: Path) -> Iterator[tuple[Gateway, Gateway, Path]]:
    dsn = postgres.create_database()
    port = launcher.free_port()
    with launcher.demo_upstream(port):
        upstream = Endpoint("127.0.0.1", port)
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        for a in gateway_in_front_of(upstream, tmp_path / "a", setup, tmp_path / "a" / "journal", approvals_dsn=dsn):
            for b in gateway_in_front_of(upstream, tmp_path / "b", setup, tmp_path / "b" / "journal",
                                         approvals_dsn=dsn):
                yield a, b, tmp_path


def review(gateway: Gateway, method: str, body: dict, token: str) -> httpx2.Response:
    base = gateway.url.removesuffix("/mcp")
    return httpx2.post(f"{base}/chaperone.approvals.v1.Approvals/{method}", json=body,
                       headers={"authorization": f"Bearer {token}"}, timeout=10)


async def test_a_decision_through_one_replica_releases_the_call_held_by_the_other(replicas, tokens) -> None:
    a, b, tmp = replicas
    officer = tokens("olivia", ("privacy-officers",), ("chaperone:review",))
    held = asyncio.create_task(export(a, tokens("ana", ("analysts",)), ARGUMENTS))
    for _ in range(200):
        listed = await asyncio.to_thread(review, b, "List", {"status": "pending"}, officer)
        assert listed.status_code == 200, listed.text
        pending = listed.json().get("approvals", [])
        if pending:
            break
        await asyncio.sleep(0.02)
    (approval,) = pending
    assert approval["tool"] == "export_cohort" and approval["reason"] == "quarterly QA audit"
    assert approval["preview_json"] == '{"arguments":{"batch_size":5,"condition":"E11"}}'
    mcp_token = tokens("olivia", ("privacy-officers",))
    agent = await asyncio.to_thread(review, b, "Approve", {"id": approval["id"]}, mcp_token)
    assert agent.status_code == 403, "an MCP token (no review scope) is not a reviewer's, even an officer's"
    requester = tokens("ana", ("analysts", "privacy-officers"), ("chaperone:review",))
    shown_to_requester = (await asyncio.to_thread(review, b, "Get", {"id": approval["id"]}, requester)).json()
    self_review = await asyncio.to_thread(review, b, "Approve", {
        "id": approval["id"], "preview_sha256": shown_to_requester["preview_sha256"]}, requester)
    assert self_review.status_code == 403, "nobody approves their own request, whatever groups they hold"
    started = time.monotonic()
    approved = await asyncio.to_thread(review, b, "Approve", {
        "id": approval["id"], "grant_seconds": 600, "preview_sha256": approval["preview_sha256"]}, officer)
    assert approved.status_code == 200, approved.text
    result = await held
    released = time.monotonic() - started
    assert not isinstance(result, MCPError) and not result.is_error
    assert released < 1.0, f"released {released:.2f}s after the decision on the other replica"

    records_a = list(iter_records([tmp / "a" / "journal"]))
    records_b = list(iter_records([tmp / "b" / "journal"]))
    assert [r["event"] for r in records_a if r.get("kind") == "approval"] == ["requested"]
    assert [r["event"] for r in records_b if r.get("kind") == "approval"] == ["approved"]
    approved_record = next(r for r in records_b if r.get("kind") == "approval")
    assert approved_record["approval"]["preview_sha256"] == approval["preview_sha256"], "what the approver saw"
    executed = next(r for r in records_a if "kind" not in r and r.get("approval"))
    assert executed["approval"]["approvers"] == [approved_record["approval"]["actor"]]
