"""The demo EHR MCP server (demo/ehr_server.py) in process, over both protocol revisions: tools, resources,
prompts, progress, logging, per-instance state; its Host allow-list."""

from __future__ import annotations

import json
import math
from typing import Any

import anyio
import pytest
from mcp import Client

from demo.ehr_server import build_server, transport_security
from demo.patients import Patient, appointments_for, clinical_note, generate_patients, labs_for
from tests.demo_ehr_support import MODES, TOOLS, structured


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


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

            record = structured(await c.call_tool("get_patient", {"patient_id": p.patient_id}))
            assert record == p.to_dict()

            missing = await c.call_tool("get_patient", {"patient_id": "P999999"})
            assert missing.is_error and "Unknown patient_id" in missing.content[0].text

            by_mrn = structured(await c.call_tool("search_patients", {"query": p.mrn}))
            assert [s["patient_id"] for s in by_mrn["patients"]] == [p.patient_id]
            by_name = structured(await c.call_tool("search_patients", {"query": p.family_name.upper()}))
            assert p.patient_id in {s["patient_id"] for s in by_name["patients"]}
            latin = structured(await c.call_tool("search_patients", {"query": p.name_latin, "limit": 3}))
            assert p.patient_id in {s["patient_id"] for s in latin["patients"]}
            assert set(by_mrn["patients"][0]) == {"patient_id", "mrn", "name", "birth_date", "phone", "city", "zip"}

            labs = structured(await c.call_tool("get_labs", {"patient_id": p.patient_id}))
            assert labs["labs"] == labs_for(p)
            appts = structured(await c.call_tool("list_appointments", {"patient_id": p.patient_id}))
            assert appts["appointments"] == appointments_for(p)
            note = structured(await c.call_tool("get_clinical_note", {"patient_id": p.patient_id}))
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
            cohort = structured(result)
            by_description = structured(await c.call_tool("export_cohort", {"condition": "hypertension"}))
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
            structured(await c.call_tool("export_cohort", {"condition": "E"}))
    assert logs and "export_cohort" in str(logs[0].data)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_inprocess_update_medication_mutates_instance_state(mode: str, patients: list[Patient]) -> None:
    p = patients[1]
    existing = p.medications[0].name
    with anyio.fail_after(15):
        async with Client(build_server(patients), mode=mode) as c:
            added = structured(
                await c.call_tool(
                    "update_medication",
                    {"patient_id": p.patient_id, "medication": "Warfarin", "dose": "5 mg PO daily"},
                )
            )
            assert added["action"] == "added"
            assert {"name": "Warfarin", "dose": "5 mg PO daily"} in added["medications"]
            redosed = structured(
                await c.call_tool(
                    "update_medication",
                    {"patient_id": p.patient_id, "medication": existing.upper(), "dose": "double dose"},
                )
            )
            assert redosed["action"] == "updated"
            assert len(redosed["medications"]) == len(p.medications) + 1
            record = structured(await c.call_tool("get_patient", {"patient_id": p.patient_id}))
            assert {"name": existing, "dose": "double dose"} in record["medications"]
            bad = await c.call_tool("update_medication", {"patient_id": "nope", "medication": "x", "dose": "y"})
            assert bad.is_error
        # A fresh server instance starts from the generated data again.
        async with Client(build_server(patients), mode=mode) as c:
            record = structured(await c.call_tool("get_patient", {"patient_id": p.patient_id}))
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
