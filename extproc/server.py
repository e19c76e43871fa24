"""The ext_proc gRPC service: Envoy's protobuf messages in, `Exchange` calls, protobuf answers out.

This is the only module that sees Envoy's message types (xds-protos' upb classes: the hot path parses a
header message in about a microsecond, see README). One bidi stream is one HTTP exchange.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import grpc
from envoy.config.core.v3 import base_pb2
from envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ep_grpc
from envoy.type.v3 import http_status_pb2
from google.protobuf import duration_pb2
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from extproc.approvals.api.server import start_review_api
from extproc.approvals.gate import Admission, ApprovalGate, HeldCall
from extproc.approvals.model import ApprovalRequest, Reviewer
from extproc.approvals.service import Approvals, ApprovalsSettings
from extproc.audit.auditor import Auditor
from extproc.audit.errors import AuditUnavailable
from extproc.exchange import AwaitApproval, Exchange, Ports, RefreshKeys, Reply, Steps, WriteRecord
from extproc.settings import GRPC_MAX_MESSAGE_BYTES, Limits

log = logging.getLogger("chaperone.server")

T = TypeVar("T")

HOLD_MARGIN_S = 5
"""Envoy's message timeout during a hold runs this much past the hold budget: the processor answers first."""

ATTRIBUTE_KEY = "envoy.filters.http.ext_proc"
"""Envoy files the attributes it evaluates under the filter's name."""
LABEL_NAMESPACE = "chaperone"
"""Dynamic metadata Envoy's Lua filter sets from a response's headers (not visible to the processor, whose
header phase is skipped), forwarded by ext_proc's metadata_options: `event_stream` on a response labelled
`text/event-stream`, `session_id` holding its `Mcp-Session-Id`."""

_REQUEST_HEADERS_CONTINUE = ep.ProcessingResponse(request_headers=ep.HeadersResponse())
_REQUEST_BODY_CONTINUE = ep.ProcessingResponse(request_body=ep.BodyResponse())
_RESPONSE_HEADERS_CONTINUE = ep.ProcessingResponse(response_headers=ep.HeadersResponse())
_RESPONSE_TRAILERS_CONTINUE = ep.ProcessingResponse(response_trailers=ep.TrailersResponse())
_JSON_CONTENT_TYPE = base_pb2.HeaderValueOption(
    header=base_pb2.HeaderValue(key="content-type", raw_value=b"application/json")
)


def _attributes(request: ep.ProcessingRequest) -> dict[str, str]:
    """Envoy's evaluated attributes (e.g. `response.code`) as strings."""
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


_HEADER_ATTRIBUTE = re.compile(r"request\.headers\['([a-z0-9-]+)'\]")


def _response_labels(request: ep.ProcessingRequest) -> tuple[bool, str | None]:
    """Whether the response is labelled an event stream, and the session id it carries (see LABEL_NAMESPACE)."""
    metadata = request.metadata_context.filter_metadata
    if LABEL_NAMESPACE not in metadata:
        return False, None
    fields = metadata[LABEL_NAMESPACE].fields
    event_stream = "event_stream" in fields and fields["event_stream"].bool_value
    session_id = fields["session_id"].string_value if "session_id" in fields else ""
    return event_stream, session_id or None


def _headers_from_attributes(attrs: Mapping[str, str]) -> dict[str, str]:
    """`request.headers['x']` attributes → {'x': value}, `request.path` → ':path'.

    Envoy joins a repeated header's values with commas, as in the headers phase.
    """
    out: dict[str, str] = {}
    for key, value in attrs.items():
        m = _HEADER_ATTRIBUTE.fullmatch(key)
        if m is not None:
            out[m.group(1)] = value
    if "request.path" in attrs:
        out[":path"] = attrs["request.path"]
    return out


def _header_map(headers: ep.HttpHeaders) -> dict[str, str]:
    """Lower-case names (as Envoy sends them); a repeated header's values joined with commas."""
    out: dict[str, str] = {}
    for h in headers.headers.headers:
        value = h.raw_value.decode("utf-8", "replace") if h.raw_value else h.value
        out[h.key] = f"{out[h.key]},{value}" if h.key in out else value
    return out


def _immediate(reply: Reply) -> ep.ProcessingResponse:
    headers = [_JSON_CONTENT_TYPE]
    headers += [
        base_pb2.HeaderValueOption(header=base_pb2.HeaderValue(key=key, raw_value=value.encode()))
        for key, value in reply.headers
    ]
    return ep.ProcessingResponse(
        immediate_response=ep.ImmediateResponse(
            status=http_status_pb2.HttpStatus(code=reply.status),
            headers=ep.HeaderMutation(set_headers=headers),
            body=reply.body,
            details="chaperone_replied" if reply.status < 400 else "chaperone_refused",
        )
    )


def _streamed(body: bytes, end: bool) -> ep.ProcessingResponse:
    """Set in place: built level by level, each message copied into the next, it cost ~3 µs a chunk."""
    response = ep.ProcessingResponse()
    streamed = response.response_body.response.body_mutation.streamed_response
    streamed.SetInParent()
    streamed.body = body
    streamed.end_of_stream = end
    return response


class _Phases:
    """One exchange's ext_proc messages as phases of its `Exchange`: each phase's steps end with the answer
    to send Envoy, and whether the exchange is over."""

    def __init__(self, limits: Limits, ports: Ports) -> None:
        self.exchange = Exchange(limits, ports)
        self.counted = False  # among the exchanges whose record is about to be written (Auditor.record_coming)
        self._headers_seen = False
        self._response_started = False

    def steps(self, request: ep.ProcessingRequest) -> Steps[tuple[ep.ProcessingResponse | None, bool]]:
        exchange = self.exchange
        kind = request.WhichOneof("request")
        if kind == "request_body":
            if not self._headers_seen:  # POST skips the headers phase: its headers came as attributes
                attrs = _attributes(request)
                exchange.source = attrs.get("source.address")
                refusal = yield from exchange.on_request_headers(
                    attrs.get("request.method", ""), _headers_from_attributes(attrs), False
                )
                self._headers_seen = True
                if refusal is not None:
                    return _immediate(refusal), True
            refusal = yield from exchange.on_request_body(request.request_body.body)
            if refusal is not None:
                return _immediate(refusal), True
            return _REQUEST_BODY_CONTINUE, False
        if kind == "response_body":
            if not self._response_started:
                self._response_started = True
                exchange.on_response_start(int(_attributes(request).get("response.code", "0")),
                                           *_response_labels(request))
            chunk = request.response_body
            if exchange.response_ended:  # ended early (its answer, an error): the rest is swallowed
                return None, chunk.end_of_stream
            out, end = yield from exchange.on_response_chunk(chunk.body, chunk.end_of_stream)
            # Once both sides have ended the response nothing else can come: closing now spares waiting for
            # Envoy's close. A response that ended first keeps reading what the upstream still sends.
            return (_streamed(out, end) if out or end else None), end and chunk.end_of_stream
        if kind == "request_headers":
            exchange.source = _attributes(request).get("source.address")
            headers = _header_map(request.request_headers)
            refusal = yield from exchange.on_request_headers(
                headers.get(":method", ""), headers, request.request_headers.end_of_stream
            )
            self._headers_seen = True
            if refusal is not None:
                return _immediate(refusal), True
            return _REQUEST_HEADERS_CONTINUE, False
        if kind == "response_trailers":
            return _RESPONSE_TRAILERS_CONTINUE, False
        if kind == "response_headers":
            return _RESPONSE_HEADERS_CONTINUE, False
        raise UnexpectedPhase(kind or "empty")


def _traceparent(context: grpc.aio.ServicerContext) -> str | None:
    """Envoy's trace context, injected into the ext_proc stream's metadata when Envoy traces."""
    for key, value in context.invocation_metadata() or ():
        if key == "traceparent":
            return value if isinstance(value, str) else value.decode("ascii", "replace")
    return None


class KeyRefreshingAccess(Protocol):
    """The exchange's four ports (`extproc.exchange.ports`) in one object, plus refetching the signing keys,
    and the reviewer API's identity and preview."""

    async def refresh_keys(self) -> None: ...
    async def reviewer(self, authorization: str | None) -> Reviewer: ...
    def preview(self, request: ApprovalRequest, reviewer: Reviewer) -> dict[str, Any]: ...


class UnexpectedPhase(Exception):
    """Envoy sent a phase no route asks for (e.g. request trailers): fail the exchange closed."""


class ExternalProcessor(ep_grpc.ExternalProcessorServicer):
    """Envoy's ext_proc service. Modes per route (envoy/*.yaml): POST sends its buffered body with its headers
    as attributes; GET/DELETE send headers; responses stream full-duplex with the status as an attribute.

    Uses the read/write stream API rather than an async generator: measured, it costs grpc.aio fewer tasks
    per message (see README, Speed).
    """

    def __init__(self, limits: Limits, access: KeyRefreshingAccess, auditor: Auditor,
                 gate: ApprovalGate | None = None) -> None:
        self._limits = limits
        self._gate = gate
        self._access = access
        self._ports = Ports.of(access)
        self._auditor = auditor

    async def Process(self, request_iterator: object, context: grpc.aio.ServicerContext) -> None:
        phases = _Phases(self._limits, self._ports)
        traceparent = _traceparent(context)
        try:
            await self._process(phases, context, traceparent)
        finally:
            if phases.counted:
                self._auditor.record_settled()
            outcome = phases.exchange.unrecorded_outcome()
            if outcome is not None:  # recorded all the same, even while this task is being cancelled
                await asyncio.shield(self._auditor.commit_late(outcome, traceparent))

    async def _process(self, phases: _Phases, context: grpc.aio.ServicerContext, traceparent: str | None) -> None:
        exchange = phases.exchange
        while True:
            request = await context.read()
            if request is grpc.aio.EOF:
                break
            try:
                response, done = await self._perform(phases.steps(request), traceparent, context)
            except UnexpectedPhase as exc:
                log.error("unexpected ext_proc phase %s: failing the exchange closed", exc)
                await context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"unexpected phase {exc}")
            if exchange.record_soon != phases.counted:  # group commit waits a moment for such exchanges
                phases.counted = exchange.record_soon
                (self._auditor.record_coming if phases.counted else self._auditor.record_settled)()
            if response is not None:
                await context.write(response)
            if done:
                return

    async def _admit(self, held: HeldCall, context: grpc.aio.ServicerContext) -> Admission:
        if self._gate is None:
            return Admission(False, None, "this call needs approval, but the gateway has no approvals store "
                             "configured, so it was refused", unavailable=True)

        async def hold_started(seconds: float) -> None:
            # Envoy's message timeout would end the hold: extend it for this phase (once), a little past it.
            extend = duration_pb2.Duration(seconds=int(seconds) + HOLD_MARGIN_S)
            await context.write(ep.ProcessingResponse(override_message_timeout=extend))

        return await self._gate.admit(held, hold_started)

    async def _perform(self, steps: Steps[T], traceparent: str | None, context: grpc.aio.ServicerContext) -> T:
        """Run one phase to its answer, performing and awaiting each effect it yields (see exchange.effects)."""
        try:
            effect = steps.send(None)
            while True:
                if type(effect) is WriteRecord:
                    try:
                        await self._auditor.commit(effect.outcome, traceparent)
                    except AuditUnavailable as exc:
                        effect = steps.throw(exc)
                        continue
                elif type(effect) is RefreshKeys:
                    await self._access.refresh_keys()  # off the event loop, at most once per interval
                elif type(effect) is AwaitApproval:
                    effect = steps.send(await self._admit(effect.held, context))
                    continue
                else:
                    raise TypeError(f"no way to perform {effect!r}")
                effect = steps.send(None)
        except StopIteration as stop:
            return stop.value


async def serve(
    listen: str, limits: Limits, access: KeyRefreshingAccess, auditor: Auditor, grace_seconds: float = 5.0,
    ready: asyncio.Event | None = None, approvals: ApprovalsSettings | None = None,
    review_listen: str | None = None,
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
    running = await Approvals.start(approvals, auditor.record) if approvals is not None else None
    gate = running.gate if running is not None else None
    review_api = None
    if running is not None and review_listen:
        review_api = await start_review_api(review_listen, running.reviews, access.reviewer, access.preview)
        log.info("approvals review API listening on %s", review_listen)
    ep_grpc.add_ExternalProcessorServicer_to_server(ExternalProcessor(limits, access, auditor, gate), server)
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
    if review_api is not None:
        await review_api.stop(grace_seconds)
    if running is not None:
        await running.close()
    await auditor.close()
