"""The audit record as a span: its name, its attributes (only listed fields), the trace it joins."""

from __future__ import annotations

from pathlib import Path

import pytest

from extproc.audit.spans.semconv import span_attributes, span_name, traceparent_of
from tests.span_support import PARENT_ID, TRACE_ID, make_record


def test_names_and_targets_of_other_methods() -> None:
    prompt = make_record(mcp={"method": "prompts/get", "target_kind": "prompt", "target": "summary",
                              "request_id": 3, "session_id": None, "protocol_version": None})
    assert span_name(prompt) == "prompts/get summary"
    attrs = span_attributes(prompt)
    assert attrs["gen_ai.prompt.name"] == "summary" and attrs["jsonrpc.request.id"] == "3"
    assert "gen_ai.tool.name" not in attrs and "gen_ai.operation.name" not in attrs and "mcp.session.id" not in attrs

    resource = make_record(mcp={"method": "resources/read", "target_kind": "resource", "target": "ehr://notes/1",
                                "request_id": "9", "session_id": "s", "protocol_version": "2026-07-28"})
    assert span_name(resource) == "resources/read ehr://notes/1"
    assert span_attributes(resource)["mcp.resource.uri"] == "ehr://notes/1"

    listing = make_record(mcp={"method": "tools/list", "target_kind": None, "target": None, "request_id": "1",
                               "session_id": None, "protocol_version": None})
    assert span_name(listing) == "tools/list"

    stream = make_record(http={"method": "GET", "upstream_status": 200, "status": 200},
                         mcp={"method": None, "target_kind": None, "target": None, "request_id": None,
                              "session_id": "abc", "protocol_version": None})
    assert span_name(stream) == "HTTP GET"
    assert "mcp.method.name" not in span_attributes(stream)
    assert span_name(make_record(mcp=None, http={"method": "DELETE", "status": 204})) == "HTTP DELETE"


def test_a_task_span_names_the_task_and_the_tool_whose_data_it_carries() -> None:
    result = make_record(mcp={"method": "tasks/result", "target_kind": "task", "target": "t-1", "request_id": "4",
                              "session_id": "s", "protocol_version": "2025-11-25"},
                         task={"id": "t-1", "tool": "search_patients"})
    assert span_name(result) == "tasks/result t-1"
    attrs = span_attributes(result)
    assert attrs["gen_ai.tool.name"] == "search_patients" and attrs["chaperone.task.id"] == "t-1"
    assert "gen_ai.operation.name" not in attrs, "retrieving a result executes no tool"
    created = span_attributes(make_record(task={"id": "t-1", "tool": "get_patient", "created": True}))
    assert created["gen_ai.tool.name"] == "get_patient" and created["chaperone.task.id"] == "t-1"
    assert created["gen_ai.operation.name"] == "execute_tool"


@pytest.mark.parametrize("task_id", ["a b", "t/../x", "x" * 129, "<script>", "t-1\u00e9", "=cmd|' /C calc'!A0"])
def test_a_task_span_names_a_task_id_only_when_it_is_a_plain_token(task_id: str) -> None:
    call = make_record(mcp={"method": "tasks/get", "target_kind": "task", "target": task_id, "request_id": "4",
                            "session_id": None, "protocol_version": "2026-07-28"})
    assert span_name(call) == "tasks/get"


def test_only_listed_fields_are_copied(tmp_path: Path) -> None:
    jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl"
    record = make_record()
    record["authorization"] = f"Bearer {jwt}"
    record["token"] = jwt
    record["principal"] = {**record["principal"], "token": jwt, "email": "alice@example.org"}
    record["http"] = {**record["http"], "headers": {"authorization": f"Bearer {jwt}"}}
    record["mcp"] = {**record["mcp"], "arguments": {"patient_id": "P123", "ssn": "123-45-6789"}}
    record["response"] = {"body": "Jane Doe 123-45-6789", "sha256": "ab12" * 16}
    attrs = span_attributes(record)
    assert attrs == span_attributes(make_record())
    flat = " ".join(str(v) for v in attrs.values())
    for needle in ("eyJ", "Bearer", "alice@", "123-45-6789", "P123", "Jane"):
        assert needle not in flat


def test_traceparent_is_rebuilt_only_from_hex_ids() -> None:
    assert traceparent_of({"trace_id": TRACE_ID, "parent_span_id": PARENT_ID}) == f"00-{TRACE_ID}-{PARENT_ID}-01"
    assert traceparent_of({"trace_id": TRACE_ID, "parent_span_id": None}) is None
    assert traceparent_of({"trace_id": "zz", "parent_span_id": PARENT_ID}) is None
    assert traceparent_of({}) is None
