import base64
import json

import pytest

from extproc.mcp.call import MODERN_REVISION, decode_header_value, parse_call, stream_call
from extproc.mcp.errors import HEADER_MISMATCH, INVALID_PARAMS, UNSUPPORTED_PROTOCOL_VERSION, McpError
from extproc.mcp.methods import Target

META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}


def body(method: str, params: dict | None = None, rid: int | None = 1) -> bytes:
    doc: dict = {"jsonrpc": "2.0", "method": method}
    if rid is not None:
        doc["id"] = rid
    if params is not None:
        doc["params"] = params
    return json.dumps(doc).encode()


MODERN_HEADERS = {"mcp-protocol-version": MODERN_REVISION, "mcp-method": "tools/call", "mcp-name": "get_patient"}


def test_modern_tool_call() -> None:
    call = parse_call("POST", body("tools/call", {"name": "get_patient", "arguments": {"id": "P1"}, "_meta": META}),
                      MODERN_HEADERS)
    assert (call.method, call.target_kind, call.target, call.arguments) == ("tools/call", "tool", "get_patient",
                                                                           {"id": "P1"})
    assert call.revision == MODERN_REVISION and call.request_id == 1


def test_legacy_session_call() -> None:
    headers = {"mcp-session-id": "abc", "mcp-protocol-version": "2025-11-25"}
    call = parse_call("POST", body("resources/read", {"uri": "ehr://patients/P1"}), headers)
    assert (call.target_kind, call.target, call.session_id, call.revision) == (
        "resource", "ehr://patients/P1", "abc", "2025-11-25")


def test_initialize_records_the_requested_version() -> None:
    call = parse_call("POST", body("initialize", {"protocolVersion": "2025-11-25", "capabilities": {}}), {})
    assert call.protocol_version == "2025-11-25"


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({**MODERN_HEADERS, "mcp-method": "tools/list"}, "Mcp-Method"),
        ({**MODERN_HEADERS, "mcp-method": "Tools/Call"}, "Mcp-Method"),
        ({**MODERN_HEADERS, "mcp-method": "tools/call,tools/call"}, "Mcp-Method"),  # header sent twice
        ({k: v for k, v in MODERN_HEADERS.items() if k != "mcp-method"}, "Mcp-Method"),
        ({**MODERN_HEADERS, "mcp-name": "export_cohort"}, "Mcp-Name"),
        ({k: v for k, v in MODERN_HEADERS.items() if k != "mcp-name"}, "Mcp-Name"),
        ({**MODERN_HEADERS, "mcp-protocol-version": "2025-11-25"}, "MCP-Protocol-Version"),
    ],
    ids=["other-method", "case", "twice", "missing-method", "other-name", "missing-name", "version"],
)
def test_header_body_disagreement_is_refused(headers: dict, message: str) -> None:
    with pytest.raises(McpError, match=message) as info:
        parse_call("POST", body("tools/call", {"name": "get_patient", "_meta": META}), headers)
    assert info.value.code == HEADER_MISMATCH and info.value.http_status == 400


def test_legacy_request_with_a_lying_method_header_is_refused() -> None:
    with pytest.raises(McpError) as info:
        parse_call("POST", body("tools/call", {"name": "x"}), {"mcp-method": "tools/list"})
    assert info.value.code == HEADER_MISMATCH


def test_escaped_body_matches_plain_header() -> None:
    raw = b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_\\u0070atient","_meta":' + \
        json.dumps(META).encode() + b"}}"
    assert parse_call("POST", raw, MODERN_HEADERS).target == "get_patient"


def test_base64_wrapped_name_header() -> None:
    name = "résumé tool"
    headers = {**MODERN_HEADERS, "mcp-name": "=?base64?" + base64.b64encode(name.encode()).decode() + "?="}
    assert parse_call("POST", body("tools/call", {"name": name, "_meta": META}), headers).target == name
    assert decode_header_value("=?base64?not base64?=") is None


def test_target_must_be_a_string() -> None:
    with pytest.raises(McpError) as info:
        parse_call("POST", body("tools/call", {"name": 5}), {})
    assert info.value.code == INVALID_PARAMS


def test_bodyless_methods() -> None:
    assert stream_call("DELETE", {"mcp-session-id": "s"}).session_id == "s"
    with pytest.raises(McpError) as info:
        stream_call("PUT", {})
    assert info.value.http_status == 405


def _listen(notifications: object) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": 4, "method": "subscriptions/listen",
                       "params": {"notifications": notifications, "_meta": META}}).encode()


LISTEN_HEADERS = {"mcp-protocol-version": MODERN_REVISION, "mcp-method": "subscriptions/listen"}


def test_subscriptions_listen_names_the_resources_and_tasks_it_follows() -> None:
    body = _listen({"toolsListChanged": True, "resourceSubscriptions": ["ehr://patients/P1"], "taskIds": ["t-1"]})
    call = parse_call("POST", body, LISTEN_HEADERS)
    assert call.subscribes == ((Target.RESOURCE, "ehr://patients/P1"), (Target.TASK, "t-1"))
    assert parse_call("POST", _listen({"toolsListChanged": True}), LISTEN_HEADERS).subscribes == ()


@pytest.mark.parametrize("notifications", [None, [], {"taskIds": "t-1"}, {"resourceSubscriptions": [""]},
                                           {"taskIds": [1]}])
def test_a_listen_filter_that_could_be_read_two_ways_is_refused(notifications: object) -> None:
    with pytest.raises(McpError) as refused:
        parse_call("POST", _listen(notifications), LISTEN_HEADERS)
    assert refused.value.code == INVALID_PARAMS and refused.value.request_id == 4


def test_a_task_method_names_its_task_in_mcp_name() -> None:
    body = json.dumps({"jsonrpc": "2.0", "id": 5, "method": "tasks/get",
                       "params": {"taskId": "t-1", "_meta": META}}).encode()
    headers = {"mcp-protocol-version": MODERN_REVISION, "mcp-method": "tasks/get", "mcp-name": "t-1"}
    call = parse_call("POST", body, headers)
    assert (call.target_kind, call.target) == ("task", "t-1")
    with pytest.raises(McpError) as refused:
        parse_call("POST", body, {**headers, "mcp-name": "t-2"})
    assert refused.value.code == HEADER_MISMATCH


@pytest.mark.parametrize(
    ("method", "params", "headers"),
    [("resources/subscribe", {"_meta": META}, {"mcp-protocol-version": MODERN_REVISION,
                                               "mcp-method": "resources/subscribe"}),
     ("resources/unsubscribe", {"uri": 5, "_meta": META}, {"mcp-protocol-version": MODERN_REVISION,
                                                           "mcp-method": "resources/unsubscribe"}),
     ("subscriptions/listen", {"notifications": "all"}, {"mcp-session-id": "s"}),
     ("tasks/update", {"taskId": 7}, {"mcp-session-id": "s"})],
    ids=["subscribe-2026", "unsubscribe-2026", "listen-2025", "tasks-update-2025"],
)
def test_the_params_of_a_method_its_revision_does_not_define_are_not_read(method: str, params: dict,
                                                                          headers: dict) -> None:
    """Policy answers it not found (-32601): a removed method is not a bad call of a known one."""
    call = parse_call("POST", body(method, params), headers)
    assert (call.method, call.target_kind, call.target, call.subscribes) == (method, None, None, ())


def test_the_params_of_a_message_without_an_id_are_not_read() -> None:
    call = parse_call("POST", body("tools/call", {"name": 5}, rid=None), {})
    assert call.is_notification and call.target is None, "a request disguised as a notification is not found"


def test_an_envelope_naming_a_version_the_gateway_does_not_serve_is_refused() -> None:
    for version in ("v999.0.0", "2025-11-25"):
        headers = {"mcp-protocol-version": version, "mcp-method": "server/discover"}
        with pytest.raises(McpError) as refused:
            parse_call("POST", body("server/discover", {"_meta": {**META, "io.modelcontextprotocol/protocolVersion":
                                                                   version}}, rid=301), headers)
        assert (refused.value.code, refused.value.http_status, refused.value.request_id) == (
            UNSUPPORTED_PROTOCOL_VERSION, 400, 301)
        assert refused.value.data == {"supported": [MODERN_REVISION], "requested": version}


def test_a_version_header_disagreeing_with_the_envelope_is_a_mismatch_before_the_version_is_judged() -> None:
    meta = {**META, "io.modelcontextprotocol/protocolVersion": "v999.0.0"}
    with pytest.raises(McpError) as refused:
        parse_call("POST", body("server/discover", {"_meta": meta}),
                   {"mcp-protocol-version": MODERN_REVISION, "mcp-method": "server/discover"})
    assert refused.value.code == HEADER_MISMATCH


@pytest.mark.parametrize(
    ("capabilities", "declared"),
    [({"extensions": {"io.modelcontextprotocol/tasks": {}}}, True), ({}, False), ({"extensions": []}, False),
     ({"extensions": {"io.modelcontextprotocol/tasks": True}}, False), ("tasks", False),
     ({"tasks": {}}, False)],
)
def test_an_extension_is_declared_in_the_request_client_capabilities(capabilities: object, declared: bool) -> None:
    meta = {**META, "io.modelcontextprotocol/clientCapabilities": capabilities}
    call = parse_call("POST", body("tools/list", {"_meta": meta}),
                      {"mcp-protocol-version": MODERN_REVISION, "mcp-method": "tools/list"})
    assert call.declares_extension("io.modelcontextprotocol/tasks") is declared
