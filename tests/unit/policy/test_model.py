"""The approvals section of the policy format (model.py: ApprovalRule, Condition, BreakGlass): what each key
reads into, its default, and every mistake in it reported with its line and path."""

import pytest

from extproc.policy import ApprovalRule, BreakGlass, Condition, PolicyError
from tests.unit.policy.support import FULL, HEAD, RULE, load, rule_with


def problems(text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(PolicyError) as info:
        load(text)
    return [(p.line, p.path, p.message) for p in info.value.problems]


def test_every_key_is_read() -> None:
    first, second = load(FULL).approvals
    assert first == ApprovalRule(
        name="large-cohort-export", tools=("export_cohort",), approvers=frozenset({"privacy-officers"}),
        when=(Condition("limit", "gt", 100),), approvals_required=2, reason_required=True,
        request_ttl_seconds=7200, grant_ttl_seconds=900, max_grant_ttl_seconds=3600, hold_seconds=90,
        one_time=False, break_glass=BreakGlass(frozenset({"er-physicians"}), grant_seconds=600, per_hour=5),
    )
    assert second.approvers == frozenset({"privacy-officers", "compliance"})


def test_defaults() -> None:
    (rule,) = load(HEAD + RULE).approvals
    assert rule == ApprovalRule("r", ("t",), frozenset({"g"}))
    assert (rule.when, rule.approvals_required, rule.reason_required, rule.request_ttl_seconds,
            rule.grant_ttl_seconds, rule.max_grant_ttl_seconds, rule.hold_seconds, rule.one_time,
            rule.break_glass) == ((), 1, False, 3600, 900, 900, 60, True, None)
    assert load(HEAD + RULE + "    grant_ttl: 2h\n").approvals[0].max_grant_ttl_seconds == 7200  # follows grant_ttl
    assert load(HEAD + RULE + "    reason: optional\n").approvals[0].reason_required is False
    glass = load(HEAD + RULE + "    break_glass: {groups: [er]}\n").approvals[0].break_glass
    assert glass == BreakGlass(frozenset({"er"}), 300, 3)


def test_no_rules() -> None:
    assert load(HEAD.removesuffix("approvals:\n")).approvals == ()
    assert load(HEAD.replace("approvals:", "approvals: []")).approvals == ()


@pytest.mark.parametrize(
    ("yaml_value", "operator", "value"),
    [
        ("{gt: 100}", "gt", 100), ("{ge: -1.5}", "ge", -1.5), ("{lt: 0}", "lt", 0), ("{le: 1.0e+3}", "le", 1000.0),
        ("{eq: E11}", "eq", "E11"), ("{eq: '100'}", "eq", "100"), ("{eq: true}", "eq", True),
        ("{ne: null}", "ne", None), ("{ne: 7}", "ne", 7), ("{in: [a, 1, false, null]}", "in", ("a", 1, False, None)),
    ],
)
def test_conditions_are_read(yaml_value: str, operator: str, value: object) -> None:
    (rule,) = load(HEAD + RULE + f"    when: {{x: {yaml_value}}}\n").approvals
    assert rule.when == (Condition("x", operator, value),)
    assert type(rule.when[0].value) is type(value)


@pytest.mark.parametrize(
    ("text", "line", "path", "fragment"),
    [
        (HEAD.replace("approvals:", "approvals: {}"), 11, "approvals", "must be a list, not a mapping"),
        (HEAD + "  - x\n", 12, "approvals[0]", "must be a mapping"),
        (rule_with("    approver: [g]"), 15, "approvals[0].approver", "did you mean 'approvers'?"),
        (rule_with("    onetime: true"), 15, "approvals[0].onetime", "did you mean 'one_time'?"),
        (rule_with("    name: s"), 15, "approvals[0].name", "duplicate key (first at line 12)"),
        (HEAD + RULE.replace("  - name: r\n    tools", "  - tools"), 12, "approvals[0].name", "is required"),
        (HEAD + RULE.replace("    tools: [t]\n", ""), 12, "approvals[0].tools", "is required"),
        (HEAD + RULE.replace("    approvers: [g]\n", ""), 12, "approvals[0].approvers", "is required"),
        (HEAD + RULE.replace("name: r", "name: 'r 1'"), 12, "approvals[0].name", "letters, digits"),
        (HEAD + RULE.replace("name: r", "name: 5"), 12, "approvals[0].name", "must be a string, not an integer"),
        (HEAD + RULE + RULE, 15, "approvals[1].name", "duplicate rule name 'r' (first at line 12)"),
        (HEAD + RULE.replace("[t]", "[]"), 13, "approvals[0].tools", "at least one tool pattern"),
        (HEAD + RULE.replace("[t]", "t"), 13, "approvals[0].tools", "must be a list, not a string"),
        (HEAD + RULE.replace("[t]", "['t*x']"), 13, "approvals[0].tools[0]", "* before the end"),
        (HEAD + RULE.replace("[t]", "['**']"), 13, "approvals[0].tools[0]", "more than one *"),
        (HEAD + RULE.replace("[t]", "['']"), 13, "approvals[0].tools[0]", "must not be empty"),
        (HEAD + RULE.replace("[g]", "[]"), 14, "approvals[0].approvers", "at least one approver group"),
        (HEAD + RULE.replace("[g]", "['']"), 14, "approvals[0].approvers[0]", "must not be empty"),
        (HEAD + RULE.replace("[g]", "[' g']"), 14, "approvals[0].approvers[0]", "whitespace"),
        (rule_with("    approvals_required: 0"), 15, "approvals[0].approvals_required", "between 1 and 5"),
        (rule_with("    approvals_required: 6"), 15, "approvals[0].approvals_required", "between 1 and 5"),
        (rule_with("    approvals_required: '1'"), 15, "approvals[0].approvals_required", "must be an integer"),
        (rule_with("    reason: maybe"), 15, "approvals[0].reason", "must be required or optional"),
        (rule_with("    reason: true"), 15, "approvals[0].reason", "must be a string, not a boolean"),
        (rule_with("    request_ttl: 59s"), 15, "approvals[0].request_ttl", "between 1m and 7d"),
        (rule_with("    request_ttl: 8d"), 15, "approvals[0].request_ttl", "between 1m and 7d"),
        (rule_with("    request_ttl: 1h30m"), 15, "approvals[0].request_ttl", "must be a duration"),
        (rule_with("    request_ttl: 1.5h"), 15, "approvals[0].request_ttl", "must be a duration"),
        (rule_with("    request_ttl: 3600"), 15, "approvals[0].request_ttl", "must be a duration"),
        (rule_with("    request_ttl: 1234567890s"), 15, "approvals[0].request_ttl", "must be a duration"),
        (rule_with("    grant_ttl: 0s"), 15, "approvals[0].grant_ttl", "between 1m and 30d"),
        (rule_with("    grant_ttl: 31d"), 15, "approvals[0].grant_ttl", "between 1m and 30d"),
        (rule_with("    max_grant_ttl: 31d"), 15, "approvals[0].max_grant_ttl", "between 1m and 30d"),
        (rule_with("    max_grant_ttl: 10m"), 15, "approvals[0].max_grant_ttl", "at least grant_ttl (15m)"),
        (rule_with("    grant_ttl: 2h\n    max_grant_ttl: 1h"), 16, "approvals[0].max_grant_ttl",
         "at least grant_ttl (2h)"),
        (rule_with("    hold: 841s"), 15, "approvals[0].hold", "between 0s and 14m"),
        (rule_with("    hold: -1s"), 15, "approvals[0].hold", "must be a duration"),
        (rule_with("    request_ttl: 2m\n    hold: 3m"), 16, "approvals[0].hold", "must not exceed request_ttl (2m)"),
        (rule_with("    one_time: 'no'"), 15, "approvals[0].one_time", "must be true or false, not a string"),
        (rule_with("    break_glass: yes"), 15, "approvals[0].break_glass", "must be a mapping"),
        (rule_with("    break_glass: {}"), 15, "approvals[0].break_glass.groups", "is required"),
        (rule_with("    break_glass: {groups: []}"), 15, "approvals[0].break_glass.groups", "at least one group"),
        (rule_with("    break_glass: {groups: ['']}"), 15, "approvals[0].break_glass.groups[0]", "must not be empty"),
        (rule_with("    break_glass: {groups: [e], grant_ttl: 61m}"), 15, "approvals[0].break_glass.grant_ttl",
         "between 1m and 1h"),
        (rule_with("    break_glass: {groups: [e], per_hour: 0}"), 15, "approvals[0].break_glass.per_hour",
         "between 1 and 20"),
        (rule_with("    break_glass: {groups: [e], per_hour: 21}"), 15, "approvals[0].break_glass.per_hour",
         "between 1 and 20"),
        (rule_with("    break_glass: {groups: [e], perhour: 2}"), 15, "approvals[0].break_glass.perhour",
         "did you mean 'per_hour'?"),
        (rule_with("    when: {}"), 15, "approvals[0].when", "at least one argument"),
        (rule_with("    when: [limit]"), 15, "approvals[0].when", "must be a mapping (key: value), not a list"),
        (rule_with("    when:\n      '': {gt: 1}"), 16, "approvals[0].when.", "argument name must not be empty"),
        (rule_with("    when:\n      ' limit': {gt: 1}"), 16, "approvals[0].when. limit", "argument name has leading"),
        (rule_with("    when:\n      1: {gt: 1}"), 16, "approvals[0].when", "keys must be strings"),
        (rule_with("    when:\n      limit: 100"), 16, "approvals[0].when.limit", "must be a mapping"),
        (rule_with("    when:\n      limit: {gte: 100}"), 16, "approvals[0].when.limit.gte", "did you mean 'gt'?"),
        (rule_with("    when:\n      limit: {above: 100}"), 16, "approvals[0].when.limit.above",
         "known keys: gt, ge, lt, le, eq, ne, in"),
        (rule_with("    when:\n      limit: {}"), 16, "approvals[0].when.limit", "exactly one comparison"),
        (rule_with("    when:\n      limit: {gt: 1, lt: 9}"), 16, "approvals[0].when.limit",
         "exactly one comparison, one of gt, ge, lt, le, eq, ne, in (given: gt, lt)"),
        (rule_with("    when:\n      limit: {gt: '100'}"), 16, "approvals[0].when.limit.gt",
         "must be a number, not a string"),
        (rule_with("    when:\n      limit: {gt: true}"), 16, "approvals[0].when.limit.gt",
         "must be a number, not a boolean"),
        (rule_with("    when:\n      limit: {le: .nan}"), 16, "approvals[0].when.limit.le", "finite"),
        (rule_with("    when:\n      limit: {le: -.inf}"), 16, "approvals[0].when.limit.le", "finite"),
        (rule_with("    when:\n      limit: {lt: 1" + "0" * 5000 + "}"), 16, "approvals[0].when.limit.lt",
         "too large"),
        (rule_with("    when:\n      limit: {eq: [1]}"), 16, "approvals[0].when.limit.eq",
         "must be a string, number, boolean or null, not a list"),
        (rule_with("    when:\n      day: {eq: 2024-01-01}"), 16, "approvals[0].when.day.eq", "put it in quotes"),
        (rule_with("    when:\n      site: {in: a}"), 16, "approvals[0].when.site.in", "must be a list, not a string"),
        (rule_with("    when:\n      site: {in: []}"), 16, "approvals[0].when.site.in", "at least one value"),
        (rule_with("    when:\n      site: {in: [a, [b]]}"), 16, "approvals[0].when.site.in[1]",
         "must be a string, number, boolean or null, not a list"),
    ],
)
def test_each_problem_is_reported_with_its_line_and_path(text: str, line: int, path: str, fragment: str) -> None:
    found = problems(text)
    assert len(found) == 1, found
    ((found_line, found_path, message),) = found
    assert (found_line, found_path) == (line, path), message
    assert fragment in message


def test_every_problem_of_the_rules_is_reported_at_once() -> None:
    text = HEAD + """\
  - name: a
    tools: []
    approvers: []
    when: {n: {gt: x}, m: {in: []}}
    approvals_required: 9
    hold: 1h
    max_grant_ttl: 1m
  - name: a
    tools: [t]
    approvers: [g]
    break_glass: {groups: [], per_hour: 99}
"""
    assert [(line, path) for line, path, _ in problems(text)] == [
        (13, "approvals[0].tools"), (14, "approvals[0].approvers"), (15, "approvals[0].when.m.in"),
        (15, "approvals[0].when.n.gt"), (16, "approvals[0].approvals_required"), (17, "approvals[0].hold"),
        (18, "approvals[0].max_grant_ttl"), (19, "approvals[1].name"), (22, "approvals[1].break_glass.groups"),
        (22, "approvals[1].break_glass.per_hour"),
    ]
