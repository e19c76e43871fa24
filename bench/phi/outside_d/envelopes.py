"""MCP result envelopes the masker receives: a ``tools/call`` result (text blocks, optionally structuredContent
with its JSON copy in a text block, as the spec recommends) or a ``resources/read`` result."""

from __future__ import annotations

from typing import Any

from .plant import dumps


def text_result(*texts: str, is_error: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {"content": [{"type": "text", "text": text} for text in texts]}
    if is_error:
        result["isError"] = True
    return result


def structured_result(
    structured: dict[str, Any], summary: str | None = None, indent: int | None = None
) -> dict[str, Any]:
    """structuredContent plus its serialisation in a text block (JSON-in-text), and an optional summary line."""
    blocks = [{"type": "text", "text": dumps(structured, indent)}]
    if summary is not None:
        blocks.insert(0, {"type": "text", "text": summary})
    return {"content": blocks, "structuredContent": structured}


def resource_result(uri: str, mime: str, text: str) -> dict[str, Any]:
    return {"contents": [{"uri": uri, "mimeType": mime, "text": text}]}
