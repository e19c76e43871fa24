"""``chaperone policy explain``: why a caller would be allowed or denied a call, for operators.

Unlike ``Decision.rule`` (which a denied caller sees) this names every role of the policy, matched or not.
"""

from __future__ import annotations

from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.mcp.methods import DEFAULT_METHOD, NOTIFICATION_PREFIX, TARGETED, Target
from extproc.policy.decide import Policy, shown


def call_for(
    tool: str | None = None, resource: str | None = None, prompt: str | None = None, method: str | None = None
) -> McpCall:
    """The call the CLI options describe: ``--tool``, ``--resource`` or ``--prompt``, and/or ``--method``.

    A target alone implies its method (tools/call, resources/read, prompts/get); ``--method`` with a
    resource may also be resources/subscribe or resources/unsubscribe. Raises ``ValueError`` for a
    combination that is not one MCP call.
    """
    targets = [(kind, value) for kind, value in (("tool", tool), ("resource", resource), ("prompt", prompt))
               if value is not None]
    if len(targets) > 1:
        raise ValueError("give at most one of --tool, --resource, --prompt")
    if not targets:
        if not method:
            raise ValueError("give one of --tool, --resource, --prompt or --method")
        if method in TARGETED:
            raise ValueError(f"{method} needs --{TARGETED[method]}")
        notification = method.startswith(NOTIFICATION_PREFIX)
        return McpCall("POST", method, None if notification else 1, is_notification=notification, is_response=False)
    kind, target = targets[0]
    if not target:
        raise ValueError(f"--{kind} must not be empty")
    method = method or DEFAULT_METHOD[Target(kind)]
    if TARGETED.get(method) != kind:
        raise ValueError(f"--method {method} does not take a --{kind}")
    return McpCall("POST", method, 1, is_notification=False, is_response=False, target_kind=kind, target=target)


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
    if decision.allowed:
        lines.append(f"masking: {decision.masking or 'none (the granting role sets no masking profile)'}")
    return "\n".join(lines)
