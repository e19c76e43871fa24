"""Pharmacy, remote monitoring, scribe, portal, lab, surgical, therapy and inpatient tool results."""

from __future__ import annotations

from typing import Any

from .clinical import cpt, dept, drug, icd, lab, model, ndc, snomed, word
from .people import Ctx
from .shapes_payer import text_block, us

# Employers are identifiers (Safe Harbor names the individual's employer).
EMPLOYERS = ["Hormel Foods", "Lakeside Dairy Co-op", "Gulf Shrimp Packers", "Kona Coffee Mill", "Tyson Plant 3"]


def refill_queue(c: Ctx) -> Any:
    us(c)
    rows = ["rx#\tpatient\tdob\tdrug\tndc\tphone\tstatus"]
    for _ in range(c.r.randint(2, 4)):
        m = c.person()
        rows.append(
            f"{c.digits(7)}\t{c.name(m, c.pick(['LAST, FIRST M', 'Last, First']))}\t{c.dob('mdy')}\t"
            f"{drug(c)}\t{ndc(c)}\t{c.phone()}\t{c.pick(['READY', 'NEEDS PA', 'TOO SOON', 'CALL MD'])}"
        )
    return {"store": word(c, "Store #4471 Pharmacy"), "queue": "\n".join(rows)}


def pharmacist_consult(c: Ctx) -> Any:
    us(c)
    m, dtr = c.person(), c.person(female=True)
    a, v, loinc = lab(c)
    note = (
        f"Pharmacist consult — {c.staff()}\nPt: {c.name(m, 'First Last')} ({c.dob()}), {c.mrn()}\n"
        f"Indication: {drug(c)} started by cardiology. Recent {a} {v} (LOINC {loinc}). "
        f"Counseled pt and daughter {c.name(dtr, 'nick')} on {word(c, 'signs of bleeding')}. "
        f'{c.given(dtr)} will fill the weekly organizer. Pt states "{c.given(m)} never misses" — '
        f"daughter disagrees. Callback {c.phone()}."
    )
    return {
        "consult": {"id": c.digits(8), "note": note, "interventions": [word(c, "dose adjusted for renal function")]}
    }


def vaccine_roster(c: Ctx) -> Any:
    us(c)
    rows = ["| # | Name | DOB | Vaccine | Lot | Consent |", "|---|---|---|---|---|---|"]
    for i in range(c.r.randint(3, 5)):
        m = c.person()
        vac = word(
            c, c.pick(["Fluzone High-Dose", "Shingrix dose 2", "Arexvy RSV", "COMIRNATY 2025-2026", "Tdap Boostrix"])
        )
        rows.append(
            f"| {i + 1} | {c.name(m, c.pick(['First Last', 'Last, First', 'UPPER']))} | {c.dob('mdy')} | {vac} | "
            f"{c.letters(2)}{c.digits(4)} | {c.pick(['Y', 'Y', 'guardian'])} |"
        )
    return text_block(f"## Vaccine clinic roster — {c.date('long')}\n\n" + "\n".join(rows))


def cs_log(c: Ctx) -> Any:
    us(c)
    lines = []
    for _ in range(c.r.randint(2, 4)):
        m = c.person()
        lines.append(
            f'ts={c.date("iso")}T{c.time()}:00 event=CII_DISPENSE rx={c.digits(7)} drug="{drug(c)}" qty=30 '
            f'patient="{c.name(m, "Last, First")}" pickup_id_type=DL pickup_id={c.license()} '
            f'{"fingerprint=" + c.biometric() + " " if c.chance(0.3) else ""}pmp_checked=true rph="{c.staff()}"'
        )
    return {"log": "\n".join(lines), "source": word(c, "controlled substance perpetual inventory")}


def rpm_alerts(c: Ctx) -> Any:
    us(c)
    alerts = []
    for _ in range(c.r.randint(2, 3)):
        m = c.person()
        alerts.append(
            {
                "patient": c.name(m, c.pick(["First Last", "F. Last", "UPPER"])),
                "mrn": c.mrn(),
                "device": model(c),
                "serial": c.device(),
                "reading": word(
                    c,
                    c.pick(
                        ["BP 182/104 mmHg", "SpO2 86 %", "weight +2.4 kg in 48 h", "glucose 412 mg/dL", "HR 41 bpm"]
                    ),
                ),
                "at": f"{c.date('iso')}T{c.time()}Z",
                "escalated_to": c.staff(),
            }
        )
    return {"structuredContent": {"program": dept(c), "alerts": alerts}}


def pairing_log(c: Ctx) -> Any:
    us(c)
    m = c.person()
    day, at = c.date("iso"), c.time()  # one pairing session, one day
    lines = [
        f'{day} {at}:11 INFO pair.start user={c.email(m)} model="{model(c)}" serial={c.device()}',
        f"{day} {at}:12 INFO ble.bonded mac={c.mac()} rssi=-61",
        f"{day} {at}:13 WARN gateway.upload ip={c.ip()} retry=2",
        f'{day} {at}:15 INFO enroll.ok patient_mrn={c.mrn()} display="{c.name(m, "First Last")}"',
    ]
    return text_block("\n".join(lines))


def scribe(c: Ctx) -> Any:
    us(c)
    m, wife = c.person(female=False), c.person(female=True)
    code, dx = icd(c)
    transcript = (
        f"DR: Good morning, {c.given(m)}. Who's with you today?\n"
        f"PT: This is my wife, {c.name(wife, 'First Last')}.\n"
        f"DR: Nice to meet you, {c.given(wife)}. How's the sugar been?\n"
        f"PT: Up and down. I'm on the {drug(c)}. I still drive for {word(c, 'the school district')} though.\n"
        f"WIFE: He fell on {c.date('long')}, on the ice outside the house on {c.street()}.\n"
    )
    draft = (
        f"SUBJECTIVE: {c.age90('{n}-year-old')} presents with "
        f"{c.p.keep('WORD', 'wife')} for follow-up of {dx} ({code}). "
        f"Fall reported by wife. ASSESSMENT/PLAN: continue current regimen; {word(c, 'fall risk screening positive')}."
    )
    return {
        "content": [{"type": "text", "text": transcript}, {"type": "text", "text": draft}],
        "structuredContent": {"encounter": c.other_id(), "patient_name": c.name(m, "Last, First"), "status": "draft"},
    }


def portal_chat(c: Ctx) -> Any:
    us(c)
    m = c.person()
    msgs = [
        {"from": "bot", "text": "Hi! I'm the virtual assistant. What is your full name and date of birth?"},
        {"from": "patient", "text": f"{c.name(m, c.pick(['lower', 'First Last']))} {c.dob('mdy_short')}"},
        {"from": "bot", "text": f"Thanks, {c.given(m)}. I found an upcoming visit in {dept(c)}."},
        {"from": "patient", "text": f"can u send it to {c.email(m)} instead, i changed my phone to {c.phone()}"},
        {"from": "bot", "text": word(c, "I can't change contact details here. A staff member will follow up.")},
    ]
    return {"session": c.digits(9), "client_ip": c.ip(), "messages": msgs}


def sms_reminders(c: Ctx) -> Any:
    us(c)
    out = []
    for _ in range(c.r.randint(2, 3)):
        m = c.person()
        spanish = m.group in ("Mexican", "Cuban", "PuertoRican", "Venezuelan")
        lang = "vi" if m.group == "Vietnamese" else "es" if spanish and c.chance(0.7) else "en"
        when = c.date("mdy_short")
        if lang == "vi":
            body = f"Chào {c.name(m, 'First Last')}, bạn có lịch hẹn ngày {when} lúc {c.time()}. Trả lời C để xác nhận."
        elif lang == "es":
            body = f"Hola {c.given(m)}: su cita es el {when}. Traiga su tarjeta del seguro. Responda C para confirmar."
        else:
            body = f"{c.given(m)}, reminder: {word(c, 'fasting labs')} on {when}. Reply C to confirm, R to reschedule."
        out.append({"to": c.phone(), "lang": lang, "body": body, "status": c.pick(["delivered", "failed"])})
    return {"sent": out}


def lab_requisition(c: Ctx) -> Any:
    us(c)
    m = c.person()
    a, v, loinc = lab(c)
    code, dx = icd(c)
    hl7 = "\r".join(
        [
            f"MSH|^~\\&|EHR|CLINIC|LIS|REFLAB|{c.date('hl7')}0915||ORM^O01|{c.digits(8)}|P|2.5.1",
            f"PID|1||{c.mrn()}^^^HOSP^MR||{c.name(m, 'HL7')}||{c.dob('hl7')}|{'F' if m.female else 'M'}|||"
            f"{c.street()}^^{c.p.id('CITY', c.place()[0])}^{c.place()[1]}^{c.zip()}"
            f"||{c.phone()}|||||{c.account()}|{c.ssn()}",
            f"ORC|NW|{c.digits(9)}",
            f"OBR|1|{c.digits(9)}||{loinc}^{a}^LN|||{c.date('hl7')}",
            f"OBX|1|NM|{loinc}^{a}^LN||{v}|||H|||P",
            f"DG1|1||{code}^{dx}^I10",
        ]
    )
    return {"message": hl7, "transport": "MLLP"}


def pathology(c: Ctx) -> Any:
    us(c)
    m = c.person()
    rep = (
        f"SURGICAL PATHOLOGY REPORT\nAccession: S26-{c.digits(5)}\nPatient: {c.name(m, 'LAST, FIRST M')}"
        f"   MRN: {c.mrn()}\n"
        f"Collected: {c.date()}   Received: {c.date()}\n"
        f"SPECIMEN: {word(c, 'Colon, sigmoid, polypectomy')}\n"
        f"DIAGNOSIS: {word(c, 'Tubular adenoma with low-grade dysplasia')}. Margins negative.\n"
        f"Electronically signed: {c.staff()}"
    )
    return text_block(rep)


def consent_anesthesia(c: Ctx) -> Any:
    us(c)
    m, poa = c.person(), c.person()
    proc, proc_text = cpt(c)
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": c.mrn(),
                    "name": [{"family": c.family(m), "given": [c.given(m)]}],
                    "birthDate": c.dob("iso"),
                    "telecom": [{"system": "phone", "value": c.phone()}],
                }
            },
            {
                "resource": {
                    "resourceType": "Consent",
                    "status": "active",
                    "dateTime": c.date("iso"),
                    "scope": {"text": f"{word(c, proc_text)} (CPT {proc})"},
                    "performer": [{"display": f"{c.name(poa, 'First Last')} (health care agent)"}],
                    "sourceAttachment": {"url": c.url(), "title": c.photo()},
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "code": {"text": word(c, "ASA physical status")},
                    "valueString": "ASA III",
                    "note": [{"text": f"{word(c, 'Mallampati class II')}; {drug(c)} held morning of surgery"}],
                }
            },
        ],
    }
    return bundle


def therapy_note(c: Ctx) -> Any:
    us(c)
    m, husband = c.person(female=True), c.person(female=False)
    kind = c.pick(["PT", "OT", "SLP", "Audiology"])
    if kind == "PT":
        body = f"{word(c, 'Gait training 15 min')}; TUG 18 s. {c.given(m)} walked 150 ft with cane."
    elif kind == "OT":
        body = f"{word(c, 'ADL retraining')}: lower-body dressing with reacher. {c.given(m)} set up the tub bench."
    elif kind == "SLP":
        swallow = word(c, "Modified barium swallow")
        body = f"{swallow}: IDDSI level 2 liquids. Husband {c.name(husband, 'First Last')} present."
    else:
        body = f"{word(c, 'Moderate sensorineural hearing loss')} bilaterally; hearing aid serial {c.device()} fit."
    code, _ = cpt(c)
    return {
        "discipline": kind,
        "patient": c.name(m, c.pick(["First Last", "Last, First"])),
        "visit": c.date(),
        "cpt": code,
        "note": body,
        "therapist": c.staff(),
    }


def ophthalmology(c: Ctx) -> Any:
    us(c)
    m = c.person()
    code, dx = icd(c)
    xml = (
        f"<EyeExam><Patient><Name>{c.name(m, 'Last, First')}</Name>"
        f"<DOB>{c.dob('iso')}</DOB><MRN>{c.mrn()}</MRN></Patient>"
        f'<Date>{c.date("iso")}</Date><VA od="20/40" os="20/25"/><IOP od="24" os="22" units="mmHg"/>'
        f'<Device>{word(c, "Zeiss Cirrus 6000 OCT")}</Device><Dx code="{code}">{dx}</Dx>'
        f"<Plan>{word(c, 'latanoprost 0.005% one drop both eyes nightly')}</Plan>"
        f"<RetinaImage>{c.photo()}</RetinaImage></EyeExam>"
    )
    return {"format": "xml", "document": xml}


def blood_bank(c: Ctx) -> Any:
    us(c)
    m = c.person()
    return {
        "structuredContent": {
            "specimen": f"BB{c.digits(8)}",
            "patient": c.name(m, "UPPER"),
            "mrn": c.mrn(),
            "dob": c.dob("mdy"),
            "abo_rh": word(c, c.pick(["O NEG", "A POS", "B POS", "AB NEG"])),
            "antibody_screen": word(c, "anti-K detected"),
            "crossmatch": [
                {
                    "unit": f"W{c.digits(12)}",
                    "product": word(c, "Red Blood Cells, Leukoreduced"),
                    "result": "compatible",
                }
            ],
            "wristband_id": c.biometric() if c.chance(0.3) else c.other_id(),
            "collected": c.date("mdy"),
        }
    }


def labor_nicu(c: Ctx) -> Any:
    us(c)
    mom, partner, baby_given = c.person(female=True), c.person(), c.person(female=False)
    birth = c.date("mdy")
    baby = c.p.name(
        f"Baby Boy {mom.family}" if c.chance(0.5) else f"{baby_given.given} {mom.family}",
        baby_given.english or mom.english,
    )
    note = (
        f"L&D -> NICU handoff\nMother: {c.name(mom, 'Last, First')} G2P1 at 34w2d, MRN {c.mrn()}\n"
        f"Infant: {baby}, born {birth} {c.time()}, {word(c, 'Apgars 6 and 8')}, weight 2140 g.\n"
        f"Father/partner: {c.name(partner, 'First Last')} — phone {c.phone()}.\n"
        f"{word(c, 'Betamethasone course complete')}. Mom's GBS unknown; {word(c, 'ampicillin 2 g IV')} given. "
        f"Infant band # {c.other_id()}."
    )
    return text_block(note)


def psych_hold(c: Ctx) -> Any:
    us(c)
    m, sister = c.person(), c.person(female=True)
    code, dx = icd(c)
    note = (
        f"EMERGENCY HOLD — {word(c, 'Behavioral Health Emergency')}\n"
        f"{c.name(m, 'First Last')}, {c.dob()}, brought by police; "
        f"vehicle {c.vehicle()} left at scene.\n"
        f"Sister {c.name(sister, 'First Last')} ({c.phone()}) reports pt stopped {drug(c)} 3 weeks ago. "
        f"{c.family(m)} states 'I don't need to be here.' "
        f"Per {c.family(sister)}'s account, no prior holds. Dx {code} {dx}. "
        f"{word(c, 'Imminent risk of harm to self')}. "
        f"72-hour hold initiated {c.date()} by {c.staff()}. "
        f"Employer ({c.p.name(c.pick(EMPLOYERS), False)}) not to be contacted."
    )
    return {"content": [{"type": "text", "text": note}], "isError": False}


def hospital_at_home(c: Ctx) -> Any:
    us(c)
    m, nephew = c.person(), c.person(female=False)
    a, v, loinc = lab(c)
    kv = " ".join(
        [
            f"patient_mrn={c.mrn()}",
            f'address="{c.address()}"',
            f"gate_code=#{c.digits(4)}",
            f"tablet_ip={c.ip()}",
            f"courier_vehicle={c.vehicle()}",
        ]
    )
    return {
        "census": [
            {
                "name": c.name(m, c.pick(["First Last", "UPPER"])),
                "age": c.age90() if c.chance(0.3) else "",
                "day": 3,
                "dx": " ".join(snomed(c)),
                "vitals_kit": model(c),
                "last_lab": {"test": a, "value": v, "loinc": loinc},
                "household": f"lives with nephew {c.name(nephew, 'First Last')}, backup caregiver",
                "dispatch": kv,
                "visit_window": c.date(),
            }
        ]
    }


SHAPES = {
    "refill_queue": refill_queue,
    "pharmacist_consult": pharmacist_consult,
    "vaccine_roster": vaccine_roster,
    "cs_log": cs_log,
    "rpm_alerts": rpm_alerts,
    "pairing_log": pairing_log,
    "scribe": scribe,
    "portal_chat": portal_chat,
    "sms_reminders": sms_reminders,
    "lab_requisition": lab_requisition,
    "pathology": pathology,
    "consent_anesthesia": consent_anesthesia,
    "therapy_note": therapy_note,
    "ophthalmology": ophthalmology,
    "blood_bank": blood_bank,
    "labor_nicu": labor_nicu,
    "psych_hold": psych_hold,
    "hospital_at_home": hospital_at_home,
}
