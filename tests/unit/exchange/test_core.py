import gzip
import json

import pytest

from extproc.exchange import Exchange, Ports, Steps, WriteRecord
from extproc.identity.principal import Principal
from extproc.mcp.errors import McpError
from extproc.phi import MaskResult, get_profile, mask_json
from extproc.sessions import SessionConflict, SessionOwner, SessionTable, Standing
from extproc.settings import Limits
from tests.exchange_support import HEADERS, META, REQUEST, RESULT, FakeAccess, Verdict


def settle(steps: Steps):
    """Runs a phase to its answer; each record it asks for is taken as written."""
    try:
        effect = steps.send(None)
        while True:
            assert isinstance(effect, WriteRecord), effect
            effect = steps.send(None)
    except StopIteration as stop:
        return stop.value


class SettledExchange(Exchange):
    """An exchange whose phases run to their answers here, with no server to perform their effects."""

    def on_request_headers(self, *args):
        return settle(super().on_request_headers(*args))

    def on_request_body(self, *args):
        return settle(super().on_request_body(*args))

    def on_response_chunk(self, *args):
        return settle(super().on_response_chunk(*args))


def fresh() -> SettledExchange:
    return SettledExchange(Limits(), Ports.of(FakeAccess()))


def started(limits: Limits | None = None) -> SettledExchange:
    exchange = SettledExchange(limits or Limits(), Ports.of(FakeAccess()))
    assert exchange.on_request_headers("POST", HEADERS, False) is None
    assert exchange.on_request_body(REQUEST) is None
    exchange.on_response_start(200)
    return exchange


def stream(exchange: SettledExchange, chunks: list[bytes]) -> bytes:
    out = b""
    for i, chunk in enumerate(chunks):
        data, end = exchange.on_response_chunk(chunk, i == len(chunks) - 1)
        out += data
    assert end
    return out


def error_of(data: bytes) -> dict:
    if data.startswith(b"event:"):
        data = data.split(b"data: ", 1)[1]
    return json.loads(data)["error"]


def test_json_response_is_held_until_whole_then_forwarded() -> None:
    exchange = started()
    assert exchange.on_response_chunk(RESULT[:10], False) == (b"", False)
    assert exchange.on_response_chunk(RESULT[10:], True) == (RESULT, True)
    recorded = exchange.outcome().response_for_record
    assert recorded is not None and json.loads(recorded)["id"] == 9


def test_sse_response_streams_event_by_event() -> None:
    exchange = started()
    progress = b'event: message\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{}}\n\n'
    final = b"event: message\ndata: " + RESULT + b"\n\n"
    out, end = exchange.on_response_chunk(progress + final[:20], False)
    assert (out, end) == (progress, False)
    assert exchange.on_response_chunk(final[20:], False) == (final, True), "the answer ends the stream"
    assert exchange.on_response_chunk(b"", True) == (b"", True)
    assert exchange.outcome().messages_seen == 2


def test_nothing_after_the_answer_reaches_the_client() -> None:
    exchange = started()
    final = b"event: message\ndata: " + RESULT + b"\n\n"
    late = b'event: message\ndata: {"jsonrpc":"2.0","method":"notifications/message","params":{"data":"x"}}\n\n'
    assert exchange.on_response_chunk(final + late, False) == (final, True)
    assert exchange.on_response_chunk(late, False) == (b"", False)
    assert exchange.response_bytes == len(final) and exchange.outcome().messages_seen == 1


def test_compressed_body_is_refused_not_forwarded() -> None:
    exchange = started()
    out = stream(exchange, [gzip.compress(RESULT)])
    assert b"neither JSON nor an SSE stream" in out and error_of(out)["code"] == -32603
    assert exchange.refused


def test_a_body_that_is_not_what_its_label_says_is_refused_framed_as_labelled() -> None:
    """The client parses by the label: a refusal under an event-stream label is an event."""
    exchange = SettledExchange(Limits(), Ports.of(FakeAccess()))
    exchange.on_request_headers("POST", HEADERS, False)
    exchange.on_request_body(REQUEST)
    exchange.on_response_start(200, event_stream=True)
    out = stream(exchange, [RESULT])
    assert out.startswith(b"event: message\ndata: ") and "JSON document labelled text/event-stream" in (
        error_of(out)["message"])
    exchange = SettledExchange(Limits(), Ports.of(FakeAccess()))
    exchange.on_request_headers("POST", HEADERS, False)
    exchange.on_request_body(REQUEST)
    exchange.on_response_start(200, event_stream=False)
    out = stream(exchange, [b"event: message\ndata: " + RESULT + b"\n\n"])
    assert "event stream not labelled text/event-stream" in error_of(out)["message"]
    assert json.loads(out)["id"] == 9, "a JSON error, as the label says"


def test_html_error_page_is_refused() -> None:
    out = stream(started(), [b"<html>502 Bad Gateway</html>"])
    assert json.loads(out)["id"] == 9


def test_response_to_another_request_is_refused() -> None:
    out = stream(started(), [RESULT.replace(b'"id": 9', b'"id": 10')])
    assert "different JSON-RPC id" in error_of(out)["message"]


def test_oversized_sse_event_is_refused_midstream() -> None:
    exchange = started(Limits(max_sse_event_bytes=1000))
    out, end = exchange.on_response_chunk(b"data: " + b"x" * 2000, False)
    assert end and b"x" * 100 not in out and "event limit" in error_of(out)["message"]
    assert exchange.on_response_chunk(b"more", True) == (b"", True)


def test_oversized_json_is_refused() -> None:
    out = stream(started(Limits(max_json_response_bytes=100)), [RESULT + b" " * 200])
    assert "limit" in error_of(out)["message"]


def test_empty_body() -> None:
    assert stream(started(), [b""]) == b""


def test_bad_request_is_refused_with_status_and_id() -> None:
    exchange = fresh()
    assert exchange.on_request_headers("POST", {**HEADERS, "mcp-name": "export_cohort"}, False) is None
    refusal = exchange.on_request_body(REQUEST)
    assert refusal is not None and refusal.status == 400
    assert json.loads(refusal.body)["error"]["code"] == -32020
    assert json.loads(refusal.body)["id"] == 9


def test_request_over_the_limit() -> None:
    exchange = SettledExchange(Limits(max_request_bytes=10), Ports.of(FakeAccess()))
    exchange.on_request_headers("POST", HEADERS, False)
    refusal = exchange.on_request_body(REQUEST)
    assert refusal is not None and refusal.status == 413


def test_post_without_body_and_unknown_methods() -> None:
    refusal = fresh().on_request_headers("POST", HEADERS, True)
    assert refusal is not None and refusal.status == 400
    refusal = fresh().on_request_headers("PATCH", {"authorization": "Bearer good"}, True)
    assert refusal is not None and refusal.status == 405


def test_unauthenticated_request_gets_401_with_challenge() -> None:
    reply = fresh().on_request_headers("POST", {**HEADERS, "authorization": "x"}, False)
    assert reply is not None and reply.status == 401
    assert dict(reply.headers)["www-authenticate"] == 'Bearer error="invalid_token"'
    assert json.loads(reply.body)["error"]["code"] == -32001


def test_a_browser_origin_not_allowed_is_refused_with_403_before_anything_else() -> None:
    exchange = fresh()
    reply = exchange.on_request_headers("POST", {**HEADERS, "origin": "http://evil.example"}, False)
    assert reply is not None and reply.status == 403
    assert json.loads(reply.body)["error"] == {"code": -32003, "message": "Origin not allowed"}
    assert exchange.principal is None and exchange.refused == "Origin not allowed"
    assert exchange.outcome().reply_status == 403, "recorded as a refusal"
    for headers in (HEADERS, {**HEADERS, "origin": "http://127.0.0.1:10000"}):  # no Origin: not a browser
        exchange = fresh()
        assert exchange.on_request_headers("POST", headers, False) is None and exchange.principal is not None


def test_metadata_document_needs_no_token() -> None:
    reply = fresh().on_request_headers(
        "GET", {":path": "/.well-known/oauth-protected-resource/mcp"}, True)
    assert reply is not None and reply.status == 200 and reply.body == b'{"resource":"x"}'


def test_policy_denial_is_a_jsonrpc_error_naming_the_rule() -> None:
    exchange = fresh()
    exchange.on_request_headers("POST", {**HEADERS, "mcp-name": "secret_tool"}, False)
    request = REQUEST.replace(b"get_patient", b"secret_tool")
    reply = exchange.on_request_body(request)
    assert reply is not None and reply.status == 200
    error = json.loads(reply.body)["error"]
    assert error["code"] == -32003 and "rule for secret_tool" in error["message"]


def test_a_denial_tells_the_caller_less_than_the_record_when_the_policy_says_so() -> None:
    class Withholding(FakeAccess):
        def decide(self, principal, call):
            return Verdict(False, "task t-1 was created by another caller", code=-32602, told="unknown task t-1")

    exchange = SettledExchange(Limits(), Ports.of(Withholding()))
    exchange.on_request_headers("POST", HEADERS, False)
    reply = exchange.on_request_body(REQUEST)
    assert reply is not None and json.loads(reply.body)["error"] == {"code": -32602, "message": "unknown task t-1"}
    outcome = exchange.outcome()
    assert outcome.decision is not None and outcome.decision.rule == "task t-1 was created by another caller"
    assert outcome.refused == "task t-1 was created by another caller"


@pytest.mark.parametrize(("code", "status"), [(-32601, 404), (-32021, 400), (-32602, 200), (-32003, 200)])
def test_a_2026_denial_carries_its_http_status_and_error_data(code: int, status: int) -> None:
    data = {"requiredCapabilities": {"extensions": {"io.modelcontextprotocol/tasks": {}}}}

    class Refusing(FakeAccess):
        def decide(self, principal, call):
            return Verdict(False, "refused", code=code, data=data if code == -32021 else None)

    exchange = SettledExchange(Limits(), Ports.of(Refusing()))
    exchange.on_request_headers("POST", HEADERS, False)
    reply = exchange.on_request_body(REQUEST)
    assert reply is not None and reply.status == status
    error = json.loads(reply.body)["error"]
    assert error["code"] == code and error.get("data") == (data if code == -32021 else None)


def test_an_unsupported_protocol_version_is_answered_400_with_the_supported_ones_and_never_decided() -> None:
    class Deciding(FakeAccess):
        decided = 0

        def decide(self, principal, call):
            Deciding.decided += 1
            return super().decide(principal, call)

    exchange = SettledExchange(Limits(), Ports.of(Deciding()))
    exchange.on_request_headers("POST", {**HEADERS, "mcp-protocol-version": "v999.0.0"}, False)
    request = REQUEST.replace(META["io.modelcontextprotocol/protocolVersion"].encode(), b"v999.0.0")
    reply = exchange.on_request_body(request)
    assert reply is not None and reply.status == 400 and Deciding.decided == 0
    answer = json.loads(reply.body)
    assert answer["id"] == 9 and answer["error"]["code"] == -32022
    assert answer["error"]["data"] == {"supported": ["2026-07-28"], "requested": "v999.0.0"}
    assert "v999" not in (exchange.outcome().refused or ""), "the record holds no caller text"


@pytest.mark.parametrize(("code", "status"), [(-32601, 400), (-32003, 403)])
def test_a_refused_notification_gets_an_http_error_with_a_jsonrpc_error_and_no_id(code: int, status: int) -> None:
    class Refusing(FakeAccess):
        def decide(self, principal, call):
            return Verdict(False, "not a client notification", code=code)

    exchange = SettledExchange(Limits(), Ports.of(Refusing()))
    exchange.on_request_headers("POST", {"authorization": "Bearer good"}, False)
    reply = exchange.on_request_body(b'{"jsonrpc":"2.0","method":"notifications/anything"}')
    assert reply is not None and reply.status == status, "an unknown notification is a bad request, not forbidden"
    assert json.loads(reply.body)["id"] is None and json.loads(reply.body)["error"]["code"] == code


def test_list_results_are_filtered_and_secrets_scrubbed() -> None:
    exchange = fresh()
    list_headers = {**HEADERS, "mcp-method": "tools/list"}
    del list_headers["mcp-name"]
    exchange.on_request_headers("POST", list_headers, False)
    assert exchange.on_request_body(json.dumps({"jsonrpc": "2.0", "id": 9, "method": "tools/list",
                                                "params": {"_meta": META}}).encode()) is None
    exchange.on_response_start(200)
    result = {"tools": [{"name": "ok"}, {"name": "hidden_one"}], "nextCursor": "SECRET"}
    out, _ = exchange.on_response_chunk(json.dumps({"jsonrpc": "2.0", "id": 9, "result": result}).encode(), True)
    assert json.loads(out)["result"] == {"tools": [{"name": "ok"}], "nextCursor": "[X]"}


def _answer(method: str, message: dict) -> bytes:
    """What the client gets when the upstream sends `message` in answer to a `method` request."""
    exchange = fresh()
    headers = {**HEADERS, "mcp-method": method}
    del headers["mcp-name"]
    exchange.on_request_headers("POST", headers, False)
    assert exchange.on_request_body(json.dumps({"jsonrpc": "2.0", "id": 9, "method": method,
                                                "params": {"_meta": META}}).encode()) is None
    exchange.on_response_start(200)
    out, _ = exchange.on_response_chunk(json.dumps(message).encode(), True)
    return out


def test_a_result_of_any_shape_is_masked() -> None:
    out = _answer("completion/complete", {"jsonrpc": "2.0", "id": 9, "result": "SSN 123-45-6789"})
    assert b"123-45-6789" not in out and b"[SSN]" in out


def test_unknown_methods_are_masked_protocol_results_are_not() -> None:
    assert b"[SSN]" in _answer("vendor/export", {"jsonrpc": "2.0", "id": 9, "result": {"x": "123-45-6789"}})
    version = {"jsonrpc": "2.0", "id": 9, "result": {"protocolVersion": "123-45-6789"}}
    assert b"123-45-6789" in _answer("server/discover", version), "protocol plumbing is left alone"
    assert b"123-45-6789" not in _answer("ping", version), "but an empty result has no members: any is data"


def test_server_messages_are_masked_unless_plumbing() -> None:
    stream = (b'data: {"jsonrpc":"2.0","method":"vendor/note","params":{"t":"123-45-6789"}}\n\n'
              b'data: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":"tok-7",'
              b'"message":"123-45-6789"}}\n\n')
    exchange = fresh()
    exchange.on_request_headers("POST", HEADERS, False)
    exchange.on_request_body(REQUEST)
    exchange.on_response_start(200)
    out, _ = exchange.on_response_chunk(stream, False)
    events = [json.loads(e.split(b"data: ", 1)[1]) for e in out.split(b"\n\n") if e]
    assert events[0]["params"]["t"] == "[SSN]"
    assert events[1]["params"] == {"progressToken": "tok-7", "message": "[SSN]"}


class MaskingAccess(FakeAccess):
    """FakeAccess with the real masker and lists left as they are."""

    def filter_list(self, principal: Principal, method: str, result: dict) -> dict:
        return result

    def mask(self, value, profile, session) -> MaskResult:
        return mask_json(value, get_profile(profile))


def test_resource_catalogues_mask_display_texts_and_keep_uris() -> None:
    exchange = SettledExchange(Limits(), Ports.of(MaskingAccess()))
    headers = {**HEADERS, "mcp-method": "resources/list"}
    del headers["mcp-name"]
    exchange.on_request_headers("POST", headers, False)
    exchange.on_request_body(json.dumps({"jsonrpc": "2.0", "id": 9, "method": "resources/list",
                                         "params": {"_meta": META}}).encode())
    exchange.on_response_start(200)
    chart = {"uri": "ehr://patients/P000042/chart", "name": "Chart: Maria Garcia", "mimeType": "application/json",
             "description": "Maria Garcia, born 1955-03-04, SSN 123-45-6789"}
    formulary = {"uri": "ehr://formulary", "name": "formulary", "title": "Drug formulary"}
    message = {"jsonrpc": "2.0", "id": 9, "result": {"resources": [chart, formulary]}}
    out, _ = exchange.on_response_chunk(json.dumps(message).encode(), True)
    first, second = json.loads(out)["result"]["resources"]
    assert first["uri"] == chart["uri"] and first["mimeType"] == "application/json"
    for secret in ("Maria", "Garcia", "03-04", "123-45-6789"):
        assert secret not in out.decode()
    assert second == formulary
    assert exchange.outcome().masked_paths["result.resources[0].description"]["SSN"] == 1
    assert "NAME" in exchange.outcome().masked_paths["result.resources[0].name"]
    assert "Maria" not in (exchange.outcome().response_for_record or "")


def test_tool_catalogues_are_not_masked() -> None:
    tools = {"jsonrpc": "2.0", "id": 9, "result": {"tools": [{"name": "ok", "description": "SSN 123-45-6789"}]}}
    assert b"123-45-6789" in _answer("tools/list", tools)


def test_a_rewritten_event_keeps_its_explicit_event_line() -> None:
    exchange = started()
    with_type = b'event: message\ndata: {"jsonrpc":"2.0","method":"vendor/x","params":{"t":"123-45-6789"}}\n\n'
    without = b'data: {"jsonrpc":"2.0","method":"vendor/x","params":{"t":"123-45-6789"}}\n\n'
    out, _ = exchange.on_response_chunk(with_type + without, False)
    first, second = out.split(b"\n\n")[:2]
    assert first.startswith(b"event: message\ndata: ") and b"[SSN]" in first
    assert second.startswith(b"data: ") and b"[SSN]" in second


# --- tasks and methods the gateway does not know -----------------------------------------------------------------

class NotFoundAccess(FakeAccess):
    """Denies `admin/*` as a method MCP does not define."""

    def decide(self, principal: Principal, call):
        if (call.method or "").startswith("admin/"):
            return Verdict(False, f"method not found: {call.method} is not a method of MCP", code=-32601)
        return super().decide(principal, call)


def _refusal_of(method: str, headers: dict) -> tuple[int, dict]:
    exchange = SettledExchange(Limits(), Ports.of(NotFoundAccess()))
    exchange.on_request_headers("POST", headers, False)
    params = {"_meta": META} if "mcp-method" in headers else {}
    reply = exchange.on_request_body(json.dumps({"jsonrpc": "2.0", "id": 3, "method": method,
                                                 "params": params}).encode())
    assert reply is not None and exchange.forwarded_ns is None
    return reply.status, json.loads(reply.body)


def test_an_unknown_method_is_answered_method_not_found() -> None:
    modern = {**HEADERS, "mcp-method": "admin/reset"}
    del modern["mcp-name"]
    status, body = _refusal_of("admin/reset", modern)
    assert status == 404, "2026-07-28 answers an unimplemented method with 404"
    assert body["error"] == {"code": -32601, "message": "method not found: admin/reset is not a method of MCP"}
    assert body["id"] == 3
    status, body = _refusal_of("admin/reset", {"authorization": "Bearer good"})
    assert status == 200 and body["error"]["code"] == -32601


class TaskAccess(FakeAccess):
    """Every tools/call result creates task t-1 (or refuses one named `taken`); tasks/list keeps `t-1` only."""

    def task_created(self, principal: Principal, call, result: dict) -> str | None:
        task_id = (result.get("task") or {}).get("taskId")
        if task_id == "taken":
            raise McpError(-32603, "the upstream answered with a task id another caller's task holds")
        return task_id

    def own_tasks(self, principal: Principal, call, result: dict) -> dict:
        return {**result, "tasks": [t for t in result["tasks"] if t["taskId"] == "t-1"]}


def _task_exchange(request: dict, headers: dict) -> SettledExchange:
    exchange = SettledExchange(Limits(), Ports.of(TaskAccess()))
    assert exchange.on_request_headers("POST", headers, False) is None
    assert exchange.on_request_body(json.dumps(request).encode()) is None
    exchange.on_response_start(200)
    return exchange


def test_a_tool_result_creating_a_task_is_recorded_with_its_tool() -> None:
    exchange = _task_exchange(json.loads(REQUEST), HEADERS)
    created = json.dumps({"jsonrpc": "2.0", "id": 9, "result": {"task": {"taskId": "t-1", "status": "working"}}})
    assert json.loads(stream(exchange, [created.encode()]))["result"]["task"]["taskId"] == "t-1"
    assert exchange.outcome().task == {"id": "t-1", "tool": "get_patient", "created": True}


def test_a_task_that_cannot_be_bound_is_withheld() -> None:
    exchange = _task_exchange(json.loads(REQUEST), HEADERS)
    taken = json.dumps({"jsonrpc": "2.0", "id": 9, "result": {"task": {"taskId": "taken"}}})
    out = stream(exchange, [taken.encode()])
    assert b"taken" not in out and "another caller's task" in error_of(out)["message"]
    assert exchange.outcome().task is None


def test_tasks_list_keeps_the_callers_own_tasks() -> None:
    request = {"jsonrpc": "2.0", "id": 9, "method": "tasks/list", "params": {}}
    exchange = _task_exchange(request, {"authorization": "Bearer good"})
    listed = {"jsonrpc": "2.0", "id": 9, "result": {"tasks": [{"taskId": "t-1"}, {"taskId": "t-2"}]}}
    out = json.loads(stream(exchange, [json.dumps(listed).encode()]))
    assert out["result"]["tasks"] == [{"taskId": "t-1"}]


def test_a_listen_stream_masks_task_results_but_not_its_acknowledgement() -> None:
    exchange = SettledExchange(Limits(), Ports.of(FakeAccess()))
    headers = {**HEADERS, "mcp-method": "subscriptions/listen"}
    del headers["mcp-name"]
    exchange.on_request_headers("POST", headers, False)
    assert exchange.on_request_body(json.dumps({
        "jsonrpc": "2.0", "id": 9, "method": "subscriptions/listen",
        "params": {"notifications": {"taskIds": ["t-1"]}, "_meta": META}}).encode()) is None
    exchange.on_response_start(200)
    acknowledged = {"jsonrpc": "2.0", "method": "notifications/subscriptions/acknowledged",
                    "params": {"notifications": {"taskIds": ["t-1"]}}}
    status = {"jsonrpc": "2.0", "method": "notifications/tasks",
              "params": {"taskId": "t", "status": "completed", "result": {"content": [{"text": "123-45-6789"}]}}}
    events = [b"event: message\ndata: " + json.dumps(doc).encode() + b"\n\n" for doc in (acknowledged, status)]
    out, ended = exchange.on_response_chunk(b"".join(events), False)
    assert not ended, "notifications do not end the stream"
    first, second = out.split(b"\n\n")[:2]
    assert b"t-1" in first and b"123-45-6789" not in second and b"[SSN]" in second


class SessionsAccess(FakeAccess):
    """`Bearer good` is alice, `Bearer ivy` is ivy; sessions are bound in a real session table."""

    def __init__(self) -> None:
        self.table = SessionTable()

    def authenticate(self, headers) -> Principal:
        if headers.get("authorization") == "Bearer ivy":
            return Principal("ivy", "iss")
        return super().authenticate(headers)

    def session_refusal(self, principal: Principal, session_id: str) -> str | None:
        standing = self.table.standing(session_id, SessionOwner(principal.issuer, principal.subject, ""))
        return None if standing is Standing.OWN else f"session {standing.value}"

    def session_started(self, principal: Principal, session_id: str) -> None:
        try:
            self.table.bind(session_id, SessionOwner(principal.issuer, principal.subject, ""))
        except SessionConflict:
            raise McpError(-32603, "the upstream issued a session id another caller's session holds") from None

    def session_ended(self, principal: Principal, session_id: str) -> None:
        self.table.end(session_id, SessionOwner(principal.issuer, principal.subject, ""))

    def events_sent(self, principal: Principal, session_id: str, event_ids) -> None:
        self.table.events_sent(session_id, SessionOwner(principal.issuer, principal.subject, ""), event_ids)

    def was_sent(self, principal: Principal, session_id: str, event_id: str) -> bool:
        return self.table.was_sent(session_id, SessionOwner(principal.issuer, principal.subject, ""), event_id)


LEGACY = {"mcp-protocol-version": "2025-11-25"}
INITIALIZE = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}).encode()
INITIALIZED = json.dumps({"jsonrpc": "2.0", "id": 1, "result": {"protocolVersion": "2025-11-25"}}).encode()
PING = json.dumps({"jsonrpc": "2.0", "id": 2, "method": "ping"}).encode()
NOT_FOUND = {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Session not found"}}


def _initialize(access: SessionsAccess, token: str, issued: str | None) -> bytes:
    exchange = SettledExchange(Limits(), Ports.of(access))
    assert exchange.on_request_headers("POST", {"authorization": token}, False) is None
    assert exchange.on_request_body(INITIALIZE) is None
    exchange.on_response_start(200, False, issued)
    out = stream(exchange, [INITIALIZED])
    opened = exchange.outcome().call
    assert opened is not None and opened.session_id == (issued if out == INITIALIZED else None)
    return out


def _in_session(access: SessionsAccess, token: str, http_method: str, session: str,
                **extra: str) -> tuple[object, SettledExchange]:
    """The refusal of a request naming `session` (None: let through), and its exchange."""
    exchange = SettledExchange(Limits(), Ports.of(access))
    headers = {"authorization": token, "mcp-session-id": session, **LEGACY, **extra}
    if http_method != "POST":
        return exchange.on_request_headers(http_method, headers, True), exchange
    assert exchange.on_request_headers("POST", headers, False) is None
    return exchange.on_request_body(PING), exchange


def test_an_initialize_answer_binds_its_session_to_the_caller() -> None:
    access = SessionsAccess()
    assert _initialize(access, "Bearer good", "s-alice") == INITIALIZED, "the answer itself passes unchanged"
    for http_method in ("POST", "GET", "DELETE"):
        refusal, exchange = _in_session(access, "Bearer good", http_method, "s-alice")
        assert refusal is None and exchange.forwarded_ns is not None
    refusal, _ = _in_session(access, "Bearer good", "POST", "s-alice")
    assert refusal is not None and refusal.status == 404, "DELETE ended the session"


@pytest.mark.parametrize("http_method", ["POST", "GET", "DELETE"])
def test_another_callers_session_is_not_found_and_not_forwarded(http_method: str) -> None:
    access = SessionsAccess()
    _initialize(access, "Bearer good", "s-alice")
    refusal, exchange = _in_session(access, "Bearer ivy", http_method, "s-alice")
    unknown, _ = _in_session(access, "Bearer ivy", http_method, "s-never")
    assert refusal is not None and unknown is not None
    assert (refusal.status, json.loads(refusal.body)) == (404, NOT_FOUND)
    assert (unknown.status, unknown.body) == (refusal.status, refusal.body), "no oracle for others' sessions"
    assert exchange.forwarded_ns is None
    assert exchange.outcome().refused == "session others" and exchange.outcome().reply_status == 404
    assert _in_session(access, "Bearer good", "POST", "s-alice")[0] is None, "the owner's session goes on"


def test_a_policy_refusal_is_answered_as_policy_says_whatever_the_session() -> None:
    access = SessionsAccess()
    exchange = SettledExchange(Limits(), Ports.of(access))
    exchange.on_request_headers("POST", {"authorization": "Bearer ivy", "mcp-session-id": "s-x", **LEGACY}, False)
    refusal = exchange.on_request_body(json.dumps({"jsonrpc": "2.0", "id": 4, "method": "tools/call",
                                                   "params": {"name": "secret_tool"}}).encode())
    assert refusal is not None and refusal.status == 200 and json.loads(refusal.body)["error"]["code"] == -32003


def test_an_initialize_answer_whose_session_cannot_be_bound_is_withheld() -> None:
    access = SessionsAccess()
    _initialize(access, "Bearer good", "s-alice")
    out = _initialize(access, "Bearer ivy", "s-alice")
    assert b"protocolVersion" not in out and "another caller's session" in error_of(out)["message"]
    assert _in_session(access, "Bearer good", "POST", "s-alice")[0] is None, "the session stays alice's"


def test_only_an_initialize_answer_opens_a_session() -> None:
    access = SessionsAccess()
    _initialize(access, "Bearer good", None)
    assert len(access.table) == 0
    exchange = SettledExchange(Limits(), Ports.of(access))  # a tools/call answered with a session id
    exchange.on_request_headers("POST", HEADERS, False)
    assert exchange.on_request_body(REQUEST) is None
    exchange.on_response_start(200, False, "s-sneaky")
    assert stream(exchange, [RESULT]) == RESULT and len(access.table) == 0


NOT_RESUMABLE = {"jsonrpc": "2.0", "id": None, "error": {
    "code": -32600, "message": "the stream cannot be resumed from this Last-Event-ID; open a new stream"}}
NOTICE = json.dumps({"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info",
                                                                                      "data": "x"}}).encode()


def _sse(event_id: str, data: bytes = NOTICE) -> bytes:
    return b"id: " + event_id.encode() + b"\ndata: " + data + b"\n\n"


def _stream_events(access: SessionsAccess, token: str, session: str, events: bytes) -> None:
    """The session's GET stream carries `events` to its caller."""
    refusal, exchange = _in_session(access, token, "GET", session)
    assert refusal is None
    exchange.on_response_start(200, True, session)
    out, _ = exchange.on_response_chunk(events, False)
    assert out == events.replace(b": keep-alive", b":"), "comments never pass on: a keep-alive stays a bare colon"


def _resume(access: SessionsAccess, token: str, http_method: str, session: str, event_id: str):
    return _in_session(access, token, http_method, session, **{"last-event-id": event_id})


@pytest.mark.parametrize("http_method", ["GET", "POST"])
def test_a_stream_is_resumed_only_from_an_event_its_own_session_was_sent(http_method: str) -> None:
    access = SessionsAccess()
    _initialize(access, "Bearer good", "s-alice")
    _initialize(access, "Bearer ivy", "s-ivy")
    _stream_events(access, "Bearer good", "s-alice", _sse("ev-1") + b": keep-alive\n\n" + _sse("ev-2"))
    _stream_events(access, "Bearer ivy", "s-ivy", _sse("ev-9"))
    for event_id in ("ev-1", "ev-2"):
        refusal, exchange = _resume(access, "Bearer good", http_method, "s-alice", event_id)
        assert refusal is None and exchange.forwarded_ns is not None
    for token, session, event_id in (("Bearer ivy", "s-ivy", "ev-1"),  # alice's event, from ivy's session
                                     ("Bearer good", "s-alice", "ev-9"),  # ivy's event, from alice's session
                                     ("Bearer good", "s-alice", "ev-3"),  # never sent
                                     ("Bearer good", "s-alice", "ev-1,ev-2"),  # two headers, joined
                                     ("Bearer good", "s-alice", "")):
        refusal, exchange = _resume(access, token, http_method, session, event_id)
        assert refusal is not None and (refusal.status, json.loads(refusal.body)) == (400, NOT_RESUMABLE)
        assert exchange.forwarded_ns is None
        assert exchange.outcome().refused.startswith("Last-Event-ID names no event the gateway sent")
        assert exchange.outcome().reply_status == 400


def test_an_initialize_answers_event_ids_belong_to_the_session_it_opens() -> None:
    access = SessionsAccess()
    exchange = SettledExchange(Limits(), Ports.of(access))
    assert exchange.on_request_headers("POST", {"authorization": "Bearer good"}, False) is None
    assert exchange.on_request_body(INITIALIZE) is None
    exchange.on_response_start(200, True, "s-alice")
    exchange.on_response_chunk(_sse("ev-0", b"") + _sse("ev-1", INITIALIZED) + _sse("ev-2"), False)
    assert _resume(access, "Bearer good", "GET", "s-alice", "ev-0")[0] is None, "the priming event"
    assert _resume(access, "Bearer good", "GET", "s-alice", "ev-1")[0] is None
    assert _resume(access, "Bearer good", "GET", "s-alice", "ev-2")[0] is not None, "after the answer: not sent"


def test_an_event_withheld_is_not_resumable_from() -> None:
    access = SessionsAccess()
    _initialize(access, "Bearer good", "s-alice")
    _, exchange = _in_session(access, "Bearer good", "GET", "s-alice")
    exchange.on_response_start(200, True, "s-alice")
    out, ended = exchange.on_response_chunk(_sse("ev-1") + _sse("ev-2", b"not JSON-RPC"), False)
    assert ended and b"ev-1" not in out, "the chunk is replaced by the error refusing the stream"
    assert _resume(access, "Bearer good", "GET", "s-alice", "ev-1")[0] is not None


def test_last_event_id_without_a_session_is_refused_before_the_upstream() -> None:
    exchange = SettledExchange(Limits(), Ports.of(SessionsAccess()))
    assert exchange.on_request_headers("POST", {**HEADERS, "last-event-id": "ev-1"}, False) is None
    refusal = exchange.on_request_body(REQUEST)
    assert refusal is not None and (refusal.status, json.loads(refusal.body)) == (400, NOT_RESUMABLE)
    assert exchange.forwarded_ns is None and exchange.outcome().refused == "Last-Event-ID without an MCP session"
    assert fresh().on_request_headers("GET", {"authorization": "Bearer good", "last-event-id": "ev-1", **LEGACY},
                                      True).status == 400
