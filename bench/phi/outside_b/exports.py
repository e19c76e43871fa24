"""Templates for list- and summary-shaped tool results: SMART Scheduling slots with bookings, a care-management
worklist exported as CSV, and a text-only discharge visit summary (no structuredContent, as many servers send)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from . import values as V
from .corpus import Draft, mcp_result
from .people import Home, Person, age


def scheduling_slots(d: Draft) -> dict[str, Any]:
    rng = d.rng
    department = d.ok("DEPARTMENT", rng.choice(V.DEPARTMENTS))
    clinician = Person.draw(d, 1955, 1995)
    day = V.day(rng, 2025, 2026)
    entries: list[dict[str, Any]] = [
        {
            "resourceType": "Schedule",
            "id": f"sched-{rng.randint(100, 999)}",
            "serviceType": [{"text": department}],
            "actor": [{"display": clinician.full(d)}],
        }
    ]
    booked_lines = []
    for index in range(rng.randint(3, 5)):
        start = f"{day.isoformat()}T{9 + index:02d}:00:00-05:00"
        slot: dict[str, Any] = {
            "resourceType": "Slot",
            "id": f"slot-{V.digits(rng, 6)}",
            "start": d.id("DATE", start),
            "status": "free",
        }
        if rng.random() < 0.6:
            pt = Person.draw(d)
            slot["status"] = "busy"
            slot["comment"] = (
                f"Booked for {pt.plain(d)} ({d.id('PHONE', V.phone(rng))}), confirmation "
                f"{d.id('OTHER_ID', f'{V.upper(rng, 3)}-{V.digits(rng, 3)}')}"
            )
            booked_lines.append(f"- {9 + index}:00 — {slot['comment']}")
        else:
            slot["extension"] = [
                {
                    "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/booking-deep-link",
                    "valueUrl": f"https://book.example-clinic.org/slots/{slot['id']}",
                }
            ]
        entries.append(slot)
    text = f"{len(entries) - 1} slots on {d.id('DATE', V.date_text(rng, day))} in {department}:\n" + (
        "\n".join(booked_lines) or "- all free"
    )
    return mcp_result(
        text, {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": e} for e in entries]}
    )


def worklist_csv(d: Draft) -> dict[str, Any]:
    rng = d.rng
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "member_name",
            "dob",
            "age",
            "member_id",
            "phone",
            "city",
            "zip",
            "payer",
            "last_a1c",
            "last_visit",
            "risk_score",
            "assigned_to",
        ]
    )
    manager = Person.draw(d, 1970, 1998)
    assigned = manager.plain(d)
    rows = []
    for _ in range(rng.randint(4, 7)):
        pt, home = Person.draw(d, 1926, 1990), Home.draw(d)
        visit = V.day(rng, 2025, 2026)
        row = [
            pt.full(d),
            pt.dob(d),
            age(d, pt.age_on(visit)),
            d.id("HEALTH_PLAN", V.member_id(rng)),
            d.id("PHONE", V.phone(rng)),
            d.id("GEO", home.city),
            d.id("GEO", home.zip),
            d.ok("PAYER", rng.choice(V.PAYERS)),
            d.ok("LAB_VALUE", f"{rng.uniform(6.1, 12.4):.1f}"),
            d.id("DATE", f"{visit:%m/%d/%Y}"),
            f"{rng.uniform(0.4, 4.8):.2f}",
            assigned,
        ]
        writer.writerow(row)
        rows.append(row)
    text = f"High-risk diabetes worklist ({len(rows)} members)\n\n```csv\n{out.getvalue()}```"
    return mcp_result(text, {"format": "text/csv", "rowCount": len(rows), "generatedBy": "care-management export"})


def discharge_summary(d: Draft) -> dict[str, Any]:
    rng = d.rng
    pt, attending, pcp = Person.draw(d, 1926, 1985), Person.draw(d, 1955, 1990), Person.draw(d, 1955, 1990)
    admitted = V.day(rng, 2025, 2026)
    discharged = admitted + dt.timedelta(days=rng.randint(1, 9))
    icd, icd_text = rng.choice(V.ICD10)
    meds = rng.sample(V.DRUGS, 3)
    med_lines = "\n".join(
        f"| {d.ok('DRUG', drug)} | {d.ok('DOSE', dose)} | {rng.choice(['daily', 'BID', 'at bedtime'])} |"
        for drug, dose in meds
    )
    bp = d.ok("VITAL", f"{rng.randint(100, 170)}/{rng.randint(55, 99)}")
    temp = d.ok("VITAL", f"{rng.uniform(97.1, 101.4):.1f} F")
    text = (
        f"**Discharge summary** — {d.ok('DEPARTMENT', 'Internal Medicine')}\n\n"
        f"Patient: {pt.full(d)} | MRN {d.id('MRN', V.mrn(rng))} | CSN {d.id('OTHER_ID', V.digits(rng, 10))} | "
        f"Age {age(d, pt.age_on(discharged))}\n"
        f"Admitted {d.id('DATE', V.date_text(rng, admitted))}; "
        f"discharged {d.id('DATE', V.date_text(rng, discharged))}.\n"
        f"Attending: {attending.titled(d, 'Dr.')}. PCP: {pcp.full(d)} (fax {d.id('FAX', V.phone(rng))}).\n\n"
        f"Principal diagnosis: {icd_text} ({d.ok('ICD10', icd)}). History of CABG in "
        f"{d.ok('YEAR', str(rng.randint(1995, 2020)))}.\n"
        f"Vitals at discharge: BP {bp}, T {temp}, SpO2 {d.ok('VITAL', f'{rng.randint(90, 99)}%')} on room air.\n\n"
        f"| Medication | Dose | Frequency |\n|---|---|---|\n{med_lines}\n\n"
        f"Follow-up with {pcp.titled(d, 'Dr.')} within 7 days. Questions: nurse line {d.id('PHONE', V.phone(rng))}. "
        f"Patient's {d.ok('ROLE', 'spouse')}, {Person.draw(d).plain(d)}, was present for teaching."
    )
    return mcp_result(text, None)
