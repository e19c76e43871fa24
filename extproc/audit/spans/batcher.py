"""The span queue and its batching thread: spans in, batches out to one `SpanExporter`."""

from __future__ import annotations

import collections
import logging
import threading
import time

from extproc.audit.spans.exporter import SpanExporter
from extproc.audit.spans.reporting import Counters, RateLimited

log = logging.getLogger("chaperone.spans")


class Batcher:
    """The span queue and the thread that hands it to the exporter: a batch when `batch_size` spans are
    waiting or `delay` seconds after the oldest arrived, at once on `flush`. A full queue refuses (and
    counts) a span instead of growing. A batch is counted as handed as it goes to the exporter."""

    def __init__(self, exporter: SpanExporter, counters: Counters, capacity: int, batch_size: int,
                 delay: float) -> None:
        self._exporter = exporter
        self._counters = counters
        self._capacity = capacity
        self._batch_size = batch_size
        self._delay = delay
        self._queue: collections.deque[bytes] = collections.deque()
        self._ready = threading.Condition()
        self._flushing = 0  # flush requests waiting; while > 0 the thread does not wait for a full batch
        self._busy = False  # a batch is being exported
        self._stopping = False
        self._warn = RateLimited()
        self._thread = threading.Thread(target=self._run, name="chaperone-span-batcher", daemon=True)
        self._thread.start()

    def put(self, span: bytes) -> None:
        with self._ready:
            if len(self._queue) >= self._capacity:
                self._counters.add(dropped=1, queue_dropped=1)
                self._warn.warning("queue-full", "span queue full (%d): dropping spans (%d so far)", self._capacity,
                                   self._counters.queue_dropped)
                return
            self._counters.add(enqueued=1)
            self._queue.append(span)
            if len(self._queue) == 1 or len(self._queue) == self._batch_size:  # a batch starts, or is full
                self._ready.notify_all()

    def flush(self, deadline: float) -> bool:
        """Hand everything queued now to the exporter; True if that happened before `deadline` (monotonic)."""
        with self._ready:
            self._flushing += 1
            self._ready.notify_all()
            try:
                while self._queue or self._busy:
                    left = deadline - time.monotonic()
                    if left <= 0 or not self._thread.is_alive():
                        return False
                    self._ready.wait(left)
                return True
            finally:
                self._flushing -= 1

    def stop(self, deadline: float) -> int:
        """Flush until `deadline`, stop the thread; the number of spans it could not hand over."""
        self.flush(deadline)
        with self._ready:
            self._stopping = True
            self._ready.notify_all()
        self._thread.join(max(0.0, deadline - time.monotonic()) + 1)
        with self._ready:
            left = len(self._queue)
            self._queue.clear()
        return left

    def _run(self) -> None:
        while True:
            with self._ready:
                if not self._queue and not self._stopping:
                    self._ready.wait()
                if self._stopping:
                    return
                due = time.monotonic() + self._delay
                while len(self._queue) < self._batch_size and not self._flushing and not self._stopping:
                    left = due - time.monotonic()
                    if left <= 0:
                        break
                    self._ready.wait(left)
                if self._stopping:
                    return
                batch = [self._queue.popleft() for _ in range(min(self._batch_size, len(self._queue)))]
                self._busy = True
            self._counters.add(handed=len(batch))
            try:
                self._exporter.export(batch)
            except Exception:  # export counts what it could not deliver; anything else must not kill the thread
                log.exception("span export failed")
                self._counters.add(dropped=len(batch))
            finally:
                with self._ready:
                    self._busy = False
                    self._ready.notify_all()
