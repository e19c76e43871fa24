"""How an MCP server hands a tool result back: text content blocks, structuredContent, or both."""

from __future__ import annotations

import json
from typing import Any


def text(*blocks: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": b} for b in blocks], "isError": False}


def structured(value: Any, echo: bool = True) -> dict[str, Any]:
    """A structured result; servers that follow the spec also write it as JSON text for older clients."""
    out: dict[str, Any] = {"content": [], "structuredContent": value, "isError": False}
    if echo:
        out["content"].append({"type": "text", "text": json.dumps(value, ensure_ascii=False)})
    return out


def dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)
