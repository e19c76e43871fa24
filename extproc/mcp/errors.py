"""JSON-RPC error codes and the error bodies the gateway sends instead of a request or response."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
UNAUTHORIZED = -32001
"""Server-defined: no valid bearer token (sent with HTTP 401 and WWW-Authenticate)."""
FORBIDDEN = -32003
"""Server-defined: the policy does not grant this call to the caller's roles."""
APPROVAL_REQUIRED = -32004
"""Server-defined: the call needs a reviewer's approval it does not have (pending, denied, expired, or the
reason the rule asks for is missing); `error.data` names the approval request."""
HEADER_MISMATCH = -32020
"""MCP 2026-07-28: an Mcp-Method / Mcp-Name / MCP-Protocol-Version header disagrees with the body."""
MISSING_REQUIRED_CLIENT_CAPABILITY = -32021
"""MCP 2026-07-28: the request needs a capability its `_meta` client capabilities do not declare;
`error.data.requiredCapabilities` names it (a `ClientCapabilities` object)."""
UNSUPPORTED_PROTOCOL_VERSION = -32022
"""MCP 2026-07-28: the request's protocol version is not served; `error.data` lists the `supported` versions
and echoes the `requested` one, so the client can pick another."""

MODERN_HTTP_STATUS: dict[int, int] = {METHOD_NOT_FOUND: 404, MISSING_REQUIRED_CLIENT_CAPABILITY: 400}
"""The HTTP status 2026-07-28's transport gives a denial's JSON-RPC error; any other travels in a 200."""

RequestId = str | int


@dataclass(frozen=True)
class McpError(Exception):
    """A refusal the client can act on: the JSON-RPC code, a human message and the HTTP status to use."""

    code: int
    message: str
    http_status: int = 400
    request_id: RequestId | None = None
    data: object = field(default=None, compare=False)
    """`error.data` of the answer (what a -32022 or -32021 asks the client to act on); None for none."""

    def __str__(self) -> str:
        return self.message


def error_body(code: int, message: str, request_id: RequestId | None = None, data: object = None) -> bytes:
    """A JSON-RPC error response; `id` is null when the request's id is unknown."""
    error: dict[str, object] = {"code": code, "message": message}
    if data is not None:
        error["data"] = data
    doc = {"jsonrpc": "2.0", "id": request_id, "error": error}
    return json.dumps(doc, separators=(",", ":")).encode()
