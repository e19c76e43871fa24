"""An Australian and a New Zealand clinic's tool results, plus Hawaiian ones written in both languages."""

from __future__ import annotations

import json
from typing import Any

from .clinical import drug, icd, lab, snomed, word
from .people import Ctx
from .shapes_payer import text_block


def au_referral(c: Ctx) -> Any:
    c.region = "au"
    m, nok = c.person(), c.person()
    code, dx = icd(c)
    letter = (
        f"{c.date('dmy_long')}\n\nDear {c.staff()},\n\n"
        f"Re: {c.name(m, c.pick(['First Last', 'UPPER']))}  DOB {c.dob('dmy')}\n"
        f"{c.address()}\nMedicare {c.plan_id()}   IHI {c.national_id()}\nMob {c.phone()}\n\n"
        f"Thank you for seeing {c.given(m)}, who has {dx} ({code}). Current meds: {drug(c)}. "
        f"{word(c, 'Bulk billed')}. {c.family(m)}'s carer plan is attached. "
        f"NOK: {c.name(nok, 'First Last')} ({c.phone()}).\n\nKind regards"
    )
    return text_block(letter)


def au_pathology_csv(c: Ctx) -> Any:
    c.region = "au"
    rows = ["surname,given_names,dob,medicare_no,test,result,units_loinc,collected"]
    for _ in range(c.r.randint(2, 3)):
        m = c.person()
        a, v, loinc = lab(c)
        rows.append(
            f'{c.family(m, upper=True)},{c.given(m)},{c.dob("dmy")},{c.plan_id()},{a},"{v}",{loinc},{c.date("dmy")}'
        )
    return {"lab": word(c, "Douglass Hanly Moir Pathology"), "csv": "\n".join(rows)}


def au_mhr_upload(c: Ctx) -> Any:
    c.region = "au"
    m = c.person()
    summary = {
        "document": "Shared Health Summary",
        "individual": {
            "name": c.name(m, "Last, First"),
            "ihi": c.national_id(),
            "dob": c.dob("dmy"),
            "address": c.address(),
            "indigenous_status": c.pick(["Aboriginal", "Neither", "Not stated"]),
        },
        "medicines": [drug(c), drug(c)],
        "problems": [" | ".join(snomed(c))],
        "author": c.staff(),
        "uploaded": c.date("dmy"),
        "email": c.email(m),
    }
    return {"result": json.dumps(summary, ensure_ascii=False)}


def nz_gp_note(c: Ctx) -> Any:
    c.region = "nz"
    m, whanau = c.person(), c.person()
    code, dx = icd(c)
    greeting = {
        "Maori": f"Kia ora {c.given(m)}, kei te pēhea koe i tēnei rā? Kei te pai, engari kua ngenge a {c.given(m)}.",
        "Samoan": f"Talofa {c.given(m)}, o ā mai oe? Ua e inu lau fualaau? Fai mai {c.given(m)} ua lelei.",
        "Tongan": f"Mālō e lelei {c.given(m)}. Fēfē hake? Sai pē.",
    }.get(m.group, f"{c.given(m)} says things are going ok.")
    note = (
        f"NHI: {c.national_id()}  Name: {c.name(m, c.pick(['LAST, FIRST M', 'First Last']))}  DOB {c.dob('dmy')}\n"
        f"Addr: {c.address()}  Ph {c.phone()}\n"
        f"S: {greeting} Attended with {c.name(whanau, 'First Last')} (whānau). {dx} ({code}) review.\n"
        f"O: {word(c, 'BP 148/92')}  HbA1c 71 mmol/mol.\nP: {drug(c)}; {word(c, 'green prescription for exercise')}. "
        f"Review {c.date('dmy')}. {c.staff()}"
    )
    return {"practice": word(c, "Ōtara Family Health Centre"), "note": note}


def nz_enrolment(c: Ctx) -> Any:
    c.region = "nz"
    m, child = c.person(), c.person()
    return {
        "structuredContent": {
            "enrolment": {
                "nhi": c.national_id(),
                "family_name": c.family(m),
                "given_name": c.given(m),
                "dob": c.dob("dmy"),
                "ethnicity": c.pick(["Māori", "Samoan", "Tongan", "Indian", "NZ European"]),
                "address": {
                    "line": c.street(),
                    "suburb": c.p.id("CITY", c.place()[0]),
                    "postcode": c.p.id("POSTAL_ABROAD", c.place()[2]),
                },
                "mobile": c.phone(),
                "community_services_card": c.plan_id(),
                "driver_licence": c.license(),
                "dependants": [{"name": c.name(child, "First Last"), "nhi": c.national_id()}],
            },
            "funded": True,
            "pho": word(c, "Pasifika Medical Association"),
        }
    }


def hawaii_clinic(c: Ctx) -> Any:
    c.region = "hawaii"
    m, tutu = c.person(), c.person()
    city, _, zip5, county = c.place()
    code, dx = icd(c)
    note = (
        f"Patient {c.name(m, c.pick(['First Last', 'Last, First']))} ({c.dob()}) "
        f"seen at {word(c, 'Waianae Coast Comprehensive Health Center')}.\n"
        f"Lives with tūtū {c.name(tutu, 'First Last')} in {c.p.id('CITY', city)}, {c.zip(zip5)}; "
        f"{c.p.id('COUNTY', county)}.\n"
        f"{dx} ({code}). Aloha e {c.given(m)}, mahalo for coming in. Started {drug(c)}."
    )
    return text_block(note)


def au_pharmacy_dispense(c: Ctx) -> Any:
    c.region = "au"
    m, carer = c.person(), c.person()
    rows = ["| Script | Item | PBS | Qty | Supplied |", "|---|---|---|---|---|"]
    for _ in range(c.r.randint(1, 3)):
        item = drug(c)
        rows.append(
            f"| {c.digits(8)} | {item} | {word(c, c.pick(['PBS General', 'PBS Concessional', 'Private']))} | 30 "
            f"| {c.date('dmy')} |"
        )
    header = (
        f"**{c.name(m, c.pick(['UPPER', 'Last, First', 'F. Last']))}** · DOB {c.dob('dmy')} · Medicare {c.plan_id()}\n"
        f"{c.address()} · {c.phone()}\n"
        f"Collected by carer {c.name(carer, 'First Last')}; {word(c, 'Webster-pak weekly')}.\n\n"
    )
    return text_block(header + "\n".join(rows))


SHAPES = {
    "au_referral": au_referral,
    "au_pathology_csv": au_pathology_csv,
    "au_mhr_upload": au_mhr_upload,
    "nz_gp_note": nz_gp_note,
    "nz_enrolment": nz_enrolment,
    "hawaii_clinic": hawaii_clinic,
    "au_pharmacy_dispense": au_pharmacy_dispense,
}
