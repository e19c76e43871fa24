"""Sample audit records and the helpers the span tests share (unit and integration)."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

from extproc.audit.spans.semconv import encode_span
from extproc.audit.spans.sink import SpanSink

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE_ID}-{PARENT_ID}-01"
START = 1_795_000_000_123_456_789
FAST = {"schedule_delay_millis": 50, "export_timeout": 1.0, "retry_initial": 0.1, "retry_max": 0.5}


def make_record(seq: int = 17, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "v": 1, "seq": seq, "time": "2026-11-24T15:04:05.123456Z",
        "start_ns": START + seq * 1000, "end_ns": START + seq * 1000 + 4_500_000,
        "principal": {"sub": "alice", "iss": "https://idp", "groups": ["clinicians"], "client_id": "agent-x"},
        "source": "10.1.2.3",
        "http": {"method": "POST", "upstream_status": 200, "status": 200},
        "mcp": {"method": "tools/call", "target_kind": "tool", "target": "get_patient", "request_id": "7",
                "session_id": "abc", "protocol_version": "2026-07-28"},
        "decision": {"allowed": True, "rule": "role clinician grants tool get_patient", "roles": ["clinician"],
                     "masking": "clinical"},
        "refused": None,
        "masking": {"counts": {"ssn": 2, "name": 4}},
        "response_sha256": "ab12" * 16, "hash": "cd34" * 16, "prev": "ef56" * 16,
    }
    record.update(changes)
    return record


def emit(sink: SpanSink, record: dict[str, Any], traceparent: str | None) -> None:
    sink.emit(encode_span(record, traceparent))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout: float = 8.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def balanced(stats: dict[str, int]) -> bool:
    return stats["emitted"] + stats["recovered"] == (
        stats["in_queue"] + stats["exported"] + stats["spooled"] + stats["delivered_from_spool"] + stats["dropped"]
    )


def spool_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.otlp"))
