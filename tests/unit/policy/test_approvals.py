"""Which approval rule a tools/call falls under (approvals.py): comparisons that fail closed, the first rule
that applies, the cache of candidates per tool name, the demo's rules."""

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.mcp.call import McpCall
from extproc.policy import ApprovalRule, Condition, call_for
from extproc.policy import approvals as approvals_module
from extproc.policy.approvals import ApprovalIndex, describe, holds
from tests.unit.policy.support import CHAIN, DEMO, FULL, HEAD, load, rule_with, who


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
        ("{eq: E11}", "E11", True), ("{eq: E11}", "E12", False), ("{eq: E11}", "E1", False),
        # eq/in fold strings (a server that normalises would read these as the rule's value); ne stays exact
        ("{eq: E11}", "e11", True), ("{eq: E11}", " E11 ", True), ("{eq: E11}", "\uff25\uff11\uff11", True),
        ("{eq: Straße}", "STRASSE", True), ("{in: [all, full]}", "FULL", True), ("{in: [all]}", "alle", False),
        ("{ne: E11}", "e11", True),
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


def tool_call(name: str, arguments: dict[str, Any] | None = None, method: str = "tools/call") -> McpCall:
    return McpCall("POST", method, 1, is_notification=False, is_response=False, target_kind="tool", target=name,
                   arguments=arguments or {})


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
