"""The span spool: encoded export requests on disk, fsync'd, bounded, oldest first, one process at a time."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_SPOOL_BYTES = 256 * 1024 * 1024
SPOOL_SUFFIX = ".otlp"
_SPOOL_NAME = re.compile(r"^(\d{16})-(\d+)\.otlp$")


@dataclass(frozen=True)
class SpoolFile:
    path: Path
    spans: int
    size: int


class Spool:
    """Encoded batches on disk, one file each, named `<seq>-<spans>.otlp` so the name alone orders them and
    counts their spans. One writer (the exporter thread), one remover (the drain thread); `.lock` keeps a
    second process off the same directory."""

    def __init__(self, directory: Path, max_bytes: int) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        directory.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(directory / ".lock", "a+b")  # noqa: SIM115 - held for the spool's lifetime
        try:
            fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._lock_file.close()
            raise RuntimeError(f"span spool {directory} is in use by another sink") from exc
        self._lock = threading.Lock()
        self._files: list[SpoolFile] = []
        self._seq = 0
        self.bytes = 0
        self.spans = 0
        for path in sorted(directory.iterdir()):
            match = _SPOOL_NAME.match(path.name)
            if match:
                entry = SpoolFile(path, int(match.group(2)), path.stat().st_size)
                self._files.append(entry)
                self._seq = max(self._seq, int(match.group(1)))
                self.bytes += entry.size
                self.spans += entry.spans
            elif path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)  # torn write from a crash: never acknowledged as spooled

    def __len__(self) -> int:
        return len(self._files)

    def write(self, data: bytes, spans: int) -> bool:
        """Make the batch durable; False if it would push the spool over its bound (nothing written)."""
        with self._lock:
            if self.bytes + len(data) > self.max_bytes:
                return False
            self._seq += 1
            seq = self._seq
        path = self.directory / f"{seq:016d}-{spans}{SPOOL_SUFFIX}"
        tmp = self.directory / f".{seq:016d}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(self.directory)
        with self._lock:
            self._files.append(SpoolFile(path, spans, len(data)))
            self.bytes += len(data)
            self.spans += spans
        return True

    def oldest(self) -> SpoolFile | None:
        with self._lock:
            return self._files[0] if self._files else None

    def remove(self, entry: SpoolFile, rename_to: str | None = None) -> None:
        """Forget `entry`: delete it, or keep it aside under another suffix (for a human to look at)."""
        if rename_to is None:
            entry.path.unlink(missing_ok=True)
        else:
            with contextlib.suppress(OSError):
                entry.path.rename(entry.path.with_suffix(rename_to))
        with self._lock:
            self._files.remove(entry)
            self.bytes -= entry.size
            self.spans -= entry.spans

    def close(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_UN)
        self._lock_file.close()


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
