import base64
import copy
import json

import pytest

from extproc.exchange.inspection import ResponseInspector
from extproc.exchange.ports import Ports
from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.mcp.errors import McpError
from extproc.mcp.jsonrpc import parse_message
from extproc.phi import MaskResult, get_profile, mask_json
from tests.exchange_support import FakeAccess


class RealMasker(FakeAccess):
    def mask(self, value, profile, session) -> MaskResult:
        return mask_json(value, get_profile(profile))


def inspect(method: str | None, message: dict, profile: str | None = None) -> tuple[dict, ResponseInspector]:
    """What the client gets when the upstream sends `message` during a `method` call, and the inspector."""
    call = McpCall("POST", method, 9, False, False) if method else None
    inspector = ResponseInspector(Ports.of(RealMasker()), None, call, profile, "POST")
    raw = json.dumps(message).encode()
    out = inspector.observe(parse_message(raw), raw)
    return (json.loads(out) if out is not None else message), inspector


SCHEMA = {"type": "object", "required": ["email"], "properties": {
    "email": {"type": "string", "format": "email", "title": "Email", "default": "maria.garcia@example.com"},
    "homepage": {"type": "string", "format": "uri", "title": "Homepage"},
    "born": {"type": "string", "format": "date", "title": "Date of birth"},
    "name": {"type": "string", "title": "Name", "default": "John Doe"},
    "plan": {"type": "string", "enum": ["basic", "premium"], "enumNames": ["Basic", "Premium"],
             "default": "premium"},
    "mrn": {"type": "string", "default": "88812345"},
    "visits": {"type": "integer", "minimum": 0, "default": 3},
}}


def test_elicitation_keeps_its_schema_and_masks_message_and_defaults() -> None:
    request = {"jsonrpc": "2.0", "id": 1, "method": "elicitation/create",
               "params": {"message": "Confirm the e-mail of Maria Garcia (SSN 123-45-6789)",
                          "requestedSchema": SCHEMA}}
    out, inspector = inspect("tools/call", request)
    params = out["params"]
    assert "Maria Garcia" not in params["message"] and "[SSN]" in params["message"]
    properties = params["requestedSchema"]["properties"]
    assert {k: {m: v for m, v in p.items() if m != "default"} for k, p in properties.items()} \
        == {k: {m: v for m, v in p.items() if m != "default"} for k, p in SCHEMA["properties"].items()}
    assert properties["plan"]["default"] == "premium", "an enum member stays"
    assert properties["visits"]["default"] == 3, "nothing to mask: kept"
    assert "default" not in properties["email"] and "default" not in properties["name"]
    assert "default" not in properties["mrn"], "the field's name is the signal: an MRN"
    paths = inspector.masked_paths  # field names are the server's: never in the record
    assert paths["params.requestedSchema.properties.{key}.default"] == {"EMAIL": 1, "NAME": 1, "MRN": 1}
    assert paths["params.message"] == {"NAME": 2, "SSN": 1}
    assert inspector.masked == {"EMAIL": 1, "NAME": 3, "MRN": 1, "SSN": 1}


def test_elicitation_inside_an_input_required_result() -> None:
    result = {"resultType": "input_required", "requestState": "c2lnbmVkOjEyMy00NS02Nzg5",
              "inputRequests": {"confirm": {"method": "elicitation/create",
                                            "params": {"message": "For Maria Garcia", "requestedSchema": SCHEMA}}}}
    out, inspector = inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": result})
    asked = out["result"]["inputRequests"]["confirm"]["params"]
    assert asked["requestedSchema"]["properties"]["email"]["format"] == "email"
    assert asked["message"] == "For [NAME] [NAME]"
    assert out["result"]["requestState"] == result["requestState"]
    assert "result.inputRequests.{key}.params.requestedSchema.properties.{key}.default" in inspector.masked_paths


@pytest.mark.parametrize("where", [
    {"enum": ["Maria Garcia", "Rose Hill"]},  # the answer would carry the option back
    {"oneOf": [{"const": "123-45-6789", "title": "Her"}]},
    {"format": "maria.garcia@example.com"},
])
def test_an_option_or_keyword_that_holds_ephi_withholds_the_request(where: dict) -> None:
    schema = {"type": "object", "properties": {"who": {"type": "string", **where}}}
    request = {"jsonrpc": "2.0", "id": 1, "method": "elicitation/create",
               "params": {"message": "Pick one", "requestedSchema": schema}}
    with pytest.raises(McpError) as refused:
        inspect("tools/call", request)
    assert "withheld" in refused.value.message and "Maria" not in refused.value.message


@pytest.mark.parametrize("result", [
    {"content": [], "resultType": "input_required", "requestState": "{\"patient\": \"Maria Garcia\"}"},
    {"content": [{"type": "text", "text": "ok", "annotations": {"audience": ["123-45-6789"]}}]},
    {"content": [], "isError": "Maria Garcia"},
    {"task": {"taskId": "123-45-6789", "status": "working"}},
])
def test_ephi_in_structure_withholds_the_message(result: dict) -> None:
    with pytest.raises(McpError) as refused:
        inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": result})
    assert "123-45-6789" not in refused.value.message and "Maria" not in refused.value.message


def test_unknown_members_and_meta_are_data_keys_included() -> None:
    result = {"content": [{"type": "text", "text": "ok", "_meta": {"chart": {"ssn": "123-45-6789"}}}],
              "_meta": {"io.modelcontextprotocol/related-task": {"taskId": "t-1"}, "widget": "Maria Garcia"},
              "Maria Garcia": {"mrn": "88812345"}}
    message = {"jsonrpc": "2.0", "id": 9, "result": result, "x-extra": "SSN 123-45-6789"}
    out, inspector = inspect("tools/call", message)
    text = json.dumps(out)
    assert "123-45-6789" not in text and "Maria" not in text and "88812345" not in text
    assert out["result"]["_meta"]["io.modelcontextprotocol/related-task"] == {"taskId": "t-1"}
    assert out["result"]["content"][0]["_meta"] == {"chart": {"ssn": "[SSN]"}}
    assert out["x-extra"] == "SSN [SSN]"
    assert not any("Maria" in path for path in inspector.masked_paths)


def test_tool_results_mask_text_and_scan_link_names_as_text() -> None:
    link = {"type": "resource_link", "uri": "test://blob/1", "name": "chart-2024.pdf",
            "mimeType": "application/octet-stream", "annotations": {"audience": ["user"], "priority": 0.5}}
    image = {"type": "image", "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ1234567890",
             "mimeType": "image/png"}
    result = {"content": [{"type": "text", "text": "Patient Maria Garcia, SSN 123-45-6789"}, link, image],
              "structuredContent": {"patient": {"name": "Maria Garcia", "ssn": "123-45-6789"}}, "isError": False}
    message = {"jsonrpc": "2.0", "id": 9, "result": result}
    original = copy.deepcopy(message)
    out, inspector = inspect("tools/call", message)
    content = out["result"]["content"]
    assert content[0]["text"] == "Patient [NAME] [NAME], SSN [SSN]"
    assert content[1] == link and content[2] == image, "a link's name is text, not a person's name by its key"
    named = {**link, "name": "Chart of Maria Garcia", "uri": "ehr://patients/123-45-6789"}
    masked = inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": {"content": [named]}})[0]
    assert masked["result"]["content"][0] == {**link, "name": "Chart of [NAME] [NAME]", "uri": "ehr://patients/[SSN]"}
    assert out["result"]["structuredContent"] == {"patient": {"name": "[NAME]", "ssn": "[SSN]"}}
    assert inspector.masked_paths == {"result.content[0].text": {"NAME": 2, "SSN": 1},
                                      "result.structuredContent.patient.name": {"NAME": 1},
                                      "result.structuredContent.patient.ssn": {"SSN": 1}}
    assert message == original, "the upstream's message is never changed in place"


def test_a_name_found_in_one_member_is_sought_in_the_others() -> None:
    result = {"content": [{"type": "text", "text": "Seen today: Garcia"}],
              "structuredContent": {"patient_name": "Maria Garcia"}}
    out, _ = inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": result})
    assert "Garcia" not in json.dumps(out)


def test_protocol_errors_keep_their_data_and_every_message_is_masked() -> None:
    version = {"jsonrpc": "2.0", "id": 9, "error": {
        "code": -32022, "message": "Unsupported protocol version",
        "data": {"supported": ["2026-07-28", "2025-11-25"], "requested": "2099-01-01"}}}
    out, inspector = inspect("tools/call", version)
    assert out == version and inspector.masked == {}
    spoofed = {"jsonrpc": "2.0", "id": 9, "error": {"code": -32601, "message": "Maria Garcia, SSN 123-45-6789"}}
    assert inspect("tools/call", spoofed)[0]["error"]["message"] == "[NAME] [NAME], SSN [SSN]", \
        "the upstream picks the code: it vouches for nothing"
    failed = {"jsonrpc": "2.0", "id": 9, "error": {"code": -32603, "message": "no chart for 123-45-6789",
                                                   "data": {"ssn": "123-45-6789"}}}
    out, inspector = inspect("tools/call", failed)
    assert out["error"] == {"code": -32603, "message": "no chart for [SSN]", "data": {"ssn": "[SSN]"}}
    assert set(inspector.masked_paths) == {"error.message", "error.data.ssn"}
    plumbing = {"jsonrpc": "2.0", "id": 9, "error": {"code": -32602, "message": "Unknown patient 123-45-6789"}}
    assert inspect("initialize", plumbing)[0]["error"]["message"] == "Unknown patient [SSN]"


def test_completions_log_data_and_sampling_are_data() -> None:
    values = {"jsonrpc": "2.0", "id": 9, "result": {"completion": {"values": ["Maria Garcia"], "hasMore": False}}}
    assert inspect("completion/complete", values)[0]["result"]["completion"] == {"values": ["[NAME] [NAME]"],
                                                                                 "hasMore": False}
    log = {"jsonrpc": "2.0", "method": "notifications/message",
           "params": {"level": "info", "logger": "ehr", "data": {"ssn": "123-45-6789"}}}
    assert inspect("tools/call", log)[0]["params"] == {"level": "info", "logger": "ehr", "data": {"ssn": "[SSN]"}}
    sampling = {"jsonrpc": "2.0", "id": 2, "method": "sampling/createMessage", "params": {
        "messages": [{"role": "user", "content": {"type": "text", "text": "Summarise SSN 123-45-6789"}}],
        "maxTokens": 100, "modelPreferences": {"hints": [{"name": "claude-3-5-sonnet-20241022"}]}}}
    out = inspect("tools/call", sampling)[0]["params"]
    assert out["messages"][0]["content"]["text"] == "Summarise SSN [SSN]"
    assert out["modelPreferences"] == sampling["params"]["modelPreferences"]


def test_the_record_holds_the_safe_harbor_copy_of_a_clinical_view() -> None:
    result = {"content": [{"type": "text", "text": "Maria Garcia, born 1955-03-04"}]}
    out, inspector = inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": result}, profile="clinical")
    assert "Maria Garcia" in out["result"]["content"][0]["text"]
    assert "Maria" not in (inspector.response_for_record or "") and "1955" in (inspector.response_for_record or "")


class TaskBindingMasker(RealMasker):
    def __init__(self) -> None:
        self.bound: list[str] = []

    def task_created(self, principal, call, result) -> str | None:
        task = result.get("task")
        if isinstance(task, dict):
            self.bound.append(task["taskId"])
            return task["taskId"]
        return None


def test_a_task_is_bound_and_recorded_only_once_masking_lets_its_answer_through() -> None:
    ports = TaskBindingMasker()
    call = McpCall("POST", "tools/call", 9, False, False, "tool", "export_cohort")
    principal = Principal("ana", "https://idp.example", frozenset({"analysts"}))

    def answer(task_id: str) -> ResponseInspector:
        inspector = ResponseInspector(Ports.of(ports), principal, call, None, "POST")
        raw = json.dumps({"jsonrpc": "2.0", "id": 9, "result": {"task": {"taskId": task_id, "status": "working"}}})
        inspector.observe(parse_message(raw.encode()), raw.encode())
        return inspector

    with pytest.raises(McpError):
        answer("Maria.Garcia.123-45-6789")
    assert ports.bound == [], "withheld: nothing bound, nothing recorded"
    assert answer("3f2b8c1e-task").task == {"id": "3f2b8c1e-task", "tool": "export_cohort", "created": True}
    assert ports.bound == ["3f2b8c1e-task"]


def _elicit(properties: dict) -> dict:
    return {"jsonrpc": "2.0", "id": 1, "method": "elicitation/create",
            "params": {"message": "m", "requestedSchema": {"type": "object", "properties": properties}}}


@pytest.mark.parametrize("message", [
    # structure keeps its keys' meaning: an object of structure is checked whole
    {"jsonrpc": "2.0", "id": 9, "result": {"content": [], "_meta": {
        "io.modelcontextprotocol/x": {"mrn": "88812345", "ssn": 123456789}}}},
    {"jsonrpc": "2.0", "id": 9, "error": {"code": -32021, "message": "m",
                                          "data": {"requiredCapabilities": {"ssn": 123456789}}}},
    # options are checked with their field's name as their key, defaults that are options too
    _elicit({"mrn": {"type": "string", "enum": ["88812345", "88812346"]}}),
    _elicit({"ssn": {"type": "string", "enum": ["123456789"], "default": "123456789"}}),
    # a tool offered to a model: the values a property may take, with its name
    {"jsonrpc": "2.0", "id": 2, "method": "sampling/createMessage", "params": {"messages": [], "tools": [
        {"name": "lookup", "inputSchema": {"type": "object", "properties": {"mrn": {"const": "88812345"}}}}]}},
    # a date of birth cannot pass as a protocol timestamp or version elsewhere
    {"jsonrpc": "2.0", "id": 9, "result": {"content": [{"type": "text", "text": "t",
                                                        "annotations": {"audience": ["1955-03-04T08:15:00Z"]}}]}},
    {"jsonrpc": "2.0", "id": 9, "result": {"task": {"taskId": "t-1", "status": "working",
                                                    "createdAt": "1955-03-04T08:15:00Z"}}},
    {"jsonrpc": "2.0", "id": 9, "error": {"code": -32022, "message": "m", "data": {"supported": ["1955-03-04"]}}},
    # a URL a user must open: its path and query are checked, percent-decoded; only https (http on loopback)
    *[{"jsonrpc": "2.0", "id": 1, "method": "elicitation/create", "params": {
        "mode": "url", "message": "m", "elicitationId": "e1", "url": url}} for url in (
        "https://portal.example/form?ssn=123-45-6789", "https://portal.example/Maria%20Garcia/123%2D45%2D6789",
        "data:text/html,<h1>Maria Garcia SSN 123-45-6789</h1>", "mailto:x@y?body=Patient%20Maria%20Garcia",
        "https:/evil.example/123-45-6789", "javascript:alert(1)", "https://Maria:Garcia@auth.example/",
        "https://maria-garcia-123-45-6789.evil.example/cb", "https://portal.example/?patient=Maria_Garcia_1955")],
    # options and schema values keep their property's name, numbers too
    _elicit({"mrn": {"type": "number", "oneOf": [{"const": 88812345}]}}),
    *[{"jsonrpc": "2.0", "id": 2, "method": "sampling/createMessage", "params": {"messages": [], "tools": [
        {"name": "lookup", "inputSchema": {"type": "object", "properties": prop}}]}}
      for prop in ({"mrn": {"x-example": "88812345"}}, {"ssn": {"enum": [123456789]}})],
    # a $ref keeps the name of the property that refers to it
    {"jsonrpc": "2.0", "id": 2, "method": "sampling/createMessage", "params": {"messages": [], "tools": [
        {"name": "lookup", "inputSchema": {"type": "object", "properties": {"mrn": {"$ref": "#/$defs/m"}},
                                           "$defs": {"m": {"const": "88812345"}}}}]}},
])
def test_structure_keeps_the_meaning_of_its_keys_and_dates(message: dict) -> None:
    with pytest.raises(McpError):
        inspect("tools/call", message)


def test_ordinary_structure_passes_whole() -> None:
    stamp = {"name": "Park Medical Records", "version": "2.3.0", "websiteUrl": "https://ehr.example"}
    result = {"content": [{"type": "text", "text": "Seen: Mary Park"}],
              "_meta": {"io.modelcontextprotocol/serverInfo": stamp,
                        "io.modelcontextprotocol/related-task": {"taskId": "3f2b8c1e"}}}
    out, _ = inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": result})
    assert "Mary" not in json.dumps(out) and out["result"]["_meta"]["io.modelcontextprotocol/serverInfo"]["version"] \
        == "2.3.0", "a name in the data does not make the server's stamp withhold the result"
    url = {"mode": "url", "message": "Sign in", "elicitationId": "e1",
           "url": "https://auth.example.com/authorize?client_id=chaperone&state=af39c2"}
    request = {"jsonrpc": "2.0", "id": 1, "method": "elicitation/create", "params": url}
    assert inspect("tools/call", request)[0]["params"]["url"] == url["url"]
    task = {"task": {"taskId": "t-1", "status": "working", "createdAt": "2026-11-30 07:00:00",
                     "lastUpdatedAt": "2026-11-30T07:00:01.5+01:00"}}
    assert inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": task})[0]["result"] == task
    tool = {"name": "lookup", "description": "Find a patient by name",
            "inputSchema": {"type": "object", "properties": {"dob": {"type": "string", "format": "date"},
                                                             "name": {"type": "string", "maxLength": 80},
                                                             **{f"n{i}": {"$ref": "#"} for i in range(30)}}}}
    sampling = {"jsonrpc": "2.0", "id": 2, "method": "sampling/createMessage",
                "params": {"messages": [], "tools": [tool], "toolChoice": {"mode": "auto"}}}
    assert inspect("tools/call", sampling)[0]["params"]["tools"] == [tool]


def test_a_tool_schemas_prose_is_masked_and_its_changed_defaults_dropped() -> None:
    schema = {"type": "object", "properties": {
        "name": {"type": "string", "description": "e.g. John Smith", "default": "lookup"},
        "city": {"type": "string", "default": "Boston", "examples": ["Boston", "Salem"]},
        "dob": {"type": "string", "format": "date", "description": "e.g. 1980-01-31"}}}
    sampling = {"jsonrpc": "2.0", "id": 2, "method": "sampling/createMessage",
                "params": {"messages": [], "tools": [{"name": "lookup", "inputSchema": schema}]}}
    properties = inspect("tools/call", sampling)[0]["params"]["tools"][0]["inputSchema"]["properties"]
    assert "John" not in properties["name"]["description"] and "1980-01-31" not in properties["dob"]["description"]
    assert "default" not in properties["name"], "a default masking changes is dropped, never withheld"
    assert properties["dob"]["format"] == "date"


def test_binary_must_be_what_its_type_says_and_text_blobs_are_read() -> None:
    record = base64.b64encode(b'{"name": "Maria Garcia", "ssn": "123-45-6789"}').decode()
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(16)).decode()
    result = {"content": [{"type": "image", "data": record, "mimeType": "image/png"},
                          {"type": "image", "data": png, "mimeType": "image/png"},
                          {"type": "resource", "resource": {"uri": "ehr://docs/1", "mimeType": "application/fhir+json",
                                                            "blob": record}}]}
    out, inspector = inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": result})
    content = out["result"]["content"]
    assert content[0]["data"] != record, "not a PNG: masked as text"
    assert content[1]["data"] == png
    assert json.loads(base64.b64decode(content[2]["resource"]["blob"])) == {"name": "[NAME]", "ssn": "[SSN]"}
    assert inspector.masked_paths["result.content[2].resource.blob"] == {"NAME": 1, "SSN": 1}
    assert inspector.masked_paths["result.content[0].data"] == {"NAME": 1, "SSN": 1}


def test_bytes_that_are_not_what_their_type_says_are_withheld() -> None:
    opaque = base64.b64encode(bytes(range(256))).decode()
    with pytest.raises(McpError) as refused:
        inspect("tools/call", {"jsonrpc": "2.0", "id": 9, "result": {"content": [
            {"type": "audio", "data": opaque, "mimeType": "audio/wav"}]}})
    assert "result.content[0].data" in refused.value.message


@pytest.mark.parametrize("structure", [
    {"taskId": "okonkwo-19550304"}, {"requestState": "okonkwo", "resultType": "input_required"},
    {"progressToken": "okonkwo-88812345"}, {"taskId": "ChidiOkonkwo"},
    {"taskId": "\uff4f\uff4b\uff4f\uff4e\uff4b\uff57\uff4f-1"}, {"taskId": "o\u200bkonkwo-1"},
])
def test_the_names_the_data_holds_are_sought_in_structure(structure: dict) -> None:
    text = {"content": [{"type": "text", "text": "Chart of Chidi Okonkwo, born 1955-03-04"}]}
    if "taskId" in structure:
        message = {"jsonrpc": "2.0", "id": 9, "result": {**structure, "status": "completed", "result": text}}
        method = "tasks/get"
    elif "progressToken" in structure:
        message = {"jsonrpc": "2.0", "method": "notifications/progress",
                   "params": {**structure, "progress": 1, "message": "Chart of Chidi Okonkwo"}}
        method = "tools/call"
    else:
        message = {"jsonrpc": "2.0", "id": 9, "result": {**structure, **text}}
        method = "tools/call"
    with pytest.raises(McpError):
        inspect(method, message)
    neutral = json.loads(json.dumps(message).replace(json.dumps(next(iter(structure.values())))[1:-1], "t-4f9a2b"))
    assert "t-4f9a2b" in json.dumps(inspect(method, neutral)[0], ensure_ascii=False), "an ordinary id passes"


@pytest.mark.parametrize("method", ["ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"])
def test_an_empty_results_unknown_members_are_data(method: str) -> None:
    out, _ = inspect(method, {"jsonrpc": "2.0", "id": 9, "result": {"x": "Maria Garcia, SSN 123-45-6789"}})
    assert "123-45-6789" not in json.dumps(out)
    assert inspect(method, {"jsonrpc": "2.0", "id": 9, "result": {}})[0]["result"] == {}


def test_a_number_beyond_a_double_passes_as_sent_or_is_withheld_never_written_as_infinity() -> None:
    raw = b'{"jsonrpc":"2.0","id":9,"result":{"structuredContent":{"value":1e99999}}}'
    inspector = ResponseInspector(Ports.of(RealMasker()), None, McpCall("POST", "tools/call", 9, False, False),
                                  None, "POST")
    assert inspector.observe(parse_message(raw), raw) is None, "nothing changes: the bytes go as they came"
    masked = raw.replace(b'"value":1e99999', b'"value":1e99999,"ssn":"123-45-6789"')
    with pytest.raises(McpError) as refused:
        inspector.observe(parse_message(masked), masked)
    assert "beyond the range of a double" in refused.value.message


@pytest.mark.parametrize("token", ["1732960000", "8837462", "12345678-1234-4234-8234-123456789012", "T-1732960000",
                                   "65-0059387"])
def test_a_bare_number_in_structure_passes_while_the_same_number_in_data_is_masked(token: str) -> None:
    progress = {"jsonrpc": "2.0", "method": "notifications/progress",
                "params": {"progressToken": token, "progress": 1, "message": f"export {token} ready"}}
    out, _ = inspect("tools/call", progress)
    assert out["params"]["progressToken"] == token, "a progress token of digits is no identifier to withhold"
    assert token not in out["params"]["message"], "the same digits in data are masked"
    with pytest.raises(McpError):  # a word that calls it a record's number still withholds
        inspect("tools/call", {**progress, "params": {**progress["params"], "progressToken": f"MRN {token}"}})


def test_an_option_of_a_field_the_key_table_derives_is_checked_as_text_not_as_that_kind() -> None:
    schema = {"type": "object", "properties": {
        "group_id": {"type": "string", "enum": ["admins", "clinicians"]},
        "order_number": {"type": "string", "enum": ["first", "second"]}}}
    request = {"jsonrpc": "2.0", "id": 1, "method": "elicitation/create",
               "params": {"message": "Pick a group", "requestedSchema": schema}}
    out, _ = inspect("tools/call", request)
    assert out["params"]["requestedSchema"] == schema, "no identifier in 'admins' because of its key's name"
