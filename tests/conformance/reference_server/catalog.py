"""Resources, resource templates, prompts and completions of the resource/prompt scenarios, plus the two
2025-11-25 methods MCPServer has no decorator for: logging/setLevel and resources/(un)subscribe."""

from __future__ import annotations

import base64
import json
from typing import get_args

from mcp.server.context import ServerRequestContext
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.prompts.base import Message, UserMessage
from mcp_types import (
    Completion,
    CompletionArgument,
    CompletionContext,
    EmbeddedResource,
    EmptyResult,
    ImageContent,
    LoggingLevel,
    PromptReference,
    ResourceTemplateReference,
    SetLevelRequestParams,
    SubscribeRequestParams,
    TextResourceContents,
    UnsubscribeRequestParams,
)

from tests.conformance.reference_server.media import PNG_BASE64

LEVELS: tuple[LoggingLevel, ...] = get_args(LoggingLevel)  # least to most severe
COMPLETIONS = {"arg1": ["paris", "park", "party"], "arg2": ["hello", "help", "world"]}


def session_key(request: object) -> str:
    """The Mcp-Session-Id of the HTTP request a message came in (empty without one)."""
    headers = getattr(request, "headers", None)
    return headers.get("mcp-session-id", "") if headers is not None else ""


class LogLevels:
    """The minimum log level each 2025-11-25 session asked for with logging/setLevel (default: all)."""

    def __init__(self) -> None:
        self._minimum: dict[str, LoggingLevel] = {}

    def set(self, session: str, level: LoggingLevel) -> None:
        self._minimum[session] = level

    def allows(self, session: str, level: LoggingLevel) -> bool:
        return LEVELS.index(level) >= LEVELS.index(self._minimum.get(session, LEVELS[0]))


log_levels = LogLevels()


def register_resources(server: MCPServer) -> None:
    @server.resource("test://static-text", name="static-text", description="A fixed text resource",
                     mime_type="text/plain")
    def static_text() -> str:
        return "This is the content of the static text resource."

    @server.resource("test://static-binary", name="static-binary", description="A fixed PNG image",
                     mime_type="image/png")
    def static_binary() -> bytes:
        return base64.b64decode(PNG_BASE64)

    @server.resource("test://watched-resource", name="watched-resource",
                     description="A resource clients subscribe to", mime_type="text/plain")
    def watched_resource() -> str:
        return "Watched resource content."

    @server.resource("test://template/{id}/data", name="template-data",
                     description="Data for an id, substituted from the URI", mime_type="application/json")
    def template_data(id: str) -> str:  # the template's variable is called id
        return json.dumps({"id": id, "templateTest": True, "data": f"Data for ID: {id}"})


def register_prompts(server: MCPServer) -> None:
    @server.prompt(name="test_simple_prompt", description="A prompt without arguments")
    def simple_prompt() -> list[Message]:
        return [UserMessage("This is a simple prompt for testing.")]

    @server.prompt(name="test_prompt_with_arguments", description="A prompt with two required arguments")
    def prompt_with_arguments(arg1: str, arg2: str) -> list[Message]:
        return [UserMessage(f"Prompt with arguments: arg1='{arg1}', arg2='{arg2}'")]

    @server.prompt(name="test_prompt_with_embedded_resource", description="A prompt embedding a resource")
    def prompt_with_embedded_resource(resourceUri: str) -> list[Message]:  # the argument's name on the wire
        resource = TextResourceContents(uri=resourceUri, mime_type="text/plain",
                                        text="Embedded resource content for testing.")
        return [UserMessage(EmbeddedResource(type="resource", resource=resource)),
                UserMessage("Please process the embedded resource above.")]

    @server.prompt(name="test_prompt_with_image", description="A prompt carrying an image")
    def prompt_with_image() -> list[Message]:
        return [UserMessage(ImageContent(type="image", data=PNG_BASE64, mime_type="image/png")),
                UserMessage("Please analyze the image above.")]


def register_completion(server: MCPServer) -> None:
    @server.completion()
    async def complete(ref: PromptReference | ResourceTemplateReference, argument: CompletionArgument,
                       context: CompletionContext | None) -> Completion:
        """Suggestions for test_prompt_with_arguments' arguments that start with what was typed so far."""
        if not isinstance(ref, PromptReference) or ref.name != "test_prompt_with_arguments":
            return Completion(values=[])
        values = [v for v in COMPLETIONS.get(argument.name, []) if v.startswith(argument.value)]
        return Completion(values=values, total=len(values), has_more=False)


def register_legacy_methods(server: MCPServer) -> None:
    """logging/setLevel and resources/(un)subscribe (2025-11-25 only; the SDK answers -32601 on 2026-07-28).

    MCPServer has no public hook for them, so they go on its low-level server, as MCPServer itself registers
    completion/complete. On 2025-11-25 the SDK sends every log level and leaves filtering to this handler's
    owner: the level is kept per session (log_levels) for the logging tool. The subscription set is what the
    scenarios ask a server to track."""
    lowlevel = server._lowlevel_server  # the SDK's own route for methods without a decorator
    subscribed: set[str] = set()

    async def set_level(ctx: ServerRequestContext, params: SetLevelRequestParams) -> EmptyResult:
        log_levels.set(session_key(ctx.request), params.level)
        return EmptyResult()

    async def subscribe(ctx: ServerRequestContext, params: SubscribeRequestParams) -> EmptyResult:
        subscribed.add(str(params.uri))
        return EmptyResult()

    async def unsubscribe(ctx: ServerRequestContext, params: UnsubscribeRequestParams) -> EmptyResult:
        subscribed.discard(str(params.uri))
        return EmptyResult()

    lowlevel.add_request_handler("logging/setLevel", SetLevelRequestParams, set_level)
    lowlevel.add_request_handler("resources/subscribe", SubscribeRequestParams, subscribe)
    lowlevel.add_request_handler("resources/unsubscribe", UnsubscribeRequestParams, unsubscribe)


def register(server: MCPServer) -> None:
    register_resources(server)
    register_prompts(server)
    register_completion(server)
    register_legacy_methods(server)
