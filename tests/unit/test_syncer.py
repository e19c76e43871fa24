"""The fsync helper process: durable on success, the errno on failure, nothing left running after close."""

from __future__ import annotations

import asyncio
import errno
import os
import signal
from pathlib import Path

import pytest

from extproc.audit.syncer import Syncer


def test_syncs_a_file_and_stops_with_close(tmp_path: Path) -> None:
    async def main() -> int:
        syncer = Syncer()
        with open(tmp_path / "f", "ab", buffering=0) as f:
            f.write(b"x")
            for _ in range(3):
                await syncer.sync(f.fileno())
        proc = syncer._proc
        assert proc is not None and proc.poll() is None
        syncer.close()
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
            syncer.close()

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
        syncer.close()

    asyncio.run(main())
