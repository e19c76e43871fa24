"""The loaded policy and its decisions: deny by default, allow what a caller's roles grant.

A caller holds every role whose ``groups`` intersect the token's groups. With no role nothing is allowed. With
one or more, the protocol plumbing (``extproc.mcp.methods``) is allowed, and a call naming a tool, prompt or
resource is allowed when one of the roles grants that name. A task (``tasks/get``, ``tasks/result``...) is
allowed only to the caller whose call created it, while its roles still grant the tool that created it; under
2026-07-28 only to a request declaring the tasks extension (-32021 otherwise, whatever the task).
Everything else is denied; a method MCP does not define (``Tools/Call``, or one its revision removed) is
refused as not found (-32601).

Decisions are on the hot path: the roles of a group set and their merged grant tables are computed once and
cached (bounded), so a decision is a dict lookup or two plus one ``startswith`` per prefix pattern.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from extproc.identity.principal import Principal
from extproc.mcp.call import MODERN_REVISION, McpCall
from extproc.mcp.errors import FORBIDDEN, INVALID_PARAMS, METHOD_NOT_FOUND, MISSING_REQUIRED_CLIENT_CAPABILITY
from extproc.mcp.methods import (
    CATALOGUES,
    CLIENT_NOTIFICATIONS,
    COMPLETION,
    METHODS,
    PLUMBING,
    SUBSCRIPTIONS_LISTEN,
    TASKS_LIST,
    TOOLS_CALL,
    TRANSPORT_METHODS,
    Target,
)
from extproc.mcp.tasks import TASKS_EXTENSION, TaskBinding
from extproc.policy.approvals import ApprovalIndex
from extproc.policy.grants import Grant, GrantTable, has_dot_segment
from extproc.policy.model import ApprovalRule, IdentityConfig, ResourceMetadata, Role, UpstreamConfig

ROLE_CACHE_SIZE = 4096
"""Distinct group sets (and role combinations) remembered; a cache is emptied when full."""

CACHED_GROUPS_MAX = 64
"""Larger group sets are resolved on every call instead of being kept as cache keys (bounded memory)."""

_SHOWN_CHARS = 120


def shown(value: str) -> str:
    """A caller-supplied name made safe for a message or log line: bounded, control characters escaped."""
    cut = value[:_SHOWN_CHARS]
    if not cut.isprintable():
        cut = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in cut)
    return cut + "…" if len(value) > _SHOWN_CHARS else cut


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict on one call, with the rule that produced it."""

    allowed: bool
    rule: str
    """Names the rule, e.g. ``role clinician grants tool get_patient`` or ``default deny: no role grants tool
    export_cohort``. Built only from the call and the caller's own roles, so it can be sent to the caller —
    unless ``told`` says otherwise; the audit record keeps it whole."""
    roles: tuple[str, ...] = ()
    """The caller's role names, sorted."""
    masking: str | None = None
    """Masking profile of the role that granted the call (first granting role in file order); for protocol
    methods, of the caller's first role in file order. None when denied or when that role sets none."""
    code: int = FORBIDDEN
    """The JSON-RPC error code a denial is answered with: -32003 for what the policy does not grant,
    -32601 for a method MCP does not define, -32602 for a task the gateway does not know, -32021 for a task
    method from a 2026-07-28 client that did not declare the tasks extension."""
    told: str | None = None
    """What a denied caller is told instead of ``rule`` when the rule says more than the caller may learn:
    another caller's task is answered like an unknown one, or the answer would say which ids exist."""
    data: dict[str, Any] | None = None
    """``error.data`` of the denial's answer: the capability a -32021 requires."""


NO_ROLE = Decision(False, "default deny: no role grants anything to your groups")

_TASKS_REQUIRED = {"requiredCapabilities": {"extensions": {TASKS_EXTENSION: {}}}}
"""The `MissingRequiredClientCapabilityError` data of a task method without the tasks extension."""

TaskLookup = Callable[[str], TaskBinding | None]
"""The gateway's ledger of who created which task (`extproc.tasks`)."""


class _RoleSet:
    """The merged grants of one combination of roles, with the decisions that do not depend on a name."""

    __slots__ = ("completion", "masking", "names", "notifications", "protocol", "protocol_listen", "response", "tables",
                 "transport")

    def __init__(self, roles: Sequence[tuple[int, Role]]) -> None:
        names = tuple(sorted(role.name for _, role in roles))
        self.names = names
        self.masking = roles[0][1].masking
        self.tables: dict[str, GrantTable] = {
            "tool": GrantTable(Grant(i, r.name, r.masking, p) for i, r in roles for p in r.tools),
            "prompt": GrantTable(Grant(i, r.name, r.masking, p) for i, r in roles for p in r.prompts),
            "resource": GrantTable((Grant(i, r.name, r.masking, p) for i, r in roles for p in r.resources), uris=True),
        }
        self.protocol = {m: Decision(True, f"protocol method {m}", names, self.masking) for m in PLUMBING}
        self.notifications = {m: Decision(True, f"protocol notification {m}", names, self.masking)
                              for m in CLIENT_NOTIFICATIONS}
        self.response = Decision(True, "protocol: response to a server request", names, self.masking)
        self.protocol_listen = Decision(True, f"protocol method {SUBSCRIPTIONS_LISTEN} (what it follows is "
                                        "granted or your own)", names, self.masking)
        self.transport = {
            m: Decision(True, f"session transport: HTTP {m}", names, self.masking) for m in TRANSPORT_METHODS
        }
        firsts = [g for g in (self.tables["prompt"].first(), self.tables["resource"].first()) if g is not None]
        first = min(firsts, key=lambda g: g.order, default=None)
        self.completion = (
            Decision(True, f"role {first.role} grants {COMPLETION} (it grants prompts or resources)", names,
                     first.masking)
            if first is not None
            else Decision(False, f"default deny: {COMPLETION} needs a prompt or resource grant", names)
        )

    def decide_target(self, method: str, kind: str, target: str | None) -> Decision:
        if target is None:
            return Decision(False, f"default deny: {method} names no {kind}", self.names)
        grant = self.tables[kind].match(target)
        if grant is None:
            rule = f"default deny: no role grants {kind} {shown(target)}"
            if kind == "resource" and has_dot_segment(target):
                rule += " (prefix patterns never cover . or .. segments)"
            return Decision(False, rule, self.names)
        rule = f"role {grant.role} grants {kind} {shown(target)}"
        if grant.pattern != target:
            rule += f" by pattern {grant.pattern}"
        return Decision(True, rule, self.names, grant.masking)

    def visible(self, kind: str, name: str) -> bool:
        if kind == "template":
            return self.tables["resource"].could_match_template(name)
        return self.tables[kind].match(name) is not None


@dataclass(frozen=True, eq=False)
class Policy:
    """A validated policy file. Build it with ``load_policy`` / ``load_file``; it never changes once built.

    Safe to share between threads: its caches only ever gain entries or are emptied whole.
    """

    identity: IdentityConfig
    resource_metadata: ResourceMetadata
    upstream: UpstreamConfig
    roles: tuple[Role, ...]
    """In file order: it breaks ties between roles (masking profile, the rule reported)."""
    source: str = "policy"
    """Where the policy came from (a file path), for messages to operators only."""
    version: int = 1
    approvals: tuple[ApprovalRule, ...] = ()
    """In file order: the first rule that applies to a call wins (``approvals.py``)."""
    digest: str = ""
    """SHA-256 (hex) of the policy file's bytes, set by the loader: approvals are bound to it, so a changed
    policy never inherits approvals given under another."""
    _group_roles: dict[str, tuple[int, ...]] = field(init=False, repr=False)
    _by_groups: dict[frozenset[str], _RoleSet | None] = field(init=False, repr=False, default_factory=dict)
    _by_roles: dict[tuple[int, ...], _RoleSet] = field(init=False, repr=False, default_factory=dict)
    _approval_index: ApprovalIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[int]] = {}
        for i, role in enumerate(self.roles):
            for group in role.groups:
                index.setdefault(group, []).append(i)
        object.__setattr__(self, "_group_roles", {g: tuple(ids) for g, ids in index.items()})
        object.__setattr__(self, "_approval_index", ApprovalIndex(self.approvals))

    def roles_for(self, groups: frozenset[str]) -> tuple[Role, ...]:
        """The roles ``groups`` hold, in file order."""
        return tuple(self.roles[i] for i in self._role_ids(groups))

    def decide(self, principal: Principal, call: McpCall, tasks: TaskLookup | None = None) -> Decision:
        """Allow or deny one client→server message of ``principal``; see the module docstring for the rules.
        ``tasks`` finds who created a task; without it every task is unknown."""
        roleset = self._roleset(principal.groups)
        if roleset is None:
            return NO_ROLE
        method = call.method
        if method is None:
            if call.is_response:
                return roleset.response
            transport = roleset.transport.get(call.http_method)
            if transport is not None:
                return transport
            return Decision(False, "default deny: a message without a method", roleset.names)
        modern = call.revision == MODERN_REVISION
        if call.is_notification:  # no id: only the notifications a client may send in this revision
            note = CLIENT_NOTIFICATIONS.get(method)
            if note is None or not note.defined_in(modern):
                return Decision(False, f"method not found: {shown(method)} is not a client notification of MCP "
                                f"{call.revision}", roleset.names, code=METHOD_NOT_FOUND)
            return roleset.notifications[method]
        spec = METHODS.get(method)
        if spec is None or not spec.defined_in(modern):
            where = "MCP" if spec is None else f"MCP {call.revision}"
            return Decision(False, f"method not found: {shown(method)} is not a method of {where}", roleset.names,
                            code=METHOD_NOT_FOUND)
        kind = spec.target
        if kind is Target.TASK:
            if modern and not call.declares_extension(TASKS_EXTENSION):
                # before the task is looked up: the answer is the same whoever's task it names, or none
                return Decision(False, f"missing client capability: {method} needs the {TASKS_EXTENSION} extension "
                                "declared in params._meta's client capabilities", roleset.names,
                                code=MISSING_REQUIRED_CLIENT_CAPABILITY, data=_TASKS_REQUIRED)
            return self._decide_task(roleset, principal, call, call.target, tasks)
        if kind is not None:
            return roleset.decide_target(method, kind, call.target)
        protocol = roleset.protocol.get(method)
        if protocol is not None:
            return protocol
        if method == COMPLETION:
            return roleset.completion
        if method == SUBSCRIPTIONS_LISTEN:
            return self._decide_listen(roleset, principal, call, tasks)
        if method == TASKS_LIST:
            return Decision(True, f"protocol method {TASKS_LIST} (the result keeps only your own tasks)",
                            roleset.names, roleset.masking)
        return Decision(False, f"default deny: method {shown(method)} not granted", roleset.names)

    def _decide_task(self, roleset: _RoleSet, principal: Principal, call: McpCall, task_id: str | None,
                     tasks: TaskLookup | None) -> Decision:
        """A task follows its creator and its tool: the caller (and session) that created it, while a role
        still grants the tool."""
        names = roleset.names
        if not task_id:
            return Decision(False, "default deny: the request names no task", names)
        binding = tasks(task_id) if tasks is not None else None
        task = f"task {shown(task_id)}"
        unknown = (f"unknown {task}: none of your calls created it as far as the gateway knows (a task is known "
                   "only in the MCP session that created it, and not after a gateway restart)")
        if binding is None:
            return Decision(False, unknown, names, code=INVALID_PARAMS)
        if not binding.owner_is(principal.issuer, principal.subject):
            return Decision(False, f"{task} was created by another caller", names, code=INVALID_PARAMS, told=unknown)
        if binding.session_id is not None and binding.session_id != call.session_id:
            return Decision(False, f"{task} was created in another MCP session", names, code=INVALID_PARAMS,
                            told=unknown)
        tool = roleset.decide_target(TOOLS_CALL, Target.TOOL, binding.tool)
        rule = f"{task} follows tool {shown(binding.tool)}: {tool.rule}"
        return Decision(tool.allowed, rule, names, tool.masking)

    def _decide_listen(self, roleset: _RoleSet, principal: Principal, call: McpCall,
                       tasks: TaskLookup | None) -> Decision:
        """A subscription stream is plumbing, but each resource it follows must be granted (as
        resources/subscribe was) and each task the caller's own."""
        for kind, name in call.subscribes:
            if kind is Target.TASK:
                decision = self._decide_task(roleset, principal, call, name, tasks)
            else:
                decision = roleset.decide_target(SUBSCRIPTIONS_LISTEN, kind, name)
            if not decision.allowed:
                told = None if decision.told is None else f"{SUBSCRIPTIONS_LISTEN}: {decision.told}"
                return Decision(False, f"{SUBSCRIPTIONS_LISTEN}: {decision.rule}", roleset.names, code=decision.code,
                                told=told)
        return roleset.protocol_listen

    def approval_for(self, call: McpCall) -> ApprovalRule | None:
        """The approval rule ``call`` must wait under, or None (always None for anything but ``tools/call``).

        Only meaningful for a call ``decide`` allows: an approval never makes a denied call allowed.
        """
        if call.method != TOOLS_CALL or call.target is None:
            return None
        return self._approval_index.rule_for(call.target, call.arguments)

    def filter_list(self, principal: Principal, method: str, result: dict[str, Any]) -> dict[str, Any]:
        """A copy of a list ``result`` holding only the items ``principal`` may use; other keys are kept.

        tools/list and prompts/list keep items whose ``name`` is granted, resources/list those whose ``uri`` is,
        resources/templates/list those whose ``uriTemplate`` may expand to a granted URI (see
        ``GrantTable.could_match_template``). Items that are not objects or lack a string in that field are
        dropped, and a list field that is not an array becomes ``[]``: the upstream is not trusted. For any
        other method ``result`` is returned unchanged.
        """
        catalogue = CATALOGUES.get(method)
        if catalogue is None:
            return result
        key, name_field, kind = catalogue.key, catalogue.name_field, catalogue.kind
        if not isinstance(result, dict):
            return {key: []}
        out = dict(result)
        if key not in out:
            return out
        items = out[key]
        roleset = self._roleset(principal.groups)
        if roleset is None or not isinstance(items, list):
            out[key] = []
            return out
        out[key] = [
            item for item in items
            if isinstance(item, dict) and isinstance(name := item.get(name_field), str) and roleset.visible(kind, name)
        ]
        return out

    def protected_resource_metadata(self) -> dict[str, Any]:
        """The RFC 9728 document to serve at ``/.well-known/oauth-protected-resource``."""
        meta = self.resource_metadata
        doc: dict[str, Any] = {
            "resource": self.identity.audience,
            "authorization_servers": list(meta.authorization_servers),
            "bearer_methods_supported": ["header"],
        }
        if meta.scopes_supported:
            doc["scopes_supported"] = list(meta.scopes_supported)
        if meta.resource_documentation:
            doc["resource_documentation"] = meta.resource_documentation
        return doc

    def _role_ids(self, groups: frozenset[str]) -> tuple[int, ...]:
        index = self._group_roles
        ids: set[int] = set()
        for group in groups:
            found = index.get(group)
            if found:
                ids.update(found)
        return tuple(sorted(ids))

    def _roleset(self, groups: frozenset[str]) -> _RoleSet | None:
        if type(groups) is not frozenset:
            groups = frozenset(groups)
        try:
            return self._by_groups[groups]
        except KeyError:
            pass
        ids = self._role_ids(groups)
        roleset = None
        if ids:
            roleset = self._by_roles.get(ids)
            if roleset is None:
                if len(self._by_roles) >= ROLE_CACHE_SIZE:
                    self._by_roles.clear()
                roleset = self._by_roles[ids] = _RoleSet([(i, self.roles[i]) for i in ids])
        if len(groups) <= CACHED_GROUPS_MAX:
            if len(self._by_groups) >= ROLE_CACHE_SIZE:
                self._by_groups.clear()
            self._by_groups[groups] = roleset
        return roleset
