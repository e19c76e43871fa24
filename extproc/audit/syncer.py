"""The journal's helper process: `fdatasync` for the group commit, then the spans of what it made durable.

The event loop hands the helper a file descriptor over a Unix socket (SCM_RIGHTS), with the encoded spans of
the batch just written, and awaits a one-byte answer: 0 when the file's data is on disk, else the errno. A
thread would do the same wait, but it needs the GIL before and after each call and contends with the event
loop for it; measured at saturation the thread cost the processor ~110-140 µs of CPU per exchange more than
this helper does (README, Speed). The helper shares no GIL with the event loop.

With spans configured, the helper passes a batch's spans to its span sink once the batch is durable
(`span_feed`): batching, export, the spool and its reports run here, off the event loop.

If the helper is gone (killed, crashed), the sync in progress fails with OSError (the journal refuses that
batch) and the next sync starts a new helper. Spans the lost helper had not exported yet are lost with it
(their records are in the journal); that is logged.
"""

from __future__ import annotations

import array
import asyncio
import collections
import logging
import os
import select
import signal
import socket
import struct
import subprocess
import sys

from extproc.audit.span_feed import SpanFeed, SpanSettings

log = logging.getLogger("chaperone.journal")

_OK = 0
_READY = b"r"
_REQUEST = struct.Struct("<II")  # the batch: how many records, how many bytes of spans follow
START_TIMEOUT_S = 60.0
CLOSE_GRACE_S = 15.0
"""At close the helper flushes its spans (up to 5 s, plus one export timeout) before it exits."""
SPAN_FLUSH_S = 5.0


class Syncer:
    """One helper process and the socket to it; `await sync(fd, spans, records)` returns once `fdatasync(fd)`
    has. Calls must not overlap (the journal commits one batch at a time)."""

    def __init__(self, spans: SpanSettings | None = None) -> None:
        self._spans = spans
        self._sock: socket.socket | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._ready = False  # the helper's first byte (it is up, its span sink opened) has been read
        self._waiting: collections.deque[asyncio.Future[int]] = collections.deque()
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        """Start the helper and wait until it is up: a helper that cannot start (e.g. its span spool is in use
        by another processor) is a RuntimeError here, at startup, rather than refused requests later."""
        self._spawn()
        assert self._sock is not None and self._proc is not None
        self._sock.settimeout(START_TIMEOUT_S)
        try:
            first = self._sock.recv(1)
        except OSError:
            first = b""
        if first != _READY:
            proc = self._detach("journal helper failed to start")
            if proc is not None:
                _wait(proc, 5.0)
            code = None if proc is None else proc.returncode
            raise RuntimeError(f"the audit journal's helper process could not start (exit code {code}); "
                               "its log above says why")
        self._sock.setblocking(False)
        self._ready = True

    async def sync(self, fd: int, spans: bytes = b"", records: int = 0) -> None:
        """OSError if the data could not be made durable (the helper's errno, or the helper is gone). `spans`
        (`span_feed.frame`) are the spans of the batch's `records` records, exported once it is durable."""
        if self._sock is None:
            self._spawn()
        assert self._sock is not None
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
            self._sock.setblocking(False)
            self._loop.add_reader(self._sock.fileno(), self._on_answers)
        answer = self._loop.create_future()
        self._waiting.append(answer)
        request = _REQUEST.pack(records, len(spans)) + spans
        try:  # the socket is empty (one request at a time): the descriptor and the first bytes go at once
            sent = self._sock.sendmsg([request], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [fd]))])
            if sent < len(request):
                await self._loop.sock_sendall(self._sock, memoryview(request)[sent:])
        except asyncio.CancelledError:  # a request cut off midway would garble every later one
            answer.cancel()
            self._gone("a request to the journal helper was cut off")
            raise
        except OSError as exc:
            reason = f"journal helper unreachable ({exc.strerror or exc})"
            if answer in self._waiting:
                self._waiting.remove(answer)
            elif answer.done() and not answer.cancelled():
                answer.exception()  # already failed: the helper was found gone while this was being sent
            if self._sock is not None:
                self._gone(reason)
            raise OSError(reason) from exc
        errno = await answer
        if errno != _OK:
            raise OSError(errno, os.strerror(errno))

    async def close(self) -> None:
        """Stop the helper: it exits when its socket closes, once its spans are flushed or spooled."""
        proc = self._detach("journal closed")
        if proc is not None:
            await asyncio.to_thread(_wait, proc, CLOSE_GRACE_S)

    def _spawn(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        argv = [sys.executable, "-m", "extproc.audit.syncer", str(theirs.fileno()),
                str(logging.getLogger().getEffectiveLevel())]
        if self._spans is not None:
            argv.append(self._spans.to_json())
        try:
            self._proc = subprocess.Popen(argv, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, close_fds=True)
        finally:
            theirs.close()
        self._sock = ours
        self._ready = False
        if self._loop is not None:
            ours.setblocking(False)
            self._loop.add_reader(ours.fileno(), self._on_answers)

    def _on_answers(self) -> None:
        assert self._sock is not None
        try:
            data = self._sock.recv(4096)
        except BlockingIOError:
            return
        except OSError as exc:
            self._gone(f"journal helper unreachable ({exc.strerror or exc})")
            return
        if not data:
            self._gone("journal helper exited")
            return
        if not self._ready:
            if data[:1] != _READY:
                self._gone("journal helper sent an unexpected first byte")
                return
            self._ready, data = True, data[1:]
        if len(data) > len(self._waiting):
            self._gone("journal helper answered a request it was not sent")
            return
        for errno in data:
            answer = self._waiting.popleft()
            if not answer.done():
                answer.set_result(errno)

    def _gone(self, reason: str) -> None:
        log.error("%s: the batch being synced is refused; spans it had not exported yet are lost (their records "
                  "are in the journal); a new helper starts with the next batch", reason)
        proc = self._detach(reason)
        if proc is not None:
            _wait(proc, 0.0)

    def _detach(self, reason: str) -> subprocess.Popen[bytes] | None:
        """Forget the helper (whoever still waits gets OSError(reason)); its process is the caller's to wait for."""
        proc, sock = self._proc, self._sock
        self._proc = self._sock = None
        if sock is not None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(sock.fileno())
            sock.close()
        while self._waiting:
            answer = self._waiting.popleft()
            if not answer.done():
                answer.set_exception(OSError(reason))
        return proc


def _wait(proc: subprocess.Popen[bytes], grace: float) -> None:
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# --- the helper ----------------------------------------------------------------------------------------------


def _receive_exactly(sock: socket.socket, size: int, into: bytearray) -> bool:
    while len(into) < size:
        more = sock.recv(size - len(into))
        if not more:
            return False
        into += more
    return True


def _receive(sock: socket.socket) -> tuple[tuple[int, bytes] | None, list[int]]:
    """One request: ((records, spans), descriptors); None when the processor closed the socket."""
    first, fds, _, _ = socket.recv_fds(sock, _REQUEST.size, 1)
    header = bytearray(first)
    if not first or not _receive_exactly(sock, _REQUEST.size, header):
        return None, fds
    records, length = _REQUEST.unpack(header)
    spans = bytearray()
    if not _receive_exactly(sock, length, spans):
        return None, fds
    return (records, bytes(spans)), fds


def _fdatasync(fd: int) -> int:
    try:
        os.fdatasync(fd)
        return _OK
    except OSError as exc:
        return exc.errno if exc.errno and 0 < exc.errno < 256 else 5  # EIO when it gives none


def _serve(sock: socket.socket, feed: SpanFeed | None) -> None:
    """For each request: fdatasync its descriptor, answer one byte, then hand its spans to `feed`. Ends when
    the processor closes the socket (or is gone), with the spans flushed or spooled."""
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    while True:
        if feed is not None and not poller.poll(feed.seconds_to_report() * 1000):
            feed.report()
            continue
        try:
            request, fds = _receive(sock)
        except InterruptedError:
            continue
        except OSError:  # the processor is gone
            break
        answered = True
        try:
            if request is None:
                break  # the processor closed the socket: done
            errno = _fdatasync(fds[0]) if fds else 22  # EINVAL: a request without a descriptor
            try:
                sock.sendall(bytes([errno]))
            except OSError:  # the processor is gone; the batch is durable all the same
                answered = False
        finally:
            for fd in fds:
                os.close(fd)
        records, spans = request
        if errno == _OK and feed is not None:
            feed.add(spans, records)
        if not answered:
            break
    if feed is not None:
        feed.close(SPAN_FLUSH_S)


def _main(argv: list[str]) -> int:
    # It lives exactly as long as its socket: a Ctrl-C or SIGTERM sent to the whole process group must not
    # end it before the processor has written its last records and seal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.basicConfig(level=int(argv[1]), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    sock = socket.socket(fileno=int(argv[0]))
    feed = None
    if len(argv) > 2:
        try:
            feed = SpanFeed.open(SpanSettings.from_json(argv[2]))
        except (RuntimeError, OSError) as exc:
            log.error("audit spans cannot be exported: %s", exc)
            return 1
    sock.sendall(_READY)
    _serve(sock, feed)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
