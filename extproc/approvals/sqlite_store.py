"""The embedded approval store: one SQLite file (WAL), so `make run` needs no database server.

All SQL runs on one dedicated thread owning the one connection; writes take `BEGIN IMMEDIATE`, which also
serializes them against other processes sharing the file. Waiters in this process are woken as soon as
a change commits; changes made by other processes reach them through a change log polled every
`poll_interval` seconds, and only while someone waits.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from extproc.approvals import codec
from extproc.approvals.errors import RefusalCode, ReviewRefused, StoreUnavailable, TooManyPending
from extproc.approvals.model import ApprovalRequest, CallBinding, Status
from extproc.approvals.store import (
    MAX_PENDING_PER_REQUESTER,
    Change,
    check_change,
    check_limit,
    check_new,
    listed_groups,
    valid_id,
)
from extproc.approvals.transitions import expire
from extproc.approvals.waiters import ChangeWaiters

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS approvals (
    id TEXT PRIMARY KEY,
    principal TEXT NOT NULL,
    tool TEXT NOT NULL,
    arguments_digest TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    grant_until REAL,
    break_glass INTEGER NOT NULL,
    reviewed_after TEXT,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS approvals_binding ON approvals (principal, tool, arguments_digest, policy_version, status);
CREATE INDEX IF NOT EXISTS approvals_expiry ON approvals (status, expires_at);
CREATE INDEX IF NOT EXISTS approvals_grant ON approvals (status, grant_until);
CREATE INDEX IF NOT EXISTS approvals_break_glass ON approvals (break_glass, reviewed_after, created_at);
CREATE INDEX IF NOT EXISTS approvals_created ON approvals (created_at);
CREATE INDEX IF NOT EXISTS approvals_pending_of_requester ON approvals (principal, expires_at) WHERE status = 'pending';
CREATE TABLE IF NOT EXISTS approval_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, approval_id TEXT NOT NULL);
"""

_ADD_CLIENT = (
    "ALTER TABLE approvals ADD COLUMN client TEXT",
    # the requests written before the column, from their documents (layout 1 kept the client at the top)
    """UPDATE approvals
        SET client = COALESCE(json_extract(doc, '$.binding.client'), json_extract(doc, '$.client_id'), '')
        WHERE client IS NULL""",
)
"""The binding's client column, added (not declared above) so that a database made by an earlier version gets
it too. A row an earlier version inserts later has none, so it covers no call: it fails closed."""

_APPROVER_GROUPS = (
    """CREATE TABLE approval_groups (
        approver_group TEXT NOT NULL,
        approval_id TEXT NOT NULL,
        PRIMARY KEY (approver_group, approval_id)
    ) WITHOUT ROWID""",
    # In the statement that inserts the request, from its document: the two cannot disagree, and a process of
    # an earlier version sharing the file indexes what it inserts too. Requests never change their groups.
    """CREATE TRIGGER approval_groups_of_new_request AFTER INSERT ON approvals BEGIN
        INSERT OR IGNORE INTO approval_groups (approver_group, approval_id)
            SELECT value, NEW.id FROM json_each(NEW.doc, '$.approver_groups');
    END""",
    # the requests of a database made by an earlier version
    """INSERT OR IGNORE INTO approval_groups (approver_group, approval_id)
        SELECT g.value, a.id FROM approvals AS a, json_each(a.doc, '$.approver_groups') AS g""",
)
"""Which requests name which approver group, so a reviewer's list is filtered by group in the database.
Created, with what it indexes, in one transaction when the table is missing (a new or an earlier database)."""

_INSERT = f"INSERT INTO approvals ({', '.join(codec.COLUMNS)}) VALUES ({', '.join('?' * len(codec.COLUMNS))})"
_UPDATE = f"UPDATE approvals SET {', '.join(f'{c} = ?' for c in codec.COLUMNS[1:])} WHERE id = ?"
_BINDING = "principal = ? AND tool = ? AND arguments_digest = ? AND policy_version = ? AND client = ?"
_DUE = "(status = 'pending' AND expires_at <= ?) OR (status = 'approved' AND grant_until <= ?)"
_OF_GROUPS = "id IN (SELECT approval_id FROM approval_groups WHERE approver_group IN (SELECT value FROM json_each(?)))"
"""Requests naming one of the groups given as a JSON array (one parameter, however many groups a token holds)."""

CHANGES_KEPT = 10_000
"""Change-log rows kept for other processes' pollers; a poller further behind wakes all its waiters."""


class SqliteApprovalStore:
    """`store = SqliteApprovalStore(path); await store.open()` (or `async with`), then the `ApprovalStore`
    operations; `close()` when done. Bound to the event loop that opened it."""

    def __init__(self, path: Path, *, busy_timeout: float = 5.0, poll_interval: float = 0.25) -> None:
        self._path = Path(path)
        self._busy_timeout = busy_timeout
        self._poll_interval = poll_interval
        self._executor: ThreadPoolExecutor | None = None
        self._conn: sqlite3.Connection | None = None
        self._waiters = ChangeWaiters(on_first_waiter=self._start_poller)
        self._poller: asyncio.Task[None] | None = None
        self._last_seq = 0

    @property
    def waiting(self) -> int:
        """How many `wait_changed` calls are in flight."""
        return len(self._waiters)

    async def open(self) -> SqliteApprovalStore:
        if self._executor is not None:
            raise RuntimeError("the approval store is already open")
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="approvals-sqlite")
        try:
            self._last_seq = await self._run(self._open_sync)
        except BaseException:
            await self.close()
            raise
        return self

    async def __aenter__(self) -> SqliteApprovalStore:
        return await self.open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.get_running_loop().run_in_executor(executor, self._close_sync)
            executor.shutdown(wait=True)
        self._waiters.wake_all()

    async def create_or_get_pending(self, request: ApprovalRequest) -> ApprovalRequest:
        check_new(request)
        return await self._run(self._create_sync, request)

    async def claim_break_glass(self, request: ApprovalRequest, since: float, limit: int) -> bool:
        check_new(request, break_glass=True)
        return await self._run(self._claim_sync, request, since, limit)

    async def get(self, approval_id: str) -> ApprovalRequest | None:
        if not valid_id(approval_id):
            return None
        return await self._run(self._get_sync, approval_id)

    async def covering(self, binding: CallBinding, now: float) -> ApprovalRequest | None:
        return await self._run(self._covering_sync, binding, now)

    async def update(self, approval_id: str, change: Change) -> ApprovalRequest:
        if not valid_id(approval_id):
            raise ReviewRefused(RefusalCode.NOT_FOUND)
        after, changed = await self._run(self._update_sync, approval_id, change)
        if changed:
            self._waiters.wake(approval_id)
        return after

    async def list(
        self,
        *,
        approver_groups: frozenset[str],
        status: Status | None = None,
        break_glass: bool | None = None,
        unreviewed: bool = False,
        limit: int = 100,
    ) -> builtins.list[ApprovalRequest]:
        check_limit(limit)
        groups = listed_groups(approver_groups)
        if not groups:
            return []
        where = [_OF_GROUPS]
        params: builtins.list[object] = [json.dumps(groups)]
        if status is not None:
            where.append("status = ?")
            params.append(Status(status).value)
        if break_glass is not None:
            where.append("break_glass = ?")
            params.append(bool(break_glass))
        if unreviewed:
            where.append("reviewed_after IS NULL")
        # The newest ids first, then only their documents: sorting carries no document, however many match.
        newest = f"SELECT id FROM approvals WHERE {' AND '.join(where)} ORDER BY created_at DESC, id DESC LIMIT ?"
        sql = f"SELECT doc FROM approvals WHERE id IN ({newest}) ORDER BY created_at DESC, id DESC"
        return await self._run(self._select_sync, sql, (*params, limit))

    async def wait_changed(self, approval_id: str, timeout: float, *, seen: ApprovalRequest | None = None) -> None:
        async def changed() -> bool:
            return await self.get(approval_id) != seen

        await self._waiters.wait(approval_id, timeout, changed if seen is not None else None)

    async def expire_due(self, now: float) -> builtins.list[ApprovalRequest]:
        expired = await self._run(self._expire_due_sync, now)
        for request in expired:
            self._waiters.wake(request.id)
        return expired

    async def _run(self, function: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            raise RuntimeError("the approval store is not open")
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)
        except sqlite3.IntegrityError:
            raise ValueError("an approval request with this id already exists") from None
        except (sqlite3.Error, OSError) as exc:
            kind = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
            raise StoreUnavailable(
                f"the SQLite approval store at {self._path} cannot be used ({kind}): check that the file is a "
                "readable, writable Chaperone database, that no other process holds it locked, and that its "
                "disk has room"
            ) from None

    def _start_poller(self) -> None:
        if self._executor is not None and (self._poller is None or self._poller.done()):
            self._poller = asyncio.get_running_loop().create_task(self._poll())

    async def _poll(self) -> None:
        """Wake waiters for changes other processes made; ends when nobody waits (restarted on demand)."""
        while len(self._waiters):
            await asyncio.sleep(self._poll_interval)
            try:
                changes = await self._run(self._changes_since_sync, self._last_seq)
            except StoreUnavailable:
                continue  # waiters time out and re-read, meeting the error themselves
            if changes and changes[0][0] > self._last_seq + 1:
                self._waiters.wake_all()
            for seq, approval_id in changes:
                self._last_seq = seq
                self._waiters.wake(approval_id)

    # Everything below runs on the store's one thread.

    def _open_sync(self) -> int:
        # The file holds call arguments (ePHI): owner-only from birth; SQLite gives its WAL the same mode.
        os.close(os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600))
        conn = sqlite3.connect(self._path, isolation_level=None, timeout=self._busy_timeout)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a decision survives power loss, not only a crash
            conn.executescript(_SCHEMA)  # each statement IF NOT EXISTS: safe when processes open at once
            with _immediate(conn):
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'approval_groups'").fetchone() is None:
                    for statement in _APPROVER_GROUPS:
                        conn.execute(statement)
                if "client" not in {column[1] for column in conn.execute("PRAGMA table_info(approvals)")}:
                    for statement in _ADD_CLIENT:
                        conn.execute(statement)
            (last_seq,) = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM approval_changes").fetchone()
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return int(last_seq)

    def _close_sync(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the approval store is not open")
        return self._conn

    def _create_sync(self, request: ApprovalRequest) -> ApprovalRequest:
        conn = self._connection()
        with _immediate(conn):
            found = conn.execute(
                f"SELECT doc FROM approvals WHERE {_BINDING} AND status = 'pending' AND expires_at > ? "
                "ORDER BY created_at DESC LIMIT 1",
                (*codec.binding_values(request.binding), request.created_at),
            ).fetchone()
            if found is not None:
                return codec.decode(found[0])
            (pending,) = conn.execute(
                "SELECT count(*) FROM approvals WHERE principal = ? AND status = 'pending' AND expires_at > ?",
                (request.binding.principal, request.created_at),
            ).fetchone()
            if pending >= MAX_PENDING_PER_REQUESTER:
                raise TooManyPending(MAX_PENDING_PER_REQUESTER)
            conn.execute(_INSERT, codec.row(request))
            return request

    def _claim_sync(self, request: ApprovalRequest, since: float, limit: int) -> bool:
        conn = self._connection()
        with _immediate(conn):  # the database's write lock: one claim at a time, on every process
            (used,) = conn.execute(
                "SELECT count(*) FROM approvals WHERE principal = ? AND break_glass = 1 AND created_at >= ?",
                (request.binding.principal, since),
            ).fetchone()
            if used >= limit:
                return False
            conn.execute(_INSERT, codec.row(request))
            return True

    def _get_sync(self, approval_id: str) -> ApprovalRequest | None:
        found = self._connection().execute("SELECT doc FROM approvals WHERE id = ?", (approval_id,)).fetchone()
        return None if found is None else codec.decode(found[0])

    def _covering_sync(self, binding: CallBinding, now: float) -> ApprovalRequest | None:
        rows = self._connection().execute(
            f"SELECT doc FROM approvals WHERE {_BINDING} AND status = 'approved' AND grant_until > ? "
            "ORDER BY created_at DESC",
            (*codec.binding_values(binding), now),
        )
        for (doc,) in rows:
            request = codec.decode(doc)
            if request.covers(now):
                return request
        return None

    def _update_sync(self, approval_id: str, change: Change) -> tuple[ApprovalRequest, bool]:
        conn = self._connection()
        with _immediate(conn):
            found = conn.execute("SELECT doc FROM approvals WHERE id = ?", (approval_id,)).fetchone()
            if found is None:
                raise ReviewRefused(RefusalCode.NOT_FOUND)
            before = codec.decode(found[0])
            after = change(before)
            check_change(before, after)
            if after == before:
                return before, False
            self._write_sync(conn, after)
            return after, True

    def _select_sync(self, sql: str, params: tuple[Any, ...]) -> builtins.list[ApprovalRequest]:
        return [codec.decode(doc) for (doc,) in self._connection().execute(sql, params)]

    def _expire_due_sync(self, now: float) -> builtins.list[ApprovalRequest]:
        conn = self._connection()
        expired = []
        with _immediate(conn):
            for (doc,) in conn.execute(f"SELECT doc FROM approvals WHERE {_DUE}", (now, now)).fetchall():
                before = codec.decode(doc)
                after = expire(before, now)
                if after != before:
                    self._write_sync(conn, after)
                    expired.append(after)
        return expired

    def _changes_since_sync(self, seq: int) -> builtins.list[tuple[int, str]]:
        return (
            self._connection()
            .execute(
                "SELECT seq, approval_id FROM approval_changes WHERE seq > ? ORDER BY seq LIMIT ?", (seq, CHANGES_KEPT)
            )
            .fetchall()
        )

    @staticmethod
    def _write_sync(conn: sqlite3.Connection, request: ApprovalRequest) -> None:
        values = codec.row(request)
        conn.execute(_UPDATE, (*values[1:], request.id))
        seq = conn.execute("INSERT INTO approval_changes (approval_id) VALUES (?)", (request.id,)).lastrowid
        conn.execute("DELETE FROM approval_changes WHERE seq <= ?", ((seq or 0) - CHANGES_KEPT,))


@contextlib.contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """A write transaction that takes the file's write lock first, so its reads see what it overwrites."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # some errors (a full disk) already rolled it back
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
