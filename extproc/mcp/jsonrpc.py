"""Strict JSON and JSON-RPC 2.0 parsing.

The gateway decides on the bytes the MCP server will parse, and servers are lenient, so anything a second
parser could read differently is refused: duplicate keys, invalid UTF-8, lone surrogates, NaN/Infinity,
non-integral or boolean ids, batches (removed from MCP in 2025-06-18).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from extproc.mcp.errors import INVALID_REQUEST, PARSE_ERROR, McpError, RequestId


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


_decoder = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants)


_UNICODE_ESCAPE = re.compile(r"\\u")
"""Where a lone surrogate can come from. A regex, not `in`: a result holding JSON text is full of `\\"`, and
`str.__contains__` stumbled on every backslash (3.4 µs on a 4 KB result, the regex 1.4 µs)."""


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def loads_strict(data: bytes) -> Any:
    """Parse one JSON document or raise McpError(PARSE_ERROR) naming what is wrong."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise McpError(PARSE_ERROR, f"body is not valid UTF-8 (byte offset {exc.start})") from None
    try:
        value = _decoder.decode(text)
    except _DuplicateKey:
        # the key is not repeated: from an upstream it may be a patient's name
        raise McpError(PARSE_ERROR, "a JSON object repeats a key: refused as ambiguous") from None
    except RecursionError:
        raise McpError(PARSE_ERROR, "JSON nesting is too deep") from None
    except ValueError as exc:
        raise McpError(PARSE_ERROR, f"body is not valid JSON: {str(exc)[:120]}") from None
    if _UNICODE_ESCAPE.search(text) and _has_lone_surrogate(json.dumps(value, ensure_ascii=False)):
        raise McpError(PARSE_ERROR, "JSON string holds an unpaired UTF-16 surrogate escape: refused as ambiguous")
    return value


@dataclass(frozen=True, slots=True)
class Message:
    """One JSON-RPC message: a request (method and id), a notification (method only) or a response."""

    doc: dict[str, Any]
    method: str | None
    id: RequestId | None
    is_response: bool

    @property
    def params(self) -> dict[str, Any]:
        params = self.doc.get("params")
        return params if isinstance(params, dict) else {}


def _request_id(doc: dict[str, Any]) -> RequestId | None:
    if "id" not in doc:
        return None
    rid = doc["id"]
    if isinstance(rid, bool) or not isinstance(rid, str | int):
        raise McpError(INVALID_REQUEST, "JSON-RPC id must be a string or an integer")
    return rid


def classify(doc: Any) -> Message:
    """Check the JSON-RPC 2.0 envelope of a parsed document and say what kind of message it is."""
    if isinstance(doc, list):
        raise McpError(
            INVALID_REQUEST, "JSON-RPC batches are not part of MCP since 2025-06-18: send one message per request"
        )
    if not isinstance(doc, dict):
        raise McpError(INVALID_REQUEST, "a JSON-RPC message must be a JSON object")
    if doc.get("jsonrpc") != "2.0":
        raise McpError(INVALID_REQUEST, 'JSON-RPC messages must carry "jsonrpc": "2.0"')
    rid = _request_id(doc) if "method" in doc else _response_id(doc)
    if "method" in doc:
        method = doc["method"]
        if not isinstance(method, str) or not method:
            raise McpError(INVALID_REQUEST, "JSON-RPC method must be a non-empty string")
        if "result" in doc or "error" in doc:
            raise McpError(INVALID_REQUEST, "a JSON-RPC message cannot be both a request and a response")
        if "params" in doc and not isinstance(doc["params"], dict):
            raise McpError(INVALID_REQUEST, "MCP params must be a JSON object")
        return Message(doc, method, rid, is_response=False)
    if ("result" in doc) == ("error" in doc):
        raise McpError(INVALID_REQUEST, "a JSON-RPC response carries exactly one of result and error")
    if "id" not in doc:
        raise McpError(INVALID_REQUEST, "a JSON-RPC response must carry the id of its request")
    return Message(doc, None, rid, is_response=True)


def _response_id(doc: dict[str, Any]) -> RequestId | None:
    """An error response may carry `"id": null` (its request could not be read); a result may not."""
    if doc.get("id", 0) is None and "error" in doc and "result" not in doc:
        return None
    return _request_id(doc)


def parse_message(data: bytes) -> Message:
    """Strictly parse and classify one JSON-RPC message."""
    return classify(loads_strict(data))
