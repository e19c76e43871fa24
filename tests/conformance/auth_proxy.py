"""An HTTP/1.1 proxy that adds `Authorization: Bearer TOKEN` to every request and changes nothing else.

The conformance suite cannot send an Authorization header, and the gateway refuses a request without one. This
proxy sits between the two. It works on bytes, not on a parsed-and-rebuilt message: every header line, its case
and order, a Host or Origin the suite forged on purpose (dns-rebinding-protection) and every response byte pass
as they came, so what the table shows is what the gateway did. Bodies are framed by Content-Length or chunked
encoding as HTTP/1.1 says, and each chunk is written on as soon as it arrives: an SSE stream is never buffered.
One upstream connection per client connection, kept alive as long as the client keeps its own.
"""

from __future__ import annotations

import asyncio
import contextlib

HEAD_LIMIT = 64 * 1024
COPY_SIZE = 64 * 1024


class ProxyError(Exception):
    """A message this proxy cannot frame; the connection is closed (the suite sees a transport error)."""


async def read_head(reader: asyncio.StreamReader) -> bytes | None:
    """A request or response head up to and including the blank line; None at a clean end of stream."""
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise ProxyError("connection closed inside a message head") from exc
        return None
    except asyncio.LimitOverrunError as exc:
        raise ProxyError("message head too large") from exc


def header_values(head: bytes, name: bytes) -> list[bytes]:
    """The values of every header line called `name` (case-insensitive)."""
    values = []
    for line in head.split(b"\r\n")[1:]:
        key, sep, value = line.partition(b":")
        if sep and key.strip().lower() == name:
            values.append(value.strip())
    return values


def with_authorization(head: bytes, authorization: bytes) -> bytes:
    """The request head with any Authorization line replaced by ours, added right after the request line."""
    lines = head[:-4].split(b"\r\n")
    kept = [line for line in lines[1:] if line.partition(b":")[0].strip().lower() != b"authorization"]
    return b"\r\n".join([lines[0], b"Authorization: " + authorization, *kept]) + b"\r\n\r\n"


async def copy_exactly(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, length: int) -> None:
    while length > 0:
        data = await reader.read(min(length, COPY_SIZE))
        if not data:
            raise ProxyError("connection closed inside a body")
        writer.write(data)
        await writer.drain()
        length -= len(data)


async def copy_chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Chunked transfer coding, copied verbatim and flushed chunk by chunk (the trailer section included)."""
    while True:
        size_line = await reader.readuntil(b"\r\n")
        writer.write(size_line)
        size = int(size_line.split(b";")[0].strip(), 16)
        if size == 0:
            while True:
                trailer = await reader.readuntil(b"\r\n")
                writer.write(trailer)
                if trailer == b"\r\n":
                    await writer.drain()
                    return
        await copy_exactly(reader, writer, size + 2)


async def copy_until_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while data := await reader.read(COPY_SIZE):
        writer.write(data)
        await writer.drain()


async def copy_body(head: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    request: bool) -> bool:
    """Copy the body that follows `head`; False when its end is the end of the connection."""
    if any(b"chunked" in v.lower() for v in header_values(head, b"transfer-encoding")):
        await copy_chunked(reader, writer)
        return True
    lengths = header_values(head, b"content-length")
    if lengths:
        await copy_exactly(reader, writer, int(lengths[0]))
        return True
    if request:
        return True
    await copy_until_close(reader, writer)
    return False


def response_has_body(request_head: bytes, response_head: bytes) -> bool:
    status = int(response_head.split(b" ", 2)[1])
    return not (request_head.startswith(b"HEAD ") or 100 <= status < 200 or status in (204, 304))


class AuthProxy:
    """Listens on 127.0.0.1:`port` (0: any free port) and forwards to `upstream_host`:`upstream_port`."""

    def __init__(self, upstream_host: str, upstream_port: int, token: str, port: int = 0) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.authorization = b"Bearer " + token.encode("ascii")
        self.server: asyncio.Server | None = None
        self.port = port
        self.connections: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", self.port, limit=HEAD_LIMIT)
        self.port = self.server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        """Stop listening and end every connection still open (a GET stream the suite left behind)."""
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
        for connection in self.connections:
            connection.cancel()
        await asyncio.gather(*self.connections, return_exceptions=True)

    async def handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        connection = asyncio.current_task()
        assert connection is not None
        self.connections.add(connection)
        connection.add_done_callback(self.connections.discard)
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream, limit=HEAD_LIMIT)
        except OSError:
            client_writer.close()
            return
        try:
            while await self.exchange(client_reader, client_writer, upstream_reader, upstream_writer):
                pass
        except (ProxyError, ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            for writer in (upstream_writer, client_writer):
                writer.close()
                with contextlib.suppress(ConnectionError):
                    await writer.wait_closed()

    async def exchange(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter,
                       upstream_reader: asyncio.StreamReader, upstream_writer: asyncio.StreamWriter) -> bool:
        """One request and its response(s); False when either side ends the connection."""
        request_head = await read_head(client_reader)
        if request_head is None:
            return False
        upstream_writer.write(with_authorization(request_head, self.authorization))
        await copy_body(request_head, client_reader, upstream_writer, request=True)
        while True:
            response_head = await read_head(upstream_reader)
            if response_head is None:
                return False
            client_writer.write(response_head)
            await client_writer.drain()
            if not response_head.split(b" ", 2)[1].startswith(b"1"):
                break
        if response_has_body(request_head, response_head):
            return await copy_body(response_head, upstream_reader, client_writer, request=False)
        return True
