"""``chaperone policy explain``: why a caller would be allowed or denied a call, for operators.

Unlike ``Decision.rule`` (which a denied caller sees) this names every role of the policy, matched or not, and
for an allowed ``tools/call`` whether it must wait for approval, under which rule and with which settings.
"""

from __future__ import annotations

from typing import Any

from extproc.identity.principal import Principal
from extproc.mcp.call import MODERN_REVISION, McpCall
from extproc.mcp.errors import FORBIDDEN, INVALID_PARAMS, METHOD_NOT_FOUND
from extproc.mcp.methods import DEFAULT_METHOD, METHODS, NOTIFICATION_PREFIX, TARGETED, TOOLS_CALL, Target
from extproc.policy.approvals import ApprovalIndex, comparable, describe
from extproc.policy.decide import Policy, shown
from extproc.policy.durations import format_duration
from extproc.policy.model import ApprovalRule


def call_for(
    tool: str | None = None,
    resource: str | None = None,
    prompt: str | None = None,
    method: str | None = None,
    arguments: dict[str, Any] | None = None,
) -> McpCall:
    """The call the CLI options describe: ``--tool``, ``--resource`` or ``--prompt``, and/or ``--method``.

    A target alone implies its method (tools/call, resources/read, prompts/get); ``--method`` with a
    resource may also be resources/subscribe or resources/unsubscribe. A task method (``tasks/get``...) names
    no task: which caller created a task is known only at run time. ``arguments`` (``--arguments``) are
    the tool's, so they need a tool. Raises ``ValueError`` for a combination that is not one MCP call.
    """
    if arguments is not None and tool is None:
        raise ValueError("--arguments needs --tool")
    targets = [(kind, value) for kind, value in (("tool", tool), ("resource", resource), ("prompt", prompt))
               if value is not None]
    if len(targets) > 1:
        raise ValueError("give at most one of --tool, --resource, --prompt")
    if not targets:
        if not method:
            raise ValueError("give one of --tool, --resource, --prompt or --method")
        if TARGETED.get(method) is Target.TASK:
            return McpCall("POST", method, 1, is_notification=False, is_response=False, target_kind=Target.TASK)
        if method in TARGETED:
            raise ValueError(f"{method} needs --{TARGETED[method]}")
        notification = method.startswith(NOTIFICATION_PREFIX)
        spec = METHODS.get(method)
        modern_only = spec is not None and not spec.legacy  # asked as the revision that defines it
        return McpCall("POST", method, None if notification else 1, is_notification=notification, is_response=False,
                       protocol_version=MODERN_REVISION if modern_only else None)
    kind, target = targets[0]
    if not target:
        raise ValueError(f"--{kind} must not be empty")
    method = method or DEFAULT_METHOD[Target(kind)]
    if TARGETED.get(method) != kind:
        raise ValueError(f"--method {method} does not take a --{kind}")
    return McpCall("POST", method, 1, is_notification=False, is_response=False, target_kind=kind, target=target,
                   arguments=arguments or {})


_CODES = {FORBIDDEN: "denied by policy", METHOD_NOT_FOUND: "Method not found", INVALID_PARAMS: "Invalid params"}


def _describe(call: McpCall) -> str:
    if call.is_response:
        return "a response to a server request"
    if call.method is None:
        return f"HTTP {call.http_method} (session transport)"
    if call.target is not None:
        return f"{call.method} {call.target_kind} {shown(call.target)}"
    return shown(call.method)


def explain(policy: Policy, principal: Principal, call: McpCall) -> str:
    """A multi-line account of the decision: the caller's roles and why, the verdict, its rule and masking."""
    groups = principal.groups
    held = {role.name for role in policy.roles_for(groups)}
    lines = [
        f"policy: {policy.source}",
        f"caller: {principal.subject} (groups: {', '.join(sorted(groups)) or 'none'})",
        "roles:" if policy.roles else "roles: the policy defines none",
    ]
    for role in policy.roles:
        if role.name in held:
            lines.append(f"  {role.name}: held, via group {', '.join(sorted(role.groups & groups))}")
        else:
            lines.append(f"  {role.name}: not held (needs one of: {', '.join(sorted(role.groups))})")
    decision = policy.decide(principal, call)
    lines += [
        f"call: {_describe(call)}",
        f"decision: {'ALLOW' if decision.allowed else 'DENY'}",
        f"rule: {decision.rule}",
    ]
    if not decision.allowed:
        lines.append(f"answer: JSON-RPC error {decision.code} ({_CODES.get(decision.code, 'refused')}); the request "
                     "is never forwarded")
    if call.target_kind == Target.TASK:
        lines.append("tasks: a task is allowed only to the caller (and MCP session) whose tools/call created it, and "
                     "only while one of its roles grants that tool; the gateway decides from its ledger of the "
                     "tasks it saw created (in memory: unknown after a restart)")
    tool = call.target if call.method == TOOLS_CALL else None
    if decision.allowed:
        lines.append(f"masking: {decision.masking or 'none (the granting role sets no masking profile)'}")
        if tool is not None:
            lines += _approval_lines(policy, call, tool)
    elif tool is not None and policy.approvals:
        lines.append("approval: not applicable (an approval never allows a call the policy denies)")
    return "\n".join(lines)


def _approval_lines(policy: Policy, call: McpCall, tool: str) -> list[str]:
    """Whether an allowed tools/call must wait for approval, and everything the rule that says so sets."""
    rule = policy.approval_for(call)
    arguments = call.arguments
    if rule is None:
        skipped = [r.name for r in ApprovalIndex(policy.approvals).candidates(tool)]
        if skipped:
            return [f"approval: not required (rules covering the tool whose conditions do not all hold: "
                    f"{', '.join(skipped)})"]
        return [f"approval: not required (no approval rule covers tool {shown(tool)})"]
    lines = [f"approval: REQUIRED by rule {rule.name}"]
    for condition in rule.when:
        if condition.argument not in arguments:
            why = "argument absent: counts as holding"
        elif not comparable(condition, arguments[condition.argument]):
            why = "argument of another type: counts as holding"
        else:
            why = "holds"
        lines.append(f"  when: {describe(condition)} ({why})")
    lines += _rule_settings(rule)
    return lines


def _rule_settings(rule: ApprovalRule) -> list[str]:
    required = rule.approvals_required
    grant = format_duration(rule.grant_ttl_seconds)
    lines = [
        f"  approvers: {', '.join(sorted(rule.approvers))} ({required} distinct approver{'s' if required > 1 else ''}"
        " needed, never the caller)",
        f"  reason: {'required from the caller' if rule.reason_required else 'optional'}",
        f"  request TTL: {format_duration(rule.request_ttl_seconds)} (how long the request waits for a decision)",
        f"  grant TTL: {grant} by default, at most {format_duration(rule.max_grant_ttl_seconds)}",
        f"  hold: {format_duration(rule.hold_seconds)} (how long the HTTP request is held before a pending error)",
        "  one-time: yes (an approval is consumed by the one call it was asked for)" if rule.one_time
        else "  one-time: no (an approval is a grant covering the same call - caller, tool, arguments - until it "
             "ends or is revoked)",
    ]
    glass = rule.break_glass
    if glass is None:
        lines.append("  break-glass: not enabled")
    else:
        lines.append(f"  break-glass: groups {', '.join(sorted(glass.groups))} (reason required), grant "
                     f"{format_duration(glass.grant_seconds)}, {glass.per_hour} per caller per hour")
    return lines
