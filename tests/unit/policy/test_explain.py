"""explain and call_for (explain.py): the account `chaperone policy explain` prints, and the calls it builds."""

import pytest

from extproc.policy import call_for, explain
from tests.unit.policy.support import CHAIN, DEMO, FULL, load, who


def test_explain_names_the_matching_role_and_the_rule() -> None:
    text = explain(DEMO, who("clinicians", "nurses"), call_for(tool="get_patient"))
    assert "clinician: held, via group clinicians" in text
    assert "analyst: not held (needs one of: analysts)" in text
    assert "decision: ALLOW" in text and "rule: role clinician grants tool get_patient" in text
    assert "masking: clinical" in text
    denied = explain(DEMO, who("nurses"), call_for(resource="ehr://patients/P1"))
    assert "decision: DENY" in denied and "no role grants anything" in denied


def test_call_for_builds_the_calls_the_cli_describes() -> None:
    assert (call_for(tool="get_patient").method, call_for(tool="get_patient").target) == ("tools/call", "get_patient")
    assert call_for(prompt="p").method == "prompts/get"
    subscribe = call_for(resource="ehr://x", method="resources/subscribe")
    assert (subscribe.method, subscribe.target_kind) == ("resources/subscribe", "resource")
    assert call_for(method="notifications/initialized").is_notification
    assert call_for(method="ping").request_id == 1


def test_explain_says_how_an_unknown_method_is_answered() -> None:
    text = explain(DEMO, who("interns"), call_for(method="admin/reset"))
    assert "rule: method not found: admin/reset is not a method of MCP" in text
    assert "answer: JSON-RPC error -32601 (Method not found); the request is never forwarded" in text
    denied = explain(DEMO, who("interns"), call_for(tool="get_patient"))
    assert "answer: JSON-RPC error -32003 (denied by policy)" in denied


def test_explain_of_task_and_subscription_methods() -> None:
    task = explain(DEMO, who("interns"), call_for(method="tasks/result"))
    assert "tasks: a task is allowed only to the caller (and MCP session) whose tools/call created it" in task
    listen = explain(DEMO, who("interns"), call_for(method="subscriptions/listen"))
    assert "decision: ALLOW" in listen, "asked as the revision that defines it"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "give one of"),
        ({"tool": "a", "prompt": "b"}, "at most one"),
        ({"method": "tools/call"}, "needs --tool"),
        ({"tool": "a", "method": "prompts/get"}, "does not take a --tool"),
        ({"tool": ""}, "must not be empty"),
    ],
)
def test_call_for_rejects_what_is_not_one_call(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call_for(**kwargs)


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
