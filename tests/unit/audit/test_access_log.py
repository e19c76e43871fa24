"""The access-log line: what an operator reads, and nothing it must not hold."""

from __future__ import annotations

import logging

import pytest

from extproc.audit import access_log
from extproc.audit.outcome import DecisionTaken, Outcome
from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.settings import EHR_PATIENT_IDENTIFIERS

STARTED = 1_000_000_000_000
ALICE = Principal("alice", "https://idp.example.org")
CALL = McpCall("POST", "tools/call", 7, False, False, "tool", "get_patient",
               {"patient_id": "P000123", "ssn": "123-45-6789"})
ALLOWED = Outcome(
    started_ns=STARTED, http_method="POST", source="127.0.0.1:5555", principal=ALICE, call=CALL,
    decision=DecisionTaken(True, "role clinician grants tool get_patient", ("clinician",), "clinical"),
    refused=None, upstream_status=200, reply_status=0, forwarded_ns=STARTED + 1, answered_ns=STARTED + 2,
    masking_profile="clinical", masked={"ssn": 1}, masked_paths={}, response_bytes=10, response_sha256="x",
    messages_seen=1, response_for_record='{"ssn": "[SSN]"}', approval=None,
)


def line(outcome: Outcome, durable: bool = True) -> str:
    return access_log.line(outcome, EHR_PATIENT_IDENTIFIERS, durable, STARTED + 12_345_678)


def test_an_allowed_call() -> None:
    assert line(ALLOWED) == "POST tools/call get_patient sub=alice decision=allowed status=200 ms=12.3"


def test_refusals_denials_and_approvals() -> None:
    denied = ALLOWED._replace(decision=DecisionTaken(False, "default deny", (), None), refused="denied by policy: x",
                              upstream_status=0, reply_status=200, forwarded_ns=None)
    assert "decision=denied status=200" in line(denied)
    unauthenticated = ALLOWED._replace(principal=None, call=None, decision=None, refused="token expired",
                                       upstream_status=0, reply_status=401, forwarded_ns=None)
    assert line(unauthenticated) == "POST - - sub=- decision=refused status=401 ms=12.3"
    withheld = ALLOWED._replace(refused="upstream answered HTTP 502 with a body that is neither JSON nor SSE",
                                upstream_status=502)
    assert "decision=withheld status=502" in line(withheld)
    assert "decision=refused status=503" in line(ALLOWED, durable=False), "no record: the client got 503"
    held = ALLOWED._replace(approval={"id": "apr_0123", "status": "approved", "passed": True})
    assert line(held).endswith(" approval=apr_0123")


def test_no_argument_result_reason_or_patient_id_and_always_one_line() -> None:
    resource = McpCall("POST", "resources/read", 8, False, False, "resource", "ehr://patients/P000123")
    text = line(ALLOWED._replace(call=resource, refused="reason naming Maria Garcia"))
    assert "P000123" not in text and "ehr://patients/{patient}" in text and "Maria" not in text
    for secret in ("123-45-6789", "[SSN]", "clinical", "role clinician"):
        assert secret not in line(ALLOWED)
    hostile = McpCall("POST", "tools/call\nPOST tools/call x sub=root", 9, False, False, "tool", "a b\"" + "x" * 200)
    text = line(ALLOWED._replace(call=hostile, principal=Principal("eve\r\n", "iss")))
    assert "\n" not in text and "\r" not in text and " sub=eve\\x0d\\x0a " in text
    assert "tools/call\\x0aPOST" in text and "a\\x20b\\x22" in text and "x" * 80 not in text


def test_the_line_is_logged_only_with_verbose(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="chaperone.access_log"):
        assert not access_log.enabled()
    with caplog.at_level(logging.INFO, logger="chaperone.access_log"):
        assert access_log.enabled()
        access_log.write(ALLOWED, EHR_PATIENT_IDENTIFIERS, True)
    assert caplog.records[-1].getMessage().startswith("POST tools/call get_patient sub=alice decision=allowed")
