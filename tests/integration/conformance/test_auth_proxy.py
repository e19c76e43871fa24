"""The conformance harness's header-adding proxy, against a raw loopback upstream: it adds the bearer token to
every request of a kept-alive connection, changes no other byte, and streams chunked bodies unbuffered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from tests.conformance.auth_proxy import AuthProxy

pytestmark = pytest.mark.anyio

REQUEST = (b"POST /mcp HTTP/1.1\r\nHost: evil.example.com\r\nOrigin: http://evil.example.com\r\n"
           b"authorization: Bearer forged\r\nContent-Length: 4\r\n\r\nbody")


class Upstream:
    """Records each request head and body; answers with a chunked body whose second chunk waits for `release`."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.release = asyncio.Event()
        self.server: asyncio.Server | None = None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                break
            self.requests.append(head + await reader.readexactly(4))
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                         b"6\r\nfirst\n\r\n")
            await writer.drain()
            await self.release.wait()
            writer.write(b"7\r\nsecond\n\r\n0\r\n\r\n")
            await writer.drain()
            self.release.clear()
        writer.close()


@pytest.fixture
async def proxied() -> AsyncIterator[tuple[Upstream, AuthProxy]]:
    upstream = Upstream()
    upstream.server = await asyncio.start_server(upstream.handle, "127.0.0.1", 0)
    proxy = AuthProxy("127.0.0.1", upstream.server.sockets[0].getsockname()[1], "t0ken")
    await proxy.start()
    yield upstream, proxy
    await proxy.close()
    upstream.server.close()


async def exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, upstream: Upstream) -> None:
    writer.write(REQUEST)
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    # The first chunk arrives while the upstream still holds back the second: nothing is buffered.
    assert await asyncio.wait_for(reader.readuntil(b"first\n\r\n"), 5) == b"6\r\nfirst\n\r\n"
    upstream.release.set()
    assert await asyncio.wait_for(reader.readuntil(b"0\r\n\r\n"), 5) == b"7\r\nsecond\n\r\n0\r\n\r\n"


async def test_every_request_on_a_kept_alive_connection_gets_the_token_and_nothing_else_changes(
    proxied: tuple[Upstream, AuthProxy],
) -> None:
    upstream, proxy = proxied
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.port)
    await exchange(reader, writer, upstream)
    await exchange(reader, writer, upstream)
    writer.close()
    expected = (b"POST /mcp HTTP/1.1\r\nAuthorization: Bearer t0ken\r\nHost: evil.example.com\r\n"
                b"Origin: http://evil.example.com\r\nContent-Length: 4\r\n\r\nbody")
    assert upstream.requests == [expected, expected]
