"""The journal's helper process: durable on success, the errno on failure, the spans of what it made durable,
nothing left running after close."""

from __future__ import annotations

import asyncio
import errno
import os
import signal
from pathlib import Path

import pytest

from extproc.audit.span_feed import SpanSettings, frame
from extproc.audit.spans.semconv import record_span
from extproc.audit.spans.sink import SpanSink
from extproc.audit.syncer import Syncer
from tests.otlp_receiver import OtlpReceiver
from tests.span_support import make_record


def test_syncs_a_file_and_stops_with_close(tmp_path: Path) -> None:
    async def main() -> int:
        syncer = Syncer()
        with open(tmp_path / "f", "ab", buffering=0) as f:
            f.write(b"x")
            for _ in range(3):
                await syncer.sync(f.fileno())
        proc = syncer._proc
        assert proc is not None and proc.poll() is None
        await syncer.close()
        return proc.returncode

    assert asyncio.run(main()) == 0, "the helper exits cleanly when its socket closes"


def test_the_helpers_errno_is_raised(tmp_path: Path) -> None:
    async def main() -> None:
        syncer = Syncer()
        read_end, write_end = os.pipe()  # a pipe cannot be fdatasync'd: EINVAL
        try:
            with pytest.raises(OSError) as caught:
                await syncer.sync(read_end)
            assert caught.value.errno == errno.EINVAL
        finally:
            os.close(read_end)
            os.close(write_end)
            await syncer.close()

    asyncio.run(main())


def test_a_ctrl_c_to_the_process_group_does_not_end_the_helper(tmp_path: Path) -> None:
    """Ctrl-C reaches every process in the terminal's group; the helper must outlive it until the
    processor has written its last seal (it ends when its socket closes)."""

    async def main() -> None:
        syncer = Syncer()
        with open(tmp_path / "f", "ab", buffering=0) as f:
            await syncer.sync(f.fileno())
            helper = syncer._proc
            assert helper is not None
            helper.send_signal(signal.SIGINT)
            helper.send_signal(signal.SIGTERM)
            await asyncio.sleep(0.2)
            await syncer.sync(f.fileno())
            assert syncer._proc is helper and helper.poll() is None, "the same helper, still running"
        await syncer.close()

    asyncio.run(main())


def test_the_spans_of_durable_batches_are_exported_and_flushed_at_close(tmp_path: Path) -> None:
    receiver = OtlpReceiver()
    receiver.start()

    async def main() -> None:
        syncer = Syncer(SpanSettings(receiver.endpoint, str(tmp_path / "spool")))
        syncer.start()
        read_end, write_end = os.pipe()
        try:  # a batch whose fsync fails (a pipe: EINVAL) was refused: its span must not be exported
            with pytest.raises(OSError):
                await syncer.sync(read_end, frame([record_span(make_record(), 99, "0" * 64)]), 1)
        finally:
            os.close(read_end)
            os.close(write_end)
        with open(tmp_path / "journal", "ab", buffering=0) as f:
            f.write(b"x")
            await syncer.sync(f.fileno(), frame([record_span(make_record(), 1, "0" * 64)]), 1)
            # larger than the socket's buffer: sent in parts
            big = [record_span(make_record(arguments="a" * 2000), seq, "0" * 64) for seq in range(2, 602)]
            await syncer.sync(f.fileno(), frame(big), len(big))
        await syncer.close()

    try:
        asyncio.run(main())
        spans = receiver.spans()  # already there: close waits for the helper to flush them
    finally:
        receiver.stop()
    assert sorted(s.attributes["chaperone.audit.seq"] for s in spans) == list(range(1, 602))


def test_a_helper_that_cannot_open_its_span_spool_fails_at_start(tmp_path: Path) -> None:
    holder = SpanSink("127.0.0.1:9", tmp_path / "spool")  # another processor's sink holds the spool
    try:
        syncer = Syncer(SpanSettings("127.0.0.1:9", str(tmp_path / "spool")))
        with pytest.raises(RuntimeError, match="could not start"):
            syncer.start()
    finally:
        holder.shutdown(0.1)
