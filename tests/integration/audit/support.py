"""Journals the audit tests write, read back line by line and verify."""

from __future__ import annotations

import asyncio
from pathlib import Path

from extproc.audit.journal import Journal, journal_files
from extproc.audit.signing import Signer, load_public_key
from extproc.audit.verify import verify


def write(directory: Path, key: Path, count: int, max_file_bytes: int = 64 << 20, start: int = 0) -> None:
    async def main() -> None:
        journal = Journal(directory, Signer(key), max_file_bytes=max_file_bytes)
        for i in range(start, start + count):
            await journal.append({"n": i, "mcp": {"method": "tools/call"}})
        await journal.close()

    asyncio.run(main())


def lines(directory: Path) -> list[bytes]:
    return [line for path in journal_files(directory) for line in path.read_bytes().splitlines(keepends=True)]


def check(directory: Path, key: Path):
    return verify([directory], load_public_key(key))
