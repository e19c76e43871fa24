"""The approval store replicas share: PostgreSQL through psycopg 3 (async).

Each change runs in one transaction holding the row's lock (`SELECT … FOR UPDATE`), so of two replicas
consuming one approval at once exactly one succeeds. It ends with `pg_notify` on one channel, the id as
payload: every store keeps one dedicated listening connection (reconnected when lost) and wakes its
waiters for that id, so a decision made through any replica releases a call held on another at once.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
from collections.abc import AsyncIterator, Iterator

import psycopg
from psycopg.pq import TransactionStatus

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

CHANNEL = "chaperone_approvals"
_LOCK_CLASS = 0x43484150
"""Advisory-lock namespace ("CHAP"): object 0 guards schema creation."""
_REQUESTER_LOCK = _LOCK_CLASS + 1
"""Advisory locks on a requester's hash: held while their new request is checked (a retry finds the request
its first attempt made; their pending and break-glass limits) and inserted, so that across replicas no two
of one requester's requests are made at once, while other requesters' go on."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chaperone_approvals (
    id text PRIMARY KEY,
    principal text NOT NULL,
    tool text NOT NULL,
    arguments_digest text NOT NULL,
    policy_version text NOT NULL,
    status text NOT NULL,
    created_at double precision NOT NULL,
    expires_at double precision NOT NULL,
    grant_until double precision,
    break_glass boolean NOT NULL,
    reviewed_after text,
    doc text NOT NULL
);
CREATE INDEX IF NOT EXISTS chaperone_approvals_binding
    ON chaperone_approvals (principal, tool, arguments_digest, policy_version, status);
CREATE INDEX IF NOT EXISTS chaperone_approvals_expiry ON chaperone_approvals (status, expires_at);
CREATE INDEX IF NOT EXISTS chaperone_approvals_grant ON chaperone_approvals (status, grant_until);
CREATE INDEX IF NOT EXISTS chaperone_approvals_break_glass
    ON chaperone_approvals (break_glass, reviewed_after, created_at);
CREATE INDEX IF NOT EXISTS chaperone_approvals_created ON chaperone_approvals (created_at);
CREATE INDEX IF NOT EXISTS chaperone_approvals_pending_of_requester ON chaperone_approvals (principal, expires_at)
    WHERE status = 'pending';
-- Which groups may decide a request, so reviewers' lists are filtered in the database; written with the
-- request, never changed. Added, not declared above, so that a database made by an earlier version gets it
-- too: the requests such a version wrote have none, until a store opening fills it in (`_fill_groups`).
ALTER TABLE chaperone_approvals ADD COLUMN IF NOT EXISTS approver_groups text[];
CREATE INDEX IF NOT EXISTS chaperone_approvals_approver_groups ON chaperone_approvals USING gin (approver_groups);
CREATE INDEX IF NOT EXISTS chaperone_approvals_groups_unknown ON chaperone_approvals (id)
    WHERE approver_groups IS NULL;
-- The binding's client, added the same way; the requests written before it get theirs from their documents
-- (layout 1 kept it at the top). A row an earlier replica inserts later has none: it covers no call.
ALTER TABLE chaperone_approvals ADD COLUMN IF NOT EXISTS client text;
UPDATE chaperone_approvals
    SET client = COALESCE(doc::jsonb #>> '{binding,client}', doc::jsonb ->> 'client_id', '')
    WHERE client IS NULL;
"""

_INSERT = (
    f"INSERT INTO chaperone_approvals ({', '.join(codec.COLUMNS)}, approver_groups) "
    f"VALUES ({', '.join(['%s'] * len(codec.COLUMNS))}, %s)"
)
_UPDATE = f"UPDATE chaperone_approvals SET {', '.join(f'{c} = %s' for c in codec.COLUMNS[1:])} WHERE id = %s"
_BINDING = "principal = %s AND tool = %s AND arguments_digest = %s AND policy_version = %s AND client = %s"
_DUE = "(status = 'pending' AND expires_at <= %s) OR (status = 'approved' AND grant_until <= %s)"

HEARTBEAT = 10.0
"""Seconds without a notification after which the listener checks its connection is still alive."""
FILL_BATCH = 100
"""Requests of an earlier version given their approver groups per transaction (each within the timeout)."""


class PostgresApprovalStore:
    """`store = PostgresApprovalStore(dsn); await store.open()` (or `async with`), then the `ApprovalStore`
    operations; `close()` when done. Bound to the event loop that opened it. An operation that does not
    finish within `timeout` seconds (database down or unreachable) raises `StoreUnavailable`."""

    def __init__(self, dsn: str, *, pool_size: int = 4, timeout: float = 5.0) -> None:
        self._dsn = dsn
        self._timeout = timeout
        self._connections = _Connections(dsn, pool_size, timeout)
        self._waiters = ChangeWaiters()
        self._listening = asyncio.Event()
        self._listener: asyncio.Task[None] | None = None

    @property
    def waiting(self) -> int:
        """How many `wait_changed` calls are in flight."""
        return len(self._waiters)

    async def open(self) -> PostgresApprovalStore:
        if self._listener is not None:
            raise RuntimeError("the approval store is already open")
        self._listener = asyncio.get_running_loop().create_task(self._listen())
        try:
            with _database_faults(self._timeout):
                async with self._transaction() as conn:
                    await conn.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_LOCK_CLASS,))
                    await conn.execute(_SCHEMA)
                await self._fill_groups()
            try:
                await asyncio.wait_for(self._listening.wait(), self._timeout)
            except TimeoutError:
                raise StoreUnavailable(_unavailable("no notification connection")) from None
        except BaseException:
            await self.close()
            raise
        return self

    async def __aenter__(self) -> PostgresApprovalStore:
        return await self.open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        await self._connections.close()
        self._waiters.wake_all()

    async def create_or_get_pending(self, request: ApprovalRequest) -> ApprovalRequest:
        check_new(request)
        binding = codec.binding_values(request.binding)
        with _database_faults(self._timeout):
            async with self._transaction() as conn:
                await conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
                                   (_REQUESTER_LOCK, request.binding.principal))
                cursor = await conn.execute(
                    f"SELECT doc FROM chaperone_approvals WHERE {_BINDING} AND status = 'pending' "
                    "AND expires_at > %s ORDER BY created_at DESC LIMIT 1",
                    (*binding, request.created_at),
                )
                found = await cursor.fetchone()
                if found is not None:
                    return codec.decode(found[0])
                cursor = await conn.execute(
                    "SELECT count(*) FROM chaperone_approvals WHERE principal = %s AND status = 'pending' "
                    "AND expires_at > %s", (request.binding.principal, request.created_at))
                (pending,) = await cursor.fetchone()
                if pending >= MAX_PENDING_PER_REQUESTER:
                    raise TooManyPending(MAX_PENDING_PER_REQUESTER)
                await _insert(conn, request)
                return request

    async def claim_break_glass(self, request: ApprovalRequest, since: float, limit: int) -> bool:
        check_new(request, break_glass=True)
        with _database_faults(self._timeout):
            async with self._transaction() as conn:
                await conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
                                   (_REQUESTER_LOCK, request.binding.principal))
                cursor = await conn.execute(
                    "SELECT count(*) FROM chaperone_approvals WHERE principal = %s AND break_glass "
                    "AND created_at >= %s", (request.binding.principal, since))
                (used,) = await cursor.fetchone()
                if used >= limit:
                    return False
                await _insert(conn, request)
                return True

    async def get(self, approval_id: str) -> ApprovalRequest | None:
        if not valid_id(approval_id):
            return None
        with _database_faults(self._timeout):
            async with self._connections.connection() as conn:
                cursor = await conn.execute("SELECT doc FROM chaperone_approvals WHERE id = %s", (approval_id,))
                found = await cursor.fetchone()
        return None if found is None else codec.decode(found[0])

    async def covering(self, binding: CallBinding, now: float) -> ApprovalRequest | None:
        with _database_faults(self._timeout):
            async with self._connections.connection() as conn:
                cursor = await conn.execute(
                    f"SELECT doc FROM chaperone_approvals WHERE {_BINDING} AND status = 'approved' "
                    "AND grant_until > %s ORDER BY created_at DESC",
                    (*codec.binding_values(binding), now),
                )
                rows = await cursor.fetchall()
        for (doc,) in rows:
            request = codec.decode(doc)
            if request.covers(now):
                return request
        return None

    async def update(self, approval_id: str, change: Change) -> ApprovalRequest:
        if not valid_id(approval_id):
            raise ReviewRefused(RefusalCode.NOT_FOUND)
        with _database_faults(self._timeout):
            async with self._transaction() as conn:
                cursor = await conn.execute(
                    "SELECT doc FROM chaperone_approvals WHERE id = %s FOR UPDATE", (approval_id,)
                )
                found = await cursor.fetchone()
                if found is None:
                    raise ReviewRefused(RefusalCode.NOT_FOUND)
                before = codec.decode(found[0])
                after = change(before)
                check_change(before, after)
                if after == before:
                    return before
                await _write(conn, after)
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
        where = ["approver_groups && %s::text[]"]
        params: builtins.list[object] = [groups]
        if status is not None:
            where.append("status = %s")
            params.append(Status(status).value)
        if break_glass is not None:
            where.append("break_glass = %s")
            params.append(bool(break_glass))
        if unreviewed:
            where.append("reviewed_after IS NULL")
        sql = f"SELECT doc FROM chaperone_approvals WHERE {' AND '.join(where)} ORDER BY created_at DESC, id DESC"
        with _database_faults(self._timeout):
            async with self._connections.connection() as conn:
                cursor = await conn.execute(f"{sql} LIMIT %s", (*params, limit))
                rows = await cursor.fetchall()
        return [codec.decode(doc) for (doc,) in rows]

    async def wait_changed(self, approval_id: str, timeout: float, *, seen: ApprovalRequest | None = None) -> None:
        async def changed() -> bool:
            return await self.get(approval_id) != seen

        await self._waiters.wait(approval_id, timeout, changed if seen is not None else None)

    async def expire_due(self, now: float) -> builtins.list[ApprovalRequest]:
        expired = []
        with _database_faults(self._timeout):
            async with self._transaction() as conn:
                # SKIP LOCKED: a request being decided right now is left to the next sweep, not waited for.
                cursor = await conn.execute(
                    f"SELECT doc FROM chaperone_approvals WHERE {_DUE} FOR UPDATE SKIP LOCKED", (now, now)
                )
                for (doc,) in await cursor.fetchall():
                    before = codec.decode(doc)
                    after = expire(before, now)
                    if after != before:
                        await _write(conn, after)
                        expired.append(after)
        for request in expired:
            self._waiters.wake(request.id)
        return expired

    async def _fill_groups(self) -> None:
        """Give the requests an earlier version wrote (before this database had the column, or since, by a
        replica not yet upgraded) their approver groups, from their documents: until then no list shows them."""
        filled = FILL_BATCH
        while filled == FILL_BATCH:
            async with self._transaction() as conn:
                cursor = await conn.execute(
                    "SELECT id, doc FROM chaperone_approvals WHERE approver_groups IS NULL LIMIT %s "
                    "FOR UPDATE SKIP LOCKED", (FILL_BATCH,))
                rows = await cursor.fetchall()
                for approval_id, doc in rows:
                    await conn.execute("UPDATE chaperone_approvals SET approver_groups = %s WHERE id = %s",
                                       (builtins.list(codec.decode(doc).approver_groups), approval_id))
            filled = len(rows)

    @contextlib.asynccontextmanager
    async def _transaction(self) -> AsyncIterator[psycopg.AsyncConnection]:
        async with self._connections.connection() as conn, conn.transaction():
            yield conn

    async def _listen(self) -> None:
        """Hold one LISTEN connection for the store's life, reconnecting with backoff when it is lost."""
        delay = 0.1
        while True:
            try:
                async with asyncio.timeout(self._timeout):
                    conn = await psycopg.AsyncConnection.connect(self._dsn, autocommit=True)
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    self._waiters.wake_all()  # notifications sent while we were away are lost: re-read
                    delay = 0.1
                    while True:
                        async for notification in conn.notifies(timeout=HEARTBEAT):
                            self._waiters.wake(notification.payload)
                        await conn.execute("SELECT 1")
            except (psycopg.Error, OSError, TimeoutError):
                self._listening.clear()
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)


async def _insert(conn: psycopg.AsyncConnection, request: ApprovalRequest) -> None:
    await conn.execute(_INSERT, (*codec.row(request), builtins.list(request.approver_groups)))


async def _write(conn: psycopg.AsyncConnection, request: ApprovalRequest) -> None:
    values = codec.row(request)
    await conn.execute(_UPDATE, (*values[1:], request.id))
    await conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, request.id))  # delivered at commit


class _Connections:
    """Up to `size` connections, made on demand and checked before reuse: while the database is down each
    operation fails within `timeout`, and the first one after it is back succeeds (no reconnection
    backoff to sit out, unlike psycopg_pool's)."""

    def __init__(self, dsn: str, size: int, timeout: float) -> None:
        self._dsn = dsn
        self._timeout = timeout
        self._slots = asyncio.Semaphore(size)
        self._idle: list[psycopg.AsyncConnection] = []
        self._closed = False

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[psycopg.AsyncConnection]:
        """A connection for one operation, which must finish within the timeout."""
        async with asyncio.timeout(self._timeout), self._slots:
            conn = await self._take()
            try:
                yield conn
            finally:
                reusable = not self._closed and not conn.broken
                if reusable and conn.info.transaction_status is TransactionStatus.IDLE:
                    self._idle.append(conn)
                else:
                    await conn.close()  # cancelled mid-query or broken: its state is unknown

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            await conn.close()

    async def _take(self) -> psycopg.AsyncConnection:
        if self._closed:
            raise RuntimeError("the approval store is closed")
        while self._idle:
            conn = self._idle.pop()
            try:
                await conn.execute("")  # a restarted server left this connection dead: find out now
                return conn
            except psycopg.Error:
                await conn.close()
        return await psycopg.AsyncConnection.connect(self._dsn, autocommit=True)


@contextlib.contextmanager
def _database_faults(timeout: float) -> Iterator[None]:
    """Database errors as `StoreUnavailable`, without the server's text (it can quote row values)."""
    try:
        yield
    except psycopg.errors.UniqueViolation:
        raise ValueError("an approval request with this id already exists") from None
    except TimeoutError:
        raise StoreUnavailable(_unavailable(f"no answer within {timeout:g} s")) from None
    except psycopg.Error as exc:
        raise StoreUnavailable(_unavailable(f"{type(exc).__name__} {exc.sqlstate or ''}".strip())) from None


def _unavailable(kind: str) -> str:
    return (
        f"the PostgreSQL approval store cannot be used ({kind}): check that the server is running, reachable "
        "with the configured DSN, and accepting connections"
    )
