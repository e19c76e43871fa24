"""Who may do what behind the gateway: one YAML policy file, deny by default.

The file (see ``demo.yaml`` for a complete one; every key is documented in ``model.py`` and in
``policy_schema()``)::

    version: 1                 # required; the only version there is
    identity: {...}            # required; how callers are authenticated (IdentityConfig)
    resource_metadata: {...}   # optional; the RFC 9728 document (ResourceMetadata)
    upstream: {...}            # optional; headers never forwarded (UpstreamConfig)
    roles:                     # required; role name -> Role
      clinician:
        groups: [clinicians]   # IdP groups holding the role (required, at least one)
        tools: [get_patient, "get_*"]      # exact names, or a prefix ending in one *; "*" = all
        resources: ["ehr://patients/*"]
        prompts: [summarize_patient]
        masking: clinical      # masking profile name, or null
    approvals:                 # optional; allowed tool calls that must wait for a reviewer (ApprovalRule)
      - name: large-export
        tools: [export_cohort]
        when: {limit: {gt: 100}}           # every condition must hold; absent or other-typed arguments hold
        approvers: [privacy-officers]

A caller holds every role one of its groups is listed in. ``Policy.decide`` allows protocol plumbing to any
caller holding a role and a tool, prompt or resource only when one of its roles grants it; everything else is
denied (``decide.py``). ``Policy.filter_list`` hides from list results what a caller may not use.
``Policy.approval_for`` names the approval rule an allowed ``tools/call`` must wait under (``approvals.py``);
approvals are bound to ``Policy.digest``, the SHA-256 of the policy file.

Relative file paths in the policy resolve against the working directory of the process (``load.py``).
"""

from pathlib import Path

from extproc.policy.decide import Decision, Policy
from extproc.policy.errors import PolicyError, Problem
from extproc.policy.explain import call_for, explain
from extproc.policy.load import check_file, load_file, load_policy
from extproc.policy.model import (
    ApprovalRule,
    BreakGlass,
    Condition,
    IdentityConfig,
    JwksSource,
    ResourceMetadata,
    Role,
    UpstreamConfig,
)
from extproc.policy.schema import policy_schema
from extproc.policy.store import PolicyStore

DEMO_POLICY = Path(__file__).with_name("demo.yaml")
TRIAL_POLICY = Path(__file__).with_name("trial.yaml")
"""The policy ``make run`` uses with the demo EHR server."""

__all__ = [
    "DEMO_POLICY",
    "TRIAL_POLICY",
    "ApprovalRule",
    "BreakGlass",
    "Condition",
    "Decision",
    "IdentityConfig",
    "JwksSource",
    "Policy",
    "PolicyError",
    "PolicyStore",
    "Problem",
    "ResourceMetadata",
    "Role",
    "UpstreamConfig",
    "call_for",
    "check_file",
    "explain",
    "load_file",
    "load_policy",
    "policy_schema",
]
