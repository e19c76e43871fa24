"""ePHI masking through real Envoy: the demo's patient tools as each role's profile allows."""

from __future__ import annotations

import json

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from demo.patients import generate_patients
from tests.integration.conftest import Gateway, Setup

pytestmark = pytest.mark.anyio
PATIENT = generate_patients()[0]


async def call(gateway: Gateway, token: str, tool: str, arguments: dict, mode: str = "2026-07-28") -> str:
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"}, timeout=30)
    async with Client(streamable_http_client(gateway.url, http_client=http), mode=mode) as client:
        result = await client.call_tool(tool, arguments)
    assert not result.is_error
    return json.dumps(result.structured_content, ensure_ascii=False) + result.content[0].text


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_safe_harbor_role_gets_no_identifiers(demo_gateway: Gateway, tokens, mode: str) -> None:
    text = await call(demo_gateway, tokens("pat", ("pharmacy",)), "get_patient", {"patient_id": PATIENT.patient_id},
                      mode)
    for value in (PATIENT.ssn, PATIENT.phone, PATIENT.email, PATIENT.medicare_mbi, PATIENT.family_name,
                  PATIENT.street_address, PATIENT.birth_date, PATIENT.vehicle_vin, PATIENT.ip_address):
        assert value not in text
    assert PATIENT.birth_date[:4] in text, "Safe Harbor keeps the year"
    assert "[SSN]" in text


async def test_clinical_role_sees_more(demo_gateway: Gateway, tokens) -> None:
    text = await call(demo_gateway, tokens("doc", ("clinicians",)), "get_patient", {"patient_id": PATIENT.patient_id})
    assert PATIENT.family_name in text and PATIENT.birth_date in text, "a treating clinician keeps these"
    assert PATIENT.ssn not in text and PATIENT.medicare_mbi not in text, "but never SSN or MBI"


async def test_streamed_export_is_masked_event_by_event(demo_gateway: Gateway, tokens, setup: Setup) -> None:
    arguments = {"condition": "E11", "batch_size": 5}
    await demo_gateway.preapprove(setup, "ana", ("analysts",), "export_cohort", arguments)
    text = await call(demo_gateway, tokens("ana", ("analysts",)), "export_cohort", arguments)
    cohort = [p for p in generate_patients() if any(c.icd10.startswith("E11") for c in p.conditions)]
    assert cohort and all(p.ssn not in text and p.phone not in text for p in cohort)
    assert "E11" in text, "ICD-10 codes are not identifiers"


async def test_resource_catalogue_is_masked_per_profile_and_uris_stay_readable(demo_gateway: Gateway, tokens) -> None:
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {tokens('doc', ('clinicians',))}"}, timeout=30)
    async with Client(streamable_http_client(demo_gateway.url, http_client=http)) as client:
        listed = (await client.list_resources()).resources
        charts = [r for r in listed if str(r.uri).startswith("ehr://patients/P")]
        assert len(charts) == 3
        read = await client.read_resource(str(charts[0].uri))
    patients = generate_patients()[:3]
    catalogue = json.dumps([r.model_dump(mode="json") for r in charts], ensure_ascii=False)
    for patient in patients:
        assert f"ehr://patients/{patient.patient_id}" in catalogue, "URIs are how clients read: kept"
        assert patient.full_name in catalogue, "the clinical profile keeps names"
        assert patient.medicare_mbi not in catalogue, "but never a Medicare number, even in a description"
    assert "[MBI]" in catalogue
    assert PATIENT.ssn not in read.contents[0].text, "the chart read through its listed URI is masked too"
