"""Where the batcher hands batches of encoded spans: the exporter interface.

The OTLP exporter (`spooling_exporter`) is the one the gateway runs.
"""

from __future__ import annotations

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
