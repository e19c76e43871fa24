"""The three shapes an MCP server answers in: structured result, text-only result, resource contents."""

from __future__ import annotations

from typing import Any

from .marks import Embedded


def structured(content: dict[str, Any], summary: str | None = None) -> dict[str, Any]:
    """``structuredContent`` plus a text block: a summary, or (as the spec suggests) the same JSON serialised."""
    text: Any = summary if summary is not None else Embedded(content)
    return {"content": [{"type": "text", "text": text}], "structuredContent": content, "isError": False}


def text_only(*texts: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text} for text in texts]}


def resource(uri: str, mime_type: str, text: Any) -> dict[str, Any]:
    return {"contents": [{"uri": uri, "mimeType": mime_type, "text": text}]}
