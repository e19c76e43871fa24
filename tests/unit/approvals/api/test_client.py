"""`chaperone approvals` output: durations in, safe text out."""

from __future__ import annotations

import argparse
import json

import pytest

from extproc.approvals.api.arguments import parse_duration
from extproc.approvals.api.client import _details, _table, printable
from extproc.approvals.api.generated import approvals_pb2


@pytest.mark.parametrize(("text", "seconds"), [("900", 900), ("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400)])
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "0m", "-5m", "15 minutes", "1w", "99999999d", "1.5h"])
def test_durations_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="expected a duration such as 900, 90s, 15m"):
        parse_duration(text)


def test_control_and_bidi_characters_are_escaped_but_lines_and_letters_kept() -> None:
    assert printable("a\tb\nZoë 李") == "a\tb\nZoë 李"
    assert printable("\x1b[2J\x9b1m\u202eabc\u200b\x00") == "\\u001b[2J\\u009b1m\\u202eabc\\u200b\\u0000"


def test_show_prints_what_a_reviewer_decides_on() -> None:
    approval = approvals_pb2.Approval(
        id="apr-1", status="pending", tool="export_cohort", requester="iss|ana", requester_groups=["analysts"],
        client_id="claude-desktop", rule="big-export", reason="quarterly\x1b[8m hidden", approvals_required=2,
        approvers=["iss|olga"], approver_groups=["privacy-officers"], max_grant_seconds=3600, one_time=True,
        preview_json=json.dumps({"limit": 500, "note": "\u202egnp.exe"}), preview_sha256="ab" * 32,
        created_at="2020-01-01T00:00:00Z", expires_at="2020-01-01T00:15:00Z", break_glass=True,
    )
    text = _details(approval)
    for line in ("status:      pending (1 of 2 approvals)", "requester:   iss|ana  (groups: analysts)",
                 "client:      claude-desktop", "reason:      quarterly\\u001b[8m hidden",
                 "expires:     2020-01-01T00:15:00Z (", "ago)", "break-glass: NOT YET REVIEWED",
                 f"arguments, masked for you (sha256 {'ab' * 32}):", '"limit": 500', '"note": "\\u202egnp.exe"'):
        assert line in text, line
    assert "\x1b" not in text and "\u202e" not in text


def test_list_is_an_aligned_table() -> None:
    rows = [approvals_pb2.Approval(id="apr-1", status="approved", tool="t", requester="iss|a", approvals_required=1,
                                   grant_until="2020-01-01T00:15:00Z", expires_at="2020-01-01T00:05:00Z"),
            approvals_pb2.Approval(id="apr-22", status="pending", tool="tool2", requester="iss|b", approvals_required=1,
                                   expires_at="2020-01-01T00:05:00Z", break_glass=True)]
    header, first, second = _table(rows).splitlines()
    assert header.index("STATUS") == first.index("approved") == second.index("pending (0 of 1")
    assert "2020-01-01T00:15:00Z" in first and second.endswith("break-glass, unreviewed")
