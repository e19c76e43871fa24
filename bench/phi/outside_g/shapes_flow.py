"""Patient-flow systems: census, handoff, ED board, beds, transport, OR, radiology, LIS, pharmacy."""

from __future__ import annotations

import json
from typing import Any

from . import vocab as v
from .people import Ctx

_NEEDS = ["bariatric bed", "negative pressure", "window bed for delirium", "tele box"]
_FINDINGS = [
    "No acute intracranial hemorrhage.",
    "Right lower lobe consolidation.",
    "6 mm obstructing kidney stone at the right UVJ.",
    "No displaced fracture.",
]


def _text(text: str, structured: Any = None) -> dict[str, Any]:
    result: dict[str, Any] = {"content": [{"type": "text", "text": text}], "isError": False}
    if structured is not None:
        result["structuredContent"] = structured
    return result


def census(ctx: Ctx) -> Any:
    """Inpatient census for one unit, as structuredContent rows plus a one-line text summary."""
    unit = v.dept(ctx)
    rows = []
    for bed in range(ctx.rng.randint(2, 4)):
        who = ctx.person()
        code, dx = v.icd(ctx)
        rows.append(
            {
                "bed": f"{ctx.rng.randint(3, 9)}{ctx.pick('ABCDEFGHJK')}-{bed + 1:02d}",
                "patient": ctx.full(who, ctx.pick(["LAST, FIRST M", "Last, First", "LAST^FIRST^M"])),
                "mrn": ctx.mrn(),
                "dob": ctx.dob(ctx.pick(["us", "iso"])),
                "admit_dt": ctx.date("iso") + "T" + f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}",
                "attending": ctx.staff(),
                "principal_dx": {"code": code, "display": dx},
                "los_days": ctx.rng.randint(1, 19),
                "isolation": ctx.pick(["None", "Contact", "Droplet", "Contact+", "Airborne"]),
                "code_status": ctx.pick(["Full", "DNR/DNI", "DNR - OK to intubate"]),
            }
        )
    if ctx.chance(0.4):
        rows[0]["age"] = ctx.age90()
    summary = (
        f"{len(rows)} of {ctx.rng.randint(18, 32)} beds shown for {unit}; {ctx.rng.randint(0, 4)} pending discharges."
    )
    return _text(summary, {"unit": unit, "census": rows, "as_of": "now"})


def handoff(ctx: Ctx) -> Any:
    """A nurse's I-PASS handoff written as free text in a text block, casing as typed."""
    who = ctx.person()
    kin = ctx.person(group=who.group if who.group != "english-word" else None)
    med, clin, word = v.drug(ctx), v.clinical(ctx), v.word(ctx)
    name = ctx.full(who, ctx.pick(["first last", "first last lower", "F. Last", "FIRST LAST"]))
    code, dx = v.icd(ctx)
    lines = [
        f"I-PASS {v.dept(ctx)} rm {ctx.rng.randint(401, 799)}",
        f"I: {ctx.pick(['stable', 'watcher', 'unstable'])}",
        f"P: {name} {ctx.rng.randint(23, 88)}{ctx.pick(['F', 'M', 'yo F', 'yo M'])}, admitted "
        f"{ctx.date(ctx.pick(['us', 'short']))} w/ "
        f"{dx.lower()} ({code}). {clin}.",
        f"   meds: {med}",
        f"   {ctx.family(who)} is {ctx.pick(['anxious', 'very pleasant', 'hard of hearing', 'refusing labs'])},"
        f" {word} per day team.",
        f"A: f/u am labs, call {ctx.staff()} if MAP<65",
        f"S: {ctx.given(kin)} ({ctx.relation(kin)}) at bedside, best # {ctx.phone()}",
        f"S: {ctx.pick(['ok to update', 'do not give info to anyone but'])} {ctx.full(kin, 'first last')}",
    ]
    return _text("\n".join(lines))


def ed_board(ctx: Ctx) -> Any:
    """ED tracking board rows: a JSON array whose patient column is 'Last, F' and chief complaints free text."""
    rows = []
    for _ in range(ctx.rng.randint(3, 5)):
        who = ctx.person()
        pt = ctx.name(f"{who.family}, {who.given[0]}") if ctx.chance(0.6) else ctx.full(who, "Last First")
        rows.append(
            {
                "rm": ctx.pick(["T1", "T2", "12", "14", "HW3", "Fast Track 2", "Resus A", "WR"]),
                "pt": pt,
                "age_sex": f"{ctx.rng.randint(18, 85)}{ctx.pick('MF')}",
                "cc": ctx.pick(
                    [
                        "CP",
                        "SOB",
                        "abd pain",
                        "fall",
                        "SI",
                        "fever/cough",
                        "ETOH",
                        "syncope",
                        "back pain",
                        "sharp chest pain",
                    ]
                ),
                "esi": ctx.rng.randint(1, 5),
                "arrival": ctx.date("us") + f" {ctx.rng.randint(0, 23):02d}{ctx.rng.randint(0, 59):02d}",
                "prov": ctx.staff(),
                "rn": ctx.staff(),
                "dispo": "admit - " + v.dept(ctx) if ctx.chance(0.3) else ctx.pick(["pending", "dc", "obs", "LWBS"]),
                "comment": ctx.pick(["", "interp needed", "sitter", "EMS from home", "pd at bedside"]),
            }
        )
    rows[0]["triage"] = v.clinical(ctx)
    if ctx.chance(0.4):
        rows[0]["comment"] = (
            f"goes by {ctx.name(ctx.pick(['Lupe', 'Chuy', 'Bobby', 'Tina', 'Junior', 'Mimi', 'Jojo']))}"
        )
    if ctx.chance(0.5):
        rows[-1]["comment"] = f"veh plate {ctx.vehicle()} in amb bay"
    return {"board": "ED MAIN", "rows": rows, "count": len(rows)}


def bed_request(ctx: Ctx) -> Any:
    """Bed management placement request, its JSON nested as a string inside a text block."""
    who = ctx.person()
    inner = {
        "requestId": f"BR-{ctx.digits(6)}",
        "patientName": ctx.full(who),
        "mrn": ctx.mrn(),
        "sex": "F" if who.female else "M",
        "dob": ctx.dob("iso"),
        "fromUnit": v.dept(ctx),
        "requestedLevel": ctx.pick(["ICU", "Step-down", "Med-Surg tele", "Med-Surg"]),
        "isolation": ctx.pick(["None", "Contact (MRSA)", "Droplet (flu A)", "Contact-enteric (C diff)"]),
        "notes": f"{ctx.given(who)} needs {ctx.pick(_NEEDS)}; {v.device_model(ctx)} in use",
        "requestedBy": ctx.staff(),
    }
    return _text(json.dumps(inner, ensure_ascii=False))


def transport(ctx: Ctx) -> Any:
    """Transport dispatch job list with pickup and drop-off, including one discharge ride home."""
    who = ctx.person()
    jobs = [
        {
            "job": f"T{ctx.digits(5)}",
            "patient": ctx.full(who, ctx.pick(["Last, First", "F. Last", "LAST, FIRST M"])),
            "from": v.dept(ctx),
            "to": ctx.pick(["CT 2", "MRI 1", "IR suite", "Dialysis", "Cath Lab 3", "Nuc Med"]),
            "mode": ctx.pick(["wheelchair", "stretcher", "bed", "ambulatory"]),
            "o2": ctx.pick(["RA", "2L NC", "4L NC", "NRB"]),
            "isolation": ctx.pick(["none", "contact", "droplet"]),
            "status": ctx.pick(["assigned", "en route", "complete"]),
            "tech": ctx.staff(),
        }
    ]
    ride = ctx.person()
    jobs.append(
        {
            "job": f"D{ctx.digits(5)}",
            "patient": ctx.full(ride, "first last"),
            "type": "discharge ride",
            "vendor": ctx.pick(["MedRide", "Lyft Health", "county paratransit"]),
            "dropoff": ctx.address_line(),
            "callback": ctx.phone(),
            "pickup_door": ctx.pick(["Main lobby", "Door 4", "ED ambulance bay"]),
        }
    )
    return {"jobs": jobs, "page": 1}


def or_schedule(ctx: Ctx) -> Any:
    """OR schedule as a markdown table inside a text block."""
    lines = ["| OR | Start | Patient | MRN | Procedure | CPT | Surgeon | Anesth |", "|---|---|---|---|---|---|---|---|"]
    for room in range(ctx.rng.randint(2, 4)):
        who = ctx.person()
        code, proc = v.cpt(ctx)
        lines.append(
            f"| OR {room + 1} | {ctx.rng.randint(7, 15):02d}:{ctx.pick(['00', '30', '15'])} |"
            f" {ctx.full(who, ctx.pick(['LAST, FIRST M', 'Last First', 'Last, First']))} | {ctx.mrn()} |"
            f" {proc} | {code} | {ctx.staff()} | {ctx.pick(['GA', 'MAC', 'spinal', 'regional'])} |"
        )
    head = f"**OR schedule {ctx.date('long')}** ({ctx.pick(['Main OR', 'Ambulatory Surgery Center', 'Heart OR'])})"
    return _text(head + "\n\n" + "\n".join(lines) + f"\n\nAdd-on: {v.word(ctx)} noted by charge RN.")


def rad_worklist(ctx: Ctx) -> Any:
    """Radiology worklist with DICOM-like attribute names."""
    items = []
    for _ in range(ctx.rng.randint(2, 4)):
        who = ctx.person()
        code, desc = v.cpt(ctx)
        items.append(
            {
                "AccessionNumber": f"A{ctx.digits(8)}",
                "PatientName": {"Alphabetic": ctx.name(f"{who.family}^{who.given}")},
                "PatientID": ctx.mrn(),
                "PatientBirthDate": ctx.dob("hl7"),
                "Modality": ctx.pick(["CT", "MR", "CR", "US", "NM"]),
                "StudyDescription": desc,
                "ProcedureCode": code,
                "ReferringPhysicianName": ctx.staff(),
                "Priority": ctx.pick(["STAT", "ASAP", "ROUTINE"]),
                "StationName": v.device_model(ctx),
            }
        )
    return {"worklist": items}


def rad_report(ctx: Ctx) -> Any:
    """A signed radiology report as plain text with the header block radiology systems print."""
    who = ctx.person()
    code, desc = v.cpt(ctx)
    age = ctx.age90() if ctx.chance(0.3) else str(ctx.rng.randint(20, 89))
    text = (
        f"PATIENT: {ctx.full(who, 'LAST, FIRST M')}    MRN: {ctx.mrn()}    DOB: {ctx.dob('us')}\n"
        f"EXAM: {desc.upper()} (CPT {code})\nDATE OF SERVICE: {ctx.date('us')}\n"
        f"CLINICAL HISTORY: {age} year old {'female' if who.female else 'male'}, "
        f"{ctx.pick(['fall', 'cough', 'flank pain', 'headache'])}.\n"
        f"COMPARISON: {ctx.pick(['None.', 'Prior study available.', 'Outside CT on disc.'])}\n"
        f"FINDINGS: {ctx.pick(_FINDINGS)}"
        f" {ctx.pick(['Visual fields not assessed.', 'Small bowel is unremarkable.', 'Heart size normal.'])}\n"
        f"IMPRESSION: {ctx.pick(['No acute findings.', 'Findings discussed with ' + ctx.staff() + ' by phone.'])}\n"
        f"Electronically signed by {ctx.staff()}"
    )
    return _text(text)


def lis_result(ctx: Ctx) -> Any:
    """An LIS result as an HL7 v2 ORU message inside a text block, with NTE comments."""
    who = ctx.person()
    city, state, _, zip5 = ctx.place()
    ts = ctx.date("hl7") + f"{ctx.rng.randint(0, 23):02d}{ctx.rng.randint(0, 59):02d}"
    segs = [
        f"MSH|^~\\&|SUNQUEST|AMC_LAB|EPIC|AMC|{ts}||ORU^R01|{ctx.digits(10)}|P|2.5.1",
        f"PID|1||{ctx.mrn()}^^^AMC^MR||{ctx.name(f'{who.family.upper()}^{who.given.upper()}')}^{who.middle[0].upper()}||"
        f"{ctx.dob('hl7')}|{'F' if who.female else 'M'}|||{ctx.street()}^^{ctx.city(city)}^{state}^"
        f"{ctx.zip(zip5)}",
        f"OBR|1|{ctx.digits(9)}|{ctx.digits(9)}|BMP^BASIC METABOLIC PANEL|||{ts}",
    ]
    for i in range(ctx.rng.randint(1, 3)):
        name, loinc, value, unit, ref = v.lab(ctx)
        segs.append(f"OBX|{i + 1}|NM|{loinc}^{name}^LN||{value}|{unit}|{ref}|{ctx.pick(['H', 'L', 'A', ''])}|||F")
    segs.append(f"NTE|1||Hemolyzed specimen; redraw requested. Called to {ctx.staff()} read back OK.")
    return _text("\r".join(segs))


def pharmacy(ctx: Ctx) -> Any:
    """Pharmacy dispensing log: discharge prescriptions filled at the outpatient pharmacy."""
    who = ctx.person()
    fills = []
    for _ in range(ctx.rng.randint(1, 3)):
        drug, code = v.ndc(ctx)
        fills.append(
            {
                "rx_number": ctx.other_id("RX"),
                "ndc": code,
                "drug": drug,
                "qty": ctx.rng.randint(14, 90),
                "days_supply": ctx.pick([7, 14, 30, 90]),
                "filled": ctx.date("iso"),
                "pharmacist": ctx.staff(),
            }
        )
    return {
        "patient": {"name": ctx.full(who), "dob": ctx.dob(), "phone": ctx.phone(), "address": ctx.address_line()},
        "payer": {"bin": "610014", "pcn": "MEDDPRIME", "member_id": ctx.plan_id()},
        "fills": fills,
        "counseling": f"{ctx.pick(['Pt', 'Caregiver'])} counseled; {v.word(ctx)}.",
    }


SHAPES = {
    "census": census,
    "handoff": handoff,
    "ed_board": ed_board,
    "bed_request": bed_request,
    "transport": transport,
    "or_schedule": or_schedule,
    "rad_worklist": rad_worklist,
    "rad_report": rad_report,
    "lis_result": lis_result,
    "pharmacy": pharmacy,
}
