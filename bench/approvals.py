"""`make bench`: what approvals cost the traffic that does not wait, measured side by side in one run.

1. In-process (the exchange's request phase with the real gate and an SQLite store, no gRPC): a tools/call
   no rule names against the same call covered by a live grant — added CPU and wall time per call.
2. A real processor (`chaperone serve`) driven over its ext_proc gRPC socket as Envoy would: the latency of
   ordinary exchanges before and while 1,000 calls are held waiting for approval, and what the holds add
   to the processor's memory.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import grpc
from envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ep_grpc
from google.protobuf import struct_pb2

from bench.gateway import TOOL_RESULT_BYTES, tool_result
from bench.policy_fixture import bench_token, write_bench_policy
from extproc import launcher
from extproc.access import GatewayAccess
from extproc.approvals import transitions
from extproc.approvals.events import ApprovalEvents
from extproc.approvals.gate import ApprovalGate, principal_id
from extproc.approvals.model import ApprovalRequest, CallBinding, Reviewer, Status, arguments_digest
from extproc.approvals.sqlite_store import SqliteApprovalStore
from extproc.approvals.store import MAX_PENDING_PER_REQUESTER
from extproc.audit.signing import ensure_signing_key
from extproc.envoy_config import Endpoint
from extproc.exchange import AwaitApproval, Ports, Steps
from extproc.identity.devkeys import DEV_CLIENT_ID
from extproc.identity.principal import Principal
from extproc.policy.store import PolicyStore
from extproc.server import ATTRIBUTE_KEY, _Phases
from extproc.settings import Limits

ISSUER = "https://chaperone.local/bench"
HELD_TOOL, GRANTED_TOOL, FREE_TOOL = "tool_9_1", "tool_9_2", "get_patient"
ROUNDS = 2000
HELD = 1000
PROBES = 300

APPROVALS = """approvals:
  - name: held-export
    tools: [tool_9_1]
    approvers: [officers]
    hold: 5m
  - name: granted-lookup
    tools: [tool_9_2]
    approvers: [officers]
    one_time: false
    grant_ttl: 1h
"""


def call_body(tool: str, arguments: dict) -> bytes:
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
    doc = {"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": tool, "arguments": arguments,
                                                                            "_meta": meta}}
    return json.dumps(doc, separators=(",", ":")).encode()


def message(kind: str, body: bytes, attributes: dict[str, object]) -> ep.ProcessingRequest:
    request = ep.ProcessingRequest(**{kind: ep.HttpBody(body=body, end_of_stream=True)})
    attrs = struct_pb2.Struct()
    attrs.update(attributes)
    request.attributes[ATTRIBUTE_KEY].CopyFrom(attrs)
    return request


def request_message(token: str, tool: str, arguments: dict) -> ep.ProcessingRequest:
    return message("request_body", call_body(tool, arguments), {
        "request.method": "POST", "request.path": "/mcp", "source.address": "127.0.0.1:40000",
        "request.headers['authorization']": f"Bearer {token}", "request.headers['mcp-method']": "tools/call",
        "request.headers['mcp-name']": tool, "request.headers['mcp-protocol-version']": "2026-07-28",
    })


def write_policy(directory: Path) -> Path:
    path = write_bench_policy(directory)
    path.write_text(path.read_text() + APPROVALS)
    return path


# --- 1. a call covered by a live grant, in-process ---------------------------------------------------------

async def _grant(store: SqliteApprovalStore, access: GatewayAccess, arguments: dict) -> None:
    now = time.time()
    binding = CallBinding(principal_id(Principal("bench-user", ISSUER)), GRANTED_TOOL, arguments_digest(arguments),
                          access.policy.digest, DEV_CLIENT_ID)  # the bench token's agent client
    request = ApprovalRequest(
        id="apr_bench", binding=binding, rule="granted-lookup", requester_groups=(), reason=None, arguments=arguments,
        approver_groups=("officers",), approvals_required=1, created_at=now, expires_at=now + 3600,
        max_grant_seconds=3600, grant_seconds_default=3600, one_time=False)
    await store.create_or_get_pending(request)
    officer = Reviewer(f"{ISSUER}|officer", frozenset({"officers"}))
    await store.update(request.id, lambda r: transitions.approve(r, officer, grant_seconds=3600, reason=None,
                                                                 preview_sha256=None, now=time.time()))


async def _run(steps: Steps, gate: ApprovalGate) -> object:
    """The request phase as the server runs it (only the effects a covered call yields are expected)."""
    try:
        effect = steps.send(None)
        while True:
            assert isinstance(effect, AwaitApproval), effect
            admission = await gate.admit(effect.held, _no_hold)
            effect = steps.send(admission)
    except StopIteration as stop:
        return stop.value


async def _no_hold(seconds: float) -> None:
    """Extending Envoy's timeout (the server writes one message): nothing to extend in-process."""


async def covered_call_cost(tmp: Path) -> dict[str, tuple[float, float]]:
    access = GatewayAccess(PolicyStore(write_policy(tmp)))
    ports, limits, token = Ports.of(access), Limits(), bench_token(tmp)
    await access.refresh_keys()
    store = await SqliteApprovalStore(tmp / "approvals.db").open()
    gate = ApprovalGate(store, ApprovalEvents(_discard))
    arguments = {"patient_id": "P000042"}
    await _grant(store, access, arguments)
    messages = {FREE_TOOL: request_message(token, FREE_TOOL, arguments),
                GRANTED_TOOL: request_message(token, GRANTED_TOOL, arguments)}
    for tool, request in messages.items():  # warm both paths; the covered one must pass
        _, done = await _run(_Phases(limits, ports).steps(request), gate)
        assert not done, f"{tool} was refused"
    totals = {tool: [0.0, 0.0] for tool in messages}
    for _ in range(5):  # interleaved blocks
        for tool, request in messages.items():
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(ROUNDS // 5):
                await _run(_Phases(limits, ports).steps(request), gate)
            totals[tool][0] += time.process_time() - cpu
            totals[tool][1] += time.perf_counter() - wall
    await store.close()
    return {tool: (cpu / ROUNDS * 1e6, wall / ROUNDS * 1e6) for tool, (cpu, wall) in totals.items()}


async def _discard(record: dict) -> None:
    return None


# --- 2. 1,000 held calls and the other traffic, through a real processor ------------------------------------

async def all_waiting(database: Path) -> None:
    """Until every held call's request is in the store (the processor records and stores them after it has
    extended Envoy's timeout): what is measured next is the holding, not the making of the requests."""
    store = await SqliteApprovalStore(database).open()
    try:
        deadline = time.monotonic() + 120
        while len(await store.list(approver_groups=frozenset({"officers"}), status=Status.PENDING,
                                   limit=HELD)) < HELD:
            if time.monotonic() > deadline:
                raise RuntimeError("the held calls' requests did not all reach the store")
            await asyncio.sleep(0.2)
    finally:
        await store.close()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def exchange(stub: ep_grpc.ExternalProcessorStub, request: ep.ProcessingRequest,
                   response: ep.ProcessingRequest) -> float:
    start = time.perf_counter()
    call = stub.Process()
    await call.write(request)
    first = await call.read()
    assert first.HasField("request_body"), first
    await call.write(response)
    await call.read()
    await call.done_writing()
    return (time.perf_counter() - start) * 1e3


async def probe(socket: str, token: str) -> list[float]:
    request = request_message(token, FREE_TOOL, {"patient_id": "P000042"})
    response = message("response_body", tool_result(TOOL_RESULT_BYTES), {"response.code": 200})
    async with grpc.aio.insecure_channel(f"unix:{socket}") as channel:
        stub = ep_grpc.ExternalProcessorStub(channel)
        for _ in range(PROBES // 10):  # warm up
            await exchange(stub, request, response)
        return [await exchange(stub, request, response) for _ in range(PROBES)]


def probe_apart(socket: Path, token: str) -> list[float]:
    """The ordinary traffic from a process of its own, as Envoy is: the process holding 1,000 streams open
    pays for them itself (measured: run from the holding process, its own p50 rose ~0.2 ms while the
    processor's CPU stayed at zero)."""
    done = subprocess.run([sys.executable, "-m", "bench.approvals", "--probe", str(socket), token],
                          capture_output=True, text=True, check=True, timeout=300)
    return json.loads(done.stdout.strip().splitlines()[-1])


async def hold_many(stub: ep_grpc.ExternalProcessorStub, tmp: Path) -> list[grpc.aio.StreamStreamCall]:
    """HELD calls waiting for approval, from as many callers as the pending limit per requester needs."""
    holders = [bench_token(tmp, f"bench-holder-{n}") for n in range(math.ceil(HELD / MAX_PENDING_PER_REQUESTER))]

    async def hold(i: int) -> grpc.aio.StreamStreamCall:
        call = stub.Process()
        await call.write(request_message(holders[i % len(holders)], HELD_TOOL, {"cohort": f"c{i}"}))
        extended = await call.read()
        assert extended.HasField("override_message_timeout"), extended
        return call
    return list(await asyncio.gather(*(hold(i) for i in range(HELD))))


async def held_traffic(tmp: Path) -> dict[str, float]:
    policy = write_policy(tmp)
    ensure_signing_key(tmp / "journal.pem")
    socket = tmp / "extproc.sock"
    processor = subprocess.Popen([
        sys.executable, "-m", "extproc.cli", "serve", "--listen", f"unix:{socket}", "--policy", str(policy),
        "--journal", str(tmp / "journal"), "--journal-key", str(tmp / "journal.pem"),
        "--approvals-db", str(tmp / "approvals.db"),
    ])
    try:
        launcher.wait_for_port(Endpoint(str(socket)), 30, processor)
        token = bench_token(tmp)
        async with grpc.aio.insecure_channel(f"unix:{socket}") as channel:
            stub = ep_grpc.ExternalProcessorStub(channel)
            before = await asyncio.to_thread(probe_apart, socket, token)
            before_rss = rss_mb(processor.pid)
            held = await hold_many(stub, tmp)
            await all_waiting(tmp / "approvals.db")  # Envoy's timeout is extended before the request is stored
            during_rss = rss_mb(processor.pid)
            cpu = _cpu_seconds(processor.pid)
            await asyncio.sleep(3)
            idle_cpu = (_cpu_seconds(processor.pid) - cpu) / 3
            during = await asyncio.to_thread(probe_apart, socket, token)
            for call in held:
                call.cancel()
        return {
            "p50_before": statistics.median(before), "p99_before": _p99(before),
            "p50_during": statistics.median(during), "p99_during": _p99(during),
            "rss_before": before_rss, "rss_during": during_rss, "idle_cpu": idle_cpu,
        }
    finally:
        processor.terminate()
        processor.wait(10)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1]


def main() -> int:
    if sys.argv[1:2] == ["--probe"]:
        print(json.dumps(asyncio.run(probe(sys.argv[2], sys.argv[3]))))
        return 0
    with tempfile.TemporaryDirectory(prefix="chaperone-bench-approvals-") as name:
        tmp = Path(name)
        (tmp / "inproc").mkdir()
        (tmp / "served").mkdir()
        cost = asyncio.run(covered_call_cost(tmp / "inproc"))
        held = asyncio.run(held_traffic(tmp / "served"))
    free_cpu, free_wall = cost[FREE_TOOL]
    grant_cpu, grant_wall = cost[GRANTED_TOOL]
    print(f"\napprovals: request phase in-process (mean of {ROUNDS}, interleaved), SQLite store")
    print(f"  {'':40}{'CPU µs':>10}{'wall µs':>10}")
    print(f"  {'call no rule names':40}{free_cpu:10.1f}{free_wall:10.1f}")
    print(f"  {'same call covered by a live grant':40}{grant_cpu:10.1f}{grant_wall:10.1f}")
    print(f"  {'added by the grant check':40}{grant_cpu - free_cpu:10.1f}{grant_wall - free_wall:10.1f}")
    print(f"\napprovals: {PROBES} ordinary exchanges through `chaperone serve`'s ext_proc socket, one at a time")
    print(f"before and while {HELD} calls are held waiting for approval")
    print(f"  p50 ms  {held['p50_before']:6.2f} -> {held['p50_during']:6.2f}")
    print(f"  p99 ms  {held['p99_before']:6.2f} -> {held['p99_during']:6.2f}")
    print(f"  processor RSS MB {held['rss_before']:6.1f} -> {held['rss_during']:6.1f} "
          f"(+{held['rss_during'] - held['rss_before']:.1f} for {HELD} held)")
    print(f"  processor CPU while they wait: {held['idle_cpu'] * 100:.1f}% of a core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
