"""One HTTP exchange through the gateway, phase by phase, in plain Python types.

`server.py` turns Envoy's ext_proc messages into calls on an `Exchange` and its answers back into protobuf;
nothing here knows about gRPC. Every refusal is a `Reply` (before the upstream is reached) or an error
message spliced into the response stream (after the upstream answered): nothing uninspected passes.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from extproc.identity.principal import Principal
from extproc.identity.tokens import AuthError
from extproc.mcp.call import McpCall, parse_call, stream_call
from extproc.mcp.errors import FORBIDDEN, INTERNAL_ERROR, INVALID_REQUEST, UNAUTHORIZED, McpError, error_body
from extproc.mcp.jsonrpc import Message, parse_message
from extproc.mcp.methods import CATALOGUES, DATALESS_NOTIFICATIONS, PROGRESS, UNMASKED_RESULTS, Catalogue
from extproc.mcp.sse import SseEvent, SseReassembler
from extproc.phi import MaskingError, MaskResult
from extproc.settings import Limits

SAFE_HARBOR_PROFILE = "safe_harbor"


def _under(prefix: str) -> Callable[[str], str]:
    """Maps a masker path (relative to the masked value) to its path in the JSON-RPC message."""
    return lambda path: f"{prefix}.{path}" if path else prefix


class Verdict(Protocol):
    allowed: bool
    rule: str
    roles: tuple[str, ...]
    masking: str | None


class Access(Protocol):
    """Identity and policy, as one exchange needs them (see extproc/access.py)."""

    def metadata_document(self, path: str) -> bytes | None: ...
    def authenticate(self, headers: Mapping[str, str]) -> Principal: ...
    def decide(self, principal: Principal, call: McpCall) -> Verdict: ...
    def filter_list(self, principal: Principal, method: str, result: dict) -> dict: ...
    def www_authenticate(self, error: AuthError) -> str: ...
    def scrub(self, doc: dict, raw: bytes) -> dict | None: ...
    def mask(self, value: Any, profile: str | None, session: str | None) -> MaskResult: ...


@dataclass(frozen=True, slots=True)
class Reply:
    """Answer the client directly; the request never reaches the upstream."""

    status: int
    body: bytes
    reason: str
    headers: tuple[tuple[str, str], ...] = field(default=())


def _encode(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _reply(error: McpError) -> Reply:
    return Reply(error.http_status, error_body(error.code, error.message, error.request_id), error.message)


class _JsonBody:
    """Holds a JSON response until it is complete, then checks it is one JSON-RPC response."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, chunk: bytes, end: bool, exchange: Exchange) -> bytes:
        self._size += len(chunk)
        if self._size > self._limit:
            raise McpError(INTERNAL_ERROR, f"upstream JSON response exceeds the gateway's {self._limit}-byte limit")
        if chunk:
            self._parts.append(chunk)
        if not end:
            return b""
        body = b"".join(self._parts)
        self._parts = []
        return exchange.observe(parse_message(body), body) or body


def _reencode(event: SseEvent, data: bytes) -> bytes:
    head = b"" if event.event == "message" else b"event: " + event.event.encode() + b"\n"
    if event.id is not None:
        head += b"id: " + event.id.encode() + b"\n"
    return head + b"data: " + data + b"\n\n"


class _SseBody:
    """Forwards an event stream event by event, each event's data checked as one JSON-RPC message."""

    def __init__(self, limit: int) -> None:
        self._events = SseReassembler(limit)

    def feed(self, chunk: bytes, end: bool, exchange: Exchange) -> bytes:
        out: list[bytes] = []
        for event in self._events.feed(chunk, final=end):
            data = event.data
            rewritten = exchange.observe(parse_message(data), data) if event.has_data and data else None
            out.append(event.raw if rewritten is None else _reencode(event, rewritten))
            if exchange.answered:  # nothing after the request's answer belongs to this exchange
                break
        return b"".join(out)


class _EmptyBody:
    """A response that ended before any non-blank byte: nothing to inspect or forward."""

    def feed(self, chunk: bytes, end: bool, exchange: Exchange) -> bytes:
        return b""


_SSE_FIELDS = (b"data:", b"event:", b"id:", b"retry:", b"data\n", b"data\r")
_SSE_SNIFF_BYTES = max(len(f) for f in _SSE_FIELDS)


class Exchange:
    """Walks one exchange: who calls, what they call, whether policy allows it, then the response."""

    def __init__(self, limits: Limits, access: Access) -> None:
        self.limits = limits
        self.access = access
        self.principal: Principal | None = None
        self.call: McpCall | None = None
        self.verdict: Verdict | None = None
        self.messages_seen = 0
        self.refused: str | None = None
        self.upstream_status = 0
        self.reply_status = 0
        self.started = time.time_ns()
        self.forwarded_ns: int | None = None  # when the request was let through to the upstream
        self.answered_ns: int | None = None  # when the upstream's response began
        self.source: str | None = None
        self.audit_due = False
        self.audited = False
        self.answered = False  # a POST's JSON-RPC response has come: its stream ends with it
        self.masked: dict[str, int] = {}
        self.response_for_record: str | None = None
        self.masked_paths: dict[str, dict[str, int]] = {}
        self.response_bytes = 0
        self._response_hash = hashlib.sha256()
        self._method = ""
        self._headers: Mapping[str, str] = {}
        self._body: _JsonBody | _SseBody | _EmptyBody | None = None
        self._sse = False
        self._done = False
        self._head = b""

    # --- request -----------------------------------------------------------------------------------------

    def on_request_headers(self, http_method: str, headers: Mapping[str, str], end_of_stream: bool) -> Reply | None:
        """Every request starts here. A POST's body follows; GET (stream) and DELETE (end session) have none.

        May raise NeedKeyRefresh (identity): the server refetches the keys and calls this again.
        """
        self._method, self._headers = http_method, headers
        document = self.access.metadata_document(headers.get(":path", ""))
        if document is not None:
            return Reply(200, document, "protected resource metadata")
        try:
            self.principal = self.access.authenticate(headers)
        except AuthError as exc:
            challenge = (("www-authenticate", self.access.www_authenticate(exc)),)
            body = error_body(UNAUTHORIZED, exc.description)
            return self._refuse(Reply(exc.status, body, exc.description, challenge))
        if http_method == "POST":
            if end_of_stream:
                return self._refuse(_reply(McpError(INVALID_REQUEST, "POST /mcp needs a JSON-RPC body")))
            return None
        try:
            self.call = stream_call(http_method, headers)
        except McpError as exc:
            return self._refuse(_reply(exc))
        return self._authorize(self.call)

    def on_request_body(self, body: bytes) -> Reply | None:
        """The POSTed JSON-RPC message, whole (Envoy buffers it), checked against its headers and the policy."""
        if len(body) > self.limits.max_request_bytes:
            limit = self.limits.max_request_bytes
            return self._refuse(_reply(McpError(INVALID_REQUEST, f"request body exceeds the {limit}-byte limit", 413)))
        try:
            self.call = parse_call(self._method, body, self._headers)
        except McpError as exc:
            return self._refuse(_reply(exc))
        return self._authorize(self.call)

    def _authorize(self, call: McpCall) -> Reply | None:
        assert self.principal is not None  # authenticate() ran first
        self.verdict = self.access.decide(self.principal, call)
        if self.verdict.allowed:
            self.forwarded_ns = time.time_ns()
            if call.is_notification or call.is_response or call.http_method == "DELETE":
                self.audit_due = True  # no response body will come to record it by: record the request now
            return None
        message = f"denied by policy: {self.verdict.rule}"
        if call.request_id is None:  # GET/DELETE or a notification: no JSON-RPC response to carry it
            return self._refuse(Reply(403, error_body(FORBIDDEN, message), message))
        return self._refuse(Reply(200, error_body(FORBIDDEN, message, call.request_id), message))

    # --- response ----------------------------------------------------------------------------------------

    def on_response_start(self, status: int) -> None:
        """The upstream's status, sent as an attribute with the first response chunk."""
        self.upstream_status = status
        self.answered_ns = time.time_ns()

    def on_response_chunk(self, chunk: bytes, end: bool) -> tuple[bytes, bool]:
        """Bytes to send the client now, and whether the response ends with them."""
        if self._done:
            return b"", end
        try:
            if self._body is None:
                self._head += chunk
                self._body = self._sniff(end)
                if self._body is None:
                    return b"", False
                chunk, self._head = self._head, b""
            out = self._body.feed(chunk, end, self)
            end = end or self.answered
        except McpError as exc:
            out, end = self._response_error(exc.message), True
        if end:
            self._done = True
            self.audit_due = not self.audited
        self.response_bytes += len(out)
        self._response_hash.update(out)
        return out, end

    @property
    def response_ended(self) -> bool:
        """The client's response is complete; whatever the upstream still sends is not forwarded."""
        return self._done

    @property
    def record_soon(self) -> bool:
        """A POST whose JSON answer (and so its audit record) is due within moments: not yet recorded, and
        not an event stream, which may stay open for minutes."""
        return self._method == "POST" and not self.audited and not self._sse

    @property
    def http_method(self) -> str:
        return self._method

    def withheld(self, reason: str) -> bytes:
        """The final output, replaced by an error because its audit record could not be written."""
        out = self._response_error(reason)
        self._response_hash = hashlib.sha256(out)
        self.response_bytes = len(out)
        return out

    @property
    def response_sha256(self) -> str:
        """SHA-256 of every byte this exchange sent the client from the upstream's response."""
        return self._response_hash.hexdigest()

    def _sniff(self, end: bool) -> _JsonBody | _SseBody | _EmptyBody | None:
        """Tell JSON from SSE by the first bytes; None while too few have arrived.

        Response headers are not visible in this phase, and need not be: a valid JSON document cannot hold
        an SSE field line, so each body is checked as the one format it can be, and anything else (a
        compressed body, an HTML error page) is refused.
        """
        head = self._head.lstrip(b" \t\r\n")
        if not head:
            return _EmptyBody() if end else None
        if head[:1] in (b"{", b"["):
            return _JsonBody(self.limits.max_json_response_bytes)
        if head[:1] == b":" or any(head.startswith(f) for f in _SSE_FIELDS):
            self._sse = True
            return _SseBody(self.limits.max_sse_event_bytes)
        if len(head) < _SSE_SNIFF_BYTES and not end and any(f.startswith(head) for f in _SSE_FIELDS):
            return None
        raise McpError(
            INTERNAL_ERROR,
            f"upstream answered HTTP {self.upstream_status} with a body that is neither JSON nor an SSE "
            "stream (compressed, or an error page); only JSON-RPC is forwarded",
        )

    def observe(self, message: Message, raw: bytes) -> bytes | None:
        """Check one upstream message; its replacement bytes when it must change (list filtering, scrubbing)."""
        self.messages_seen += 1
        doc = message.doc
        if message.is_response:
            expected = self.call.request_id if self.call else None
            # An error with a null id (Envoy's own local replies, a server that could not read the request)
            # answers no request in particular: it may pass. Any other id must be the request's.
            if expected is not None and message.id != expected and not (message.id is None and "error" in doc):
                raise McpError(INTERNAL_ERROR, "upstream answered with a different JSON-RPC id than the request's")
            result = doc.get("result")
            if self.call is not None and self.call.method in CATALOGUES and isinstance(result, dict):
                assert self.principal is not None
                doc = {**doc, "result": self.access.filter_list(self.principal, self.call.method, result)}
        masked = self._mask(doc, self.masking_profile, count=True)
        scrubbed = self.access.scrub(masked, raw)
        if scrubbed is not None:
            masked = scrubbed
        out = None if masked is message.doc else _encode(masked)
        if message.is_response:
            self.response_for_record = self._for_record(doc, out or raw, raw)
            if self.call is not None and self._method == "POST":
                # The answer ends the exchange: on an event stream the server should close it now (MCP
                # streamable HTTP); the gateway does, so the record covers every byte the client received.
                self.answered = True
        return out

    @property
    def masking_profile(self) -> str | None:
        """The policy's profile for this call; None means the default (Safe Harbor)."""
        return self.verdict.masking if self.verdict is not None else None

    def _data_members(self, doc: dict) -> list[tuple[str, str | None]]:
        """(member, key inside it or None for all of it) that carry data in this upstream message: masked
        unless known to be protocol plumbing."""
        method = doc.get("method")
        if method is None:  # a response: errors always, results unless the call was protocol plumbing
            members: list[tuple[str, str | None]] = [("error", None)]
            if self.call is None or self.call.method not in UNMASKED_RESULTS:
                members.append(("result", None))
            return members
        if method == PROGRESS:
            return [("params", "message")]
        return [] if method in DATALESS_NOTIFICATIONS else [("params", None)]

    def _for_record(self, original: dict, sent: bytes, raw: bytes) -> str:
        """The response as the journal may hold it: Safe Harbor masked, whatever the caller's role saw."""
        if self.masking_profile in (None, SAFE_HARBOR_PROFILE):
            return sent.decode("utf-8")
        strict = self._mask(original, SAFE_HARBOR_PROFILE, count=False)
        return _encode(self.access.scrub(strict, raw) or strict).decode("utf-8")

    def _mask(self, doc: dict, profile: str | None, count: bool) -> dict:
        """ePHI masked per `profile` (None: the default, Safe Harbor); with `count`, what was masked is
        tallied per kind and path for the audit record, never the values."""
        out = doc
        for member, key in self._data_members(doc):
            part = doc.get(member)
            value = part if key is None else part.get(key) if isinstance(part, dict) else None
            if value is None:
                continue  # any other JSON value, whatever its type, is masked
            result = self._mask_value(value, profile)
            if result.changed:
                out = {**out, member: result.value if key is None else {**part, key: result.value}}
            if count:
                self._tally(result, _under(member if key is None else f"{member}.{key}"))
        catalogue = CATALOGUES.get(self.call.method) if self.call is not None else None
        if catalogue is not None and catalogue.display_texts and "method" not in doc \
                and isinstance(doc.get("result"), dict):
            result = self._mask_catalogue(doc["result"], catalogue, profile, count)
            if result is not doc["result"]:
                out = {**out, "result": result}
        return out

    def _mask_catalogue(self, result: dict, catalogue: Catalogue, profile: str | None, count: bool) -> dict:
        """`result` with the display texts of its entries masked (see `Catalogue.display_texts`)."""
        member = catalogue.key
        entries = result.get(member)
        if not isinstance(entries, list):
            return result
        where = [(i, key) for i, entry in enumerate(entries) if isinstance(entry, dict)
                 for key in catalogue.display_texts if isinstance(entry.get(key), str) and entry[key]]
        if not where:
            return result
        # one list of bare strings: scanned as free text, with names found in one entry sought in all
        masked = self._mask_value([entries[i][key] for i, key in where], profile)
        if count:
            def path(inner: str) -> str:  # "[k]..." in the list of texts → the entry's own path
                k, _, rest = inner.removeprefix("[").partition("]")
                if not k.isdigit() or int(k) >= len(where):
                    return f"result.{member}"
                i, key = where[int(k)]
                return f"result.{member}[{i}].{key}{rest}"
            self._tally(masked, path)
        if not masked.changed:
            return result
        new_entries = list(entries)
        for (i, key), text in zip(where, masked.value, strict=True):
            if text != entries[i][key]:
                new_entries[i] = {**new_entries[i], key: text}
        return {**result, member: new_entries}

    def _mask_value(self, value: object, profile: str | None) -> MaskResult:
        session = self.call.session_id if self.call else None
        try:
            return self.access.mask(value, profile, session)
        except MaskingError:
            raise McpError(INTERNAL_ERROR, "the response could not be masked, so it was withheld") from None

    def _tally(self, result: MaskResult, full_path: Callable[[str], str]) -> None:
        """What was masked, per kind and JSON path, for the audit record (never the values)."""
        for kind, n in result.counts.items():
            self.masked[kind] = self.masked.get(kind, 0) + n
        for path, counts in result.paths.items():
            self.masked_paths[full_path(path)] = counts

    # --- refusals ----------------------------------------------------------------------------------------

    def _refuse(self, reply: Reply) -> Reply:
        self.refused = reply.reason
        self.reply_status = reply.status
        self.audit_due = True
        return reply

    def _response_error(self, reason: str) -> bytes:
        self.refused = reason
        self._done = True
        request_id = self.call.request_id if self.call else None
        body = error_body(INTERNAL_ERROR, f"Chaperone refused the upstream response: {reason}", request_id)
        if self._sse:
            return b"event: message\ndata: " + body + b"\n\n"
        return body
