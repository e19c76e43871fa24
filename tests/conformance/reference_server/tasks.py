"""The tasks extension (`io.modelcontextprotocol/tasks`, SEP-2663) on the SDK's Extension hook: the Python SDK
2.3 has its types but no server side, so this is a small one for the suite's `tasks-*` scenarios.

A client that declares the extension (per request, in `_meta` clientCapabilities) gets a `CreateTaskResult`
from a task-supporting tool; the job then runs in the background and the client polls `tasks/get` (the result
or error inlined), answers input requests with `tasks/update` and stops it with `tasks/cancel`. A client that
does not declare it gets the tool run synchronously, or -32021 for a tool that needs a task. Tasks live in
memory for TTL_MS (a test server's lifetime is shorter).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.extension import Extension, MethodBinding
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INTERNAL_ERROR,
    INVALID_PARAMS,
    MISSING_REQUIRED_CLIENT_CAPABILITY,
    CallToolRequestParams,
    ClientCapabilities,
    InputRequiredResult,
    MissingRequiredClientCapabilityErrorData,
    RequestParams,
)
from pydantic import Field

from tests.conformance.reference_server.input_required import ask, need

TASKS = "io.modelcontextprotocol/tasks"
HEADER_MISMATCH = -32020
TTL_MS = 300_000
POLL_INTERVAL_MS = 200
TERMINAL = ("completed", "failed", "cancelled")

Wire = dict[str, Any]


class TaskParams(RequestParams):
    task_id: str = Field(alias="taskId")


class TaskUpdateParams(TaskParams):
    input_responses: dict[str, Any] = Field(alias="inputResponses")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Task:
    """One task's state. `pending` holds the input requests not answered yet, `answers` what came back."""

    task_id: str
    status: str = "working"
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)
    result: Wire | None = None
    error: Wire | None = None
    pending: dict[str, Wire] = field(default_factory=dict)
    answers: dict[str, Any] = field(default_factory=dict)
    answered: asyncio.Event = field(default_factory=asyncio.Event)
    job: asyncio.Task[None] | None = None

    def settle(self, status: str, result: Wire | None = None, error: Wire | None = None) -> None:
        if self.status not in TERMINAL:
            self.status, self.result, self.error, self.updated_at = status, result, error, now()

    async def ask(self, requests: dict[str, Wire]) -> dict[str, Any]:
        """Park in input_required until every request is answered (tasks/update may answer them one by one)."""
        self.pending, self.answers = dict(requests), {}
        self.answered.clear()
        self.status, self.updated_at = "input_required", now()
        await self.answered.wait()
        self.status, self.updated_at = "working", now()
        return self.answers

    def answer(self, responses: dict[str, Any]) -> None:
        for key in list(self.pending):
            if key in responses:
                self.answers[key] = responses[key]
                del self.pending[key]
        if not self.pending:
            self.answered.set()

    def envelope(self) -> Wire:
        return {"taskId": self.task_id, "status": self.status, "createdAt": self.created_at,
                "lastUpdatedAt": self.updated_at, "ttlMs": TTL_MS, "pollIntervalMs": POLL_INTERVAL_MS}

    def detailed(self) -> Wire:
        """tasks/get's DetailedTask: the envelope, plus the result, the error or the open input requests."""
        detail = self.envelope()
        if self.status == "completed" and self.result is not None:
            detail["result"] = self.result
        if self.status == "failed" and self.error is not None:
            detail["error"] = self.error
        if self.status == "input_required":
            detail["inputRequests"] = dict(self.pending)
        return detail


Job = Callable[[Task, dict[str, Any]], Awaitable[Wire]]


def content(value: str, *, is_error: bool = False) -> Wire:
    return {"content": [{"type": "text", "text": value}], "isError": is_error}


def elicitation(message: str, field_name: str) -> Wire:
    """An elicitation/create input request for one string field, as wire JSON."""
    return {"method": "elicitation/create", "params": {
        "mode": "form", "message": message,
        "requestedSchema": {"type": "object", "properties": {field_name: {"type": "string"}},
                            "required": [field_name]}}}


def accepted_field(answer: Any, name: str) -> Any:
    """`name` from an accepted elicitation answer (wire JSON), None for anything else."""
    if not isinstance(answer, dict) or answer.get("action") != "accept" or not isinstance(answer.get("content"), dict):
        return None
    return answer["content"].get(name)


async def compute_later(task: Task, arguments: dict[str, Any]) -> Wire:
    seconds = float(arguments.get("seconds", 1))
    await asyncio.sleep(seconds)
    return content(f"Computed {arguments.get('label', 'result')} after {seconds:g}s")


async def fail_later(task: Task, arguments: dict[str, Any]) -> Wire:
    await asyncio.sleep(1)
    return content("failing_job failed, as it always does", is_error=True)


async def break_later(task: Task, arguments: dict[str, Any]) -> Wire:
    raise RuntimeError("protocol_error_job fails below the tool")


async def confirm_then_delete(task: Task, arguments: dict[str, Any]) -> Wire:
    filename = str(arguments.get("filename", "the file"))
    answers = await task.ask({"confirm": elicitation(f"Delete {filename}?", "confirm")})
    confirmed = accepted_field(answers["confirm"], "confirm") not in (None, False, "no", "false")
    return content(f"Deleted {filename}" if confirmed else f"Kept {filename}")


async def ask_two_then_answer(task: Task, arguments: dict[str, Any]) -> Wire:
    answers = await task.ask({key: elicitation(question, "name")
                              for key, question in (("first", "First name?"), ("second", "Second name?"))})
    names = [str(accepted_field(answers[key], "name")) for key in ("first", "second")]
    return content(f"Received {', '.join(names)}")


def greeting_job(name: str) -> Job:
    async def greet_later(task: Task, arguments: dict[str, Any]) -> Wire:
        return content(f"Hello, {name}!")
    return greet_later


@dataclass(frozen=True)
class TaskTool:
    job: Job
    required: bool  # a task or nothing: without the extension the call is refused with -32021


TASK_TOOLS = {
    "slow_compute": TaskTool(compute_later, required=False),
    "failing_job": TaskTool(fail_later, required=True),
    "protocol_error_job": TaskTool(break_later, required=False),
    "confirm_delete": TaskTool(confirm_then_delete, required=False),
    "multi_input": TaskTool(ask_two_then_answer, required=False),
    "test_tool_with_task": TaskTool(greeting_job(""), required=True),  # the job is made per call, with the name
}


def declared(ctx: ServerRequestContext[Any, Any]) -> bool:
    capabilities = ctx.session.client_capabilities
    return bool(capabilities and capabilities.extensions and TASKS in capabilities.extensions)


def require_extension(ctx: ServerRequestContext[Any, Any]) -> None:
    if not declared(ctx):
        data = MissingRequiredClientCapabilityErrorData(
            required_capabilities=ClientCapabilities(extensions={TASKS: {}}))
        raise MCPError(code=MISSING_REQUIRED_CLIENT_CAPABILITY, message=f"This needs the {TASKS} extension",
                       data=data.model_dump(by_alias=True, mode="json", exclude_none=True))


class TasksExtension(Extension):
    identifier = TASKS

    def __init__(self) -> None:
        self.tasks: dict[str, Task] = {}
        self.ids = itertools.count(1)

    def methods(self) -> Sequence[MethodBinding]:
        return (MethodBinding("tasks/get", TaskParams, self.get),
                MethodBinding("tasks/update", TaskUpdateParams, self.update),
                MethodBinding("tasks/cancel", TaskParams, self.cancel))

    async def intercept_tool_call(self, params: CallToolRequestParams, ctx: ServerRequestContext[Any, Any],
                                  call_next: CallNext) -> HandlerResult:
        tool = TASK_TOOLS.get(params.name)
        if tool is None:
            return await call_next(ctx)
        if not declared(ctx):
            if tool.required:
                require_extension(ctx)
            return await call_next(ctx)
        job = tool.job
        if params.name == "test_tool_with_task":
            name = accepted_field(_wire(params.input_responses or {}).get("user_name"), "name")
            if not isinstance(name, str):  # first the question, synchronously (the tool body's MRTR round)
                return await call_next(ctx)
            job = greeting_job(name)
        return self.start(job, params.arguments or {}).envelope() | {"resultType": "task"}

    def start(self, job: Job, arguments: dict[str, Any]) -> Task:
        """Create the task (so tasks/get finds it at once), then run its job in the background."""
        task = Task(task_id=f"task-{next(self.ids)}")
        self.tasks[task.task_id] = task
        task.job = asyncio.get_running_loop().create_task(self.run(task, job, arguments))
        return task

    @staticmethod
    async def run(task: Task, job: Job, arguments: dict[str, Any]) -> None:
        try:
            task.settle("completed", result=await job(task, arguments))
        except asyncio.CancelledError:
            task.settle("cancelled")
        except Exception:  # a failure below the tool: a protocol error, not a tool result
            task.settle("failed", error={"code": INTERNAL_ERROR, "message": "The task's job failed"})

    def find(self, ctx: ServerRequestContext[Any, Any], params: TaskParams) -> Task:
        require_extension(ctx)
        headers = getattr(ctx.request, "headers", None)
        routed = headers.get("mcp-name") if headers is not None else None
        if routed is not None and routed.strip() != params.task_id:
            raise MCPError(code=HEADER_MISMATCH, message="Mcp-Name does not match params.taskId")
        task = self.tasks.get(params.task_id)
        if task is None:
            raise MCPError(code=INVALID_PARAMS, message="Unknown taskId", data={"taskId": params.task_id})
        return task

    async def get(self, ctx: ServerRequestContext[Any, Any], params: TaskParams) -> Wire:
        return self.find(ctx, params).detailed()

    async def update(self, ctx: ServerRequestContext[Any, Any], params: TaskUpdateParams) -> Wire:
        self.find(ctx, params).answer(params.input_responses)
        return {}

    async def cancel(self, ctx: ServerRequestContext[Any, Any], params: TaskParams) -> Wire:
        task = self.find(ctx, params)
        if task.status not in TERMINAL and task.job is not None:
            task.job.cancel()
            task.settle("cancelled")
        return {}


def _wire(responses: dict[str, Any]) -> dict[str, Any]:
    """Input responses as wire JSON, whatever model the SDK parsed them into."""
    return {key: value.model_dump(mode="json", by_alias=True, exclude_none=True)
            if hasattr(value, "model_dump") else value for key, value in responses.items()}


def greet(name: str) -> str:
    """Greets `name` (no task support: always synchronous)."""
    return f"Hello, {name}!"


async def slow_compute(seconds: float = 1, label: str = "result") -> str:
    """Sleeps `seconds`, then reports; a task when the client declared the tasks extension."""
    await asyncio.sleep(seconds)
    return f"Computed {label} after {seconds:g}s"


def failing_job() -> str:
    """Always fails as a tool (isError); needs a task."""
    raise ToolError("failing_job failed, as it always does")


def protocol_error_job() -> str:
    """Fails below the tool: a protocol error (as a task: status failed)."""
    raise MCPError(code=INTERNAL_ERROR, message="protocol_error_job fails below the tool")


def confirm_delete(filename: str) -> str:
    """Deletes `filename` once the user confirms, which only a task can wait for: synchronously it keeps it."""
    return f"Kept {filename}: confirmation needs the tasks extension"


def multi_input() -> str:
    """Asks two questions at once, which only a task can wait for."""
    return "Nothing asked: two questions at once need the tasks extension"


async def test_tool_with_task() -> InputRequiredResult:
    """Asks for a name (MRTR), then, with the answer, continues as a task that greets it; needs a task."""
    return need({"user_name": ask("What is your name?", "name")})


def register(server: MCPServer) -> None:
    """The tools (synchronous behaviour); the extension itself goes to MCPServer(extensions=[...])."""
    for function in (greet, slow_compute, failing_job, protocol_error_job, confirm_delete, multi_input,
                     test_tool_with_task):
        server.add_tool(function, structured_output=False)
