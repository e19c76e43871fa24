"""The demo EHR MCP server as its own process over streamable HTTP: both protocol revisions, and the Host check."""

from __future__ import annotations

import http.client
import math
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest
from mcp import Client

from demo.patients import generate_patients
from tests.demo_ehr_support import MODES, TOOLS, structured

ROOT = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _http(port: int, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for k, v in {**headers, "Content-Length": str(len(body))}.items():
            conn.putheader(k, v)
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def http_server() -> Iterator[int]:
    port = _free_port()
    cmd = [
        sys.executable, "-m", "demo.ehr_server",
        "--port", str(port), "--patients", "60", "--batch-delay", "0.01", "--allowed-host", "ehr.demo.svc",
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"demo EHR server exited early ({proc.returncode}): {err}")
            try:
                if _http(port, "GET", "/healthz", {"Host": f"127.0.0.1:{port}"})[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("demo EHR server did not become ready within 15 s")
            time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if proc.stderr:
            proc.stderr.close()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_http_server_both_protocol_revisions(mode: str, http_server: int) -> None:
    expected = generate_patients(60)
    events: list[float] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        events.append(progress)

    with anyio.fail_after(15):
        async with Client(f"http://127.0.0.1:{http_server}/mcp", mode=mode, read_timeout_seconds=10) as c:
            assert {t.name for t in (await c.list_tools()).tools} == TOOLS
            record = structured(await c.call_tool("get_patient", {"patient_id": expected[5].patient_id}))
            assert record == expected[5].to_dict()
            cohort = structured(
                await c.call_tool("export_cohort", {"condition": "I", "batch_size": 5}, progress_callback=on_progress)
            )
    assert cohort["total"] > 5
    assert len(events) == math.ceil(cohort["total"] / 5) and events[-1] == cohort["total"]


def test_http_server_host_header_check(http_server: int) -> None:
    modern = {
        "Content-Type": "application/json",
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2026-07-28",
    }
    for host in (f"127.0.0.1:{http_server}", "localhost:1", "127.0.0.1", "localhost", "ehr.demo.svc:80"):
        status, _ = _http(http_server, "POST", "/mcp", {**modern, "Host": host}, b"{}")
        assert status != 421, host  # passes the Host check (then fails JSON-RPC validation)
    status, body = _http(http_server, "POST", "/mcp", {**modern, "Host": "evil.example:80"}, b"{}")
    assert status == 421 and b"Invalid Host" in body
