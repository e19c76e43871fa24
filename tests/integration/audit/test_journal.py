"""The journal (journal.py): rotation keeps the chain and a restart resumes it, group commit, refusals when it cannot
write, a lost fsync helper replaced. Integration: every journal here starts its fsync helper process."""

import asyncio
import json
import subprocess
from pathlib import Path

import pytest

from extproc.audit import journal as journal_module
from extproc.audit.errors import AuditUnavailable
from extproc.audit.journal import Journal, journal_files
from extproc.audit.signing import Signer
from extproc.audit.span_feed import SpanSettings
from extproc.audit.spans.semconv import record_span
from extproc.audit.verify import iter_records
from tests.integration.audit.support import check, lines, write
from tests.otlp_receiver import OtlpReceiver


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
        for _ in range(6):
            journal.record_coming()

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
        for i, still_open in enumerate((1, 2, 1)):  # fewer than COMMIT_SIBLINGS: each committed at once
            while journal.in_flight < still_open:
                journal.record_coming()
            while journal.in_flight > still_open:
                journal.record_settled()
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
