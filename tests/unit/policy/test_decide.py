"""Policy.decide and Policy.filter_list (decide.py): the demo policy's decisions, deny by default, list filtering."""

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc.identity.principal import Principal
from extproc.mcp.call import MODERN_REVISION, McpCall
from extproc.mcp.errors import FORBIDDEN, INVALID_PARAMS, METHOD_NOT_FOUND, MISSING_REQUIRED_CLIENT_CAPABILITY
from extproc.mcp.methods import PLUMBING as PROTOCOL_METHODS
from extproc.mcp.methods import Target
from extproc.mcp.tasks import TaskBinding
from extproc.policy import DEMO_POLICY, Policy, call_for, load_file
from extproc.policy import decide as decide_module
from tests.unit.policy.support import DEMO, tool, who

DEMO_TOOLS = {"search_patients", "get_patient", "get_labs", "list_appointments", "get_clinical_note",
              "export_cohort", "update_medication"}
ALL_DEMO_GROUPS = frozenset({"clinicians", "analysts", "interns", "pharmacy"})


# --- decisions on the demo policy -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("group", "name", "allowed", "masking"),
    [
        ("clinicians", "get_patient", True, "clinical"),
        ("clinicians", "get_clinical_note", True, "clinical"),
        ("clinicians", "export_cohort", False, None),
        ("clinicians", "update_medication", False, None),
        ("analysts", "search_patients", True, "safe_harbor"),
        ("analysts", "export_cohort", True, "safe_harbor"),
        ("analysts", "get_patient", False, None),
        ("interns", "search_patients", True, "safe_harbor"),
        ("interns", "get_patient", False, None),
        ("interns", "get_labs", False, None),
        ("pharmacy", "update_medication", True, "safe_harbor"),
        ("pharmacy", "get_patient", True, "safe_harbor"),
        ("pharmacy", "search_patients", False, None),
    ],
)
def test_demo_role_tool_decisions(group: str, name: str, allowed: bool, masking: str | None) -> None:
    decision = DEMO.decide(who(group), tool(name))
    assert (decision.allowed, decision.masking) == (allowed, masking)
    role = {"clinicians": "clinician", "analysts": "analyst", "interns": "intern", "pharmacy": "pharmacist"}[group]
    assert decision.roles == (role,)
    expected = f"role {role} grants tool {name}" if allowed else f"default deny: no role grants tool {name}"
    assert decision.rule == expected


def test_demo_resources_and_prompts() -> None:
    clinician, analyst = who("clinicians"), who("analysts")
    for method in ("resources/read", "resources/subscribe", "resources/unsubscribe"):
        call = call_for(resource="ehr://patients/P000001", method=method)
        assert DEMO.decide(clinician, call).allowed
        assert not DEMO.decide(analyst, call).allowed
    granted = DEMO.decide(clinician, call_for(resource="ehr://patients/P000001"))
    assert granted.rule == "role clinician grants resource ehr://patients/P000001 by pattern ehr://patients/*"
    assert not DEMO.decide(clinician, call_for(resource="ehr://patients")).allowed  # the prefix needs the slash
    assert not DEMO.decide(clinician, call_for(resource="EHR://patients/P000001")).allowed
    assert DEMO.decide(clinician, call_for(prompt="summarize_patient")).masking == "clinical"
    assert not DEMO.decide(analyst, call_for(prompt="summarize_patient")).allowed


@pytest.mark.parametrize("group", ["clinicians", "analysts", "interns", "pharmacy"])
def test_protocol_plumbing_is_allowed_to_every_role(group: str) -> None:
    principal = who(group)
    for method in PROTOCOL_METHODS:
        decision = DEMO.decide(principal, call_for(method=method))
        assert decision.allowed and decision.rule == f"protocol method {method}"
    for method in ("notifications/initialized", "notifications/cancelled", "notifications/progress",
                   "notifications/roots/list_changed"):
        assert DEMO.decide(principal, call_for(method=method)).allowed
    response = McpCall("POST", None, 7, is_notification=False, is_response=True)
    assert DEMO.decide(principal, response).rule == "protocol: response to a server request"
    for http_method in ("GET", "DELETE"):
        call = McpCall(http_method, None, None, is_notification=False, is_response=False)
        assert DEMO.decide(principal, call).allowed
    assert not DEMO.decide(principal, McpCall("POST", None, None, is_notification=False, is_response=False)).allowed


@pytest.mark.parametrize(
    "method",
    ["Tools/Call", "TOOLS/LIST", "tools/List", "Initialize", "sampling/createMessage", "admin/reset",
     "notifications", "Notifications/initialized", ""],
)
def test_unknown_methods_and_case_variants_are_not_found(method: str) -> None:
    call = McpCall("POST", method, 1, is_notification=False, is_response=False)
    decision = DEMO.decide(who(*ALL_DEMO_GROUPS), call)
    assert not decision.allowed and decision.code == METHOD_NOT_FOUND
    assert decision.rule.startswith("method not found:")


@pytest.mark.parametrize(
    ("method", "version"),
    [("ping", MODERN_REVISION), ("logging/setLevel", MODERN_REVISION), ("tasks/result", MODERN_REVISION),
     ("tasks/list", MODERN_REVISION), ("server/discover", None), ("subscriptions/listen", "2025-11-25"),
     ("tasks/update", None)],
)
def test_a_method_its_revision_does_not_define_is_not_found(method: str, version: str | None) -> None:
    call = McpCall("POST", method, 1, is_notification=False, is_response=False, protocol_version=version,
                   target_kind="task" if method.startswith("tasks/") else None, target="t-1")
    decision = DEMO.decide(who("clinicians"), call)
    assert not decision.allowed and decision.code == METHOD_NOT_FOUND
    assert decision.rule.endswith(f"is not a method of MCP {version or '2025-11-25'}")


def test_a_caller_without_a_role_learns_nothing_about_methods() -> None:
    call = McpCall("POST", "admin/reset", 1, is_notification=False, is_response=False)
    assert DEMO.decide(who("nobody"), call).code == FORBIDDEN


@pytest.mark.parametrize("name", ["Get_Patient", "GET_PATIENT", "get_patient ", " get_patient", "get_patient\x00"])
def test_tool_names_are_case_and_byte_exact(name: str) -> None:
    assert not DEMO.decide(who(*ALL_DEMO_GROUPS), tool(name)).allowed


@pytest.mark.parametrize("name", ["export_cohort", "search_patients"])
def test_a_notification_cannot_smuggle_a_tool_call(name: str) -> None:
    call = McpCall("POST", "tools/call", None, is_notification=True, is_response=False, target_kind="tool",
                   target=name)
    decision = DEMO.decide(who("interns"), call)
    assert not decision.allowed and decision.code == METHOD_NOT_FOUND, "granted or not: no request without an id"


def _notification(method: str, version: str | None = None) -> McpCall:
    return McpCall("POST", method, None, is_notification=True, is_response=False, protocol_version=version)


@pytest.mark.parametrize(
    ("method", "version"),
    [("notifications/anything", None), ("notifications/tasks/status", None), ("notifications/message", None),
     ("notifications/elicitation/complete", None), ("notifications/initialized", MODERN_REVISION),
     ("notifications/progress", MODERN_REVISION), ("notifications/roots/list_changed", MODERN_REVISION),
     ("notifications/subscriptions/acknowledged", MODERN_REVISION), ("Notifications/cancelled", None)],
)
def test_only_the_client_notifications_of_the_revision_are_allowed(method: str, version: str | None) -> None:
    decision = DEMO.decide(who("interns"), _notification(method, version))
    assert not decision.allowed and decision.code == METHOD_NOT_FOUND
    assert decision.rule.endswith(f"is not a client notification of MCP {version or '2025-11-25'}")
    assert DEMO.decide(who("interns"), _notification("notifications/cancelled", MODERN_REVISION)).allowed


@pytest.mark.parametrize("method", ["notifications/anything", "notifications/cancelled", "notifications/initialized"])
def test_a_request_disguised_as_a_notification_is_not_found(method: str) -> None:
    call = McpCall("POST", method, 5, is_notification=False, is_response=False)
    decision = DEMO.decide(who(*ALL_DEMO_GROUPS), call)
    assert not decision.allowed and decision.code == METHOD_NOT_FOUND


@pytest.mark.parametrize(
    "call",
    [tool("search_patients"), call_for(method="initialize"), call_for(method="tools/list"),
     call_for(method="notifications/initialized"), McpCall("POST", None, 1, is_notification=False, is_response=True),
     McpCall("GET", None, None, is_notification=False, is_response=False)],
)
def test_a_principal_without_a_role_is_denied_everything(call: McpCall) -> None:
    for groups in (frozenset(), frozenset({"nurses", "Clinicians"})):
        decision = DEMO.decide(Principal("mallory", "https://chaperone.local/dev", groups), call)
        assert not decision.allowed
        assert decision.rule == "default deny: no role grants anything to your groups"
        assert decision.roles == () and decision.masking is None


def test_denial_names_the_rule_not_the_policy_internals() -> None:
    decision = DEMO.decide(who("interns"), tool("get_patient"))
    assert decision.rule == "default deny: no role grants tool get_patient"
    for secret in ("clinician", "pharmacist", "analyst", str(DEMO_POLICY), "demo.yaml", "safe_harbor"):
        assert secret not in decision.rule


def test_caller_supplied_names_are_bounded_and_escaped_in_rules() -> None:
    decision = DEMO.decide(who("interns"), tool("x\n" + "y" * 500))
    assert "\n" not in decision.rule and "\\u000a" in decision.rule and len(decision.rule) < 200


def test_several_roles_first_granting_role_in_file_order_sets_masking() -> None:
    both = who("analysts", "clinicians")
    assert DEMO.decide(both, tool("search_patients")).masking == "clinical"  # clinician comes first in the file
    exported = DEMO.decide(both, tool("export_cohort"))
    assert exported.allowed and exported.masking == "safe_harbor" and exported.rule.startswith("role analyst")
    assert exported.roles == ("analyst", "clinician")
    assert DEMO.decide(both, call_for(method="tools/list")).masking == "clinical"


def test_completion_needs_a_prompt_or_resource_grant() -> None:
    completion = call_for(method="completion/complete")
    assert DEMO.decide(who("clinicians"), completion).allowed
    assert not DEMO.decide(who("interns"), completion).allowed
    assert DEMO.decide(who("interns", "clinicians"), completion).masking == "clinical"


def test_groups_given_as_a_plain_set_work() -> None:
    principal = Principal("a", "i", {"interns"})  # type: ignore[arg-type]
    assert DEMO.decide(principal, tool("search_patients")).allowed


def test_role_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decide_module, "ROLE_CACHE_SIZE", 4)
    policy = load_file(DEMO_POLICY)
    for i in range(20):
        assert policy.decide(who("interns", f"extra{i}"), tool("search_patients")).allowed
    assert len(policy._by_groups) <= 4 and len(policy._by_roles) <= 4
    many = who("interns", *(f"g{i}" for i in range(100)))
    assert policy.decide(many, tool("search_patients")).allowed and many.groups not in policy._by_groups


@given(st.text(max_size=60).filter(lambda s: s not in DEMO_TOOLS))
def test_any_tool_name_outside_the_grants_is_denied(name: str) -> None:
    decision = DEMO.decide(who(*ALL_DEMO_GROUPS), McpCall("POST", "tools/call", 1, False, False, "tool", name))
    assert not decision.allowed


def test_demo_privacy_officer_reads_like_an_intern() -> None:
    officer = who("privacy-officers")
    decision = DEMO.decide(officer, call_for(tool="search_patients"))
    assert decision.allowed and decision.masking == "safe_harbor" and decision.roles == ("privacy_officer",)
    for name in ("get_patient", "export_cohort", "update_medication"):
        assert not DEMO.decide(officer, call_for(tool=name)).allowed


# --- list filtering ---------------------------------------------------------------------------------------------

def test_filter_tools_list() -> None:
    result = {"tools": [{"name": n, "description": "d"} for n in sorted(DEMO_TOOLS)], "nextCursor": "c2",
              "_meta": {"k": 1}}
    filtered = DEMO.filter_list(who("interns"), "tools/list", result)
    assert filtered == {"tools": [{"name": "search_patients", "description": "d"}], "nextCursor": "c2",
                        "_meta": {"k": 1}}
    assert len(result["tools"]) == 7  # the input is not changed
    names = [t["name"] for t in DEMO.filter_list(who("clinicians"), "tools/list", result)["tools"]]
    assert names == ["get_clinical_note", "get_labs", "get_patient", "list_appointments", "search_patients"]


def test_filter_prompts_resources_and_templates() -> None:
    clinician, analyst = who("clinicians"), who("analysts")
    prompts = {"prompts": [{"name": "summarize_patient"}, {"name": "other"}]}
    assert DEMO.filter_list(clinician, "prompts/list", prompts) == {"prompts": [{"name": "summarize_patient"}]}
    assert DEMO.filter_list(analyst, "prompts/list", prompts) == {"prompts": []}
    resources = {"resources": [{"uri": "ehr://patients/P1"}, {"uri": "ehr://admin/x"}]}
    assert DEMO.filter_list(clinician, "resources/list", resources) == {"resources": [{"uri": "ehr://patients/P1"}]}
    templates = {"resourceTemplates": [{"uriTemplate": "ehr://patients/{patient_id}"},
                                       {"uriTemplate": "ehr://admin/{x}"}]}
    assert DEMO.filter_list(clinician, "resources/templates/list", templates) == {
        "resourceTemplates": [{"uriTemplate": "ehr://patients/{patient_id}"}]}
    assert DEMO.filter_list(analyst, "resources/templates/list", templates) == {"resourceTemplates": []}


def test_filter_drops_hostile_items() -> None:
    items = [{"name": "search_patients"}, "search_patients", None, 3, ["search_patients"], {"name": 5},
             {"title": "search_patients"}, {"name": None}, {"name": {"x": 1}}]
    assert DEMO.filter_list(who("interns"), "tools/list", {"tools": items}) == {"tools": [{"name": "search_patients"}]}
    uris = [{"uri": "ehr://patients/P1"}, {"name": "ehr://patients/P2"}, {"uri": 1}]
    assert DEMO.filter_list(who("clinicians"), "resources/list", {"resources": uris}) == {
        "resources": [{"uri": "ehr://patients/P1"}]}
    templates = [{"uriTemplate": ["x"]}, {"uri": "ehr://patients/{id}"}, {"uriTemplate": "ehr://patients/{id}"}]
    assert DEMO.filter_list(who("clinicians"), "resources/templates/list", {"resourceTemplates": templates}) == {
        "resourceTemplates": [{"uriTemplate": "ehr://patients/{id}"}]}


@pytest.mark.parametrize("value", [{"name": "search_patients"}, "search_patients", None, 3])
def test_filter_replaces_a_list_field_that_is_not_a_list(value: object) -> None:
    assert DEMO.filter_list(who("interns"), "tools/list", {"tools": value, "nextCursor": "n"}) == {
        "tools": [], "nextCursor": "n"}


def test_filter_without_a_role_hides_everything_and_other_methods_pass_unchanged() -> None:
    result = {"tools": [{"name": "search_patients"}], "nextCursor": None}
    assert DEMO.filter_list(who("nurses"), "tools/list", result) == {"tools": [], "nextCursor": None}
    other = {"content": [{"type": "text", "text": "x"}]}
    assert DEMO.filter_list(who("interns"), "tools/call", other) is other
    assert DEMO.filter_list(who("interns"), "Tools/List", result) is result
    assert DEMO.filter_list(who("interns"), "tools/list", {"nextCursor": "x"}) == {"nextCursor": "x"}


def test_policy_is_immutable() -> None:
    assert isinstance(DEMO, Policy)
    with pytest.raises(AttributeError):
        DEMO.roles = ()  # type: ignore[misc]


# --- tasks and subscriptions -------------------------------------------------------------------------------------

def _task_call(method: str, task_id: str = "t-1", session: str | None = None) -> McpCall:
    return McpCall("POST", method, 1, is_notification=False, is_response=False, target_kind="task", target=task_id,
                   session_id=session)


def _ledger(**bindings: TaskBinding):
    return lambda task_id: bindings.get(task_id.replace("-", "_"))


ALICE_SEARCH = TaskBinding("https://chaperone.local/dev", "alice", None, "search_patients", float("inf"))


@pytest.mark.parametrize("method", ["tasks/get", "tasks/result", "tasks/cancel"])
def test_a_task_follows_its_creator_and_its_tool(method: str) -> None:
    decision = DEMO.decide(who("interns"), _task_call(method), _ledger(t_1=ALICE_SEARCH))
    assert decision.allowed and decision.masking == "safe_harbor"
    assert decision.rule == "task t-1 follows tool search_patients: role intern grants tool search_patients"


UNKNOWN_T_1 = ("unknown task t-1: none of your calls created it as far as the gateway knows (a task is known only "
               "in the MCP session that created it, and not after a gateway restart)")


def test_another_callers_task_is_answered_like_an_unknown_one() -> None:
    bob = Principal("bob", "https://chaperone.local/dev", frozenset({"interns"}))
    decision = DEMO.decide(bob, _task_call("tasks/result"), _ledger(t_1=ALICE_SEARCH))
    assert not decision.allowed and decision.code == INVALID_PARAMS
    assert decision.told == UNKNOWN_T_1, "the caller cannot tell another's task from none"
    assert decision.rule == "task t-1 was created by another caller", "the record says why"
    same_sub_other_issuer = Principal("alice", "https://other.example", frozenset({"interns"}))
    assert not DEMO.decide(same_sub_other_issuer, _task_call("tasks/get"), _ledger(t_1=ALICE_SEARCH)).allowed


def test_a_task_created_in_a_session_stays_in_it() -> None:
    in_session = dataclasses.replace(ALICE_SEARCH, session_id="s-1")
    assert DEMO.decide(who("interns"), _task_call("tasks/get", session="s-1"), _ledger(t_1=in_session)).allowed
    other = DEMO.decide(who("interns"), _task_call("tasks/get", session="s-2"), _ledger(t_1=in_session))
    assert not other.allowed and other.code == INVALID_PARAMS and other.told == UNKNOWN_T_1
    assert other.rule == "task t-1 was created in another MCP session"


def test_an_unknown_task_is_refused_as_invalid_params() -> None:
    for lookup in (None, _ledger()):
        decision = DEMO.decide(who("interns"), _task_call("tasks/get"), lookup)
        assert not decision.allowed and decision.code == INVALID_PARAMS
        assert decision.rule == UNKNOWN_T_1 and decision.told is None


def test_a_task_whose_tool_is_no_longer_granted_is_refused() -> None:
    decision = DEMO.decide(who("clinicians"), _task_call("tasks/result"),
                           _ledger(t_1=dataclasses.replace(ALICE_SEARCH, tool="export_cohort")))
    assert not decision.allowed and decision.code == FORBIDDEN
    assert decision.rule == "task t-1 follows tool export_cohort: default deny: no role grants tool export_cohort"


TASKS = "io.modelcontextprotocol/tasks"


def _modern_task_call(method: str, capabilities: dict) -> McpCall:
    meta = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION,
            "io.modelcontextprotocol/clientCapabilities": capabilities}
    return dataclasses.replace(_task_call(method), protocol_version=MODERN_REVISION, meta=meta)


@pytest.mark.parametrize("method", ["tasks/get", "tasks/update", "tasks/cancel"])
def test_a_2026_task_method_without_the_tasks_extension_is_refused_before_any_task_is_looked_up(method: str) -> None:
    lookup = _ledger(t_1=ALICE_SEARCH)
    bob = Principal("bob", "https://chaperone.local/dev", frozenset({"interns"}))
    answers = [DEMO.decide(caller, _modern_task_call(method, {}), ledger)
               for caller in (who("interns"), bob) for ledger in (lookup, _ledger())]
    assert all(not d.allowed and d.code == MISSING_REQUIRED_CLIENT_CAPABILITY for d in answers)
    assert all(d.data == {"requiredCapabilities": {"extensions": {TASKS: {}}}} for d in answers)
    assert len({(d.rule, d.told) for d in answers}) == 1, "the same answer whoever's task it names, or none"
    assert answers[0].rule == (f"missing client capability: {method} needs the {TASKS} extension declared in "
                               "params._meta's client capabilities")


def test_a_2026_task_method_declaring_the_extension_follows_its_creator() -> None:
    declared = {"extensions": {TASKS: {}}}
    lookup = _ledger(t_1=ALICE_SEARCH)
    assert DEMO.decide(who("interns"), _modern_task_call("tasks/get", declared), lookup).allowed
    bob = Principal("bob", "https://chaperone.local/dev", frozenset({"interns"}))
    theirs = DEMO.decide(bob, _modern_task_call("tasks/get", declared), lookup)
    unknown = DEMO.decide(who("interns"), _modern_task_call("tasks/get", declared), _ledger())
    assert theirs.code == unknown.code == INVALID_PARAMS and theirs.told == unknown.rule == UNKNOWN_T_1
    assert theirs.data is None and unknown.data is None


def test_tasks_list_is_plumbing_for_any_role() -> None:
    call = McpCall("POST", "tasks/list", 1, is_notification=False, is_response=False)
    assert DEMO.decide(who("interns"), call).allowed
    assert DEMO.decide(who("nobody"), call) is decide_module.NO_ROLE


def _listen(*subscribes: tuple[Target, str]) -> McpCall:
    return McpCall("POST", "subscriptions/listen", 1, is_notification=False, is_response=False,
                   protocol_version=MODERN_REVISION, subscribes=subscribes)


def test_subscriptions_listen_follows_only_what_the_caller_may_use() -> None:
    lookup = _ledger(t_1=ALICE_SEARCH)
    assert DEMO.decide(who("interns"), _listen(), lookup).allowed
    assert DEMO.decide(who("clinicians"), _listen((Target.RESOURCE, "ehr://patients/P1")), lookup).allowed
    resource = DEMO.decide(who("interns"), _listen((Target.RESOURCE, "ehr://patients/P1")), lookup)
    assert not resource.allowed
    assert resource.rule == "subscriptions/listen: default deny: no role grants resource ehr://patients/P1"
    assert DEMO.decide(who("interns"), _listen((Target.TASK, "t-1")), lookup).allowed
    unknown = DEMO.decide(who("interns"), _listen((Target.TASK, "t-1"), (Target.TASK, "t-2")), lookup)
    assert not unknown.allowed and unknown.code == INVALID_PARAMS
    bob = Principal("bob", "https://chaperone.local/dev", frozenset({"interns"}))
    theirs = DEMO.decide(bob, _listen((Target.TASK, "t-1")), lookup)
    assert theirs.code == INVALID_PARAMS and theirs.told == f"subscriptions/listen: {UNKNOWN_T_1}"
    assert theirs.rule == "subscriptions/listen: task t-1 was created by another caller"
