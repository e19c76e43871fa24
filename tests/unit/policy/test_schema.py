"""policy_schema() (schema.py): valid JSON Schema that accepts what the loader accepts and rejects its mistakes."""

from pathlib import Path

import pytest
import yaml

from extproc.policy import DEMO_POLICY, PolicyError, load_policy, policy_schema
from tests.unit.policy.support import BASE, FULL, HEAD, RULE, load, rule_with

DEPLOY_POLICY = Path(__file__).parents[3] / "deploy" / "kubernetes" / "policy.yaml"


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


def test_schema_accepts_what_the_loader_accepts() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(policy_schema())
    for text in (FULL, HEAD + RULE, rule_with("    when: {x: {in: [a, 1, null, true]}, y: {ne: null}, z: {le: 1.5}}"),
                 rule_with("    hold: 0s\n    break_glass: {groups: [e], grant_ttl: 1h, per_hour: 20}"),
                 DEMO_POLICY.read_text(), DEPLOY_POLICY.read_text()):
        load(text)
        assert list(validator.iter_errors(yaml.safe_load(text))) == []
