"""The fsync helper process: durable on success, the errno on failure, nothing left running after close."""

from __future__ import annotations

import asyncio
import errno
import os
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
