"""Programs and practices: behavioural health, substance use, dental, pediatrics, school, genetics, Canada, UK."""

from __future__ import annotations

from typing import Any

from .people import Ctx, Person
from .result import structured, text

TRADES = ("Roofing", "Drywall", "Trucking", "Landscaping", "Bakery", "Auto Body", "Masonry", "Janitorial", "Poultry")


def employer(c: Ctx, owner: Person | None = None) -> str:
    """An employer's name is an identifier of its employee (Safe Harbor lists it with the individual's)."""
    owner = owner or c.person(english=False)
    surface = f"{owner.family.split()[-1]} {c.pick(TRADES)}{c.pick(('', ' Inc.', ' Ltd.', ' & Sons'))}"
    return c.p.name(surface, False)


def bh_intake(c: Ctx) -> dict[str, Any]:
    pt = c.person(script=c.chance(0.3))
    contact = c.relative(pt, c.pick(("wife", "husband", "mother", "brother", "friend")))
    dob, _ = c.dob(c.pick(("us", "us_dash")), (16, 70))
    form = {
        "program": c.keep("DEPT", "Behavioral Health Intake"),
        "consent": "42 CFR Part 2 — redisclosure prohibited",
        "client": {
            "name": c.any_name(pt),
            "preferred_name": c.name(pt, "nickname"),
            **({"name_own_script": c.name(pt, "native")} if pt.native else {}),
            "dob": dob,
            "client_id": c.other("BH", 6),
            "phone": c.phone(),
            "email": c.email(pt),
        },
        "employment": {"employer": employer(c), "status": c.pick(("full-time", "on leave", "seasonal"))},
        "emergency_contact": f"{c.name(contact, c.pick(('Last, First', 'first_last', 'UPPER')))} — {c.phone()}",
        "screening": {
            "phq9": c.keep("CLINICAL", "PHQ-9 score 14"),
            "cssrs": c.keep("CLINICAL", "suicidal ideation denied"),
            "dx": c.keep("CODE", "F33.1"),
        },
        "notes": f"{c.name(pt, 'first_part')} reports low mood since losing shifts; lives with "
        f"{c.name(contact, 'first_part')}. Started {c.keep('DRUG', 'sertraline 50 mg')} {c.date('md')}.",
    }
    return structured(form, echo=c.chance(0.5))


def sud_dosing_log(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    punjabi = pt.group == "punjabi"
    rows = ["| Date | Dose | Witnessed by | Take-home |", "|---|---|---|---|"]
    for _ in range(c.rng.randint(3, 5)):
        rows.append(
            f"| {c.date('us')} | {c.keep('DRUG', 'methadone 80 mg')} | {c.staff()} | {c.pick(('0', '1', '2'))} |"
        )
    note = (
        f"Client {c.name(pt, 'LAST, FIRST M')} (OTP #{c.other('', 6)}, DOB {c.dob('us')[0]}). "
        f"{c.keep('CLINICAL', 'COWS score 6')} at intake. UDS positive for fentanyl {c.date('md')}."
    )
    if punjabi:
        note += (
            f"\nਪਰਿਵਾਰ ਨੇ ਦੱਸਿਆ ਕਿ {c.name(pt, 'native')} ਰੋਜ਼ ਦਵਾਈ ਲੈਂਦਾ ਹੈ। "
            f"Wife {c.name(c.relative(pt, 'wife'), 'first_last')} "
            f"translated; phone {c.phone('CA')}."
        )
    else:
        note += (
            f"\nPharmacy: {c.keep('DEPT', 'Opioid Treatment Program')}. Cell {c.phone()}; photo ID on file {c.photo()}."
        )
    return text("### Dosing record\n" + "\n".join(rows) + "\n\n" + note)


def dental_chart(c: Ctx) -> dict[str, Any]:
    pt, guarantor = c.person(), c.person()
    child = c.chance(0.5)
    dob, _ = c.dob("us", (4, 15) if child else (20, 80))
    chart = {
        "practice": c.keep("DEPT", "Pediatric Dental Clinic") if child else "Riverside Family Dentistry",
        "patient": c.name(pt, c.pick(("first_last", "Last, First"))),
        "dob": dob,
        "chart_no": c.mrn("D-"),
        "guarantor": {
            "name": c.name(guarantor, "full"),
            "account": c.account(),
            "address": c.street(),
            "city": c.city(),
            "zip": c.zip(),
            "phone": c.phone(),
            "subscriber_id": c.plan(),
            "employer": employer(c),
        },
        "procedures": [
            {
                "date": c.date("us"),
                "tooth": "30",
                "surface": "MOD",
                "cdt": c.keep("CODE", "D2393"),
                "provider": c.staff("DDS"),
            },
            {
                "date": c.date("us"),
                "tooth": "19",
                "cdt": c.keep("CODE", "D0220"),
                "finding": c.keep("CLINICAL", "caries"),
            },
        ],
        "perio_note": f"{c.keep('CLINICAL', 'gingival bleeding')} LL quadrant; {c.name(pt, 'first_part')} brushes "
        f"once daily. "
        f"Rx {c.keep('DRUG', 'amoxicillin 875 mg')} premed per cardiology.",
        "intraoral_photos": [c.photo()],
    }
    return structured(chart)


def peds_fhir_bundle(c: Ctx) -> dict[str, Any]:
    child = c.person()
    mother, father = c.relative(child, "mother"), c.relative(child, "father")
    family = child.family
    entries = [
        {
            "resource": {
                "resourceType": "Patient",
                "id": c.other("pt-", 7),
                "identifier": [
                    {"system": "urn:oid:2.16.840.1.113883.4.3.25", "value": c.plan()},
                    {"type": {"text": "MRN"}, "value": c.mrn()},
                ],
                "name": [{"family": c.p.name(family, child.english), "given": [c.name(child, "first")]}],
                "birthDate": c.dob("iso", (0, 12))[0],
                "gender": "male" if child.sex == "M" else "female",
                "address": [
                    {"line": [c.street()], "city": c.city(), "postalCode": c.zip(), "district": c.county(False)}
                ],
            }
        },
        {
            "resource": {
                "resourceType": "RelatedPerson",
                "relationship": [{"text": "mother"}],
                "name": [{"text": c.name(mother, "first_last")}],
                "telecom": [{"system": "phone", "value": c.phone()}, {"system": "email", "value": c.email(mother)}],
            }
        },
        {
            "resource": {
                "resourceType": "RelatedPerson",
                "relationship": [{"text": "father"}],
                "name": [{"text": c.name(father, c.pick(("first_last", "F. Last")))}],
                "telecom": [{"system": "phone", "value": c.phone()}],
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "code": {"text": "Blood lead"},
                "valueString": c.keep("LAB", "lead 7 mcg/dL"),
                "effectiveDateTime": c.date("iso"),
            }
        },
        {
            "resource": {
                "resourceType": "Immunization",
                "vaccineCode": {"text": c.keep("CODE", "CVX 110")},
                "occurrenceDateTime": c.date("iso"),
            }
        },
    ]
    return structured({"resourceType": "Bundle", "type": "searchset", "entry": entries}, echo=c.chance(0.5))


def school_nurse_log(c: Ctx) -> dict[str, Any]:
    kids = [c.person() for _ in range(c.rng.randint(2, 4))]
    lines = ["Time | Student | Grade | Complaint | Action"]
    for kid in kids:
        student = c.name(kid, c.pick(("Last, First", "first_last", "F. Last")))
        lines.append(
            f"{c.rng.randint(8, 14)}:{c.rng.randint(10, 59)} | {student} | {c.rng.randint(1, 8)} | "
            f"{c.pick(('asthma', 'headache', 'hypoglycemia', 'nosebleed'))} | "
            f"{c.pick(('albuterol 2 puffs', 'juice + recheck', 'ice, rest', 'called parent'))}"
        )
    kid = kids[0]
    parent = c.relative(kid, c.pick(("mother", "father", "aunt")))
    lines.append(
        f"\nFollow-up: {c.name(kid, 'first_part')} used {c.keep('DRUG', 'albuterol HFA 90 mcg')} x2 today; "
        f"left message for "
        f"{c.name(parent, 'Last, First')} at {c.phone()}. Student ID {c.other('S', 7)}; "
        f"504 plan on file since {c.date('us')}."
    )
    lines.append(f"Sent home per {c.keep('DEPT', 'School Health Services')} protocol.")
    return text("\n".join(lines))


def genetics_pedigree(c: Ctx) -> dict[str, Any]:
    proband = c.person()
    relatives = [
        (rel, c.relative(proband, rel))
        for rel in c.rng.sample(("mother", "father", "sister", "brother", "maternal aunt", "paternal uncle"), 3)
    ]
    pedigree = []
    for rel, who in relatives:
        entry = {
            "relation": rel,
            "name": c.name(who, c.pick(("first_last", "first", "F. Last"))),
            "status": c.pick(("affected", "unaffected", "obligate carrier", "deceased")),
        }
        if c.chance(0.5):
            entry["dob"] = c.date("us", years=(1935, 1995))
        pedigree.append(entry)
    report = {
        "lab": c.keep("DEPT", "Medical Genetics"),
        "accession": c.other("GX", 8),
        "proband": {"name": c.name(proband, "LAST, FIRST M"), "dob": c.dob("us", (1, 60))[0], "mrn": c.mrn()},
        "test": "CFTR full gene sequencing",
        "result": f"Pathogenic variant c.1521_1523delCTT (p.Phe508del), {c.keep('CODE', 'E84.0')}",
        "pedigree": pedigree,
        "interpretation": f"Cascade testing recommended for {c.name(relatives[0][1], 'first_part')} and siblings. "
        f"Family contact: {c.phone()}.",
        "sample": {"collected": c.date("us"), "biobank_consent_fingerprint": c.biometric()},
    }
    return structured(report, echo=c.chance(0.5))


def canada_clinic_note(c: Ctx) -> dict[str, Any]:
    pt = c.person(
        groups=c.pick((("french_canadian",), ("cree_ojibwe", "inuit"), ("punjabi", "tamil", "cantonese", "tagalog")))
    )
    quebec = pt.group == "french_canadian" or c.chance(0.2)
    province = "QC" if quebec else c.pick(("ON", "MB", "NU", "BC"))
    spouse = c.relative(pt, "wife" if pt.sex == "M" else "husband")
    if quebec:
        body = (
            f"Note de consultation — {c.keep('DEPT', 'Wound Care Clinic')}\n"
            f"Patient(e) : {c.name(pt, 'LAST, FIRST M')}   RAMQ : {c.health_card('QC')}\n"
            f"Né(e) le {c.dob('fr')[0]}. Adresse : {c.street('QC')}, {c.city('QC')} (Québec) {c.postal('QC')}\n"
            f"{'M.' if pt.sex == 'M' else 'Mme'} {c.name(pt, 'last')} se présente avec "
            f"{'sa conjointe' if spouse.sex == 'F' else 'son conjoint'} {c.name(spouse, 'first_last')}. "
            f"{c.keep('CLINICAL', 'stage 3 pressure injury')} talon gauche. Rendez-vous le {c.date('fr')}. "
            f"Tél. {c.phone('CA')}."
        )
    else:
        body = (
            f"CLINIC NOTE  {c.date('iso')}\nName: {c.any_name(pt)}   Health card: {c.health_card(province)}\n"
            + (f"Name as signed: {c.name(pt, 'native')}\n" if pt.native else "")
            + f"DOB {c.dob('iso')[0]}   {c.street('CA')}, {c.city('CA')} {province} {c.postal('CA')}\n"
            f"Band/registry no. {c.other('', 10)}. Accompanied by {c.name(spouse, 'first_part')} (spouse), "
            f"cell {c.phone('CA')}. {c.keep('LAB', 'HbA1c 8.2 %')}; "
            f"increase {c.keep('DRUG', 'metformin 500 mg')} to BID."
        )
    return text(body)


def uk_gp_letter(c: Ctx) -> dict[str, Any]:
    pt = c.person(
        groups=c.pick(
            (
                ("scottish", "welsh", "anglo"),
                ("bengali", "punjabi", "sri_lankan", "tamil"),
                ("jamaican", "ghanaian", "yoruba", "igbo", "polish"),
            )
        )
    )
    if c.chance(0.25):
        pt = c.person(english=True)
    carer = c.relative(pt, c.pick(("daughter", "son", "wife", "husband", "friend")))
    dob, age = c.dob("uk", (30, 99))
    letter = (
        f"Dear Dr {c.staff()},\n\nRe: {c.name(pt, c.pick(('full', 'UPPER', 'Last, First')))}\n"
        f"DOB: {dob}   NHS No: {c.nhs()}\n"
        + (f"Interpreter booked; patient signs as {c.name(pt, 'native')} .\n" if pt.native else "")
        + f"{c.street('UK')}, {c.city('UK')}, {c.postal('UK')}\n\n"
        f"I reviewed {c.pick(('Mr', 'Mrs', 'Ms'))} {c.name(pt, 'last')} ({c.age(age)}) in the "
        f"{c.keep('DEPT', 'Community Paramedicine')} clinic on {c.date('uk')}. "
        f"{c.keep('CLINICAL', 'productive cough')}, "
        f"{c.keep('LAB', 'SpO2 88 %')}. Please continue {c.keep('DRUG', 'tiotropium 18 mcg')}.\n"
        f"Their carer, {c.name(carer, 'first_last')} (tel {c.phone('UK')}), asked for a district nurse visit.\n\n"
        f"Yours sincerely,\n{c.staff('Dr')}\ncc: patient; {c.email(pt)}"
    )
    return structured({"document_type": "clinic letter", "body": letter}, echo=False)


SHAPES = {
    "bh_intake": bh_intake,
    "sud_dosing_log": sud_dosing_log,
    "dental_chart": dental_chart,
    "peds_fhir_bundle": peds_fhir_bundle,
    "school_nurse_log": school_nurse_log,
    "genetics_pedigree": genetics_pedigree,
    "canada_clinic_note": canada_clinic_note,
    "uk_gp_letter": uk_gp_letter,
}
