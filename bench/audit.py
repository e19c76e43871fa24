"""`make bench`: the audit journal on its own: records/s made durable (group commit, fsync, Ed25519 seals)
with many exchanges in flight, and records/s `chaperone audit verify` checks."""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from extproc.audit.journal import Journal
from extproc.audit.signing import Signer, ensure_signing_key, load_public_key
from extproc.audit.verify import verify

RECORD = {
    "time": "2026-11-24T15:04:05.123456Z", "start_ns": 1795000000000000000, "end_ns": 1795000000001000000,
    "principal": {"sub": "alice", "iss": "https://idp.example.org", "groups": ["clinicians"], "client_id": "agent",
                  "email": None},
    "source": "10.0.0.7", "http": {"method": "POST", "upstream_status": 200, "status": 200},
    "mcp": {"method": "tools/call", "target_kind": "tool", "target": "get_patient", "request_id": "7",
            "session_id": None, "protocol_version": "2026-07-28"},
    "decision": {"allowed": True, "rule": "role clinician grants tool get_patient", "roles": ["clinician"],
                 "masking": "clinical"},
    "refused": None, "response": {"bytes": 4135, "sha256": "ab" * 32, "messages": 1}, "trace_id": None,
    "patients": ["cd" * 32],
}


def main(records: int = 20_000, in_flight: int = 64) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        key = Path(tmp) / "k.pem"
        ensure_signing_key(key)
        journal = Journal(Path(tmp) / "journal", Signer(key))

        async def exchanges() -> None:
            slots = asyncio.Semaphore(in_flight)  # like `in_flight` exchanges, each awaiting its record

            async def one() -> None:
                async with slots:
                    await journal.append(RECORD)

            await asyncio.gather(*(one() for _ in range(records)))
            await journal.close()

        start = time.perf_counter()
        asyncio.run(exchanges())
        write_s = time.perf_counter() - start
        start = time.perf_counter()
        report = verify([Path(tmp) / "journal"], load_public_key(key))
        verify_s = time.perf_counter() - start
        assert report.ok, report.problem
        lines = report.records + report.seals
    print(f"\naudit journal, {records} records of ~{len(str(RECORD))} bytes, {in_flight} exchanges in flight")
    print(f"  durable (group commit + fsync + seal)  {records / write_s:10,.0f} records/s")
    print(f"  audit verify (chain + seals)           {lines / verify_s:10,.0f} lines/s "
          f"({report.seals} seals for {report.records} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
