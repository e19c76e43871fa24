"""The tools of the 2025-11-25 tool scenarios: fixed content, errors, progress, logging, sampling, elicitation,
SSE resumption and a JSON Schema 2020-12 input schema (the texts are the ones each scenario asks for)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.tools import Tool
from mcp_types import (
    AudioContent,
    ContentBlock,
    EmbeddedResource,
    ImageContent,
    SamplingMessage,
    TextContent,
    TextResourceContents,
)

from tests.conformance.reference_server.catalog import log_levels, session_key
from tests.conformance.reference_server.media import PNG_BASE64, WAV_BASE64

STEP = 0.05  # the pause between a tool's notifications that the scenarios ask for (~50 ms)

JSON_SCHEMA_2020_12 = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "$defs": {"address": {"$anchor": "addressDef", "type": "object",
                          "properties": {"street": {"type": "string"}, "city": {"type": "string"}}}},
    "properties": {
        "name": {"type": "string"},
        "address": {"$ref": "#/$defs/address"},
        "contactMethod": {"type": "string", "enum": ["phone", "email"]},
        "phone": {"type": "string"},
        "email": {"type": "string"},
    },
    "allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}],
    "if": {"properties": {"contactMethod": {"const": "phone"}}, "required": ["contactMethod"]},
    "then": {"required": ["phone"]},
    "else": {"required": ["email"]},
    "additionalProperties": False,
}

ELICITATION_DEFAULTS_SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "description": "User name", "default": "John Doe"},
        "age": {"type": "integer", "description": "User age", "default": 30},
        "score": {"type": "number", "description": "User score", "default": 95.5},
        "status": {"type": "string", "description": "User status", "enum": ["active", "inactive", "pending"],
                   "default": "active"},
        "verified": {"type": "boolean", "description": "Verification status", "default": True},
    },
}

ELICITATION_ENUMS_SCHEMA = {
    "type": "object",
    "properties": {
        "untitledSingle": {"type": "string", "enum": ["option1", "option2", "option3"]},
        "titledSingle": {"type": "string", "oneOf": [
            {"const": "value1", "title": "First Option"},
            {"const": "value2", "title": "Second Option"},
            {"const": "value3", "title": "Third Option"}]},
        "legacyEnum": {"type": "string", "enum": ["opt1", "opt2", "opt3"],
                       "enumNames": ["Option One", "Option Two", "Option Three"]},
        "untitledMulti": {"type": "array", "items": {"type": "string", "enum": ["option1", "option2", "option3"]}},
        "titledMulti": {"type": "array", "items": {"anyOf": [
            {"const": "value1", "title": "First Choice"},
            {"const": "value2", "title": "Second Choice"},
            {"const": "value3", "title": "Third Choice"}]}},
    },
}


def test_simple_text() -> str:
    """Returns one fixed text block."""
    return "This is a simple text response for testing."


def test_image_content() -> list[ContentBlock]:
    """Returns a 1x1 red PNG."""
    return [ImageContent(type="image", data=PNG_BASE64, mime_type="image/png")]


def test_audio_content() -> list[ContentBlock]:
    """Returns a short silent WAV."""
    return [AudioContent(type="audio", data=WAV_BASE64, mime_type="audio/wav")]


def test_embedded_resource() -> list[ContentBlock]:
    """Returns one embedded text resource."""
    return [EmbeddedResource(type="resource", resource=TextResourceContents(
        uri="test://embedded-resource", mime_type="text/plain", text="This is an embedded resource content."))]


def test_multiple_content_types() -> list[ContentBlock]:
    """Returns text, an image and an embedded JSON resource."""
    return [
        TextContent(type="text", text="Multiple content types test:"),
        ImageContent(type="image", data=PNG_BASE64, mime_type="image/png"),
        EmbeddedResource(type="resource", resource=TextResourceContents(
            uri="test://mixed-content-resource", mime_type="application/json",
            text=json.dumps({"test": "data", "value": 123}))),
    ]


def test_error_handling() -> str:
    """Always fails: the error comes back as a result with isError, not as a JSON-RPC error."""
    raise ToolError("This tool intentionally returns an error for testing")


async def test_tool_with_logging(ctx: Context) -> str:
    """Sends three info log notifications ~50 ms apart while it runs (on 2025-11-25, if the session's
    logging/setLevel lets info through; on 2026-07-28 the SDK sends them only if the request asked for logs)."""
    steps = ("Tool execution started", "Tool processing data", "Tool execution completed")
    for number, text in enumerate(steps):
        if log_levels.allows(session_key(ctx.request_context.request), "info"):
            await ctx.info(text)
        if number < len(steps) - 1:
            await asyncio.sleep(STEP)
    return "Tool with logging executed successfully"


async def test_tool_with_progress(ctx: Context) -> str:
    """Reports progress 0, 50 and 100 of 100 (when the request carries a progress token)."""
    for progress in (0, 50, 100):
        await ctx.report_progress(progress, 100)
        if progress < 100:
            await asyncio.sleep(STEP)
    return "Tool with progress executed successfully"


async def test_sampling(prompt: str, ctx: Context) -> str:
    """Asks the client's LLM to answer `prompt` (sampling/createMessage) and returns its answer."""
    capabilities = ctx.client_capabilities
    if capabilities is None or capabilities.sampling is None:
        raise ToolError("The client did not declare the sampling capability")
    message = SamplingMessage(role="user", content=TextContent(type="text", text=prompt))
    answer = await ctx.session.create_message([message], max_tokens=100,
                                              related_request_id=ctx.request_context.request_id)
    content = answer.content if isinstance(answer.content, list) else [answer.content]
    text = " ".join(block.text for block in content if isinstance(block, TextContent))
    return f"LLM response: {text}"


async def _elicit(ctx: Context, message: str, schema: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    capabilities = ctx.client_capabilities
    if capabilities is None or capabilities.elicitation is None:
        raise ToolError("The client did not declare the elicitation capability")
    answer = await ctx.session.elicit_form(message, schema, related_request_id=ctx.request_context.request_id)
    return answer.action, answer.content


async def test_elicitation(message: str, ctx: Context) -> str:
    """Asks the user for a username and an e-mail address (elicitation/create) and echoes the answer."""
    action, content = await _elicit(ctx, message, {
        "type": "object",
        "properties": {"username": {"type": "string", "description": "User's response"},
                       "email": {"type": "string", "description": "User's email address"}},
        "required": ["username", "email"],
    })
    return f"User response: action={action}, content={json.dumps(content)}"


async def test_elicitation_sep1034_defaults(ctx: Context) -> str:
    """Elicits a form whose every primitive field has a default (SEP-1034)."""
    action, content = await _elicit(ctx, "Please review and update the form fields with defaults",
                                    ELICITATION_DEFAULTS_SCHEMA)
    return f"Elicitation completed: action={action}, content={json.dumps(content)}"


async def test_elicitation_sep1330_enums(ctx: Context) -> str:
    """Elicits a form with the five enum shapes of SEP-1330 (titled and untitled, single and multi, legacy)."""
    action, content = await _elicit(ctx, "Please select options from the enum fields", ELICITATION_ENUMS_SCHEMA)
    return f"Elicitation completed: action={action}, content={json.dumps(content)}"


async def test_reconnection(ctx: Context) -> str:
    """Closes its own SSE stream mid-call, then answers: the client must resume with Last-Event-ID (SEP-1699)."""
    await asyncio.sleep(STEP)
    await ctx.close_sse_stream()
    await asyncio.sleep(4 * STEP)
    return "Reconnection test completed"


def json_schema_tool() -> Tool:
    """`json_schema_2020_12_tool`, advertising the hand-written schema instead of one derived from its signature."""
    tool = Tool.from_function(lambda: "ok", name="json_schema_2020_12_tool",
                              description="Tool with JSON Schema 2020-12 features")
    return tool.model_copy(update={"parameters": JSON_SCHEMA_2020_12})


def register(server: MCPServer) -> None:
    for function in (test_simple_text, test_image_content, test_audio_content, test_embedded_resource,
                     test_multiple_content_types, test_error_handling, test_tool_with_logging,
                     test_tool_with_progress, test_sampling, test_elicitation, test_elicitation_sep1034_defaults,
                     test_elicitation_sep1330_enums, test_reconnection):
        server.add_tool(function, structured_output=False)
