"""Tool-result templates: what EHR, FHIR, HL7, claims, lab, scheduling, messaging, device and audit MCP servers
return, each as ``{"content": [{"type": "text", "text": ...}], "structuredContent": {...}}``.

Every identifier and every planted non-identifier goes through a ``Doc``, so the gold is exact.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from .render import Doc
from .values import Draw, name_fragments

DRUGS = [
    "metformin 500 mg PO BID",
    "lisinopril 10 mg daily",
    "atorvastatin 40 mg qHS",
    "Eliquis 5 mg BID",
    "insulin glargine 22 units qHS",
    "albuterol HFA 2 puffs q4h PRN",
    "furosemide 40 mg IV",
    "Keppra 750 mg BID",
    "sertraline 50 mg",
    "warfarin 5 mg",
    "Ozempic 0.5 mg weekly",
    "amoxicillin-clavulanate 875-125 mg",
    "Tylenol 650 mg q6h PRN",
    "heparin 5000 units SC q8h",
    "prednisone 40 mg x 5 days",
    "Lasix",
    "Humalog",
]
CODES = [
    ("ICD-10", "E11.9"),
    ("ICD-10", "I10"),
    ("ICD-10", "J45.909"),
    ("ICD-10", "Z79.4"),
    ("ICD-10", "N18.3"),
    ("ICD-10", "I48.91"),
    ("ICD-10", "F32.A"),
    ("ICD-10", "M54.50"),
    ("LOINC", "4548-4"),
    ("LOINC", "2345-7"),
    ("LOINC", "718-7"),
    ("LOINC", "2160-0"),
    ("LOINC", "33914-3"),
    ("CPT", "99213"),
    ("CPT", "80053"),
    ("CPT", "93000"),
    ("CPT", "99285"),
    ("HCPCS", "J1885"),
    ("SNOMED", "44054006"),
    ("RxNorm", "860975"),
    ("NDC", "0002-8215-01"),
    ("NDC", "50090-3147-0"),
    ("CARC", "CO-197"),
    ("DRG", "291"),
]
LABS = [
    ("HbA1c", "7.2 %"),
    ("Glucose", "143 mg/dL"),
    ("Potassium", "4.1 mmol/L"),
    ("Creatinine", "1.34 mg/dL"),
    ("Hemoglobin", "10.8 g/dL"),
    ("WBC", "11.2 x10^9/L"),
    ("eGFR", "52 mL/min/1.73m2"),
    ("TSH", "2.41 mIU/L"),
    ("INR", "2.6"),
    ("BNP", "812 pg/mL"),
    ("Troponin I", "0.04 ng/mL"),
    ("LDL", "131 mg/dL"),
    ("Sodium", "138 mmol/L"),
]
UNITS = [
    "4 West",
    "MICU",
    "Cardiology Clinic",
    "Emergency Department",
    "PACU",
    "L&D",
    "Oncology Infusion Center",
    "5 North Med-Surg",
    "NICU",
    "Dialysis Unit",
    "Wound Care Clinic",
]
DEVICE_MODELS = [
    "Medtronic Azure XT DR MRI",
    "Dexcom G7",
    "Omnipod 5",
    "Tandem t:slim X2",
    "Abbott FreeStyle Libre 3",
    "Boston Scientific Accolade MRI",
    "ResMed AirSense 11",
    "Philips Trilogy Evo",
]
ROLES = [
    "attending",
    "charge nurse",
    "PCP",
    "case manager",
    "hospitalist",
    "RN",
    "social worker",
    "pharmacist",
    "scheduler",
    "interpreter",
]
STATES = ["Massachusetts", "Texas", "New Mexico", "Wyoming", "California", "Georgia", "Illinois", "Florida"]
VITALS = ["BP 132/84", "HR 88", "RR 18", "SpO2 96% on RA", "T 37.8 C", "BMI 31.4", "Wt 82.3 kg"]


class Builder:
    """Shared pieces of the templates: a patient, a few negatives, and the MCP envelope."""

    def __init__(self, draw: Draw, source: str) -> None:
        self.d = Doc(draw, source)
        self.rng = draw.rng
        self.p = draw.person()

    def drug(self) -> str:
        return self.d.keep("drug+dose", self.rng.choice(DRUGS))

    def code(self) -> tuple[str, str]:
        system, code = self.rng.choice(CODES)
        return system, self.d.keep(f"code {system}", code)

    def lab(self) -> tuple[str, str]:
        name, value = self.rng.choice(LABS)
        return name, self.d.keep("lab value", value)

    def young_age(self) -> str:
        age = self.rng.randint(18, 89)
        return self.d.keep("age<90", self.rng.choice([f"{age}-year-old", f"{age} y/o", f"age {age}", f"{age}yo"]))

    def unit(self) -> str:
        return self.d.keep("hospital unit", self.rng.choice(UNITS))

    def device_model(self) -> str:
        return self.d.keep("device model", self.rng.choice(DEVICE_MODELS))

    def role(self) -> str:
        return self.d.keep("role word", self.rng.choice(ROLES))

    def state(self) -> str:
        return self.d.keep("state name", self.rng.choice(STATES))

    def vital(self) -> str:
        return self.d.keep("vital sign", self.rng.choice(VITALS))

    def year(self) -> str:
        return self.d.keep("year alone", str(self.rng.randint(1995, 2024)))

    def result(self, text: str, structured: Any) -> dict:
        return {"content": [{"type": "text", "text": text}], "structuredContent": structured}


def ehr_patient(draw: Draw) -> tuple[dict, Doc]:
    """A patient chart summary under obvious keys; the text mirrors the structure as pretty JSON."""
    b = Builder(draw, "ehr_patient")
    d, p = b.d, b.p
    system, code = b.code()
    rec = {
        "patient": {
            "id": d.mrn(p),
            "name": d.name(p),
            "dob": d.date(p.dob, b.rng.choice(["ISO", "US", "HL7-DT"])),
            "sex": p.sex,
            "ssn": d.ssn(p, b.rng.choice(["AAA-GG-SSSS", "AAAGGSSSS", "xxx-xx-SSSS"])),
            "phone": {"home": d.phone(p.phone), "mobile": d.phone()},
            "email": d.email(p, "plain"),
            "address": {
                "line1": d.street(p),
                "line2": p.unit and d.put("ADDRESS", "unit line", p.unit),
                "city": d.city(p),
                "state": d.keep("state", p.state),
                "zip": d.zip(p),
            },
            "pcp": d.provider(),
            "insurance": {"payer": "Blue Cross Blue Shield", "member_id": d.member_id(), "group": "GRP-00417"},
        },
        "problems": [{"code": code, "system": system, "status": "active"}],
        "medications": [b.drug(), b.drug()],
        "last_visit": {"date": d.date(draw.date(), "ISO"), "unit": b.unit()},
        "legacy": {
            "MRN_NUM": int(d.put("MRN", "JSON integer", str(int(p.mrn)))),
            "home_phone": int(d.put("PHONE", "JSON integer", p.phone)),
            "ssn": int(d.put("SSN", "JSON integer", str(int(p.ssn)))),
            "dob_yyyymmdd": int(d.date(p.dob, "HL7-DT", "JSON integer yyyymmdd")),
        },
    }
    if p.zip5[0] != "0":
        rec["legacy"]["zip_code"] = int(d.put("ZIP", "JSON integer", p.zip5, (rf"(?<!\d){p.zip5}(?!\d)",)))
    if not p.unit:
        del rec["patient"]["address"]["line2"]
    text = json.dumps(rec, indent=2, ensure_ascii=b.rng.random() < 0.3)
    return b.result(text, rec), d


def ehr_opaque(draw: Draw) -> tuple[dict, Doc]:
    """A record under keys that say nothing: label/value pairs, positional rows, terse or generic keys."""
    b = Builder(draw, "ehr_opaque")
    d, p = b.d, b.p
    rec = {
        "pt_ident": d.mrn(p, "digits"),
        "contact": d.phone(p.phone),
        "x1": d.ssn(p, "AAAGGSSSS"),
        "note": f"{d.name(p, 'First Last')} called back, confirmed DOB {d.date(p.dob)}",
        "fields": [
            {"label": "Social Security Number", "value": d.ssn(p, "AAA-GG-SSSS")},
            {"label": "Date of Birth", "value": d.date(p.dob)},
            {"label": "Patient", "value": d.name(p)},
            {"label": "Home Address", "value": d.address_line(p)},
            {"label": "Diagnosis", "value": b.code()[1]},
        ],
        "data": [["Member", d.member_id()], ["Acct", d.account()], ["Email", d.email(p, "plain")], ["Med", b.drug()]],
        "attr": {"k": "dl", "v": d.licence()},
        "subject": d.name(p, "Last, First"),
        "who": d.other_name("relative")[1],
        "value": d.phone(),
        "ref": d.other_id("opaque"),
    }
    text = json.dumps(rec)
    return b.result(text, rec), d


def fhir_patient(draw: Draw) -> tuple[dict, Doc]:
    """A FHIR R4 Patient: identifier systems, name arrays, telecom, address lines, contact, photo."""
    b = Builder(draw, "fhir_patient")
    d, p = b.d, b.p
    mrn = d.mrn(p, "digits")
    kin, kin_name = d.other_name("relative")
    resource = {
        "resourceType": "Patient",
        "id": d.other_id("fhir id"),
        "identifier": [
            {
                "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14",
                "value": mrn,
            },
            {"system": "http://hl7.org/fhir/sid/us-ssn", "value": d.ssn(p, "AAAGGSSSS")},
            {"system": "http://hl7.org/fhir/sid/us-mbi", "value": d.mbi("MBI")},
        ],
        "name": [
            {
                "use": "official",
                "family": d.name(p, "family", "FHIR family"),
                "given": [d.name(p, "given", "FHIR given"), p.middle],
            },
            {"use": "usual", "text": d.name(p, "First Last", "FHIR HumanName.text")},
        ],
        "telecom": [
            {"system": "phone", "value": d.phone(p.phone), "use": "home"},
            {"system": "phone", "value": d.phone(), "use": "mobile"},
            {"system": "email", "value": d.email(p, "plain")},
        ],
        "gender": "female" if p.sex == "F" else "male",
        "birthDate": d.date(p.dob, "ISO", "FHIR birthDate"),
        "address": [
            {
                "use": "home",
                "line": [d.street(p, "street"), *([d.put("ADDRESS", "FHIR line[1] unit", p.unit)] if p.unit else [])],
                "city": d.city(p),
                "district": d.county(),
                "state": p.state,
                "postalCode": d.zip(p, "ZIP5"),
                "country": "US",
            }
        ],
        "contact": [
            {
                "relationship": [{"text": "Daughter"}],
                "name": {"text": kin_name},
                "telecom": [{"system": "phone", "value": d.phone(kin.phone)}],
            }
        ],
        "photo": [{"contentType": "image/jpeg", "url": d.photo(p, p.mrn)}],
        "generalPractitioner": [{"reference": "Practitioner/pr-88", "display": d.provider()}],
    }
    text = (
        f"Found 1 Patient. {resource['name'][0]['given'][0]} {resource['name'][0]['family']} "
        f"(MRN {mrn}), born {d.date(p.dob, 'Mon D, YYYY')}. Preferred language: Spanish."
    )
    return b.result(text, resource), d


def fhir_bundle(draw: Draw) -> tuple[dict, Doc]:
    """A FHIR searchset: Encounter periods, Observations, a Device with serial and UDI."""
    b = Builder(draw, "fhir_bundle")
    d, p = b.d, b.p
    start = draw.date()
    ref_display = d.name(p, "First Last", "FHIR reference display")
    lab_name, lab_value = b.lab()
    _system, code = b.code()
    bundle = {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": 3,
        "entry": [
            {
                "resource": {
                    "resourceType": "Encounter",
                    "status": "finished",
                    "class": {"code": "IMP"},
                    "subject": {"reference": f"Patient/{d.mrn(p, 'digits')}", "display": ref_display},
                    "period": {
                        "start": d.date(start, "ISO-datetime-offset", "FHIR period.start"),
                        "end": d.date(start + dt.timedelta(days=3), "ISO-datetime-Z", "FHIR period.end"),
                    },
                    "participant": [{"individual": {"display": d.provider()}}],
                    "location": [{"location": {"display": b.unit()}}],
                    "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code}]}],
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "code": {"text": lab_name},
                    "valueString": lab_value,
                    "effectiveDateTime": d.date(start, "ISO-datetime-Z", "FHIR effectiveDateTime"),
                    "performer": [{"display": d.provider()}],
                }
            },
            {
                "resource": {
                    "resourceType": "Device",
                    "deviceName": [{"name": b.device_model()}],
                    "serialNumber": d.device_serial(),
                    "udiCarrier": [{"carrierHRF": d.udi()}],
                    "patient": {"display": d.name(p, "Last, First", "FHIR reference display")},
                }
            },
        ],
    }
    text = f"3 resources for {d.name(p, 'First Last')}; admitted {d.date(start, 'US')} to {b.unit()}."
    return b.result(text, bundle), d


def hl7_message(draw: Draw) -> tuple[dict, Doc]:
    """An HL7 v2 ADT or ORU message as interface engines return it."""
    b = Builder(draw, "hl7v2")
    d, p = b.d, b.p
    kin = draw.person()
    ts = dt.datetime.combine(draw.date(), dt.time(b.rng.randint(0, 23), b.rng.randint(0, 59)))
    glucose = b.d.keep("lab value", str(b.rng.randint(60, 300)))
    loinc = b.d.keep("code LOINC", "2345-7")
    pid = (
        f"PID|1||{d.mrn(p, 'digits')}^^^NSH^MR~{d.ssn(p, 'AAAGGSSSS')}^^^SSA^SS||{d.name(p, 'hl7')}||"
        f"{d.date(p.dob, 'HL7-DT', 'HL7 PID-7')}|{p.sex}||2106-3|{d.street(p, 'UPPER')}^^{d.city(p, upper=True)}^"
        f"{p.state}^{d.zip(p, 'ZIP5')}^USA||^PRN^PH^^^{p.phone[:3]}^"
        f"{d.put('PHONE', 'HL7 XTN local part', p.phone[3:], core=p.phone[3:])}"
        f"|||||{d.account()}|{d.ssn(p, 'AAA-GG-SSSS')}|{d.licence()}^CA"
    )
    nk1 = (
        f"NK1|1|{d.name(kin, 'hl7')}|DAU^Daughter|{d.street(kin)}^^{d.city(kin)}^{kin.state}^{d.zip(kin)}|"
        f"{d.phone(kin.phone, fmt='(AAA)EEE-NNNN')}"
    )
    pv1 = (
        f"PV1|1|I|{b.unit()}^412^A||||{d.npi()}^{d.provider()}|||||||||||{d.other_id('visit number')}"
        f"|||||||||||||||||||||||||{d.date(ts, 'HL7-TS', 'HL7 PV1-44 admit')}"
    )
    obx = f"OBX|1|NM|{loinc}^Glucose^LN||{glucose}|mg/dL|70-99|H|||F|||{d.date(ts, 'HL7-TS', 'HL7 OBX-14')}"
    in1 = (
        f"IN1|1|BCBS01|77|BLUE CROSS||||GRP00417|||||||{d.name(p, 'hl7')}|01|"
        f"{d.date(p.dob, 'HL7-DT', 'HL7 IN1-18')}||||||||||||||||||{d.member_id()}"
    )
    msh = f"MSH|^~\\&|EPIC|NSH|LIS|NSH|{d.date(ts, 'HL7-TS', 'HL7 MSH-7')}||ADT^A01|{draw.digits(8)}|P|2.5.1"
    sep = b.rng.choice(["\r", "\n", "\r\n"])
    text = sep.join([msh, pid, nk1, pv1, obx, in1])
    return b.result(text, {"message_type": "ADT^A01", "segments": 6, "raw": text}), d


def x12_claim(draw: Draw) -> tuple[dict, Doc]:
    """An X12 837P claim fragment (as a clearinghouse MCP tool returns the raw EDI)."""
    b = Builder(draw, "x12_837")
    d, p = b.d, b.p
    dos = draw.date()
    cpt = b.d.keep("code CPT", "99214")
    icd = b.d.keep("code ICD-10", "E1165")
    prov = draw.person()
    segs = [
        "ST*837*0001*005010X222A1",
        f"NM1*IL*1*{d.name(p, 'FAMILY', 'X12 NM1 family')}*{d.name(p, 'GIVEN', 'X12 NM1 given')}****MI*{d.member_id()}",
        f"N3*{d.street(p, 'UPPER')}",
        f"N4*{d.city(p, upper=True)}*{p.state}*{d.zip(p, 'ZIP+4-nodash')}",
        f"DMG*D8*{d.date(p.dob, 'HL7-DT', 'X12 DMG D8')}*{p.sex}",
        f"REF*SY*{d.ssn(p, 'AAAGGSSSS')}",
        f"CLM*{d.claim_no()}*245.00***11:B:1*Y*A*Y*Y",
        f"DTP*472*D8*{d.date(dos, 'HL7-DT', 'X12 DTP D8')}",
        f"HI*ABK:{icd}",
        f"SV1*HC:{cpt}*245.00*UN*1***1",
        f"NM1*82*1*{d.put('NAME-provider', 'X12 NM1*82', prov.family.upper(), name_fragments(prov.family.upper()))}*"
        f"{d.put('NAME-provider', 'X12 NM1*82', prov.given.upper(), name_fragments(prov.given.upper()))}"
        f"****XX*{d.npi()}",
    ]
    text = "~".join(segs) + "~"
    return b.result(text, {"transaction": "837P", "status": "accepted", "edi": text}), d


def claims_json(draw: Draw) -> tuple[dict, Doc]:
    """A payer's claim status response in JSON, with a prose summary."""
    b = Builder(draw, "claims_json")
    d, p = b.d, b.p
    _system, code = b.code()
    dos = draw.date()
    claim = d.claim_no()
    member = d.member_id()
    rec = {
        "claims": [
            {
                "claimNumber": claim,
                "memberId": member,
                "subscriber": {"fullName": d.name(p), "birthDate": d.date(p.dob, "US"), "relationship": "self"},
                "serviceDateFrom": d.date(dos, "YYYY/MM/DD"),
                "serviceDateThru": d.date(dos, "YYYY/MM/DD"),
                "procedureCode": b.d.keep("code CPT", "99285"),
                "diagnosisCodes": [code],
                "billedAmount": 1840.5,
                "allowedAmount": 912.2,
                "adjustment": b.d.keep("code CARC", "CO-45"),
                "patientAccount": d.account(),
                "payment": {"method": "card", "last4": d.card()},
                "renderingProvider": {"npi": d.npi(), "name": d.provider()},
            }
        ]
    }
    text = (
        f"Claim {claim} for member {member} ({d.name(p, 'First Last')}, DOB {d.date(p.dob)}) was processed "
        f"on {d.date(draw.date())}: {code} / 99285 allowed $912.20. Medicare secondary: {d.mbi()}."
    )
    return b.result(text, rec), d


def lab_csv(draw: Draw) -> tuple[dict, Doc]:
    """A lab export as CSV in the text; structuredContent carries only the row count."""
    b = Builder(draw, "lab_csv")
    d = b.d
    rows = ["patient_name,dob,mrn,accession,collected,test,loinc,result,units,ordering_provider"]
    for _ in range(b.rng.randint(2, 4)):
        p = draw.person()
        name, value = b.rng.choice(LABS)
        loinc = b.d.keep("code LOINC", b.rng.choice(["2345-7", "4548-4", "718-7", "2160-0"]))
        num, unit = ([*value.split(" ", 1), ""])[:2]
        num = b.d.keep("lab value", num)
        rows.append(
            f'"{d.name(p, "Last, First")}",{d.date(p.dob, b.rng.choice(["US", "ISO", "US-short"]))},'
            f"{d.mrn(p)},{d.other_id('accession')},{d.date(draw.date(), 'US-datetime-12h')},"
            f"{name},{loinc},{num},{unit},"
            f'"{d.provider()}"'
        )
    text = "\n".join(rows)
    return b.result(text, {"format": "text/csv", "rows": len(rows) - 1}), d


def lab_report(draw: Draw) -> tuple[dict, Doc]:
    """A fixed-width lab report as LIS printouts look."""
    b = Builder(draw, "lab_report")
    d, p = b.d, b.p
    coll = draw.date()
    lines = [
        f"Patient: {d.name(p, 'LAST, FIRST M')}     DOB: {d.date(p.dob, 'US')} ({b.young_age()})   Sex: {p.sex}",
        f"MRN: {d.mrn(p)}    Acct#: {d.account()}    Loc: {b.unit()}",
        f"Collected: {d.date(coll, 'US-datetime-12h')}   Received: {d.date(coll, 'DD-MON-YYYY')}",
        f"Ordering: {d.provider()}  NPI {d.npi()}  DEA {d.dea()}",
        f"Accession: {d.other_id('accession')}",
        "-" * 40,
    ]
    for _ in range(3):
        name, value = b.lab()
        lines.append(f"{name:<14}{value:>18}")
    lines.append(f"Copy to: {d.provider()}  Fax {d.phone(kind='FAX')}")
    text = "\n".join(lines)
    return b.result(text, {"status": "final", "report": text}), d


def schedule(draw: Draw) -> tuple[dict, Doc]:
    """A clinic day: a markdown table in the text, appointment objects in structuredContent."""
    b = Builder(draw, "schedule")
    d = b.d
    day = draw.date()
    header = f"### {b.unit()} — {d.date(day, b.rng.choice(['Weekday, Month D, YYYY', 'US', 'Month D (no year)']))}"
    rows = [header, "", "| Time | Patient | DOB | Phone | Reason | Provider |", "|---|---|---|---|---|---|"]
    appts = []
    for _ in range(b.rng.randint(3, 5)):
        p = draw.person()
        t = dt.datetime.combine(day, dt.time(b.rng.randint(8, 16), b.rng.choice([0, 15, 30, 45])))
        reason = b.rng.choice(["f/u", "new pt", "med refill:", "post-op check"])
        if reason == "f/u":
            reason = f"f/u {b.code()[1]}"
        elif reason == "med refill:":
            reason = f"med refill: {b.drug()}"
        rows.append(
            f"| {t:%H:%M} | {d.name(p)} | {d.date(p.dob, b.rng.choice(['US', 'US-short', 'M/D (no year)']))} | "
            f"{d.phone(p.phone)} | {reason} | {d.provider()} |"
        )
        appts.append(
            {
                "appt_id": d.other_id("appointment"),
                "start": d.date(t, "ISO-datetime-offset", "appointment start"),
                "patient": {"display": d.name(p, "First Last"), "ref": f"Patient/{d.mrn(p, 'digits')}"},
                "room": "Exam 4",
                "type": b.role(),
            }
        )
    text = "\n".join(rows)
    return b.result(text, {"date": d.date(day, "ISO", "schedule date"), "appointments": appts}), d


def portal_thread(draw: Draw) -> tuple[dict, Doc]:
    """Secure-message threads: typed by patients, lower case, no titles, names and numbers in passing."""
    b = Builder(draw, "portal_thread")
    d, p = b.d, b.p
    _rel, rel_name = d.other_name("relative")
    r = b.rng
    bodies = [
        f"hi this is {d.name(p, r.choice(['lowercase', 'First Last', 'given']))}, my new cell is {d.phone()} "
        f"and i moved to {d.street(p)} in {d.city(p)}. can {rel_name} pick up my {b.drug().split()[0]} rx?",
        f"{d.name(p, 'given', 'prose given-only greeting')} - your {b.lab()[0]} came back fine. "
        f"call {d.vanity_phone()} or {d.phone(fmt='AAA-EEE-NNNN ext. 4410')} if questions. {b.role()}",
        f"I was born {d.date(p.dob, r.choice(['US-short', 'Month Dth, YYYY', 'Month YYYY', 'D Mon YY']), 'DOB prose')} "
        f"and my SSN ends in {d.ssn(p, 'last4 in prose')}. my email is {d.email(p, r.choice(['plain', 'obfuscated']))}",
        f"sending the pic of the rash {d.photo(p, p.mrn)}. my daughter {d.other_name('relative')[1]} took it on "
        f"{d.date(draw.date(), r.choice(['Month D (no year)', 'M/D (no year)', 'Dth of Month YYYY']), 'date prose')}",
        f"i'm {d.age_over_89()} and live alone since {rel_name} passed. my blog: {d.url(p, p.mrn)}",
        f"cita con {d.name(p, 'First Last')} el {d.date(draw.date(), 'Spanish')}; teléfono {d.intl_phone()}",
        f"my work ({d.employer()}) fax is {d.phone(kind='FAX')}",
    ]
    r.shuffle(bodies)
    msgs = [
        {
            "from": d.email(p, "display") if i == 0 else d.provider(),
            "sent": d.date(draw.date(), "RFC2822", "mail Date header"),
            "body": body,
        }
        for i, body in enumerate(bodies[: r.randint(3, 5)])
    ]
    d.gold = [
        g
        for g in d.gold
        if any(
            g.value in json.dumps(m, ensure_ascii=False) or g.value in m["body"] or g.value in m["from"] for m in msgs
        )
    ]
    d.kept = [k for k in d.kept if any(k.value in m["body"] for m in msgs)]
    text = "\n\n".join(f"From: {m['from']}\nDate: {m['sent']}\n\n{m['body']}" for m in msgs)
    return b.result(text, {"thread": msgs, "unread": 2}), d


def clinical_note(draw: Draw) -> tuple[dict, Doc]:
    """A discharge summary / ED note: prose with ages, dates, relatives, vehicles, devices and places."""
    b = Builder(draw, "clinical_note")
    d, p = b.d, b.p
    r = b.rng
    adm = draw.date()
    dis = adm + dt.timedelta(days=r.randint(1, 9))
    husband, husband_name = d.other_name("relative")
    age = d.age_over_89() if r.random() < 0.4 else b.young_age()
    parts = [
        f"DISCHARGE SUMMARY\nPatient: {d.name(p)}  MRN: {d.mrn(p)}\n"
        f"Admission Date: {d.date(adm)}  Discharge Date: {d.date(dis)}\nAttending: {d.provider()}\n",
        f"HPI: {d.name(p, 'given', 'prose given-only')} is a {age} {'woman' if p.sex == 'F' else 'man'} with "
        f"{b.code()[1]} who presented to the {b.unit()} after an MVC. She was the restrained driver of a {b.year()} "
        f"Honda Civic, plate {d.plate()}, VIN {d.vin()}. {husband_name} reports she lives at {d.address_line(p)} "
        f"with her cat. DL {d.licence()}.",
        f"Devices: {b.device_model()} pacemaker, serial {d.device_serial()}. Vitals: {b.vital()}, {b.vital()}. "
        f"Labs: {' '.join(f'{n} {v}' for n, v in (b.lab(), b.lab()))}.",
        f"Social: works at {d.employer()}; originally from {d.city(draw.person())}, "
        f"{b.state()}. Lives in {d.county()}. Emergency contact {husband_name} at {d.phone(husband.phone)}.",
        f"Meds on discharge: {b.drug()}; {b.drug()}. Follow up with {d.provider()} on "
        f"{d.date(dis + dt.timedelta(days=14), r.choice(['Month D (no year)', 'Mon D, YYYY', 'M/D (no year)']))}. "
        f"Biometric consent on file ({d.biometric()}). Opioid Rx prescriber DEA# {d.dea()}.",
        f"Spoke with {d.name(p, 'given', 'prose given-only')} and {husband_name} about goals of care; "
        f"{d.name(p, 'family', 'prose family-only')} agrees.",
    ]
    text = "\n".join(parts)
    return b.result(text, {"note_type": "discharge_summary", "author_role": b.role(), "text": text}), d


def embedded_json(draw: Draw) -> tuple[dict, Doc]:
    """JSON inside prose, JSON encoded twice, and a record string under an opaque key."""
    b = Builder(draw, "embedded_json")
    d, p = b.d, b.p
    inner = {
        "name": d.name(p),
        "birth": d.date(p.dob),
        "ssn": d.ssn(p),
        "tel": d.phone(p.phone),
        "zip": d.zip(p),
        "ip": d.ip(),
        "drug": b.drug(),
    }
    form = b.rng.choice(["prose+json", "double-encoded", "payload string"])
    if form == "prose+json":
        text = f"Lookup OK. Record: {json.dumps(inner)} (cached)"
        structured = {"ok": True}
    elif form == "double-encoded":
        text = json.dumps(json.dumps(inner))
        structured = {"ok": True, "payload": json.dumps(inner)}
    else:
        text = "1 record"
        structured = {"payload": json.dumps({"result": inner}), "encoding": "json"}
    d.source = f"embedded_json:{form}"
    d.gold = [g.__class__(g.kind, g.fmt, g.value, g.fragments, d.source) for g in d.gold]
    d.kept = [k.__class__(k.cls, k.value, d.source) for k in d.kept]
    return b.result(text, structured), d


def key_value_text(draw: Draw) -> tuple[dict, Doc]:
    """A registration face sheet as 'Label: value' lines."""
    b = Builder(draw, "face_sheet")
    d, p = b.d, b.p
    kin, kin_name = d.other_name("relative")
    lines = [
        f"Name: {d.name(p)}",
        f"Preferred Name: {d.preferred(p)}",
        f"Date of Birth: {d.date(p.dob)}",
        f"Age: {b.young_age()}",
        f"SSN: {d.ssn(p)}",
        f"Home Phone: {d.phone(p.phone)}",
        f"Work: {d.intl_phone()}",
        f"Fax: {d.phone(kind='FAX', fmt='AAA.EEE.NNNN')}",
        f"Address: {d.street(p)}",
        f"         {d.city(p)}, {p.state} {d.zip(p)}",
        f"Mailing: {d.street(p, 'PO Box')}",
        f"Abroad: {d.intl_street()}",
        f"Emergency Contact: {kin_name} (son) {d.phone(kin.phone)}",
        f"Insurance: Aetna  Member ID: {d.member_id()}  Group: 0012345",
        f"Medicare: {d.mbi()}",
        f"Driver's License: {d.licence()}",
        f"Card on file: {d.card()}",
        f"Portal: {d.url(p, p.mrn)}",
        f"Last login IP: {d.ip()}",
        f"Registered: {d.date(draw.date(), 'ISO-datetime-Z')} by {b.role()}",
    ]
    text = "\n".join(lines)
    return b.result(text, {"sheet": text}), d


def keyed_by_identifier(draw: Draw) -> tuple[dict, Doc]:
    """Maps keyed by patient name, e-mail, MRN or phone (rosters, dedup reports)."""
    b = Builder(draw, "keyed_by_identifier")
    d = b.d
    roster: dict[str, Any] = {}
    for _ in range(3):
        p = draw.person()
        key = b.rng.choice(
            [
                lambda q: d.name(q, "Last, First", "name as key"),
                lambda q: d.email(q, "plain"),
                lambda q: d.mrn(q, "digits"),
                lambda q: d.phone(q.phone, fmt="AAA-EEE-NNNN"),
            ]
        )(p)
        roster[key] = {"balance": 125.4, "last_seen": d.date(draw.date(), "ISO"), "flag": b.code()[1]}
    text = f"{len(roster)} duplicates found: " + "; ".join(roster)
    return b.result(text, {"duplicates": roster}), d


def cda_xml(draw: Draw) -> tuple[dict, Doc]:
    """A C-CDA recordTarget as XML text."""
    b = Builder(draw, "cda_xml")
    d, p = b.d, b.p
    xml = (
        f'<recordTarget><patientRole><id root="2.16.840.1.113883.4.1" extension="{d.ssn(p, "AAA-GG-SSSS")}"/>'
        f'<id root="2.16.840.1.113883.19.5" extension="{d.mrn(p)}"/>'
        f'<addr use="HP"><streetAddressLine>{d.street(p)}</streetAddressLine><city>{d.city(p)}</city>'
        f"<state>{p.state}</state><postalCode>{d.zip(p)}</postalCode></addr>"
        f'<telecom value="tel:{d.phone(p.phone, fmt="+1AAAEEENNNN")}" use="HP"/>'
        f'<telecom value="{d.email(p, "mailto")}"/>'
        f"<patient><name><given>{d.name(p, 'given', 'CDA given')}</given><family>{d.name(p, 'family', 'CDA family')}"
        f'</family></name><birthTime value="{d.date(p.dob, "HL7-DT", "CDA birthTime")}"/></patient>'
        f"</patientRole></recordTarget>"
    )
    return b.result(xml, {"document": "CCD", "xml": xml}), d


def device_registry(draw: Draw) -> tuple[dict, Doc]:
    """An implant registry and a biometric enrolment record."""
    b = Builder(draw, "device_registry")
    d, p = b.d, b.p
    rec = {
        "devices": [
            {
                "model": b.device_model(),
                "serial": d.device_serial(),
                "udi": d.udi(),
                "implanted": d.date(draw.date(), "DD-Mon-YYYY"),
                "patient": d.name(p),
            }
        ],
        "biometrics": [{"type": "fingerprint", "template_id": d.biometric()}, {"type": "voice", "ref": d.biometric()}],
        "photo": {"file": d.photo(p, p.mrn)},
        "site": b.unit(),
    }
    text = json.dumps(rec, indent=1)
    return b.result(text, rec), d


def audit_log(draw: Draw) -> tuple[dict, Doc]:
    """Access-log lines as an audit MCP tool returns them."""
    b = Builder(draw, "audit_log")
    d = b.d
    lines = []
    for _ in range(3):
        p = draw.person()
        lines.append(
            f"{d.date(draw.date(), b.rng.choice(['ISO-datetime-Z', 'space-datetime']), 'log timestamp')} INFO "
            f"user=e{draw.digits(5)} src={d.ip()} "
            f'action=VIEW patient={d.mrn(p, "digits")} name="{d.name(p, "Last, First")}" '
            f"role={b.role()}"
        )
    text = "\n".join(lines)
    return b.result(text, {"lines": lines}), d


TEMPLATES: dict[str, Callable[[Draw], tuple[dict, Doc]]] = {
    "ehr_patient": ehr_patient,
    "ehr_opaque": ehr_opaque,
    "fhir_patient": fhir_patient,
    "fhir_bundle": fhir_bundle,
    "hl7v2": hl7_message,
    "x12_837": x12_claim,
    "claims_json": claims_json,
    "lab_csv": lab_csv,
    "lab_report": lab_report,
    "schedule": schedule,
    "portal_thread": portal_thread,
    "clinical_note": clinical_note,
    "embedded_json": embedded_json,
    "face_sheet": key_value_text,
    "keyed_by_identifier": keyed_by_identifier,
    "cda_xml": cda_xml,
    "device_registry": device_registry,
    "audit_log": audit_log,
}


def corpus(seed: int = 20261130, per_template: int = 40) -> list[tuple[str, dict, Doc]]:
    """``per_template`` documents of every template, drawn from ``seed``."""
    draw = Draw(seed)
    out = []
    for _ in range(per_template):
        for name, template in TEMPLATES.items():
            result, doc = template(draw)
            out.append((name, result, doc))
    return out
