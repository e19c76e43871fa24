"""A small, real OTLP/gRPC trace receiver for tests: a grpc server on 127.0.0.1 that keeps what it receives.

It can be stopped and started again on the same port, to play a collector that goes away and comes back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from concurrent import futures
from dataclasses import dataclass
from typing import Any

import grpc
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from opentelemetry.proto.common.v1 import common_pb2
from opentelemetry.proto.resource.v1 import resource_pb2
from opentelemetry.proto.trace.v1 import trace_pb2


def any_value(value: common_pb2.AnyValue) -> Any:
    """An OTLP AnyValue as a plain Python value (arrays as lists, kvlists as dicts)."""
    kind = value.WhichOneof("value")
    if kind is None:
        return None
    if kind == "array_value":
        return [any_value(v) for v in value.array_value.values]
    if kind == "kvlist_value":
        return attributes(value.kvlist_value.values)
    return getattr(value, kind)


def attributes(kvs: Iterable[common_pb2.KeyValue]) -> dict[str, Any]:
    """OTLP attributes (repeated KeyValue) as a dict."""
    return {kv.key: any_value(kv.value) for kv in kvs}


@dataclass(frozen=True)
class ReceivedSpan:
    span: trace_pb2.Span
    resource: resource_pb2.Resource
    scope: common_pb2.InstrumentationScope

    @property
    def name(self) -> str:
        return self.span.name

    @property
    def attributes(self) -> dict[str, Any]:
        return attributes(self.span.attributes)

    @property
    def resource_attributes(self) -> dict[str, Any]:
        return attributes(self.resource.attributes)


class _Servicer(trace_service_pb2_grpc.TraceServiceServicer):
    def __init__(self, receiver: OtlpReceiver) -> None:
        self._receiver = receiver

    def Export(self, request, context):
        self._receiver._received(request)
        return trace_service_pb2.ExportTraceServiceResponse()


class OtlpReceiver:
    """`keep=False` only counts the spans (benchmarks: hundreds of thousands of them)."""

    def __init__(self, keep: bool = True) -> None:
        self._lock = threading.Lock()
        self._spans: list[ReceivedSpan] = []
        self._keep = keep
        self._server: grpc.Server | None = None
        self.port: int | None = None
        self.requests = 0
        self.count = 0

    def start(self, port: int | None = None) -> int:
        """Listen on 127.0.0.1:`port` (any free port if None or 0); returns the port."""
        if self._server is not None:
            raise RuntimeError("receiver already running")
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
        trace_service_pb2_grpc.add_TraceServiceServicer_to_server(_Servicer(self), server)
        bound = server.add_insecure_port(f"127.0.0.1:{port or 0}")
        if not bound:
            raise OSError(f"cannot bind 127.0.0.1:{port}")
        server.start()
        self._server, self.port = server, bound
        return bound

    def stop(self, grace: float | None = None) -> None:
        if self._server is not None:
            self._server.stop(grace).wait()
            self._server = None

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _received(self, request: trace_service_pb2.ExportTraceServiceRequest) -> None:
        got = [
            ReceivedSpan(span, rs.resource, ss.scope)
            for rs in request.resource_spans
            for ss in rs.scope_spans
            for span in ss.spans
        ]
        with self._lock:
            self.requests += 1
            self.count += len(got)
            if self._keep:
                self._spans.extend(got)

    def spans(self) -> list[ReceivedSpan]:
        with self._lock:
            return list(self._spans)

    def clear(self) -> None:
        with self._lock:
            self._spans.clear()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedSpan]:
        """The spans received, once there are at least `count` of them or `timeout` has passed."""
        deadline = time.monotonic() + timeout
        while True:
            spans = self.spans()
            if len(spans) >= count or time.monotonic() >= deadline:
                return spans
            time.sleep(0.02)
