"""Templates, part two: administrative results (billing, payer, orders, scheduling, exports, logs, search)."""

from __future__ import annotations

import random
from typing import Any

from . import pools
from . import values as V
from .envelopes import resource, structured, text_only
from .marks import Embedded, Num
from .marks import ident as I
from .marks import keep as K
from .templates_a import _address_line, _drug, _trap


def billing_statement(rng: random.Random) -> dict[str, Any]:
    """Patient billing statement, plain text, with a remittance block."""
    guarantor, patient, where = V.person(rng), V.person(rng), V.place(rng)
    lines = "\n".join(f"{V.date(rng)}  {K('cpt', code)}  ${rng.randint(40, 2400)}.{rng.randint(0, 99):02d}"
                      for code in rng.sample(pools.CPT, 3))
    text = (
        f"STATEMENT — {K('department', 'Patient Financial Services')}\nStatement date: {V.date(rng)}\n"
        f"{K('word_trap', 'Bill to')}: {guarantor.full(rng)}\n{_address_line(rng, where)}\n"
        f"Guarantor account: {V.account(rng)}   Patient: {patient.full(rng)}\n\n"
        f"Date of service  Code  Charge\n{lines}\n\n"
        f"Insurance paid: {K('payer', rng.choice(pools.PAYERS))}. Amount due: ${rng.randint(10, 900)}.00. "
        f"A 30-day {K('word_trap', 'grace period')} applies before collections.\n"
        f"Questions? Call us. Pay online at {V.url(rng, guarantor)}\n"
    )
    return text_only(text)


def eligibility_271(rng: random.Random) -> dict[str, Any]:
    """Eligibility response shaped like an X12 271 translated to JSON."""
    sub, dep, where = V.person(rng), V.person(rng), V.place(rng)
    content = {
        "transaction": "271", "trace": V.other_id(rng, "TRN"), "payer": {"name": K("payer", rng.choice(pools.PAYERS))},
        "subscriber": {"lastName": I("name", sub.last), "firstName": I("name", sub.first),
                       "memberId": V.member_id(rng), "dateOfBirth": I("date", f"{V.dob(rng):%Y%m%d}"),
                       "address": {"line1": I("address", where.street), "city": I("city", where.city),
                                   "state": K("state", where.state), "postalCode": I("zip", where.zip5),
                                   "county": I("county", where.county)},
                       "age": Num("age_over_89", rng.randint(90, 103)) if rng.random() < 0.5
                       else Num("age_under_90", rng.randint(18, 89), False)},
        "dependent": {"name": dep.full(rng), "relationship": "child", "dateOfBirth": V.date(rng, V.dob(rng))},
        "benefits": [
            {"code": "30", "coverageLevel": "FAM", "planBegin": V.date(rng), "planEnd": V.date(rng)},
            {"serviceType": K("department", "Behavioral Health"), "copay": 40, "inNetwork": True},
        ],
    }
    return structured(content)


def prior_auth_letter(rng: random.Random) -> dict[str, Any]:
    """Prior-authorisation determination letter with an address block."""
    who, where = V.person(rng), V.place(rng)
    text = (
        f"{K('payer', rng.choice(pools.PAYERS))}\n{K('department', 'Utilization Management')}\n\n{V.date(rng)}\n\n"
        f"{who.full(rng)}\n{I('address', where.street)}\n{I('city', where.city)}, {K('state', where.state)} "
        f"{I('zip', V.zip_text(rng, where))}\n\nRe: Member ID {V.member_id(rng)}; Authorization "
        f"{V.other_id(rng, 'PA')}\n\nDear {who.titled(rng.choice(('Mr.', 'Ms.', 'Mx.')))},\n\n"
        f"We approved {K('hcpcs', 'E0601')} (CPAP, {K('device_model', 'ResMed AirSense 11')}) for "
        f"{K('icd10', 'G47.33')} from {V.date(rng)} through {V.date(rng)}. Your doctor, "
        f"Dr. {V.person(rng).full(rng, 'staff_name')}, can call us at {V.phone(rng)} or fax {V.fax(rng)}.\n"
    )
    return resource(f"payer://letters/{V.other_id(rng, 'LTR')}.txt", "text/plain", text)


def appointment_reminders(rng: random.Random) -> dict[str, Any]:
    """Appointment reminder batch: one row per patient."""
    rows = []
    for _ in range(rng.randint(3, 5)):
        who = V.person(rng)
        rows.append({"patient": who.full(rng), "phone": V.phone(rng), "appointment": V.datetime(rng),
                     "department": K("department", rng.choice(pools.DEPARTMENTS)),
                     "provider_role": K("role", rng.choice(pools.ROLES)),
                     "sms": f"Hi {who.given()}, reminder of your visit on {V.date(rng)}. Reply C to confirm. "
                            f"{_trap(rng)}"})
    return structured({"reminders": rows}, summary=f"{len(rows)} reminders queued")


def lab_requisition(rng: random.Random) -> dict[str, Any]:
    """Lab order requisition, text with LOINC-coded tests."""
    who, where = V.person(rng), V.place(rng)
    tests = "\n".join(f"  [x] {K('loinc', code)} {name}" for code, name in rng.sample(pools.LOINC, 3))
    code, desc = rng.choice(pools.ICD10)
    text = (
        f"LAB REQUISITION  Order #{V.other_id(rng, 'ORD')}\nPatient: {who.full(rng)}   Sex: M   "
        f"DOB: {V.date(rng, V.dob(rng))}   SSN: {V.ssn(rng)}\nAddress: {_address_line(rng, where)}\n"
        f"Insurance: {K('payer', rng.choice(pools.PAYERS))} #{V.member_id(rng)}\n"
        f"Ordering: {V.person(rng).full(rng, 'staff_name')} ({K('department', 'Endocrinology')}), fax {V.fax(rng)}\n"
        f"Tests:\n{tests}\nDx: {K('icd10', code)} {desc}\nBill account: {V.account(rng)}\nCollect: "
        f"{V.datetime(rng)} fasting. {K('cpt', '36415')}\n"
    )
    return text_only(text)


def dme_order(rng: random.Random) -> dict[str, Any]:
    """Durable medical equipment order in structured form."""
    who, where = V.person(rng), V.place(rng)
    model = rng.choice(pools.DEVICE_MODELS)
    content = {
        "order": {"id": V.other_id(rng, "DME"), "hcpcs": K("hcpcs", rng.choice(pools.HCPCS)),
                  "item": K("device_model", model), "serial_number": V.serial(rng), "qty": 1},
        "beneficiary": {"name": who.full(rng), "mbi": V.member_id(rng), "phone": V.phone(rng),
                        "ship_to": _address_line(rng, where),
                        "county": I("county", where.county), "age": V.age_over_89(rng)},
        "diagnosis": [K("icd10", rng.choice(pools.ICD10)[0])],
        "signed": {"by": V.person(rng).full(rng, "staff_name"), "at": V.datetime(rng)},
        "notes": f"Deliver after {V.date(rng)}; {K('word_trap', 'king-size')} bed, needs long tubing.",
    }
    return structured(content)


def transport_request(rng: random.Random) -> dict[str, Any]:
    """Non-emergency transport request with pickup, vehicle and trip identifiers."""
    who, pickup = V.person(rng), V.place(rng)
    text = (
        f"trip_id: {V.other_id(rng, 'TRP')}\nrider: {who.full(rng)}\nrider_phone: {V.phone(rng)}\n"
        f"pickup_address: {I('address', pickup.street)}, {I('city', pickup.city)} {K('state', pickup.state)}\n"
        f"pickup_county: {I('county', pickup.county)}\nnotes: {_trap(rng)}\npickup_time: "
        f"{V.datetime(rng)}\ndestination: {K('department', 'Oncology Infusion')}\n"
        f"mobility: wheelchair; {V.age_over_89(rng)}\nvehicle_vin: {V.vin(rng)}\nvehicle_plate: {V.plate(rng)}\n"
        f"driver_license: {V.license_no(rng)}\npayer: "
        f"{K('payer', 'Medicaid') if rng.random() < 0.5 else K('payer', 'Molina Healthcare')}\n"
    )
    return resource(f"transport://trips/{V.other_id(rng, 'T')}.yaml", "application/yaml", text)


def intake_form(rng: random.Random) -> dict[str, Any]:
    """Patient-reported intake form as question/answer pairs."""
    who, contact = V.person(rng), V.person(rng)
    answers = [
        ("Full legal name", who.full(rng)), ("Preferred name", who.given()),
        ("Date of birth", V.date(rng, V.dob(rng))), ("Social Security number", V.ssn(rng)),
        ("Driver's license / state ID", f"{V.license_no(rng)} ({K('state', rng.choice(pools.PLACES)[2])})"),
        ("Email", V.email(rng, who)), ("Website or social media (optional)", V.url(rng, who)),
        ("Emergency contact", f"{contact.full(rng)}, {V.phone(rng)}"),
        ("Current medications", _drug(rng)), ("Allergies", K("allergen", rng.choice(pools.ALLERGIES)[0])),
        ("Year of last physical", K("year", rng.randint(2010, 2024))),
        ("Anything else?", f"I had a {K('eponym', rng.choice(pools.EPONYMS))} diagnosis; "
                           f"my {K('word_trap', 'summer camp')} "
                           f"job starts soon. Selfie for ID: {V.photo(rng, V.day(rng))}"),
    ]
    content = {"form": "New patient intake", "submitted": V.datetime(rng), "submitted_from": V.ip(rng),
               "answers": [{"q": question, "a": answer} for question, answer in answers]}
    return structured(content)


def email_export(rng: random.Random) -> dict[str, Any]:
    """An e-mail exported with its headers, as a message/rfc822 resource."""
    who, clinic = V.person(rng), V.person(rng)
    text = (
        f"From: {who.full(rng)} <{V.email(rng, who)}>\nTo: clinic-inbox@example-health.org\n"
        f"Date: {V.datetime(rng)}\nSubject: Refill + forms\nX-Originating-IP: [{V.ip(rng)}]\n"
        f"Message-ID: <{V.other_id(rng, 'MID')}@mail.example-health.org>\n\n"
        f"Hello {K('role', 'care coordinator')},\n\nPlease refill my {K('drug', 'levothyroxine')} "
        f"{K('dose', '88 mcg PO daily')}. Also my FMLA forms for my employer — fax is {V.fax(rng)}.\n"
        f"My account number is {V.account(rng)}.\n\nThanks,\n{who.given()}\n{V.url(rng, who)}\n\n> On {V.date(rng)}, "
        f"{clinic.full(rng, 'staff_name')} wrote:\n> {K('word_trap', 'Will follow up')} after your labs.\n"
    )
    return resource(f"mail://inbox/{V.other_id(rng, 'EML')}", "message/rfc822", text)


def yaml_export(rng: random.Random) -> dict[str, Any]:
    """A patient record exported as YAML."""
    who, where = V.person(rng), V.place(rng)
    code, desc = rng.choice(pools.ICD10)
    text = (
        f"patient:\n  name: \"{who.full(rng)}\"\n  mrn: {V.mrn(rng)}\n  dob: {I('date', V.dob(rng).isoformat())}\n"
        f"  ssn: \"{V.ssn(rng)}\"\n  address:\n    street: {I('address', where.street)}\n    city: "
        f"{I('city', where.city)}\n"
        f"    county: {I('county', where.county)}\n    state: {K('state', where.state)}\n    zip: "
        f"\"{I('zip', where.zip5)}\"\n"
        f"  age: {I('age_over_89', rng.randint(90, 104))}\n  contacts:\n    - relation: brother\n      name: "
        f"{V.person(rng).full(rng)}\n      phone: \"{V.phone(rng)}\"\n"
        f"conditions:\n  - code: {K('icd10', code)}\n    text: {desc}\n    onset_year: "
        f"{K('year', rng.randint(1990, 2023))}\n"
        f"devices:\n  - model: {K('device_model', rng.choice(pools.DEVICE_MODELS))}\n    udi: \"{V.serial(rng)}\"\n"
    )
    return resource(f"ehr://export/{V.other_id(rng, 'X')}.yaml", "application/yaml", text)


def xml_export(rng: random.Random) -> dict[str, Any]:
    """A CDA-like XML fragment."""
    who, where = V.person(rng), V.place(rng)
    text = (
        f"<ClinicalDocument>\n  <recordTarget><patientRole>\n    <id extension=\"{V.mrn(rng)}\" "
        f"root=\"2.16.840.1.113883.19.5\"/>\n"
        f"    "
        f"<addr><streetAddressLine>{I('address', where.street)}</streetAddressLine><city>{I('city', where.city)}</city>"
        f"<state>{K('state', where.state)}</state><postalCode>{I('zip', where.zip5)}</postalCode></addr>\n"
        f"    <telecom value=\"tel:{V.phone(rng)}\"/>\n    <patient><name><given>{I('name', who.first)}</given>"
        f"<family>{I('name', who.last)}</family></name>\n      <birthTime "
        f"value=\"{I('date', f'{V.dob(rng):%Y%m%d}')}\"/></patient>\n"
        f"  </patientRole></recordTarget>\n  <component><section><code code=\"{K('loinc', '4548-4')}\"/>"
        f"<text>{K('lab', rng.choice(pools.LABS))}; {K('drug', 'metformin')} {K('dose', '500 mg PO BID')}</text>"
        f"</section></component>\n  <author><time value=\"{V.datetime(rng)}\"/><assignedPerson>"
        f"{V.person(rng).full(rng, 'staff_name')}</assignedPerson></author>\n</ClinicalDocument>\n"
    )
    return resource(f"ehr://cda/{V.other_id(rng, 'CDA')}.xml", "application/xml", text)


def audit_events(rng: random.Random) -> dict[str, Any]:
    """API audit log: JSON lines inside text, plus the same events structured."""
    events = []
    for _ in range(rng.randint(3, 5)):
        user = V.person(rng)
        events.append({"ts": V.datetime(rng), "actor": user.full(rng, "staff_name"),
                       "actor_role": K("role", rng.choice(pools.ROLES)),
                       "source_ip": V.ip(rng), "action": rng.choice(("READ", "UPDATE", "EXPORT")),
                       "resource": f"/fhir/Patient/{V.mrn(rng)}",
                       "auth": {"method": "biometric", "template_id": V.biometric(rng)},
                       "device_serial": V.serial(rng)})
    return {"content": [{"type": "text", "text": Embedded(event)} for event in events],
            "structuredContent": {"events": events, "count": len(events)}}


def care_team_roster(rng: random.Random) -> dict[str, Any]:
    """Care-team roster for one patient, markdown table."""
    who = V.person(rng)
    rows = "\n".join(
        f"| {V.person(rng).full(rng, 'staff_name')} | {K('role', rng.choice(pools.ROLES))} | "
        f"{K('department', rng.choice(pools.DEPARTMENTS))} | {V.phone(rng)} |" for _ in range(rng.randint(3, 5)))
    caregiver = V.person(rng)
    text = (f"### Care team for {who.full(rng)} ({V.mrn(rng)})\n\n"
            "| Member | Role | Department | Phone |\n|---|---|---|---|\n"
            f"{rows}\n| {caregiver.full(rng)} | family caregiver | — | {V.phone(rng)} |\n\n{_trap(rng)} Updated "
            f"{V.datetime(rng)}\n")
    return text_only(text)


def search_snippets(rng: random.Random) -> dict[str, Any]:
    """Full-text search over notes: snippets with highlight markup."""
    who = V.person(rng)
    hits = []
    for _ in range(rng.randint(2, 4)):
        hits.append({
            "doc_id": V.other_id(rng, "DOC"), "score": round(rng.random(), 3), "note_date": V.date(rng),
            "snippet": f"...pt <em>{I('name', who.first)}</em> <em>{I('name', who.last)}</em> seen for "
                       f"{K('eponym', rng.choice(pools.EPONYMS))}; {K('lab', rng.choice(pools.LABS))}...",
            "highlights": [f"<b>{I('name', who.last)}</b>", f"DOB <b>{V.date(rng, V.dob(rng))}</b>"],
        })
    return structured({"query": I("name", f"{who.first} {who.last}"), "total": len(hits), "hits": hits})
