"""The parsed MCP call: what policy, masking and audit decide on.

Built from the request body and the HTTP headers Envoy forwards. In 2026-07-28 the method and target are
mirrored in `Mcp-Method` / `Mcp-Name`; any disagreement between header and body is refused (-32020), so the
gateway and the server can never act on different readings of one request. A request carrying the 2026-07-28
envelope (`_meta` naming its protocol version) with a version the gateway does not serve is refused (-32022):
the gateway decides only on a revision whose methods it knows. The params of a method are read only when its
revision defines it as a request: anything else is not found (-32601), whatever its params.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from extproc.mcp.errors import (
    HEADER_MISMATCH,
    INVALID_PARAMS,
    INVALID_REQUEST,
    UNSUPPORTED_PROTOCOL_VERSION,
    McpError,
    RequestId,
)
from extproc.mcp.jsonrpc import Message, parse_message
from extproc.mcp.methods import METHODS, SUBSCRIPTIONS_LISTEN, Target

MODERN_REVISION = "2026-07-28"
LEGACY_REVISION = "2025-11-25"
PROTOCOL_VERSION_META = "io.modelcontextprotocol/protocolVersion"
CLIENT_CAPABILITIES_META = "io.modelcontextprotocol/clientCapabilities"

_B64_SENTINEL = re.compile(r"=\?base64\?(.*)\?=")


def decode_header_value(value: str) -> str | None:
    """Undo the SDK's `=?base64?…?=` wrapping of non-ASCII header values; None when malformed."""
    m = _B64_SENTINEL.fullmatch(value)
    if m is None:
        return value
    try:
        raw = base64.b64decode(m.group(1), validate=True)
        if base64.b64encode(raw).decode("ascii") != m.group(1):
            return None
        return raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


@dataclass(frozen=True, slots=True)
class McpCall:
    """One client→server JSON-RPC message, with the transport facts around it."""

    http_method: str
    method: str | None
    request_id: RequestId | None
    is_notification: bool
    is_response: bool
    target_kind: str | None = None
    target: str | None = None
    arguments: dict[str, Any] = field(default_factory=dict)
    session_id: str | None = None
    protocol_version: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    """`params._meta` of a request (not part of its arguments)."""
    subscribes: tuple[tuple[Target, str], ...] = ()
    """What a `subscriptions/listen` asks to follow: (RESOURCE, uri) and (TASK, task id) pairs."""

    @property
    def revision(self) -> str:
        """Which transport revision the message follows: stateless 2026-07-28, or the session-based one."""
        return MODERN_REVISION if self.protocol_version == MODERN_REVISION else LEGACY_REVISION

    def declares_extension(self, extension: str) -> bool:
        """Whether the request's `_meta` client capabilities declare `extension` (2026-07-28 declares them per
        request; a session's capabilities, negotiated at initialize, are the server's to know)."""
        capabilities = self.meta.get(CLIENT_CAPABILITIES_META)
        extensions = capabilities.get("extensions") if isinstance(capabilities, dict) else None
        return isinstance(extensions, dict) and isinstance(extensions.get(extension), dict)


def _target(message: Message) -> tuple[str | None, str | None, dict[str, Any]]:
    spec = METHODS.get(message.method or "")
    if spec is None or spec.target is None:
        return None, None, {}
    kind, key = spec.target, spec.target_param
    assert key is not None
    params = message.params
    value = params.get(key)
    if not isinstance(value, str) or not value:
        raise McpError(INVALID_PARAMS, f"{message.method} needs a non-empty string params.{key}")
    arguments = params.get("arguments", {})
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, dict):
        raise McpError(INVALID_PARAMS, f"{message.method} params.arguments must be an object")
    return kind, value, arguments


_LISTENED: tuple[tuple[str, Target], ...] = (("resourceSubscriptions", Target.RESOURCE), ("taskIds", Target.TASK))
"""The members of a `subscriptions/listen` filter that name things (the rest are booleans)."""


def _subscribes(message: Message) -> tuple[tuple[Target, str], ...]:
    """The resources and tasks a `subscriptions/listen` names, each to be decided like the call it replaces."""
    if message.method != SUBSCRIPTIONS_LISTEN:
        return ()
    wanted = message.params.get("notifications")
    if not isinstance(wanted, dict):
        raise McpError(INVALID_PARAMS, f"{SUBSCRIPTIONS_LISTEN} needs an object params.notifications")
    named: list[tuple[Target, str]] = []
    for key, kind in _LISTENED:
        values = wanted.get(key)
        if values is None:
            continue
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise McpError(INVALID_PARAMS, f"params.notifications.{key} must be an array of non-empty strings")
        named += [(kind, v) for v in values]
    return tuple(named)


def _meta_version(message: Message) -> str | None:
    meta = message.params.get("_meta")
    if isinstance(meta, dict) and PROTOCOL_VERSION_META in meta:
        version = meta[PROTOCOL_VERSION_META]
        if not isinstance(version, str):
            raise McpError(INVALID_PARAMS, f"params._meta[{PROTOCOL_VERSION_META!r}] must be a string")
        return version
    return None


def _check_version(body_version: str | None) -> None:
    """Refuse an envelope naming a revision the gateway does not serve, as a 2026-07-28 server would."""
    if body_version is not None and body_version != MODERN_REVISION:
        raise McpError(UNSUPPORTED_PROTOCOL_VERSION, "Unsupported protocol version: the gateway serves the "
                       f"per-request envelope of MCP {MODERN_REVISION} only",
                       data={"supported": [MODERN_REVISION], "requested": body_version})


def _check_headers(message: Message, headers: Mapping[str, str], body_version: str | None) -> None:
    """Refuse a request whose routing headers and body could be read two ways."""
    header_method = headers.get("mcp-method")
    header_version = headers.get("mcp-protocol-version")
    modern = body_version is not None
    if modern and header_version != body_version:
        raise McpError(HEADER_MISMATCH, "MCP-Protocol-Version header does not match params._meta's protocolVersion")
    if header_method is not None or modern:
        if header_method != message.method:
            raise McpError(HEADER_MISMATCH, "Mcp-Method header does not match the body's method")
        spec = METHODS.get(message.method or "")
        if spec is not None and spec.name_header:
            key = spec.target_param
            header_name = headers.get("mcp-name")
            body_name = message.params.get(key)
            decoded = decode_header_value(header_name) if header_name is not None else None
            if decoded != body_name:
                raise McpError(HEADER_MISMATCH, f"Mcp-Name header does not match the body's params.{key}")


def parse_call(http_method: str, body: bytes, headers: Mapping[str, str]) -> McpCall:
    """Parse a POSTed JSON-RPC message against its headers; raise McpError with the code to send back."""
    message = parse_message(body)
    try:
        return _call_from(http_method, message, headers)
    except McpError as exc:
        raise dataclasses.replace(exc, request_id=message.id) from None


def _call_from(http_method: str, message: Message, headers: Mapping[str, str]) -> McpCall:
    body_version = _meta_version(message) if not message.is_response else None
    _check_headers(message, headers, body_version)
    _check_version(body_version)
    if message.is_response:
        return McpCall(
            http_method, None, message.id, is_notification=False, is_response=True,
            session_id=headers.get("mcp-session-id"), protocol_version=headers.get("mcp-protocol-version"),
        )
    version = body_version or headers.get("mcp-protocol-version")
    if message.method == "initialize":
        requested = message.params.get("protocolVersion")
        version = requested if isinstance(requested, str) else version
    spec = METHODS.get(message.method or "")
    defined = message.id is not None and spec is not None and spec.defined_in(version == MODERN_REVISION)
    kind, target, arguments = _target(message) if defined else (None, None, {})
    return McpCall(
        http_method=http_method,
        method=message.method,
        request_id=message.id,
        is_notification=message.id is None,
        is_response=False,
        target_kind=kind,
        target=target,
        arguments=arguments,
        session_id=headers.get("mcp-session-id"),
        protocol_version=version,
        meta=meta if isinstance(meta := message.params.get("_meta"), dict) else {},
        subscribes=_subscribes(message) if defined else (),
    )


def stream_call(http_method: str, headers: Mapping[str, str]) -> McpCall:
    """A bodyless exchange of the session transport: GET (server→client stream) or DELETE (end session)."""
    if http_method not in ("GET", "DELETE"):
        raise McpError(INVALID_REQUEST, f"HTTP {http_method} is not part of the MCP transport", http_status=405)
    return McpCall(
        http_method, None, None, is_notification=False, is_response=False,
        session_id=headers.get("mcp-session-id"), protocol_version=headers.get("mcp-protocol-version"),
    )
