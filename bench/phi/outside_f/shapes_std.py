"""Interchange standards as MCP servers hand them back: FHIR R4, HL7 v2, X12, C-CDA."""

from __future__ import annotations

from typing import Any

from . import vocab
from .people import Ctx
from .shapes_api import as_result, text_result


def _fhir_patient(c: Ctx, who) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": c.ident("OTHER_ID"),
        "identifier": [
            {"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": c.mrn(who)},
            {"system": "http://hl7.org/fhir/sid/us-ssn", "value": c.ssn(who)},
        ],
        "name": [
            {"use": "official", "family": c.name(who, "family"), "given": [c.name(who, "given"), who.middle]},
            {"use": "usual", "text": c.name(who)},
        ],
        "telecom": [
            {"system": "phone", "value": c.phone(who), "use": "mobile"},
            {"system": "email", "value": c.email(who)},
        ],
        "birthDate": c.date(who.dob, "iso"),
        "gender": "female" if who.sex == "F" else "male",
        "address": [
            {
                "line": [c.street(who)],
                "city": c.city(who),
                "district": c.county(who),
                "state": who.state,
                "postalCode": c.zip(who),
            }
        ],
        "photo": [{"contentType": "image/jpeg", "url": c.ident("URL")}],
        "managingOrganization": {"display": c.keep("FACILITY", vocab.FACILITIES)},
        "extension": [
            {
                "url": "http://hl7.org/fhir/StructureDefinition/patient-disability",
                "valueString": c.keep("EPONYM", vocab.EPONYMS),
            }
        ],
    }


def fhir_patient_related(c: Ctx) -> Any:
    who, rel = c.person(), c.person()
    related = {
        "resourceType": "RelatedPerson",
        "patient": {"reference": "Patient/example", "display": c.name(who)},
        "relationship": [{"coding": [{"code": "CAREGIVER"}]}],
        "name": [{"text": c.name(rel)}],
        "telecom": [{"system": "phone", "value": c.phone(rel)}],
        "address": [{"text": c.abroad()}],
    }
    return as_result(
        c,
        {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [{"resource": _fhir_patient(c, who)}, {"resource": related}],
        },
    )


def fhir_bundle(c: Ctx) -> Any:
    who = c.person()
    ref = {"reference": f"Patient/{c.mrn(who)}", "display": c.name(who)}
    start = c.date_in()

    def observation() -> dict[str, Any]:
        lab, value, unit = c.lab()
        return {
            "resourceType": "Observation",
            "status": "final",
            "subject": ref,
            "code": {
                "coding": [{"system": "http://loinc.org", "code": c.keep("LOINC", [x for x, _ in vocab.LOINC])}],
                "text": lab,
            },
            "valueQuantity": {"value": float(value), "unit": unit},
            "effectiveDateTime": c.date(start, "iso"),
        }

    makers = [
        lambda: {
            "resourceType": "Encounter",
            "status": "finished",
            "subject": ref,
            "period": {"start": c.date(start, "iso") + "T09:30:00-05:00"},
            "serviceProvider": {"display": c.keep("FACILITY", vocab.FACILITIES)},
            "participant": [{"individual": {"display": c.staff()}}],
        },
        observation,
        lambda: {
            "resourceType": "MedicationRequest",
            "subject": ref,
            "authoredOn": c.date(start, "iso"),
            "medicationCodeableConcept": {"text": c.drug()},
            "dispenseRequest": {"numberOfRepeatsAllowed": 3},
        },
        lambda: {
            "resourceType": "Coverage",
            "beneficiary": ref,
            "subscriberId": c.member(who),
            "payor": [{"display": c.keep("WORD", ("Aetna", "Blue Cross"))}],
        },
        lambda: {
            "resourceType": "Claim",
            "patient": ref,
            "identifier": [{"value": c.ident("OTHER_ID")}],
            "item": [{"productOrService": {"coding": [{"code": c.keep("CPT", vocab.CPT)}]}}],
            "diagnosis": [
                {"diagnosisCodeableConcept": {"coding": [{"code": c.keep("ICD10", [d for d, _ in vocab.ICD10])}]}}
            ],
        },
        lambda: {
            "resourceType": "Appointment",
            "status": "booked",
            "start": c.date(c.date_in(2026, 2026), "iso") + "T14:00:00Z",
            "participant": [{"actor": ref}, {"actor": {"display": c.staff()}}],
            "comment": f"Ride: {c.phone(who)}",
        },
    ]
    chosen = sorted(c.rng.sample(range(len(makers)), c.rng.randint(3, 6)))
    return as_result(
        c,
        {
            "resourceType": "Bundle",
            "type": "searchset",
            "total": len(chosen),
            "entry": [{"fullUrl": f"urn:uuid:{i}", "resource": makers[i]()} for i in chosen],
        },
    )


def fhir_communication_docref(c: Ctx) -> Any:
    who, kin = c.person(), c.person()
    note = (
        f"Called {c.name(kin, 'full')} ({c.pick(('daughter', 'son', 'husband', 'wife'))}) at {c.phone(kin)} "
        f"re: {c.name(who, 'given')}'s discharge on {c.date(c.date_in(), 'long')}. Continue {c.drug()}. "
        f"Needs {c.keep('WORD', vocab.PLAIN_WORDS)} at home, {c.address(who)}."
    )
    docref = {
        "resourceType": "DocumentReference",
        "status": "current",
        "subject": {"display": c.name(who, "inv")},
        "content": [{"attachment": {"contentType": "text/plain", "title": "Discharge call", "data": None}}],
        "text": {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{note}</div>'},
    }
    comm = {
        "resourceType": "Communication",
        "status": "completed",
        "sent": c.date(c.date_in(), "iso"),
        "payload": [
            {
                "contentString": f"{c.name(who, 'given')}, your {c.keep('LAB', ('A1c', 'INR'))} result is "
                f"ready in {c.keep('WORD', ('MyChart',))}."
            }
        ],
    }
    return as_result(
        c, {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": docref}, {"resource": comm}]}
    )


def _hl7_ts(c: Ctx, day) -> str:
    return c.date(day, "hl7") + f"{c.rng.randint(0, 23):02d}{c.rng.randint(0, 59):02d}"


def _pid(c: Ctx, who) -> str:
    return (
        f"PID|1||{c.mrn(who)}^^^MRN^MR~{c.ssn(who)}^^^SSA^SS||{c.name(who, 'hl7')}||"
        f"{c.date(who.dob, 'hl7')}|{who.sex}|||{c.street(who, caps=True)}^^{c.city(who, caps=True)}^{who.state}^"
        f"{c.zip(who)}^USA^H^^{c.county(who, caps=True)}||{c.phone(who)}^PRN^PH|||||{c.account(who)}"
    )


def hl7_adt(c: Ctx) -> Any:
    who, kin = c.person(), c.person()
    admit = c.date_in()
    msg = "\r".join(
        [
            f"MSH|^~\\&|EPIC|{c.keep('FACILITY', ('RRMC', 'STAGNES'))}|CHAPERONE|HIE|{_hl7_ts(c, admit)}||ADT^A01|"
            f"MSG{c.rng.randint(10000, 99999)}|P|{c.p.keep('VERSION', '2.5.1')}",
            f"EVN|A01|{_hl7_ts(c, admit)}",
            _pid(c, who),
            f"NK1|1|{c.name(kin, 'hl7')}|{c.pick(('SPO', 'DAU', 'SON', 'BRO'))}|{c.address(kin, caps=True)}|"
            f"{c.phone(kin)}",
            f"PV1|1|I|{c.keep('DEPT', ('MICU', 'CARDIOLOGY', 'ONCOLOGY'))}^412^B||||1234567890^"
            f"{c.staff().upper().replace(' ', '^')}",
            f"DG1|1|I10|{c.keep('ICD10', [d for d, _ in vocab.ICD10])}",
            f"IN1|1|BCBS01|{c.keep('WORD', ('BLUE CROSS', 'AETNA'))}|||||||||||||||||||||||||||||||||||||||"
            f"{c.member(who)}",
        ]
    )
    return text_result(msg)


def hl7_oru(c: Ctx) -> Any:
    who = c.person()
    day = c.date_in()
    obx = []
    for i in range(c.rng.randint(2, 4)):
        lab, value, unit = c.lab()
        obx.append(f"OBX|{i + 1}|NM|{c.keep('LOINC', [x for x, _ in vocab.LOINC])}^{lab}^LN||{value}|{unit}|||||F")
    lines = [
        f"MSH|^~\\&|LAB|{c.keep('FACILITY', ('LAKESHORE', 'MERCY'))}|||{_hl7_ts(c, day)}||ORU^R01|X"
        f"{c.rng.randint(1000, 9999)}|P|2.3",
        _pid(c, who),
        f"OBR|1||{c.ident('OTHER_ID')}|80053^CMP|||{_hl7_ts(c, day)}",
        *obx,
        f"NTE|1||Pt {c.name(who, 'family_caps')} notified by phone {c.phone(who)}",
    ]
    return text_result("\n".join(lines))


def hl7_siu(c: Ctx) -> Any:
    who = c.person()
    day = c.date_in(2026, 2026)
    lines = [
        f"MSH|^~\\&|CADENCE|NFP|||{_hl7_ts(c, day)}||SIU^S12|S{c.rng.randint(1000, 9999)}|P|2.4",
        f"SCH|{c.ident('OTHER_ID')}||||||{c.keep('WORD', ('FOLLOW UP', 'NEW PATIENT'))}|||30|MIN|^^30^"
        f"{_hl7_ts(c, day)}",
        _pid(c, who),
        f"AIL|1||{c.keep('DEPT', ('ENDOCRINOLOGY', 'NEPHROLOGY', 'NEUROLOGY'))}",
        f"AIP|1||{c.staff().upper().replace(' ', '^')}",
    ]
    return text_result("\r\n".join(lines))


def x12_eligibility(c: Ctx) -> Any:
    who = c.person()
    last, first = c.name(who, "family_caps"), c.name(who, "given_caps")
    seg = [
        f"ISA*00*          *00*          *ZZ*CHAPERONE      *ZZ*PAYER01        *{c.rng.randint(210101, 261130)}*"
        f"1200*^*00501*000000{c.rng.randint(100, 999)}*0*P*:",
        f"ST*{c.pick(('270', '271'))}*0001*005010X279A1",
        "BHT*0022*11*10001234*20261130*1200",
        f"NM1*IL*1*{last}*{first}*{who.middle}***MI*{c.member(who)}",
        f"N3*{c.street(who, caps=True)}",
        f"N4*{c.city(who, caps=True)}*{who.state}*{c.zip(who)}",
        f"DMG*D8*{c.date(who.dob, 'hl7')}*{who.sex}",
        f"EB*1*IND*30**{c.keep('WORD', ('MEDICARE ADVANTAGE', 'BLUE CROSS'))}",
        "SE*12*0001",
    ]
    return text_result("~\n".join(seg) + "~")


def x12_claims(c: Ctx) -> Any:
    who, sub = c.person(), c.person()
    svc = c.date_in()
    seg = [
        f"ST*{c.pick(('835', '837'))}*0002*005010X222A1",
        f"NM1*IL*1*{c.name(sub, 'family_caps')}*{c.name(sub, 'given_caps')}****MI*{c.member(sub)}",
        f"NM1*QC*1*{c.name(who, 'family_caps')}*{c.name(who, 'given_caps')}",
        f"REF*SY*{c.p.id('SSN', who.ssn.replace('-', ''))}" if c.rng.random() < 0.5 else f"REF*EA*{c.mrn(who)}",
        f"CLM*{c.ident('OTHER_ID')}*{c.rng.randint(150, 9000)}***11:B:1",
        f"DTP*472*D8*{c.date(svc, 'hl7')}",
        f"HI*ABK:{c.keep('ICD10', ('E119', 'I10', 'N183'))}",
        f"SV1*HC:{c.keep('CPT', vocab.CPT)}*{c.rng.randint(80, 600)}*UN*1",
        "SE*9*0002",
    ]
    return text_result("~".join(seg) + "~")


def ccda_xml(c: Ctx) -> Any:
    who, guardian = c.person(), c.person()
    xml = f"""<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5" extension="{c.mrn(who)}"/>
    <id root="2.16.840.1.113883.4.1" extension="{c.ssn(who)}"/>
    <addr use="HP"><streetAddressLine>{c.street(who)}</streetAddressLine><city>{c.city(who)}</city>
      <state>{who.state}</state>
      <postalCode>{c.zip(who)}</postalCode><county>{c.county(who)}</county></addr>
    <telecom value="tel:{c.phone(who)}"/><telecom value="mailto:{c.email(who)}"/>
    <patient><name><given>{c.name(who, "given")}</given><family>{c.name(who, "family")}</family></name>
      <birthTime value="{c.date(who.dob, "hl7")}"/>
      <guardian><guardianPerson><name>{c.name(guardian)}</name></guardianPerson>
        <telecom value="tel:{c.phone(guardian)}"/></guardian>
    </patient></patientRole></recordTarget>
  <component><section><title>Medications</title><text>{c.drug()}</text></section></component>
  <component><section><title>Problems</title>
    <text>{c.icd()}; {c.keep("EPONYM", vocab.EPONYMS)}</text></section></component>
</ClinicalDocument>"""
    return text_result(xml)


SHAPES = {
    "fhir_patient_related": fhir_patient_related,
    "fhir_bundle": fhir_bundle,
    "fhir_communication_docref": fhir_communication_docref,
    "hl7_adt": hl7_adt,
    "hl7_oru": hl7_oru,
    "hl7_siu": hl7_siu,
    "x12_eligibility": x12_eligibility,
    "x12_claims": x12_claims,
    "ccda_xml": ccda_xml,
}
