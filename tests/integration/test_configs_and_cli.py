"""The shipped Envoy configs, the processor's health service, and `chaperone run` as a user starts it."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
from pathlib import Path

import grpc
import httpx2
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from extproc import envoy_config, launcher
from extproc.envoy_config import Endpoint
from tests.integration.conftest import Gateway, Setup, processor_args, start_processor
from tests.integration.hostile_upstream import HostileUpstream

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["local.yaml", "sidecar.yaml"])
def test_shipped_envoy_configs_validate(name: str) -> None:
    result = launcher.validate_envoy_config(REPO / "envoy" / name)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sidecar_config_is_rendered_from_local() -> None:
    assert (REPO / "envoy" / "sidecar.yaml").read_text() == envoy_config.render_sidecar(), \
        "envoy/sidecar.yaml is stale: run `make sidecar-config`"


def test_configs_fail_closed() -> None:
    text = (REPO / "envoy" / "local.yaml").read_text()
    assert "failure_mode_allow: false" in text and "failure_mode_allow: true" not in text


def test_health_service_reports_serving(setup: Setup) -> None:
    proc, endpoint = start_processor(setup)
    try:
        with grpc.insecure_channel(endpoint.grpc_target()) as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            for service in ("", "envoy.service.ext_proc.v3.ExternalProcessor"):
                status = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status
                assert status == health_pb2.HealthCheckResponse.SERVING
    finally:
        launcher.stop_process(proc)


def test_processor_on_a_unix_socket(tmp_path: Path, setup: Setup) -> None:
    socket_path = tmp_path / "extproc.sock"
    with HostileUpstream() as upstream:
        proc = subprocess.Popen([sys.executable, "-m", "extproc.cli", "serve", "--listen", f"unix:{socket_path}",
                                 *processor_args(setup)])
        try:
            launcher.wait_for_port(Endpoint(str(socket_path)), 30, proc)
            listen = Endpoint("127.0.0.1", launcher.free_port())
            config = envoy_config.render(listen, Endpoint(str(socket_path)), Endpoint("127.0.0.1", upstream.port),
                                         Endpoint("127.0.0.1", launcher.free_port()))
            with launcher.envoy_process(config, listen, log_path=tmp_path / "envoy.log"):
                body = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
                response = httpx2.post(f"http://127.0.0.1:{listen.port}/mcp", json=body, timeout=10,
                                       headers={"authorization": f"Bearer {setup.token()}"})
                assert response.status_code == 200 and response.json()["id"] == 1
        finally:
            launcher.stop_process(proc)


def test_chunked_and_empty_posts(hostile_gateway: Gateway, hostile: HostileUpstream, tokens) -> None:
    body = json.dumps({"jsonrpc": "2.0", "id": 2, "method": "ping"}).encode()
    auth = {"authorization": f"Bearer {tokens()}"}
    chunked = httpx2.post(hostile_gateway.url, content=iter([body[:10], body[10:]]), headers=auth, timeout=10)
    assert chunked.status_code == 200 and chunked.json()["id"] == 2
    before = len(hostile.received)
    empty = httpx2.post(hostile_gateway.url, content=b"", headers={"content-length": "0", **auth}, timeout=10)
    assert empty.status_code == 400 and len(hostile.received) == before


@pytest.mark.anyio
async def test_chaperone_run_demo_serves_and_stops_cleanly(tmp_path: Path) -> None:
    """What `make run` does, from a directory of its own (the demo policy's .run/ keys land there), on a port of
    its own: the challenge, the metadata and the tokens name that port; `-v` logs a line per exchange."""
    port = launcher.free_port()
    url = f"http://127.0.0.1:{port}/mcp"
    proc = subprocess.Popen(
        [sys.executable, "-m", "extproc.cli", "-v", "run", "--demo", "--listen", f"127.0.0.1:{port}",
         "--review-listen", f"127.0.0.1:{launcher.free_port()}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tmp_path,
    )
    try:
        await asyncio.to_thread(launcher.wait_for_port, Endpoint("127.0.0.1", port), 60, proc)
        challenge = httpx2.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, timeout=10)
        assert challenge.status_code == 401
        metadata_url = f"http://127.0.0.1:{port}/.well-known/oauth-protected-resource/mcp"
        assert challenge.headers["www-authenticate"].startswith(f'Bearer resource_metadata="{metadata_url}"')
        assert httpx2.get(metadata_url, timeout=10).json()["resource"] == url
        token = subprocess.run([sys.executable, "-m", "extproc.cli", "token", "--sub", "ivy", "--groups", "interns",
                                "--audience", url],
                               capture_output=True, text=True, check=True, cwd=tmp_path).stdout.strip()
        http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"})
        async with Client(streamable_http_client(url, http_client=http), mode="2026-07-28") as client:
            names = {tool.name for tool in (await client.list_tools()).tools}
        assert names == {"search_patients"}, "an intern sees only what the demo policy grants interns"
    finally:
        proc.send_signal(signal.SIGINT)
        output = (await asyncio.to_thread(proc.communicate, timeout=30))[0].decode()
    assert proc.returncode == 0, output
    assert f"MCP endpoint: {url}" in output and f"--groups clinicians --audience {url}" in output
    assert "POST - - sub=- decision=refused status=401 ms=" in output, "refused before its body was read"
    assert "POST tools/list - sub=ivy decision=allowed status=200 ms=" in output
    assert token not in output and token.split(".")[2] not in output, "no token in the log"
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(f"http://127.0.0.1:{port}/mcp", timeout=2)


def test_help_documents_every_command() -> None:
    out = subprocess.run([sys.executable, "-m", "extproc.cli", "--help"], capture_output=True, text=True).stdout
    for command in ("serve", "run", "token", "policy", "envoy-config"):
        assert command in out


def test_upstream_down_is_a_jsonrpc_503(setup: Setup, tmp_path: Path, tokens) -> None:
    from tests.integration.conftest import gateway_in_front_of

    for gateway in gateway_in_front_of(Endpoint("127.0.0.1", launcher.free_port()), tmp_path, setup):
        response = httpx2.post(gateway.url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, timeout=10,
                               headers={"authorization": f"Bearer {tokens()}"})
        assert response.status_code == 503
        assert "MCP server behind the gateway is unreachable" in response.json()["error"]["message"]


def test_a_token_from_another_directory_is_refused_not_signed_by_a_new_key(tmp_path: Path) -> None:
    """The demo policy's keys are relative to where `chaperone run` started: elsewhere no key pair is made."""
    done = subprocess.run([sys.executable, "-m", "extproc.cli", "token", "--sub", "ivy", "--groups", "interns"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode != 0 and "chaperone run" in done.stderr and "no development signing key" in done.stderr
    assert not (tmp_path / ".run").exists()
