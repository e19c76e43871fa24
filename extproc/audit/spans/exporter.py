"""Where the batcher hands batches of encoded spans: the exporter interface, and an exporter that keeps them.

The OTLP exporter (`spooling_exporter`) is the one the gateway runs; `InMemorySpanExporter` lets the
pipeline be tested without a collector, a spool or gRPC.
"""

from __future__ import annotations

import threading
from typing import Protocol


class SpanExporter(Protocol):
    """Receives batches of encoded spans (`semconv.encode_span`) from one thread, one batch at a time."""

    def export(self, spans: list[bytes]) -> None:
        """Send one batch; count and log every span it could not deliver. An exception loses the whole batch
        (the batcher counts and logs that)."""
        ...

    def shutdown(self) -> None:
        """Stop: no `export` follows."""
        ...


class InMemorySpanExporter:
    """Keeps every batch it is given, in order; after `shutdown` an export raises, as a misuse must be seen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._batches: list[list[bytes]] = []
        self._shut_down = False

    def export(self, spans: list[bytes]) -> None:
        """Keep the batch (an empty one is nothing to send, as for a collector)."""
        with self._lock:
            if self._shut_down:
                raise RuntimeError("span exporter is shut down")
            if spans:
                self._batches.append(list(spans))

    def shutdown(self) -> None:
        with self._lock:
            self._shut_down = True

    def batches(self) -> list[list[bytes]]:
        """The batches exported so far, oldest first."""
        with self._lock:
            return [list(batch) for batch in self._batches]

    def spans(self) -> list[bytes]:
        """The spans exported so far, in the order they were exported."""
        with self._lock:
            return [span for batch in self._batches for span in batch]
