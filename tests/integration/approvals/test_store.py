"""The approval store contract, run against SQLite and PostgreSQL alike: the same tests, both back ends.

Several store instances on one database stand for replicas (or a restarted process).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

import psycopg
import pytest

from extproc.approvals import codec
from extproc.approvals.errors import RefusalCode, ReviewRefused, StoreUnavailable, TooManyPending
from extproc.approvals.model import ApprovalRequest, Reviewer, Status
from extproc.approvals.postgres_store import FILL_BATCH
from extproc.approvals.sqlite_store import SqliteApprovalStore
from extproc.approvals.store import MAX_PENDING_PER_REQUESTER, ApprovalStore, Change
from extproc.approvals.transitions import approve, consume, deny, expire, review_break_glass, use_break_glass
from tests.approval_requests import OFFICER, OFFICER_2, T0, binding, make_request
from tests.integration.approvals.conftest import Backend

pytestmark = pytest.mark.anyio

NOW = T0 + 60


def approved_by(reviewer: Reviewer = OFFICER, now: float = NOW, grant: int | None = None) -> Change:
    return partial(approve, reviewer=reviewer, grant_seconds=grant, reason=None, preview_sha256="p", now=now)


async def approved_request(store: ApprovalStore, **changes: object) -> ApprovalRequest:
    request = await store.create_or_get_pending(make_request(**changes))
    return await store.update(request.id, approved_by())


async def test_a_retried_held_call_gets_the_pending_request_it_already_made(backend: Backend) -> None:
    store = await backend.open()
    first = await store.create_or_get_pending(make_request())
    retry = make_request(created_at=T0 + 30)
    assert await store.create_or_get_pending(retry) == first
    assert await store.get(retry.id) is None
    wider = make_request(binding=binding(limit=5000))
    assert await store.create_or_get_pending(wider) == wider  # other arguments: another request
    after_ttl = make_request(created_at=T0 + 600, expires_at=T0 + 1200)
    assert await store.create_or_get_pending(after_ttl) == after_ttl  # the first one can no longer be decided
    await store.update(after_ttl.id, partial(deny, reviewer=OFFICER, reason=None, now=T0 + 601))
    after_denial = make_request(created_at=T0 + 602, expires_at=T0 + 1200)
    assert await store.create_or_get_pending(after_denial) == after_denial


async def test_replicas_receiving_the_same_call_at_once_make_one_request(backend: Backend) -> None:
    a, b = await backend.open(), await backend.open()
    for round_ in range(10):
        call = binding(limit=round_)
        made = await asyncio.gather(
            a.create_or_get_pending(make_request(binding=call)), b.create_or_get_pending(make_request(binding=call))
        )
        assert made[0].id == made[1].id


async def test_unknown_and_hostile_ids_are_not_found(backend: Backend) -> None:
    store = await backend.open()
    for unknown in ("no-such-id", "x" * 10_000, "nul\x00byte", "", "'; DROP TABLE approvals; --"):
        assert await store.get(unknown) is None
        with pytest.raises(ReviewRefused) as refused:
            await store.update(unknown, approved_by())
        assert refused.value.code is RefusalCode.NOT_FOUND
    with pytest.raises(ValueError):
        await store.create_or_get_pending(make_request(id="x" * 10_000))


async def test_a_requester_has_at_most_the_pending_limit_waiting(backend: Backend) -> None:
    store = await backend.open()
    waiting = [await store.create_or_get_pending(make_request(binding=binding(limit=n)))
               for n in range(MAX_PENDING_PER_REQUESTER)]
    one_more = make_request(binding=binding(limit=MAX_PENDING_PER_REQUESTER))
    with pytest.raises(TooManyPending) as full:
        await store.create_or_get_pending(one_more)
    assert full.value.limit == MAX_PENDING_PER_REQUESTER
    assert await store.get(one_more.id) is None
    assert await store.create_or_get_pending(make_request(binding=binding(limit=0))) == waiting[0], "a retry"
    someone_else = make_request(binding=binding(principal="https://idp.example|analyst-2"))
    assert await store.create_or_get_pending(someone_else) == someone_else, "the limit is per requester"
    await store.update(waiting[0].id, partial(deny, reviewer=OFFICER, reason=None, now=NOW))
    assert await store.create_or_get_pending(one_more) == one_more, "a decided request no longer counts"
    with pytest.raises(TooManyPending):
        await store.create_or_get_pending(make_request(binding=binding(limit=99)))
    after_ttl = make_request(binding=binding(limit=99), created_at=T0 + 600, expires_at=T0 + 1200)
    assert await store.create_or_get_pending(after_ttl) == after_ttl, "an expired request no longer counts"


async def test_a_burst_of_new_requests_on_two_replicas_never_passes_the_pending_limit(backend: Backend) -> None:
    a, b = await backend.open(), await backend.open()
    burst = [(a if n % 2 else b).create_or_get_pending(make_request(binding=binding(limit=n)))
             for n in range(2 * MAX_PENDING_PER_REQUESTER)]
    results = await asyncio.gather(*burst, return_exceptions=True)
    made = [r for r in results if isinstance(r, ApprovalRequest)]
    refused = [r for r in results if isinstance(r, TooManyPending)]
    assert (len(made), len(refused)) == (MAX_PENDING_PER_REQUESTER, MAX_PENDING_PER_REQUESTER), results
    listed = await a.list(approver_groups=OFFICER.groups, limit=1000)
    assert sorted(r.id for r in listed) == sorted(r.id for r in made)


async def test_an_approval_covers_exactly_its_call_until_used(backend: Backend) -> None:
    store = await backend.open()
    request = await approved_request(store)
    assert await store.covering(request.binding, NOW + 1) == request
    for other in (
        binding(principal="https://idp.example|analyst-2"),
        binding(tool="delete_cohort"),
        binding(limit=5000),
        replace(binding(), policy_version="policy-v2"),
        replace(binding(), client="another-agent"),
        replace(binding(), client=""),
    ):
        assert await store.covering(other, NOW + 1) is None
    assert await store.covering(request.binding, NOW + 900) is None  # the grant ran out
    await store.update(request.id, partial(consume, now=NOW + 2))
    assert await store.covering(request.binding, NOW + 3) is None


async def test_the_newest_running_grant_covers(backend: Backend) -> None:
    store = await backend.open()
    older = await approved_request(store, one_time=False)
    newer = await store.create_or_get_pending(make_request(created_at=T0 + 700, expires_at=T0 + 1300))
    newer = await store.update(newer.id, approved_by(now=T0 + 701))
    assert await store.covering(older.binding, T0 + 702) == newer
    assert await store.covering(older.binding, T0 + 800) == newer  # grants cover repeatedly
    await store.update(newer.id, partial(consume, now=T0 + 801))
    assert await store.covering(older.binding, T0 + 802) == older


async def test_a_refused_change_writes_nothing(backend: Backend) -> None:
    store = await backend.open()
    request = await store.create_or_get_pending(make_request())
    with pytest.raises(ReviewRefused) as refused:
        await store.update(request.id, partial(deny, reviewer=OFFICER, reason="x", now=T0 + 600))
    assert refused.value.code is RefusalCode.EXPIRED
    assert await store.get(request.id) == request


async def test_a_change_never_alters_which_call_a_request_is_for_or_who_decides_it(backend: Backend) -> None:
    store = await backend.open()
    request = await store.create_or_get_pending(make_request())
    for altered in ({"id": "other"}, {"binding": binding(limit=1)}, {"approver_groups": ("interns",)}):
        with pytest.raises(ValueError):
            await store.update(request.id, lambda r, altered=altered: replace(r, **altered))
    assert await store.get(request.id) == request
    assert await store.list(approver_groups=frozenset({"interns"})) == []
    with pytest.raises(ValueError):
        await store.create_or_get_pending(make_request(approver_groups=("privacy\x00officers",)))


async def test_concurrent_reviews_on_two_replicas_lose_no_review(backend: Backend) -> None:
    a, b = await backend.open(), await backend.open()
    for _ in range(10):
        request = await a.create_or_get_pending(make_request(approvals_required=2, binding=binding(limit=_)))
        await asyncio.gather(a.update(request.id, approved_by(OFFICER)), b.update(request.id, approved_by(OFFICER_2)))
        decided = await a.get(request.id)
        assert decided is not None and decided.status is Status.APPROVED
        assert sorted(decided.approvers()) == sorted([OFFICER.id, OFFICER_2.id])


async def test_a_one_time_approval_consumed_by_two_replicas_at_once_passes_exactly_one(backend: Backend) -> None:
    a, b = await backend.open(), await backend.open()
    for round_ in range(20):
        request = await approved_request(a, binding=binding(limit=round_))
        results = await asyncio.gather(
            a.update(request.id, partial(consume, now=NOW + 1)),
            b.update(request.id, partial(consume, now=NOW + 1)),
            return_exceptions=True,
        )
        winners = [r for r in results if isinstance(r, ApprovalRequest)]
        losers = [r for r in results if isinstance(r, ReviewRefused) and r.code is RefusalCode.NOT_COVERED]
        assert (len(winners), len(losers)) == (1, 1), results
        assert winners[0].status is Status.CONSUMED


async def test_a_decision_on_one_replica_wakes_a_waiter_on_another_within_a_second(backend: Backend) -> None:
    holder, reviewer = await backend.open(), await backend.open()
    request = await holder.create_or_get_pending(make_request())
    waiting = asyncio.create_task(holder.wait_changed(request.id, 10, seen=request))
    await asyncio.sleep(0.3)  # the waiter is registered and, for SQLite, polling
    assert not waiting.done()
    await reviewer.update(request.id, approved_by())
    decided_at = time.monotonic()
    await waiting
    latency = time.monotonic() - decided_at
    assert latency < 1.0, f"woken {latency:.3f} s after the decision"
    assert (await holder.get(request.id)).status is Status.APPROVED


async def test_a_waiter_on_the_deciding_replica_wakes_at_once(backend: Backend) -> None:
    store = await backend.open()
    request = await store.create_or_get_pending(make_request())
    waiting = asyncio.create_task(store.wait_changed(request.id, 10))
    await asyncio.sleep(0.05)
    await store.update(request.id, approved_by())
    started = time.monotonic()
    await waiting
    assert time.monotonic() - started < 0.1


async def test_wait_changed_times_out_and_returns_at_once_for_a_stale_read(backend: Backend) -> None:
    store = await backend.open()
    request = await store.create_or_get_pending(make_request())
    started = time.monotonic()
    await store.wait_changed(request.id, 0.4, seen=request)
    assert 0.35 < time.monotonic() - started < 2
    decided = await store.update(request.id, approved_by())
    started = time.monotonic()
    await store.wait_changed(request.id, 10, seen=request)  # decided between our read and the wait
    assert time.monotonic() - started < 0.5
    await store.wait_changed(request.id, 0.01, seen=decided)
    assert store.waiting == 0  # type: ignore[attr-defined]


async def test_a_thousand_waiters_are_released_without_a_thread_each(backend: Backend) -> None:
    holder, reviewer = await backend.open(), await backend.open()
    requests = [await holder.create_or_get_pending(make_request(binding=binding(principal=f"https://idp.example|u{n}")))
                for n in range(50)]
    threads = threading.active_count()
    waiters = [asyncio.create_task(holder.wait_changed(r.id, 30)) for r in requests for _ in range(20)]
    await asyncio.sleep(0.3)
    assert holder.waiting == 1000  # type: ignore[attr-defined]
    assert threading.active_count() <= threads + 1
    started = time.monotonic()
    await asyncio.gather(
        *(reviewer.update(r.id, partial(deny, reviewer=OFFICER, reason=None, now=NOW)) for r in requests)
    )
    await asyncio.wait_for(asyncio.gather(*waiters), 5)
    assert time.monotonic() - started < 3
    assert holder.waiting == 0  # type: ignore[attr-defined]


async def test_expire_due_moves_what_ran_out_and_wakes_its_waiters(backend: Backend) -> None:
    store, other = await backend.open(), await backend.open()
    stale = await store.create_or_get_pending(make_request(binding=binding(limit=1)))
    fresh = await store.create_or_get_pending(
        make_request(binding=binding(limit=2), created_at=T0 + 500, expires_at=T0 + 1100)
    )
    unused = await approved_request(store, binding=binding(limit=3))  # grant until NOW + 900
    used = await approved_request(store, binding=binding(limit=4))
    await store.update(used.id, partial(consume, now=NOW + 1))
    grant = await store.create_or_get_pending(make_request(binding=binding(limit=5), one_time=False))
    grant = await store.update(grant.id, approved_by(grant=3600))
    waiting = asyncio.create_task(other.wait_changed(unused.id, 10))
    await asyncio.sleep(0.3)
    due = await store.expire_due(NOW + 900)
    assert sorted(r.id for r in due) == sorted([stale.id, unused.id])
    assert all(r.status is Status.EXPIRED for r in due)
    await asyncio.wait_for(waiting, 1)
    assert (await store.get(fresh.id)).status is Status.PENDING
    assert (await store.get(grant.id)).covers(NOW + 900)
    assert (await store.get(used.id)).status is Status.CONSUMED
    assert await store.expire_due(NOW + 900) == []
    assert sorted(r.id for r in await store.expire_due(NOW + 3600)) == sorted([fresh.id, grant.id])


async def test_list_filters_newest_first(backend: Backend) -> None:
    store = await backend.open()
    made = []
    for n in range(5):
        request = make_request(binding=binding(limit=n), created_at=T0 + n, break_glass=n >= 3)
        made.append(await store.create_or_get_pending(request))
    await store.update(made[1].id, partial(deny, reviewer=OFFICER, reason=None, now=NOW))
    await store.update(made[4].id, partial(review_break_glass, reviewer=OFFICER, note="justified", now=NOW))
    ids = [r.id for r in made]
    listed = partial(store.list, approver_groups=OFFICER.groups)
    assert [r.id for r in await listed()] == ids[::-1]
    assert [r.id for r in await listed(limit=2)] == [ids[4], ids[3]]
    assert [r.id for r in await listed(status=Status.DENIED)] == [ids[1]]
    assert [r.id for r in await listed(status=Status.PENDING)] == [ids[4], ids[3], ids[2], ids[0]]
    assert [r.id for r in await listed(break_glass=True)] == [ids[4], ids[3]]
    assert [r.id for r in await listed(break_glass=True, unreviewed=True)] == [ids[3]]
    assert [r.id for r in await listed(break_glass=False)] == [ids[2], ids[1], ids[0]]
    for bad in (0, -1, 1001, True):
        with pytest.raises(ValueError):
            await listed(limit=bad)


async def test_list_shows_only_requests_naming_one_of_the_reviewers_groups(backend: Backend) -> None:
    store = await backend.open()
    made = {}
    for n, groups in enumerate([("privacy-officers",), ("pharmacy-leads",), ("pharmacy-leads", "privacy-officers")]):
        request = make_request(binding=binding(limit=n), created_at=T0 + n, approver_groups=groups,
                               arguments={"cohort": "nul\x00byte", "limit": n})  # hostile, and stored as sent
        made[groups] = (await store.create_or_get_pending(request)).id

    async def listed(*groups: str) -> list[str]:
        return [r.id for r in await store.list(approver_groups=frozenset(groups))]

    both = made[("pharmacy-leads", "privacy-officers")]
    assert await listed("pharmacy-leads") == [both, made[("pharmacy-leads",)]]
    assert await listed("privacy-officers", "pharmacy-leads", "interns") == [
        both, made[("pharmacy-leads",)], made[("privacy-officers",)]], "each request once, newest first"
    assert await listed() == [] and await listed("interns") == [] and await listed("privacy") == []
    assert await listed("pharmacy-leads\x00") == [], "a group nobody can name matches nothing, and is no fault"
    with pytest.raises(ValueError):
        await store.list(approver_groups="pharmacy-leads")  # type: ignore[arg-type]


async def test_a_groups_requests_are_listed_however_many_newer_ones_other_groups_have(backend: Backend) -> None:
    store = await backend.open()
    theirs = [await store.create_or_get_pending(make_request(binding=binding(limit=n), created_at=T0 + n,
                                                             approver_groups=("pharmacy-leads",)))
              for n in range(3)]
    started = time.monotonic()
    await asyncio.gather(*(
        store.create_or_get_pending(make_request(binding=binding(principal=f"https://idp.example|flood-{n}"),
                                                 created_at=T0 + 10 + n))
        for n in range(1001)
    ))
    assert time.monotonic() - started < 5
    newest = await store.list(approver_groups=frozenset({"pharmacy-leads"}), limit=2)
    assert [r.id for r in newest] == [theirs[2].id, theirs[1].id]
    every = await store.list(approver_groups=frozenset({"pharmacy-leads", "privacy-officers"}), limit=1000)
    assert len(every) == 1000 and theirs[2].id not in {r.id for r in every}, "the limit still holds"


def as_the_previous_version(backend: Backend, *, drop_group_index: bool = False,
                            insert: Sequence[ApprovalRequest] = ()) -> None:
    """Do to the database what the version before approver groups were indexed did: it had no such index
    (`drop_group_index`), and inserted requests naming only the columns it knew (`insert`, in one go)."""
    columns, rows = ", ".join(codec.COLUMNS), [codec.row(request) for request in insert]
    if backend.sqlite_path is not None:
        with contextlib.closing(sqlite3.connect(backend.sqlite_path)) as conn, conn:
            if drop_group_index:
                conn.execute("DROP TRIGGER approval_groups_of_new_request")
                conn.execute("DROP TABLE approval_groups")
            values = ", ".join("?" * len(codec.COLUMNS))
            conn.executemany(f"INSERT INTO approvals ({columns}) VALUES ({values})", rows)
        return
    with psycopg.connect(backend.dsn) as conn, conn.cursor() as cursor:  # one transaction
        if drop_group_index:
            cursor.execute("ALTER TABLE chaperone_approvals DROP COLUMN approver_groups")
        values = ", ".join(["%s"] * len(codec.COLUMNS))
        cursor.executemany(f"INSERT INTO chaperone_approvals ({columns}) VALUES ({values})", rows)


async def test_a_database_of_the_previous_version_is_listed_by_group_once_a_store_opens(backend: Backend) -> None:
    store = await backend.open()
    made = await store.create_or_get_pending(make_request(binding=binding(limit=1)))
    older = [make_request(binding=binding(principal=f"https://idp.example|older-{n}"), created_at=T0 + 1 + n)
             for n in range(FILL_BATCH + 1)]
    as_the_previous_version(backend, drop_group_index=True, insert=older)
    upgraded = await backend.open()
    listed = await upgraded.list(approver_groups=OFFICER.groups, limit=1000)
    assert [r.id for r in listed] == [r.id for r in reversed(older)] + [made.id]
    from_a_replica_not_yet_upgraded = make_request(binding=binding(limit=3), created_at=T0 + 200)
    as_the_previous_version(backend, insert=[from_a_replica_not_yet_upgraded])
    restarted = await backend.open()
    assert (await restarted.list(approver_groups=OFFICER.groups, limit=1))[0] == from_a_replica_not_yet_upgraded
    assert await restarted.list(approver_groups=frozenset({"pharmacy-leads"})) == []


def as_layout_1(request: ApprovalRequest) -> str:
    """The document the version before clients were bound wrote: the client at the top, not in the binding."""
    document = json.loads(codec.encode(request))
    document["client_id"] = document["binding"].pop("client") or None
    document["format"] = 1
    return json.dumps(document)


async def test_a_database_written_before_clients_were_bound_binds_its_requests_to_their_clients(
        backend: Backend) -> None:
    older = await approved_request(await backend.open(), one_time=False)
    columns = [c for c in codec.COLUMNS if c != "client"]
    values = [v for c, v in zip(codec.COLUMNS, codec.row(older), strict=True) if c != "client"]
    values[columns.index("doc")] = as_layout_1(older)
    if backend.sqlite_path is not None:
        with contextlib.closing(sqlite3.connect(backend.sqlite_path)) as conn, conn:
            conn.execute("DELETE FROM approvals")
            conn.execute("ALTER TABLE approvals DROP COLUMN client")
            conn.execute(f"INSERT INTO approvals ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         values)
    else:
        with psycopg.connect(backend.dsn) as conn, conn.cursor() as cursor:
            cursor.execute("DELETE FROM chaperone_approvals")
            cursor.execute("ALTER TABLE chaperone_approvals DROP COLUMN client")
            cursor.execute(f"INSERT INTO chaperone_approvals ({', '.join(columns)}) "
                           f"VALUES ({', '.join(['%s'] * len(columns))})", values)
    upgraded = await backend.open()
    assert older.client_id == "claude-desktop"
    assert await upgraded.covering(older.binding, NOW + 1) == older
    assert await upgraded.covering(replace(older.binding, client=""), NOW + 1) is None
    assert await upgraded.get(older.id) == older


async def test_a_database_that_is_down_fails_closed_with_an_actionable_error(backend: Backend) -> None:
    store = await backend.open()
    request = await store.create_or_get_pending(make_request(reason="patient Jane Roe, MRN 12345"))
    backend.break_database()
    attempts = [
        store.get(request.id),
        store.covering(request.binding, NOW),
        store.update(request.id, approved_by()),
        store.create_or_get_pending(make_request(binding=binding(limit=9))),
        store.list(approver_groups=OFFICER.groups),
        store.expire_due(NOW),
        store.wait_changed(request.id, 10, seen=request),  # a held call learns the store is down
        backend.open(),
    ]
    for attempt in attempts:
        with pytest.raises(StoreUnavailable) as down:
            await asyncio.wait_for(attempt, 15)
        message = str(down.value)
        assert "approval store" in message and "check" in message
        assert "Jane" not in message and "12345" not in message and "cohort" not in message
    backend.repair_database()
    assert await store.get(request.id) == request  # the same instance recovers
    decided = await store.update(request.id, approved_by())
    assert decided.status is Status.APPROVED


async def test_notifications_resume_after_the_database_comes_back(backend: Backend) -> None:
    holder, reviewer = await backend.open(), await backend.open()
    request = await holder.create_or_get_pending(make_request())
    backend.break_database()
    await asyncio.sleep(0.5)
    backend.repair_database()
    waiting = asyncio.create_task(holder.wait_changed(request.id, 10))
    for _ in range(50):  # the reviewer's pool reconnects first
        try:
            await reviewer.update(request.id, approved_by())
            break
        except StoreUnavailable:
            await asyncio.sleep(0.2)
    started = time.monotonic()
    await waiting
    assert time.monotonic() - started < 3


async def test_a_restart_loses_no_request_and_no_decision(backend: Backend) -> None:
    store = await backend.open()
    pending = await store.create_or_get_pending(make_request(binding=binding(limit=1)))
    approved = await approved_request(store, binding=binding(limit=2))
    denied = await store.create_or_get_pending(make_request(binding=binding(limit=3)))
    denied = await store.update(denied.id, partial(deny, reviewer=OFFICER, reason="no", now=NOW))
    consumed = await approved_request(store, binding=binding(limit=4))
    consumed = await store.update(consumed.id, partial(consume, now=NOW + 1))
    expired = await store.create_or_get_pending(make_request(binding=binding(limit=5)))
    expired = await store.update(expired.id, partial(expire, now=T0 + 600))
    await store.close()
    restarted = await backend.open()
    for before in (pending, approved, denied, consumed, expired):
        assert await restarted.get(before.id) == before
    assert await restarted.create_or_get_pending(make_request(binding=binding(limit=1))) == pending
    assert await restarted.covering(approved.binding, NOW + 1) == approved


def test_the_sqlite_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    async def main() -> None:
        async with SqliteApprovalStore(tmp_path / "approvals.db") as store:
            await store.create_or_get_pending(make_request())

    asyncio.run(main())
    for path in tmp_path.iterdir():
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_an_sqlite_file_that_cannot_be_created_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="no-such-dir"):
        asyncio.run(SqliteApprovalStore(tmp_path / "no-such-dir" / "approvals.db").open())


async def test_break_glass_claims_racing_on_two_replicas_never_exceed_the_limit(backend: Backend) -> None:
    a, b = await backend.open(), await backend.open()

    def grant(i: int) -> ApprovalRequest:
        fresh = make_request(binding=binding(limit=1000 + i), created_at=NOW)
        return use_break_glass(fresh, fresh.requester, reason="crash", grant_seconds=300, now=NOW)

    claims = [(a if i % 2 else b).claim_break_glass(grant(i), NOW - 3600, 2) for i in range(10)]
    assert sorted(await asyncio.gather(*claims)) == [False] * 8 + [True] * 2
    other = use_break_glass(make_request(binding=binding(principal="https://idp.example|er-2")),
                            "https://idp.example|er-2", reason="crash", grant_seconds=300, now=NOW)
    assert await a.claim_break_glass(other, NOW - 3600, 2), "the limit is per requester"
    assert not await a.claim_break_glass(grant(20), NOW - 3600, 2)
    assert await a.claim_break_glass(grant(21), NOW + 1, 2), "uses older than the window no longer count"
