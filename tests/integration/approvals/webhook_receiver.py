"""A small, real HTTP/1.1 webhook receiver for tests: asyncio on 127.0.0.1, one request per connection.

It keeps every request's raw bytes and answers with whatever `answer` says for it: a status, or None to
hang (never answer) until the receiver stops. It can start on a port chosen in advance, to play a receiver
that is down and then comes up.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Received:
    raw: bytes
    """The request exactly as it arrived: request line, headers and body."""
    headers: dict[str, str]
    """Lower-cased names."""
    body: bytes

    @property
    def payload(self) -> Any:
        return json.loads(self.body)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WebhookReceiver:
    def __init__(self, answer: Callable[[Received], int | None] = lambda _: 200, port: int = 0) -> None:
        self.answer = answer
        self.port = port
        self.received: list[Received] = []
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/approvals"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True,
                                                  limit=MAX_HEAD)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._handlers):
                task.cancel()
            await asyncio.gather(*self._handlers, return_exceptions=True)
            await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")[1:]
            headers = {name.strip().lower(): value.strip()
                       for name, _, value in (line.partition(":") for line in lines if line)}
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            request = Received(head + body, headers, body)
            self.received.append(request)
            status = self.answer(request)
            if status is None:
                await asyncio.Event().wait()  # hang until cancelled
            writer.write(f"HTTP/1.1 {status} Scripted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            self._handlers.discard(task)
            writer.close()
