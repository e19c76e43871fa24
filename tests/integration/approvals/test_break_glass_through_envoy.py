"""Break-glass through real Envoy: a pharmacist's urgent medication change goes on at once with a stated
reason, is recorded and lands on the list a privacy officer must review after the fact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from extproc import launcher
from extproc.approvals.gate import BREAK_GLASS_META
from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.approvals.review_api import cli
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of

pytestmark = pytest.mark.anyio

CHANGE = {"patient_id": "P000003", "medication": "metformin", "dose": "500 mg PO bid"}


@pytest.fixture
def gateway(tmp_path: Path, setup: Setup) -> Iterator[tuple[Gateway, Path]]:
    port = launcher.free_port()
    with launcher.demo_upstream(port):
        for gw in gateway_in_front_of(Endpoint("127.0.0.1", port), tmp_path, setup, journal=tmp_path / "journal"):
            yield gw, tmp_path / "journal"


async def change(gateway: Gateway, token: str, meta: dict | None):
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"}, timeout=30)
    async with Client(streamable_http_client(gateway.url, http_client=http), mode="2026-07-28") as client:
        try:
            return await client.call_tool("update_medication", CHANGE, meta=meta)
        except MCPError as exc:
            return exc


async def test_break_glass_goes_on_at_once_and_waits_for_review_after_the_fact(gateway, tokens) -> None:
    gw, journal = gateway
    pharmacist = tokens("paul", ("pharmacy",))
    blank = await change(gw, pharmacist, {BREAK_GLASS_META: ""})
    assert isinstance(blank, MCPError) and "needs a reason" in blank.error.message
    result = await change(gw, pharmacist, {BREAK_GLASS_META: "anaphylaxis in ED, officer unreachable"})
    assert not isinstance(result, MCPError) and not result.is_error

    officer = tokens("olivia", ("privacy-officers",), ("chaperone:review",))
    api = gw.review_api.grpc_target()
    listed = cli(api, "list", "--break-glass", "--unreviewed", token=officer)
    assert listed.returncode == 0, listed.stderr
    (line,) = [row for row in listed.stdout.splitlines() if "update_medication" in row]
    approval_id = line.split()[0]
    own = tokens("paul", ("pharmacy",), ("chaperone:review",))
    assert cli(api, "review", approval_id, "--note", "justified", token=own).returncode == 2, \
        "the user of break-glass never reviews it"
    reviewed = cli(api, "review", approval_id, "--note", "justified: allergy documented", token=officer)
    assert reviewed.returncode == 0, reviewed.stderr
    assert approval_id not in cli(api, "list", "--break-glass", "--unreviewed", token=officer).stdout

    records = [r for r in iter_records([journal]) if r.get("kind") == "approval"]
    assert [r["event"] for r in records] == ["break_glass_used", "break_glass_reviewed"]
    assert records[0]["approval"]["reason"] == "anaphylaxis in ED, officer unreachable"
