"""What the span pipeline tells the operator: one set of counts shared by its parts, and warnings that
repeat at most once a minute (a collector outage must not flood the log)."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

log = logging.getLogger("chaperone.spans")


class Counters:
    """Span counts; its lock is never held across I/O, so `emit` never waits on disk."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.emitted = 0  # emit calls (and spans lost before them): every one ends up in exactly one bucket below
        self.enqueued = 0  # spans accepted into the batching thread's queue
        self.handed = 0  # spans the batching thread passed on to the exporter
        self.exported = 0  # sent straight to the collector
        self.delivered_from_spool = 0
        self.dropped = 0  # lost, for any reason below (all logged)
        self.queue_dropped = 0  # the processor's queue was full
        self.spool_full = 0  # the spool was over its size bound
        self.rejected = 0  # the collector refused them (invalid, partial success), or the spool file was corrupt
        self.recovered = 0  # found in the spool at start, left by an earlier process

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + n)

    def in_queue(self) -> int:
        with self._lock:
            return self.enqueued - self.handed


class RateLimited:
    """Log a given warning at most once per `period` seconds."""

    def __init__(self, period: float = 60.0) -> None:
        self._period = period
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def warning(self, key: str, msg: str, *args: Any) -> None:
        now = time.monotonic()
        with self._lock:
            last = self._last.get(key)
            if last is not None and now - last < self._period:
                return
            self._last[key] = now
        log.warning(msg, *args)
