"""`chaperone run --upstream http://localhost:PORT/mcp`, a new user's first try: Envoy resolves localhost to
::1 first, while the server listens on 127.0.0.1 — the gateway must still reach it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extproc import launcher
from extproc.envoy_config import Endpoint
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of
from tests.integration.test_mcp_through_envoy import connect

pytestmark = pytest.mark.anyio


@pytest.fixture
def localhost_gateway(tmp_path: Path, setup: Setup) -> Iterator[Gateway]:
    port = launcher.free_port()
    with launcher.demo_upstream(port):  # listens on 127.0.0.1
        yield from gateway_in_front_of(Endpoint("localhost", port), tmp_path, setup)


async def test_an_upstream_named_localhost_is_reached(localhost_gateway: Gateway, tokens) -> None:
    async with connect(localhost_gateway, tokens("doc", ("clinicians",)), "2026-07-28") as client:
        assert (await client.list_tools()).tools
