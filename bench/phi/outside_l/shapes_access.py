"""Patient access: registration screens, eligibility responses, insurance cards, estimates and worklists."""

from __future__ import annotations

import json
from typing import Any

from .people import Ctx
from .vocab import DEPTS, PAYERS, cpt, dept, icd, json_text, money, payer, plan, structured, text_block, year


def registration_screen(c: Ctx) -> Any:
    """A registration screen dumped as aligned label/value text, guarantor and employer included."""
    pt = c.person()
    gt = c.relative(pt)
    old = c.chance(0.3)
    street, town = c.address_lines()
    lines = [
        f"REGISTRATION - {c.keep('FACILITY', c.pick(DEPTS).upper())}",
        f"Patient Name ....... {c.name(pt, c.pick(['LAST,FIRST', 'UPPER', 'folded']))}",
        f"DOB ................ {c.date('mdy', 1921, 1935) if old else c.dob('mdy')}    Sex: {'F' if pt.female else 'M'}"
        + (f"    Age: {c.age90(labelled=True)}" if old else ""),
        f"MRN ................ {c.mrn()}    HAR: {c.account()}",
        f"Address ............ {street}",
        f"                     {town}",
        f"County ............. {c.county()}",
        f"Home Ph ............ {c.phone()}   Cell: {c.phone()}",
        f"Email .............. {c.email(pt)}",
        f"SSN ................ {c.ssn()}",
        f"Employer ........... {c.employer(('Roofing LLC', 'Landscaping', 'Trucking Inc'))}",
        f"Guarantor .......... {c.name(gt, 'Last, First')}  "
        f"(rel: {c.kin(gt, ['spouse', 'mother', 'daughter'], ['spouse', 'father', 'son'])})",
        f"Guarantor DOB ...... {c.dob('short')}",
        f"Primary Ins ........ {payer(c)} / {plan(c)}",
        f"Member ID .......... {c.member()}   Group: {c.group_no()}",
        f"Registered by ...... {c.staff('initial')}  {c.date('short')}",
        "Comments: "
        + c.one(
            lambda: f"pt prefers Spanish, hija {c.given(c.relative(pt, True))} translates",
            lambda: f"{c.given(pt)} states ins card is new this {year(c)}, copy scanned",
            lambda: "ID verified at window",
        ),
    ]
    return text_block("\n".join(lines))


def eligibility_json(c: Ctx) -> Any:
    """An eligibility (270/271) answer rendered as JSON inside the text block, sometimes wrapped twice."""
    sub = c.person()
    dep = c.relative(sub)
    code, _ = cpt(c)
    body = {
        "transactionId": c.digits(12),
        "payer": {"name": payer(c), "payerId": c.keep("PAYER_ID", c.pick(["87726", "60054", "SX141", "MCDTX"]))},
        "subscriber": {
            "memberId": c.member(),
            "firstName": c.p.name(sub.given.upper(), sub.english),
            "lastName": c.p.name(sub.surnames.upper(), sub.english),
            "dateOfBirth": c.dob("ymd"),
            "address": {"line1": c.street(), "city": c.city(), "state": c.state(), "postalCode": c.zip()},
        },
        "dependent": {"name": c.name(dep, "Last, First"), "birthDate": c.dob("iso"), "relationship": "19"},
        "planStatus": [{"status": "Active Coverage", "planName": plan(c), "planBegin": c.date("ymd")}],
        "benefits": [
            {"serviceType": "30", "copay": money(c, 10, 75), "inNetwork": True},
            {"procedure": code, "deductibleRemaining": money(c, 100, 4000)},
        ],
    }
    return json_text(body, indent=c.pick([None, 2]), wrap=c.chance(0.4))


def members_by_id(c: Ctx) -> Any:
    """A batch eligibility run keyed by member id, with a summary line naming the first member."""
    people = [c.person() for _ in range(c.r.randint(2, 4))]
    out: dict[str, Any] = {}
    for who in people:
        out[c.member()] = {
            "name": c.name(who, c.pick(["full", "UPPER", "Last, First"])),
            "dob": c.dob("iso"),
            "payer": payer(c),
            "status": c.pick(["active", "termed", "not found"]),
            "checked": c.date("stamp"),
        }
    return structured({"results": out}, f"{len(out)} members checked; first: {c.family(people[0])}")


def insurance_card_ocr(c: Ctx) -> Any:
    """OCR of a scanned insurance card, front and back, with the image reference."""
    pt = c.person()
    front = "\n".join(
        [
            c.keep("PAYER", c.pick(PAYERS).upper()),
            plan(c),
            f"Member: {c.name(pt, c.pick(['UPPER', 'folded']))}",
            f"ID {c.member()}",
            f"Grp {c.group_no()}",
            f"RxBIN 610014  PCP copay {money(c, 5, 60)}",
        ]
    )
    back = f"Members call {c.phone()}  Providers fax claims to {c.fax()}"
    return json_text({"image": c.photo(), "uploaded": c.date("stamp"), "ocr_front": front, "ocr_back": back})


def estimate_email(c: Ctx) -> Any:
    """A good-faith estimate e-mailed to the patient, with the quoted question under it."""
    pt = c.person()
    code, what = cpt(c)
    addr = c.email(pt)
    g = c.given(pt)
    text = (
        f"From: {dept(c)} <estimates@sunriver-health.org>\nTo: {addr}\nDate: {c.date('long')}\n"
        f"Subject: Your estimate for {what} ({code})\n\n"
        f"Hi {g},\n\nFor your visit on {c.date('abbr')} your estimated responsibility is {money(c)} "
        f"under {payer(c)}. Pay or set up a plan at {c.url(pt)}.\n\n{c.staff('cred')}\n\n"
        f"> On {c.date('mdy')}, {c.name(pt, 'full')} <{addr}> wrote:\n> cuanto me va a costar? mi esposo "
        f"{c.name(c.relative(pt, False), 'first_only')} no tiene seguro"
    )
    return text_block(text)


def access_worklist_sheet(c: Ctx) -> Any:
    """A Google Sheets values range: the pre-registration worklist with a heading row."""
    rows: list[list[str]] = [["Appt", "Patient", "DOB", "Phone", "Payer", "Member ID", "Status", "Rep"]]
    for _ in range(c.r.randint(3, 6)):
        who = c.person()
        rows.append(
            [
                c.date("short"),
                c.name(who, c.pick(["Last, First", "UPPER", "full", "lower"])),
                c.dob("mdy"),
                c.phone(),
                payer(c),
                c.member(),
                c.pick(["verified", "needs auth", "self-pay", "LVM"]),
                c.staff("initial"),
            ]
        )
    return json_text({"range": "PreReg!A1:H40", "majorDimension": "ROWS", "values": rows})


def callback_rows(c: Ctx) -> Any:
    """A sheet's rows with no heading row: the scheduler's callback list, as the API returns it."""
    rows = []
    for _ in range(c.r.randint(3, 6)):
        who = c.person()
        rows.append(
            [
                c.name(who, c.pick(["full", "First L", "lower", "Last, First", "own"])),
                c.phone(),
                c.pick(["Spanish", "Arabic", "Bengali", "Vietnamese", "Urdu", "English"]),
                c.date("mdy"),
                c.pick(["left msg", "no answer", "rescheduled", "wrong #"]),
            ]
        )
    return {"content": [{"type": "text", "text": json.dumps(rows, ensure_ascii=False)}], "meta": {"sheet": dept(c)}}


def icd_auth_check(c: Ctx) -> Any:
    """An auth-required check as a pipe table in text, one row per scheduled order."""
    head = "| Patient | MRN | Order | Dx | Payer | Auth # | DOS |\n|---|---|---|---|---|---|---|"
    rows = []
    for _ in range(c.r.randint(2, 5)):
        who = c.person()
        code, _ = cpt(c)
        dx, _ = icd(c)
        rows.append(
            f"| {c.name(who, c.pick(['Last, First', 'LAST,FIRST', 'full']))} | {c.mrn()} | {code} | {dx} | "
            f"{payer(c)} | {c.auth()} | {c.date('mdy')} |"
        )
    return text_block(head + "\n" + "\n".join(rows))


SHAPES = {
    "access_registration_screen": registration_screen,
    "access_eligibility_json": eligibility_json,
    "access_members_by_id": members_by_id,
    "access_insurance_card_ocr": insurance_card_ocr,
    "access_estimate_email": estimate_email,
    "access_worklist_sheet": access_worklist_sheet,
    "access_callback_rows": callback_rows,
    "access_auth_table": icd_auth_check,
}
