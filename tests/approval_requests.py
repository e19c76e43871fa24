"""Approval requests for tests: one call, one rule, values chosen so each test changes only what it tests."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from extproc.approvals.model import ApprovalRequest, CallBinding, Reviewer, arguments_digest

REQUESTER = "https://idp.example|analyst-1"
T0 = 1_000_000.0
"""The request's creation time: every clock in a test counts from it."""

OFFICER = Reviewer("https://idp.example|officer-1", frozenset({"privacy-officers"}))
OFFICER_2 = Reviewer("https://idp.example|officer-2", frozenset({"privacy-officers"}))
OFFICER_3 = Reviewer("https://idp.example|officer-3", frozenset({"privacy-officers", "admins"}))


def binding(principal: str = REQUESTER, limit: int = 500, tool: str = "export_cohort") -> CallBinding:
    return CallBinding(principal, tool, arguments_digest({"cohort": "diabetes", "limit": limit}), "policy-v1",
                       "claude-desktop")


def make_request(**changes: Any) -> ApprovalRequest:
    """A pending one-time request for `export_cohort`: TTL 600 s, grants of 900 s by default, 3600 s at most."""
    request = ApprovalRequest(
        id=uuid.uuid4().hex,
        binding=binding(),
        rule="large-exports",
        requester_groups=("analysts",),
        reason="quarterly report",
        arguments={"cohort": "diabetes", "limit": 500},
        approver_groups=("privacy-officers",),
        approvals_required=1,
        created_at=T0,
        expires_at=T0 + 600,
        max_grant_seconds=3600,
        grant_seconds_default=900,
    )
    return replace(request, **changes)
