import copy
import json

from extproc.exchange.inspection import ResponseInspector
from extproc.exchange.ports import Ports
from extproc.mcp.call import McpCall
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
    "plan": {"type": "string", "enum": ["Maria", "Rose"], "enumNames": ["Plan Maria", "Plan Rose"],
             "default": "Rose"},
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
    assert properties["plan"]["default"] == "Rose", "an enum member stays"
    assert properties["visits"]["default"] == 3, "nothing to mask: kept"
    assert "default" not in properties["email"] and "default" not in properties["name"]
    assert "default" not in properties["mrn"], "the field's name is the signal: an MRN"
    paths = inspector.masked_paths
    assert paths["params.requestedSchema.properties.email.default"] == {"EMAIL": 1}
    assert paths["params.requestedSchema.properties.name.default"] == {"NAME": 1}
    assert paths["params.requestedSchema.properties.mrn.default"] == {"MRN": 1}
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
    assert "result.inputRequests.confirm.params.requestedSchema.properties.email.default" in inspector.masked_paths


def test_tool_results_mask_text_and_keep_link_names() -> None:
    link = {"type": "resource_link", "uri": "test://blob/1", "name": "Blob Resource 1",
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
    assert content[1] == link and content[2] == image
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


def test_protocol_errors_keep_their_data_data_method_errors_are_masked() -> None:
    version = {"jsonrpc": "2.0", "id": 9, "error": {
        "code": -32022, "message": "Unsupported protocol version: 2099-01-01",
        "data": {"supported": ["2026-07-28", "2025-11-25"], "requested": "2099-01-01"}}}
    out, inspector = inspect("tools/call", version)
    assert out == version and inspector.masked == {}
    failed = {"jsonrpc": "2.0", "id": 9, "error": {"code": -32603, "message": "no chart for 123-45-6789",
                                                   "data": {"ssn": "123-45-6789"}}}
    out, inspector = inspect("tools/call", failed)
    assert out["error"] == {"code": -32603, "message": "no chart for [SSN]", "data": {"ssn": "[SSN]"}}
    assert set(inspector.masked_paths) == {"error.message", "error.data.ssn"}
    plumbing = {"jsonrpc": "2.0", "id": 9, "error": {"code": -32602, "message": "Unsupported version 2024-01-01"}}
    assert inspect("initialize", plumbing)[0] == plumbing


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
