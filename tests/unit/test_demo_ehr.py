"""Tests for the demo EHR: synthetic patient generator and the MCP server (in-process and HTTP)."""

from __future__ import annotations

import http.client
import ipaddress
import json
import math
import re
import socket
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import anyio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mcp import Client

from demo.ehr_server import build_server, transport_security
from demo.patients import (
    PROVIDERS,
    REFERENCE_DATE,
    Patient,
    appointments_for,
    clinical_note,
    generate_patients,
    labs_for,
)

ROOT = Path(__file__).resolve().parents[2]
MODES = ("legacy", "2026-07-28")
TOOLS = {
    "search_patients",
    "get_patient",
    "get_labs",
    "list_appointments",
    "get_clinical_note",
    "export_cohort",
    "update_medication",
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def patients() -> list[Patient]:
    return generate_patients()


# --------------------------------------------------------------------------------------------
# Independent validators (deliberately not reusing demo.patients helpers)
# --------------------------------------------------------------------------------------------

SSN_RE = re.compile(r"^(\d{3})-(\d{2})-(\d{4})$")
PHONE_RE = re.compile(r"^\(([2-9]\d\d)\) ([2-9]\d\d)-\d{4}$")
MBI_RE = re.compile(
    r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$"
)
ICD10_RE = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")


def valid_ssn(ssn: str) -> bool:
    m = SSN_RE.match(ssn)
    if not m:
        return False
    area, group, serial = (int(x) for x in m.groups())
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def valid_npi(npi: str) -> bool:
    if not re.fullmatch(r"[12]\d{9}", npi):
        return False
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def valid_vin(vin: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin):
        return False
    values = {c: i % 9 + 1 for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
    values.update({c: i + 2 for i, c in enumerate("STUVWXYZ")})
    values.update({str(d): d for d in range(10)})
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    remainder = sum(values[c] * w for c, w in zip(vin, weights, strict=True)) % 11
    return vin[8] == ("X" if remainder == 10 else str(remainder))


def nanp_ok(phone: str) -> bool:
    m = PHONE_RE.match(phone)
    return bool(m) and all(part[1:] != "11" for part in m.groups())


def check_patient(p: Patient) -> None:
    assert re.fullmatch(r"P\d{6}", p.patient_id)
    assert re.fullmatch(r"MRN-\d{7}", p.mrn)
    assert valid_ssn(p.ssn), p.ssn
    assert MBI_RE.match(p.medicare_mbi), p.medicare_mbi
    assert valid_npi(p.pcp_npi), p.pcp_npi
    assert valid_vin(p.vehicle_vin), p.vehicle_vin
    assert nanp_ok(p.phone) and nanp_ok(p.fax), (p.phone, p.fax)
    assert re.fullmatch(r"\d{5}", p.zip) and re.fullmatch(r"[A-Z]{2}", p.state)
    assert re.fullmatch(r"[a-z0-9.]+@[a-z.]+", p.email), p.email
    assert p.portal_url.startswith("https://portal.example-health.org/p/") and len(p.portal_url) > 36
    assert ipaddress.ip_address(p.ip_address).version == 4
    assert p.given_name and p.family_name and p.name_latin.isascii()
    assert p.sex in ("female", "male")
    birth = date.fromisoformat(p.birth_date)
    expected_age = REFERENCE_DATE.year - birth.year - ((birth.month, birth.day) > (1, 1))
    assert p.age == expected_age and 18 <= p.age <= 110
    assert p.conditions and len(p.conditions) == len(p.medications)
    assert all(ICD10_RE.match(c.icd10) and c.description for c in p.conditions)
    assert all(m.name and m.dose for m in p.medications)
    assert p.device_type and p.device_serial and p.drivers_license and p.account_number
    assert re.fullmatch(r"[A-Z]{3}\d{9}", p.insurance_member_id)


# --------------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------------


def test_generator_is_deterministic(patients: list[Patient]) -> None:
    assert generate_patients() == patients
    assert generate_patients(200, seed=7) == patients
    assert generate_patients(30, seed=7) == patients[:30]  # prefix-stable
    other = generate_patients(200, seed=8)
    assert other != patients
    assert sum(a.ssn != b.ssn for a, b in zip(patients, other, strict=True)) > 190
    assert generate_patients(0) == []


def test_documents_are_deterministic(patients: list[Patient]) -> None:
    again = generate_patients()
    for p, q in zip(patients[:40], again[:40], strict=True):
        assert labs_for(p) == labs_for(q)
        assert appointments_for(p) == appointments_for(q)
        assert clinical_note(p) == clinical_note(q)


def test_identifier_rules_hold_for_all_patients(patients: list[Patient]) -> None:
    for p in patients:
        check_patient(p)
    assert len({p.patient_id for p in patients}) == len(patients)
    assert len({p.mrn for p in patients}) == len(patients)
    assert len({p.ssn for p in patients}) == len(patients)
    assert all(valid_npi(pr.npi) for pr in PROVIDERS)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31))
def test_identifier_rules_hold_for_any_seed(seed: int) -> None:
    for p in generate_patients(25, seed=seed):
        check_patient(p)


def test_some_patients_are_90_or_older(patients: list[Patient]) -> None:
    old = [p for p in patients if p.age >= 90]
    assert len(old) >= 5
    assert all(date.fromisoformat(p.birth_date) <= date(1936, 1, 1) for p in old)


def test_names_span_many_scripts(patients: list[Patient]) -> None:
    scripts: set[str] = set()
    for p in patients:
        for ch in p.given_name + p.family_name:
            if ch.isalpha():
                scripts.add(unicodedata.name(ch, "?").split()[0])
    assert {"LATIN", "CJK", "ARABIC", "DEVANAGARI", "CYRILLIC", "HANGUL"} <= scripts
    languages = {p.name_language for p in patients}
    assert {"english", "spanish", "vietnamese", "chinese", "arabic", "hindi", "russian", "yoruba"} <= languages
    assert any(not p.given_name.isascii() and p.name_script == "Latin" for p in patients)  # diacritics


def test_labs_appointments_and_notes_embed_identifiers(patients: list[Patient]) -> None:
    mentions = 0
    for p in patients:
        labs = labs_for(p)
        assert labs
        for lab in labs:
            assert re.fullmatch(r"\d{1,5}-\d", lab["loinc"])
            assert valid_npi(lab["ordering_provider"]["npi"])
            assert lab["collected_at"] < REFERENCE_DATE.isoformat()
            assert {"test", "value", "unit", "reference_range", "comment"} <= lab.keys()
            comment = lab["comment"]
            if p.mrn in comment or p.phone in comment or p.family_name in comment:
                mentions += 1
        appts = appointments_for(p)
        assert 2 <= len(appts) <= 4
        assert [a["datetime"] for a in appts] == sorted(a["datetime"] for a in appts)
        assert all(valid_npi(a["provider"]["npi"]) for a in appts)
        note = clinical_note(p)
        for value in (p.given_name, p.family_name, p.birth_date, p.mrn, p.phone, p.street_address, p.ssn):
            assert value in note
    assert mentions >= 20


# --------------------------------------------------------------------------------------------
# Server, in process
# --------------------------------------------------------------------------------------------


def _structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    assert json.loads(result.content[0].text) == result.structured_content
    return result.structured_content


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_inprocess_tools_resources_prompts(mode: str, patients: list[Patient]) -> None:
    p = patients[0]
    with anyio.fail_after(15):
        async with Client(build_server(patients), mode=mode) as c:
            tools = {t.name: t for t in (await c.list_tools()).tools}
            assert set(tools) == TOOLS
            assert tools["update_medication"].annotations.destructive_hint is True
            assert tools["get_patient"].annotations.read_only_hint is True

            record = _structured(await c.call_tool("get_patient", {"patient_id": p.patient_id}))
            assert record == p.to_dict()

            missing = await c.call_tool("get_patient", {"patient_id": "P999999"})
            assert missing.is_error and "Unknown patient_id" in missing.content[0].text

            by_mrn = _structured(await c.call_tool("search_patients", {"query": p.mrn}))
            assert [s["patient_id"] for s in by_mrn["patients"]] == [p.patient_id]
            by_name = _structured(await c.call_tool("search_patients", {"query": p.family_name.upper()}))
            assert p.patient_id in {s["patient_id"] for s in by_name["patients"]}
            latin = _structured(await c.call_tool("search_patients", {"query": p.name_latin, "limit": 3}))
            assert p.patient_id in {s["patient_id"] for s in latin["patients"]}
            assert set(by_mrn["patients"][0]) == {"patient_id", "mrn", "name", "birth_date", "phone", "city", "zip"}

            labs = _structured(await c.call_tool("get_labs", {"patient_id": p.patient_id}))
            assert labs["labs"] == labs_for(p)
            appts = _structured(await c.call_tool("list_appointments", {"patient_id": p.patient_id}))
            assert appts["appointments"] == appointments_for(p)
            note = _structured(await c.call_tool("get_clinical_note", {"patient_id": p.patient_id}))
            assert note["note"] == clinical_note(p)

            templates = (await c.list_resource_templates()).resource_templates
            assert [t.uri_template for t in templates] == ["ehr://patients/{patient_id}"]
            read = await c.read_resource(f"ehr://patients/{p.patient_id}")
            assert read.contents[0].mime_type == "application/json"
            assert json.loads(read.contents[0].text) == p.to_dict()

            prompt = await c.get_prompt("summarize_patient", {"patient_id": p.patient_id})
            assert p.mrn in prompt.messages[0].content.text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_inprocess_export_cohort_reports_progress(mode: str, patients: list[Patient]) -> None:
    expected = [p.patient_id for p in patients if any(c.icd10.startswith("I10") for c in p.conditions)]
    assert len(expected) > 10
    events: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        events.append((progress, total, message))

    with anyio.fail_after(15):
        async with Client(build_server(patients), mode=mode) as c:
            result = await c.call_tool(
                "export_cohort", {"condition": "i10", "batch_size": 4}, progress_callback=on_progress
            )
            cohort = _structured(result)
            by_description = _structured(await c.call_tool("export_cohort", {"condition": "hypertension"}))
    assert [r["patient_id"] for r in cohort["patients"]] == expected
    assert cohort["total"] == len(expected)
    assert by_description["total"] == len(expected)
    assert len(events) == math.ceil(len(expected) / 4)
    assert [e[0] for e in events] == sorted(e[0] for e in events)
    assert events[-1][:2] == (len(expected), len(expected))
    assert all(e[1] == len(expected) and e[2] for e in events)


@pytest.mark.anyio
async def test_inprocess_legacy_gets_log_message() -> None:
    logs: list[Any] = []

    async def on_log(params: Any) -> None:
        logs.append(params)

    with anyio.fail_after(15):
        async with Client(build_server(generate_patients(40)), mode="legacy", logging_callback=on_log) as c:
            _structured(await c.call_tool("export_cohort", {"condition": "E"}))
    assert logs and "export_cohort" in str(logs[0].data)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_inprocess_update_medication_mutates_instance_state(mode: str, patients: list[Patient]) -> None:
    p = patients[1]
    existing = p.medications[0].name
    with anyio.fail_after(15):
        async with Client(build_server(patients), mode=mode) as c:
            added = _structured(
                await c.call_tool(
                    "update_medication",
                    {"patient_id": p.patient_id, "medication": "Warfarin", "dose": "5 mg PO daily"},
                )
            )
            assert added["action"] == "added"
            assert {"name": "Warfarin", "dose": "5 mg PO daily"} in added["medications"]
            redosed = _structured(
                await c.call_tool(
                    "update_medication",
                    {"patient_id": p.patient_id, "medication": existing.upper(), "dose": "double dose"},
                )
            )
            assert redosed["action"] == "updated"
            assert len(redosed["medications"]) == len(p.medications) + 1
            record = _structured(await c.call_tool("get_patient", {"patient_id": p.patient_id}))
            assert {"name": existing, "dose": "double dose"} in record["medications"]
            bad = await c.call_tool("update_medication", {"patient_id": "nope", "medication": "x", "dose": "y"})
            assert bad.is_error
        # A fresh server instance starts from the generated data again.
        async with Client(build_server(patients), mode=mode) as c:
            record = _structured(await c.call_tool("get_patient", {"patient_id": p.patient_id}))
            assert record["medications"] == p.to_dict()["medications"]


def test_transport_security_allow_list() -> None:
    default = transport_security()
    assert default.enable_dns_rebinding_protection
    for host in ("127.0.0.1", "127.0.0.1:*", "localhost", "localhost:*", "[::1]:*"):
        assert host in default.allowed_hosts
    extra = transport_security(["ehr.demo.svc", "gw.internal:8443"])
    assert {"ehr.demo.svc", "ehr.demo.svc:*", "gw.internal:8443"} <= set(extra.allowed_hosts)
    assert "gw.internal:8443:*" not in extra.allowed_hosts
    assert not transport_security(disable_host_check=True).enable_dns_rebinding_protection


# --------------------------------------------------------------------------------------------
# Server over real streamable HTTP
# --------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _http(port: int, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for k, v in {**headers, "Content-Length": str(len(body))}.items():
            conn.putheader(k, v)
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def http_server() -> Iterator[int]:
    port = _free_port()
    cmd = [
        sys.executable, "-m", "demo.ehr_server",
        "--port", str(port), "--patients", "60", "--batch-delay", "0.01", "--allowed-host", "ehr.demo.svc",
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"demo EHR server exited early ({proc.returncode}): {err}")
            try:
                if _http(port, "GET", "/healthz", {"Host": f"127.0.0.1:{port}"})[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("demo EHR server did not become ready within 15 s")
            time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if proc.stderr:
            proc.stderr.close()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_http_server_both_protocol_revisions(mode: str, http_server: int) -> None:
    expected = generate_patients(60)
    events: list[float] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        events.append(progress)

    with anyio.fail_after(15):
        async with Client(f"http://127.0.0.1:{http_server}/mcp", mode=mode, read_timeout_seconds=10) as c:
            assert {t.name for t in (await c.list_tools()).tools} == TOOLS
            record = _structured(await c.call_tool("get_patient", {"patient_id": expected[5].patient_id}))
            assert record == expected[5].to_dict()
            cohort = _structured(
                await c.call_tool("export_cohort", {"condition": "I", "batch_size": 5}, progress_callback=on_progress)
            )
    assert cohort["total"] > 5
    assert len(events) == math.ceil(cohort["total"] / 5) and events[-1] == cohort["total"]


def test_http_server_host_header_check(http_server: int) -> None:
    modern = {
        "Content-Type": "application/json",
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2026-07-28",
    }
    for host in (f"127.0.0.1:{http_server}", "localhost:1", "127.0.0.1", "localhost", "ehr.demo.svc:80"):
        status, _ = _http(http_server, "POST", "/mcp", {**modern, "Host": host}, b"{}")
        assert status != 421, host  # passes the Host check (then fails JSON-RPC validation)
    status, body = _http(http_server, "POST", "/mcp", {**modern, "Host": "evil.example:80"}, b"{}")
    assert status == 421 and b"Invalid Host" in body
