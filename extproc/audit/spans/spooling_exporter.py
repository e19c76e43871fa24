"""The OTLP exporter with a disk spool behind it: batches go straight to the collector while it answers and
nothing waits on disk, through the spool otherwise.

A batch goes straight to the collector while the spool is empty; if that fails (collector down, timeout) the
batch, already an encoded ExportTraceServiceRequest, is written, fsync'd, to a spool file. While any spool
file exists new batches are spooled too, so they never overtake older ones. A background thread sends spool
files oldest first, with backoff, deleting each once the collector accepted it; spool files left by an
earlier process are sent the same way. A full spool, a batch the collector rejects as invalid, are counted
as dropped and logged (rate-limited).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import grpc
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2

from extproc.audit import otlp_wire
from extproc.audit.spans.otlp_grpc import RawExport
from extproc.audit.spans.reporting import Counters, RateLimited
from extproc.audit.spans.spool import DEFAULT_MAX_SPOOL_BYTES, Spool, SpoolFile

log = logging.getLogger("chaperone.spans")

SCOPE = "chaperone.audit"


class SpoolingSpanExporter:
    """Batches straight to the collector while it answers and nothing is spooled; the disk spool otherwise."""

    def __init__(
        self,
        endpoint: str,
        spool_dir: Path,
        counters: Counters,
        *,
        resource: bytes = b"",
        max_spool_bytes: int = DEFAULT_MAX_SPOOL_BYTES,
        export_timeout: float = 3.0,
        retry_initial: float = 0.5,
        retry_max: float = 10.0,
    ) -> None:
        self._endpoint = urlsplit(endpoint).netloc if "://" in endpoint else endpoint
        self._counters = counters
        self._resource = resource
        self._scope = otlp_wire.field(1, SCOPE.encode())
        self._timeout = export_timeout
        self._retry_initial = retry_initial
        self._retry_max = retry_max
        self._warn = RateLimited()
        self._spool = Spool(spool_dir, max_spool_bytes)
        counters.add(recovered=self._spool.spans)
        if self._spool.spans:
            log.info("span spool %s holds %d span(s) from before; delivering them", spool_dir, self._spool.spans)
        # one channel for the batching thread's direct sends, one for the drain thread's spool sends
        self._direct = RawExport(self._endpoint)
        self._drain = RawExport(self._endpoint)
        self._closed = False
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drain_loop, name="chaperone-span-spool", daemon=True)
        self._thread.start()

    @property
    def spool(self) -> Spool:
        return self._spool

    # called on the batching thread, one batch at a time
    def export(self, spans: list[bytes]) -> None:
        """Deliver or spool one batch of encoded spans; every span ends up counted in one bucket."""
        n = len(spans)
        if not n:
            return
        request = otlp_wire.export_request(self._resource, self._scope, spans)
        if not len(self._spool) and not self._closed:
            try:
                response = self._direct.send(request, self._timeout)
            except grpc.RpcError:
                response = None
            except Exception:
                log.exception("OTLP export raised; spooling the batch")
                response = None
            if response is not None:
                rejected = min(response.partial_success.rejected_spans, n)
                if rejected:
                    log.warning("collector rejected %d of %d span(s): %s", rejected, n,
                                response.partial_success.error_message)
                self._counters.add(exported=n - rejected, dropped=rejected, rejected=rejected)
                return
        self._to_spool(request, n)

    def _to_spool(self, request: bytes, n: int) -> None:
        try:
            written = self._spool.write(request, n)
        except (OSError, ValueError) as exc:
            self._counters.add(dropped=n)
            log.error("cannot spool %d span(s) to %s, dropped: %s", n, self._spool.directory, exc)
            return
        if not written:
            self._counters.add(dropped=n, spool_full=n)
            self._warn.warning(
                "spool-full", "span spool %s is over its bound of %d bytes: dropping spans (%d so far)",
                self._spool.directory, self._spool.max_bytes, self._counters.spool_full,
            )
            return
        self._wake.set()

    # --- drain thread ----------------------------------------------------------------------------------------

    def _drain_loop(self) -> None:
        backoff = self._retry_initial
        while not self._stop.is_set():
            self._wake.clear()
            entry = self._spool.oldest()
            if entry is None:
                self._wake.wait()
                continue
            if self._send(entry):
                backoff = self._retry_initial
                continue
            self._warn.warning(
                "collector-down", "OTLP collector %s unreachable: %d span(s) spooled in %s, retrying",
                self._endpoint, self._spool.spans, self._spool.directory,
            )
            self._stop.wait(backoff)
            backoff = min(backoff * 2, self._retry_max)
        self._drain.close()

    def _send(self, entry: SpoolFile) -> bool:
        """True once `entry` is settled (delivered, or counted as rejected); False to retry it later."""
        try:
            request = entry.path.read_bytes()
            trace_service_pb2.ExportTraceServiceRequest.FromString(request)  # a corrupt file is set aside here
        except FileNotFoundError:
            self._spool.remove(entry)
            self._counters.add(dropped=entry.spans, rejected=entry.spans)
            log.error("span spool file %s vanished: %d span(s) lost", entry.path, entry.spans)
            return True
        except OSError as exc:
            log.error("cannot read span spool file %s: %s", entry.path, exc)
            return False
        except DecodeError:
            self._spool.remove(entry, rename_to=".corrupt")
            self._counters.add(dropped=entry.spans, rejected=entry.spans)
            log.error("span spool file %s is corrupt: %d span(s) set aside", entry.path, entry.spans)
            return True
        try:
            response = self._drain.send(request, self._timeout)
        except grpc.RpcError as exc:
            code = exc.code() if isinstance(exc, grpc.Call) else None
            if code == grpc.StatusCode.INVALID_ARGUMENT:
                self._spool.remove(entry, rename_to=".rejected")
                self._counters.add(dropped=entry.spans, rejected=entry.spans)
                log.error("collector rejected spooled batch %s as invalid: %d span(s) set aside", entry.path,
                          entry.spans)
                return True
            return False
        rejected = min(response.partial_success.rejected_spans, entry.spans)
        if rejected:
            log.warning("collector rejected %d of %d spooled span(s): %s", rejected, entry.spans,
                        response.partial_success.error_message)
        self._spool.remove(entry)
        self._counters.add(delivered_from_spool=entry.spans - rejected, dropped=rejected, rejected=rejected)
        return True

    # --- lifecycle -------------------------------------------------------------------------------------------

    def drain(self, deadline: float) -> bool:
        """Wait (until `deadline`, monotonic) for the spool to empty; True if it did."""
        while len(self._spool):
            if time.monotonic() >= deadline or not self._thread.is_alive():
                return False
            time.sleep(0.02)
        return True

    def shutdown(self) -> None:
        """Stop delivering; whatever is spooled stays on disk for the next process."""
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        self._wake.set()
        self._thread.join(self._timeout + 1)
        self._direct.close()
        self._spool.close()
