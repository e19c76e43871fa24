"""The 2026-07-28 multi-round tools and prompt (SEP-2322): each answers `input_required` with the requests the
scenario names until the retry carries usable responses (and, where it asks, the echoed requestState).

The SDK seals `requestState` on the way out and checks it on the way in (MCPServer's RequestStateBoundary,
AES-GCM with a per-process key), so a tampered state is refused before any tool here runs; what a tool reads
as `ctx.request_state` is its own plaintext.
"""

from __future__ import annotations

import json
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.prompts.base import Message, UserMessage
from mcp_types import (
    CallToolResult,
    CreateMessageRequest,
    CreateMessageRequestParams,
    ElicitRequest,
    ElicitRequestFormParams,
    InputRequest,
    InputRequiredResult,
    ListRootsRequest,
    SamplingMessage,
    TextContent,
)

Outcome = CallToolResult | InputRequiredResult


def ask(message: str, field: str, kind: str = "string") -> ElicitRequest:
    """A one-field form elicitation."""
    schema = {"type": "object", "properties": {field: {"type": kind}}, "required": [field]}
    return ElicitRequest(params=ElicitRequestFormParams(message=message, requested_schema=schema))


def sample(prompt: str, max_tokens: int) -> CreateMessageRequest:
    message = SamplingMessage(role="user", content=TextContent(type="text", text=prompt))
    return CreateMessageRequest(params=CreateMessageRequestParams(messages=[message], max_tokens=max_tokens))


def response(ctx: Context, key: str) -> dict[str, Any] | None:
    """The client's response to input request `key` as wire JSON, None when it sent none."""
    answer = (ctx.input_responses or {}).get(key)
    return answer.model_dump(mode="json", by_alias=True, exclude_none=True) if answer is not None else None


def accepted(ctx: Context, key: str, field: str) -> Any:
    """`field` of an accepted elicitation answer to `key`, None for anything else (declined, absent, malformed)."""
    answer = response(ctx, key)
    if answer is None or answer.get("action") != "accept" or not isinstance(answer.get("content"), dict):
        return None
    return answer["content"].get(field)


def sampled_text(ctx: Context, key: str) -> str | None:
    answer = response(ctx, key)
    content = answer.get("content") if answer else None
    blocks = content if isinstance(content, list) else [content]
    texts = [b["text"] for b in blocks if isinstance(b, dict) and b.get("type") == "text"]
    return " ".join(texts) if texts else None


def root_uris(ctx: Context, key: str) -> list[str] | None:
    answer = response(ctx, key)
    roots = answer.get("roots") if answer else None
    return [root["uri"] for root in roots] if isinstance(roots, list) else None


def state(ctx: Context) -> dict[str, Any]:
    """This tool's own state from the previous round ({} on the first)."""
    return json.loads(ctx.request_state) if ctx.request_state else {}


def need(requests: dict[str, InputRequest], request_state: dict[str, Any] | None = None) -> InputRequiredResult:
    return InputRequiredResult(input_requests=requests,
                               request_state=json.dumps(request_state) if request_state is not None else None)


def text(value: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=value)])


NAME_QUESTION = ask("What is your name?", "name")


async def test_input_required_result_elicitation(ctx: Context) -> Outcome:
    """Asks for the user's name (user_name), then greets them."""
    name = accepted(ctx, "user_name", "name")
    return text(f"Hello, {name}!") if isinstance(name, str) else need({"user_name": NAME_QUESTION})


async def test_input_required_result_sampling(ctx: Context) -> Outcome:
    """Asks the client's LLM a question (capital_question), then returns its answer."""
    answer = sampled_text(ctx, "capital_question")
    if answer is None:
        return need({"capital_question": sample("What is the capital of France?", 100)})
    return text(f"The model answered: {answer}")


async def test_input_required_result_list_roots(ctx: Context) -> Outcome:
    """Asks for the client's roots (client_roots), then lists them."""
    uris = root_uris(ctx, "client_roots")
    return need({"client_roots": ListRootsRequest()}) if uris is None else text(f"Client roots: {', '.join(uris)}")


async def test_input_required_result_request_state(ctx: Context) -> Outcome:
    """Asks for a confirmation with a requestState, and completes only when both come back."""
    if state(ctx).get("step") == "confirm" and accepted(ctx, "confirm", "ok") is not None:
        return text("Confirmed: state-ok")
    return need({"confirm": ask("Please confirm", "ok", "boolean")}, {"step": "confirm"})


async def test_input_required_result_multiple_inputs(ctx: Context) -> Outcome:
    """Asks for a name, a sampled greeting and the roots at once, and completes when all three are answered."""
    name, greeting = accepted(ctx, "user_name", "name"), sampled_text(ctx, "greeting")
    uris = root_uris(ctx, "client_roots")
    if state(ctx).get("step") == "all" and isinstance(name, str) and greeting is not None and uris is not None:
        return text(f"Name: {name}; greeting: {greeting}; roots: {', '.join(uris)}")
    return need({"user_name": NAME_QUESTION, "greeting": sample("Generate a greeting", 50),
                 "client_roots": ListRootsRequest()}, {"step": "all"})


async def test_input_required_result_multi_round(ctx: Context) -> Outcome:
    """Asks for a name, then (with the name kept in requestState) a colour, then completes."""
    previous = state(ctx)
    if previous.get("round") == 2 and isinstance(color := accepted(ctx, "step2", "color"), str):
        return text(f"Multi-round complete for {previous['name']} who likes {color}")
    if previous.get("round") == 1 and isinstance(name := accepted(ctx, "step1", "name"), str):
        return need({"step2": ask("Step 2: What is your favorite color?", "color")}, {"round": 2, "name": name})
    return need({"step1": ask("Step 1: What is your name?", "name")}, {"round": 1})


async def test_input_required_result_tampered_state(ctx: Context) -> Outcome:
    """Completes only with its own state back; the SDK refuses a changed one before this runs."""
    if state(ctx).get("issued") is True:
        return text("State verified")
    return need({"confirm": ask("Please confirm", "ok", "boolean")}, {"issued": True})


async def test_input_required_result_capabilities(ctx: Context) -> Outcome:
    """Asks only for what the client declared it can answer (elicitation, sampling, roots)."""
    declared = ctx.client_capabilities
    if response(ctx, "user_name") or response(ctx, "greeting") or response(ctx, "client_roots"):
        return text("Received the declared inputs")
    requests: dict[str, InputRequest] = {}
    if declared is not None and declared.elicitation is not None:
        requests["user_name"] = NAME_QUESTION
    if declared is not None and declared.sampling is not None:
        requests["greeting"] = sample("Generate a greeting", 50)
    if declared is not None and declared.roots is not None:
        requests["client_roots"] = ListRootsRequest()
    return need(requests) if requests else text("The client declared no capability to ask through")


async def test_input_required_result_prompt(ctx: Context) -> list[Message] | InputRequiredResult:
    """A prompt that first asks what context to use (prompts/get can be multi-round too)."""
    context = accepted(ctx, "user_context", "context")
    if not isinstance(context, str):
        return need({"user_context": ask("What context should the prompt use?", "context")})
    return [UserMessage(f"Use this context: {context}")]


def register(server: MCPServer) -> None:
    for function in (test_input_required_result_elicitation, test_input_required_result_sampling,
                     test_input_required_result_list_roots, test_input_required_result_request_state,
                     test_input_required_result_multiple_inputs, test_input_required_result_multi_round,
                     test_input_required_result_tampered_state, test_input_required_result_capabilities):
        server.add_tool(function, structured_output=False)
    server.prompt(name="test_input_required_result_prompt",
                  description="A prompt that asks the user for context first")(test_input_required_result_prompt)
