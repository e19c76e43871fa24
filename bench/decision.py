"""`make bench`: the per-request cost of identity and policy, for a token already verified once.

What one POST pays in the processor before its body is parsed: the bearer token looked up in the verified-token
cache, the policy reload check, and the decision on a 50-rule policy (10 roles x 5 patterns, caller in 4).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.policy_fixture import bench_token, write_bench_policy
from extproc.access import GatewayAccess
from extproc.identity.tokens import NeedKeyRefresh
from extproc.mcp.call import McpCall
from extproc.policy import PolicyStore


def _median_us(fn, iterations: int = 20_000, repeats: int = 5) -> float:
    results = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        for _ in range(iterations):
            fn()
        results.append((time.perf_counter_ns() - start) / iterations / 1000)
    return statistics.median(results)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        access = GatewayAccess(PolicyStore(write_bench_policy(directory)))
        headers = {"authorization": "Bearer " + bench_token(directory), ":path": "/mcp"}
        try:
            access.authenticate(headers)
        except NeedKeyRefresh:
            asyncio.run(access.refresh_keys())  # what the server does, off the event loop
        principal = access.authenticate(headers)  # verifies the signature once; cached from here on
        call = McpCall("POST", "tools/call", 1, False, False, "tool", "get_patient", {})
        denied = McpCall("POST", "tools/call", 1, False, False, "tool", "drop_tables", {})
        assert access.decide(principal, call).allowed and not access.decide(principal, denied).allowed
        rows = [
            ("cached token → principal", _median_us(lambda: access.authenticate(headers))),
            ("decision (allow)", _median_us(lambda: access.decide(principal, call))),
            ("decision (deny)", _median_us(lambda: access.decide(principal, denied))),
            ("token + decision", _median_us(lambda: access.decide(access.authenticate(headers), call))),
        ]
    print("\nidentity + policy per request (50-rule policy, token verified once), median µs")
    for name, us in rows:
        print(f"  {name:28}{us:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
