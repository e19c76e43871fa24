"""Templates for text-heavy tool results: referral letters, nurse triage call transcripts, patient portal threads,
telehealth session logs, prior-authorisation requests, care plans and a motor-vehicle injury intake."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from . import values as V
from .corpus import Draft, mcp_result
from .people import Home, Person, age


def referral_letter(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, sender, receiver = Person.draw(d), Person.draw(d, 1950, 1990), Person.draw(d, 1950, 1990)
    home = Home.draw(d)
    sent = V.day(rng, 2024, 2026)
    drug, dose = rng.choice(V.DRUGS)
    drug2, dose2 = rng.choice([pair for pair in V.DRUGS if pair[0] != drug])
    icd, icd_text = rng.choice(V.ICD10)
    years = pt.age_on(sent)
    department = d.ok("DEPARTMENT", rng.choice(V.DEPARTMENTS))
    fax, phone = d.id("FAX", V.phone(rng)), d.id("PHONE", V.phone(rng))
    letter = (
        f"{department}\nPhone {phone} · Fax {fax}\n\n{d.id('DATE', V.date_text(rng, sent))}\n\n"
        f"Dear {receiver.titled(d, 'Dr.')},\n\n"
        f"RE: {pt.full(d)}\nDOB: {pt.dob(d)}\nMRN: {d.id('MRN', V.mrn(rng))}\n{_postal(d, home)}\n\n"
        f"Thank you for seeing this {age(d, years)}-year-old {rng.choice(['woman', 'man', 'patient'])} with "
        f"{icd_text.lower()} ({d.ok('ICD10', icd)}), diagnosed in {d.ok('YEAR', str(rng.randint(1998, 2022)))}. "
        f"Current medications include {d.ok('DRUG', drug)} {d.ok('DOSE', dose)} daily and {d.ok('DRUG', drug2)} "
        f"{d.ok('DOSE', dose2)}. Most recent A1c {d.ok('LAB_VALUE', f'{rng.uniform(6, 10):.1f}%')}. "
        f"{pt.titled(d, rng.choice(['Mr.', 'Ms.', 'Mrs.']))} prefers to be reached at {pt.email(d)}; "
        f"{rng.choice(['her', 'his'])} {d.ok('ROLE', rng.choice(['daughter', 'son', 'spouse', 'caregiver']))} "
        f"{Person.draw(d).plain(d)} helps with transport.\n\n"
        f"Please send your consult note to our fax above.\n\nSincerely,\n\n{sender.full(d)}, MD\n"
    )
    structured = {
        "referralId": d.id("OTHER_ID", V.other_id(rng, "REF")),
        "status": "sent",
        "priority": "routine",
        "document": {"contentType": "text/plain", "title": "Referral letter"},
    }
    return mcp_result(letter, structured)


def _postal(d: Draft, home: Home) -> str:
    """A letter's address block: street on one line, city, state and ZIP on the next."""
    home.declare(d)
    return f"{home.line}\n{home.city}, {d.ok('STATE', home.state)}  {home.zip}"


def triage_call(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, caller, nurse = Person.draw(d, 1925, 1936), Person.draw(d, 1950, 1985), Person.draw(d, 1970, 1998)
    home = Home.draw(d)
    call = V.day(rng, 2025, 2026)
    callback = d.id("PHONE", V.phone(rng))
    pulse, spo2 = rng.randint(88, 124), rng.randint(86, 95)
    lines = [
        f"[00:00:04] Agent: Nurse line, this is {nurse.first(d)}. Who am I speaking with?",
        f"[00:00:07] Caller: Hi, it's {caller.plain(d)}, I'm calling about my mother, {pt.plain(d)}.",
        "[00:00:15] Agent: Can you confirm her date of birth?",
        f"[00:00:18] Caller: {pt.dob(d)}. She's {age(d, pt.age_on(call))}.",
        f"[00:00:31] Caller: Her pulse ox says {d.ok('VITAL', f'{spo2}%')} and her heart rate is "
        f"{d.ok('VITAL', str(pulse))}. She took her {d.ok('DRUG', 'furosemide')} this morning.",
        "[00:00:52] Agent: What is the address where she is now, in case we send EMS?",
        f"[00:00:57] Caller: {home.one_line(d)}. The gate code is {d.id('OTHER_ID', V.digits(rng, 4) + '#')}.",
        "[00:01:10] Agent: And the best callback number?",
        f"[00:01:12] Caller: My cell, {callback}.",
        f"[00:01:40] Agent: Based on the protocol I'm advising the emergency department now. "
        f"I'll let {Person.draw(d, 1950, 1990).titled(d, 'Dr.')} know.",
        f"[00:02:05] Caller: Thank you. {pt.first(d)}'s neighbour {Person.draw(d).first(d)} will stay with her "
        f"until they come.",
    ]
    structured = {
        "callId": d.id("OTHER_ID", f"CALL-{V.digits(rng, 10)}"),
        "ani": callback,
        "startedAt": d.id("DATE", V.timestamp(rng, call)),
        "protocol": "Breathing Problems (Adult)",
        "disposition": "ED now",
        "queue": d.ok("DEPARTMENT", "Behavioral Health" if rng.random() < 0.1 else "Urgent Care"),
        "callerRelationship": d.ok("ROLE", "daughter"),
        "callerVoiceprintId": d.id("BIOMETRIC", V.biometric(rng)),
        "recordingUrl": d.id("URL", f"https://calls.example-triage.com/recordings/{rng.getrandbits(48):012x}.wav"),
    }
    return mcp_result("\n".join(lines), structured)


def portal_thread(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, clinician = Person.draw(d, 1940, 2005), Person.draw(d, 1955, 1995)
    start = V.day(rng, 2025, 2026)
    later, latest = start + dt.timedelta(days=1), start + dt.timedelta(days=rng.randint(1, 3))
    drug, dose = rng.choice(V.DRUGS)
    photo = d.id(
        "PHOTO",
        rng.choice(
            [
                f"IMG_{V.digits(rng, 4)}.HEIC",
                f"{pt.family.lower()}_rash_{V.digits(rng, 3)}.jpg",
                f"PXL_{start:%Y%m%d}_{V.digits(rng, 9)}.jpg",
                f"DSC0{V.digits(rng, 4)}.JPG",
            ]
        ),
    )
    mail = pt.email(d)
    handle = f"{pt.given.lower()}.{pt.family.lower()}".replace(" ", "").replace("'", "")
    messages = [
        {
            "from": pt.plain(d),
            "sentAt": d.id("DATE", V.timestamp(rng, start)),
            "body": f"Hi {clinician.titled(d, 'Dr.')}, the rash from the {d.ok('DRUG', drug)} {d.ok('DOSE', dose)} "
            f"is worse. Photo attached. You can also text me at {d.id('PHONE', V.phone(rng))}. - {pt.first(d)}",
            "attachments": [{"fileName": photo, "contentType": "image/jpeg"}],
        },
        {
            "from": f"{clinician.full(d)}, {d.ok('ROLE', 'NURSE PRACTITIONER')}",
            "sentAt": d.id("DATE", V.timestamp(rng, later)),
            "body": f"Thanks {pt.first(d)}. Please stop it and come in on {d.id('DATE', V.date_text(rng, latest))}. "
            f"Your {d.ok('ROLE', 'care coordinator')} will call.",
        },
        {
            "from": pt.plain(d),
            "sentAt": d.id("DATE", V.timestamp(rng, later)),
            "body": f"OK. My husband {Person.draw(d, 1940, 2000).first(d)} will drive me. I posted about it on "
            f"{d.id('URL', V.url_personal(rng, handle))} too. Email me at [{mail}](mailto:{mail}) if the time "
            "changes.",
        },
    ]
    structured = {
        "threadId": d.id("OTHER_ID", V.other_id(rng, "MSG")),
        "subject": "Rash after new medicine",
        "patientPortalId": d.id("ACCOUNT", f"{V.upper(rng, 2)}{V.digits(rng, 7)}"),
        "messages": messages,
    }
    text = json.dumps({"thread": structured["threadId"], "messages": messages}, ensure_ascii=False)
    return mcp_result(text, structured)


def telehealth_session(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, clinician = Person.draw(d), Person.draw(d, 1955, 1995)
    home = Home.draw(d)
    when = V.day(rng, 2025, 2026)
    room = f"{rng.getrandbits(40):010x}"
    join = d.id("URL", f"https://visit.example-telehealth.com/join/{room}?pin={V.digits(rng, 6)}")
    ip_patient, ip_clinician = d.id("IP", V.ipv4(rng)), d.id("IP", V.ipv6(rng))
    structured = {
        "sessionId": d.id("OTHER_ID", room),
        "scheduledStart": d.id("DATE", V.timestamp(rng, when)),
        "joinUrl": join,
        "participants": [
            {
                "role": d.ok("ROLE", "patient"),
                "name": pt.plain(d),
                "ip": ip_patient,
                "userAgent": rng.choice(V.BROWSERS),
                "location": {"city": d.id("GEO", home.city), "state": d.ok("STATE", home.state_name)},
            },
            {"role": d.ok("ROLE", "attending physician"), "name": clinician.full(d), "ip": ip_clinician},
        ],
        "identityVerification": {
            "method": "driver_license_plus_selfie",
            "documentNumber": d.id("LICENSE", V.licence(rng)),
            "faceMatchTemplateId": d.id("BIOMETRIC", V.biometric(rng)),
            "selfieUrl": d.id("PHOTO", f"https://idv.example-telehealth.com/selfies/{room}.png"),
            "result": "match",
            "score": round(rng.uniform(0.91, 0.99), 3),
        },
        "vitalsReported": {
            "bp": d.ok("VITAL", f"{rng.randint(104, 168)}/{rng.randint(58, 98)}"),
            "weightKg": d.ok("VITAL", f"{rng.uniform(48, 131):.1f}"),
        },
    }
    log = "\n".join(
        [
            f"{structured['scheduledStart']} session {room} created by {clinician.plain(d)}",
            f"patient joined from {ip_patient} ({home.city}, {home.state_name}) — verified against licence "
            f"{structured['identityVerification']['documentNumber']}",
            f"clinician joined from {ip_clinician}; visit ended after {rng.randint(9, 41)} min",
        ]
    )
    return mcp_result(log, structured)


def prior_auth(d: Draft) -> dict[str, Any]:
    rng = d.rng
    member, prescriber = Person.draw(d), Person.draw(d, 1950, 1990)
    drug, dose = rng.choice(V.DRUGS[-8:])
    icd, icd_text = rng.choice(V.ICD10)
    payer = d.ok("PAYER", rng.choice(V.PAYERS))
    submitted = V.day(rng, 2025, 2026)
    pa_number = d.id("OTHER_ID", f"PA{submitted.year}-{V.digits(rng, 7)}")
    rows = [
        ("Member", member.full(d)),
        ("Member ID", d.id("HEALTH_PLAN", V.member_id(rng))),
        ("DOB", member.dob(d)),
        ("Plan", payer),
        ("Prescriber", prescriber.full(d)),
        ("Prescriber fax", d.id("FAX", V.phone(rng))),
        ("Medication", f"{d.ok('DRUG', drug)} {d.ok('DOSE', dose)}"),
        ("Diagnosis", f"{d.ok('ICD10', icd)} {icd_text}"),
        ("Submitted", d.id("DATE", V.date_text(rng, submitted))),
        ("Decision due", d.id("DATE", V.date_text(rng, V.day(rng, 2025, 2026)))),
    ]
    table = "\n".join(f"| {label} | {value} |" for label, value in rows)
    rationale = (
        f"Step therapy with {d.ok('DRUG', 'metformin')} since {d.ok('YEAR', str(rng.randint(2015, 2023)))} "
        f"failed; A1c {d.ok('LAB_VALUE', f'{rng.uniform(7.5, 11):.1f}')} on "
        f"{d.id('DATE', V.date_text(rng, submitted))}."
    )
    text = f"## Prior authorization {pa_number}\n\n| Field | Value |\n|---|---|\n{table}\n\n**Rationale:** {rationale}"
    structured = {
        "authorizationNumber": pa_number,
        "status": rng.choice(["pended", "approved", "denied"]),
        "caseReference": d.id("OTHER_ID", f"CASE-{V.digits(rng, 8)}"),
        "rationale": rationale,
    }
    return mcp_result(text, structured)


def care_plan(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, caregiver, manager = Person.draw(d, 1925, 1960), Person.draw(d, 1955, 1995), Person.draw(d, 1970, 1998)
    home = Home.draw(d)
    model = d.ok("DEVICE_MODEL", rng.choice(V.DEVICE_MODELS))
    serial = d.id("DEVICE_ID", V.serial(rng))
    review = V.day(rng, 2025, 2026)
    goals = [
        f"- Keep fasting glucose under {d.ok('LAB_VALUE', '130 mg/dL')} using the {model} (serial {serial}).",
        f"- {caregiver.first(d)} ({d.ok('ROLE', 'caregiver')}) checks the feet daily; "
        f"call {d.id('PHONE', V.phone(rng))} with any wound.",
        f"- Home visit at {home.one_line(d)} every {rng.choice(['week', 'two weeks'])}; next on "
        f"{d.id('DATE', V.date_text(rng, review))}.",
        f"- Transport: wheelchair van, plate {d.id('VEHICLE', V.plate(rng))}; phone check-ins verified by biometric ID "
        f"{d.id('BIOMETRIC', V.biometric(rng))}.",
        f"- Review {d.ok('DRUG', 'insulin glargine')} {d.ok('DOSE', '22 units')} with {d.ok('ROLE', 'pharmacist')}.",
    ]
    text = (
        f"# Care plan — {pt.full(d)} ({age(d, pt.age_on(review))} yo)\n"
        f"County: {d.id('GEO', home.county)} · Program: {d.ok('DEPARTMENT', 'Geriatrics')}\n\n"
        + "\n".join(goals)
        + f"\n\nCase manager: {manager.full(d)}"
    )
    structured = {
        "resourceType": "CarePlan",
        "status": "active",
        "intent": "plan",
        "subject": {"display": pt.plain(d)},
        "period": {"start": d.id("DATE", review.isoformat())},
        "careTeam": [{"display": manager.plain(d)}, {"display": caregiver.plain(d)}],
        "description": "\n".join(goals),
    }
    return mcp_result(text, structured)


def mva_intake(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt = Person.draw(d, 1950, 2006)
    home = Home.draw(d)
    crash = V.day(rng, 2025, 2026)
    vin, plate = d.id("VEHICLE", V.vin(rng)), d.id("VEHICLE", V.plate(rng))
    structured = {
        "encounterType": "ED",
        "department": d.ok("DEPARTMENT", "Emergency Department"),
        "patient": {
            "name": pt.full(d),
            "dob": pt.dob(d),
            "ssn": d.id("SSN", V.ssn(rng)),
            "address": home.one_line(d),
            "employer": f"{Person.draw(d).last(d)} & Sons Roofing",
        },
        "injury": {
            "mechanism": "MVC, restrained driver",
            "dateOfInjury": d.id("DATE", V.date_text(rng, crash)),
            "vehicle": {
                "year": d.ok("YEAR", str(rng.randint(2008, 2024))),
                "make": rng.choice(["Toyota", "Ford", "Honda", "Chevrolet"]),
                "vin": vin,
                "plate": plate,
                "plateState": d.ok("STATE", home.state),
            },
            "policeReport": d.id("OTHER_ID", f"{V.upper(rng, 2)}-{V.digits(rng, 2)}-{V.digits(rng, 6)}"),
        },
        "autoInsurance": {
            "carrier": rng.choice(["State Farm", "GEICO", "Progressive", "Allstate"]),
            "claimNumber": d.id("OTHER_ID", V.other_id(rng, "AC")),
            "policyNumber": d.id(
                "ACCOUNT", f"{V.digits(rng, 3)}-{V.digits(rng, 4)}-{V.upper(rng, 1)}{V.digits(rng, 2)}"
            ),
        },
        "triage": {
            "gcs": 15,
            "bp": d.ok("VITAL", f"{rng.randint(104, 168)}/{rng.randint(58, 98)}"),
            "hr": d.ok("VITAL", str(rng.randint(62, 120))),
        },
    }
    text = (
        f"ED intake: {structured['patient']['name']} was the driver of a {structured['injury']['vehicle']['year']} "
        f"{structured['injury']['vehicle']['make']} (VIN {vin}, plate {plate}) in a collision on "
        f"{structured['injury']['dateOfInjury']}. Claim {structured['autoInsurance']['claimNumber']}."
    )
    return mcp_result(text, structured)
