"""The JSON-RPC result bodies an MCP server returns: tool results (text content, structured content) and
resource contents."""

from __future__ import annotations


def tool_text(*texts: str, structured: object = None) -> dict:
    result: dict = {"content": [{"type": "text", "text": text} for text in texts], "isError": False}
    if structured is not None:
        result["structuredContent"] = structured
    return result


def resource(uri: str, text: str, mime: str = "text/plain") -> dict:
    return {"contents": [{"uri": uri, "mimeType": mime, "text": text}]}
