"""The audit record as an OpenTelemetry span, exported over OTLP/gRPC with a disk spool behind it.

`record_span` turns one audit record (a plain dict) into one SERVER span named after the MCP call, joined
to Envoy's trace through the W3C `traceparent` Envoy put into the ext_proc metadata (kept in the record as
`trace_id` and `parent_span_id`). The span is written straight in OTLP's wire format (`otlp_wire`: the SDK's
span objects cost more than the rest of the audit trail, see README). The journal encodes it beside the
record's line; the `SpanSink` that batches and delivers it runs in the journal's helper process (`syncer`,
`span_feed`), where a batching thread hands batches to `SpoolingSpanExporter`. The SDK still supplies the
resource (`service.name`, `OTEL_RESOURCE_ATTRIBUTES`).

Delivery: a batch goes straight to the collector while the spool is empty; if that fails (collector down,
timeout) the batch, already an encoded ExportTraceServiceRequest, is written, fsync'd, to a spool file.
While any spool file exists new batches are spooled too, so they never overtake older ones. A background
thread sends spool files oldest first, with backoff, deleting each once the collector accepted it; spool
files left by an earlier process are sent the same way. Nothing is dropped silently: a full spool, a full
queue, a batch the collector rejects as invalid, are all counted in `stats()["dropped"]` and logged
(rate-limited).

Only the fields listed in `span_attributes` are copied from the record: never tokens, never secrets,
never unmasked ePHI (the record holds none; a field added to it later is not picked up by accident).
"""

from __future__ import annotations

import collections
import contextlib
import fcntl
import logging
import os
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import grpc
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2
from opentelemetry.sdk.resources import Resource

from extproc.audit import otlp_wire

log = logging.getLogger("chaperone.spans")

SCOPE = "chaperone.audit"
EXPORT_METHOD = "/opentelemetry.proto.collector.trace.v1.TraceService/Export"
DEFAULT_MAX_SPOOL_BYTES = 256 * 1024 * 1024
SPOOL_SUFFIX = ".otlp"
_SPOOL_NAME = re.compile(r"^(\d{16})-(\d+)\.otlp$")
_KIND = re.compile(r"[^a-z0-9_]+")
_HEX = re.compile(r"[0-9a-f]+")

CHANNEL_OPTIONS: tuple[tuple[str, Any], ...] = (
    # gRPC's default reconnect backoff grows to 120 s: a collector back after a long outage would wait that long.
    ("grpc.initial_reconnect_backoff_ms", 250),
    ("grpc.min_reconnect_backoff_ms", 250),
    ("grpc.max_reconnect_backoff_ms", 5000),
)


# --- record → span -----------------------------------------------------------------------------------------


def span_name(record: Mapping[str, Any]) -> str:
    """`{mcp.method} {target}`, the method alone without a target, `HTTP GET` for a call without a method."""
    mcp = record.get("mcp") or {}
    method = mcp.get("method")
    if method:
        target = mcp.get("target")
        return f"{method} {target}" if target else str(method)
    http_method = (record.get("http") or {}).get("method")
    return f"HTTP {http_method}" if http_method else "HTTP"


def error_type(record: Mapping[str, Any]) -> str | None:
    """Why a refused exchange was refused, as `error.type`; None when it was not refused."""
    if not record.get("refused"):
        return None
    if (record.get("decision") or {}).get("allowed") is False:
        return "policy_denied"
    if record.get("principal") is None:
        return "unauthenticated"
    return "refused"


def span_attributes(record: Mapping[str, Any]) -> dict[str, Any]:
    """The span's attributes: MCP/GenAI/HTTP semantic conventions plus `chaperone.*`, only listed fields."""
    out: dict[str, Any] = {}

    def put(key: str, value: Any, kind: type = str) -> None:
        if value is None or (isinstance(value, str) and not value):
            return
        if kind is bool:
            if isinstance(value, bool):
                out[key] = value
        elif kind is int:
            if isinstance(value, int) and not isinstance(value, bool):
                out[key] = value
            elif isinstance(value, str) and value.isdigit():
                out[key] = int(value)
        elif kind is list:
            if isinstance(value, list | tuple | set | frozenset):
                out[key] = [str(v) for v in value]
        else:
            out[key] = str(value)

    mcp = record.get("mcp") or {}
    method = mcp.get("method")
    target = mcp.get("target")
    put("mcp.method.name", method)
    if method == "tools/call":
        put("gen_ai.tool.name", target)
        out["gen_ai.operation.name"] = "execute_tool"
    elif method == "prompts/get":
        put("gen_ai.prompt.name", target)
    if (isinstance(method, str) and method.startswith("resources/")) or mcp.get("target_kind") == "resource":
        put("mcp.resource.uri", target)
    put("jsonrpc.request.id", mcp.get("request_id"))
    put("mcp.session.id", mcp.get("session_id"))
    put("mcp.protocol.version", mcp.get("protocol_version"))
    put("error.type", error_type(record))

    http = record.get("http") or {}
    put("http.request.method", http.get("method"))
    put("http.response.status_code", http.get("status"), int)
    put("client.address", record.get("source"))

    principal = record.get("principal") or {}
    put("chaperone.principal.sub", principal.get("sub"))
    put("chaperone.principal.groups", principal.get("groups"), list)
    put("chaperone.client_id", principal.get("client_id"))

    decision = record.get("decision") or {}
    put("chaperone.decision.allowed", decision.get("allowed"), bool)
    put("chaperone.decision.rule", decision.get("rule"))
    put("chaperone.decision.roles", decision.get("roles"), list)
    put("chaperone.masking.profile", decision.get("masking"))
    counts = (record.get("masking") or {}).get("counts") or {}
    for kind, count in sorted(counts.items(), key=lambda item: str(item[0])):
        name = _KIND.sub("_", str(kind).lower()).strip("_")
        if name:
            put(f"chaperone.masking.count.{name}", count, int)

    put("chaperone.audit.seq", record.get("seq"), int)
    put("chaperone.audit.hash", record.get("hash"))
    response = record.get("response")
    digest = record.get("response_sha256")
    if digest is None and isinstance(response, Mapping):
        digest = response.get("sha256")
    put("chaperone.response.sha256", digest)
    return out


# --- bookkeeping -------------------------------------------------------------------------------------------


class _Counters:
    """Span counts; its lock is never held across I/O, so `emit` never waits on disk."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.emitted = 0  # emit calls (and spans lost before them): every one ends up in exactly one bucket below
        self.enqueued = 0  # spans accepted into the batching thread's queue
        self.handed = 0  # spans the processor passed on to the exporter
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


class _RateLimited:
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


@dataclass(frozen=True)
class _SpoolFile:
    path: Path
    spans: int
    size: int


class _Spool:
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
        self._files: list[_SpoolFile] = []
        self._seq = 0
        self.bytes = 0
        self.spans = 0
        for path in sorted(directory.iterdir()):
            match = _SPOOL_NAME.match(path.name)
            if match:
                entry = _SpoolFile(path, int(match.group(2)), path.stat().st_size)
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
            self._files.append(_SpoolFile(path, spans, len(data)))
            self.bytes += len(data)
            self.spans += spans
        return True

    def oldest(self) -> _SpoolFile | None:
        with self._lock:
            return self._files[0] if self._files else None

    def remove(self, entry: _SpoolFile, rename_to: str | None = None) -> None:
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


# --- exporter ----------------------------------------------------------------------------------------------


class SpoolingSpanExporter:
    """Batches straight to the collector while it answers and nothing is spooled; the disk spool otherwise."""

    def __init__(
        self,
        endpoint: str,
        spool_dir: Path,
        counters: _Counters,
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
        self._warn = _RateLimited()
        self._spool = _Spool(spool_dir, max_spool_bytes)
        counters.add(recovered=self._spool.spans)
        if self._spool.spans:
            log.info("span spool %s holds %d span(s) from before; delivering them", spool_dir, self._spool.spans)
        # one channel for the batching thread's direct sends, one for the drain thread's spool sends
        self._direct = _RawExport(self._endpoint)
        self._drain = _RawExport(self._endpoint)
        self._closed = False
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drain_loop, name="chaperone-span-spool", daemon=True)
        self._thread.start()

    @property
    def spool(self) -> _Spool:
        return self._spool

    # called on the batching thread (or the thread calling flush), one batch at a time
    def export(self, spans: list[bytes]) -> None:
        """Deliver or spool one batch of encoded spans; every span ends up counted in one bucket."""
        n = len(spans)
        self._counters.add(handed=n)
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

    def _send(self, entry: _SpoolFile) -> bool:
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


class _RawExport:
    """TraceService/Export over one gRPC channel, the request already encoded (bytes pass through as-is)."""

    def __init__(self, endpoint: str) -> None:
        self._endpoint = endpoint
        self._channel: grpc.Channel | None = None
        self._call: Any = None

    def send(self, request: bytes, timeout: float) -> trace_service_pb2.ExportTraceServiceResponse:
        if self._call is None:
            self._channel = grpc.insecure_channel(self._endpoint, options=CHANNEL_OPTIONS)
            self._call = self._channel.unary_unary(
                EXPORT_METHOD, request_serializer=None,
                response_deserializer=trace_service_pb2.ExportTraceServiceResponse.FromString,
            )
        try:
            return self._call(request, timeout=timeout)
        except grpc.RpcError as exc:
            if isinstance(exc, grpc.Call) and exc.code() == grpc.StatusCode.UNAVAILABLE:
                self.close()  # start the next attempt on a fresh connection
            raise

    def close(self) -> None:
        if self._channel is not None:
            self._channel.close()
        self._channel = self._call = None


# --- the sink ----------------------------------------------------------------------------------------------


class _Batcher:
    """The span queue and the thread that hands it to the exporter: a batch when `batch_size` spans are
    waiting or `delay` seconds after the oldest arrived, at once on `flush`. A full queue refuses (and
    counts) a span instead of growing."""

    def __init__(self, exporter: SpoolingSpanExporter, counters: _Counters, capacity: int, batch_size: int,
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
        self._warn = _RateLimited()
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
            try:
                self._exporter.export(batch)
            except Exception:  # export counts what it could not deliver; anything else must not kill the thread
                log.exception("span export failed")
                self._counters.add(dropped=len(batch))
            finally:
                with self._ready:
                    self._busy = False
                    self._ready.notify_all()


def traceparent_of(record: Mapping[str, Any]) -> str | None:
    """The traceparent Envoy sent with the exchange, rebuilt from the record's (checked) trace fields."""
    trace_id, parent = record.get("trace_id"), record.get("parent_span_id")
    if isinstance(trace_id, str) and isinstance(parent, str) and _HEX.fullmatch(trace_id) and _HEX.fullmatch(parent):
        return f"00-{trace_id}-{parent}-01"
    return None


def record_span(record: Mapping[str, Any], seq: int, digest: str) -> bytes:
    """The span of a journal record (its seq and hash given apart: they are the journal's), in Envoy's trace."""
    return encode_span({**record, "seq": seq, "hash": digest}, traceparent_of(record))


def encode_span(record: Mapping[str, Any], traceparent: str | None) -> bytes:
    """The exchange's span as an OTLP `Span` message."""
    start = record.get("start_ns")
    start = int(start) if isinstance(start, int) else time.time_ns()
    end = record.get("end_ns")
    end = max(int(end), start) if isinstance(end, int) else start
    refused = record.get("refused")
    return otlp_wire.span(
        span_name(record), traceparent, start, end, span_attributes(record), error=str(refused) if refused else None
    )


class SpanSink:
    """Encoded spans in, OTLP export requests out: straight to the collector, else through the spool."""

    def __init__(
        self,
        endpoint: str,
        spool_dir: Path,
        service_name: str = "chaperone",
        *,
        resource_attributes: Mapping[str, str] | None = None,
        max_spool_bytes: int = DEFAULT_MAX_SPOOL_BYTES,
        max_queue_size: int = 65536,
        max_export_batch_size: int = 512,
        schedule_delay_millis: int = 200,
        export_timeout: float = 3.0,
        retry_initial: float = 0.5,
        retry_max: float = 10.0,
    ) -> None:
        self._counters = _Counters()
        self._closed = False
        resource = Resource.create({**(resource_attributes or {}), "service.name": service_name})
        self._exporter = SpoolingSpanExporter(
            endpoint, Path(spool_dir), self._counters, resource=otlp_wire.attributes(1, resource.attributes),
            max_spool_bytes=max_spool_bytes, export_timeout=export_timeout, retry_initial=retry_initial,
            retry_max=retry_max,
        )
        self._batcher = _Batcher(
            self._exporter, self._counters, max_queue_size, min(max_export_batch_size, max_queue_size),
            schedule_delay_millis / 1000,
        )

    def emit(self, span: bytes) -> None:
        """Queue one span (`encode_span`, `record_span`). CPU only (no I/O, no waiting); never raises."""
        self._counters.add(emitted=1)
        if self._closed:
            self._counters.add(dropped=1)
            log.warning("span sink is shut down: a span was dropped")
            return
        self._batcher.put(span)

    def lost(self, spans: int, reason: str) -> None:
        """Spans that should have been emitted cannot be built: counted as emitted and dropped, logged."""
        if spans <= 0:
            return
        self._counters.add(emitted=spans, dropped=spans)
        log.error("%d span(s) lost: %s", spans, reason)

    def stats(self) -> dict[str, int]:
        """Span counts. exported: sent directly; spooled: on disk now, waiting; delivered_from_spool; dropped:
        lost for any reason, all logged (queue_dropped, spool_full, rejected are parts of it). Always
        emitted + recovered == in_queue + exported + spooled + delivered_from_spool + dropped
        (up to a batch in the middle of being sent or spooled)."""
        c = self._counters
        spool = self._exporter.spool
        return {
            "emitted": c.emitted,
            "in_queue": c.in_queue(),
            "exported": c.exported,
            "spooled": spool.spans,
            "spool_files": len(spool),
            "spool_bytes": spool.bytes,
            "delivered_from_spool": c.delivered_from_spool,
            "recovered": c.recovered,
            "dropped": c.dropped,
            "queue_dropped": c.queue_dropped,
            "spool_full": c.spool_full,
            "rejected": c.rejected,
        }

    def flush(self, timeout: float = 5.0) -> bool:
        """Push queued spans to the exporter (sent or spooled), then wait for the spool to drain."""
        if self._closed:
            return True
        deadline = time.monotonic() + timeout
        return self._batcher.flush(deadline) and self._exporter.drain(deadline)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Flush what can be flushed within `timeout` (plus at most one export timeout); what remains stays
        spooled on disk, counted in stats()["spooled"], for the next process to deliver."""
        if self._closed:
            return
        self.flush(timeout)
        self._closed = True
        remaining = self._batcher.stop(time.monotonic() + 0.1)
        if remaining:  # only if the thread could not hand everything over; counted, never silent
            self._counters.add(dropped=remaining, handed=remaining)
            log.error("span sink shut down with %d span(s) never handed to the exporter: dropped", remaining)
        self._exporter.shutdown()
        left = self._exporter.spool.spans
        if left:
            log.warning("span sink shut down with %d span(s) still spooled in %s", left, self._exporter.spool.directory)
