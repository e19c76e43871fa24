"""`make bench` (part): decoding an ext_proc `ProcessingRequest`, xds-protos against envoy-data-plane.

The design card named envoy-data-plane (betterproto2 dataclasses of Envoy's API) for the processor's
message types; the hot path uses xds-protos (grpc's generated protobuf modules, upb runtime) instead.
Every HTTP request costs Chaperone at least one `ProcessingRequest` decode per phase, so the decode is
on the critical path of the proxied request. This module measures that cost on two realistic
messages built with xds-protos and serialized once:

* request headers: 18 headers of an MCP `tools/call` POST, pseudo-headers included (`raw_value` bytes,
  as Envoy sends them; the bearer JWT alone is ~900 characters) plus the `envoy.filters.http.ext_proc`
  attributes Struct;
* response body: a 50 KB JSON-RPC `tools/call` result in one chunk.

Each is timed twice per library: the bare parse, and parse plus reading the fields a processor reads
(header keys and values, attributes, body bytes), because upb materialises Python objects lazily on
access while betterproto2 builds them all while parsing. Both libraries run the same reader code and
must decode the same headers and body, asserted before timing. Timings use `time.perf_counter_ns`
over a fixed per-case time budget (the slower library simply gets fewer iterations), with the garbage
collector left on as in the server; the figure is the median over repeats in microseconds per message.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from envoy.service.ext_proc.v3 import external_processor_pb2 as xds
from envoy_data_plane.envoy.service.ext_proc.v3 import ProcessingRequest as EdpProcessingRequest
from google.protobuf.internal import api_implementation

ATTRIBUTES_KEY = "envoy.filters.http.ext_proc"
BODY_BYTES = 50 * 1024
REPEATS = 5
CALIBRATE_NS = 20_000_000  # time spent estimating one call's cost before choosing iteration counts


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def fake_jwt() -> str:
    """An RS256-shaped bearer token of roughly 900 characters; the signature is a hash, not a signature."""
    header = {"alg": "RS256", "typ": "JWT", "kid": "chaperone-demo-2025-01"}
    claims = {
        "iss": "https://idp.example-health.org/realms/clinical",
        "sub": "agent:discharge-summary-bot",
        "aud": "chaperone",
        "azp": "discharge-summary-bot",
        "iat": 1_735_689_600,
        "exp": 1_735_693_200,
        "jti": "5f0c2a9e-8d1b-4c3e-9a47-0b6e2d81f3c4",
        "scope": "mcp:tools.call patient.read encounter.read observation.read",
        "purpose_of_use": "TREAT",
        "roles": ["clinical-agent", "phi-reader"],
    }
    signing_input = f"{_b64url(json.dumps(header).encode())}.{_b64url(json.dumps(claims).encode())}"
    digest = hashlib.sha512(signing_input.encode()).digest()
    signature = _b64url((digest * 4)[:256])  # RS256 signatures are 256 bytes: 342 base64url characters
    return f"{signing_input}.{signature}"


def request_headers_message() -> bytes:
    """A `request_headers` ProcessingRequest as Envoy sends it for an MCP `tools/call` POST."""
    headers = [
        (":authority", "ehr.example-health.org"),
        (":path", "/mcp"),
        (":method", "POST"),
        (":scheme", "https"),
        ("host", "ehr.example-health.org"),
        ("user-agent", "python-httpx/0.28.1 mcp/1.9.0"),
        ("content-type", "application/json"),
        ("accept", "application/json, text/event-stream"),
        ("content-length", "187"),
        ("mcp-method", "tools/call"),
        ("mcp-name", "get_patient_summary"),
        ("mcp-protocol-version", "2025-06-18"),
        ("mcp-session-id", "b3f1c9e2a47d4e0f8c5a6b7d9e1f2a3c"),
        ("authorization", f"Bearer {fake_jwt()}"),
        ("x-request-id", "0d6f3e1a-7b2c-4f9e-a8d5-3c1b9e7f2a64"),
        ("x-forwarded-for", "10.42.7.19, 172.16.0.4"),
        ("x-forwarded-proto", "https"),
        ("x-envoy-expected-rq-timeout-ms", "15000"),
    ]
    msg = xds.ProcessingRequest()
    for key, value in headers:
        msg.request_headers.headers.headers.add(key=key, raw_value=value.encode())
    msg.request_headers.end_of_stream = False
    attrs = msg.attributes[ATTRIBUTES_KEY].fields
    for key, value in {
        "request.path": "/mcp",
        "request.method": "POST",
        "source.address": "10.42.7.19:53122",
        "connection.requested_server_name": "ehr.example-health.org",
        "xds.route_name": "mcp_gateway",
    }.items():
        attrs[key].string_value = value
    return msg.SerializeToString()


def response_body_message() -> bytes:
    """A `response_body` ProcessingRequest carrying a 50 KB JSON-RPC tools/call result in one chunk."""
    rows: list[dict[str, Any]] = []
    body = b""
    while len(body) < BODY_BYTES:  # grow the result one patient at a time until the body reaches 50 KB
        i = len(rows)
        rows.append(
            {
                "mrn": f"MRN{1_000_000 + i}",
                "name": f"Patient {i:05d}",
                "dob": f"19{50 + i % 50:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "encounter": {"id": f"enc-{i:06d}", "type": "inpatient", "ward": f"W{i % 9}"},
                "observations": [{"code": "8867-4", "value": 60 + i % 40, "unit": "/min"}],
                "note": "Discharged in stable condition; follow-up with primary care in 7 days.",
            }
        )
        text = json.dumps({"patients": rows})
        result = {"content": [{"type": "text", "text": text}], "isError": False}
        body = json.dumps({"jsonrpc": "2.0", "id": 7, "result": result}).encode()
    msg = xds.ProcessingRequest()
    msg.response_body.body = body
    msg.response_body.end_of_stream = True
    return msg.SerializeToString()


def read_headers(msg: Any) -> tuple[list[tuple[str, bytes]], dict[str, str]]:
    """What the processor reads from a headers message; the same code serves both libraries."""
    headers = [(h.key, h.raw_value) for h in msg.request_headers.headers.headers]
    attributes = {k: v.string_value for k, v in msg.attributes[ATTRIBUTES_KEY].fields.items()}
    return headers, attributes


def read_body(msg: Any) -> tuple[bytes, bool]:
    """What the processor reads from a body message; the same code serves both libraries."""
    return msg.response_body.body, msg.response_body.end_of_stream


def median_us(fn: Callable[[bytes], object], data: bytes, budget_s: float) -> tuple[float, int]:
    """Median µs per call over REPEATS runs filling `budget_s` in total; also returns iterations per run."""
    calls, start = 0, time.perf_counter_ns()
    while time.perf_counter_ns() - start < CALIBRATE_NS:
        fn(data)
        calls += 1
    per_call_ns = (time.perf_counter_ns() - start) / calls
    n = max(3, int(budget_s * 1e9 / REPEATS / per_call_ns))
    samples: list[float] = []
    for _ in range(REPEATS):
        t0 = time.perf_counter_ns()
        for _ in range(n):
            fn(data)
        samples.append((time.perf_counter_ns() - t0) / n / 1000)
    return statistics.median(samples), n


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    xds_fn: Callable[[bytes], object]
    edp_fn: Callable[[bytes], object]


def check_equivalent(headers_data: bytes, body_data: bytes) -> None:
    """Both libraries must decode the same thing, or the comparison means nothing."""
    xh, xa = read_headers(xds.ProcessingRequest.FromString(headers_data))
    eh, ea = read_headers(EdpProcessingRequest.parse(headers_data))
    assert len(xh) == len(eh) >= 15, (len(xh), len(eh))
    assert xh == eh and xa == ea and len(xa) >= 3
    xb, x_eos = read_body(xds.ProcessingRequest.FromString(body_data))
    eb, e_eos = read_body(EdpProcessingRequest.parse(body_data))
    assert len(xb) == len(eb) >= BODY_BYTES, (len(xb), len(eb))
    assert xb == eb and x_eos and e_eos
    json.loads(xb)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parse", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="time budget per case for xds-protos")
    parser.add_argument("--slow-seconds", type=float, default=0.5, help="time budget per case for envoy-data-plane")
    args = parser.parse_args(argv)

    headers_data = request_headers_message()
    body_data = response_body_message()
    check_equivalent(headers_data, body_data)

    x_parse, e_parse = xds.ProcessingRequest.FromString, EdpProcessingRequest.parse
    cases = [
        Case("request headers: parse", headers_data, x_parse, e_parse),
        Case(
            "request headers: parse + read",
            headers_data,
            lambda d: read_headers(x_parse(d)),
            lambda d: read_headers(e_parse(d)),
        ),
        Case("response body 50 KB: parse", body_data, x_parse, e_parse),
        Case(
            "response body 50 KB: parse + read",
            body_data,
            lambda d: read_body(x_parse(d)),
            lambda d: read_body(e_parse(d)),
        ),
    ]

    print(
        f"ProcessingRequest decode: xds-protos {version('xds-protos')} "
        f"(protobuf {version('protobuf')}, {api_implementation.Type()}) vs envoy-data-plane "
        f"{version('envoy-data-plane')} (betterproto2 {version('betterproto2')}); "
        f"Python {sys.version.split()[0]}; median of {REPEATS} repeats, µs per message"
    )
    header = f"{'case':<36} {'bytes':>7} {'xds-protos':>11} {'envoy-data-plane':>17} {'ratio':>8}"
    print(header)
    print("-" * len(header))
    for case in cases:
        x_us, _ = median_us(case.xds_fn, case.data, args.seconds)
        e_us, _ = median_us(case.edp_fn, case.data, args.slow_seconds)
        print(f"{case.name:<36} {len(case.data):>7} {x_us:>11.2f} {e_us:>17.2f} {e_us / x_us:>7.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
