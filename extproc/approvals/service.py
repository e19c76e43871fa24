"""The approvals capability as the processor runs it: one store, the gate that holds calls, the review
operations, the webhook, and a sweep that expires what ran out. Built and closed by `server.serve`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extproc.approvals.errors import StoreUnavailable
from extproc.approvals.events import ApprovalEvents
from extproc.approvals.gate import ApprovalGate
from extproc.approvals.reviews import StoreReviews
from extproc.approvals.sqlite_store import SqliteApprovalStore
from extproc.approvals.store import ApprovalStore
from extproc.approvals.webhook import WebhookNotifier, load_secret

log = logging.getLogger("chaperone.approvals")

EXPIRY_SWEEP_S = 5.0
"""How often requests and grants that ran out are moved to EXPIRED and recorded."""


@dataclass(frozen=True, slots=True)
class ApprovalsSettings:
    sqlite_path: Path | None = None
    """The embedded store (one processor, or several sharing one file on one host)."""
    postgres_dsn: str | None = None
    """Replicas share PostgreSQL: a decision through any of them releases a call held in another."""
    webhook_url: str | None = None
    webhook_secret_file: Path | None = None
    link_base: str | None = None
    """The reviewers' page the webhook links to (`{link_base}/approvals/{id}`)."""


class Approvals:
    def __init__(self, store: ApprovalStore, events: ApprovalEvents, notifier: WebhookNotifier | None) -> None:
        self.store = store
        self.gate = ApprovalGate(store, events)
        self.reviews = StoreReviews(store, events, changed=self.gate.forget)
        self._notifier = notifier
        self._sweeper: asyncio.Task[None] | None = None

    @classmethod
    async def start(cls, settings: ApprovalsSettings, append: Callable[[dict[str, Any]], Awaitable[object]]
                    ) -> Approvals:
        if settings.postgres_dsn:
            # imported here: the PostgreSQL driver is loaded only by processors that share a database
            from extproc.approvals.postgres_store import PostgresApprovalStore

            store: ApprovalStore = await PostgresApprovalStore(settings.postgres_dsn).open()
        elif settings.sqlite_path is not None:
            store = await SqliteApprovalStore(settings.sqlite_path).open()
        else:
            raise ValueError("approvals need a store: an SQLite path or a PostgreSQL DSN")
        notifier = None
        if settings.webhook_url:
            if settings.webhook_secret_file is None:
                raise ValueError("a webhook needs its signing secret (--approvals-webhook-secret FILE)")
            notifier = WebhookNotifier(settings.webhook_url, load_secret(settings.webhook_secret_file),
                                       link_base=settings.link_base)
            await notifier.start()
        approvals = cls(store, ApprovalEvents(append, notifier), notifier)
        approvals._sweeper = asyncio.create_task(approvals._sweep())
        return approvals

    async def _sweep(self) -> None:
        while True:
            await asyncio.sleep(EXPIRY_SWEEP_S)
            try:
                await self.reviews.expire_due()
            except StoreUnavailable as exc:
                log.warning("approvals store unavailable, expiry sweep skipped: %s", exc)
            except Exception:
                log.exception("approvals expiry sweep failed")

    async def close(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        if self._notifier is not None:
            await self._notifier.close(5.0)
        await self.store.close()
