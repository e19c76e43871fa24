"""What the auditor takes from Envoy's traceparent into the record: only well-formed ids."""

from __future__ import annotations

import pytest

from extproc.audit.auditor import trace_fields

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"


def test_a_well_formed_traceparent_gives_trace_and_parent() -> None:
    assert trace_fields(f"00-{TRACE_ID}-{PARENT_ID}-01") == (TRACE_ID, PARENT_ID)


@pytest.mark.parametrize("traceparent", [
    None, "", "garbage", f"00-{TRACE_ID.upper()}-{PARENT_ID}-01", f"00-{'0' * 32}-{PARENT_ID}-01",
    f"00-{TRACE_ID[:-1]}\"-{PARENT_ID}-01", f"00-{TRACE_ID}-{PARENT_ID}-01-extra",
])
def test_a_malformed_trace_id_is_not_recorded(traceparent: str | None) -> None:
    assert trace_fields(traceparent) == (None, None)


@pytest.mark.parametrize("parent", ["0" * 16, "xyz", PARENT_ID + "00", PARENT_ID + "\n"])
def test_a_malformed_parent_keeps_the_trace_only(parent: str) -> None:
    assert trace_fields(f"00-{TRACE_ID}-{parent}-01") == (TRACE_ID, None)
