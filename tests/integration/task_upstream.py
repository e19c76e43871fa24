"""A raw MCP upstream that runs every tool call as a task, in both revisions' shapes, for the task tests.

The SDK (mcp 2.3) serves no 2025-11-25 tasks and has no tasks extension of its own, so this server speaks the
wire format directly: a `tools/call` with `params.task` (2025-11-25) or declaring `io.modelcontextprotocol/tasks`
(2026-07-28) is answered with a task whose result is a patient note; `tasks/list` lists every task it holds,
whoever created it — the gateway must keep each caller to its own. An `initialize` opens a 2025-11-25 session
(`Mcp-Session-Id`), which is all it keeps of one. Every request is recorded, so a test can prove a refused one
never arrived.
"""

from __future__ import annotations

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TASKS_EXTENSION = "io.modelcontextprotocol/tasks"
NOTE = "Patient SSN 123-45-6789, seen today."


def _task(task_id: str, status: str) -> dict[str, Any]:
    return {"taskId": task_id, "status": status, "createdAt": "2026-11-30T10:30:00Z",
            "lastUpdatedAt": "2026-11-30T10:30:01Z", "ttl": 60000, "pollInterval": 100}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: TaskUpstream

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        request = json.loads(body)
        with self.server.lock:
            self.server.received.append(request)
        method, params, rid = request.get("method"), request.get("params") or {}, request.get("id")
        if "id" not in request:  # a notification: accepted, no answer
            self.send_response(202)
            self.send_header("content-length", "0")
            self.end_headers()
            return
        if method == "initialize":
            opened = {"protocolVersion": params.get("protocolVersion"), "capabilities": {"tasks": {}},
                      "serverInfo": {"name": "task-upstream", "version": "1"}}
            self._send({"jsonrpc": "2.0", "id": rid, "result": opened}, {"mcp-session-id": uuid.uuid4().hex})
            return
        answer = self._answer(method, params)
        self._send({"jsonrpc": "2.0", "id": rid, **answer})

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        tasks = self.server.tasks
        if method == "tools/call":
            extensions = ((params.get("_meta") or {}).get("io.modelcontextprotocol/clientCapabilities") or {}).get(
                "extensions") or {}
            task_id = str(uuid.uuid4())
            tasks[task_id] = {"content": [{"type": "text", "text": NOTE}]}
            if TASKS_EXTENSION in extensions:
                return {"result": {"resultType": "task", "taskId": task_id, "status": "working",
                                   "createdAt": "2026-11-30T10:30:00Z", "lastUpdatedAt": "2026-11-30T10:30:00Z",
                                   "ttlMs": 60000, "pollIntervalMs": 100}}
            if "task" in params:
                return {"result": {"task": _task(task_id, "working")}}
            return {"result": tasks.pop(task_id)}
        task_id = params.get("taskId")
        if method == "tasks/list":
            return {"result": {"tasks": [_task(t, "completed") for t in tasks]}}
        if task_id not in tasks:
            return {"error": {"code": -32602, "message": "unknown task"}}
        if method == "tasks/get":
            modern = "io.modelcontextprotocol/protocolVersion" in (params.get("_meta") or {})
            done = {**_task(task_id, "completed"), **({"result": tasks[task_id]} if modern else {})}
            return {"result": done}
        if method == "tasks/result":
            related = {"io.modelcontextprotocol/related-task": {"taskId": task_id}}
            return {"result": {**tasks[task_id], "_meta": related}}
        if method == "tasks/cancel":
            return {"result": _task(task_id, "cancelled")}
        return {"error": {"code": -32601, "message": "Method not found"}}

    def _send(self, doc: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        body = json.dumps(doc).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class TaskUpstream(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.received: list[dict[str, Any]] = []
        self.tasks: dict[str, dict[str, Any]] = {}
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def methods_received(self) -> list[str]:
        with self.lock:
            return [r.get("method") for r in self.received]

    def __enter__(self) -> TaskUpstream:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
