"""Tool and resource patterns (grants.py): exact names, a prefix ending in one *, the first granting role in
file order, no dot segments under a prefix, which resource templates a grant can cover."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc.mcp.call import McpCall
from extproc.policy import call_for, load_policy
from extproc.policy.grants import Grant, GrantTable, has_dot_segment
from tests.unit.policy.support import POLICY_HEAD, tool, who

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
