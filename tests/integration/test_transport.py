"""Transport details a user meets first, through real Envoy: Origin validation, the label of a replaced error page,
where the 401 challenge and the metadata send clients, and `chaperone run`'s children and ports."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from extproc import launcher
from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.conftest import AUDIENCE, Gateway, Setup, gateway_in_front_of
from tests.integration.hostile_upstream import HostileUpstream
from tests.integration.test_bad_input import BASE, MODERN, tool_call

APP = "https://app.example.org"


@pytest.fixture
def journal(setup: Setup) -> Path:
    return Path(tempfile.mkdtemp(prefix="journal-", dir=setup.audit_dir)) / "journal"


@pytest.fixture
def app_gateway(hostile: HostileUpstream, tmp_path: Path, setup: Setup, journal: Path) -> Iterator[Gateway]:
    """A gateway whose operator allows one browser app besides the gateway's own origin."""
    yield from gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path, setup, journal,
                                   processor_extra=("--allowed-origin", APP))


def post(gateway: Gateway, token: str, origin: str | None) -> httpx2.Response:
    headers = {**BASE, **MODERN, "authorization": f"Bearer {token}"}
    if origin is not None:
        headers["origin"] = origin
    return httpx2.post(gateway.url, content=json.dumps(tool_call(11)).encode(), headers=headers, timeout=20)


def test_origins_allowed_and_refused(app_gateway: Gateway, hostile: HostileUpstream, journal: Path, tokens) -> None:
    token = tokens()
    own = AUDIENCE.removesuffix("/mcp")  # the public URL's origin
    for origin in (None, APP, own):
        assert post(app_gateway, token, origin).status_code == 200, origin
    before = len(hostile.received)
    for origin in ("http://evil.example:10000", "null", f"{APP}, http://evil.example"):
        refused = post(app_gateway, token, origin)
        assert refused.status_code == 403 and refused.headers["content-type"] == "application/json", origin
        assert refused.json()["error"]["code"] == -32003 and "not allowed to call" in refused.json()["error"]["message"]
    stream = httpx2.get(app_gateway.url, headers={"authorization": f"Bearer {token}", "origin": "http://evil.example",
                                                  "accept": "text/event-stream"}, timeout=10)
    assert stream.status_code == 403
    assert len(hostile.received) == before, "nothing from a refused origin reached the upstream"
    refusals = [r for r in iter_records([journal]) if r["http"]["status"] == 403]
    assert len(refusals) == 4 and all("DNS-rebinding" in r["refused"] for r in refusals), "each refusal recorded"
    assert refusals[0]["refused"].startswith("Origin http://evil.example:10000 is not allowed")


def test_a_replaced_error_page_is_labelled_json(hostile_gateway: Gateway, tokens) -> None:
    headers = {**BASE, **MODERN, "authorization": f"Bearer {tokens()}", "x-scenario": "html"}
    response = httpx2.post(hostile_gateway.url, content=json.dumps(tool_call(12)).encode(), headers=headers,
                           timeout=20)
    assert response.status_code == 502 and response.headers["content-type"] == "application/json"
    assert response.json()["id"] == 12 and "exploded" not in response.text


@pytest.mark.parametrize(("scenario", "label", "words"), [
    ("sse-labelled-json", "application/json", "event stream not labelled text/event-stream"),
    ("json-labelled-sse", "text/event-stream", "JSON document labelled text/event-stream"),
])
def test_a_body_that_is_not_what_its_label_says_is_refused_as_labelled(
        hostile_gateway: Gateway, tokens, scenario: str, label: str, words: str) -> None:
    headers = {**BASE, **MODERN, "authorization": f"Bearer {tokens()}", "x-scenario": scenario}
    response = httpx2.post(hostile_gateway.url, content=json.dumps(tool_call(13)).encode(), headers=headers,
                           timeout=20)
    assert response.headers["content-type"] == label
    text = response.text.split("data: ", 1)[1] if label == "text/event-stream" else response.text
    error = json.loads(text)
    assert error["id"] == 13 and words in error["error"]["message"] and '"result"' not in response.text


def run_args(port: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "extproc.cli", "run", "--demo", "--listen", f"127.0.0.1:{port}",
            "--review-listen", f"127.0.0.1:{launcher.free_port()}", *extra]


def children_of(pid: int) -> set[int]:
    """Every live descendant of `pid` (zombies, which hold no port, are not counted)."""
    found: set[int] = set()
    parents = {pid}
    while parents:
        new: set[int] = set()
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            state, ppid = stat.rsplit(")", 1)[1].split()[:2]
            if int(ppid) in parents and state != "Z":
                new.add(int(entry))
        found |= new
        parents = new
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_children_die_with_a_killed_chaperone_run(tmp_path: Path) -> None:
    port = launcher.free_port()
    proc = subprocess.Popen(run_args(port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        launcher.wait_for_port(Endpoint("127.0.0.1", port), 60, proc)
        children = children_of(proc.pid)
        assert len(children) >= 2, "Envoy and the demo server"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in children if alive(pid)], "every child went with its parent"
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(f"http://127.0.0.1:{port}/mcp", timeout=2)


def test_a_busy_port_is_one_clear_line_before_anything_starts(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        done = subprocess.run(run_args(port), capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"chaperone: 127.0.0.1:{port} is already in use (another `chaperone run`?): stop what holds it, or choose "
        "another address with --listen"]
    assert not (tmp_path / ".run").exists(), "nothing was started or created"


def test_a_public_url_contradicting_the_policy_is_refused(tmp_path: Path, setup: Setup) -> None:
    done = subprocess.run(run_args(launcher.free_port(), "--policy", str(setup.policy_path),
                                   "--public-url", "https://elsewhere.example/mcp"),
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 2
    assert f"{AUDIENCE} contradicts --public-url https://elsewhere.example/mcp" in done.stderr
