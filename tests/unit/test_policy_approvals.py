"""The policy side of just-in-time approvals: the ``approvals`` rules, their validation, matching and explain."""

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc import cli
from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.policy import (
    DEMO_POLICY,
    ApprovalRule,
    BreakGlass,
    Condition,
    PolicyError,
    call_for,
    explain,
    load_file,
    load_policy,
    policy_schema,
)
from extproc.policy import approvals as approvals_module
from extproc.policy.approvals import ApprovalIndex, describe, holds
from extproc.policy.durations import format_duration, parse_duration

DEPLOY_POLICY = Path(__file__).parents[2] / "deploy" / "kubernetes" / "policy.yaml"

HEAD = """\
version: 1
identity:
  issuer: https://idp.example.org
  audience: https://gw.example.org/mcp
  jwks: {url: https://idp.example.org/jwks}
  algorithms: [RS256]
roles:
  analyst:
    groups: [analysts]
    tools: [export_cohort, "export_*", search_patients]
approvals:
"""  # lines 1-11; the first rule starts on line 12

RULE = """\
  - name: r
    tools: [t]
    approvers: [g]
"""  # lines 12-14; a key appended to it is on line 15

FULL = HEAD + """\
  - name: large-cohort-export
    tools: [export_cohort]
    when:
      limit: {gt: 100}
    approvers: [privacy-officers]
    approvals_required: 2
    reason: required
    request_ttl: 2h
    grant_ttl: 15m
    max_grant_ttl: 1h
    hold: 90s
    one_time: false
    break_glass:
      groups: [er-physicians]
      grant_ttl: 10m
      per_hour: 5
  - name: any-export
    tools: ["export_*"]
    approvers: [privacy-officers, compliance]
"""


def load(text: str) -> Any:
    return load_policy(text, "test.yaml")


def problems(text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(PolicyError) as info:
        load(text)
    return [(p.line, p.path, p.message) for p in info.value.problems]


def tool_call(name: str, arguments: dict[str, Any] | None = None, method: str = "tools/call") -> McpCall:
    return McpCall("POST", method, 1, is_notification=False, is_response=False, target_kind="tool", target=name,
                   arguments=arguments or {})


def who(*groups: str) -> Principal:
    return Principal("alice", "https://idp.example.org", frozenset(groups))


# --- parsing ------------------------------------------------------------------------------------------------------

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


def test_durations() -> None:
    assert [parse_duration(t) for t in ("0s", "90s", "15m", "1h", "7d")] == [0, 90, 900, 3600, 604800]
    for text in ("", "1", "1.5h", "1h30m", "-1m", " 1m", "1M", "1w", "1234567890s"):
        assert parse_duration(text) is None
    assert [format_duration(s) for s in (0, 59, 60, 90, 3600, 5400, 86400, 2592000)] == [
        "0s", "59s", "1m", "90s", "1h", "90m", "1d", "30d"]


# --- validation ---------------------------------------------------------------------------------------------------

def rule_with(line: str) -> str:
    return HEAD + RULE + line + "\n"


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


def test_schema_accepts_what_the_loader_accepts() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(policy_schema())
    for text in (FULL, HEAD + RULE, rule_with("    when: {x: {in: [a, 1, null, true]}, y: {ne: null}, z: {le: 1.5}}"),
                 rule_with("    hold: 0s\n    break_glass: {groups: [e], grant_ttl: 1h, per_hour: 20}"),
                 DEMO_POLICY.read_text(), DEPLOY_POLICY.read_text()):
        load(text)
        assert list(validator.iter_errors(yaml.safe_load(text))) == []


# --- matching -----------------------------------------------------------------------------------------------------

def condition(text: str) -> Condition:
    (rule,) = load(rule_with(f"    when: {{x: {text}}}")).approvals
    return rule.when[0]


@pytest.mark.parametrize(
    ("comparison", "value", "expected"),
    [
        ("{gt: 100}", 101, True), ("{gt: 100}", 100, False), ("{gt: 100}", 100.5, True), ("{gt: 100}", -5, False),
        ("{ge: 100}", 100, True), ("{ge: 100}", 99.99, False),
        ("{lt: 10}", 9, True), ("{lt: 10}", 10, False), ("{le: 10}", 10.0, True), ("{le: 10}", 11, False),
        ("{gt: 100}", 10**30, True), ("{lt: 0.5}", 0, True),
        ("{eq: E11}", "E11", True), ("{eq: E11}", "e11", False), ("{eq: E11}", "E11 ", False),
        ("{eq: 5}", 5.0, True), ("{eq: 5}", 6, False), ("{eq: true}", True, True), ("{eq: true}", False, False),
        ("{eq: null}", None, True),
        ("{ne: E11}", "E11", False), ("{ne: E11}", "I10", True), ("{ne: 0}", 0, False), ("{ne: 0}", 1, True),
        ("{ne: null}", None, False),
        ("{in: [a, b]}", "b", True), ("{in: [a, b]}", "c", False), ("{in: [1, a]}", 1.0, True),
        ("{in: [1, a]}", 2, False), ("{in: [null]}", None, True),
    ],
)
def test_comparisons(comparison: str, value: object, expected: bool) -> None:
    assert holds(condition(comparison), {"x": value}) is expected


@pytest.mark.parametrize(
    ("comparison", "value"),
    [
        # Another type than the comparison's: the server may coerce it (pydantic reads "500" as 500), so it holds.
        ("{gt: 100}", "500"), ("{gt: 100}", "5"), ("{gt: 100}", True), ("{gt: 100}", False), ("{gt: 100}", None),
        ("{lt: 100}", [1]), ("{lt: 100}", {"n": 1}), ("{gt: 100}", float("nan")), ("{lt: 100}", float("nan")),
        ("{eq: 5}", "5"), ("{eq: 1}", True), ("{eq: true}", 1), ("{eq: E11}", ["E11"]), ("{eq: null}", 0),
        ("{ne: 5}", "5"), ("{ne: true}", 1), ("{ne: null}", "x"),
        ("{in: [a, b]}", 1), ("{in: [1, 2]}", "1"), ("{in: [1, 2]}", True), ("{in: [a]}", None),
    ],
)
def test_an_argument_of_another_type_holds(comparison: str, value: object) -> None:
    assert holds(condition(comparison), {"x": value})


@pytest.mark.parametrize("comparison", ["{gt: 100}", "{lt: 0}", "{eq: E11}", "{ne: E11}", "{in: [a]}", "{eq: null}"])
def test_an_absent_argument_holds(comparison: str) -> None:
    # The server applies a default the gateway does not see (export everything, say): fail closed.
    assert holds(condition(comparison), {})
    assert holds(condition(comparison), {"X": 0, "y": "E11"})


CHAIN = load(HEAD + """\
  - name: big-export
    tools: [export_cohort]
    when: {limit: {gt: 100}, format: {ne: summary}}
    approvers: [g]
  - name: site-export
    tools: ["export_*"]
    when: {site: {in: [north, south]}}
    approvers: [g]
  - name: any-export
    tools: ["export_*"]
    approvers: [g]
  - name: never-reached
    tools: [export_cohort]
    approvers: [g]
  - name: everything
    tools: ["*"]
    when: {dangerous: {eq: true}}
    approvers: [g]
""")


@pytest.mark.parametrize(
    ("tool", "arguments", "rule"),
    [
        ("export_cohort", {"limit": 500, "format": "full", "site": "north"}, "big-export"),
        ("export_cohort", {"limit": 500, "format": "summary", "site": "north"}, "site-export"),
        ("export_cohort", {"limit": 50, "site": "east"}, "any-export"),
        ("export_cohort", {"limit": 50, "format": "summary", "site": "east"}, "any-export"),
        ("export_cohort", {}, "big-export"),
        ("export_cohort", {"limit": "50", "format": "full", "site": "east"}, "big-export"),
        ("export_labs", {"site": "south"}, "site-export"),
        ("export_labs", {"site": "east"}, "any-export"),
        ("export_", {}, "site-export"),
        ("search_patients", {}, "everything"),
        ("search_patients", {"dangerous": False}, None),
        ("search_patients", {"dangerous": True}, "everything"),
        ("Export_cohort", {"dangerous": False}, None),
        ("export", {"dangerous": False}, None),
    ],
)
def test_the_first_rule_that_applies_wins(tool: str, arguments: dict[str, Any], rule: str | None) -> None:
    found = CHAIN.approval_for(tool_call(tool, arguments))
    assert (found.name if found else None) == rule


def test_rules_after_an_unconditional_one_are_never_candidates() -> None:
    assert [r.name for r in ApprovalIndex(CHAIN.approvals).candidates("export_cohort")] == [
        "big-export", "site-export", "any-export"]
    assert [r.name for r in ApprovalIndex(CHAIN.approvals).candidates("get_patient")] == ["everything"]
    assert ApprovalIndex(()).candidates("export_cohort") == ()


def test_only_tool_calls_need_approval() -> None:
    policy = load(FULL)
    assert policy.approval_for(tool_call("export_cohort", {"limit": 500})) is policy.approvals[0]
    for method in ("prompts/get", "resources/read", "tools/list", "Tools/Call"):
        assert policy.approval_for(tool_call("export_cohort", {"limit": 500}, method=method)) is None
    assert policy.approval_for(call_for(method="tools/list")) is None
    no_rules = load(HEAD.removesuffix("approvals:\n"))
    assert no_rules.approval_for(tool_call("export_cohort", {"limit": 500})) is None


def test_the_cache_keeps_candidates_not_answers() -> None:
    policy = load(FULL)
    for _ in range(3):  # the same tool name, alternating arguments: answered from the cached candidates each time
        assert policy.approval_for(tool_call("export_cohort", {"limit": 500})).name == "large-cohort-export"
        assert policy.approval_for(tool_call("export_cohort", {"limit": 5})).name == "any-export"
        assert policy.approval_for(tool_call("search_patients")) is None
    assert policy.approval_for(tool_call("export_labs")).name == "any-export"


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(approvals_module, "TOOL_CACHE_SIZE", 8)
    index = ApprovalIndex(load(FULL).approvals)
    for i in range(50):
        assert index.rule_for(f"export_{i}", {}).name == "any-export"
        assert index.rule_for(f"other_{i}", {}) is None
        assert len(index._cache) <= 8
    long_name = "export_" + "x" * approvals_module.CACHED_NAME_MAX
    assert index.rule_for(long_name, {}).name == "any-export"
    assert long_name not in index._cache


def _reference(rules: tuple[ApprovalRule, ...], tool: str, arguments: dict[str, Any]) -> str | None:
    """The rules read literally, without an index or a cache."""
    def covers(pattern: str) -> bool:
        return pattern == tool or (pattern.endswith("*") and tool.startswith(pattern[:-1]))

    for rule in rules:
        if any(covers(p) for p in rule.tools) and all(holds(c, arguments) for c in rule.when):
            return rule.name
    return None


SHARED_INDEX = ApprovalIndex(CHAIN.approvals)  # shared across examples: the cache must never change an answer
_NAMES = st.sampled_from(["export_cohort", "export_labs", "export_", "export", "search_patients", "", "e", "*"])
_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), st.floats(allow_nan=True),
                    st.sampled_from(["north", "south", "summary", "full", "50"]), st.lists(st.integers(), max_size=2))


@settings(max_examples=300)
@given(_NAMES, st.dictionaries(st.sampled_from(["limit", "format", "site", "dangerous", "other"]), _VALUES))
def test_the_index_answers_as_the_rules_read(tool: str, arguments: dict[str, Any]) -> None:
    found = SHARED_INDEX.rule_for(tool, arguments)
    assert (found.name if found else None) == _reference(CHAIN.approvals, tool, arguments)


def test_describe() -> None:
    assert describe(condition("{gt: 100}")) == '"x" > 100'
    assert describe(condition("{in: [a, 1, null]}")) == '"x" in ["a", 1, null]'
    assert describe(condition("{ne: E11}")) == '"x" != "E11"'


# --- the digest ---------------------------------------------------------------------------------------------------

def test_digest_is_the_sha256_of_the_file_and_changes_with_it(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(FULL)
    first = load_file(path)
    assert first.digest == hashlib.sha256(path.read_bytes()).hexdigest() == load(FULL).digest
    path.write_text(FULL.replace("hold: 90s", "hold: 91s"))
    assert load_file(path).digest not in ("", first.digest)
    path.write_text(FULL + "# a comment\n")
    assert load_file(path).digest not in ("", first.digest)
    non_ascii = FULL.replace("tools: [t]", "tools: [t]  # café")
    path.write_bytes(non_ascii.encode("utf-8"))
    assert load_file(path).digest == hashlib.sha256(non_ascii.encode("utf-8")).hexdigest()
    assert load_file(DEMO_POLICY).digest == hashlib.sha256(DEMO_POLICY.read_bytes()).hexdigest()


# --- the demo policy ----------------------------------------------------------------------------------------------

DEMO = load_file(DEMO_POLICY)


def test_demo_approvals() -> None:
    analyst = who("analysts")
    export = call_for(tool="export_cohort", arguments={"condition": "E11"})
    assert DEMO.decide(analyst, export).allowed
    rule = DEMO.approval_for(export)
    assert rule is not None and rule.name == "cohort-export"
    assert (rule.approvers, rule.approvals_required, rule.reason_required) == (frozenset({"privacy-officers"}), 1, True)
    medication = call_for(tool="update_medication", arguments={"patient_id": "P000001", "medication": "x"})
    assert DEMO.approval_for(medication).name == "medication-change"
    for name in ("search_patients", "get_patient", "get_labs"):
        assert DEMO.approval_for(call_for(tool=name)) is None


def test_demo_privacy_officer_reads_like_an_intern() -> None:
    officer = who("privacy-officers")
    decision = DEMO.decide(officer, call_for(tool="search_patients"))
    assert decision.allowed and decision.masking == "safe_harbor" and decision.roles == ("privacy_officer",)
    for name in ("get_patient", "export_cohort", "update_medication"):
        assert not DEMO.decide(officer, call_for(tool=name)).allowed


# --- explain ------------------------------------------------------------------------------------------------------

def test_explain_shows_every_setting_of_the_rule() -> None:
    text = explain(load(FULL), who("analysts"), call_for(tool="export_cohort", arguments={"limit": 500}))
    assert text.endswith("""\
approval: REQUIRED by rule large-cohort-export
  when: "limit" > 100 (holds)
  approvers: privacy-officers (2 distinct approvers needed, never the caller)
  reason: required from the caller
  request TTL: 2h (how long the request waits for a decision)
  grant TTL: 15m by default, at most 1h
  hold: 90s (how long the HTTP request is held before a pending error)
  one-time: no (an approval is a grant covering the same call - caller, tool, arguments - until it ends or is \
revoked)
  break-glass: groups er-physicians (reason required), grant 10m, 5 per caller per hour""")


def test_explain_says_why_a_condition_holds_or_no_rule_applies() -> None:
    policy = load(FULL)
    absent = explain(policy, who("analysts"), call_for(tool="export_cohort"))
    assert '"limit" > 100 (argument absent: counts as holding)' in absent
    other = explain(policy, who("analysts"), call_for(tool="export_cohort", arguments={"limit": "5"}))
    assert '"limit" > 100 (argument of another type: counts as holding)' in other
    small = explain(policy, who("analysts"), call_for(tool="export_cohort", arguments={"limit": 5}))
    assert "approval: REQUIRED by rule any-export" in small
    assert "approvers: compliance, privacy-officers (1 distinct approver needed" in small
    assert "one-time: yes" in small and "break-glass: not enabled" in small
    none = explain(policy, who("analysts"), call_for(tool="search_patients"))
    assert none.endswith("approval: not required (no approval rule covers tool search_patients)")
    skipped = explain(CHAIN, who("analysts"), call_for(tool="search_patients", arguments={"dangerous": False}))
    assert skipped.endswith("approval: not required (rules covering the tool whose conditions do not all hold: "
                            "everything)")
    denied = explain(policy, who("interns"), call_for(tool="export_cohort", arguments={"limit": 500}))
    assert "decision: DENY" in denied
    assert denied.endswith("approval: not applicable (an approval never allows a call the policy denies)")
    assert "approval" not in explain(policy, who("analysts"), call_for(method="tools/list"))


def test_cli_explain_takes_the_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["policy", "explain", "--sub", "bob", "--groups", "analysts", "--tool", "export_cohort"]
    assert cli.main([*args, "--arguments", json.dumps({"condition": "E11"})]) == 0
    out = capsys.readouterr().out
    assert "approval: REQUIRED by rule cohort-export" in out and "reason: required from the caller" in out
    for bad, message in (("[1]", "must be a JSON object"), ("{", "Expecting")):
        assert cli.main([*args, "--arguments", bad]) == 2
        assert message in capsys.readouterr().err
    assert cli.main(["policy", "explain", "--sub", "b", "--method", "tools/list", "--arguments", "{}"]) == 2
    assert "--arguments needs --tool" in capsys.readouterr().err
