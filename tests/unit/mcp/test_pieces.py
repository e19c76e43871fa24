"""Walking a message by the tables: where the data is, what structure is checked, and writing back."""

from extproc.mcp import pieces
from extproc.mcp.pieces import DROP, data_pieces, render, replaced


def _paths(doc: dict, method: str | None = "tools/call", plumbing: bool = False) -> list[str]:
    """Where the data is (masked)."""
    return [render(p.path) for p in data_pieces(doc, method, plumbing) if not p.check]


def _checked(doc: dict, method: str | None = "tools/call") -> list[object]:
    """The strings of structure that must come out of masking unchanged."""
    return [p.value for p in data_pieces(doc, method, False) if p.check]


def test_tool_results_mask_texts_and_structured_content_but_keep_block_structure() -> None:
    result = {"content": [
        {"type": "text", "text": "Maria", "annotations": {"audience": ["user"], "lastModified": "2025-01-12"}},
        {"type": "resource_link", "uri": "ehr://p/1", "name": "Blob Resource 1", "title": "Chart", "size": 3},
        {"type": "resource", "resource": {"uri": "ehr://p/2", "mimeType": "text/plain", "text": "note"}},
        {"type": "image", "data": "iVBORw0KGgo=", "mimeType": "image/png"},
        {"type": "hologram", "shape": "cube"},
    ], "structuredContent": {"ssn": "x"}, "isError": False, "vendorExtra": "x"}
    assert _paths({"id": 1, "result": result}) == [
        "result.content[0].text", "result.content[0].annotations.lastModified", "result.content[1].uri",
        "result.content[1].name", "result.content[1].title", "result.content[2].resource.uri",
        "result.content[2].resource.text", "result.content[4]", "result.structuredContent",
        "result",  # its unknown members, keys included
    ]
    assert _checked({"id": 1, "result": result}) == ["image/png"], "the schema's own words need no check"


def test_structure_is_checked_not_trusted() -> None:
    """Every string a hostile server could put in structure is checked (keys too); versions and protocol
    timestamps pass; binary must be strict base64 or it is data; unknown members and `_meta` keys of the
    server's own are data, reserved `_meta` keys structure."""
    phi = "Maria Garcia 123-45-6789"
    result = {"content": [{"type": "text", "text": "t", "_meta": {"note": phi, "io.modelcontextprotocol/x": "v"}},
                          {"type": "image", "data": phi, "mimeType": phi}],
              "isError": {"x": phi}, phi: 1, "_meta": {"io.modelcontextprotocol/serverInfo": {"name": "ehr"}}}
    doc = {"jsonrpc": "2.0", "id": phi, "result": result}
    assert _paths(doc) == ["result.content[0].text", "result.content[0]._meta", "result.content[1].data",
                            "result._meta[?].name", "result"], "the server's name is prose: masked, never withheld"
    assert _checked(doc) == [phi, "io.modelcontextprotocol/x", "v", phi, {"x": phi}], \
        "an object of structure is checked whole, its keys the masker's signals"
    task = {"taskId": "t-1", "status": "working", "createdAt": "2026-11-30T07:00:00Z", "requestState": phi,
            "lastUpdatedAt": "1955-03-04T08:15:00Z"}
    assert _checked({"id": 1, "result": task}, "tasks/get") == ["t-1", phi, "1955-03-04T08:15:00Z"], \
        "a task's clock starts with MCP: an older date is checked"
    audience = {"content": [{"type": "text", "text": "t", "annotations": {"audience": ["2026-11-30T07:00:00Z"]}}]}
    assert _checked({"id": 1, "result": audience}) == [["2026-11-30T07:00:00Z"]], "timestamps pass where they belong"
    version = {"code": -32022, "message": "m", "data": {"supported": ["2026-07-28", "2027-01-01", phi]}}
    assert _checked({"id": 1, "error": version}) == [phi]


def test_unknown_methods_results_and_notifications_are_data() -> None:
    assert _paths({"id": 1, "result": {"a": 1, "b": "x"}}, "vendor/thing") == ["result"]
    assert _paths({"id": 1, "result": {"a": 1}}, None) == ["result"]
    assert _paths({"method": "vendor/note", "params": {"x": "y"}}) == ["params"]
    assert _paths({"id": 1, "result": {"protocolVersion": "x"}}, "initialize", plumbing=True) == []
    assert _paths({"id": 1, "result": "plain text"}) == ["result"], "a result of the wrong type is data"


def test_the_result_type_chooses_the_shape_and_unknown_ones_are_data() -> None:
    ask = {"resultType": "input_required", "requestState": "opaque",
           "inputRequests": {"r1": {"method": "elicitation/create", "params": {"message": "hi",
                                    "requestedSchema": {"type": "object", "properties": {}}}},
                             "r2": {"method": "vendor/x", "params": {}}}}
    assert _paths({"id": 1, "result": ask}) == ["result.inputRequests.{key}.params.message",
                                                "result.inputRequests.{key}"]
    assert {"r1", "r2", "opaque"} <= set(_checked({"id": 1, "result": ask}))
    assert _paths({"id": 1, "result": {"resultType": "later", "content": []}}) == ["result"]


def test_errors_keep_protocol_data_and_always_mask_messages() -> None:
    version = {"code": -32022, "message": "Unsupported 2026-07-28",
               "data": {"supported": ["2026-07-28"], "requested": "1999-01-01", "extra": "x"}}
    assert _paths({"id": 1, "error": version}) == ["error.message", "error.data"]
    assert _checked({"id": 1, "error": version}) == ["1999-01-01"], "no MCP version is older than 2024-11-05"
    invalid = {"code": -32602, "message": "no patient x", "data": {"ssn": "x"}}
    assert _paths({"id": 1, "error": invalid}) == ["error.message", "error.data"]
    assert _paths({"id": 1, "error": invalid}, "tools/list", plumbing=True) == ["error.message", "error.data"]
    spoofed = {"code": -32601, "message": "Maria Garcia"}
    assert _paths({"id": 1, "error": spoofed}) == ["error.message"], "the upstream picks the code"
    assert _paths({"id": 1, "error": {"message": "no code"}}) == ["error.message"]
    assert _paths({"id": 1, "error": {"code": "-32022", "message": "m", "data": {"supported": "x"}}}) \
        == ["error.message", "error.data"], "a code of the wrong type is no protocol error"


def test_elicitation_masks_message_description_and_defaults_not_the_schema() -> None:
    schema = {"type": "object", "required": ["email"], "properties": {
        "email": {"type": "string", "format": "email", "title": "Email", "default": "a@b.c"},
        "color": {"type": "string", "enum": ["red", "blue"], "default": "blue"},
        "tier": {"type": "string", "oneOf": [{"const": "gold", "title": "Gold"}], "default": "silver"},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "default": ["a", "b"]},
        "more": {"type": "array", "items": {"anyOf": [{"const": "a", "title": "A"}]}, "default": ["a", "z"]},
        "age": {"type": "integer", "description": "Age", "default": 95, "x-note": "?"}}}
    pieces = data_pieces({"method": "elicitation/create", "params": {"message": "m", "requestedSchema": schema}},
                         None, False)
    field = "params.requestedSchema.properties.{key}"
    assert [(render(p.path), p.field, p.is_default) for p in pieces if not p.check] == [
        ("params.message", None, False),
        (f"{field}.title", None, False),
        (f"{field}.default", "email", True),
        (f"{field}.oneOf[0].title", None, False),
        (f"{field}.default", "tier", True),
        (f"{field}.items.anyOf[0].title", None, False),
        (f"{field}.default", "more", True),
        (f"{field}.description", None, False),
        (f"{field}.default", "age", True),
        (field, None, False),  # its unknown member
    ]
    assert [(p.value, p.field) for p in pieces if p.check] == [
        ("elicitation/create", None), ("color", None), (["red", "blue"], "color"),
        ("tier", None), ("gold", "tier"), ("tags", None), (["a", "b"], "tags"), ("more", None), ("a", "more"),
        ("age", None)], "options are checked with their field's name as their key"
    url = {"mode": "url", "message": "m", "url": "https://x", "elicitationId": "e1"}
    assert _paths({"method": "elicitation/create", "params": url}) == ["params.message"]
    assert _checked({"method": "elicitation/create", "params": url}) == ["elicitation/create", "x", "e1"]
    assert _paths({"method": "elicitation/create", "params": {**url, "mode": "telepathy"}}) == ["params"]


def test_server_messages_by_method() -> None:
    assert _paths({"method": "notifications/progress", "params": {"progressToken": "t", "progress": 1,
                                                                  "message": "m"}}) == ["params.message"]
    assert _paths({"method": "notifications/message", "params": {"level": "info", "logger": "db",
                                                                 "data": {"a": "b"}}}) == ["params.data"]
    assert _paths({"method": "notifications/tools/list_changed", "params": {}}) == []
    assert _paths({"method": "notifications/resources/updated", "params": {"uri": "ehr://p/1"}}) == ["params.uri"]
    sampling = {"messages": [{"role": "user", "content": {"type": "text", "text": "t"}},
                             {"role": "user", "content": [{"type": "tool_use", "id": "1", "name": "n",
                                                           "input": {"q": "x"}}]}],
                "systemPrompt": "s", "maxTokens": 10, "modelPreferences": {"hints": [{"name": "claude"}]}}
    assert _paths({"method": "sampling/createMessage", "params": sampling}) == [
        "params.messages[0].content.text", "params.messages[1].content[0].input", "params.systemPrompt"]


def test_bare_numbers_booleans_and_nulls_are_no_pieces() -> None:
    assert _paths({"id": 1, "result": {"structuredContent": 5, "content": [{"type": "text", "text": None}]}}) == []


def test_paths_show_server_chosen_keys_as_key() -> None:
    assert render(("result", "inputRequests", pieces.MapKey("MariaGarcia"), "params")) \
        == "result.inputRequests.{key}.params"


def test_replaced_swaps_unknown_members() -> None:
    doc = {"result": {"content": [], "Maria Garcia": 1, "x": {"k": "v"}}}
    out = replaced(doc, [(("result",), pieces.Members(("Maria Garcia", "x"), {"[NAME]": 1, "x": {"k": "v"}}))])
    assert out == {"result": {"content": [], "[NAME]": 1, "x": {"k": "v"}}}
    assert "Maria Garcia" in doc["result"]


def test_paths_never_show_odd_keys() -> None:
    assert render(("result", "inputRequests", "maria.garcia@example.com", 0)) == "result.inputRequests[?][0]"
    assert render(("params", "requestedSchema", "properties", "x123456", "default")) \
        == "params.requestedSchema.properties[?].default"


def test_replaced_copies_only_the_paths_it_changes() -> None:
    doc = {"result": {"content": [{"text": "a"}, {"text": "b"}], "other": {"k": 1}},
           "params": {"s": {"p": {"default": "x", "type": "string"}}}}
    out = replaced(doc, [(("result", "content", 1, "text"), "B"), (("params", "s", "p", "default"), DROP)])
    assert out == {"result": {"content": [{"text": "a"}, {"text": "B"}], "other": {"k": 1}},
                   "params": {"s": {"p": {"type": "string"}}}}
    assert out["result"]["other"] is doc["result"]["other"] and out["result"]["content"][0] is \
        doc["result"]["content"][0]
    assert doc["result"]["content"][1] == {"text": "b"}, "the original is left as it was"



def test_the_shape_cache_keeps_messages_apart_and_takes_no_upstream_names() -> None:
    progress = {"method": "notifications/progress", "params": {"progressToken": "tok", "message": "m"}}
    assert _paths(progress) == ["params.message"]
    assert _paths({"method": "vendor/x", "params": {"progressToken": "tok"}}) == ["params"]
    assert _paths({"method": ["not", "a", "name"], "params": {"a": "b"}}) == ["params"]
    assert _paths(progress) == ["params.message"], "the same message kind, the same shape"
    assert all(key is None or key[0] != "server" or key[1] in pieces.SERVER_MESSAGES for key in pieces._ENVELOPES)
