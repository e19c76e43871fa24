"""Audit evidence through real Envoy: the journal, its verification, replay, disclosures, and the spans."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from demo.patients import generate_patients
from extproc import launcher
from extproc.audit.verify import iter_records
from extproc.envoy_config import Endpoint
from tests.integration.conftest import Setup, gateway_in_front_of
from tests.otlp_receiver import OtlpReceiver

pytestmark = pytest.mark.anyio


def chaperone(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extproc.cli", *args], capture_output=True, text=True, timeout=60)


@pytest.fixture
def demo_upstream() -> Endpoint:
    port = launcher.free_port()
    with launcher.demo_upstream(port):
        yield Endpoint("127.0.0.1", port)


async def session(url: str, token: str, mode: str) -> None:
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"})
    async with Client(streamable_http_client(url, http_client=http), mode=mode) as client:
        await client.list_tools()
        await client.list_resources()
        await client.call_tool("get_patient", {"patient_id": "P000007"})
        await client.read_resource("ehr://patients/P000008")
        with pytest.raises(Exception, match="denied"):
            await client.call_tool("export_cohort", {"condition": "E11"})


async def test_session_is_journalled_verified_replayed_and_traced(
    demo_upstream: Endpoint, setup: Setup, tmp_path: Path
) -> None:
    receiver = OtlpReceiver()
    otlp = f"127.0.0.1:{receiver.start()}"
    journal = tmp_path / "journal"
    try:
        for gateway in gateway_in_front_of(demo_upstream, tmp_path, setup, journal, otlp):
            await session(gateway.url, setup.token("alice", ("clinicians",)), "2026-07-28")
            await session(gateway.url, setup.token("alice", ("clinicians",)), "legacy")
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:  # Chaperone's spans leave in batches, after Envoy's
                spans = receiver.spans()
                if any(s.attributes.get("gen_ai.tool.name") == "get_patient" for s in spans):
                    break
                time.sleep(0.1)
    finally:
        receiver.stop()
    key = str(setup.audit_dir / "journal-key.pem")

    verified = chaperone("audit", "verify", "--key", key, str(journal))
    assert verified.returncode == 0 and verified.stdout.startswith("OK"), verified.stdout + verified.stderr

    timeline = chaperone("audit", "replay", "--user", "alice", str(journal)).stdout
    assert "tools/call get_patient" in timeline and "REFUSED (denied by policy" in timeline
    assert "ms (upstream " in timeline, "each exchange's time, and the upstream's part of it"
    text = "\n".join(p.read_text() for p in sorted(journal.glob("*.jsonl")))
    assert "P000007" not in text and "P000008" not in text, "patient identifiers only as keyed hashes"
    assert "upstream-s3cret" not in text and "Bearer" not in text, "no secret in the journal"
    patient = generate_patients()[6]  # P000007: the clinician saw name and birth date; the journal may not
    assert "[SSN]" in text and patient.ssn not in text and patient.family_name not in text
    assert patient.birth_date not in text
    catalogues = [r for r in iter_records([journal]) if (r["mcp"] or {}).get("method") == "resources/list"]
    assert len(catalogues) == 2 and "[NAME]" in catalogues[0]["response"]["masked"]
    assert all(p.full_name not in catalogues[0]["response"]["masked"] for p in generate_patients()[:3]), \
        "the journal's copy of the catalogue is Safe Harbor masked, whatever the clinician saw"
    assert catalogues[0]["masking"]["paths"]["result.resources[0].description"] == {"MBI": 1}, "what the caller saw"

    disclosures = chaperone("audit", "disclosures", "--patient-id", "P000008", "--disclosure-key",
                            str(setup.audit_dir / "disclosure.key"), str(journal))
    assert "resources/read ehr://patients/{patient}" in disclosures.stdout
    assert disclosures.stdout.count("alice") == 2  # one read per session

    calls = [s for s in spans if s.attributes.get("gen_ai.tool.name") == "get_patient"]
    assert calls and calls[0].name == "tools/call get_patient"
    attrs = calls[0].attributes
    assert attrs["mcp.method.name"] == "tools/call" and attrs["gen_ai.operation.name"] == "execute_tool"
    assert attrs["chaperone.principal.sub"] == "alice" and attrs["chaperone.decision.allowed"] is True
    envoy_spans = [s for s in spans if s.resource_attributes.get("service.name") == "chaperone-envoy"]
    ours = {s.span.trace_id for s in spans if s.resource_attributes.get("service.name") == "chaperone"}
    assert envoy_spans and ours & {s.span.trace_id for s in envoy_spans}, "Envoy's span and ours share a trace"


def test_one_byte_edit_fails_verification(setup: Setup, tmp_path: Path, hostile) -> None:
    journal = tmp_path / "journal"
    for gateway in gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path, setup, journal):
        for i in range(3):
            httpx2.post(gateway.url, json={"jsonrpc": "2.0", "id": i, "method": "ping"}, timeout=10,
                        headers={"authorization": f"Bearer {setup.token()}"})
    key = str(setup.audit_dir / "journal-key.pem")
    assert chaperone("audit", "verify", "--key", key, str(journal)).returncode == 0
    path = sorted(journal.glob("*.jsonl"))[0]
    data = bytearray(path.read_bytes())
    data[data.index(b'"ping"') + 2] ^= 0x01  # one byte of one record
    path.write_bytes(bytes(data))
    result = chaperone("audit", "verify", "--key", key, str(journal))
    assert result.returncode == 1 and "altered" in result.stdout


def test_read_only_journal_refuses_requests(setup: Setup, tmp_path: Path, hostile) -> None:
    journal = tmp_path / "journal"
    start = len(hostile.received)
    for gateway in gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path, setup, journal):
        ok = httpx2.post(gateway.url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, timeout=10,
                         headers={"authorization": f"Bearer {setup.token()}"})
        assert ok.status_code == 200 and "result" in ok.json()
        # a full or read-only disk: the open journal file is made immutable, so the next write fails
        frozen = subprocess.run(["chattr", "+i", *map(str, journal.glob("*.jsonl"))], check=False,
                                capture_output=True)
        if frozen.returncode != 0:
            pytest.skip(f"cannot make the journal immutable here: {frozen.stderr.decode().strip()}")
        refused = httpx2.post(gateway.url, json={"jsonrpc": "2.0", "id": 2, "method": "ping"}, timeout=10,
                              headers={"authorization": f"Bearer {setup.token()}"})
        subprocess.run(["chattr", "-i", *map(str, journal.glob("*.jsonl"))], check=False, capture_output=True)
        body = json.dumps(refused.json())
        assert "audit journal cannot be written" in body and '"result"' not in body
    assert len(hostile.received) - start == 2, "the upstream answered, but its answer was withheld"


def test_full_disk_refuses_requests_then_recovers(setup: Setup, tmp_path: Path, hostile, small_disk: Path) -> None:
    journal = small_disk / "journal"
    key = str(setup.audit_dir / "journal-key.pem")
    answered: list[int] = []

    def ping(url: str, i: int) -> dict:
        return httpx2.post(url, json={"jsonrpc": "2.0", "id": i, "method": "ping", "params": {"pad": "x" * 4000}},
                           timeout=10, headers={"authorization": f"Bearer {setup.token()}"}).json()

    for gateway in gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path, setup, journal):
        for i in range(200):  # 64 KiB of journal fills long before that
            reply = ping(gateway.url, i)
            if "result" not in reply:
                break
            answered.append(i)
        assert "audit journal cannot be written" in json.dumps(reply) and reply["id"] == i
        subprocess.run(["mount", "-o", "remount,size=1m", str(small_disk)], check=True)
        assert "result" in ping(gateway.url, 1000), "room again: served without a restart"
    assert 3 < len(answered) < 200
    recorded = [r["mcp"]["request_id"] for r in iter_records([journal]) if (r["mcp"] or {}).get("method") == "ping"]
    assert recorded == [*map(str, answered), "1000"], "every answered request recorded, no refused one"
    verified = chaperone("audit", "verify", "--key", key, str(journal))
    assert verified.returncode == 0, verified.stdout + verified.stderr
