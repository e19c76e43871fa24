"""Vendor-like JSON APIs: key styles, nested arrays, maps keyed by ids or names, JSON written inside text."""

from __future__ import annotations

import json
from typing import Any

from . import vocab
from .people import Ctx


def as_result(c: Ctx, obj: Any) -> dict[str, Any]:
    """An MCP tool result: structured content, with the same JSON as text beside it half of the time."""
    if c.rng.random() < 0.5:
        return {"content": [{"type": "text", "text": json.dumps(obj, ensure_ascii=False)}], "structuredContent": obj}
    return {"structuredContent": obj, "content": [{"type": "text", "text": f"{c.rng.randint(1, 9)} record(s)"}]}


def text_result(text: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}], "isError": False}


def epic_patient_search(c: Ctx) -> Any:
    entries = []
    for _ in range(c.rng.randint(1, 3)):
        who = c.person()
        entries.append(
            {
                "patientId": c.mrn(who),
                "name": {"given": [c.name(who, "given"), who.middle], "family": c.name(who, "family")},
                "birthDate": c.date(who.dob, "iso"),
                "sexAtBirth": who.sex,
                "telecom": [
                    {"system": "phone", "use": "home", "value": c.phone(who)},
                    {"system": "email", "value": c.email(who)},
                ],
                "addresses": [
                    {
                        "line": [c.street(who)],
                        "city": c.city(who),
                        "state": who.state,
                        "postalCode": c.zip(who),
                        "county": c.county(who),
                    }
                ],
                "pcpDepartment": c.keep("DEPT", vocab.DEPARTMENTS),
                "photoRef": c.ident("PHOTO"),
                "lastVisitYear": int(c.year()),
            }
        )
    return as_result(c, {"total": len(entries), "entries": entries, "apiVersion": c.p.keep("VERSION", "2024.1.3")})


def cerner_encounters(c: Ctx) -> Any:
    who = c.person()
    kin = c.person()
    encounters = []
    for _ in range(c.rng.randint(1, 3)):
        admit = c.date_in()
        lab, value, unit = c.lab()
        encounters.append(
            {
                "EncounterNumber": c.ident("OTHER_ID"),
                "AdmitDtTm": c.date(admit, "iso") + "T08:14:00Z",
                "Facility": c.keep("FACILITY", vocab.FACILITIES),
                "Unit": c.keep("DEPT", vocab.DEPARTMENTS),
                "AttendingPhysician": f"{c.staff()}, MD",
                "Diagnoses": [{"Code": c.keep("ICD10", [d for d, _ in vocab.ICD10])}],
                "Results": [{"Test": lab, "Value": value, "Units": unit}],
            }
        )
    return as_result(
        c,
        {
            "Person": {
                "FullName": c.name(who, "inv_mid"),
                "Age": c.age_value(who),
                "SSN": c.ssn(who),
                "HomePhone": c.phone(who),
                "FinNbr": c.account(who),
            },
            "NextOfKin": {
                "NameFullFormatted": c.name(kin, "inv"),
                "Relationship": c.pick(("Daughter", "Son", "Spouse")),
                "PhoneNumber": c.phone(kin),
            },
            "Encounters": encounters,
        },
    )


def chart_summary_snake(c: Ctx) -> Any:
    who, contact = c.person(), c.person()
    lab, value, unit = c.lab()
    return as_result(
        c,
        {
            "patient": {
                "first_name": c.name(who, "given"),
                "last_name": c.name(who, "family"),
                "preferred_name": c.p.name(c.pick(vocab.NICKNAMES), True),
                "date_of_birth": c.date(who.dob, "us"),
                "mrn": c.mrn(who),
                "member_id": c.member(who),
            },
            "problems": [{"icd10": c.icd(), "snomed": c.keep("SNOMED", vocab.SNOMED), "onset_year": c.year()}],
            "medications": [
                {
                    "name": c.keep("DRUG", vocab.DRUGS),
                    "dose": c.keep("DOSE", vocab.DOSES),
                    "ndc": c.keep("NDC", vocab.NDC),
                }
            ],
            "labs": [
                {"loinc": c.keep("LOINC", [code for code, _ in vocab.LOINC]), "name": lab, "value": value, "unit": unit}
            ],
            "emergency_contacts": [
                {"name": c.name(contact), "relationship": "sister", "cell": c.phone(contact), "email": c.email(contact)}
            ],
            "care_team": [{"role": "PCP", "name": c.staff()}],
        },
    )


def census_maps(c: Ctx) -> Any:
    """Maps keyed by MRN and by the patient's name: identifiers sit in keys, not values."""
    by_mrn, by_name = {}, {}
    for bed in range(c.rng.randint(2, 4)):
        who = c.person()
        by_mrn[c.mrn(who)] = {
            "bed": f"{c.rng.randint(3, 8)}{chr(65 + bed)}",
            "age": c.age_value(who),
            "admitted": c.date(c.date_in(), "iso"),
            "dx": c.keep("ICD10", [d for d, _ in vocab.ICD10]),
        }
        by_name[c.name(who, c.pick(("inv", "full", "caps_inv")))] = {
            "isolation": c.pick(("none", "contact", "droplet")),
            "fallRisk": c.pick(("low", "high")),
        }
    return as_result(c, {"unit": c.keep("DEPT", vocab.DEPARTMENTS), "byMrn": by_mrn, "byPatient": by_name})


def abbreviated_schedule(c: Ctx) -> Any:
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        who = c.person()
        rows.append(
            {
                "PT_NM": c.name(who, "caps_inv"),
                "PT_DOB": c.date(who.dob, "hl7"),
                "AGE": c.age(who, "{a}"),
                "MRN#": c.mrn(who),
                "ADDR1": c.street(who, caps=True),
                "CTY": c.city(who, caps=True),
                "ST": who.state,
                "ZIP5": c.zip(who),
                "HPH": c.phone(who),
                "APPT_DT": c.date(c.date_in(2025, 2026), "us"),
                "PROV": c.staff().upper(),
                "CPT": c.keep("CPT", vocab.CPT),
                "DEPT_NM": c.keep("DEPT", vocab.DEPARTMENTS),
            }
        )
    return as_result(c, {"rptId": "SCH-DAILY", "rows": rows})


def guarantor_account(c: Ctx) -> Any:
    who, guarantor = c.person(), c.person()
    return as_result(
        c,
        {
            "accountId": c.account(who),
            "patient": {"displayName": c.name(who), "dob": c.date(who.dob)},
            "guarantor": {
                "name": c.name(guarantor),
                "relation": "Parent",
                "ssn": c.ssn(guarantor),
                "billingAddress": c.address(guarantor),
                "employer": c.pick(("Fenwick Logistics", "self-employed")),
                "driversLicense": c.ident("LICENSE"),
                "previousAddress": c.abroad(),
            },
            "coverage": [
                {
                    "payer": c.keep("WORD", ("Blue Cross", "Aetna", "Medicare Advantage")),
                    "subscriberId": c.member(who),
                    "groupNumber": "GRP-4410",
                }
            ],
            "balanceDue": f"{c.rng.randint(20, 4800)}.{c.rng.randint(10, 99)}",
            "lastStatementYear": c.year(),
            "claims": [{"claimNo": c.ident("OTHER_ID"), "cpt": c.keep("CPT", vocab.CPT)}],
        },
    )


def device_registry(c: Ctx) -> Any:
    who = c.person()
    return as_result(
        c,
        {
            "Patient": c.name(who, "inv"),
            "PatientDOB": c.date(who.dob, "dmy"),
            "Implants": [
                {
                    "Model": c.keep("WORD", ("Medtronic Azure XT DR", "Boston Scientific Accolade")),
                    "Serial": c.ident("DEVICE"),
                    "ImplantDate": c.date(c.date_in(2015, 2024), "iso"),
                }
            ],
            "RemoteMonitor": {
                "transmitterIp": c.ident("IP"),
                "lastTransmission": c.date(c.date_in(2026, 2026), "long"),
                "firmware": c.p.keep("VERSION", "v4.2.17"),
            },
            "Wearables": {c.ident("DEVICE"): {"kind": "CGM", "readingsPerDay": 288}},
        },
    )


def json_in_text(c: Ctx) -> Any:
    """A text field holding JSON, itself holding JSON as text, one to three levels deep."""
    who, kin = c.person(), c.person()
    inner: Any = {"patientName": c.name(who), "dob": c.date(who.dob), "mrn": c.mrn(who), "dx": c.icd()}
    for _ in range(c.rng.randint(0, 2)):
        inner = {
            "payload": json.dumps(inner, ensure_ascii=False),
            "contact": c.name(kin),
            "phone": c.phone(kin),
            "drug": c.keep("DRUG", vocab.DRUGS),
        }
    return {"content": [{"type": "text", "text": json.dumps(inner, ensure_ascii=False)}]}


SHAPES = {
    "epic_patient_search": epic_patient_search,
    "cerner_encounters": cerner_encounters,
    "chart_summary_snake": chart_summary_snake,
    "census_maps": census_maps,
    "abbreviated_schedule": abbreviated_schedule,
    "guarantor_account": guarantor_account,
    "device_registry": device_registry,
    "json_in_text": json_in_text,
}
