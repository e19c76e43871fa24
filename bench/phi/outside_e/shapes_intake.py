"""Shapes around identity and hand-offs: master patient index matches, ambulance run reports, German referrals,
family listings keyed by name, fax cover sheets."""

from __future__ import annotations

from . import keeps
from .envelope import tool_text
from .render import Pen, embed


def mpi_candidates(pen: Pen) -> dict:
    candidates = []
    for rank in range(1, pen.rng.randint(2, 4)):
        pt = pen.person()
        candidates.append({"rank": rank, "score": round(0.99 - rank * pen.rng.random() / 5, 2),
                           "Name": pen.name(pt, pen.rng.choice(("FAMILY_GIVEN", "full", "full_middle"))),
                           "DOB": pen.dob(pt), "SSN": pen.ssn(), "EnterpriseID": pen.other("EMPI", 10),
                           "PalmVeinTemplate": pen.biometric(), "Photo": pen.photo(pt),
                           "LastSeen": {"kiosk": pen.device(), "ip": pen.ip()}})
    return tool_text(f"MPI search returned {len(candidates)} candidates (threshold 0.80, {keeps.version(pen)})",
                     structured={"candidates": candidates})


def ems_run_report(pen: Pen) -> dict:
    pt = pen.person(min_age=16, max_age=101)
    age = (pen.near(0) - pt.birth).days // 365
    age_text = pen.age(age) if age >= 90 else "adult"
    county = pen.county(pt.home) if pt.home.country == "US" else "mutual aid"
    text = (f"EMS PCR #{pen.other('PCR', 8)}  Unit M14  Disposition: transported to {keeps.facility(pen)}\n"
            f"CC: MVC, restrained driver. Pt {pen.name(pt, 'FULL')} ({age_text} {pt.sex}), DOB {pen.dob(pt)}.\n"
            f"Scene: {pen.address_line(pt.home)}; {county}.\nVehicle: pt's sedan, plate {pen.plate()}, VIN "
            f"{pen.vin()}, moderate front damage. GCS 15 ({keeps.eponym(pen)} neg).\nRx: {keeps.drug(pen)} en "
            f"route. {keeps.wordlike(pen)}. Wife {pen.name(pen.person(min_age=18), 'full')} notified at "
            f"{pen.phone(pt.phone)}.")
    return tool_text(text)


def german_referral(pen: Pen) -> dict:
    pt = pen.person(min_age=18)
    body = {
        "Überweisung": {
            "Patient": {"Name": pen.name(pt, "family"), "Vorname": pen.name(pt, "given"),
                        "Geburtsdatum": pen.dob(pt, 2), "Versichertennummer": pen.plan_id(),
                        "Anschrift": pen.address_line(pt.home),
                        "Landkreis": pen.county(pt.home) if pt.home.country == "US" else "—",
                        "Telefon": pen.phone(pt.phone)},
            "Diagnose": f"{keeps.eponym(pen)} ({keeps.code(pen, 'icd10')})", "Fachrichtung": keeps.department(pen),
            "Absender": {"Praxis": keeps.facility(pen), "Telefax": pen.fax()},
            "Ausstellungsdatum": pen.date(pen.near(30), 2),
        }
    }
    return tool_text(embed(body))


def family_listing(pen: Pen) -> dict:
    pt = pen.person(min_age=30)
    members = [pen.person() for _ in range(pen.rng.randint(2, 3))]
    by_name = {}
    for member in members:
        key = pen.name(member, pen.rng.choice(("family_given", "lower", "full")))
        by_name[key] = {"relationship": pen.rng.choice(("daughter", "stepson", "mother-in-law", "partner")),
                        "dob": pen.dob(member, 1), "sharedAccess": pen.rng.random() < 0.5}
    body = {"patient": pen.name(pt, "full"), "householdByName": by_name,
            "guarantor": {"acct": pen.account(), "name": pen.name(members[0], "FAMILY_GIVEN")},
            "portalLinks": [pen.url()], "note": f"{keeps.count(pen)}; see {keeps.department(pen)}"}
    return tool_text("Family and proxies", structured=body)


def fax_cover(pen: Pen) -> dict:
    pt = pen.person()
    text = (f"FAX COVER SHEET\nTO: Utilization Review    FAX: {pen.fax()}\nFROM: {keeps.facility(pen)}   FAX: "
            f"{pen.fax()}\nDATE: {pen.near(5).isoformat()}   PAGES: {pen.rng.randint(2, 14)}\n"
            f"RE:  {pen.name(pt, 'FAMILY_GIVEN')}   DOB {pen.dob(pt)}   Member {pen.plan_id()}\n"
            f"Auth request CPT {keeps.code(pen, 'cpt')} for {keeps.code(pen, 'icd10')}.\nCONFIDENTIAL: contains PHI."
            f" If received in error call {pen.phone(pt.phone)}.")
    return tool_text(text)


SHAPES = (mpi_candidates, ems_run_report, german_referral, family_listing, fax_cover)
