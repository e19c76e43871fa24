"""`make bench-phi`: a 100 MB SSE stream masked end to end through Envoy, with the processor's memory.

A local upstream answers one tools/call with a text/event-stream of ~100 MB: progress notifications whose
messages are clinical prose full of identifiers, then the result. The client reads it through the gateway
(identity, policy, masking, audit all on); the bench prints throughput, the processor's peak RSS (target:
under 200 MB, i.e. bounded by one event, not the stream) and how many identifiers got through (target: 0).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx2

from bench.gateway import CALL, RssSampler
from bench.policy_fixture import bench_token, write_bench_policy
from extproc import launcher
from extproc.audit.signing import ensure_signing_key
from extproc.envoy_config import Endpoint, render

SSN = "512-43-7781"
PHONE = "(617) 555-0143"
NOTE = (f"Spoke with the patient, SSN {SSN}, callback {PHONE}, about the HbA1c of 7.9% (E11.9); "
        "metformin 500 mg PO BID continued. ") * 24  # ~3.8 KB of prose per event


def _event(i: int) -> bytes:
    doc = {"jsonrpc": "2.0", "method": "notifications/progress",
           "params": {"progressToken": 7, "progress": i, "message": NOTE}}
    return b"event: message\ndata: " + json.dumps(doc).encode() + b"\n\n"


class _Upstream(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    total_bytes = 100 * 1024 * 1024

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        sent, i = 0, 0
        while sent < self.total_bytes:
            chunk = b"".join(_event(i + k) for k in range(16))
            i += 16
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
        final = b"event: message\ndata: " + json.dumps(
            {"jsonrpc": "2.0", "id": CALL["id"], "result": {"content": [{"type": "text", "text": "done"}]}}
        ).encode() + b"\n\n"
        self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(final), final))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=int, default=100)
    args = parser.parse_args()
    _Upstream.total_bytes = args.megabytes * 1024 * 1024
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        policy = write_bench_policy(directory)
        ensure_signing_key(directory / "journal.pem")
        socket_path = directory / "extproc.sock"
        processor = subprocess.Popen(
            [sys.executable, "-m", "extproc.cli", "serve", "--listen", f"unix:{socket_path}", "--policy", str(policy),
             "--journal", str(directory / "journal"), "--journal-key", str(directory / "journal.pem")]
        )
        try:
            launcher.wait_for_port(Endpoint(str(socket_path)), 30, processor)
            listen = Endpoint("127.0.0.1", launcher.free_port())
            config = render(listen, Endpoint(str(socket_path)), Endpoint("127.0.0.1", upstream.server_address[1]),
                            Endpoint("127.0.0.1", launcher.free_port()))
            with launcher.envoy_process(config, listen):
                sampler = RssSampler(processor.pid)
                sampler.start()
                received = leaked = 0
                tail = b""
                start = time.perf_counter()
                headers = {"authorization": f"Bearer {bench_token(directory)}", "mcp-method": "tools/call",
                           "mcp-name": "get_patient", "mcp-protocol-version": "2026-07-28",
                           "accept": "application/json, text/event-stream"}
                with httpx2.stream("POST", f"http://127.0.0.1:{listen.port}/mcp", json=CALL, headers=headers,
                                   timeout=600) as response:
                    for chunk in response.iter_bytes():
                        received += len(chunk)
                        window = tail + chunk
                        leaked += window.count(SSN.encode()) + window.count(PHONE.encode())
                        tail = chunk[-32:]
                elapsed = time.perf_counter() - start
                peak = sampler.stop()
        finally:
            launcher.stop_process(processor)
            upstream.shutdown()
    print(f"\nSSE stream through the gateway: {args.megabytes} MB sent by the upstream, {received / 1e6:.0f} MB "
          f"received masked in {elapsed:.1f} s ({args.megabytes * 1.048576 / elapsed:.1f} MB/s)")
    print(f"  processor peak RSS {peak:.0f} MB (target < 200 MB); identifiers that got through: {leaked}")
    return 0 if leaked == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
