"""Care at home and on the road: home health, EMS, dialysis, nursing homes, hospice, DME, telehealth, team chat."""

from __future__ import annotations

from typing import Any

from .people import Ctx, Person
from .result import dumps, structured, text
from .vocab import CLINICAL, DEVICE_MODELS, DRUGS, ICD10

RELATIONS = ("daughter", "son", "wife", "husband", "niece", "grandson", "sister", "neighbor", "partner")


# What a relative said, in their own language, as the nurse wrote it down ("{kin}" is where the name goes).
_SAID = {
    "portuguese": "{kin} diz: “não dorme bem há uma semana”.",
    "tagalog": "Sabi ni {kin}, “hindi po siya kumakain nang maayos.”",
    "french_canadian": "Selon {kin}, « il refuse de prendre ses pilules ».",
    "polish": "{kin} mówi, że od tygodnia prawie nic nie je.",
    "mexican": "Dice {kin} que no ha comido bien.",
    "dominican": "{kin} dice que la presión le sube de noche.",
}


def _family_says(c: Ctx, kin: Person) -> str:
    said = _SAID.get(kin.group)
    return " " + said.format(kin=c.name(kin, c.pick(("first", "first_last")))) if said else ""


def home_health_visit(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    dob, age = c.dob(c.pick(("us", "iso")), (61, 101))
    relation = c.pick(RELATIONS)
    carer = c.relative(pt, relation)
    first = c.name(pt, "first_part")
    meds = [c.keep("DRUG", d) for d in c.rng.sample(DRUGS, 3)]
    record = {
        "agency": "Lakeshore Visiting Nurses",
        "department": c.keep("DEPT", "Home Health Services"),
        "visit": {
            "type": c.pick(("SOC", "ROC", "Recert", "PRN")),
            "date": c.date("iso"),
            "clinician": c.staff("RN"),
            "oasis_item_M1033": c.keep("CODE", "M1033"),
        },
        "patient": {
            "name": c.name(pt, c.pick(("LAST, FIRST M", "Last, First"))),
            "dob": dob,
            "age": c.age(age),
            "mrn": c.mrn("HH"),
            "mbi": c.medicare(),
            "address": {
                "line1": c.street(),
                "city": c.city(),
                "state": c.state(),
                "zip": c.zip(c.chance(0.3)),
                "county": c.county(),
            },
            "phone": c.phone(),
        },
        "caregiver": {"name": c.any_name(carer), "relationship": relation, "phone": c.phone()},
        "diagnoses": [c.keep("CODE", x) for x in c.rng.sample(ICD10, 2)],
        "medications": meds,
        "narrative": (
            f"{first} seen in home, {c.keep('CLINICAL', c.pick(CLINICAL))}. {c.name(carer, 'first_part')} ({relation}) "
            f"present and assisting with meds; reviewed {meds[0]} schedule. Next visit {c.date('md')}. "
            f"{c.name(pt, 'last')}'s keypad code changed, ask {relation} by phone." + _family_says(c, carer)
        ),
    }
    return structured(record)


def ems_pcr(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    dob, age = c.dob("us", (18, 99))
    street, city = c.street(), c.city()
    plate = c.plate()
    narrative = (
        f"DISPATCHED TO {c.again(street)}, {c.again(city)} FOR {c.pick(('MVC', 'FALL', 'SOB', 'CHEST PAIN'))}. "
        f"ON ARRIVAL FOUND {c.name(pt, 'UPPER')} {c.age(age)} Y/O "
        f"{'M' if pt.sex == 'M' else 'F'} {c.keep('CLINICAL', 'GCS 15')}, "
        f"{c.keep('LAB', 'SpO2 88 %')} ON RA. PT'S VEHICLE PLATE {plate} VIN {c.vin()}. "
        f"12-LEAD VIA {c.keep('DEVICE_MODEL', 'ZOLL X Series')}. PT STATES NAME IS "
        f"{c.recase(c.name(pt, 'first_part'))}, DOB {c.date('us_short', c.born)}."
    )
    pcr = {
        "eRecord.01": c.other("PCR-", 8),
        "eResponse.03": c.other("INC", 9),
        "ePatient.02": c.name(pt, "last"),
        "ePatient.03": c.name(pt, "first"),
        "ePatient.17": dob,
        "ePatient.15": int(c.age(age)),
        "eScene.15": street,
        "eScene.17": city,
        "eScene.19": c.zip(),
        "eScene.21": c.county(False),
        "ePatient.18": c.phone(),
        "eExam.section": c.keep("DEPT", "Community Paramedicine"),
        "eMedications.03": c.keep("DRUG", c.pick(("ondansetron 4 mg", "morphine sulfate 5 mg"))),
        "eNarrative.01": narrative,
        "crew": [c.staff("EMT-P"), c.staff("EMT")],
    }
    return structured(pcr, echo=c.chance(0.5))


def dialysis_flowsheet(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    contact = c.relative(pt, c.pick(RELATIONS))
    machine = c.keep("DEVICE_MODEL", c.pick(("Fresenius 2008T", "NxStage System One")))
    header = (
        f"Patient: {c.name(pt, 'LAST, FIRST M')}\nMRN: {c.mrn()}\nDOB: {c.dob('us')[0]}\n"
        f"Unit: {c.keep('DEPT', 'Outpatient Dialysis Unit')}  Chair {c.rng.randint(1, 24)}\n"
        f"Emergency contact: {c.name(contact, 'Last, First')} {c.phone()}\nDx: {c.keep('CODE', 'N18.6')}, "
        f"{c.keep('CODE', 'Z99.2')}\n"
    )
    rows = ["date,machine,pre_wt_kg,post_wt_kg,uf_ml,bfr,ktv,access,rn"]
    for _ in range(c.rng.randint(3, 6)):
        pre = round(c.rng.uniform(60, 110), 1)
        rows.append(
            f"{c.date('us_short')},{machine},{pre},{round(pre - c.rng.uniform(1, 3.5), 1)},"
            f"{c.rng.randint(1000, 3500)},{c.rng.choice((350, 400, 450))},{round(c.rng.uniform(1.1, 1.6), 2)},"
            f"L AVF,{c.staff()}"
        )
    labs = (
        f"\nMonthly labs: {c.keep('LAB', 'Kt/V 1.32')}; {c.keep('LAB', 'phosphorus 6.4 mg/dL')}; "
        f"{c.keep('LAB', 'PTH 612 pg/mL')}. Continue {c.keep('DRUG', 'sevelamer carbonate 800 mg')} with meals."
    )
    return text(header + "\n".join(rows) + labs)


def mds_assessment(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    relation = c.pick(RELATIONS)
    party = c.relative(pt, relation)
    dob, age = c.dob("hl7", (70, 104))
    items = {
        "A0100B": "555123",
        "A0310A": "02",
        "A0500A": c.recase(c.name(pt, "first")) if c.chance(0.5) else c.name(pt, "first"),
        "A0500C": c.name(pt, "last"),
        "A0600A": c.ssn(),
        "A0600B": c.medicare(),
        "A0700": c.plan(),
        "A0800": "1" if pt.sex == "M" else "2",
        "A0900": dob,
        "A1300A": c.mrn(),
        "A1600": c.date("hl7"),
        "A2300": c.date("hl7"),
        "C0500": c.keep("CODE", "BIMS 09"),
        "M0300C1": c.keep("CLINICAL", "stage 3 pressure injury"),
        "N0415": c.keep("DRUG", c.pick(("haloperidol 0.5 mg", "quetiapine 100 mg", "donepezil 10 mg"))),
    }
    facesheet = {
        "unit": c.keep("DEPT", c.pick(("Memory Care Unit", "Skilled Nursing Facility"))),
        "room": f"{c.rng.randint(100, 299)}-{c.pick('AB')}",
        "age": c.age(age),
        "photo": c.photo(),
        "responsible_party": {
            "name": c.any_name(party),
            "relationship": relation,
            "phone": c.phone(),
            "address": f"{c.street()}, {c.city()}, {c.state()} {c.zip()}",
            "email": c.email(party),
        },
        "attending": c.staff("Dr."),
    }
    return structured({"assessment": "MDS 3.0 Quarterly", "items": items, "facesheet": facesheet}, echo=c.chance(0.4))


def hospice_idg(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    spouse = c.relative(pt, "wife" if pt.sex == "M" else "husband")
    child = c.relative(pt, c.pick(("son", "daughter")))
    dob, age = c.dob("mon", (58, 103))
    child_first = c.name(child, "first_part")
    md = (
        f"## Interdisciplinary Group review — {c.date('mon')}\n\n"
        f"**Patient:** {c.any_name(pt)}  \n**DOB:** {dob} ({c.age(age)} y)  \n**Hospice ID:** {c.other('HSP-', 6)}  \n"
        f"**Address:** {c.street()}, {c.city()}\n\n"
        f"| Discipline | Update |\n|---|---|\n"
        f"| RN | {c.keep('CLINICAL', 'pitting edema')}; {c.keep('DRUG', 'morphine sulfate 5 mg')} q4h PRN effective |\n"
        f"| SW | Spouse {c.name(spouse, 'first_last')} overwhelmed; {child_first} flying in {c.date('md')} |\n"
        f"| Chaplain | {c.name(pt, 'last')} family asked for anointing; {child_first}'s number {c.phone()} |\n"
        f"| Aide | bathing 3x/wk, {c.keep('CLINICAL', 'fall risk')} |\n\n"
        f"Level of care: routine home. Diagnosis {c.keep('CODE', 'G30.1')}. Bereavement risk: high "
        f"({c.name(spouse, 'first_part')}).\n\nFamily present at IDG:\n{c.name(child, 'first_last')}\n"
    )
    return text(md)


def dme_order(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    model = c.pick(DEVICE_MODELS[3:8])
    order = {
        "resourceType": "DeviceRequest",
        "status": "active",
        "codeCodeableConcept": {
            "coding": [{"system": "HCPCS", "code": c.keep("CODE", c.pick(("E0601", "E1390", "E0431", "K0823")))}],
            "text": c.keep("DEVICE_MODEL", model),
        },
        "subject": {"display": c.name(pt, c.pick(("first_last", "Last, First", "UPPER"))), "identifier": c.mrn()},
        "authoredOn": c.date("iso"),
        "requester": {"display": c.staff("Dr.")},
        "note": [
            {
                "text": f"Face-to-face {c.date('us')}. Deliver to {c.street()}, {c.city()} {c.zip()}; "
                f"call {c.name(pt, 'first_part')} at {c.phone()} first. "
                f"Old unit serial {c.serial('SN ')} to be picked up."
            }
        ],
        "insurance": [{"display": "Medicare Part B", "identifier": c.medicare()}],
        "x-delivery": {"device_serial": c.serial(), "setup_by": c.keep("DEPT", "Respiratory Therapy")},
    }
    return structured(order)


def telehealth_transcript(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    relation = c.pick(RELATIONS)
    relative = c.relative(pt, relation)
    doctor = c.staff("Dr.")
    spanish = pt.group in ("mexican", "salvadoran", "dominican")
    first = c.name(pt, "first_part")
    lines = [
        f"[00:00:04] {doctor}: Hi, can you hear me? Can you confirm your full name and date of birth?",
        f"[00:00:09] PATIENT: yes, it's {c.name(pt, 'lower')}, {c.dob('long')[0]}.",
        f"[00:00:20] {doctor}: Thanks {first}. Who is with you today?",
        f"[00:00:24] PATIENT: my {relation} {c.name(relative, 'first_last')}, "
        f"{'she' if relative.sex == 'F' else 'he'} helps with my pills.",
    ]
    if spanish:
        lines.append(
            f"[00:00:31] RELATIVE: Perdón, doctor, {c.name(pt, 'first_part')} no entiende bien. "
            f"Yo soy {c.name(relative, 'first_part')}, vivimos en {c.street()}."
        )
    lines += [
        f"[00:01:02] {doctor}: Are you still taking {c.keep('DRUG', c.pick(DRUGS))}?",
        f"[00:01:10] PATIENT: yes. and my sugar was {c.keep('LAB', 'glucose 243 mg/dL')} this morning.",
        f"[00:02:45] {doctor}: I'll send the lab order; call {c.phone()} if you need the ride line.",
    ]
    session = {
        "session_id": c.other("TH-", 9),
        "platform": "Doxy.me",
        "department": c.keep("DEPT", c.pick(("Behavioral Health Intake", "Medical Genetics", "Wound Care Clinic"))),
        "participant_ip": c.ip(),
        "started": c.date("iso"),
        "transcript": "\n".join(lines),
    }
    return text(dumps(session, indent=2))


def nurse_team_chat(c: Ctx) -> dict[str, Any]:
    a, b = c.person(), c.person()
    messages = [
        {
            "user": c.staff(),
            "ts": "08:02",
            "text": f"morning! route change: {c.recase(c.name(a, 'first_last'), str.lower)} moved up, "
            f"{c.street()} gate code 4471#",
        },
        {
            "user": c.staff(),
            "ts": "08:05",
            "text": f"ok. is {c.name(a, 'first_part')}'s INR due? last was {c.keep('LAB', 'INR 2.6')}",
        },
        {
            "user": c.staff(),
            "ts": "08:11",
            "text": f"yes draw today. also {c.name(b, 'F. Last')} ({c.mrn('#')}) had a fall "
            f"{c.date('md')}, son {c.name(c.relative(b, 'son'), 'first_part')} called {c.phone()}",
        },
        {
            "user": c.staff(),
            "ts": "08:15",
            "text": f"{c.recase(c.name(b, 'last'))} - sending PT eval, "
            f"{c.keep('CLINICAL', 'fall risk')}, {c.keep('DEVICE_MODEL', 'Drive Medical Cruiser III')} ordered",
        },
    ]
    return structured({"channel": "#north-team", "messages": messages}, echo=False)


SHAPES = {
    "home_health_visit": home_health_visit,
    "ems_pcr": ems_pcr,
    "dialysis_flowsheet": dialysis_flowsheet,
    "mds_assessment": mds_assessment,
    "hospice_idg": hospice_idg,
    "dme_order": dme_order,
    "telehealth_transcript": telehealth_transcript,
    "nurse_team_chat": nurse_team_chat,
}
