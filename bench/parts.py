"""`make bench`: the Python work of one gateway exchange, part by part, in-process (no gRPC, no Envoy).

The same exchange as `bench.gateway` (tools/call with the 50-rule policy and a cached token, the 4 KB lab
result masked with Safe Harbor) walked through the processor's own code: the two ext_proc messages
decoded and answered, the audit record built and encoded as its journal line, its span encoded. Not
here: gRPC's own cost and the journal's fsync, which `bench.gateway` includes.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from google.protobuf import struct_pb2

from bench.gateway import CALL, TOOL_RESULT_BYTES, dense_result, tool_result
from bench.policy_fixture import bench_token, write_bench_policy
from extproc.access import GatewayAccess
from extproc.audit.journal import encode_line
from extproc.audit.record import build_record
from extproc.audit.spans.semconv import record_span
from extproc.exchange import Ports, RefreshKeys, Steps, WriteRecord
from extproc.phi import SAFE_HARBOR, mask_json
from extproc.policy.store import PolicyStore
from extproc.server import ATTRIBUTE_KEY, _Phases
from extproc.settings import EHR_PATIENT_IDENTIFIERS, Limits

ROUNDS = 3000


def _run(steps: Steps, access: GatewayAccess, outcomes: list) -> object:
    """A phase to its answer as the server runs it, minus the waits: keys are refreshed, the record the
    phase asks for is kept in `outcomes` for the record part below (building it is timed there)."""
    try:
        effect = steps.send(None)
        while True:
            if isinstance(effect, WriteRecord):
                outcomes.append(effect.outcome)
            elif isinstance(effect, RefreshKeys):
                asyncio.run(access.refresh_keys())
            effect = steps.send(None)
    except StopIteration as stop:
        return stop.value


def _message(kind: str, body: bytes, attributes: dict[str, object]) -> bytes:
    request = ep.ProcessingRequest(**{kind: ep.HttpBody(body=body, end_of_stream=True)})
    attrs = struct_pb2.Struct()
    attrs.update(attributes)
    request.attributes[ATTRIBUTE_KEY].CopyFrom(attrs)
    return request.SerializeToString()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="chaperone-parts-"))
    access = GatewayAccess(PolicyStore(write_bench_policy(tmp)))
    limits = Limits()
    request = _message("request_body", json.dumps(CALL, separators=(",", ":")).encode(), {
        "request.method": "POST", "request.path": "/mcp", "source.address": "127.0.0.1:40000",
        "request.headers['authorization']": f"Bearer {bench_token(tmp)}",
        "request.headers['mcp-method']": "tools/call", "request.headers['mcp-name']": "get_patient",
        "request.headers['mcp-protocol-version']": "2026-07-28",
    })
    response = _message("response_body", tool_result(TOOL_RESULT_BYTES), {"response.code": 200})
    ports = Ports.of(access)
    outcomes: list = []
    _run(_Phases(limits, ports).steps(ep.ProcessingRequest.FromString(request)), access, outcomes)  # the key

    parts: dict[str, float] = {}

    def timed(part: str, fn: Callable[[], object]) -> object:
        start = time.perf_counter()
        out = fn()
        parts[part] = parts.get(part, 0.0) + time.perf_counter() - start
        return out

    for rounds in (300, ROUNDS):  # the first pass warms caches; the second is measured
        parts.clear()
        for _ in range(rounds):
            phases = _Phases(limits, ports)
            outcomes.clear()
            timed("request: decode + identity + policy",
                  lambda p=phases: _run(p.steps(ep.ProcessingRequest.FromString(request)), access, outcomes))
            timed("response: decode + mask + answer",
                  lambda p=phases: _run(p.steps(ep.ProcessingRequest.FromString(response)), access, outcomes))
            record = timed("audit record: build", lambda o=outcomes[-1]: build_record(
                o, EHR_PATIENT_IDENTIFIERS, b"k" * 32, "1" * 32, "2" * 16))
            line = timed("audit record: journal line (JSON + SHA-256)",
                         lambda r=record: encode_line({"seq": 1, "prev": "0" * 64, **r}))
            timed("span: OTLP encoding", lambda r=record, h=line[1]: record_span(r, 1, h))

    print(f"\none gateway exchange in-process, µs of Python per part (mean of {ROUNDS} rounds)")
    for key, total in parts.items():
        print(f"  {key:46}{total / ROUNDS * 1e6:8.1f}")
    print(f"  {'total':46}{sum(parts.values()) / ROUNDS * 1e6:8.1f}")
    dense = json.loads(dense_result())["result"]
    start = time.perf_counter()
    for _ in range(ROUNDS):
        mask_json(dense, SAFE_HARBOR)
    per = (time.perf_counter() - start) / ROUNDS
    size = len(json.dumps(dense, ensure_ascii=False).encode())
    print(f"\nmask_json of {size / 1024:.1f} KB of patient rows full of identifiers (Safe Harbor): "
          f"{per * 1e6:.0f} µs, {size / per / 1e6:.1f} MB/s (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
