"""The MCP methods the gateway knows, and what each one targets: the one vocabulary policy, the exchange,
masking and spans share. Nothing else lists method names.

A method not in `METHODS` is unknown, and so is one its revision does not define (`ping` under 2026-07-28,
`server/discover` under 2025-11-25): the gateway answers -32601 Method not found and never forwards it. So
is a notification not in `CLIENT_NOTIFICATIONS` for its revision.
Which members of each message are data is `extproc.mcp.shapes`' table, read from the MCP schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Target(StrEnum):
    """What a call names, and so what a role must grant for it."""

    TOOL = "tool"
    PROMPT = "prompt"
    RESOURCE = "resource"
    TASK = "task"
    """A task a `tools/call` created: no role grants it; it follows its creator and the tool that made it."""


@dataclass(frozen=True, slots=True)
class Catalogue:
    """A list method's result: the array under `key`, each entry named by `name_field`."""

    key: str
    name_field: str
    kind: str
    """What the entries are for list filtering: a `Target` value, or "template" (URI templates)."""
    display_texts: tuple[str, ...] = ()
    """Entry members masked as free text. Resource catalogues may name their entries after patients
    ("Chart: Maria Garcia, born 1955-03-04"); tool and prompt catalogues are kept whole (calls are made by
    those names), and `name` here is never a person's name."""


@dataclass(frozen=True, slots=True)
class Method:
    name: str
    target: Target | None = None
    target_param: str | None = None
    """The params key naming the target (`name` or `uri`)."""
    name_header: bool = False
    """2026-07-28 clients mirror the target in `Mcp-Name`."""
    plumbing: bool = False
    """Allowed to any caller holding a role: it names no tool, prompt or resource."""
    result_is_data: bool = True
    """Its result is masked. Protocol plumbing and the server's own catalogues are not (their versions and
    tool names would be)."""
    catalogue: Catalogue | None = None
    legacy: bool = True
    """Defined by 2025-11-25 (and the session-based revisions before it)."""
    modern: bool = True
    """Defined by 2026-07-28 (the core, or the tasks extension `io.modelcontextprotocol/tasks`)."""

    def defined_in(self, modern: bool) -> bool:
        return self.modern if modern else self.legacy


_RESOURCE_TEXTS = ("name", "title", "description")

METHODS: dict[str, Method] = {m.name: m for m in (
    Method("initialize", plumbing=True, result_is_data=False),  # how a client finds out which revision to speak
    Method("ping", plumbing=True, result_is_data=False, modern=False),
    Method("server/discover", plumbing=True, result_is_data=False, legacy=False),
    Method("logging/setLevel", plumbing=True, result_is_data=False, modern=False),
    Method("tools/list", plumbing=True, result_is_data=False, catalogue=Catalogue("tools", "name", "tool")),
    Method("prompts/list", plumbing=True, result_is_data=False, catalogue=Catalogue("prompts", "name", "prompt")),
    Method("resources/list", plumbing=True, result_is_data=False,
           catalogue=Catalogue("resources", "uri", "resource", _RESOURCE_TEXTS)),
    Method("resources/templates/list", plumbing=True, result_is_data=False,
           catalogue=Catalogue("resourceTemplates", "uriTemplate", "template", _RESOURCE_TEXTS)),
    Method("tools/call", Target.TOOL, "name", name_header=True),
    Method("prompts/get", Target.PROMPT, "name", name_header=True),
    Method("resources/read", Target.RESOURCE, "uri", name_header=True),
    Method("resources/subscribe", Target.RESOURCE, "uri", result_is_data=False, modern=False),
    Method("resources/unsubscribe", Target.RESOURCE, "uri", result_is_data=False, modern=False),
    Method("completion/complete"),
    # 2026-07-28: the subscription stream replaces resources/subscribe; what it names is checked like a call
    Method("subscriptions/listen", result_is_data=False, legacy=False),
    # tasks: 2025-11-25 core (experimental), then the 2026-07-28 extension; results carry tool data
    Method("tasks/get", Target.TASK, "taskId", name_header=True),
    Method("tasks/result", Target.TASK, "taskId", modern=False),
    Method("tasks/cancel", Target.TASK, "taskId", name_header=True),
    Method("tasks/update", Target.TASK, "taskId", name_header=True, legacy=False),
    Method("tasks/list", modern=False),
)}

TOOLS_CALL = "tools/call"
PROMPTS_GET = "prompts/get"
COMPLETION = "completion/complete"
"""Allowed when a role grants any prompt or resource: the call does not say which one it completes."""
SUBSCRIPTIONS_LISTEN = "subscriptions/listen"
"""Allowed to any caller holding a role when every resource it names is granted and every task its own."""
TASKS_LIST = "tasks/list"
"""Allowed to any caller holding a role; its result keeps only the caller's own tasks."""

DEFAULT_METHOD: dict[Target, str] = {Target.TOOL: TOOLS_CALL, Target.RESOURCE: "resources/read",
                                     Target.PROMPT: PROMPTS_GET}
"""The method a target alone implies (`policy explain --tool X`)."""

CLIENT_NOTIFICATIONS: dict[str, Method] = {m.name: m for m in (
    Method("notifications/initialized", modern=False),
    Method("notifications/cancelled"),
    Method("notifications/progress", modern=False),
    Method("notifications/roots/list_changed", modern=False),
)}
"""The notifications a client may send, per revision (the SDK's `mcp_types.methods.CLIENT_NOTIFICATIONS`):
plumbing for any caller holding a role. Any other message without an id — `notifications/anything`, a
server's notification, `tools/call` with its id left out — is answered -32601 and never forwarded. The
2025-11-25 schema also lists `notifications/tasks/status` (a client reporting on a task the server asked
it to run); the gateway passes no such request to clients, and the SDK's servers refuse it too."""

NOTIFICATION_PREFIX = "notifications/"
"""How a notification's name begins (`policy explain --method notifications/…` describes a notification).
A message with an id is a request, whatever its name: `notifications/cancelled` with an id is not found."""

TASK_NOTIFICATIONS = frozenset({"notifications/tasks/status", "notifications/tasks"})
"""Server notifications about a task (2025-11-25's status; the 2026-07-28 extension's, which carries the
tool's result), which may arrive on any stream of the session."""

TRANSPORT_METHODS: tuple[str, ...] = ("GET", "DELETE")
"""Bodyless exchanges of the session transport: the server→client stream and ending a session."""

PLUMBING: tuple[str, ...] = tuple(m.name for m in METHODS.values() if m.plumbing)
TARGETED: dict[str, Target] = {m.name: m.target for m in METHODS.values() if m.target is not None}
CATALOGUES: dict[str, Catalogue] = {m.name: m.catalogue for m in METHODS.values() if m.catalogue is not None}
UNMASKED_RESULTS = frozenset(m.name for m in METHODS.values() if not m.result_is_data)
