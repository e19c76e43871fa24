"""The reviewer API as JSON over HTTP through a real Envoy (gRPC-JSON transcoder), rendered as `chaperone`
renders envoy/local.yaml, with the policy's upstream credential configured: the reviewer's own token must
reach the review API, never the MCP server's credential, and no MCP filter may touch the exchange."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from extproc import envoy_config, launcher
from extproc.envoy_config import Endpoint, render
from tests.integration.approvals.review_api import INTERN, OFFICER, ReviewApi, cli
from tests.integration.conftest import Setup

Token = Callable[..., str]


@pytest.fixture
def envoy(review_api: ReviewApi, setup: Setup, tmp_path: Path) -> Iterator[Endpoint]:
    """Envoy in front of the review API; the processor and MCP server addresses lead nowhere."""
    listen = Endpoint("127.0.0.1", launcher.free_port())
    assert setup.policy.upstream.credential is not None
    sds = tmp_path / "credential.sds.yaml"
    sds.write_text(envoy_config.credential_sds(setup.policy.upstream.credential))
    config = render(listen, Endpoint("127.0.0.1", launcher.free_port()), Endpoint("127.0.0.1", launcher.free_port()),
                    Endpoint("127.0.0.1", launcher.free_port()), upstream_policy=setup.policy.upstream, sds_path=sds,
                    review_api=review_api.endpoint)
    with launcher.envoy_process(config, listen, log_path=tmp_path / "envoy.log"):
        yield listen


def post(envoy: Endpoint, method: str, body: dict[str, Any], token: str | None) -> httpx2.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return httpx2.post(f"http://127.0.0.1:{envoy.port}/chaperone.approvals.v1.Approvals/{method}", json=body,
                       headers=headers, timeout=10)


def test_json_list_get_and_approve(envoy: Endpoint, review_api: ReviewApi, tokens: Token):
    token = tokens(*OFFICER)
    listed = post(envoy, "List", {"status": "pending"}, token)
    assert listed.status_code == 200, listed.text
    assert listed.headers["content-type"] == "application/json"
    (approval,) = listed.json()["approvals"]
    assert approval["id"] == "apr-export" and approval["tool"] == "export_cohort"
    assert approval["requester"] == "https://chaperone.local/dev|ana" and approval["client_id"] == "chaperone-dev"
    assert approval["break_glass"] is False and approval["approvals_required"] == 1
    assert approval["preview_json"] == '{"cohort":"diabetes","contact":"[EMAIL]","limit":500}'

    shown = post(envoy, "Get", {"id": "apr-export"}, token).json()
    assert shown["preview_sha256"] == hashlib.sha256(shown["preview_json"].encode()).hexdigest()
    approved = post(envoy, "Approve", {"id": "apr-export", "grant_seconds": 900, "reason": "checked",
                                       "preview_sha256": shown["preview_sha256"]}, token)
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved"
    assert approved.json()["reviews"][0]["grant_seconds"] == 900
    ((_, _, asked),) = review_api.reviews.decisions
    assert asked["reviewer"].id == "https://chaperone.local/dev|olga", "the reviewer's own token reached the API"
    assert asked["preview_sha256"] == shown["preview_sha256"]


def test_json_errors_keep_their_status_message_and_code(envoy: Endpoint, review_api: ReviewApi, tokens: Token):
    cases = [
        (post(envoy, "List", {}, None), 401, 16, "unauthenticated", "authentication required"),
        (post(envoy, "Get", {"id": "apr-med"}, tokens(*OFFICER)), 403, 7, "not_approver", "you hold none"),
        (post(envoy, "Approve", {"id": "apr-export", "preview_sha256": "0" * 64}, tokens(*INTERN)), 403, 7,
         "not_approver", "you hold none"),
        (post(envoy, "Deny", {"id": "apr-export"}, tokens(*OFFICER)), 400, 3, "invalid_argument", "reason is required"),
        (post(envoy, "Get", {"id": "apr-nope"}, tokens(*OFFICER)), 404, 5, "not_found", "no approval request"),
        (post(envoy, "Approve", {"id": "apr-export"}, tokens(*OFFICER)), 400, 3, "invalid_argument",
         "preview_sha256 is required"),
        (post(envoy, "Approve", {"id": "apr-export", "preview_sha256": "0" * 64}, tokens(*OFFICER)), 400, 9,
         "preview_changed", "the request's preview changed since you viewed it"),
    ]
    for response, http_status, grpc_code, code, says in cases:
        assert response.status_code == http_status, response.text
        assert response.headers["chaperone-code"] == code
        assert response.json()["code"] == grpc_code and response.json()["message"].startswith(says)
    assert not review_api.reviews.decisions

    unknown = post(envoy, "Delete", {"id": "apr-export"}, tokens(*OFFICER))
    assert unknown.status_code == 404 and "Could not resolve" in unknown.text
    review_api.reviews.down = True
    down = post(envoy, "Approve", {"id": "apr-export", "preview_sha256": "0" * 64}, tokens(*OFFICER))
    assert (down.status_code, down.json()["message"]) == (503, "approvals store unavailable: nothing was decided")


def test_grpc_clients_reach_the_review_api_through_envoy_too(envoy: Endpoint, review_api: ReviewApi, tokens: Token):
    listed = cli(envoy.grpc_target(), "list", token=tokens(*OFFICER))
    assert listed.returncode == 0, listed.stderr
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == ["apr-export", "apr-glass"]


def test_review_api_down_is_not_reported_as_the_mcp_server(tokens: Token, tmp_path: Path):
    listen = Endpoint("127.0.0.1", launcher.free_port())
    config = render(listen, Endpoint("127.0.0.1", launcher.free_port()), Endpoint("127.0.0.1", launcher.free_port()),
                    Endpoint("127.0.0.1", launcher.free_port()), review_api=Endpoint("127.0.0.1", launcher.free_port()))
    with launcher.envoy_process(config, listen, log_path=tmp_path / "down.log"):
        response = post(listen, "List", {}, tokens(*OFFICER))
    assert response.status_code == 503
    assert "MCP server" not in response.text and "jsonrpc" not in response.text
