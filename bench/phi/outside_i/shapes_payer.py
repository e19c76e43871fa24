"""A health insurer's and a billing office's tool results: case notes, reviews, appeals, calls, faxes, statements."""

from __future__ import annotations

import json
from typing import Any

from .clinical import ICD, cpt, dept, drug, icd, word
from .people import US_REGIONS, Ctx


def us(c: Ctx) -> None:
    """US-only shapes draw their people and places in a US region."""
    if c.oz:
        c.region = c.pick(US_REGIONS)


def text_block(text: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}], "isError": False}


def case_note(c: Ctx) -> Any:
    us(c)
    m, wife = c.person(female=False), c.person(female=True)
    code, dx = icd(c)
    note = (
        f"CASE MGMT NOTE  {c.date()}  {dept(c)}\n"
        f"Member: {c.name(m, 'LAST, FIRST M')}   ID {c.plan_id()}   DOB {c.dob()}\n"
        f"Dx {code} {dx}. Outreach call #2. Spoke w/ member and spouse {c.name(wife, 'First Last')} "
        f"(cell {c.phone()}). {c.given(m)} reports missing {drug(c)} doses since discharge; "
        f"{c.given(wife)} manages pillbox; {c.given(wife)}'s work schedule limits visits. "
        f"Home: {c.address()}. Referred to {word(c, 'diabetes self-management education')}.\n"
        f"Next f/u {c.date()} — {c.staff()}"
    )
    return text_block(note)


def um_review(c: Ctx) -> Any:
    us(c)
    m = c.person()
    code, dx = icd(c)
    proc, _ = cpt(c)
    return {
        "structuredContent": {
            "review_id": c.other_id(),
            "member": {
                "name": c.name(m, c.pick(["First Last", "UPPER", "Last, First"])),
                "member_id": c.plan_id(),
                "dob": c.dob("iso"),
                "county": c.county(),
            },
            "request": {
                "cpt": proc,
                "icd10": code,
                "diagnosis": dx,
                "setting": word(c, "inpatient rehabilitation facility"),
                "received": c.date("iso"),
                "requesting_fax": c.fax(),
            },
            "criteria": word(c, "InterQual Rehabilitation Adult"),
            "determination": c.pick(["approved 7 days", "pended for peer-to-peer", "partially approved"]),
            "reviewer": c.staff(),
            "rationale": f"Member {c.family(m)} ambulates 40 ft with {word(c, 'rolling walker')}; "
            f"{word(c, 'requires moderate assist for transfers')}.",
        }
    }


def appeal_letter(c: Ctx) -> Any:
    us(c)
    m, rep = c.person(), c.person(female=True)
    code, dx = icd(c)
    letter = (
        f"{c.date('long')}\n\n{c.name(m, 'First Last')}\n{c.address(one_line=False)}\n\n"
        f"RE: Level 1 Appeal {c.other_id()}  Member ID {c.plan_id()}\n\n"
        f"Dear {c.given(m)} {c.family(m)},\n\nWe received the appeal filed on your behalf by your daughter, "
        f"{c.name(rep, 'First Last')}, on {c.date('long')} about the denial of {drug(c)} for {dx} ({code}). "
        f"After review by a board-certified physician, the decision is UPHELD. You may request an external "
        f"review within 4 months. Questions: call Member Services.\n\nSincerely,\n{c.staff(title=False)}\n"
        f"{word(c, 'Appeals and Grievances Department')}"
    )
    return {"content": [{"type": "text", "text": letter}], "structuredContent": {"letter_type": "UPHELD_L1"}}


COMPLAINTS = ["wait time over 30 days", "balance billed after ER visit", "rude front desk", "prior auth delay"]


def grievance_csv(c: Ctx) -> Any:
    us(c)
    rows = ["grievance_id,received,member_name,member_id,category,summary,phone"]
    for _ in range(c.r.randint(2, 4)):
        m = c.person()
        name = c.name(m, c.pick(["LAST, FIRST M", "Last, First", "UPPER"]))
        cat = c.pick(["Access", "Billing", "Quality of care", "Pharmacy"])
        rows.append(
            f'{c.other_id()},{c.date("mdy")},"{name}",{c.plan_id()},{cat},"{word(c, c.pick(COMPLAINTS))}",{c.phone()}'
        )
    return {"report": "grievances_open", "format": "csv", "data": "\n".join(rows)}


def care_gaps(c: Ctx) -> Any:
    us(c)
    gaps = []
    for _ in range(c.r.randint(2, 4)):
        m = c.person()
        gaps.append(
            {
                "member": c.name(m, c.pick(["First Last", "lower", "F. Last"])),
                "mbr_id": c.plan_id(),
                "dob": c.dob("mdy"),
                "gap": word(
                    c,
                    c.pick(
                        [
                            "Colorectal cancer screening",
                            "Diabetic eye exam",
                            "Statin therapy for CVD",
                            "Breast cancer screening",
                            "Kidney health evaluation",
                        ]
                    ),
                ),
                "last_contact": c.date("iso"),
                "pcp": c.staff(),
                "zip": c.zip(),
                "age": c.age90("{n}") if c.chance(0.2) else None,
            }
        )
    return {"measure_year": 2026, "program": word(c, "HEDIS MY2026"), "gaps": gaps}


def call_transcript(c: Ctx) -> Any:
    us(c)
    m, son = c.person(), c.person()
    agent = c.staff(title=False).split()[0]
    lines = [
        f"[00:00:03] AGENT: Thank you for calling member services, this is {agent}. May I have your name?",
        f"[00:00:09] CALLER: yes it's {c.name(m, c.pick(['lower', 'First Last']))}",
        "[00:00:14] AGENT: And the date of birth?",
        f"[00:00:17] CALLER: {c.dob('long')}",
        "[00:00:25] AGENT: Thank you. How can I help?",
        f"[00:00:31] CALLER: my pharmacy says the {drug(c)} needs prior authorization again",
        f"[00:01:02] CALLER: {'mi hija' if son.female else 'mi hijo'} {c.name(son, 'First Last')}"
        f" me ayuda con las medicinas, puede {'llamarla' if son.female else 'llamarlo'} al {c.phone()}",
        f"[00:01:10] SYSTEM: voice match score 0.93 against enrolled voiceprint {c.biometric()}",
        f"[00:01:20] AGENT: I can add {c.given(son)} as authorized rep. Is the address still {c.street()}?",
        f"[00:01:44] AGENT: OK {'Ms.' if m.female else 'Mr.'} {c.family(m)}, I've opened ticket {c.other_id()}.",
    ]
    return {
        "call_id": c.digits(12),
        "queue": dept(c),
        "transcript": "\n".join(lines),
        "sentiment": c.pick(["neutral", "negative"]),
        "member_id": c.plan_id(),
    }


def prior_auth_fax(c: Ctx) -> Any:
    us(c)
    m = c.person()
    code, dx = icd(c)
    proc, proc_text = cpt(c)
    ocr = (
        f"PRIOR AUTHORIZATION REQUEST   FAX TO: {c.fax()}   PAGES: 3\n"
        f"PATIENT NAME: {c.name(m, 'UPPER')}        D0B: {c.dob('mdy')}\n"
        f"MEMBER ID: {c.plan_id()}   GROUP: {word(c, 'GRP 00417')}\n"
        f"ADDRESS: {c.address()}\n"
        f"CPT: {proc}  {proc_text}   ICD-10: {code}\n"
        f"CLINICAL: {dx}. Failed conservative tx x 12 wks incl {word(c, 'physical therapy')}.\n"
        f"ORDERING: {c.staff()}  PHONE {c.phone()}\n"
        f"pt signature ____{c.name(m, 'F. Last')}____ date {c.date('mdy_short')}"
    )
    return {"fax_id": c.digits(10), "ocr_confidence": 0.87, "ocr_text": ocr}


def billing_statement(c: Ctx) -> Any:
    us(c)
    m, g = c.person(), c.person()
    proc, text = cpt(c)
    lines = [
        {
            "dos": c.date("mdy"),
            "cpt": proc,
            "desc": word(c, text),
            "charge": 412.0,
            "ins_paid": 288.4,
            "adj": 40.0,
            "pt_resp": 83.6,
        }
    ]
    return {
        "statement": {
            "guarantor": c.name(g, "UPPER"),
            "guarantor_address": c.address(one_line=False),
            "patient": c.name(m, "First Last"),
            "account": c.account(),
            "statement_date": c.date("mdy"),
            "lines": lines,
            "amount_due": 83.6,
            "pay_online": c.url(),
            "message": f"{c.given(g)}, your balance is past due. Questions? {c.phone()}",
        }
    }


def cost_estimate(c: Ctx) -> Any:
    us(c)
    m = c.person()
    proc, text = cpt(c)
    return {
        "estimate": json.dumps(
            {
                "patient": {"name": c.name(m, "Last, First"), "mrn": c.mrn(), "email": c.email(m)},
                "service": {
                    "cpt": proc,
                    "description": text,
                    "facility": word(c, "Lakeview Ambulatory Surgery Center"),
                },
                "scheduled": c.date("iso"),
                "plan": c.plan_id(),
                "breakdown": {
                    "allowed": 2140.0,
                    "deductible_remaining": 850.0,
                    "coinsurance_pct": 20,
                    "estimated_patient_cost": 1108.0,
                },
            },
            ensure_ascii=False,
        )
    }


def collections_letter(c: Ctx) -> Any:
    us(c)
    m = c.person()
    md = (
        f"# FINAL NOTICE\n\n**{c.name(m, 'UPPER')}**  \n{c.address(one_line=False)}\n\n"
        f"| Account | Date of service | Balance |\n|---|---|---|\n| {c.account()} | {c.date('mdy')} | $1,284.17 |\n\n"
        f"{c.family(m)}, this account will be referred to an outside agency on {c.date('long')} unless paid. "
        f"We may report to credit bureaus. SSN on file ending — verify: {c.ssn()}.\n\n"
        f"{word(c, 'Financial assistance may be available')} — {c.url()}"
    )
    return {"type": "text", "text": md, "mimeType": "text/markdown"}


def x12_claim(c: Ctx) -> Any:
    us(c)
    sub, dep = c.person(), c.person()
    code = c.p.keep("CODE", c.pick(ICD)[0].replace(".", ""))  # X12 writes ICD-10 codes without the dot
    proc, _ = cpt(c)
    city, state, zip5, _ = c.place()
    segs = [
        "ISA*00*          *00*          *ZZ*CLEARHOUSE01   *ZZ*PAYER77        *260112*1230*^*00501*000000905*0*P*:",
        "GS*HC*CLEARHOUSE01*PAYER77*20260112*1230*905*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "HL*2*1*22*1",
        "SBR*P*18*GRP00417******CI",
        f"NM1*IL*1*{c.family(sub, upper=True)}*{c.p.name(sub.given.upper(), sub.english)}*{sub.middle}"
        f"***MI*{c.plan_id()}",
        f"N3*{c.street()}",
        f"N4*{c.p.id('CITY', city)}*{state}*{c.zip(zip5)}",
        f"DMG*D8*{c.dob('hl7')}*{'F' if sub.female else 'M'}",
        "HL*3*2*23*0",
        "PAT*19",
        f"NM1*QC*1*{c.family(dep, upper=True)}*{c.p.name(dep.given.upper(), dep.english)}",
        f"DMG*D8*{c.dob('hl7')}*{'F' if dep.female else 'M'}",
        f"CLM*{c.account()}*412***11:B:1*Y*A*Y*Y",
        f"DTP*472*D8*{c.date('hl7')}",
        f"HI*ABK:{code}",
        f"SV1*HC:{proc}*412*UN*1***1",
        "SE*17*0001",
    ]
    return {"transaction": "837P", "raw": "~\n".join(segs) + "~", "status": word(c, "accepted by clearinghouse")}


SHAPES = {
    "case_note": case_note,
    "um_review": um_review,
    "appeal_letter": appeal_letter,
    "grievance_csv": grievance_csv,
    "care_gaps": care_gaps,
    "call_transcript": call_transcript,
    "prior_auth_fax": prior_auth_fax,
    "billing_statement": billing_statement,
    "cost_estimate": cost_estimate,
    "collections_letter": collections_letter,
    "x12_claim": x12_claim,
}
