"""Service desk, facilities, biomed and safety: tickets and reports where a patient turns up in free text."""

from __future__ import annotations

from typing import Any

from .office import bed, dept, drug, facility, icd, text_result, ticket
from .people import Ctx


def portal_ticket(c: Ctx) -> Any:
    """A ServiceNow incident about a patient's locked portal account, with the work-notes journal."""
    pt = c.person()
    proxy = c.relative(pt)
    agent, tier2 = c.staffer(), c.staffer()
    opened = c.date("iso")
    notes = [
        f"{opened} {c.time()} - {c.keep('STAFF', f'{agent[0]} {agent[1]}')} (Work notes)\n"
        f"Caller {c.name(proxy, 'First Last')} is proxy for {c.name(pt, c.pick(['First Last', 'LAST, First']))}. "
        f"Verified DOB {c.dob('mdy')} and last 4 of SSN. Account {c.other_id()} locked after 5 failed logins "
        f"from {c.ip()}.",
        f"{c.date('iso')} {c.time()} - {c.keep('STAFF', f'{tier2[0]} {tier2[1]}')} (Work notes)\n"
        f"Unlocked. Reset e-mail sent to {c.email(proxy)}. Told {c.given(proxy)} the proxy form for "
        f"{c.given(pt)} expires on {c.date('long')}.",
    ]
    return {
        "result": {
            "number": ticket(c, "INC"),
            "short_description": f"{c.keep('PRODUCT', 'MyChart')} account locked - patient {c.family(pt)}",
            "category": c.keep("WORD", "Patient Portal"),
            "assignment_group": dept(c),
            "caller_id": {"display_value": c.name(proxy, "Last, First")},
            "opened_at": f"{opened} {c.time()}",
            "contact_type": "phone",
            "u_callback": c.phone(),
            "work_notes": "\n\n".join(notes),
            "priority": c.keep("WORD", "4 - Low"),
        }
    }


def access_log_ticket(c: Ctx) -> Any:
    """A privacy-office ticket pasting portal access-log lines: IPs, device ids, URLs with the patient's id."""
    pt = c.person()
    pid = c.digits(8)
    pages = ["test-results", "messages", "billing/summary", "visits/upcoming", "proxy"]
    lines = []
    for _ in range(c.r.randint(2, 4)):
        url = c.p.id("URL", f"https://mychart.lakeshorehealth.org/MyChart/app/{c.pick(pages)}?pid={pid}")
        agent = c.pick(["MyChart/11.2 iOS", "Mozilla/5.0 (Windows NT 10.0)"])
        lines.append(
            f"{c.date('iso')}T{c.r.randint(10, 23)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}Z "
            f'GET {url} 200 ip={c.ip()} ua="{agent}"'
        )
    body = (
        f"Ticket {ticket(c, 'PRIV')} - possible proxy misuse\nPatient: {c.name(pt, 'LAST, FIRST')}  MRN {c.mrn()}\n"
        f"Reported by patient's {c.pick(['sister', 'ex-husband', 'son'])}. Device on account: {c.device()}.\n"
        f"Log extract ({c.keep('PRODUCT', 'MyChart')} audit trail):\n"
        + "\n".join(lines)
        + f"\nAssigned: {c.staff('last_first')} ({dept(c)})"
    )
    return text_result(body)


def incident_report(c: Ctx) -> Any:
    """A safety event report: a fall, the narrative, who was told, the witnesses (staff)."""
    pt = c.person()
    kin = c.relative(pt)
    when = c.date("mdy")
    narrative = (
        f"Pt {c.name(pt, c.pick(['First Last', 'UPPER', 'Last, First']))}, {c.age90()}, found on floor beside bed in "
        f"{bed(c)} at {c.time()}. {c.given(pt)} states {'she' if pt.female else 'he'} was trying to reach the "
        f"bathroom. On {drug(c)}. Bed alarm was off. Neuro checks WNL. Dx {icd(c)}. "
        f"Family ({c.name(kin, c.pick(['First Last', 'nick']))}, {c.phone()}) notified at {c.time()}."
    )
    return {
        "event": {
            "id": c.keep("TICKET", f"RL-{c.digits(6)}"),
            "type": c.keep("WORD", "Fall - unassisted"),
            "harm": c.keep("WORD", "No harm"),
            "event_date": when,
            "location": c.keep("DEPARTMENT", c.pick(["4 West Med-Surg", "Cardiac Step-Down", "Emergency Department"])),
            "facility": facility(c),
            "person_affected": {"name": c.name(pt, "LAST, First"), "mrn": c.mrn(), "dob": c.date("iso", 1922, 1935)},
            "narrative": narrative,
            "witnesses": [c.staff("rn"), c.staff("creds")],
            "system": c.keep("PRODUCT", "RL Datix"),
        }
    }


def parking_ticket(c: Ctx) -> Any:
    """A facilities request: a patient's car towed from the garage, plate and VIN, licence shown at the desk."""
    pt = c.person()
    text = (
        f"{ticket(c, 'REQ')} | {c.keep('DEPARTMENT', 'Parking & Transportation')}\n"
        f"Requester: {c.staff('full')}\n"
        f"Patient {c.name(pt, c.pick(['First Last', 'lower', 'F. Last']))} (admitted {c.date('md')}, {bed(c)}) "
        f"says {'her' if pt.female else 'his'} car was towed from Garage B level 3.\n"
        f"Vehicle: {c.pick(['2014 Honda Odyssey', 'silver Camry', '2009 Ford F-150'])}, plate {c.vehicle(False)}, "
        f"VIN {c.vehicle(True)}\nDL shown: {c.license()}\n"
        f"Validation for the {c.keep('WORD', 'discharge')} day. Call {c.given(pt)} at {c.phone()}."
    )
    return text_result(text)


def device_return(c: Ctx) -> Any:
    """Biomed's loaner tracker: a home monitor to collect from the patient's house."""
    rows = []
    for _ in range(c.r.randint(2, 3)):
        pt = c.person()
        c.move()
        rows.append(
            {
                "asset_tag": c.keep("ASSET_TAG", f"BME-{c.digits(5)}"),
                "model": c.keep(
                    "MODEL", c.pick(["Medtronic CareLink SmartSync", "Omron HEM-9210T", "Philips Trilogy Evo"])
                ),
                "serial": c.device(),
                "patient": c.name(pt, c.pick(["Last, First", "First Last", "UPPER"])),
                "pickup_address": c.address(),
                "county": c.county(),
                "due": c.date("mdy_short"),
                "status": c.keep("WORD", c.pick(["awaiting pickup", "overdue", "courier booked"])),
            }
        )
    return {"tracker": dept(c), "rows": rows, "exported_by": c.staff("handle")}


def registration_ticket(c: Ctx) -> Any:
    """A Patient Access ticket about a duplicate record: palm-vein enrolment, card photos, SSN and ids pasted in."""
    pt = c.person()
    guarantor = c.relative(pt)
    first, second = c.mrn(), c.mrn()
    text = (
        f"{ticket(c, 'RITM')}  {c.keep('DEPARTMENT', 'Patient Access')} -> "
        f"{c.keep('DEPARTMENT', 'Health Information Management')}\n"
        f"Possible duplicate: {c.name(pt, 'LAST, FIRST')} {first} vs "
        f"{c.name(pt, c.pick(['LAST, First', 'folded', 'First Last']))} {second}\n"
        f"Both DOB {c.dob('mdy')}. SSN on {first}: {c.ssn()}; none on {second}.\n"
        f"{c.keep('PRODUCT', 'Imprivata PatientSecure')} palm scan matched enrolment {c.biometric()} "
        f"at {c.keep('ROOM', 'Kiosk ' + str(c.r.randint(1, 6)))}.\n"
        f"Coverage {c.plan_id()} (front of card {c.photo()}), guarantor {c.name(guarantor, 'First Last')}, "
        f"acct {c.account()}. ID shown: DL {c.license()}.\n"
        f"Fax from guarantor's employer {c.fax()} says {c.given(pt)} {c.pick(['moved', 'changed jobs'])} on "
        f"{c.date('mon_day')}.\nPlease merge - {c.staff('initial')}"
    )
    return text_result(text)


SHAPES = {
    "portal_ticket": portal_ticket,
    "access_log_ticket": access_log_ticket,
    "incident_report": incident_report,
    "parking_ticket": parking_ticket,
    "device_return": device_return,
    "registration_ticket": registration_ticket,
}
