"""The journal's evidence value: every kind of tampering is caught and named; rotation keeps the chain."""

import asyncio
import json
import subprocess
from pathlib import Path

import pytest

from extproc.audit import journal as journal_module
from extproc.audit.journal import AuditUnavailable, Journal, journal_files
from extproc.audit.signing import Signer, ensure_signing_key, load_public_key
from extproc.audit.span_feed import SpanSettings
from extproc.audit.spans.semconv import record_span
from extproc.audit.verify import iter_records, verify
from tests.otlp_receiver import OtlpReceiver


@pytest.fixture
def key(tmp_path: Path) -> Path:
    path = tmp_path / "key.pem"
    ensure_signing_key(path)
    return path


def write(directory: Path, key: Path, count: int, max_file_bytes: int = 64 << 20, start: int = 0) -> None:
    async def main() -> None:
        journal = Journal(directory, Signer(key), max_file_bytes=max_file_bytes)
        for i in range(start, start + count):
            await journal.append({"n": i, "mcp": {"method": "tools/call"}})
        await journal.close()

    asyncio.run(main())


def lines(directory: Path) -> list[bytes]:
    return [line for path in journal_files(directory) for line in path.read_bytes().splitlines(keepends=True)]


def rewrite(directory: Path, new_lines: list[bytes]) -> None:
    files = journal_files(directory)
    for path in files[1:]:
        path.unlink()
    files[0].write_bytes(b"".join(new_lines))


def check(directory: Path, key: Path):
    return verify([directory], load_public_key(key))


def test_intact_journal_verifies(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 10)
    report = check(tmp_path / "j", key)
    assert report.ok and report.records >= 10 and report.seals >= 1 and report.last_sealed


def test_edit_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    i = next(i for i, line in enumerate(body) if b'"n":2' in line)
    body[i] = body[i].replace(b'"n":2', b'"n":7')
    rewrite(tmp_path / "j", body)
    report = check(tmp_path / "j", key)
    assert not report.ok and f"line {i + 1}: record seq {i + 1} was altered" in report.problem


def test_deletion_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    del body[1]
    rewrite(tmp_path / "j", body)
    assert "expected seq 2, found 3: records missing" in check(tmp_path / "j", key).problem


def test_reordering_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    body[1], body[2] = body[2], body[1]
    rewrite(tmp_path / "j", body)
    assert "found 3" in check(tmp_path / "j", key).problem


def test_truncation_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    rewrite(tmp_path / "j", [*body[:-1], body[-1][:40]])
    assert "truncated" in check(tmp_path / "j", key).problem


def test_forged_seal_and_wrong_key_are_caught(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 3)
    other = tmp_path / "other.pem"
    ensure_signing_key(other)
    assert "not the key given" in check(tmp_path / "j", other).problem


def test_rotation_continues_the_chain_and_restart_resumes_it(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 40, max_file_bytes=2000)
    write(tmp_path / "j", key, 5, max_file_bytes=2000, start=40)  # a restart continues the same chain
    assert len(journal_files(tmp_path / "j")) > 2
    report = check(tmp_path / "j", key)
    assert report.ok and report.records >= 45
    assert [r["n"] for r in iter_records([tmp_path / "j"])] == list(range(45))


def test_torn_tail_from_a_crash_is_cut_on_restart(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 3)
    path = journal_files(tmp_path / "j")[-1]
    path.write_bytes(path.read_bytes() + b'{"hash":"abc')  # a write the crash interrupted: never acknowledged
    write(tmp_path / "j", key, 2, start=3)
    assert check(tmp_path / "j", key).ok


def test_unwritable_journal_refuses(tmp_path: Path, key: Path) -> None:
    async def main() -> None:
        journal = Journal(tmp_path / "j", Signer(key))
        await journal.append({"n": 0})
        journal._file.close()  # the disk went away under it
        journal._file = open(journal._path, "rb")  # noqa: SIM115 - a handle that cannot write
        with pytest.raises(AuditUnavailable, match="cannot be written"):
            await journal.append({"n": 1})

    asyncio.run(main())
    assert [json.loads(b"{" + line[75:])["seq"] for line in lines(tmp_path / "j")][:1] == [1]


def test_a_quiet_journal_seals_its_head(tmp_path: Path, key: Path) -> None:
    async def main() -> None:
        journal = Journal(tmp_path / "j", Signer(key))
        await journal.append({"n": 0})
        await asyncio.sleep(0.05)
        await journal.append({"n": 1})  # within the interval: committed, not yet sealed
        await asyncio.sleep(0.4)
        report = check(tmp_path / "j", key)
        assert report.ok and report.last_sealed, "sealed within the interval, without a close"
        await journal.close()

    asyncio.run(main())


def _fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = journal_module.Syncer.sync

    async def counting(self: journal_module.Syncer, fd: int, *batch: int) -> None:
        calls.append(fd)
        await real(self, fd, *batch)

    monkeypatch.setattr(journal_module.Syncer, "sync", counting)
    return calls


def test_group_commit_waits_for_the_records_of_other_open_exchanges(
    tmp_path: Path, key: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fsyncs = _fsyncs(monkeypatch)

    async def main() -> None:
        # a delay far longer than the test: it ends early only because every open exchange appended
        journal = Journal(tmp_path / "j", Signer(key), commit_delay=30.0)
        journal.in_flight = 6

        async def exchange(i: int) -> None:
            await asyncio.sleep(0.002 * i)  # records arrive one after another, not together
            await journal.append({"n": i})

        await asyncio.wait_for(asyncio.gather(*(exchange(i) for i in range(6))), 5)
        await journal.close()

    asyncio.run(main())
    assert len(fsyncs) <= 2  # the six records in one batch (plus the seal at close)
    assert check(tmp_path / "j", key).records == 6


def test_a_lone_exchange_never_waits(tmp_path: Path, key: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fsyncs = _fsyncs(monkeypatch)

    async def main() -> None:
        journal = Journal(tmp_path / "j", Signer(key), commit_delay=30.0)
        for i in range(3):  # fewer than COMMIT_SIBLINGS others open: each record is committed at once
            journal.in_flight = 1 + i % 2
            await asyncio.wait_for(journal.append({"n": i}), 5)
        await journal.close()

    asyncio.run(main())
    assert len(fsyncs) >= 3



def test_a_full_disk_refuses_then_recovers_with_the_chain_intact(small_disk: Path, key: Path) -> None:
    directory = small_disk / "j"
    payload = "x" * 3000
    durable: list[int] = []

    async def main() -> None:
        journal = Journal(directory, Signer(key))
        n = 0
        with pytest.raises(AuditUnavailable, match="cannot be written"):
            while n < 1000:  # 64 KiB fills long before that
                await journal.append({"n": n, "pad": payload})
                durable.append(n)
                n += 1
        for _ in range(3):  # still full: still refused, and nothing half-written stays behind
            with pytest.raises(AuditUnavailable):
                await journal.append({"n": -1, "pad": payload})
        subprocess.run(["mount", "-o", "remount,size=1m", str(small_disk)], check=True)
        await journal.append({"n": n, "pad": payload})  # space again: the chain goes on
        durable.append(n)
        await journal.close()

    asyncio.run(main())
    assert 5 < len(durable) < 1000
    assert [r["n"] for r in iter_records([directory])] == durable, "every acknowledged record, no refused one"
    assert check(directory, key).ok


def test_a_lost_fsync_helper_refuses_one_batch_then_is_replaced(tmp_path: Path, key: Path) -> None:
    async def main() -> None:
        journal = Journal(tmp_path / "j", Signer(key))
        await journal.append({"n": 0})
        helper = journal._syncer._proc
        assert helper is not None
        helper.kill()
        helper.wait()
        with pytest.raises(AuditUnavailable, match="journal helper"):
            await journal.append({"n": -1})  # not known durable: refused and cut off
        await journal.append({"n": 1})
        assert journal._syncer._proc is not None and journal._syncer._proc.pid != helper.pid
        await journal.close()
        assert journal._syncer._proc is None

    asyncio.run(main())
    assert [r["n"] for r in iter_records([tmp_path / "j"])] == [0, 1]
    assert check(tmp_path / "j", key).ok


def test_a_replaced_helper_takes_over_the_span_spool_and_exports(tmp_path: Path, key: Path) -> None:
    receiver = OtlpReceiver()
    receiver.start()

    async def main() -> list[int]:
        journal = Journal(tmp_path / "j", Signer(key), spans=SpanSettings(receiver.endpoint, str(tmp_path / "spool")),
                          encode_span=record_span)
        journal.start()
        await journal.append({"n": 0})
        helper = journal._syncer._proc
        assert helper is not None
        helper.kill()
        helper.wait()
        with pytest.raises(AuditUnavailable):
            await journal.append({"n": -1})
        seqs = [(await journal.append({"n": n}))[0] for n in (1, 2)]  # the new helper holds the spool now
        await journal.close()
        return seqs

    try:
        seqs = asyncio.run(main())
        exported = {s.attributes["chaperone.audit.seq"] for s in receiver.spans()}
    finally:
        receiver.stop()
    journal_seqs = {r["seq"] for r in iter_records([tmp_path / "j"])}
    assert set(seqs) <= exported <= journal_seqs, (
        "the replacement helper exported the spans of the records it made durable, and no other")
