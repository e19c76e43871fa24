"""The ext_proc gRPC service: Envoy's protobuf messages in, `Exchange` calls, protobuf answers out.

This is the only module that sees Envoy's message types (xds-protos' upb classes: the hot path parses a
header message in about a microsecond, see README). One bidi stream is one HTTP exchange.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator, Mapping

import grpc
from envoy.config.core.v3 import base_pb2
from envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ep_grpc
from envoy.type.v3 import http_status_pb2
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from extproc.exchange import Exchange, Refusal
from extproc.settings import GRPC_MAX_MESSAGE_BYTES, Limits

log = logging.getLogger("chaperone.server")

ATTRIBUTE_KEY = "envoy.filters.http.ext_proc"
"""Envoy files the attributes it evaluates under the filter's name."""

_REQUEST_HEADERS_CONTINUE = ep.ProcessingResponse(request_headers=ep.HeadersResponse())
_REQUEST_BODY_CONTINUE = ep.ProcessingResponse(request_body=ep.BodyResponse())
_RESPONSE_HEADERS_CONTINUE = ep.ProcessingResponse(response_headers=ep.HeadersResponse())
_RESPONSE_TRAILERS_CONTINUE = ep.ProcessingResponse(response_trailers=ep.TrailersResponse())
_JSON_CONTENT_TYPE = base_pb2.HeaderValueOption(
    header=base_pb2.HeaderValue(key="content-type", raw_value=b"application/json")
)


def _attributes(request: ep.ProcessingRequest) -> dict[str, str]:
    """Envoy's evaluated attributes (e.g. `request.headers['mcp-method']`) as strings."""
    if ATTRIBUTE_KEY not in request.attributes:
        return {}
    out: dict[str, str] = {}
    for key, value in request.attributes[ATTRIBUTE_KEY].fields.items():
        kind = value.WhichOneof("kind")
        if kind == "string_value":
            out[key] = value.string_value
        elif kind == "number_value":
            out[key] = str(int(value.number_value))
    return out


def _headers_from_attributes(attrs: Mapping[str, str], prefix: str) -> dict[str, str]:
    """`request.headers['x']` attributes → {'x': value}; Envoy joins repeated headers with commas."""
    start = len(prefix) + 2
    return {key[start:-2]: value for key, value in attrs.items() if key.startswith(prefix)}


def _header_map(headers: ep.HttpHeaders) -> dict[str, str]:
    out: dict[str, str] = {}
    for h in headers.headers.headers:
        value = h.raw_value.decode("utf-8", "replace") if h.raw_value else h.value
        out[h.key] = f"{out[h.key]},{value}" if h.key in out else value
    return out


def _immediate(refusal: Refusal) -> ep.ProcessingResponse:
    return ep.ProcessingResponse(
        immediate_response=ep.ImmediateResponse(
            status=http_status_pb2.HttpStatus(code=refusal.status),
            headers=ep.HeaderMutation(set_headers=[_JSON_CONTENT_TYPE]),
            body=refusal.body,
            details="chaperone_refused",
        )
    )


def _streamed(body: bytes, end: bool) -> ep.ProcessingResponse:
    return ep.ProcessingResponse(
        response_body=ep.BodyResponse(
            response=ep.CommonResponse(
                body_mutation=ep.BodyMutation(
                    streamed_response=ep.StreamedBodyResponse(body=body, end_of_stream=end)
                )
            )
        )
    )


class ExternalProcessor(ep_grpc.ExternalProcessorServicer):
    """Envoy's ext_proc service. Modes per route (envoy/*.yaml): POST sends its buffered body with the
    request headers Chaperone needs as attributes; GET/DELETE send headers; responses stream full-duplex."""

    def __init__(self, limits: Limits) -> None:
        self._limits = limits

    async def Process(
        self, request_iterator: AsyncIterator[ep.ProcessingRequest], context: grpc.aio.ServicerContext
    ) -> AsyncIterator[ep.ProcessingResponse]:
        exchange = Exchange(self._limits)
        response_started = False
        async for request in request_iterator:
            kind = request.WhichOneof("request")
            if kind == "request_body":
                attrs = _attributes(request)
                headers = _headers_from_attributes(attrs, "request.headers")
                refusal = exchange.on_request_body(
                    attrs.get("request.method", "POST"), request.request_body.body, headers
                )
                if refusal is not None:
                    yield _immediate(refusal)
                    return
                yield _REQUEST_BODY_CONTINUE
            elif kind == "response_body":
                if not response_started:
                    attrs = _attributes(request)
                    exchange.on_response_start(int(attrs.get("response.code", "0")))
                    response_started = True
                chunk = request.response_body
                out, end = exchange.on_response_chunk(chunk.body, chunk.end_of_stream)
                if out or end:
                    yield _streamed(out, end)
            elif kind == "request_headers":
                headers = _header_map(request.request_headers)
                refusal = exchange.on_request_headers(headers.get(":method", ""), headers)
                if refusal is not None:
                    yield _immediate(refusal)
                    return
                yield _REQUEST_HEADERS_CONTINUE
            elif kind == "response_trailers":
                yield _RESPONSE_TRAILERS_CONTINUE
            elif kind == "response_headers":
                yield _RESPONSE_HEADERS_CONTINUE
            else:
                # A phase this service never asks for (request trailers): refuse rather than guess.
                log.error("unexpected ext_proc phase %s: failing the exchange closed", kind)
                await context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"unexpected phase {kind}")


async def serve(
    listen: str, limits: Limits, grace_seconds: float = 5.0, ready: asyncio.Event | None = None
) -> None:
    """Serve on `listen` (`host:port` or `unix:/path`) until SIGTERM/SIGINT.

    Then health turns NOT_SERVING, in-flight exchanges get `grace_seconds` to finish, new ones are refused.
    """
    server = grpc.aio.server(
        options=[
            ("grpc.max_receive_message_length", GRPC_MAX_MESSAGE_BYTES),
            ("grpc.max_send_message_length", GRPC_MAX_MESSAGE_BYTES),
        ]
    )
    ep_grpc.add_ExternalProcessorServicer_to_server(ExternalProcessor(limits), server)
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    if server.add_insecure_port(listen) == 0:
        raise OSError(f"cannot listen on {listen}")
    await server.start()
    await health_servicer.set("", health_pb2.HealthCheckResponse.SERVING)
    await health_servicer.set(ep.DESCRIPTOR.services_by_name["ExternalProcessor"].full_name,
                              health_pb2.HealthCheckResponse.SERVING)
    log.info("ext_proc listening on %s", listen)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if ready is not None:
        ready.set()
    await stop.wait()
    log.info("shutting down: draining in-flight exchanges for up to %.0fs", grace_seconds)
    await health_servicer.enter_graceful_shutdown()
    await server.stop(grace_seconds)
