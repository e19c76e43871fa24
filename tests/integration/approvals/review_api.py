"""The reviewer API on a real grpc.aio server (its own event loop, in a thread) over a `FakeReviews`, with
real development tokens verified as the gateway verifies them; `chaperone approvals` as a user runs it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from extproc.access import _verifier
from extproc.approvals.api.server import Authenticate, start_review_api
from extproc.approvals.model import ApprovalRequest, Reviewer, Status
from extproc.envoy_config import Endpoint
from extproc.launcher import free_port
from tests.integration.approvals.fake_reviews import FakeReviews, request
from tests.integration.conftest import Setup

OFFICER = ("olga", ("privacy-officers",))
"""A privacy officer: approver of the export and of break-glass uses; sees contact details masked."""
CLINICAL_OFFICER = ("carl", ("privacy-officers", "clinical-reviewers"))
"""Also a privacy officer, whose profile shows contact details."""
PHARMACY_LEAD = ("phil", ("pharmacy-leads",))
INTERN = ("ivy", ("interns",))
"""Holds no approver group of any request."""


def requests() -> dict[str, ApprovalRequest]:
    found = [
        request("apr-export", "export_cohort", ("privacy-officers",),
                {"cohort": "diabetes", "limit": 500, "contact": "ana.lopez@example.org"}),
        request("apr-med", "update_medication", ("pharmacy-leads",), {"patient_id": "P000007", "dose_mg": 20},
                created_at=0.0),
        request("apr-glass", "get_patient", ("privacy-officers",), {"patient_id": "P000001"}, break_glass=True,
                status=Status.APPROVED, grant_until=4102444800.0, reason="patient coding in ER", created_at=1.0),
    ]
    return {r.id: r for r in found}


def preview(approval: ApprovalRequest, reviewer: Reviewer) -> dict[str, Any]:
    """The arguments masked per the reviewer's profile: only clinical reviewers see contact details."""
    clinical = "clinical-reviewers" in reviewer.groups
    return {k: v if clinical or k != "contact" else "[EMAIL]" for k, v in approval.arguments.items()}


def authenticator(setup: Setup) -> Authenticate:
    verifier = _verifier(setup.policy.identity)
    verifier.keys.refresh()

    async def authenticate(authorization: str | None) -> Reviewer:
        principal = verifier.verify(authorization)
        return Reviewer(f"{principal.issuer}|{principal.subject}", principal.groups)

    return authenticate


@dataclass
class ReviewApi:
    endpoint: Endpoint
    reviews: FakeReviews

    @property
    def target(self) -> str:
        return self.endpoint.grpc_target()


@contextlib.contextmanager
def serving(reviews: FakeReviews, authenticate: Authenticate) -> Iterator[ReviewApi]:
    """The reviewer API over `reviews` on a free loopback port, in an event loop of its own."""
    endpoint = Endpoint("127.0.0.1", free_port())
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    started = start_review_api(endpoint.grpc_target(), reviews, authenticate, preview)
    server = asyncio.run_coroutine_threadsafe(started, loop).result(10)
    try:
        yield ReviewApi(endpoint, reviews)
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(None), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def cli(api: str, *args: str, token: str | None) -> subprocess.CompletedProcess[str]:
    """`chaperone approvals --api API ARGS...`, the token in CHAPERONE_TOKEN."""
    env = {k: v for k, v in os.environ.items() if k != "CHAPERONE_TOKEN"}
    if token is not None:
        env["CHAPERONE_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "extproc.cli", "approvals", "--api", api, *args],
                          capture_output=True, text=True, timeout=60, env=env)
