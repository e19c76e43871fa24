"""Policies and callers the policy tests share: the demo policy, the head every test policy starts from, and
the approval rules' building blocks."""

from __future__ import annotations

from typing import Any

from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.policy import DEMO_POLICY, call_for, load_file, load_policy

DEMO = load_file(DEMO_POLICY)


def who(*groups: str) -> Principal:
    return Principal("alice", "https://chaperone.local/dev", frozenset(groups))


def tool(name: str) -> McpCall:
    return call_for(tool=name)


POLICY_HEAD = """\
version: 1
identity:
  issuer: https://idp.example.org
  audience: https://gw.example.org/mcp
  jwks: {url: https://idp.example.org/jwks}
  algorithms: [RS256]
roles:
"""


BASE = POLICY_HEAD + """\
  r:
    groups: [g]
"""  # lines 1-9; a key appended to role r is on line 10


HEAD = POLICY_HEAD + """\
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


def rule_with(line: str) -> str:
    return HEAD + RULE + line + "\n"


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
