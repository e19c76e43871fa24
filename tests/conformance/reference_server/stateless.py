"""The diagnostic tools of the 2026-07-28 server scenarios (server-stateless, SEP-2243 custom headers): a tool
that needs an undeclared capability, one that must ask for input inside its own response, one that logs without
being asked to, hooks that change the tool and prompt lists, and a tool with a parameter mirrored in a header."""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import Context, MCPServer
from mcp.shared.exceptions import MCPError
from mcp_types import (
    MISSING_REQUIRED_CLIENT_CAPABILITY,
    CallToolResult,
    ClientCapabilities,
    InputRequiredResult,
    MissingRequiredClientCapabilityErrorData,
    SamplingCapability,
)
from pydantic import Field

from tests.conformance.reference_server.input_required import accepted, ask, need, text


async def test_missing_capability(ctx: Context) -> str:
    """Needs the client's sampling capability: without it, -32021 naming it (the server must not rely on it)."""
    declared = ctx.client_capabilities
    if declared is None or declared.sampling is None:
        data = MissingRequiredClientCapabilityErrorData(
            required_capabilities=ClientCapabilities(sampling=SamplingCapability()))
        raise MCPError(code=MISSING_REQUIRED_CLIENT_CAPABILITY, message="This tool needs the sampling capability",
                       data=data.model_dump(by_alias=True, mode="json", exclude_none=True))
    return "The client declared sampling"


async def test_streaming_elicitation(ctx: Context) -> CallToolResult | InputRequiredResult:
    """Reports progress, then asks for a name: on 2026-07-28 the question travels in the response
    (input_required), never as a request of its own on the response stream."""
    await ctx.report_progress(0, 1)
    name = accepted(ctx, "user_name", "name")
    return text(f"Hello, {name}!") if isinstance(name, str) else need({"user_name": ask("What is your name?", "name")})


async def test_logging_tool(ctx: Context) -> str:
    """Logs at info: the SDK must drop it unless the request's _meta asked for a log level."""
    await ctx.info("test_logging_tool ran")
    return "Logged one message"


async def test_trigger_tool_change(ctx: Context) -> str:
    """Announces a changed tool list to subscriptions/listen streams."""
    await ctx.notify_tools_changed()
    return "Tool list change announced"


async def test_trigger_prompt_change(ctx: Context) -> str:
    """Announces a changed prompt list to subscriptions/listen streams."""
    await ctx.notify_prompts_changed()
    return "Prompt list change announced"


async def test_header_param(region: Annotated[str, Field(json_schema_extra={"x-mcp-header": "Region"})]) -> str:
    """Echoes `region`, which a 2026-07-28 client also sends as the Mcp-Param-Region header (SEP-2243)."""
    return f"Region: {region}"


def register(server: MCPServer) -> None:
    for function in (test_missing_capability, test_streaming_elicitation, test_logging_tool,
                     test_trigger_tool_change, test_trigger_prompt_change, test_header_param):
        server.add_tool(function, structured_output=False)
