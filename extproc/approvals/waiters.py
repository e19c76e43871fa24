"""Who is waiting for which approval request: one future per waiter, woken by the store's one listener.

A held call costs a future and a set entry here, never a thread or a task of the store's own, so a
thousand held calls are cheap. Everything runs on the event loop that owns the store.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


class ChangeWaiters:
    def __init__(self, on_first_waiter: Callable[[], None] | None = None) -> None:
        self._futures: dict[str, set[asyncio.Future[None]]] = {}
        self._count = 0
        self._on_first_waiter = on_first_waiter

    def __len__(self) -> int:
        """How many waits are in flight."""
        return self._count

    async def wait(self, approval_id: str, timeout: float, changed: Callable[[], Awaitable[bool]] | None) -> None:
        """Return when `approval_id` is woken or after `timeout` seconds. The future is registered before
        `changed` is asked, so a change between the caller's last read and this wait is never missed."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._futures.setdefault(approval_id, set()).add(future)
        self._count += 1
        if self._count == 1 and self._on_first_waiter is not None:
            self._on_first_waiter()
        try:
            if changed is not None and await changed():
                return
            await asyncio.wait((future,), timeout=max(timeout, 0))
        finally:
            self._count -= 1
            futures = self._futures.get(approval_id)
            if futures is not None:
                futures.discard(future)
                if not futures:
                    del self._futures[approval_id]

    def wake(self, approval_id: str) -> None:
        for future in self._futures.get(approval_id, ()):
            if not future.done():
                future.set_result(None)

    def wake_all(self) -> None:
        """After notifications may have been lost (a listener reconnected): every waiter re-reads."""
        for approval_id in list(self._futures):
            self.wake(approval_id)
