import logging
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.mcp.methods import PLUMBING as PROTOCOL_METHODS
from extproc.policy import (
    DEMO_POLICY,
    Policy,
    PolicyError,
    PolicyStore,
    call_for,
    check_file,
    explain,
    load_file,
    load_policy,
    policy_schema,
)
from extproc.policy import decide as decide_module
from extproc.policy.grants import Grant, GrantTable, has_dot_segment

DEMO = load_file(DEMO_POLICY)
DEMO_TOOLS = {"search_patients", "get_patient", "get_labs", "list_appointments", "get_clinical_note",
              "export_cohort", "update_medication"}
ALL_DEMO_GROUPS = frozenset({"clinicians", "analysts", "interns", "pharmacy"})


def who(*groups: str) -> Principal:
    return Principal("alice", "https://chaperone.local/dev", frozenset(groups))


def tool(name: str) -> McpCall:
    return call_for(tool=name)


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
    for method in ("notifications/initialized", "notifications/cancelled", "notifications/roots/list_changed"):
        assert DEMO.decide(principal, call_for(method=method)).allowed
    response = McpCall("POST", None, 7, is_notification=False, is_response=True)
    assert DEMO.decide(principal, response).rule == "protocol: response to a server request"
    for http_method in ("GET", "DELETE"):
        call = McpCall(http_method, None, None, is_notification=False, is_response=False)
        assert DEMO.decide(principal, call).allowed
    assert not DEMO.decide(principal, McpCall("POST", None, None, is_notification=False, is_response=False)).allowed


@pytest.mark.parametrize(
    "method",
    ["Tools/Call", "TOOLS/LIST", "tools/List", "Initialize", "sampling/createMessage", "tasks/get", "admin/reset",
     "notifications", "Notifications/initialized", ""],
)
def test_unknown_methods_and_case_variants_are_denied(method: str) -> None:
    call = McpCall("POST", method, 1, is_notification=False, is_response=False)
    decision = DEMO.decide(who(*ALL_DEMO_GROUPS), call)
    assert not decision.allowed and decision.rule.endswith("not granted")


@pytest.mark.parametrize("name", ["Get_Patient", "GET_PATIENT", "get_patient ", " get_patient", "get_patient\x00"])
def test_tool_names_are_case_and_byte_exact(name: str) -> None:
    assert not DEMO.decide(who(*ALL_DEMO_GROUPS), tool(name)).allowed


def test_a_notification_cannot_smuggle_a_tool_call() -> None:
    call = McpCall("POST", "tools/call", None, is_notification=True, is_response=False, target_kind="tool",
                   target="export_cohort")
    assert not DEMO.decide(who("interns"), call).allowed


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


# --- patterns -------------------------------------------------------------------------------------------------

POLICY_HEAD = """\
version: 1
identity:
  issuer: https://idp.example.org
  audience: https://gw.example.org/mcp
  jwks: {url: https://idp.example.org/jwks}
  algorithms: [RS256]
roles:
"""

PATTERNS = load_policy(POLICY_HEAD + """\
  readers:
    groups: [readers]
    tools: ["get_*", list_things]
    resources: ["file:///data/*", "ehr://patients/P000001"]
    masking: strict
  writers:
    groups: [writers]
    tools: [get_secret, "set_*"]
    resources: ["ehr://patients/P1*"]
    masking: loose
  admins:
    groups: [admins]
    tools: ["*"]
    resources: ["*"]
""", "patterns")


@given(st.text(max_size=40))
def test_prefix_pattern_matches_exactly_the_names_with_that_prefix(name: str) -> None:
    decision = PATTERNS.decide(who("readers"), McpCall("POST", "tools/call", 1, False, False, "tool", name))
    assert decision.allowed == (name.startswith("get_") or name == "list_things")


def test_prefix_patterns() -> None:
    readers, writers = who("readers"), who("writers")
    assert PATTERNS.decide(readers, tool("get_")).allowed  # the empty remainder is covered too
    assert not PATTERNS.decide(readers, tool("get")).allowed
    assert not PATTERNS.decide(readers, tool("xget_patient")).allowed
    assert PATTERNS.decide(writers, tool("set_dose")).rule == "role writers grants tool set_dose by pattern set_*"
    assert not PATTERNS.decide(writers, tool("get_patient")).allowed
    assert PATTERNS.decide(who("admins"), tool("anything at all")).allowed


def test_earlier_role_wins_over_a_more_specific_grant_of_a_later_role() -> None:
    both = who("readers", "writers")
    decision = PATTERNS.decide(both, tool("get_secret"))  # readers' get_* comes before writers' exact get_secret
    assert decision.masking == "strict" and decision.rule == "role readers grants tool get_secret by pattern get_*"
    assert PATTERNS.decide(both, tool("set_x")).masking == "loose"


patterns = st.text(alphabet="ab/.", max_size=4).flatmap(lambda p: st.sampled_from([p, p + "*"]))


@given(st.lists(st.tuples(st.integers(0, 5), patterns), max_size=12), st.text(alphabet="ab/.", max_size=8),
       st.booleans())
def test_grant_table_matches_the_first_granting_role(grants: list, name: str, uris: bool) -> None:
    table = GrantTable((Grant(order, f"r{order}", None, p) for order, p in grants), uris=uris)

    def covers(pattern: str) -> bool:
        if not pattern.endswith("*"):
            return pattern == name
        prefix = pattern[:-1]
        return name.startswith(prefix) and not (uris and prefix and has_dot_segment(name))

    expected = min((order for order, p in grants if covers(p)), default=None)
    found = table.match(name)
    assert (found.order if found else None) == expected
    assert found is None or covers(found.pattern)


@pytest.mark.parametrize(
    "uri",
    ["file:///data/../etc/passwd", "file:///data/./x", "file:///data/%2e%2e/etc", "file:///data/%2E%2e%2fetc",
     "file:///data/..\\etc", "file:///data/..", "file:///data/x/..?a"],
)
def test_prefix_resource_grants_do_not_cover_dot_segments(uri: str) -> None:
    decision = PATTERNS.decide(who("readers"), call_for(resource=uri))
    assert not decision.allowed and decision.rule.endswith("(prefix patterns never cover . or .. segments)")
    assert PATTERNS.decide(who("admins"), call_for(resource=uri)).allowed  # a lone * still covers everything


def test_dots_inside_names_are_fine() -> None:
    assert PATTERNS.decide(who("readers"), call_for(resource="file:///data/report.v2..final.pdf")).allowed


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


@pytest.mark.parametrize(
    ("group", "template", "visible"),
    [
        ("writers", "ehr://patients/{id}", True),  # ehr://patients/P1* covers some expansions
        ("writers", "ehr://{path}", True),  # ... and so does a shorter literal prefix
        ("writers", "ehr://admin/{id}", False),
        ("readers", "ehr://patients/{id}", True),  # the exact grant ehr://patients/P000001 is an expansion
        ("readers", "ehr://patients/P2{id}", False),
        ("readers", "file:///data/{+path}", True),
        ("readers", "file:///{+path}", True),
        ("readers", "file:///etc/{+path}", False),
        ("readers", "ehr://patients/P000001", True),  # no variable: matched as a plain URI
        ("readers", "ehr://patients/P000002", False),
        ("readers", "{+uri}", True),
        ("admins", "anything://{x}", True),
    ],
)
def test_template_visibility(group: str, template: str, visible: bool) -> None:
    result = PATTERNS.filter_list(who(group), "resources/templates/list", {"resourceTemplates": [
        {"uriTemplate": template}]})
    assert bool(result["resourceTemplates"]) == visible


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


# --- loading and validation ---------------------------------------------------------------------------------------

BASE = POLICY_HEAD + """\
  r:
    groups: [g]
"""  # lines 1-9; a key appended to role r is on line 10


def problems(text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(PolicyError) as info:
        load_policy(text, "test.yaml")
    assert "test.yaml" in str(info.value)
    return [(p.line, p.path, p.message) for p in info.value.problems]


def only_problem(text: str) -> tuple[int, str, str]:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "line", "path", "fragment"),
    [
        (BASE + "approval: []\n", 10, "approval", "unknown key 'approval' (did you mean 'approvals'?)"),
        (BASE + "    tool: [a]\n", 10, "roles.r.tool", "did you mean 'tools'?"),
        (BASE + "    tools: a\n", 10, "roles.r.tools", "must be a list, not a string"),
        (BASE + "    tools:\n", 10, "roles.r.tools", "must be a list, not empty (null) (write [] for none)"),
        (BASE + "    tools: [a, 3]\n", 10, "roles.r.tools[1]", "must be a string, not an integer"),
        (BASE + "    prompts: [yes]\n", 10, "roles.r.prompts[0]", "must be a string, not a boolean (put it in quotes)"),
        (BASE.replace("groups: [g]", "groups: [1234]"), 9, "roles.r.groups[0]", "not an integer (put it in quotes)"),
        (BASE.replace("groups: [g]", "tools: [a]"), 9, "roles.r.groups", "is required"),
        (BASE.replace("groups: [g]", "groups: []"), 9, "roles.r.groups", "at least one group"),
        (BASE.replace("groups: [g]", "groups: [g, '']"), 9, "roles.r.groups[1]", "must not be empty"),
        (BASE.replace("groups: [g]", "groups: [' g']"), 9, "roles.r.groups[0]", "whitespace"),
        (BASE.replace("  r:\n    groups: [g]\n", "  r:\n"), 8, "roles.r", "must be a mapping"),
        (BASE + "    tools: [a, 'get_*_x']\n", 10, "roles.r.tools[1]", "* before the end"),
        (BASE + "    tools: ['**']\n", 10, "roles.r.tools[0]", "more than one *"),
        (BASE + "    resources: ['*ehr://x']\n", 10, "roles.r.resources[0]", "* before the end"),
        (BASE + "    prompts: ['']\n", 10, "roles.r.prompts[0]", "must not be empty"),
        (BASE + "    tools: ['get *']\n", 10, "roles.r.tools[0]", "whitespace"),
        (BASE + "    masking: 3\n", 10, "roles.r.masking", "must be a string, not an integer"),
        (BASE + "    masking: [clinical]\n", 10, "roles.r.masking", "must be a string, not a list"),
        (BASE + "    masking: {name: x}\n", 10, "roles.r.masking", "must be a string, not a mapping"),
        (BASE + "    masking: ''\n", 10, "roles.r.masking", "letters, digits"),
        (BASE + "  bad name:\n    groups: [g]\n", 10, "roles.bad name", "role name must be"),
        (BASE + "  r:\n    groups: [h]\n", 10, "roles.r", "duplicate key (first at line 8)"),
        (BASE + "roles: {}\n", 10, "roles", "duplicate key (first at line 7)"),
        (BASE + "    groups: [h]\n", 10, "roles.r.groups", "duplicate key (first at line 9)"),
        (BASE + "    1: [a]\n", 10, "roles.r", "keys must be strings, not an integer"),
        (BASE.replace("version: 1", "version: 2"), 1, "version", "unsupported version 2"),
        (BASE.replace("version: 1", "version: '1'"), 1, "version", "must be an integer, not a string"),
        (BASE.replace("version: 1\n", ""), 1, "version", "is required"),
        (BASE.replace("version: 1", "version: 1" + "0" * 5000), 1, "version", "must be between"),
        (BASE + "approvals: [{name: a, tools: [t]}]\n", 10, "approvals[0].approvers", "is required"),
        (BASE + "approvals:\n", 10, "approvals", "must be a list, not empty (null)"),
        (BASE + "upstream: {strip_headers: [Mcp-Session-Id]}\n", 10, "upstream.strip_headers[0]",
         "mcp-session-id is needed by the MCP transport"),
        (BASE + "upstream: {strip_headers: ['x api key']}\n", 10, "upstream.strip_headers[0]", "header name"),
        (BASE + "upstream: {strip: [x]}\n", 10, "upstream.strip", "unknown key"),
        (BASE + "resource_metadata: {authorization_servers: []}\n", 10, "resource_metadata.authorization_servers",
         "at least one"),
        (BASE + "resource_metadata: {authorization_servers: [http://idp.example.org]}\n", 10,
         "resource_metadata.authorization_servers[0]", "must use https"),
        (BASE + "resource_metadata: {scopes_supported: [a b]}\n", 10, "resource_metadata.scopes_supported[0]",
         "without spaces"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256, none]"), 6, "identity.algorithms[1]",
         "unsigned"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [HS256]"), 6, "identity.algorithms[0]", "symmetric"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [hs512]"), 6, "identity.algorithms[0]", "symmetric"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [rs256]"), 6, "identity.algorithms[0]",
         "unknown algorithm"),
        (BASE.replace("algorithms: [RS256]", "algorithms: []"), 6, "identity.algorithms", "at least one"),
        (BASE.replace("algorithms: [RS256]", "algorithms: RS256"), 6, "identity.algorithms", "must be a list"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{}"), 5, "identity.jwks", "exactly one of"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{url: https://idp.example.org/jwks, file: k.json}"),
         5, "identity.jwks", "exactly one of file, url, discovery (given: url, file)"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: false}"), 5, "identity.jwks.discovery",
         "not a key source"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: yes please}"), 5,
         "identity.jwks.discovery", "must be true or false"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{url: http://idp.example.org/jwks}"), 5,
         "identity.jwks.url", "must use https"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{urls: x}"), 5, "identity.jwks.urls",
         "did you mean 'url'?"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  leeway_seconds: 301"), 7,
         "identity.leeway_seconds", "between 0 and 300"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  leeway_seconds: -1"), 7,
         "identity.leeway_seconds", "between 0 and 300"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  leeway_seconds: 30s"), 7,
         "identity.leeway_seconds", "must be an integer"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  groups_claim: my groups"), 7,
         "identity.groups_claim", "without spaces"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  dev_signing_key: ''"), 7,
         "identity.dev_signing_key", "must not be empty"),
        (BASE.replace("https://idp.example.org\n", "http://idp.example.org\n"), 3, "identity.issuer",
         "must use https"),
        (BASE.replace("https://gw.example.org/mcp", "https://gw.example.org/mcp#x"), 4, "identity.audience",
         "#fragment"),
        (BASE.replace("https://gw.example.org/mcp", "gw.example.org/mcp"), 4, "identity.audience", "absolute"),
        (BASE.replace("  issuer: https://idp.example.org\n", ""), 3, "identity.issuer", "is required"),
        (BASE.replace("roles:\n  r:\n    groups: [g]\n", ""), 1, "roles", "is required"),
        (BASE + "    tools: !!python/object:os.system [a]\n", 10, "roles.r.tools", "must be a list"),
        (BASE + "    masking: !!python/name:os.system\n", 10, "roles.r.masking", "tagged"),
    ],
)
def test_each_problem_is_reported_with_its_line_and_path(text: str, line: int, path: str, fragment: str) -> None:
    found_line, found_path, message = only_problem(text)
    assert (found_line, found_path) == (line, path), message
    assert fragment in message


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (BASE + "    tools: [a\n", 11, "not valid YAML"),
        (BASE + "  x: [}\n", 10, "not valid YAML"),
        (BASE + "    tools: &t [a]\n    prompts: *t\n", 11, "aliases"),
        (BASE + "---\nversion: 1\n", 10, "single document"),
        (BASE + "    tools: [\x07]\n", 0, "not valid YAML"),
        ("", 0, "the policy is empty"),
        ("# only a comment\n", 0, "the policy is empty"),
        ("- version: 1\n", 1, "must be a mapping"),
        ("version: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested deeper than"),
    ],
)
def test_documents_that_are_not_one_yaml_mapping(text: str, line: int, fragment: str) -> None:
    found_line, _, message = only_problem(text)
    assert found_line == line and fragment in message


DEMO_TEXT = DEMO_POLICY.read_text()


@given(st.integers(0, len(DEMO_TEXT)), st.integers(0, 40),
       st.text(alphabet=st.sampled_from(list(" \n-:[]{}*&!'\"#%@|>?,0aZ\t")), max_size=12))
def test_any_edit_of_a_policy_loads_or_raises_policy_error(at: int, cut: int, insert: str) -> None:
    text = DEMO_TEXT[:at] + insert + DEMO_TEXT[at + cut:]
    try:
        load_policy(text)
    except PolicyError as exc:
        assert exc.problems and all(p.line >= 0 and p.message for p in exc.problems)


def test_every_problem_is_reported_at_once() -> None:
    text = """\
version: 2
identity:
  issuer: http://idp.example.org
  audience: https://gw.example.org/mcp
  jwks: {file: a.json, url: https://idp.example.org/jwks}
  algorithms: [RS256, none, HS256]
  leeway_seconds: 301
  leeway_seconds: 3
roles:
  clinician:
    groups: []
    tool: [a]
    tools: [a*b, "**", " x", 3]
    masking: [x]
  clinician:
    groups: [x]
approvals: [x]
extra: 1
"""
    found = problems(text)
    assert [(line, path) for line, path, _ in found] == [
        (1, "version"), (3, "identity.issuer"), (5, "identity.jwks"), (6, "identity.algorithms[1]"),
        (6, "identity.algorithms[2]"), (7, "identity.leeway_seconds"), (8, "identity.leeway_seconds"),
        (11, "roles.clinician.groups"), (12, "roles.clinician.tool"), (13, "roles.clinician.tools[0]"),
        (13, "roles.clinician.tools[1]"), (13, "roles.clinician.tools[2]"), (13, "roles.clinician.tools[3]"),
        (14, "roles.clinician.masking"), (15, "roles.clinician"), (17, "approvals[0]"), (18, "extra"),
    ]


def test_yaml_errors_do_not_quote_the_file() -> None:
    _, _, message = only_problem(BASE + "    tools: [SECRET-MARKER\n")
    assert "SECRET-MARKER" not in message


def test_valid_variants_load() -> None:
    text = (BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: true}")
            + "    tools: ['*']\n    masking: null\nupstream: {}\nresource_metadata: {}\napprovals: []\n")
    policy = load_policy(text, "v")
    assert policy.identity.jwks.kind == "discovery"
    assert policy.identity.discovery_url == "https://idp.example.org/.well-known/openid-configuration"
    assert policy.roles[0].masking is None and policy.roles[0].tools == ("*",)
    assert policy.upstream.strip_headers == ("authorization",)
    assert policy.resource_metadata.authorization_servers == ("https://idp.example.org",)
    loopback = BASE.replace("https://idp.example.org\n", "http://127.0.0.1:8080/realms/dev\n")
    assert load_policy(loopback, "v").identity.issuer == "http://127.0.0.1:8080/realms/dev"
    assert load_policy(POLICY_HEAD.replace("roles:", "roles: {}"), "v").roles == ()


def test_demo_policy_is_valid_and_as_documented() -> None:
    assert check_file(DEMO_POLICY) == []
    identity = DEMO.identity
    assert (identity.issuer, identity.audience, identity.algorithms) == (
        "https://chaperone.local/dev", "http://127.0.0.1:10000/mcp", ("ES256",))
    assert [r.name for r in DEMO.roles] == ["clinician", "analyst", "intern", "pharmacist", "privacy_officer"]
    assert [r.name for r in DEMO.approvals] == ["cohort-export", "medication-change"]
    assert DEMO.upstream.strip_headers == ("authorization", "cookie", "x-api-key")
    assert DEMO.protected_resource_metadata() == {
        "resource": "http://127.0.0.1:10000/mcp", "authorization_servers": ["https://chaperone.local/dev"],
        "bearer_methods_supported": ["header"], "scopes_supported": ["mcp"]}


def test_relative_paths_resolve_against_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    policy = load_file(DEMO_POLICY)
    assert policy.identity.jwks.file == tmp_path / ".run" / "dev-jwks.json"
    assert policy.identity.dev_signing_key == tmp_path / ".run" / "dev-signing-key.pem"
    other = load_file(DEMO_POLICY, base_dir=Path("/srv"))
    assert other.identity.jwks.file == Path("/srv/.run/dev-jwks.json")
    absolute = BASE.replace("{url: https://idp.example.org/jwks}", "{file: /etc/chaperone/jwks.json}")
    assert load_policy(absolute).identity.jwks.file == Path("/etc/chaperone/jwks.json")


def test_check_file_reports_unreadable_files(tmp_path: Path) -> None:
    assert "cannot read" in check_file(tmp_path / "missing.yaml")[0].message
    (tmp_path / "latin1.yaml").write_bytes(b"version: 1\n# caf\xe9\n")
    assert [(p.line, p.message) for p in check_file(tmp_path / "latin1.yaml")] == [(2, "not valid UTF-8")]
    (tmp_path / "big.yaml").write_bytes(b"#" * (1024 * 1024 + 1))
    assert "larger than" in check_file(tmp_path / "big.yaml")[0].message


# --- schema ----------------------------------------------------------------------------------------------------

SCHEMA_INVALID = [
    BASE + "approval: []\n",
    BASE + "    tool: [a]\n",
    BASE + "    tools: ['get_*_x']\n",
    BASE + "    tools: ['**']\n",
    BASE + "    masking: 3\n",
    BASE + "  bad name:\n    groups: [g]\n",
    BASE + "approvals: [x]\n",
    BASE.replace("version: 1", "version: 2"),
    BASE.replace("groups: [g]", "groups: []"),
    BASE.replace("groups: [g]", "groups: ['']"),
    BASE.replace("groups: [g]", "tools: [a]"),
    BASE.replace("algorithms: [RS256]", "algorithms: [none]"),
    BASE.replace("algorithms: [RS256]", "algorithms: [HS256]"),
    BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  leeway_seconds: 301"),
    BASE.replace("{url: https://idp.example.org/jwks}", "{}"),
    BASE.replace("{url: https://idp.example.org/jwks}", "{url: https://idp.example.org/jwks, file: k.json}"),
    BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: false}"),
    BASE.replace("{url: https://idp.example.org/jwks}", "{url: http://idp.example.org/jwks}"),
    BASE.replace("https://idp.example.org\n", "http://idp.example.org\n"),
    BASE + "upstream: {strip_headers: ['x api key']}\n",
    BASE + "approvals: {}\n",
    BASE + "approvals: [{name: a, tools: [t]}]\n",
    BASE + "approvals: [{name: a, tools: [], approvers: [g]}]\n",
    BASE + "approvals: [{name: a, tools: ['t*x'], approvers: [g]}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: []}]\n",
    BASE + "approvals: [{name: 'a b', tools: [t], approvers: [g]}]\n",
    BASE + "approvals: [{name: a, tool: [t], approvers: [g]}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], approvals_required: 6}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], reason: maybe}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], hold: 60}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], hold: 1h30m}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], one_time: 'no'}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {'': {gt: 1}}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {n: {gte: 1}}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {n: {gt: 1, lt: 9}}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {n: {gt: '1'}}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {n: {in: 1}}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {n: {in: []}}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], when: {n: {eq: [1]}}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], break_glass: {groups: []}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], break_glass: {per_hour: 3}}]\n",
    BASE + "approvals: [{name: a, tools: [t], approvers: [g], break_glass: {groups: [e], per_hour: 21}}]\n",
]


def test_schema_is_valid_draft_2020_12_and_accepts_the_demo() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = policy_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for text in (DEMO_POLICY.read_text(), BASE, BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: true}")
                 + "    tools: ['*', 'get_*']\n    masking: null\n"):
        load_policy(text)
        assert list(validator.iter_errors(yaml.safe_load(text))) == []


@pytest.mark.parametrize("text", SCHEMA_INVALID)
def test_schema_and_validator_reject_the_same_mistakes(text: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    with pytest.raises(PolicyError):
        load_policy(text)
    assert list(jsonschema.Draft202012Validator(policy_schema()).iter_errors(yaml.safe_load(text)))


# --- hot reload ---------------------------------------------------------------------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write(path: Path, text: str, stamp: int) -> None:
    path.write_text(text)
    os.utime(path, ns=(stamp * 10**9, stamp * 10**9))


INTERN_ONLY = BASE.replace("  r:\n    groups: [g]\n",
                           "  intern:\n    groups: [interns]\n    tools: [search_patients]\n")
INTERN_MORE = INTERN_ONLY.replace("tools: [search_patients]", "tools: [search_patients, get_patient]")


def test_store_picks_up_a_good_change_after_the_interval(tmp_path: Path) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)
    assert not store.current.decide(who("interns"), tool("get_patient")).allowed
    write(path, INTERN_MORE, 2)
    clock.now += 0.5
    assert store.maybe_reload() is False  # throttled: the file is not even looked at yet
    assert not store.current.decide(who("interns"), tool("get_patient")).allowed
    clock.now += 0.6
    assert store.maybe_reload() is True
    assert store.current.decide(who("interns"), tool("get_patient")).allowed and store.last_error is None
    clock.now += 5
    assert store.maybe_reload() is False  # unchanged


def test_store_keeps_the_previous_policy_on_a_bad_change(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)
    previous = store.current
    write(path, INTERN_ONLY.replace("algorithms: [RS256]", "algorithms: [HS256]  # SECRET-MARKER"), 2)
    with caplog.at_level(logging.WARNING, logger="extproc.policy"):
        for _ in range(3):
            clock.now += 2
            assert store.maybe_reload() is False
    assert store.current is previous
    assert store.last_error is not None and store.last_error.problems[0].path == "identity.algorithms[0]"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "identity.algorithms[0]" in warnings[0].getMessage()
    assert "SECRET-MARKER" not in caplog.text
    write(path, INTERN_MORE, 3)
    clock.now += 2
    assert store.maybe_reload() is True and store.last_error is None


def test_store_survives_the_file_disappearing(tmp_path: Path) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)
    path.unlink()
    clock.now += 2
    assert store.maybe_reload() is False and "cannot read" in str(store.last_error)
    assert store.current.decide(who("interns"), tool("search_patients")).allowed
    write(path, INTERN_MORE, 2)
    clock.now += 2
    assert store.maybe_reload() is True


def test_store_follows_a_configmap_symlink_swap(tmp_path: Path) -> None:
    # The kubelet's layout: policy.yaml -> ..data/policy.yaml, ..data -> ..<timestamp>, swapped atomically.
    clock = Clock()
    (tmp_path / "..v1").mkdir()
    (tmp_path / "..v1" / "policy.yaml").write_text(INTERN_ONLY)
    (tmp_path / "..data").symlink_to("..v1")
    (tmp_path / "policy.yaml").symlink_to("..data/policy.yaml")
    store = PolicyStore(tmp_path / "policy.yaml", clock=clock)
    (tmp_path / "..v2").mkdir()
    (tmp_path / "..v2" / "policy.yaml").write_text(INTERN_MORE)
    (tmp_path / "..data_tmp").symlink_to("..v2")
    os.replace(tmp_path / "..data_tmp", tmp_path / "..data")
    clock.now += 2
    assert store.maybe_reload() is True
    assert store.current.decide(who("interns"), tool("get_patient")).allowed


def test_store_keeps_the_previous_policy_on_an_unexpected_error(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)

    def broken(*args: object, **kwargs: object) -> Policy:
        raise RuntimeError("bug")

    monkeypatch.setattr("extproc.policy.store.load_policy", broken)
    write(path, INTERN_MORE, 2)
    clock.now += 2
    assert store.maybe_reload() is False and "RuntimeError" in str(store.last_error)
    assert store.current.decide(who("interns"), tool("search_patients")).allowed


def test_store_refuses_to_start_on_a_bad_policy(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    with pytest.raises(PolicyError, match="cannot read"):
        PolicyStore(path)
    write(path, BASE + "    tool: [a]\n", 1)
    with pytest.raises(PolicyError) as info:
        PolicyStore(path)
    assert info.value.problems[0].line == 10


# --- explain and the CLI helpers ---------------------------------------------------------------------------------

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


def test_policy_is_immutable() -> None:
    assert isinstance(DEMO, Policy)
    with pytest.raises(AttributeError):
        DEMO.roles = ()  # type: ignore[misc]
