"""Tasks as the gateway sees them: which tool result creates one, and to whom a task belongs.

A `tools/call` may be answered with a task instead of its result: under 2025-11-25 when the client asked
for one (`params.task`), the `CreateTaskResult` holding `result.task.taskId`; under the 2026-07-28 tasks
extension (`io.modelcontextprotocol/tasks`) whenever the server chooses, `result.resultType == "task"` with
`result.taskId`. The client then reaches the tool's data through `tasks/get`, `tasks/result` and the rest,
naming only the task id: so the gateway binds each id to the caller whose call created it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extproc.mcp.errors import INTERNAL_ERROR, McpError

TASKS_EXTENSION = "io.modelcontextprotocol/tasks"
"""The 2026-07-28 tasks extension (SEP-2663): a client declares it in each request's `_meta` client capabilities
to create and reach tasks."""
MAX_TTL_MS = 24 * 3600 * 1000
"""No binding outlives a day (`extproc.tasks`): a longer TTL is read as this one, before any arithmetic on it
(an upstream's `10**400` would overflow a float)."""
MAX_TASK_ID_CHARS = 128
_TASK_ID = re.compile(rf"[A-Za-z0-9._:~-]{{1,{MAX_TASK_ID_CHARS}}}")
"""A plain token: letters, digits and `. _ : ~ -` (UUIDs, ULIDs, hex, `task-42`). The upstream chooses task
ids and they land in headers (`Mcp-Name`), messages, audit records and span names: nothing there is markup,
a path, a formula or a place to hide text."""


def is_task_id(value: str) -> bool:
    """A task id the gateway binds (and so may name in a span); every other string is no task it knows."""
    return _TASK_ID.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class TaskBinding:
    """Who created a task, with which tool, and until when the gateway remembers it."""

    issuer: str
    subject: str
    session_id: str | None
    """The MCP session of the creating call (2025-11-25); None when it had none (2026-07-28)."""
    tool: str
    expires_at: float
    """Monotonic seconds after which the binding is forgotten (the task's TTL, capped)."""

    def owner_is(self, issuer: str, subject: str) -> bool:
        """Subjects are unique per issuer only: both must match."""
        return self.issuer == issuer and self.subject == subject


@dataclass(frozen=True, slots=True)
class CreatedTask:
    task_id: str
    ttl_ms: int | None
    """The TTL the server gave the task; None when unlimited or absent."""


def created_task(result: dict[str, Any]) -> CreatedTask | None:
    """The task a `tools/call` result creates, in either revision's shape; None for an ordinary result.

    A result that looks like a task but whose id is not a usable handle is refused (McpError): the client
    could not reach it, and the gateway could not bind it.
    """
    if result.get("resultType") == "task":  # 2026-07-28 extension: the task's fields are the result's
        task: Any = result
        ttl = result.get("ttlMs")
    elif isinstance(result.get("task"), dict):  # 2025-11-25 CreateTaskResult
        task = result["task"]
        ttl = task.get("ttl")
    else:
        return None
    task_id = task.get("taskId")
    if not isinstance(task_id, str) or not is_task_id(task_id):
        raise McpError(INTERNAL_ERROR, "the upstream created a task without a usable taskId (the gateway binds "
                       f"only ids of letters, digits and . _ : ~ -, at most {MAX_TASK_ID_CHARS} characters)")
    return CreatedTask(task_id, _ttl_ms(ttl))


def _ttl_ms(ttl: Any) -> int | None:
    """A TTL in milliseconds, at most `MAX_TTL_MS`; None (unlimited: the ledger's cap) unless a non-negative int."""
    if not isinstance(ttl, int) or isinstance(ttl, bool) or ttl < 0:
        return None
    return min(ttl, MAX_TTL_MS)
