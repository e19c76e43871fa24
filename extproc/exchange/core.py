"""One HTTP exchange through the gateway, phase by phase, in plain Python types.

Each phase is a generator (`Steps`): it decides, yields the effects the server must perform and await
(`effects.py`), and returns its answer. `server.py` turns Envoy's ext_proc messages into phases and the
answers back into protobuf; nothing here knows about gRPC. Every refusal is a `Reply` (before the upstream
is reached) or an error message spliced into the response stream (after the upstream answered): nothing
uninspected passes. When the audit record is written is decided here alone (`_record`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from extproc.approvals.gate import BREAK_GLASS_META, MAX_REASON_CHARS, REASON_META, Admission, HeldCall, pending_data
from extproc.approvals.model import ApprovalRequest
from extproc.audit.errors import AuditUnavailable
from extproc.audit.outcome import DecisionTaken, Outcome, approval_fields
from extproc.exchange.effects import AwaitApproval, RefreshKeys, Steps, WriteRecord
from extproc.exchange.framing import Body, SseBody, sniff
from extproc.exchange.inspection import ResponseInspector
from extproc.exchange.ports import Ports, Verdict
from extproc.identity.principal import Principal
from extproc.identity.tokens import AuthError, NeedKeyRefresh
from extproc.mcp.call import MODERN_REVISION, McpCall, parse_call, stream_call
from extproc.mcp.errors import (
    APPROVAL_REQUIRED,
    FORBIDDEN,
    INTERNAL_ERROR,
    INVALID_REQUEST,
    METHOD_NOT_FOUND,
    MODERN_HTTP_STATUS,
    UNAUTHORIZED,
    McpError,
    error_body,
)
from extproc.policy.model import ApprovalRule
from extproc.settings import Limits


@dataclass(frozen=True, slots=True)
class Reply:
    """Answer the client directly; the request never reaches the upstream."""

    status: int
    body: bytes
    reason: str
    headers: tuple[tuple[str, str], ...] = field(default=())


SESSION_NOT_FOUND = "Session not found"
"""What the upstream (the MCP SDK's server) answers, with HTTP 404, for a session it does not know: the gateway
answers a session that is not the caller's own in the same words, so nobody learns of another's session."""


def _reply(error: McpError) -> Reply:
    return Reply(error.http_status, error_body(error.code, error.message, error.request_id, error.data), error.message)


def _not_resumable(why: str) -> Reply:
    """A resumption refused before the upstream, whose event store may replay by event id alone (another
    session's events too): MCP lets a server decline to replay. The caller is told the same whatever `why`."""
    return Reply(400, error_body(INVALID_REQUEST, "the stream cannot be resumed from this Last-Event-ID; open a "
                                 "new stream"), why)


class Exchange:
    """Walks one exchange: who calls, what they call, whether policy allows it, then the response."""

    def __init__(self, limits: Limits, ports: Ports) -> None:
        self.limits = limits
        self.ports = ports
        self.principal: Principal | None = None
        self.call: McpCall | None = None
        self.verdict: Verdict | None = None
        self.refused: str | None = None
        self.upstream_status = 0
        self.reply_status = 0
        self.started = time.time_ns()
        self.forwarded_ns: int | None = None  # when the request was let through to the upstream
        self.answered_ns: int | None = None  # when the upstream's response began
        self.source: str | None = None
        self.approval: ApprovalRequest | None = None  # the approval the call waited on or passed with
        self.approval_passed = False
        self.held_ns = 0  # how long the call was held for its approval
        self.response_bytes = 0
        self._response_hash = hashlib.sha256()
        self._recorded = False
        self._inspector: ResponseInspector | None = None
        self._method = ""
        self._headers: Mapping[str, str] = {}
        self._body: Body | None = None
        self._sse = False
        self._event_stream: bool | None = None
        self._done = False
        self._head = b""
        self._withheld_for: McpError | None = None  # the response is replaced by this error (a session not bound)

    # --- request -----------------------------------------------------------------------------------------

    def on_request_headers(self, http_method: str, headers: Mapping[str, str], end_of_stream: bool) -> Steps[
            Reply | None]:
        """Every request starts here. A POST's body follows; GET (stream) and DELETE (end session) have none."""
        self._method, self._headers = http_method, headers
        document = self.ports.authenticator.metadata_document(headers.get(":path", ""))
        if document is not None:
            return Reply(200, document, "protected resource metadata")
        authenticator = self.ports.authenticator
        origin_refusal = authenticator.origin_refusal(headers.get("origin"))
        if origin_refusal is not None:  # a browser page of another origin: nothing is forwarded
            return (yield from self._refuse(Reply(403, error_body(FORBIDDEN, origin_refusal), origin_refusal)))
        try:
            try:
                self.principal = authenticator.authenticate(headers)
            except NeedKeyRefresh:
                yield RefreshKeys()
                self.principal = authenticator.authenticate(headers)
        except AuthError as exc:
            challenge = (("www-authenticate", authenticator.www_authenticate(exc)),)
            return (yield from self._refuse(Reply(exc.status, error_body(UNAUTHORIZED, exc.description),
                                                  exc.description, challenge)))
        if http_method == "POST":
            if end_of_stream:
                return (yield from self._refuse(_reply(McpError(INVALID_REQUEST, "POST /mcp needs a JSON-RPC body"))))
            return None
        try:
            self.call = stream_call(http_method, headers)
        except McpError as exc:
            return (yield from self._refuse(_reply(exc)))
        return (yield from self._authorize(self.call))

    def on_request_body(self, body: bytes) -> Steps[Reply | None]:
        """The POSTed JSON-RPC message, whole (Envoy buffers it), checked against its headers and the policy."""
        if len(body) > self.limits.max_request_bytes:
            limit = self.limits.max_request_bytes
            refusal = _reply(McpError(INVALID_REQUEST, f"request body exceeds the {limit}-byte limit", 413))
            return (yield from self._refuse(refusal))
        try:
            self.call = parse_call(self._method, body, self._headers)
        except McpError as exc:
            return (yield from self._refuse(_reply(exc)))
        return (yield from self._authorize(self.call))

    def _authorize(self, call: McpCall) -> Steps[Reply | None]:
        assert self.principal is not None  # authenticated first
        self.verdict = verdict = self.ports.authorizer.decide(self.principal, call)
        if verdict.allowed:
            refusal = yield from self._check_session(call)
            if refusal is not None:
                return refusal
            approval = self.ports.authorizer.approval_for(call)
            if approval is not None:
                refusal = yield from self._await_approval(call, *approval)
                if refusal is not None:
                    return refusal
            self.forwarded_ns = time.time_ns()
            self._inspector = ResponseInspector(self.ports, self.principal, call, verdict.masking, self._method)
            if call.is_notification or call.is_response or call.http_method == "DELETE":
                # no response body will come to record it by: record the request now
                failure = yield from self._record()
                if failure is not None:
                    return self._unrecorded(failure)
            return None
        prefix = "denied by policy: " if verdict.code == FORBIDDEN else ""
        message = prefix + (verdict.rule if verdict.told is None else verdict.told)
        reason = prefix + verdict.rule  # the record says why, even when the caller is told less
        if call.request_id is None:  # GET/DELETE or a notification: no JSON-RPC response to carry it
            # a notification the server could not accept is an HTTP error, 400 for one MCP does not define
            status = 400 if verdict.code == METHOD_NOT_FOUND else 403
            return (yield from self._refuse(Reply(status, error_body(verdict.code, message), reason)))
        # 2026-07-28's transport answers an unknown method with 404 (and a few errors with 400); otherwise a
        # JSON-RPC error travels in a 200
        status = MODERN_HTTP_STATUS.get(verdict.code, 200) if call.revision == MODERN_REVISION else 200
        body = error_body(verdict.code, message, call.request_id, verdict.data)
        return (yield from self._refuse(Reply(status, body, reason)))

    def _check_session(self, call: McpCall) -> Steps[Reply | None]:
        """The last gate before the upstream: a request naming a session that is not its caller's own is answered
        as the upstream answers an unknown one (404); a DELETE of the caller's own ends its binding. A stream
        is resumed (`Last-Event-ID`) only from an event its own session was sent (400 otherwise)."""
        resume_from = self._headers.get("last-event-id")
        if call.session_id is None:
            if resume_from is None:
                return None
            return (yield from self._refuse(_not_resumable("Last-Event-ID without an MCP session")))
        assert self.principal is not None
        sessions = self.ports.sessions
        why = sessions.session_refusal(self.principal, call.session_id)
        if why is not None:
            return (yield from self._refuse(Reply(404, error_body(INVALID_REQUEST, SESSION_NOT_FOUND), why)))
        if resume_from is not None and not sessions.was_sent(self.principal, call.session_id, resume_from):
            return (yield from self._refuse(_not_resumable("Last-Event-ID names no event the gateway sent on this "
                                                           "session (another session's, too old, or never sent)")))
        if call.http_method == "DELETE":
            sessions.session_ended(self.principal, call.session_id)
        return None

    def _await_approval(self, call: McpCall, rule: ApprovalRule, policy_version: str) -> Steps[Reply | None]:
        """Hold the call until an approval covers it, or refuse it (pending, denied, expired, store down)."""
        assert self.principal is not None and call.target is not None  # only allowed tools/call have a rule
        reason, glass = call.meta.get(REASON_META), call.meta.get(BREAK_GLASS_META)
        held = HeldCall(self.principal, call.target, call.arguments,
                        reason[:MAX_REASON_CHARS] if isinstance(reason, str) and reason.strip() else None,
                        rule, policy_version, call.session_id,
                        break_glass=None if glass is None else glass if isinstance(glass, str) else "")
        held_since = time.time_ns()
        # what the record says if the exchange ends during the hold (the client left): never "forwarded"
        self.refused = "the exchange ended while the call was held for approval"
        admission: Admission = yield AwaitApproval(held)
        self.refused = None
        self.held_ns = time.time_ns() - held_since
        self.approval = admission.approval
        self.approval_passed = admission.passed
        if admission.passed:
            now_applies = self.ports.authorizer.approval_for(call)
            if now_applies is not None and now_applies[1] == policy_version:
                return None
            # the policy changed while the call waited: what was approved was decided under another one
            admission = Admission(False, admission.approval, "the policy changed while this call waited for "
                                  "approval; send it again to have it decided under the policy in force")
            self.approval_passed = False
        message = admission.refusal or "the call needs an approval it does not have"
        if admission.unavailable:
            return (yield from self._refuse(Reply(503, error_body(INTERNAL_ERROR, message, call.request_id),
                                                  message)))
        data = pending_data(admission.approval) if admission.approval is not None else None
        # The caller reads the whole message (a reviewer's reason included); the record keeps only the state:
        # a reviewer's words may name a patient, and the record and its span hold no unmasked text.
        recorded = "approval required: " + (data["status"] if data is not None else admission.code or "not requested")
        return (yield from self._refuse(Reply(200, error_body(APPROVAL_REQUIRED, message, call.request_id, data),
                                              recorded)))

    # --- response ----------------------------------------------------------------------------------------

    def on_response_start(self, status: int, event_stream: bool | None = None, session_id: str | None = None) -> None:
        """The upstream's status, sent as an attribute with the first response chunk, whether the response
        is labelled `text/event-stream` (None: not told), and the `Mcp-Session-Id` it carries. The body must be
        what its label says, and a refusal is framed as the label says: the client parses by it. A session an
        `initialize` answer opens is bound to its caller before any of the answer leaves, or the answer is
        withheld."""
        self.upstream_status = status
        self.answered_ns = time.time_ns()
        self._event_stream = event_stream
        self._sse = bool(event_stream)
        call = self.call
        if (session_id is not None and call is not None and call.method == "initialize" and 200 <= status < 300
                and self.principal is not None and self.forwarded_ns is not None):
            try:
                self.ports.sessions.session_started(self.principal, session_id)
            except McpError as exc:
                self._withheld_for = exc
                return
            self.call = replace(call, session_id=session_id)  # the record names the session the call opened

    def on_response_chunk(self, chunk: bytes, end: bool) -> Steps[tuple[bytes, bool]]:
        """Bytes to send the client now, and whether the response ends with them. The record is written
        before the bytes that end the client's response leave."""
        if self._done:
            return b"", end
        inspector = self._inspection()
        try:
            if self._withheld_for is not None:
                raise self._withheld_for
            if self._body is None:
                self._head += chunk
                self._body = sniff(self._head, end, self.upstream_status, self.limits.max_json_response_bytes,
                                   self.limits.max_sse_event_bytes, self._event_stream)
                if self._body is None:
                    return b"", False
                self._sse = isinstance(self._body, SseBody)
                chunk, self._head = self._head, b""
            out = self._body.feed(chunk, end, inspector)
            self._note_events_sent()
            end = end or inspector.answered
        except McpError as exc:
            out, end = self._response_error(exc.message), True
        self.response_bytes += len(out)
        self._response_hash.update(out)
        if end:
            self._done = True
            if not self._recorded:
                failure = yield from self._record()
                if failure is not None:
                    return self._withheld(f"refused: {failure}"), True
        return out, end

    def _note_events_sent(self) -> None:
        """The event ids about to leave on a session's stream: the session may be resumed from them."""
        body, call = self._body, self.call
        if isinstance(body, SseBody) and body.sent_ids and call is not None and call.session_id is not None \
                and self.principal is not None and self.forwarded_ns is not None:
            self.ports.sessions.events_sent(self.principal, call.session_id, body.sent_ids)

    @property
    def response_ended(self) -> bool:
        """The client's response is complete; whatever the upstream still sends is not forwarded."""
        return self._done

    @property
    def record_soon(self) -> bool:
        """A POST whose JSON answer (and so its audit record) is due within moments: not yet recorded, and
        not an event stream, which may stay open for minutes."""
        return self._method == "POST" and not self._recorded and not self._sse

    @property
    def masking_profile(self) -> str | None:
        """The policy's profile for this call; None means the default (Safe Harbor)."""
        return self.verdict.masking if self.verdict is not None else None

    @property
    def response_sha256(self) -> str:
        """SHA-256 of every byte this exchange sent the client from the upstream's response."""
        return self._response_hash.hexdigest()

    def _inspection(self) -> ResponseInspector:
        if self._inspector is None:  # a response to a request that was never decided: inspected as Safe Harbor
            self._inspector = ResponseInspector(self.ports, self.principal, self.call, self.masking_profile,
                                                self._method)
        return self._inspector

    # --- the audit record --------------------------------------------------------------------------------

    def _record(self) -> Steps[str | None]:
        """Write the record now (once); why it could not be, or None."""
        self._recorded = True
        try:
            yield WriteRecord(self.outcome())
        except AuditUnavailable as exc:
            return str(exc)
        return None

    def unrecorded_outcome(self) -> Outcome | None:
        """At the stream's end: the record still owed by an exchange that ended with nothing held back to
        record it by (a bodyless answer, a stream the client left, Envoy cancelling), once."""
        if self._recorded or (self.principal is None and self.refused is None):
            return None
        self._recorded = True
        return self.outcome()

    def outcome(self) -> Outcome:
        """What the exchange did so far, frozen for its audit record."""
        verdict, inspector = self.verdict, self._inspector
        return Outcome(
            started_ns=self.started, http_method=self._method, source=self.source, principal=self.principal,
            call=self.call,
            decision=None if verdict is None else DecisionTaken(verdict.allowed, verdict.rule, tuple(verdict.roles),
                                                                verdict.masking),
            refused=self.refused, upstream_status=self.upstream_status, reply_status=self.reply_status,
            forwarded_ns=self.forwarded_ns, answered_ns=self.answered_ns, masking_profile=self.masking_profile,
            masked=dict(inspector.masked) if inspector and inspector.masked else {},
            masked_paths=dict(inspector.masked_paths) if inspector and inspector.masked_paths else {},
            response_bytes=self.response_bytes, response_sha256=self.response_sha256,
            messages_seen=inspector.messages_seen if inspector else 0,
            response_for_record=inspector.response_for_record if inspector else None,
            approval=None if self.approval is None else approval_fields(self.approval, self.approval_passed,
                                                                         self.held_ns),
            task=inspector.task if inspector else None,
        )

    # --- refusals ----------------------------------------------------------------------------------------

    def _refuse(self, reply: Reply) -> Steps[Reply]:
        """Refuse the request with `reply`, recorded first; a 503 instead when the record cannot be written."""
        self.refused = reply.reason
        self.reply_status = reply.status
        failure = yield from self._record()
        return reply if failure is None else self._unrecorded(failure)

    def _unrecorded(self, reason: str) -> Reply:
        """The request's record could not be made durable: it is refused, whatever was decided."""
        message = f"refused: {reason}"
        rid = self.call.request_id if self.call is not None else None
        return Reply(503, error_body(INTERNAL_ERROR, message, rid), message)

    def _withheld(self, reason: str) -> bytes:
        """The final output, replaced by an error because its audit record could not be written."""
        out = self._response_error(reason)
        self._response_hash = hashlib.sha256(out)
        self.response_bytes = len(out)
        return out

    def _response_error(self, reason: str) -> bytes:
        self.refused = reason
        self._done = True
        request_id = self.call.request_id if self.call else None
        body = error_body(INTERNAL_ERROR, f"Chaperone refused the upstream response: {reason}", request_id)
        if self._sse:
            return b"event: message\ndata: " + body + b"\n\n"
        return body
