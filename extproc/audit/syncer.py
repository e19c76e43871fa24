"""`fdatasync` in a helper process, for the journal's group commit.

The event loop hands the helper a file descriptor over a Unix socket (SCM_RIGHTS) and awaits a one-byte
answer: 0 when the file's data is on disk, else the errno. A thread would do the same wait, but it needs
the GIL before and after each call and contends with the event loop for it; measured at saturation the
thread cost the processor ~110-140 µs of CPU per exchange more than this helper does (README, Speed).
The helper shares no GIL with the event loop.

If the helper is gone (killed, crashed), the sync in progress fails with OSError (the journal refuses
that batch) and the next sync starts a new helper.
"""

from __future__ import annotations

import array
import asyncio
import collections
import os
import signal
import socket
import subprocess
import sys

_OK = 0


class Syncer:
    """One helper process and the socket to it; `await sync(fd)` returns once `fdatasync(fd)` has."""

    def __init__(self) -> None:
        self._sock: socket.socket | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._waiting: collections.deque[asyncio.Future[int]] = collections.deque()
        self._loop: asyncio.AbstractEventLoop | None = None

    async def sync(self, fd: int) -> None:
        """OSError if the data could not be made durable (the helper's errno, or the helper is gone)."""
        if self._sock is None:
            self._start()
        assert self._sock is not None and self._loop is not None
        answer = self._loop.create_future()
        self._waiting.append(answer)
        try:  # one byte and one descriptor: never blocks on a socket nobody else writes to
            self._sock.sendmsg([b"s"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [fd]))])
        except OSError as exc:
            self._waiting.remove(answer)
            reason = f"fsync helper unreachable ({exc.strerror or exc})"
            self._gone(reason)
            raise OSError(reason) from exc
        errno = await answer
        if errno != _OK:
            raise OSError(errno, os.strerror(errno))

    def close(self) -> None:
        """Stop the helper (it exits when its socket closes)."""
        self._stop("journal closed", grace=5.0)

    def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "extproc.audit.syncer", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, close_fds=True,
            )
        finally:
            theirs.close()
        ours.setblocking(False)
        self._sock = ours
        self._loop.add_reader(ours.fileno(), self._on_answers)

    def _on_answers(self) -> None:
        assert self._sock is not None
        try:
            data = self._sock.recv(4096)
        except BlockingIOError:
            return
        except OSError as exc:
            self._gone(f"fsync helper unreachable ({exc.strerror or exc})")
            return
        if not data:
            self._gone("fsync helper exited")
            return
        for errno in data:
            answer = self._waiting.popleft()
            if not answer.done():
                answer.set_result(errno)

    def _gone(self, reason: str) -> None:
        self._stop(reason, grace=0.0)

    def _stop(self, reason: str, grace: float) -> None:
        """Forget the helper (whoever still waits gets OSError(reason)); give it `grace` seconds to exit."""
        proc, sock = self._proc, self._sock
        self._sock = self._proc = None
        if sock is not None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(sock.fileno())
            sock.close()
        while self._waiting:
            answer = self._waiting.popleft()
            if not answer.done():
                answer.set_exception(OSError(reason))
        if proc is not None:
            try:
                proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

def _serve(sock: socket.socket) -> None:
    """The helper: for each descriptor received, fdatasync it and answer one byte."""
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(sock, 1, 1)
        except InterruptedError:
            continue
        if not message:
            return
        if not fds:
            errno = 22  # EINVAL: a message without a descriptor
        else:
            try:
                os.fdatasync(fds[0])
                errno = _OK
            except OSError as exc:
                errno = exc.errno if exc.errno and 0 < exc.errno < 256 else 5  # EIO when it gives none
            finally:
                for fd in fds:
                    os.close(fd)
        sock.sendall(bytes([errno]))


if __name__ == "__main__":
    # It lives exactly as long as its socket: a Ctrl-C or SIGTERM sent to the whole process group must not
    # end it before the processor has written its last records and seal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _serve(socket.socket(fileno=int(sys.argv[1])))
