"""Revenue cycle and records: X12 835/837, prior authorisation, guarantor statements, ROI, HIE, registration."""

from __future__ import annotations

import json
from typing import Any

from . import vocab as v
from .people import Ctx
from .shapes_flow import _text

_PAYERS = [
    "BCBS of Illinois",
    "Aetna Better Health",
    "UnitedHealthcare Community Plan",
    "Meridian Medicaid",
    "Medicare Part A",
    "Cigna",
    "Humana Gold Plus",
    "Molina Healthcare",
]
_TRADES = [
    "Roofing",
    "Bakery",
    "Logistics",
    "Landscaping",
    "Trucking",
    "Janitorial",
    "Drywall",
    "Upholstery",
    "Catering",
    "Tortilleria",
    "Carniceria",
    "Nail Spa",
    "Auto Glass",
    "Moving Co",
]


def employer(ctx: Ctx) -> str:
    """A small employer named after its owner, planted as a name (Safe Harbor names the patient's employer)."""
    owner = ctx.person()
    return ctx.name(f"{owner.family} {ctx.pick(_TRADES)}")


def remit_835(ctx: Ctx) -> Any:
    """An 835 remittance fragment (one claim) inside a text block, segment per line."""
    who = ctx.person()
    code, _ = v.cpt(ctx)
    icd, dx = v.icd(ctx)
    name = ctx.name(who.family.upper())
    given = ctx.name(who.given.upper())
    segs = [
        "ISA*00*          *00*          *ZZ*PAYERID        *ZZ*AMCHOSP        *250101*0930*^*00501*000012345*0*P*:~",
        f"BPR*I*{ctx.rng.randint(100, 9000)}.00*C*ACH*CCP*01*071000013*DA*"
        f"{ctx.digits(9)}*1234567890**01*071000039*DA*{ctx.digits(8)}*{ctx.date('hl7')}~",
        f"CLP*{ctx.account()}*1*{ctx.rng.randint(500, 40000)}.00*{ctx.rng.randint(100, 900)}.00*"
        f"{ctx.rng.randint(0, 300)}.00*MC*{ctx.digits(12)}*11*1~",
        f"NM1*QC*1*{name}*{given}*{who.middle[0].upper()}***MI*{ctx.plan_id()}~",
        "NM1*82*2*AMC PHYSICIANS GROUP*****XX*1588667638~",
        f"DTM*232*{ctx.date('hl7')}~",
        f"SVC*HC:{code}*{ctx.rng.randint(100, 3000)}.00*{ctx.rng.randint(50, 900)}.00**1~",
        f"CAS*CO*45*{ctx.rng.randint(10, 900)}.00~",
        f"AMT*B6*{ctx.rng.randint(50, 900)}.00~",
        "LQ*HE*N130~",
    ]
    return _text(
        "\n".join(segs), {"format": "X12 835 5010", "claim_dx_hint": f"{icd} {dx}", "payer": ctx.pick(_PAYERS)}
    )


def claim_837(ctx: Ctx) -> Any:
    """An 837I claim fragment as JSON: loops keyed by segment, subscriber and patient (a child) apart."""
    sub = ctx.person()
    child = ctx.person(group=sub.group if sub.group != "english-word" else None)
    code, _ = v.cpt(ctx)
    icd, dx = v.icd(ctx)
    city, state, _, zip5 = ctx.place()
    return {
        "transaction": "837I",
        "loop2010BA_subscriber": {
            "NM1": [
                "IL",
                "1",
                ctx.name(sub.family.upper()),
                ctx.name(sub.given.upper()),
                "",
                "",
                "",
                "MI",
                ctx.plan_id(),
            ],
            "N3": [ctx.street()],
            "N4": [ctx.city(city.upper()), state, ctx.zip(zip5)],
            "DMG": ["D8", ctx.dob("hl7"), "F" if sub.female else "M"],
        },
        "loop2010CA_patient": {
            "NM1": ["QC", "1", ctx.name(child.family.upper()), ctx.name(child.given.upper())],
            "PAT": ["19"],
            "DMG": ["D8", ctx.dob("hl7"), "F" if child.female else "M"],
        },
        "loop2300_claim": {
            "CLM": [ctx.account(), f"{ctx.rng.randint(900, 60000)}.00", "", "", "13:A:1"],
            "HI": [f"ABK:{icd.replace('.', '')}"],
            "dx_text": f"{icd} {dx}",
            "DTP_434": ctx.date("hl7") + "-" + ctx.date("hl7"),
        },
        "loop2400_lines": [{"SV2": ["0450", f"HC:{code}", f"{ctx.rng.randint(200, 5000)}.00", "UN", "1"]}],
    }


def prior_auth(ctx: Ctx) -> Any:
    """Prior authorisation status whose payer response arrives as JSON written inside a string."""
    who = ctx.person()
    code, proc = v.cpt(ctx)
    icd, dx = v.icd(ctx)
    payer = {
        "authNumber": ctx.other_id("PA"),
        "member": {
            "firstName": ctx.given(who),
            "lastName": ctx.family(who),
            "memberId": ctx.plan_id(),
            "dateOfBirth": ctx.dob("iso"),
        },
        "decision": ctx.pick(["APPROVED", "PENDED", "DENIED - not medically necessary", "PARTIAL"]),
        "units": ctx.rng.randint(1, 12),
        "validThrough": ctx.date("iso"),
        "reviewer": ctx.staff(),
    }
    return {
        "structuredContent": {
            "caseId": f"PA-{ctx.digits(7)}",
            "service": {"cpt": code, "description": proc, "icd10": [icd], "dx": dx},
            "orderingDept": v.dept(ctx),
            "payerResponse": json.dumps(payer, ensure_ascii=False),
            "note": f"P2P scheduled; {v.word(ctx)} applies per policy.",
        }
    }


def guarantor(ctx: Ctx) -> Any:
    """Guarantor account statement: patient, guarantor, employer, balances."""
    pt = ctx.person()
    gu = ctx.person(group=pt.group if pt.group != "english-word" else None)
    return {
        "guarantorAccount": ctx.account(),
        "guarantor": {
            "name": ctx.full(gu, ctx.pick(["LAST, FIRST M", "First M. Last", "Last, First"])),
            "relationship": ctx.pick(["Mother", "Father", "Spouse", "Self", "Grandmother"]),
            "ssn": ctx.ssn(),
            "homePhone": ctx.phone(),
            "address": ctx.address_line(),
            "employer": employer(ctx),
            "workPhone": ctx.phone(),
        },
        "patient": {"name": ctx.full(pt), "mrn": ctx.mrn(), "dob": ctx.dob("us")},
        "balances": {"insurance": round(ctx.rng.uniform(0, 8000), 2), "self_pay": round(ctx.rng.uniform(0, 900), 2)},
        "lastStatement": ctx.date("us"),
        "financialAssistance": f"{ctx.pick(['Eligible', 'Screening sent', 'Declined'])}; {v.word(ctx)}",
    }


def roi_log(ctx: Ctx) -> Any:
    """Release-of-information log as CSV text inside a text block."""
    rows = ["request_id,received,patient,dob,encounter_dept,requester,purpose,pages,delivery,status,processed_by"]
    for _ in range(ctx.rng.randint(2, 4)):
        who = ctx.person()
        requester = ctx.pick(
            ["Law Offices of Ramos & Kim", "SSA Disability DDS", "patient self", "Allstate claims", "VA Community Care"]
        )
        delivery = ctx.email(who) if requester == "patient self" else f"fax {ctx.fax()}"
        rows.append(
            f'ROI-{ctx.digits(6)},{ctx.date("us")},"{ctx.full(who, ctx.pick(["LAST, FIRST M", "Last, First"]))}",'
            f"{ctx.dob('us')},{v.dept(ctx)},{requester},"
            f"{ctx.pick(['legal', 'continuity of care', 'disability', 'personal'])},"
            f"{ctx.rng.randint(4, 380)},{delivery},{ctx.pick(['sent', 'pending auth', 'invalid HIPAA auth'])},"
            f"{ctx.staff()}"
        )
    return _text("\n".join(rows))


def hie_query(ctx: Ctx) -> Any:
    """HIE patient discovery result as a small FHIR Bundle with two matched records."""
    who = ctx.person()
    entries = []
    for source in ("Carequality", ctx.pick(["CommonWell", "Illinois HIE", "eHealth Exchange"])):
        city, state, county, zip5 = ctx.place()
        resource = {
            "resourceType": "Patient",
            "identifier": [{"system": f"urn:oid:2.16.840.1.113883.3.{ctx.digits(4)}", "value": ctx.mrn()}],
            "name": [{"family": ctx.family(who), "given": [ctx.given(who)]}],
            "birthDate": ctx.dob("iso"),
            "telecom": [{"system": "phone", "value": ctx.phone()}],
            "address": [
                {
                    "line": [ctx.street()],
                    "city": ctx.city(city),
                    "district": ctx.county(county),
                    "state": state,
                    "postalCode": ctx.zip(zip5),
                }
            ],
        }
        entries.append(
            {
                "fullUrl": f"urn:uuid:{ctx.digits(8)}",
                "resource": resource,
                "search": {"score": round(ctx.rng.uniform(0.8, 1), 2)},
                "meta": {"source": source},
            }
        )
    icd, dx = v.icd(ctx)
    coding = {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": icd, "display": dx}
    entries.append(
        {"resource": {"resourceType": "Condition", "code": {"coding": [coding]}}, "search": {"mode": "include"}}
    )
    return {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries}


def registration(ctx: Ctx) -> Any:
    """ADT A04 registration in HL7 v2 with next of kin, employer, driver's licence, SSN."""
    who = ctx.person()
    kin = ctx.person()
    city, state, county, zip5 = ctx.place()
    segs = [
        f"MSH|^~\\&|EPIC|AMC|HIE|IL|{ctx.date('hl7')}0812||ADT^A04|{ctx.digits(9)}|P|2.5.1",
        f"PID|1||{ctx.mrn()}^^^AMC^MR~{ctx.ssn()}^^^SSA^SS||{ctx.name(f'{who.family.upper()}^{who.given.upper()}')}||"
        f"{ctx.dob('hl7')}|{'F' if who.female else 'M'}|||{ctx.street()}^^{ctx.city(city.upper())}^{state}^"
        f"{ctx.zip(zip5)}^USA^H^^{ctx.county(county.upper())}||"
        f"{ctx.phone()}|||||{ctx.account()}|||||||||||||||||{ctx.license()}^{state}",
        f"NK1|1|{ctx.name(f'{kin.family.upper()}^{kin.given.upper()}')}|"
        f"{ctx.pick(['SPO', 'MTH', 'FTH', 'DAU', 'SON', 'SIS'])}|"
        f"|{ctx.phone()}||EC",
        f"GT1|1||{ctx.name(f'{who.family.upper()}^{who.given.upper()}')}||||||||||||||{employer(ctx)}",
        f"IN1|1|{ctx.pick(['BCBSIL', 'AETNA', 'MCD', 'UHC'])}|||||||||||||||||||||||||||||||||||{ctx.plan_id()}",
        f"PV1|1|O|{v.dept(ctx)}||||{ctx.staff()}",
    ]
    return _text("\r".join(segs))


def international(ctx: Ctx) -> Any:
    """International patient services intake: foreign address, passport, embassy guarantee letter."""
    who = ctx.person(
        group=ctx.pick(
            [
                "hispanic",
                "filipino",
                "polish",
                "ukrainian",
                "indian",
                "pakistani",
                "arab",
                "haitian",
                "greek",
                "portuguese_brazilian",
                "irish",
                "korean",
            ]
        )
    )
    kin = ctx.person(group=who.group)
    code, dx = v.icd(ctx)
    return {
        "case": f"IPS-{ctx.digits(5)}",
        "patient": ctx.full(who, "First M. Last"),
        "dob": ctx.dob("dmy"),
        "homeAddress": f"{ctx.street()}, {ctx.abroad()}",
        "passport": ctx.other_id(),
        "localContact": {"name": ctx.full(kin, "first last"), "phone": ctx.phone(), "email": ctx.email(kin)},
        "referral": {"dx": f"{code} {dx}", "toDept": v.dept(ctx)},
        "guarantee": f"Letter of guarantee received {ctx.date('long')}; deposit via wire.",
    }


def eligibility_271(ctx: Ctx) -> Any:
    """An X12 271 eligibility response: subscriber and a dependent, plan dates, copays."""
    sub = ctx.person()
    dep = ctx.person(group=sub.group if sub.group != "english-word" else None)
    code, proc = v.cpt(ctx)
    segs = [
        f"HL*3*2*22*1~NM1*IL*1*{ctx.name(sub.family.upper())}*{ctx.name(sub.given.upper())}****MI*{ctx.plan_id()}~",
        f"REF*6P*{ctx.digits(6)}*GROUP {ctx.rng.randint(100, 999)}~",
        f"N3*{ctx.street(upper=True)}~",
        f"DMG*D8*{ctx.dob('hl7')}*{'F' if sub.female else 'M'}~",
        f"DTP*346*D8*{ctx.date('hl7')}~",
        f"HL*4*3*23*0~NM1*03*1*{ctx.name(dep.family.upper())}*{ctx.name(dep.given.upper())}~",
        f"DMG*D8*{ctx.dob('hl7')}~",
        f"EB*1*IND*30**{ctx.pick(['PPO GOLD', 'HMO SELECT', 'MEDICAID MCO'])}~",
        f"EB*B*IND*98***27*{ctx.rng.randint(10, 60)}.00~",
        f"EB*C*IND*30***29*{ctx.rng.randint(250, 4000)}.00~",
        f"MSG*PRIOR AUTH REQUIRED FOR {proc.upper()} ({code})~",
    ]
    return _text("\n".join(segs), {"payer": ctx.pick(_PAYERS), "active": True})


SHAPES = {
    "eligibility_271": eligibility_271,
    "remit_835": remit_835,
    "claim_837": claim_837,
    "prior_auth": prior_auth,
    "guarantor": guarantor,
    "roi_log": roi_log,
    "hie_query": hie_query,
    "registration": registration,
    "international": international,
}
