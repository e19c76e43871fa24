"""Both approval store back ends, behind one fixture: SQLite in a temporary file and PostgreSQL in a
throwaway cluster (Debian's binaries, `initdb`/`pg_ctl`, unix socket only) started once per session.

Each test gets an empty database and can open several store instances on it (the replicas), stop the
database under them and bring it back. The reviewer API's tests get a server of their own (`review_api`).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from extproc.approvals.postgres_store import PostgresApprovalStore
from extproc.approvals.sqlite_store import SqliteApprovalStore
from extproc.approvals.store import ApprovalStore
from tests.integration.approvals.fake_reviews import FakeReviews
from tests.integration.approvals.review_api import ReviewApi, authenticator, requests, serving
from tests.integration.conftest import Setup

PG_BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)


@dataclass
class PostgresCluster:
    bin: Path
    data: Path
    sockets: Path
    port: int
    as_postgres: list[str]
    """`runuser -u postgres --` when we are root: initdb and the server refuse to run as root."""

    def dsn(self, dbname: str) -> str:
        return f"host={self.sockets} port={self.port} user=chaperone dbname={dbname}"

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            [*self.as_postgres, str(self.bin / "pg_ctl"), "-D", str(self.data), *args], check=True, capture_output=True
        )

    def start(self) -> None:
        options = f"-k {self.sockets} -p {self.port} -c listen_addresses='' -c fsync=off"
        self.pg_ctl("-w", "-l", str(self.data.parent / "server.log"), "-o", options, "start")

    def stop(self) -> None:
        self.pg_ctl("-w", "-m", "fast", "stop")

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex}"
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.dsn(name)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    if not PG_BINARIES:
        message = "PostgreSQL binaries missing: apt-get install postgresql"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="chaperone-pg-"))
    as_postgres = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    cluster = PostgresCluster(PG_BINARIES[0].parent, root / "data", root, _free_port(), as_postgres)
    try:
        subprocess.run(
            [
                *as_postgres,
                str(cluster.bin / "initdb"),
                "-D",
                str(cluster.data),
                "-U",
                "chaperone",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
        )
        cluster.start()
        yield cluster
        cluster.pg_ctl("-m", "immediate", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Backend:
    """One empty database of one kind, and the store instances opened on it (closed after the test)."""

    name: str
    sqlite_path: Path | None = None
    postgres: PostgresCluster | None = None
    dsn: str = ""
    stores: list[ApprovalStore] = field(default_factory=list)
    broken: bool = False
    _saved: dict[Path, bytes] = field(default_factory=dict)

    async def open(self) -> ApprovalStore:
        """A new store instance on the same database: another replica, or the process after a restart."""
        store: ApprovalStore
        if self.sqlite_path is not None:
            store = await SqliteApprovalStore(self.sqlite_path).open()
        else:
            store = await PostgresApprovalStore(self.dsn, timeout=2).open()
        self.stores.append(store)
        return store

    def break_database(self) -> None:
        """PostgreSQL: the server stops. SQLite: the file and its WAL turn to garbage (root reads any file
        whatever its mode, so unreadable means unparseable here)."""
        self.broken = True
        if self.postgres is not None:
            self.postgres.stop()
            return
        assert self.sqlite_path is not None
        for path in (self.sqlite_path, Path(f"{self.sqlite_path}-wal"), Path(f"{self.sqlite_path}-shm")):
            if path.exists():
                self._saved[path] = path.read_bytes()
                with path.open("r+b") as f:
                    f.write(b"not a database! " * 64)

    def repair_database(self) -> None:
        self.broken = False
        if self.postgres is not None:
            self.postgres.start()
            return
        for path, content in self._saved.items():
            with path.open("r+b") as f:
                f.write(content)


@pytest.fixture(params=["sqlite", "postgres"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    if request.param == "sqlite":
        chosen = Backend("sqlite", sqlite_path=tmp_path / "approvals.db")
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres")
        chosen = Backend("postgres", postgres=cluster, dsn=cluster.create_database())
    yield chosen
    if chosen.broken:
        chosen.repair_database()  # the cluster is shared by the session
    for store in chosen.stores:
        await store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def review_api(setup: Setup) -> Iterator[ReviewApi]:
    """The reviewer API over a fresh in-memory store, verifying real development tokens."""
    with serving(FakeReviews(requests()), authenticator(setup)) as api:
        yield api
