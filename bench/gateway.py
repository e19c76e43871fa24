"""`make bench`: the gateway against bare Envoy, same machine, same run.

The gateway runs with identity, policy, masking and audit on: a 50-rule policy, every request carrying the
same bearer token (verified once, then cached), every response masked with the Safe Harbor profile, every
exchange group-committed to the journal before its response leaves and exported as an OTLP span to a
collector in this process (the spans it receives are counted against the exchanges made: none may be
missing). Envoy's own tracer is off on both sides. One Envoy (one worker) holds three listeners: a fixed
MCP upstream (`direct_response`, ~4 KB tools/call result, so the upstream is never the bottleneck), a bypass
route to it without ext_proc (a), and the gateway route through Chaperone (b). wrk drives POST tools/call
at saturation and with one connection; the ratio b/a is what Chaperone costs. The processor runs as its own
process so its RSS can be sampled.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.policy_fixture import bench_token, write_bench_policy
from demo.patients import generate_patients
from extproc import launcher
from extproc.audit.signing import ensure_signing_key
from extproc.envoy_config import Endpoint, render
from tests.otlp_receiver import OtlpReceiver

TOOL_RESULT_BYTES = 4096
CALL = {
    "jsonrpc": "2.0",
    "id": 7,
    "method": "tools/call",
    "params": {
        "name": "get_patient",
        "arguments": {"patient_id": "P000042"},
        "_meta": {
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientCapabilities": {},
        },
    },
}


def tool_result(size: int) -> bytes:
    """A tools/call result of about `size` bytes: structured patient-like rows."""
    rows, body = [], b""
    while len(body) < size:
        i = len(rows)
        rows.append({"lab": f"HbA1c-{i}", "loinc": "4548-4", "value": 5.4 + i / 100, "unit": "%", "flag": "N"})
        text = json.dumps({"rows": rows})
        doc = {"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": text}], "isError": False}}
        body = json.dumps(doc, separators=(",", ":")).encode()
    return body


DENSE_ROWS = 16


def dense_result() -> bytes:
    """What an EHR's search returns: a tools/call result of patient rows, every row full of identifiers (name,
    date of birth, SSN, MRN, phone, email, diagnosis codes, a lab value), ~4 KB, as JSON text in `content`."""
    rows = [{"name": p.full_name, "dob": p.birth_date, "ssn": p.ssn, "mrn": p.mrn, "phone": p.phone,
             "email": p.email, "dx": [c.icd10 for c in p.conditions][:2], "hba1c": 6.1 + i / 10}
            for i, p in enumerate(generate_patients(DENSE_ROWS))]
    text = json.dumps({"patients": rows}, ensure_ascii=False)
    doc = {"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": text}], "isError": False}}
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


def _hcm(listener: dict[str, Any]) -> dict[str, Any]:
    return listener["filter_chains"][0]["filters"][0]["typed_config"]


def bench_config(gateway: int, bypass: int, upstream: int, processor: Endpoint, admin: int) -> dict[str, Any]:
    config = render(
        Endpoint("127.0.0.1", gateway), processor, Endpoint("127.0.0.1", upstream), Endpoint("127.0.0.1", admin),
    )
    listeners = config["static_resources"]["listeners"]
    gateway_listener = listeners[0]
    bypass_listener = copy.deepcopy(gateway_listener)
    bypass_listener["name"] = "bypass"
    bypass_listener["address"] = Endpoint("127.0.0.1", bypass).envoy_address()
    hcm = _hcm(bypass_listener)
    # Plain Envoy: only the router (the gateway's own filters, Lua and buffer included, cost it nothing).
    hcm["http_filters"] = [f for f in hcm["http_filters"] if f["name"] == "envoy.filters.http.router"]
    for route in hcm["route_config"]["virtual_hosts"][0]["routes"]:
        route.pop("typed_per_filter_config", None)
    fixed = copy.deepcopy(gateway_listener)
    fixed["name"] = "fixed_upstream"
    fixed["address"] = Endpoint("127.0.0.1", upstream).envoy_address()
    hcm = _hcm(fixed)
    hcm["http_filters"] = [f for f in hcm["http_filters"] if f["name"] == "envoy.filters.http.router"]
    hcm["route_config"] = {
        "max_direct_response_body_size_bytes": 65536,
        "virtual_hosts": [{
            "name": "fixed", "domains": ["*"],
            "routes": [{
                "match": {"prefix": "/", "headers": [{"name": "x-workload", "string_match": {"exact": "dense"}}]},
                "direct_response": {"status": 200, "body": {"inline_bytes": _b64(dense_result())}},
                "response_headers_to_add": [{"header": {"key": "content-type", "value": "application/json"}}],
            }, {
                "match": {"prefix": "/"},
                "direct_response": {"status": 200, "body": {"inline_bytes": _b64(tool_result(TOOL_RESULT_BYTES))}},
                "response_headers_to_add": [{"header": {"key": "content-type", "value": "application/json"}}],
            }],
        }]
    }
    listeners.extend([bypass_listener, fixed])
    return config


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode()


WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = [[{body}]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["Mcp-Protocol-Version"] = "2026-07-28"
wrk.headers["Mcp-Method"] = "tools/call"
wrk.headers["Mcp-Name"] = "get_patient"
wrk.headers["Authorization"] = "Bearer {token}"
{extra}"""


@dataclass
class Run:
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if m is None:
        raise RuntimeError(f"unexpected wrk latency {text!r}")
    value, unit = m.groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def wrk(url: str, script: Path, connections: int, seconds: int) -> Run:
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url],
        capture_output=True, text=True, check=True, timeout=seconds + 30,
    ).stdout
    if "Latency Distribution" not in out:
        raise RuntimeError(f"wrk against {url} measured nothing:\n{out}")
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1))
    p99 = _ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1))
    errors = 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        errors += int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        errors += sum(int(g) for g in m.groups())
    return Run(requests, rps, p50, p99, errors)


def rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children (the processor and its journal helper)."""
    total = 0.0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total = int(line.split()[1]) / 1024
    except OSError:  # gone meanwhile
        return 0.0
    return total + sum(rss_mb(int(child)) for child in children)


class RssSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0.0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.2):
            self.peak = max(self.peak, rss_mb(self.pid))

    def stop(self) -> float:
        self._done.set()
        self.join()
        return max(self.peak, rss_mb(self.pid))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="per wrk run (default: %(default)s)")
    parser.add_argument("--connections", type=int, default=32, help="at saturation (default: %(default)s)")
    parser.add_argument("--transport", choices=["unix", "tcp"], default="unix",
                        help="Envoy → processor: Unix socket as in the sidecar, or loopback TCP (default: %(default)s)")
    args = parser.parse_args()

    gateway, bypass, upstream, admin = (launcher.free_port() for _ in range(4))
    tmp = tempfile.mkdtemp(prefix="chaperone-bench-")
    # The sidecar's shape: Envoy reaches the processor over a Unix socket.
    processor_at = Endpoint(f"{tmp}/extproc.sock") if args.transport == "unix" else \
        Endpoint("127.0.0.1", launcher.free_port())
    policy = write_bench_policy(Path(tmp))
    ensure_signing_key(Path(tmp) / "journal.pem")
    collector = OtlpReceiver(keep=False)
    collector.start()
    processor = subprocess.Popen(
        [sys.executable, "-m", "extproc.cli", "serve", "--listen", processor_at.grpc_target(), "--policy", str(policy),
         "--journal", f"{tmp}/journal", "--journal-key", f"{tmp}/journal.pem", "--otlp-endpoint", collector.endpoint]
    )
    exchanges = 0
    try:
        launcher.wait_for_port(processor_at, 30, processor)
        config = bench_config(gateway, bypass, upstream, processor_at, admin)
        with launcher.envoy_process(config, Endpoint("127.0.0.1", gateway)):
            launcher.wait_for_port(Endpoint("127.0.0.1", bypass), 10)
            script, dense = Path(tmp) / "call.lua", Path(tmp) / "dense.lua"
            body, token = json.dumps(CALL, separators=(",", ":")), bench_token(Path(tmp))
            script.write_text(WRK_SCRIPT.format(body=body, token=token, extra=""))
            dense.write_text(WRK_SCRIPT.format(body=body, token=token, extra='wrk.headers["X-Workload"] = "dense"\n'))
            wrk(f"http://127.0.0.1:{bypass}/mcp", script, 4, 2)  # warm up connections and caches
            exchanges += wrk(f"http://127.0.0.1:{gateway}/mcp", script, 4, 2).requests
            sampler = RssSampler(processor.pid)
            sampler.start()
            results: dict[str, dict[str, Run]] = {"bare": {}, "gateway": {}}
            for name, port in (("bare", bypass), ("gateway", gateway)):
                url = f"http://127.0.0.1:{port}/mcp"
                results[name]["saturated"] = wrk(url, script, args.connections, args.seconds)
                results[name]["one"] = wrk(url, script, 1, args.seconds)
                results[name]["dense"] = wrk(url, dense, args.connections, args.seconds)
            peak_rss = sampler.stop()
            exchanges += sum(run.requests for run in results["gateway"].values())
    finally:
        launcher.stop_process(processor)  # SIGTERM: the processor flushes its spans before it exits
        collector.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    bare, gw = results["bare"], results["gateway"]
    print(f"\ntools/call, {TOOL_RESULT_BYTES // 1024} KB JSON result, Envoy 1 worker, wrk -t1, {args.seconds}s per run")
    print(f"{'':24}{'bare Envoy (a)':>16}{'gateway (b)':>14}{'b/a':>8}")
    sat = f"{args.connections} connections"
    print(f"{'req/s, ' + sat:24}{bare['saturated'].rps:>16.0f}{gw['saturated'].rps:>14.0f}"
          f"{gw['saturated'].rps / bare['saturated'].rps:>8.2f}x")
    print(f"{'p50 ms, ' + sat:24}{bare['saturated'].p50_ms:>16.2f}{gw['saturated'].p50_ms:>14.2f}")
    print(f"{'p99 ms, ' + sat:24}{bare['saturated'].p99_ms:>16.2f}{gw['saturated'].p99_ms:>14.2f}")
    print(f"{'req/s, 1 connection':24}{bare['one'].rps:>16.0f}{gw['one'].rps:>14.0f}"
          f"{gw['one'].rps / bare['one'].rps:>8.2f}x")
    print(f"{'p50 ms, 1 connection':24}{bare['one'].p50_ms:>16.2f}{gw['one'].p50_ms:>14.2f}"
          f"   added {gw['one'].p50_ms - bare['one'].p50_ms:+.2f} ms")
    print(f"{'p99 ms, 1 connection':24}{bare['one'].p99_ms:>16.2f}{gw['one'].p99_ms:>14.2f}")
    print(f"\ntools/call, {len(dense_result()) / 1024:.1f} KB of {DENSE_ROWS} patient rows full of identifiers, masked "
          "(Safe Harbor)")
    print(f"{'req/s, ' + sat:24}{bare['dense'].rps:>16.0f}{gw['dense'].rps:>14.0f}"
          f"{gw['dense'].rps / bare['dense'].rps:>8.2f}x")
    print(f"{'p50 ms, ' + sat:24}{bare['dense'].p50_ms:>16.2f}{gw['dense'].p50_ms:>14.2f}")
    errors = sum(r.errors for runs in results.values() for r in runs.values())
    print(f"processor peak RSS {peak_rss:.0f} MB (with its journal helper); non-2xx or socket errors: {errors}")
    # wrk stops counting at its deadline with requests still in flight: a few more exchanges than it reports
    print(f"OTLP spans received by the collector: {collector.count} for at least {exchanges} gateway exchanges")
    return 0 if errors == 0 and collector.count >= exchanges else 1


if __name__ == "__main__":
    sys.exit(main())
