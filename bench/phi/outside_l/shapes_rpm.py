"""Remote patient monitoring and telehealth: enrolments, alert feeds, triage, visits, billing worksheets."""

from __future__ import annotations

from typing import Any

from .people import Ctx
from .vocab import cpt, dept, drug, icd, json_text, model, money, payer, structured, text_block, vital


def device_enrolment(c: Ctx) -> Any:
    """The RPM vendor's enrolment list: one device per patient, serials, IMEIs, ship-to addresses."""
    rows = []
    for _ in range(c.r.randint(2, 4)):
        who = c.person()
        street, town = c.address_lines()
        rows.append(
            {
                "patient": {
                    "display": c.name(who, c.pick(["full", "Last, First", "UPPER"])),
                    "mrn": c.mrn(),
                    "dob": c.dob("iso"),
                },
                "device": {"model": model(c), "serial": c.serial(), "imei": c.imei()},
                "shipTo": {"line1": street, "line2": town},
                "enrolled": c.date("iso"),
                "program": dept(c),
            }
        )
    return json_text({"enrollments": rows, "page": 1}, indent=c.pick([None, 2]))


def alerts_feed(c: Ctx) -> Any:
    """A vitals alert feed: events keyed by the device serial, each with a reading out of range."""
    events: dict[str, Any] = {}
    for _ in range(c.r.randint(2, 5)):
        who = c.person()
        kind, value = vital(c)
        events[c.serial()] = {
            "patientName": c.name(who, c.pick(["full", "lower", "First L", "folded", "initials"])),
            "age": c.age90() if c.chance(0.2) else None,
            "reading": {"type": kind, "value": value, "at": c.date("stamp")},
            "severity": c.pick(["high", "critical"]),
            "callback": c.phone(),
        }
    return structured({"alerts": events}, f"{len(events)} open alerts for {dept(c)}")


def nurse_triage_chat(c: Ctx) -> Any:
    """The RPM nurse's triage of an alert as chat lines, with the family on the line in its own language."""
    pt = c.person(c.pick(["Arabic", "Vietnamese", "Bangladeshi", "Mexican", "Dominican", "Pakistani", "US"]), True)
    rel = c.relative(pt, pt.group in ("Vietnamese", "Dominican"))
    kind, value = vital(c)
    nurse = c.staff("rn")
    g = c.given(pt)
    native = {
        "Arabic": lambda: f"ابنها {c.name(rel, 'own')} قال إن والدته بخير الآن",
        "Vietnamese": lambda: f"con gái {c.name(rel, 'full')} nói mẹ đã uống thuốc rồi",
        "Bangladeshi": lambda: f"ছেলে {c.name(rel, 'own')} বলেছে মা এখন ভালো আছেন",
        "Mexican": lambda: f"su hijo {c.name(rel, 'full')} dice que ya tomó la pastilla",
        "Dominican": lambda: f"la hija {c.name(rel, 'full')} dice que está mareada",
    }.get(pt.group, lambda: f"son {c.name(rel, 'full')} says she is ok, took her meds")()
    lines = [
        f"{c.date('stamp')} ALERT {kind} {value} — {c.name(pt, c.pick(['full', 'Last, First', 'own']))} ({c.mrn()})",
        f"{nurse}: called {c.phone()}, no answer",
        f"{nurse}: reached family via interpreter. {native}",
        f"{nurse}: advised {g} to recheck in 15 min, continue {drug(c)}"
        + (f". {c.family(pt, upper=True)} family aware" if c.chance(0.4) else ""),
        f"{nurse}: recheck {vital(c, kind)[1]}, {g} asymptomatic. escalate to {c.staff('dr')} if repeat",
    ]
    return text_block("\n".join(lines))


def video_visit_summary(c: Ctx) -> Any:
    """A video-visit summary from the telehealth platform: join link, connection log, the visit note."""
    pt = c.person()
    code, _ = cpt(c)
    dx, dxw = icd(c)
    old = c.chance(0.3)
    body = {
        "visitId": c.id("OTHER_ID", f"VV-{c.digits(9)}"),
        "scheduled": c.date("stamp"),
        "joinUrl": c.url(pt),
        "participants": [
            {
                "role": "patient",
                "name": c.name(pt, c.pick(["full", "nick", "UPPER"])),
                "ip": c.ip(),
                "device": c.pick(["iPhone Safari", "Android Chrome", "Windows Edge"]),
            },
            {"role": "provider", "name": c.staff("cred")},
        ],
        "note": (
            f"{c.age90() + ' ' if old else ''}pt seen by video for {dxw} ({dx}). {c.given(pt)} located at home "
            f"in {c.city()}, {c.state()}. Billed {code}. Continue {drug(c)}."
        ),
        "department": dept(c),
    }
    return json_text(body, wrap=c.chance(0.5))


def rpm_billing_worksheet(c: Ctx) -> Any:
    """The monthly RPM billing worksheet: CSV of days with readings and minutes, with a totals line."""
    head = "Patient,MRN,Payer,Device,Days w/ readings,Mgmt min,Codes,Expected"
    rows = [head]
    for _ in range(c.r.randint(3, 6)):
        who = c.person()
        rows.append(
            f'"{c.name(who, c.pick(["Last, First", "LAST,FIRST", "full"]))}",{c.mrn()},{payer(c)},'
            f"{c.serial()},{c.r.randint(16, 31)},{c.r.randint(20, 60)},{cpt(c)[0]};{cpt(c)[0]},{money(c, 40, 180)}"
        )
    rows.append(f"TOTAL,,,,,,,{money(c, 500, 3000)}")
    return text_block("\n".join(rows))


def telehealth_identity(c: Ctx) -> Any:
    """The identity check before a first telehealth visit: ID scan, face match, device fingerprint."""
    pt = c.person()
    body = {
        "member": c.member(),
        "person": {"given": c.given(pt), "family": c.p.name(pt.surnames, pt.english), "dob": c.dob("mdy")},
        "idScan": {"state": c.state(), "licenseNumber": c.license(), "front": c.photo(), "expires": c.date("mdy")},
        "faceMatch": {"templateId": c.biometric(), "score": "0.97"},
        "session": {"ip": c.ip(), "phone": c.phone(), "email": c.email(pt)},
        "verifiedBy": c.staff("initial"),
    }
    return json_text(body)


def rpm_family_email(c: Ctx) -> Any:
    """An e-mail from the RPM program to a relative who is the patient's contact, addresses on several lines."""
    pt = c.person()
    rel = c.relative(pt)
    kind, value = vital(c)
    street, town = c.address_lines()
    old = c.chance(0.4)
    text = (
        f"To: {c.email(rel)}\nCc: {c.email(pt)}\nSubject: {c.name(pt, 'full')} - monitoring update\n\n"
        f"Dear {c.name(rel, c.pick(['full', 'first_only']))},\n\n"
        f"Your {c.kin(pt, ['mother', 'grandmother'], ['father', 'grandfather'])}"
        f"{' (' + c.age90() + ')' if old else ''} had a {kind} reading of {value} on {c.date('long')} on the "
        f"{model(c)}. Please make sure the hub stays plugged in at\n\n{c.name(pt, 'UPPER')}\n{street}\n{town}\n\n"
        f"Questions: {dept(c)}, {c.phone()} (fax {c.fax()}).\n\n{c.staff('rn')}"
    )
    return text_block(text)


def rpm_roster_sheet(c: Ctx) -> Any:
    """The care team's roster sheet without a heading row: name alone in a cell, then what follows."""
    values = []
    for _ in range(c.r.randint(3, 6)):
        who = c.person()
        dx, _ = icd(c)
        values.append(
            [
                c.name(who, c.pick(["UPPER", "full", "lower", "Last, First", "own"])),
                dx,
                model(c),
                c.date("short"),
                c.pick(["active", "paused", "discharged"]),
            ]
        )
    return json_text({"range": "Roster!A2:E99", "values": values})


def device_return_ticket(c: Ctx) -> Any:
    """A device-return ticket: the courier pickup with the address abroad where the patient moved, and a plate."""
    pt = c.person(c.pick(["Mexican", "Colombian", "Dominican", "Pakistani", "Bangladeshi", "Vietnamese", "Arabic"]))
    abroad = c.abroad(pt)
    text = "\n".join(
        [
            f"Ticket {c.case()} - device return",
            f"Patient: {c.name(pt, c.pick(['Last, First', 'full']))}",
            f"Device: {model(c)} SN {c.serial()} / IMEI {c.imei()}",
            f"Patient moved back home on {c.date('long')}; family forwarding address:",
            *abroad,
            f"Courier {c.pick(['DHL', 'FedEx'])} pickup from US home by nephew, car plate {c.plate()}",
            f"Final RPM charge {money(c, 40, 120)} waived by {c.staff('full')}",
        ]
    )
    return text_block(text)


SHAPES = {
    "rpm_device_enrolment": device_enrolment,
    "rpm_alerts_feed": alerts_feed,
    "rpm_nurse_triage_chat": nurse_triage_chat,
    "rpm_video_visit_summary": video_visit_summary,
    "rpm_billing_worksheet": rpm_billing_worksheet,
    "rpm_telehealth_identity": telehealth_identity,
    "rpm_family_email": rpm_family_email,
    "rpm_roster_sheet": rpm_roster_sheet,
    "rpm_device_return_ticket": device_return_ticket,
}
