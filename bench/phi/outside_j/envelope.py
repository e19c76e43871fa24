"""The MCP envelopes tool results arrive in: a text block, JSON written into text (once or twice), structured."""

from __future__ import annotations

import json
from typing import Any


def text_block(text: str, error: bool = False) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}], "isError": error}


def json_text(value: Any, twice: bool = False, indent: int | None = None) -> dict[str, Any]:
    """A tool that serialises its result into the text block; some wrap that again in a result field."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if twice:
        text = json.dumps({"ok": True, "result": text}, ensure_ascii=False)
    return text_block(text)


def structured(value: Any, summary: str) -> dict[str, Any]:
    """Structured content with the short human summary servers put beside it."""
    return {"content": [{"type": "text", "text": summary}], "structuredContent": value}
