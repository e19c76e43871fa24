"""Tasks through real Envoy, both revisions: a task follows the caller that created it, its data is masked
and recorded like a call's, other callers and unknown tasks are refused before the upstream, and so is a
2026-07-28 client that did not declare the tasks extension (-32021); methods MCP does not define are answered
-32601 and never forwarded, whatever their params."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import mcp_types as types
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.conftest import Gateway, Setup, gateway_in_front_of
from tests.integration.task_upstream import NOTE, TASKS_EXTENSION, TaskUpstream

MODERN = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientCapabilities": {"extensions": {TASKS_EXTENSION: {}}}}


@pytest.fixture(scope="module")
def upstream() -> Iterator[TaskUpstream]:
    with TaskUpstream() as server:
        yield server


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tasks-journal") / "journal"


@pytest.fixture(scope="module")
def gateway(upstream: TaskUpstream, journal: Path, tmp_path_factory: pytest.TempPathFactory,
            setup: Setup) -> Iterator[Gateway]:
    yield from gateway_in_front_of(Endpoint("127.0.0.1", upstream.port), tmp_path_factory.mktemp("tasks"), setup,
                                   journal)


OPENED: dict[tuple[str, str], str] = {}
"""(gateway URL, a test's name for a session) → the session id the upstream issued when it was opened."""


class Caller:
    """One principal speaking raw JSON-RPC through the gateway: 2025-11-25 in a session, or 2026-07-28.

    A `session` is a test's name for one: the first caller naming it opens it through the gateway (so it is
    that caller's), later ones naming it use the same session id."""

    def __init__(self, gateway: Gateway, token: str, session: str | None = None, meta: dict | None = None) -> None:
        self.gateway, self.token, self.meta = gateway, token, meta or META
        self._ids = iter(range(1, 1000))
        self.session = None if session is None else OPENED.get((gateway.url, session))
        if session is not None and self.session is None:
            self.session = OPENED[gateway.url, session] = self._open()

    def _open(self) -> str:
        headers = {"authorization": f"Bearer {self.token}", "accept": "application/json, text/event-stream"}
        params = {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
        opened = httpx2.post(self.gateway.url, headers=headers, timeout=20,
                             json={"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": params})
        return opened.headers["mcp-session-id"]

    def send(self, method: str, params: dict[str, Any], name: str | None = None,
             request_id: int | None = None) -> httpx2.Response:
        """A request (with the next id, or `request_id`); `notify` for a message without one."""
        return self._post(method, params, name, next(self._ids) if request_id is None else request_id)

    def notify(self, method: str, params: dict[str, Any]) -> httpx2.Response:
        return self._post(method, params, None, None)

    def _post(self, method: str, params: dict[str, Any], name: str | None, request_id: int | None) -> httpx2.Response:
        headers = {"authorization": f"Bearer {self.token}", "content-type": "application/json",
                   "accept": "application/json, text/event-stream"}
        if self.session is not None:
            headers["mcp-session-id"] = self.session
        else:  # 2026-07-28: the version in _meta and the headers mirroring the body
            params = {**params, "_meta": self.meta}
            headers |= {"mcp-protocol-version": MODERN, "mcp-method": method}
            if name is not None:
                headers["mcp-name"] = name
        body = {"jsonrpc": "2.0", "method": method, "params": params}
        if request_id is not None:
            body["id"] = request_id
        return httpx2.post(self.gateway.url, json=body, headers=headers, timeout=20)

    def create_task(self, tool: str = "search_patients", **extra: Any) -> str:
        params = {"name": tool, "arguments": {"query": "a"}, **extra}
        if self.session is not None:
            params["task"] = {"ttl": 60000}
        result = self.send("tools/call", params, name=tool).json()["result"]
        return result["task"]["taskId"] if self.session is not None else result["taskId"]

    def task(self, method: str, task_id: str) -> httpx2.Response:
        return self.send(method, {"taskId": task_id}, name=task_id)


@pytest.fixture
def forwarded(upstream: TaskUpstream):
    """The methods that reached the upstream since the test started (but the `initialize`s opening sessions)."""
    start = len(upstream.received)
    return lambda: [m for m in upstream.methods_received()[start:] if m != "initialize"]


def test_the_creator_reaches_its_task_and_its_data_comes_back_masked(gateway: Gateway, setup: Setup) -> None:
    ivy = Caller(gateway, setup.token("ivy", ("interns",)), session="s-ivy")
    task_id = ivy.create_task()
    assert ivy.task("tasks/get", task_id).json()["result"]["status"] == "completed"
    result = ivy.task("tasks/result", task_id).json()["result"]
    text = result["content"][0]["text"]
    assert "123-45-6789" not in text and "[SSN]" in text, "tool data is masked like a tools/call result"
    assert ivy.task("tasks/cancel", task_id).json()["result"]["status"] == "cancelled"


@pytest.mark.parametrize("method", ["tasks/get", "tasks/result", "tasks/cancel"])
def test_another_principals_task_is_refused_before_the_upstream(gateway: Gateway, setup: Setup, forwarded,
                                                                method: str) -> None:
    task_id = Caller(gateway, setup.token("ivy", ("interns",)), session="s-ivy").create_task()
    ana = Caller(gateway, setup.token("ana", ("analysts",)), session="s-ivy")  # even naming ivy's session
    response = ana.task(method, task_id)
    assert response.status_code == 200
    unknown = ana.task(method, "no-such-task").json()["error"]
    assert response.json()["error"] == {**unknown, "message": unknown["message"].replace("no-such-task", task_id)}
    assert unknown["code"] == -32602, "another's task is answered like none: no oracle for which ids exist"
    other_session = Caller(gateway, setup.token("ivy", ("interns",)), session="s-elsewhere").task(method, task_id)
    assert other_session.json()["error"] == response.json()["error"]
    assert forwarded() == ["tools/call"], "only the call that created the task reached the upstream"


def test_an_unknown_task_is_refused_as_invalid_params(gateway: Gateway, setup: Setup, forwarded) -> None:
    ivy = Caller(gateway, setup.token("ivy", ("interns",)), session="s-ivy")
    error = ivy.task("tasks/get", "no-such-task").json()["error"]
    assert error["code"] == -32602 and error["message"].startswith("unknown task no-such-task:")
    assert forwarded() == []


def test_tasks_list_shows_each_caller_only_its_own(gateway: Gateway, setup: Setup) -> None:
    ana = Caller(gateway, setup.token("ana", ("analysts",)), session="s-ana")
    ivy = Caller(gateway, setup.token("ivy", ("interns",)), session="s-ivy2")
    theirs, mine = ana.create_task(), ivy.create_task()
    listed = [t["taskId"] for t in ivy.send("tasks/list", {}).json()["result"]["tasks"]]
    assert listed == [mine], "the upstream listed every task; the gateway kept the caller's own"
    assert theirs in [t["taskId"] for t in ana.send("tasks/list", {}).json()["result"]["tasks"]]


def test_the_2026_07_28_tasks_extension(gateway: Gateway, setup: Setup, forwarded) -> None:
    ivy = Caller(gateway, setup.token("ivy", ("interns",)))
    task_id = ivy.create_task()
    done = ivy.task("tasks/get", task_id).json()["result"]
    assert done["status"] == "completed"
    assert "123-45-6789" not in json.dumps(done) and "[SSN]" in done["result"]["content"][0]["text"]
    refused = Caller(gateway, setup.token("ana", ("analysts",))).task("tasks/get", task_id)
    assert refused.json()["error"]["code"] == -32602
    assert forwarded() == ["tools/call", "tasks/get"]


def test_an_approval_hold_applies_to_a_call_that_asks_for_a_task(gateway: Gateway, setup: Setup, forwarded) -> None:
    ana = Caller(gateway, setup.token("ana", ("analysts",)), session="s-ana")
    response = ana.send("tools/call", {"name": "export_cohort", "arguments": {"condition": "E11"},
                                       "task": {"ttl": 60000}})
    assert response.json()["error"]["code"] == -32004, "export_cohort needs a reason and an approval first"
    assert forwarded() == []


@pytest.mark.parametrize(
    ("session", "method", "status"),
    [("s-ivy", "admin/reset", 200), (None, "admin/reset", 404), ("s-ivy", "Tools/Call", 200),
     (None, "ping", 404), (None, "tasks/result", 404), ("s-ivy", "tasks/update", 200),
     (None, "resources/subscribe", 404), (None, "resources/unsubscribe", 404), ("s-ivy", "subscriptions/listen", 200)],
    ids=["legacy-unknown", "modern-unknown", "case-variant", "ping-removed", "tasks-result-removed",
         "tasks-update-not-yet", "subscribe-removed", "unsubscribe-removed", "listen-not-yet"],
)
def test_a_method_mcp_does_not_define_is_not_found_and_not_forwarded(
    gateway: Gateway, setup: Setup, forwarded, session: str | None, method: str, status: int
) -> None:
    response = Caller(gateway, setup.token("ivy", ("interns",)), session=session).send(method, {"taskId": "x"})
    assert response.status_code == status
    assert response.json()["error"]["code"] == -32601
    assert forwarded() == []


@pytest.mark.parametrize("method", ["tasks/get", "tasks/update", "tasks/cancel"])
def test_a_2026_client_without_the_tasks_extension_is_refused_32021_before_the_upstream(
    gateway: Gateway, setup: Setup, forwarded, method: str
) -> None:
    ivy = Caller(gateway, setup.token("ivy", ("interns",)))
    own = ivy.create_task()
    bare = {**META, "io.modelcontextprotocol/clientCapabilities": {}}
    answers = []
    for token in (ivy.token, setup.token("ana", ("analysts",))):
        for task_id in (own, "no-such-task"):
            response = Caller(gateway, token, meta=bare).task(method, task_id)
            assert response.status_code == 400
            answers.append(response.json()["error"])
    assert answers[0]["code"] == -32021
    assert answers[0]["data"] == {"requiredCapabilities": {"extensions": {TASKS_EXTENSION: {}}}}
    assert all(a == answers[0] for a in answers), "the same answer whoever's task it names, or none"
    assert forwarded() == ["tools/call"], "only the call that created the task reached the upstream"


@pytest.mark.parametrize("session", ["s-ivy", None], ids=["legacy", "2026-07-28"])
def test_a_request_disguised_as_a_notification_is_not_found_and_not_forwarded(
    gateway: Gateway, setup: Setup, forwarded, session: str | None
) -> None:
    ivy = Caller(gateway, setup.token("ivy", ("interns",)), session=session)
    for method in ("notifications/anything", "notifications/cancelled"):
        response = ivy.send(method, {"requestId": 1}, request_id=5)
        assert response.status_code == (200 if session else 404)
        assert response.json()["id"] == 5 and response.json()["error"]["code"] == -32601
    assert forwarded() == []


@pytest.mark.parametrize(
    ("session", "method"),
    [("s-ivy", "notifications/anything"), ("s-ivy", "notifications/message"), (None, "notifications/initialized"),
     (None, "notifications/progress"), ("s-ivy", "tools/call")],
)
def test_a_notification_the_client_may_not_send_is_a_bad_request_never_forwarded(
    gateway: Gateway, setup: Setup, forwarded, session: str | None, method: str
) -> None:
    ivy = Caller(gateway, setup.token("ivy", ("interns",)), session=session)
    response = ivy.notify(method, {"name": "search_patients", "arguments": {}})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == -32601 and response.json()["id"] is None
    assert forwarded() == []


def test_the_client_notifications_of_each_revision_are_forwarded(gateway: Gateway, setup: Setup, forwarded) -> None:
    legacy = Caller(gateway, setup.token("ivy", ("interns",)), session="s-ivy")
    assert legacy.notify("notifications/initialized", {}).status_code == 202
    assert legacy.notify("notifications/cancelled", {"requestId": 1}).status_code == 202
    modern = Caller(gateway, setup.token("ivy", ("interns",)))
    assert modern.notify("notifications/cancelled", {"requestId": 1}).status_code == 202
    assert forwarded() == ["notifications/initialized", "notifications/cancelled", "notifications/cancelled"]


def test_task_exchanges_are_recorded_naming_the_task_and_the_tool(gateway: Gateway, setup: Setup,
                                                                  journal: Path) -> None:
    ivy = Caller(gateway, setup.token("ivy", ("interns",)), session="s-rec")
    task_id = ivy.create_task()
    ivy.task("tasks/result", task_id)
    records = [r for r in iter_records([journal]) if (r.get("task") or {}).get("id") == task_id]
    assert [(r["mcp"]["method"], r["task"]) for r in records] == [
        ("tools/call", {"id": task_id, "tool": "search_patients", "created": True}),
        ("tasks/result", {"id": task_id, "tool": "search_patients"}),
    ]
    result = records[1]
    assert result["mcp"]["target"] == task_id and result["decision"]["rule"].startswith(
        f"task {task_id} follows tool search_patients")
    assert "123-45-6789" not in json.dumps(result) and result["masking"]["counts"], "masked and counted"
    assert NOTE not in json.dumps(result)
    Caller(gateway, setup.token("ana", ("analysts",)), session="s-rec").task("tasks/get", task_id)
    refused = [r for r in iter_records([journal]) if (r.get("mcp") or {}).get("target") == task_id
               and (r.get("principal") or {}).get("sub") == "ana"]
    assert refused[-1]["decision"]["rule"] == f"task {task_id} was created by another caller", "the record says why"


class AdminReset(types.Request[types.RequestParams | None, str]):
    method: str = "admin/reset"
    params: types.RequestParams | None = None


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_the_sdk_client_gets_method_not_found_and_unknown_task(demo_gateway: Gateway, setup: Setup,
                                                                     mode: str) -> None:
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {setup.token('ivy', ('interns',))}"})
    async with Client(streamable_http_client(demo_gateway.url, http_client=http), mode=mode) as client:
        with pytest.raises(MCPError) as unknown:
            await client.session.send_request(AdminReset(), types.EmptyResult)
        assert unknown.value.error.code == -32601
        assert unknown.value.error.message == "method not found: admin/reset is not a method of MCP", "the gateway's"
        if mode == "legacy":  # the SDK sends 2025-11-25 tasks; the demo server never made this one
            with pytest.raises(MCPError) as task:
                await client.session.send_request(
                    types.GetTaskRequest(params=types.GetTaskRequestParams(task_id="t-unknown")), types.GetTaskResult)
            assert task.value.error.code == -32602 and "unknown task t-unknown" in task.value.error.message
