"""Registries, feeds and messages, plus documents that use name-like English words only as words."""

from __future__ import annotations

from typing import Any

from .people import Ctx
from .result import dumps, structured, text
from .vocab import CLINICAL, DEVICE_MODELS, DRUGS, LABS


def fhir_patient_search(c: Ctx) -> dict[str, Any]:
    entries = []
    for _ in range(c.rng.randint(2, 3)):
        pt = c.person(script=c.chance(0.25))
        canadian = c.chance(0.3)
        entries.append(
            {
                "resource": {
                    "resourceType": "Patient",
                    "identifier": [
                        {"type": {"text": "MR"}, "value": c.mrn()},
                        {
                            "system": "https://health.gov.on.ca/ohip" if canadian else "http://hl7.org/fhir/sid/us-ssn",
                            "value": c.health_card("ON") if canadian else c.ssn(),
                        },
                    ],
                    "name": [{"use": "official", "family": c.name(pt, "last"), "given": [c.name(pt, "first")]}]
                    + ([{"use": "usual", "text": c.name(pt, "native")}] if pt.native and c.chance(0.7) else []),
                    "telecom": [{"system": "phone", "value": c.phone("CA" if canadian else "US")}],
                    "birthDate": c.dob("iso", (1, 99))[0],
                    "address": [
                        {
                            "line": [c.street("CA" if canadian else "US")],
                            "city": c.city("CA" if canadian else "US"),
                            "postalCode": c.postal("CA") if canadian else c.zip(),
                        }
                    ],
                    "photo": [{"contentType": "image/jpeg", "title": c.photo()}],
                }
            }
        )
    bundle = {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": len(entries),
        "entry": entries,
        "meta": {"tag": [{"display": c.keep("DEPT", "Home Health Services")}]},
        "x-note": f"search by {c.keep('CODE', 'LOINC 4548-4')} cohort",
    }
    return text(dumps(bundle, indent=1))


def ltc_adt(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    code, relation = c.pick((("DAU", "Daughter"), ("SON", "Son"), ("SPO", "Spouse"), ("GRD", "Guardian")))
    nok = c.relative(pt, relation.lower())
    dob, age = c.dob("hl7", (72, 104))
    segs = [
        f"MSH|^~\\&|PCC|MAPLEWOOD SNF|HIE|STATE|{c.date('hl7')}0815||ADT^A04|{c.digits(8)}|P|2.5",
        f"EVN|A04|{c.date('hl7')}",
        f"PID|1||{c.mrn()}^^^SNF^MR||{c.name(pt, 'hl7')}||{dob}|{pt.sex}|||"
        f"{c.street()}^^{c.city()}^{c.state()}^{c.zip()}^^H^^{c.county(False)}||{c.phone()}|||||{c.account()}|{c.ssn()}",
        f"NK1|1|{c.name(nok, 'hl7')}|{code}^{relation}|{c.street()}^^{c.city()}|{c.phone()}",
        f"PV1|1|R|{c.keep('DEPT', 'MEMORY CARE UNIT')}^214^B",
        f"DG1|1||{c.keep('CODE', 'G30.1')}^Alzheimer disease, late onset^I10",
        f"OBX|1|NM|AGE^Age^L||{c.age(age)}|a",
        f"IN1|1|MCR|CMS|Medicare|||||||||||||||||||||||||||||||||||{c.medicare()}",
    ]
    return structured({"hl7": "\n".join(segs), "source": "PointClickCare"}, echo=False)


def portal_messages(c: Ctx) -> dict[str, Any]:
    pt = c.person(script=c.chance(0.4))
    relation = c.pick(("daughter", "neighbour", "partner", "son"))
    helper = c.relative(pt, relation)
    thread = [
        {
            "from": c.name(pt, "first_last"),
            "sent": c.date("iso"),
            "body": f"hi its {c.recase(c.name(pt, 'first_part'), str.lower)} again, the pharmacy says my "
            f"{c.keep('DRUG', c.pick(DRUGS))} needs prior auth?? my member id is {c.plan()}",
        },
        {
            "from": c.staff(),
            "sent": c.date("iso"),
            "body": f"Hello {c.name(pt, 'first_part')}, we sent the PA today. Please confirm your DOB and address.",
        },
        {
            "from": c.name(pt, "first_last"),
            "sent": c.date("iso"),
            "body": f"{c.dob('us')[0]}, {c.street()} {c.city()}. if I'm not home "
            f"my {relation} "
            f"{c.name(helper, c.pick(('first_last', 'first', 'lower')))} can pick it up, "
            f"{'her' if helper.sex == 'F' else 'his'} cell is {c.phone()}",
        },
    ]
    if pt.native:
        thread.append(
            {"from": c.name(pt, "first_last"), "sent": c.date("iso"), "body": f"({c.name(pt, 'native')}) — thank you"}
        )
    return structured({"patient_portal_thread": thread, "login_ip": c.ip()}, echo=c.chance(0.5))


def home_route(c: Ctx) -> dict[str, Any]:
    rows = ["| # | Patient | Address | Phone | Visit |", "|---|---|---|---|---|"]
    for n in range(1, c.rng.randint(3, 5)):
        pt = c.person()
        rows.append(
            f"| {n} | {c.name(pt, c.pick(('Last, First', 'F. Last', 'first_last')))} | {c.street()}, {c.city()} | "
            f"{c.phone()} | {c.pick(('SN wound', 'PT eval', 'HHA bath', 'SN INR'))} |"
        )
    rows.append(
        f"\nRoute date {c.date('us')}. Vehicle: agency car, bring {c.keep('DEVICE_MODEL', c.pick(DEVICE_MODELS))} "
        f"demo unit. Labs: {c.keep('LAB', c.pick(LABS))} pending."
    )
    return text("\n".join(rows))


def contact_tracing(c: Ctx) -> list[dict[str, Any]]:
    """A case investigator's contact list, returned by the tool as a bare JSON array."""
    case = c.person()
    onset = c.date(c.pick(("us", "iso")))
    contacts: list[dict[str, Any]] = [
        {
            "role": "index case",
            "name": c.any_name(case),
            "dob": c.dob("us", (1, 95))[0],
            "onset": onset,
            "condition": c.keep("CODE", c.pick(("A15.0", "B05.9", "A37.90"))),
            "case_id": c.other("PH-", 8),
        }
    ]
    for relation in c.rng.sample(("wife", "husband", "son", "daughter", "brother", "friend"), c.rng.randint(2, 3)):
        kin = c.relative(case, relation)
        spanish = case.group in ("mexican", "salvadoran", "dominican")
        contacts.append(
            {
                "role": "contact",
                "relation": relation,
                "name": c.name(kin, c.pick(("first_last", "lower", "Last, First"))),
                "phone": c.phone(),
                "last_exposure": c.date("md"),
                "note": (
                    f"vive con {c.name(case, 'first_part')}, sin síntomas"
                    if spanish
                    else c.pick(("shares bedroom with {}; ", "drove {} to clinic; ", "visited {} weekly; ")).format(
                        c.name(case, "first_part")
                    )
                    + c.keep("CLINICAL", c.pick(("productive cough", "no acute distress", "shortness of breath")))
                ),
            }
        )
    contacts.append({"role": "household", "address": f"{c.street()}, {c.city()} {c.zip()}", "county": c.county()})
    return contacts


# Documents with no person's name: words that are also English names, used as the words they are.
_SAFETY = (
    ("poison ivy", "Check the yard for poison ivy before the aide parks on the grass."),
    ("hazel eyes", "Skin and sclera: hazel eyes, no jaundice."),
    ("summer heat", "Summer heat advisory: push fluids, watch for orthostasis."),
    ("frost", "Frost on the ramp in the morning; salt bucket is by the door."),
    ("winter storm", "Winter storm expected Thursday: reschedule non-urgent visits."),
    ("baker's cyst", "Swelling behind the knee consistent with a Baker's cyst."),
    ("bird feeder", "Bird feeder by the window keeps the patient engaged."),
    ("lamb stew", "Low-sodium diet: lamb stew tonight was reheated from canned broth, counselled."),
    ("mason jar", "Keeps sharps in a mason jar; gave a proper sharps container."),
    ("sterling silver", "Medical alert bracelet is sterling silver, engraved with allergies."),
    ("dawn", "Wakes before dawn with nocturia x3."),
    ("amber", "Urine amber, cloudy; dip positive for nitrites."),
    ("holly bushes", "Holly bushes block the side entrance; use the front."),
    ("heather", "Grows heather and lavender on the porch; allergic rhinitis in spring."),
    ("daisy", "Dog named after a daisy chain she made as a child; dog is friendly."),
    ("robin", "A robin nesting in the gutter, not a concern."),
    ("rivers", "Lives between two rivers; flooding cut off road access last spring."),
    ("cook", "Unable to cook for self; Meals on Wheels started."),
    ("hunter orange", "Wears hunter orange in the woods during deer season."),
    ("grant", "Utility grant approved for the ramp."),
    ("miles", "Walks two miles a day with a rollator."),
    ("faith", "Finds strength in faith; chaplain visit welcomed."),
    ("hope", "Expresses hope to stay home through the holidays."),
    ("joy", "Great joy when the grandchildren visit."),
    ("rose", "Blood sugar rose after the steroid burst."),
    ("wood stove", "Wood stove heat; CO detector tested and working."),
    ("snow", "Snow not cleared from steps; fall risk."),
    ("marsh", "Mosquitoes from the marsh behind the house."),
    ("little", "Little appetite, eating half of meals."),
    ("sharp", "Sharp pain on inspiration, right side."),
    ("strong", "Strong radial pulses bilaterally."),
    ("swift", "Swift improvement after diuresis."),
)


def _name_free(c: Ctx, title: str, count: int) -> str:
    picked = c.rng.sample(_SAFETY, count)
    lines = [f"{title} — chart {c.mrn()} — {c.date('us')}"]
    for word, sentence in picked:
        start = sentence.lower().index(word)
        c.keep("WORD", sentence[start : start + len(word)])  # as written, capital and all
        lines.append(f"- {sentence}")
    lines.append(f"- {c.keep('CLINICAL', c.pick(CLINICAL))}")
    return "\n".join(lines)


def home_safety_checklist(c: Ctx) -> dict[str, Any]:
    return text(_name_free(c, "Home safety assessment", c.rng.randint(5, 8)))


def visit_observations(c: Ctx) -> dict[str, Any]:
    body = _name_free(c, "Visit observations", c.rng.randint(4, 7))
    return structured({"note_type": "SN visit", "department": c.keep("DEPT", "Home Health Services"), "text": body})


SHAPES = {
    "fhir_patient_search": fhir_patient_search,
    "ltc_adt": ltc_adt,
    "portal_messages": portal_messages,
    "home_route": home_route,
    "contact_tracing": contact_tracing,
    "home_safety_checklist": home_safety_checklist,
    "visit_observations": visit_observations,
}
