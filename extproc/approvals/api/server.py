"""The reviewer API over gRPC: authenticate every call, check its input, show each reviewer its own preview.

The review rules live behind `Reviews`; this module maps their refusals to gRPC status codes, with the
refusal's stable code in the `chaperone-code` trailing metadata (an HTTP header through Envoy's
transcoder). A caller sees, and may act on, only requests naming an approver group it holds.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import grpc

from extproc.approvals.api.generated import SERVICE, approvals_pb2
from extproc.approvals.api.messages import Preview, approval_message
from extproc.approvals.api.reviews import Reviews
from extproc.approvals.errors import RefusalCode, ReviewRefused, StoreUnavailable
from extproc.approvals.model import ApprovalRequest, Reviewer, Status
from extproc.identity.tokens import AuthError
from extproc.settings import GRPC_MAX_MESSAGE_BYTES

Authenticate = Callable[[str | None], Awaitable[Reviewer]]
"""The `authorization` metadata value → the verified reviewer; raises AuthError. Awaited: verifying may need
the identity provider's keys, fetched off the event loop."""
PreviewFor = Callable[[ApprovalRequest, Reviewer], dict[str, Any]]
"""What this reviewer is shown of a request's arguments: masked per the reviewer's own profile."""

CODE_METADATA = "chaperone-code"
MAX_TEXT_CHARS = 2_000
DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT = 100, 500
MAX_REQUEST_BYTES = 64 * 1024
"""Every request message is an id and a few short strings."""

_STATUS_OF_REFUSAL = {
    "not_found": grpc.StatusCode.NOT_FOUND,
    "self_review": grpc.StatusCode.PERMISSION_DENIED,
    "not_approver": grpc.StatusCode.PERMISSION_DENIED,
    "not_pending": grpc.StatusCode.FAILED_PRECONDITION,
    "expired": grpc.StatusCode.FAILED_PRECONDITION,
    "already_reviewed": grpc.StatusCode.FAILED_PRECONDITION,
    "not_revocable": grpc.StatusCode.FAILED_PRECONDITION,
    "not_covered": grpc.StatusCode.FAILED_PRECONDITION,
    "not_break_glass": grpc.StatusCode.FAILED_PRECONDITION,
    "preview_changed": grpc.StatusCode.FAILED_PRECONDITION,
    "bad_grant": grpc.StatusCode.INVALID_ARGUMENT,
    "grant_too_long": grpc.StatusCode.INVALID_ARGUMENT,
}
_APPROVAL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STATUSES = ", ".join(s.value for s in Status)


class BadInput(Exception):
    """A request the API refuses before asking the store: the message says what to send instead."""


def _approval_id(value: str) -> str:
    if not value:
        raise BadInput("id is required: the approval request's id (see `chaperone approvals list`)")
    if not _APPROVAL_ID.fullmatch(value):
        raise BadInput("id is not an approval id: letters, digits, '.', '_', ':' and '-', at most 128")
    return value


def _optional_text(value: str, name: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_TEXT_CHARS:
        raise BadInput(f"{name} is {len(value):,} characters long: at most {MAX_TEXT_CHARS:,}")
    if _CONTROL.search(value):
        raise BadInput(f"{name} contains control characters: send plain text")
    return value


def _required_text(value: str, name: str) -> str:
    text = _optional_text(value, name)
    if text is None:
        raise BadInput(f"{name} is required: say why, in at most {MAX_TEXT_CHARS:,} characters")
    return text


def _preview_sha256(value: str) -> str:
    if not value:
        raise BadInput("preview_sha256 is required: send the preview_sha256 that Get returned for the request, "
                       "so that the approval records what you were shown")
    if not _SHA256.fullmatch(value):
        raise BadInput("preview_sha256 is not a SHA-256: send the 64 lowercase hex digits Get returned")
    return value


def _authorization(context: grpc.aio.ServicerContext) -> str | None:
    """The Authorization metadata; several are joined so that the token check refuses them."""
    values = [v for k, v in context.invocation_metadata() or () if k == "authorization"]
    return ", ".join(str(v) for v in values) if values else None


Handler = Callable[[Any, Reviewer], Awaitable[Any]]


class ReviewService:
    """The `chaperone.approvals.v1.Approvals` RPCs over a `Reviews`."""

    def __init__(self, reviews: Reviews, authenticate: Authenticate, preview: PreviewFor) -> None:
        self._reviews = reviews
        self._authenticate = authenticate
        self._preview = preview

    def _shown(self, request: ApprovalRequest, reviewer: Reviewer) -> approvals_pb2.Approval:
        return approval_message(request, Preview.of(self._preview(request, reviewer)))

    async def _visible(self, approval_id: str, reviewer: Reviewer) -> ApprovalRequest:
        request = await self._reviews.get(approval_id)
        if not reviewer.groups.intersection(request.approver_groups):
            raise ReviewRefused("not_approver", "you hold none of this request's approver groups")
        return request

    async def list(self, message: approvals_pb2.ListRequest, reviewer: Reviewer) -> approvals_pb2.ListResponse:
        try:
            status = Status(message.status) if message.status else None
        except ValueError:
            raise BadInput(f"status must be one of: {_STATUSES}") from None
        if message.limit > MAX_LIST_LIMIT:
            raise BadInput(f"limit is at most {MAX_LIST_LIMIT}")
        found = await self._reviews.list(
            status=status, break_glass=message.break_glass if message.HasField("break_glass") else None,
            unreviewed=message.unreviewed, limit=message.limit or DEFAULT_LIST_LIMIT, approver_groups=reviewer.groups,
        )
        visible = [r for r in found if reviewer.groups.intersection(r.approver_groups)]
        return approvals_pb2.ListResponse(approvals=[self._shown(r, reviewer) for r in visible])

    async def get(self, message: approvals_pb2.GetRequest, reviewer: Reviewer) -> approvals_pb2.Approval:
        return self._shown(await self._visible(_approval_id(message.id), reviewer), reviewer)

    async def approve(self, message: approvals_pb2.ApproveRequest, reviewer: Reviewer) -> approvals_pb2.Approval:
        approval_id = _approval_id(message.id)
        reason = _optional_text(message.reason, "reason")
        grant = message.grant_seconds if message.HasField("grant_seconds") else None
        if grant is not None and grant <= 0:
            raise BadInput("grant_seconds must be a positive number of seconds (leave it out for the rule's maximum)")
        seen = _preview_sha256(message.preview_sha256)
        shown = Preview.of(self._preview(await self._visible(approval_id, reviewer), reviewer))
        if shown.sha256 != seen:  # the record must name what this approver was shown, not what they would be
            raise ReviewRefused(RefusalCode.PREVIEW_CHANGED)
        decided = await self._reviews.approve(
            approval_id, reviewer, grant_seconds=grant, reason=reason, preview_sha256=seen
        )
        return self._shown(decided, reviewer)

    async def deny(self, message: approvals_pb2.DenyRequest, reviewer: Reviewer) -> approvals_pb2.Approval:
        approval_id = _approval_id(message.id)
        reason = _required_text(message.reason, "reason")
        await self._visible(approval_id, reviewer)
        return self._shown(await self._reviews.deny(approval_id, reviewer, reason=reason), reviewer)

    async def revoke(self, message: approvals_pb2.RevokeRequest, reviewer: Reviewer) -> approvals_pb2.Approval:
        approval_id = _approval_id(message.id)
        reason = _required_text(message.reason, "reason")
        await self._visible(approval_id, reviewer)
        return self._shown(await self._reviews.revoke(approval_id, reviewer, reason=reason), reviewer)

    async def review_break_glass(
        self, message: approvals_pb2.ReviewBreakGlassRequest, reviewer: Reviewer
    ) -> approvals_pb2.Approval:
        approval_id = _approval_id(message.id)
        note = _required_text(message.note, "note")
        await self._visible(approval_id, reviewer)
        return self._shown(await self._reviews.review_break_glass(approval_id, reviewer, note=note), reviewer)

    def _rpc(self, handler: Handler) -> Callable[[Any, grpc.aio.ServicerContext], Awaitable[Any]]:
        """Authenticate, run, and turn every refusal into a status code, a message and `chaperone-code`."""

        async def rpc(message: Any, context: grpc.aio.ServicerContext) -> Any:
            try:
                return await handler(message, await self._authenticate(_authorization(context)))
            except AuthError as exc:  # 503: the identity provider's keys are unavailable, not the caller's fault
                code, name = {503: (grpc.StatusCode.UNAVAILABLE, "unavailable"),
                              403: (grpc.StatusCode.PERMISSION_DENIED, "insufficient_scope")}.get(
                    exc.status, (grpc.StatusCode.UNAUTHENTICATED, "unauthenticated"))
                await _abort(context, code, name, exc.description)
            except BadInput as exc:
                await _abort(context, grpc.StatusCode.INVALID_ARGUMENT, "invalid_argument", str(exc))
            except ReviewRefused as exc:
                code = str(exc.code)
                await _abort(context, _STATUS_OF_REFUSAL.get(code, grpc.StatusCode.FAILED_PRECONDITION), code,
                             exc.message)
            except StoreUnavailable:
                await _abort(context, grpc.StatusCode.UNAVAILABLE, "unavailable",
                             "approvals store unavailable: nothing was decided")

        return rpc

    def handler(self) -> grpc.GenericRpcHandler:
        """The service's handlers, to add to a server (its own, or one shared with other services)."""
        handlers = {
            "List": self.list, "Get": self.get, "Approve": self.approve, "Deny": self.deny, "Revoke": self.revoke,
            "ReviewBreakGlass": self.review_break_glass,
        }
        assert set(handlers) == set(SERVICE.methods_by_name), "every RPC of the .proto needs a handler"
        return grpc.method_handlers_generic_handler(SERVICE.full_name, {
            name: grpc.unary_unary_rpc_method_handler(
                self._rpc(handler),
                request_deserializer=_request_class(name).FromString,
                response_serializer=_serialize,
            )
            for name, handler in handlers.items()
        })


async def _abort(context: grpc.aio.ServicerContext, status: grpc.StatusCode, code: str, message: str) -> None:
    await context.abort(status, message, trailing_metadata=((CODE_METADATA, code),))


def _serialize(message: Any) -> bytes:
    return message.SerializeToString()


def _request_class(method: str) -> Any:
    return getattr(approvals_pb2, SERVICE.methods_by_name[method].input_type.name)


async def start_review_api(
    listen: str, reviews: Reviews, authenticate: Authenticate, preview: PreviewFor
) -> grpc.aio.Server:
    """Serve the reviewer API on `listen` (`host:port` or `unix:/path`); the caller stops the server."""
    server = grpc.aio.server(options=[
        ("grpc.max_receive_message_length", MAX_REQUEST_BYTES),
        ("grpc.max_send_message_length", GRPC_MAX_MESSAGE_BYTES),
    ])
    server.add_generic_rpc_handlers((ReviewService(reviews, authenticate, preview).handler(),))
    if server.add_insecure_port(listen) == 0:
        raise OSError(f"cannot listen on {listen}")
    await server.start()
    return server
