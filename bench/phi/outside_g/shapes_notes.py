"""Notes, messages and logs: portal, social work, interpreters, discharge, chaplaincy, incidents, research, security."""

from __future__ import annotations

import json
from typing import Any

from . import vocab as v
from .people import Ctx, Person
from .shapes_flow import _text
from .shapes_money import employer

_RELATIONS = {"es": "mi hija", "vi": "con gái tôi", "so": "gabadhayda", "ht": "pitit fi mwen", "pl": "moja córka"}


def _portal_body(ctx: Ctx, lang: str, pt: Person, kin: Person) -> str:
    """A message typed by a patient or relative in their own language, names as they write them."""
    kin_name = ctx.full(kin, "first last")
    if lang == "es":
        return (
            f"Buenas tardes, soy {kin_name}, {_RELATIONS['es']}. Mi mamá {ctx.given(pt)} sigue con mareos desde "
            f"el {ctx.date('us')}. ¿Puede el doctor llamarme al {ctx.phone()}? Gracias. "
            f"{v.drug(ctx)} la hace sentir mal."
        )
    if lang == "vi":
        return (
            f"Chào bác sĩ, tôi là {kin_name}. Mẹ tôi là bà {ctx.family(pt)} {ctx.given(pt)}, sinh ngày "
            f"{ctx.dob('us')}. "
            f"Bà bị đau ngực từ hôm qua. Xin gọi lại số {ctx.phone()}. Thuốc: {v.drug(ctx)}."
        )
    if lang == "so":
        return (
            f"Salaan dhakhtar, waxaan ahay {kin_name}. Aabahay {ctx.given(pt)} wuxuu qabaa qandho. "
            f"Fadlan i soo wac {ctx.phone()}. Ballanta {ctx.date('us')} ma imaan karno. {v.drug(ctx)}"
        )
    if lang == "ht":
        return (
            f"Bonjou, se {kin_name} k ap ekri. Manman m {ctx.full(pt, 'first last')} gen tèt fè mal depi "
            f"{ctx.date('long')}. Rele m nan {ctx.phone()} souple. {v.drug(ctx)}"
        )
    if lang == "pl":
        return (
            f"Dzień dobry, nazywam się {kin_name}. Mój ojciec {ctx.full(pt, 'first last')} ma wizytę "
            f"{ctx.date('us')}, ale nie może przyjść. Proszę o telefon: {ctx.phone()}. {v.drug(ctx)}"
        )
    return (
        f"Hi, this is {kin_name}, {ctx.family(pt)}'s {ctx.relation(kin)}. "
        f"{ctx.given(pt)} has been {ctx.pick(['dizzy', 'short of breath', 'confused at night'])} since "
        f"{ctx.date('short')}; {v.word(ctx)}. Can someone call me at {ctx.phone()}? Also is {v.drug(ctx)} still ok?"
    )


def portal_message(ctx: Ctx) -> Any:
    """A patient portal thread: the message, metadata, and the pool's reply."""
    lang = ctx.pick(["es", "vi", "so", "ht", "pl", "en", "en"])
    group = {"es": "hispanic", "vi": "vietnamese", "so": "somali", "ht": "haitian", "pl": "polish"}.get(lang)
    pt = ctx.person(group=group, female=lang in ("es", "vi", "ht") or None)
    kin = ctx.person(group=group)
    return {
        "threadId": f"MSG{ctx.digits(9)}",
        "patient": {"displayName": ctx.full(pt, ctx.pick(["first last", "Last, First"])), "mrn": ctx.mrn()},
        "from": {"proxy": True, "proxyEmail": ctx.email(kin)},
        "sentFromIp": ctx.ip(),
        "language": lang,
        "body": _portal_body(ctx, lang, pt, kin),
        "pool": v.dept(ctx),
        "reply": f"Thank you, we received your message. {ctx.staff()} will call back within 2 business days.",
    }


def social_work(ctx: Ctx) -> Any:
    """Social work assessment note: household, resources, employer, housing."""
    pt = ctx.person()
    kin = ctx.person(group=pt.group if pt.group != "english-word" else None)
    age = ctx.age90() if ctx.chance(0.3) else str(ctx.rng.randint(19, 89))
    text = (
        f"SOCIAL WORK ASSESSMENT\nPt: {ctx.full(pt, 'LAST, FIRST M')}  MRN {ctx.mrn()}\n\n"
        f"AKA {ctx.nicknamed(pt)}.\n"
        f"Met with pt ({age} y/o) and {ctx.relation(kin)} "
        f"{ctx.full(kin, ctx.pick(['first last', 'F. Last']))} at bedside. Pt lives at {ctx.address_line()} "
        f"with {ctx.pick(['spouse', 'two grandchildren', 'roommate', 'no one'])}. Works at {employer(ctx)} "
        f"(no FMLA on file). Insurance: Medicaid {ctx.plan_id()}.\n"
        f"{ctx.given(kin)} reports "
        f"{ctx.pick(['food insecurity', 'eviction notice', 'no heat', 'missed dialysis rides'])}."
        f" Referred to {ctx.pick(['a faith-based organization', 'legal aid', 'county energy assistance'])}.\n"
        f"Plan: {v.clinical(ctx)}; SW to follow. {ctx.staff()}"
    )
    return _text(text)


def interpreter(ctx: Ctx) -> Any:
    """Interpreter services request queue."""
    reqs = []
    for _ in range(ctx.rng.randint(2, 4)):
        lang, group = ctx.pick(
            [
                ("Spanish", "hispanic"),
                ("Vietnamese", "vietnamese"),
                ("Somali", "somali"),
                ("Amharic", "ethiopian"),
                ("Tigrinya", "eritrean"),
                ("Haitian Creole", "haitian"),
                ("Hmong", "hmong"),
                ("Navajo", "navajo"),
                ("Korean", "korean"),
                ("Cantonese", "chinese"),
                ("Arabic", "arab"),
                ("Urdu", "pakistani"),
                ("Russian", "russian"),
                ("Ukrainian", "ukrainian"),
                ("Polish", "polish"),
            ]
        )
        who = ctx.person(group=group)
        entry = {
            "req": f"INT-{ctx.digits(6)}",
            "language": lang,
            "patient": ctx.full(who, ctx.pick(["Last, First", "FIRST LAST", "first last lower"])),
            "location": v.dept(ctx),
            "modality": ctx.pick(["in person", "video (VRI)", "phone"]),
            "when": ctx.date("us") + " " + ctx.pick(["0800", "1330", "ASAP"]),
            "requested_by": ctx.staff(),
            "status": ctx.pick(["open", "assigned", "filled", "cancelled"]),
        }
        script = ctx.native(who)
        if script:
            entry["name_on_id"] = script
        reqs.append(entry)
    return {"requests": reqs}


def discharge_summary(ctx: Ctx) -> Any:
    """Discharge summary sections as a list of text blocks."""
    pt = ctx.person()
    code, dx = v.icd(ctx)
    name, loinc, value, unit, _ = v.lab(ctx)
    blocks = [
        f"DISCHARGE SUMMARY\n{ctx.full(pt, ctx.pick(['First M. Last', 'LAST, FIRST M']))}\nMRN: {ctx.mrn()}  "
        f"Admit: {ctx.date('us')}  Discharge: {ctx.date('us')}",
        f"Principal diagnosis: {dx} ({code})\nHospital course: "
        f"{ctx.name(pt.family.upper()) if ctx.chance(0.3) else ctx.family(pt)}"
        f" was admitted to {v.dept(ctx)}. {v.clinical(ctx)}. {name} (LOINC {loinc}) {value} {unit} on day 2.",
        f"Discharge meds:\n- {v.drug(ctx)}\n- {v.drug(ctx)}",
        f"Follow-up: {ctx.staff()} in 1 week. Home health: {ctx.pick(['Amedisys', 'none', 'VNA'])}. "
        f"Caregiver {ctx.full(ctx.person(), 'first last')} {ctx.phone()}",
    ]
    return {"content": [{"type": "text", "text": b} for b in blocks]}


_RITES = [
    "anointing of the sick",
    "a Quran and prayer rug",
    "a priest for the Divine Liturgy",
    "a quiet room",
    "a cedar smudging accommodation",
]


def chaplaincy(ctx: Ctx) -> Any:
    """Spiritual care note: family, faith tradition, rituals requested."""
    pt = ctx.person()
    kin = ctx.person(group=pt.group if pt.group != "english-word" else None)
    tradition = ctx.pick(
        [
            "Catholic",
            "Muslim",
            "Orthodox Christian",
            "Buddhist",
            "Baptist",
            "Pentecostal",
            "Traditional Diné",
            "none stated",
        ]
    )
    text = (
        f"Spiritual Care Visit - {v.dept(ctx)}\n{ctx.full(pt, 'first last')}\n"
        f"Tradition: {tradition}. Pt's {ctx.relation(kin)} {ctx.given(kin)} "
        f"asked for {ctx.pick(_RITES)}. Family is holding on to hope; {v.word(ctx)}. "
        f"{ctx.family(kin)}'s family gathered, approx {ctx.rng.randint(4, 15)} visitors. Community contact: "
        f"{ctx.full(ctx.person(), 'F. Last')}, {ctx.phone()}.\nChaplain {ctx.staff()}"
    )
    return _text(text)


def incident(ctx: Ctx) -> Any:
    """Safety event report: structured fields plus a narrative written by the reporter."""
    pt = ctx.person()
    witness = ctx.person()
    return {
        "eventId": f"SE-{ctx.digits(6)}",
        "type": ctx.pick(["Fall", "Medication error", "Pressure injury", "Elopement", "Workplace violence"]),
        "harm": ctx.pick(["No harm", "Minor", "Moderate", "Severe"]),
        "unit": v.dept(ctx),
        "occurred": ctx.date("iso") + "T" + f"{ctx.rng.randint(0, 23):02d}:15",
        "patient": {"name": ctx.full(pt), "mrn": ctx.mrn()},
        "narrative": (
            f"At approx {ctx.rng.randint(1, 12)}:{ctx.pick(['05', '20', '45'])} pt found on floor beside bed. "
            f'{ctx.given(pt)} states "{ctx.pick(["I just wanted the bathroom", "nobody came", "I slipped"])}".'
            f" Visitor {ctx.full(witness, 'first last')} witnessed. {v.drug(ctx)} given prior. "
            f"Bed alarm was off. {ctx.pick(['Wound photo', 'Scene photo'])} {ctx.photo()} uploaded."
        ),
        "reporter": ctx.staff(),
        "followUp": f"{v.device_model(ctx)} checked by biomed.",
    }


def research_consent(ctx: Ctx) -> Any:
    """Research consent log as a markdown table, with e-consent IP and biobank sample IDs."""
    lines = ["| Study | Participant | DOB | Consented | Method | IP | Biobank ID |", "|---|---|---|---|---|---|---|"]
    for _ in range(ctx.rng.randint(2, 4)):
        who = ctx.person()
        lines.append(
            f"| {ctx.pick(['IRB-2023-0412 HF-ACTION', 'IRB-2024-1187 SICKLE-GEN', 'IRB-2022-0098 COVID-LTC'])} |"
            f" {ctx.full(who, ctx.pick(['Last First', 'Last, First', 'first last']))} | {ctx.dob('iso')} |"
            f" {ctx.date('iso')} | {ctx.pick(['REDCap e-consent', 'paper', 'remote video'])} | {ctx.ip()} |"
            f" {ctx.other_id('BB-')} |"
        )
    return _text("\n".join(lines) + f"\n\nWithdrawals this quarter: {ctx.rng.randint(0, 3)}. {v.word(ctx)}.")


def telehealth(ctx: Ctx) -> Any:
    """Telehealth session log: join links, client IPs, the device the patient used."""
    pt = ctx.person()
    return {
        "sessionId": f"VV-{ctx.digits(10)}",
        "patient": ctx.full(pt, "first last"),
        "scheduled": ctx.date("iso"),
        "joinUrl": ctx.url(pt),
        "participants": [
            {
                "role": "patient",
                "ip": ctx.ip(),
                "client": ctx.pick(["iOS 17 MyChart", "Chrome 126 / Windows", "Android 14"]),
            },
            {"role": "provider", "name": ctx.staff(), "ip": "10.40.12.8"},
        ],
        "visit": {"dept": v.dept(ctx), "cpt": v.cpt(ctx)[0], "note": v.clinical(ctx)},
    }


def security_log(ctx: Ctx) -> Any:
    """Public safety log: patient property, vehicle in the garage, trespass notices, ID photo."""
    pt = ctx.person()
    visitor = ctx.person()
    return _text(
        json.dumps(
            {
                "log": f"PS-{ctx.digits(6)}",
                "entries": [
                    f"Pt {ctx.full(pt, 'LAST, FIRST M')} belongings bagged: wallet, phone, "
                    f"{ctx.pick(['rosary', 'keys', 'prayer beads'])}.",
                    f"Vehicle {ctx.vehicle()} ("
                    f"{ctx.pick(['gray Honda Civic', 'black Tahoe', 'red Corolla'])}) left in ED garage level 2.",
                    f"Visitor {ctx.full(visitor, ctx.pick(['first last', 'FIRST LAST']))} DL "
                    f"{ctx.license()} issued trespass warning.",
                    f"Badge photo on file: {ctx.photo()}",
                ],
                "officer": ctx.staff(),
                "area": v.dept(ctx),
            },
            ensure_ascii=False,
        )
    )


def device_registry(ctx: Ctx) -> Any:
    """Implant registry record: device model (keep) and its serial / UDI (identifier)."""
    pt = ctx.person()
    code, proc = v.cpt(ctx)
    return {
        "implant": {
            "model": v.device_model(ctx),
            "serial": ctx.device(),
            "lot": f"LOT{ctx.digits(6)}",
            "implanted": ctx.date("us"),
            "procedureCpt": code,
            "procedure": proc,
        },
        "patient": {
            "name": ctx.full(pt, ctx.pick(["Last, First", "First M. Last"])),
            "mrn": ctx.mrn(),
            "dob": ctx.dob("us"),
        },
        "remoteMonitoring": {"enrolled": True, "transmitterSerial": ctx.device()},
        "recall": ctx.pick(["none", "advisory - battery depletion", "field safety notice"]),
    }


def biometric_enroll(ctx: Ctx) -> Any:
    """Patient identity enrollment (palm vein / photo) at registration to prevent duplicate records."""
    pt = ctx.person()
    return {
        "enrollment": {
            "patient": ctx.full(pt, "LAST^FIRST^M"),
            "mrn": ctx.mrn(),
            "dob": ctx.dob("hl7"),
            "template": ctx.biometric(),
            "photo": ctx.photo(),
            "device": "PatientSecure PV-2 reader",
            "site": v.dept(ctx),
            "by": ctx.staff(),
            "duplicateCheck": ctx.pick(["no match", "possible duplicate - HIM review"]),
        },
    }


def fax_cover(ctx: Ctx) -> Any:
    """OCR of an inbound fax cover sheet: casing lost, line breaks odd, names in capitals."""
    pt = ctx.person()
    text = (
        f"FAX    TO: {v.dept(ctx).upper()}    FROM: "
        f"{ctx.pick(['WALGREENS #4471', 'DAVITA SOUTH', 'ST. ANNE NURSING'])}\n"
        f"fax: {ctx.fax()}   ph: {ctx.phone()}\n"
        f"RE: {ctx.full(pt, ctx.pick(['FIRST LAST', 'LAST, FIRST M']))}   DOB {ctx.dob('us')}\n"
        f"pages: {ctx.rng.randint(2, 14)}\n"
        f"comments: pls see attached {ctx.pick(['med rec', 'dialysis flowsheet', 'PT eval'])}. "
        f"pt's son {ctx.full(ctx.person(group=pt.group if pt.group != 'english-word' else None), 'first last lower')} "
        f"will bring {v.drug(ctx)}\nCONFIDENTIAL"
    )
    return _text(text)


def secure_chat(ctx: Ctx) -> Any:
    """Clinician secure chat thread, informal and lower case."""
    pt = ctx.person()
    lab, loinc, value, unit, _ = v.lab(ctx)
    msgs = [
        {
            "from": ctx.staff(),
            "text": f"hey is {ctx.full(pt, ctx.pick(['first last lower', 'F. Last']))} in "
            f"{ctx.rng.randint(400, 799)} ok to go to CT?",
        },
        {"from": ctx.staff(), "text": f"yes but {ctx.name(pt.given.lower())} pulled the iv again, {v.clinical(ctx)}"},
        {"from": ctx.staff(), "text": f"ok. wife called from {ctx.phone()}, pls update her. {v.word(ctx)}"},
        {"from": ctx.staff(), "text": f"{lab} ({loinc}) {value} {unit} back, pharmacy changing to {v.drug(ctx)}"},
    ]
    return {"channel": f"{v.dept(ctx)} care team", "messages": msgs}


def policy_bulletin(ctx: Ctx) -> Any:
    """Name-free: a nursing practice bulletin using list names as ordinary words."""
    return _text(
        f"Practice bulletin — {v.dept(ctx)}\n"
        f"1. Remember the {v.word(ctx)} when escalating.\n"
        f"2. {v.clinical(ctx).capitalize()} must be charted each shift.\n"
        f"3. Pharmacy reminder: {v.drug(ctx)}.\n"
        f"4. Reminder: {v.word(ctx)}; {v.word(ctx)}.\n"
        f"5. Device update: {v.device_model(ctx)} firmware."
    )


def formulary_update(ctx: Ctx) -> Any:
    """Name-free: P&T committee formulary changes with NDCs, codes and plain words."""
    changes = []
    for _ in range(ctx.rng.randint(2, 4)):
        drug, code = v.ndc(ctx)
        changes.append(
            {"drug": drug, "ndc": code, "action": ctx.pick(["added", "restricted", "removed"]), "comment": v.word(ctx)}
        )
    icd, dx = v.icd(ctx)
    lab, loinc, value, unit, ref = v.lab(ctx)
    return {
        "committee": "P&T",
        "changes": changes,
        "criteria": {"icd10": icd, "indication": dx},
        "lab_monitoring": {"test": lab, "loinc": loinc, "hold_if": f"{value} {unit} (ref {ref})"},
    }


def mother_baby(ctx: Ctx) -> Any:
    """Mother-baby linkage at delivery: the newborn's temporary name is built from the mother's family name."""
    mom = ctx.person(female=True)
    dad = ctx.person(group=mom.group if mom.group != "english-word" else None, female=False)
    born = ctx.date("iso", (2025, 2026))
    return {
        "delivery": {
            "mother": {
                "name": ctx.full(mom, ctx.pick(["LAST, FIRST M", "First M. Last", "Last, First"])),
                "mrn": ctx.mrn(),
                "g_p": f"G{ctx.rng.randint(1, 6)}P{ctx.rng.randint(0, 5)}",
            },
            "newborn": {
                "tempName": f"{ctx.pick(['BABY GIRL', 'BABY BOY', 'BG', 'BB'])} {ctx.name(mom.family.upper())}",
                "mrn": ctx.mrn(),
                "birthDate": born,
                "weight_g": ctx.rng.randint(1900, 4400),
                "apgar": f"{ctx.rng.randint(5, 9)}/{ctx.rng.randint(7, 9)}",
            },
            "father": {
                "name": ctx.full(dad, "first last"),
                "phone": ctx.phone(),
                "paternityAck": ctx.pick(["signed", "declined", "pending"]),
            },
            "unit": v.dept(ctx),
            "notes": f"Cord gas sent. {v.clinical(ctx)}. {ctx.given(mom)} plans to breastfeed; "
            f"{ctx.pick(['lactation consult ordered', 'WIC referral'])}.",
        }
    }


def decedent_affairs(ctx: Ctx) -> Any:
    """Decedent affairs release: date and age at death, next of kin, funeral home pickup."""
    pt = ctx.person()
    kin = ctx.person(group=pt.group if pt.group != "english-word" else None)
    age = ctx.age90() if ctx.chance(0.5) else str(ctx.rng.randint(40, 89))
    icd, dx = v.icd(ctx)
    text = (
        f"DECEDENT RELEASE FORM\nDecedent: {ctx.full(pt, ctx.pick(['LAST, FIRST M', 'FIRST LAST']))}\n"
        f"MRN {ctx.mrn()}  Age {age}  Expired {ctx.date('us')} "
        f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}\n"
        f"Unit: {v.dept(ctx)}  Pronounced by {ctx.staff()}\n"
        f"Cause (preliminary): {dx} ({icd})\nME case: {ctx.pick(['no', 'yes - accepted', 'declined jurisdiction'])}\n"
        f"Next of kin: {ctx.full(kin, 'first last')} ({ctx.relation(kin)}), {ctx.phone()}\n"
        f"{ctx.given(kin)} chose {ctx.pick(['Gonzalez Funeral Home', 'Greater Harvest Mortuary', 'Szymanski & Sons'])};"
        f" pickup {ctx.date('short')}. Belongings released to {ctx.family(kin)}."
    )
    return _text(text)


SHAPES = {
    "mother_baby": mother_baby,
    "decedent_affairs": decedent_affairs,
    "portal_message": portal_message,
    "social_work": social_work,
    "interpreter": interpreter,
    "discharge_summary": discharge_summary,
    "chaplaincy": chaplaincy,
    "incident": incident,
    "research_consent": research_consent,
    "telehealth": telehealth,
    "security_log": security_log,
    "device_registry": device_registry,
    "biometric_enroll": biometric_enroll,
    "fax_cover": fax_cover,
    "secure_chat": secure_chat,
    "policy_bulletin": policy_bulletin,
    "formulary_update": formulary_update,
}
