"""TraceService/Export over gRPC with the request already encoded: no SDK objects between the spool and the wire."""

from __future__ import annotations

from typing import Any

import grpc
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2

EXPORT_METHOD = "/opentelemetry.proto.collector.trace.v1.TraceService/Export"

CHANNEL_OPTIONS: tuple[tuple[str, Any], ...] = (
    # gRPC's default reconnect backoff grows to 120 s: a collector back after a long outage would wait that long.
    ("grpc.initial_reconnect_backoff_ms", 250),
    ("grpc.min_reconnect_backoff_ms", 250),
    ("grpc.max_reconnect_backoff_ms", 5000),
)


class RawExport:
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
