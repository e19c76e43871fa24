"""Public-health tool results: immunisation registry queries and answers, case reports, line lists, tracing notes."""

from __future__ import annotations

from typing import Any

from .clinical import dept, facility, icd, lab, snomed, vaccine, word, year
from .envelope import json_text, structured, text_block
from .people import Ctx


def iis_hl7(c: Ctx) -> Any:
    """An immunisation registry query (QBP^Q11) and its response (RSP^K11), as the HL7 v2 tool returns them."""
    c.region = "us"
    who, mom = c.person(), c.person(female=True)
    stamp = c.date("hl7")
    name = c.name(who, "LAST^FIRST")
    mother = c.family(mom, upper=True)
    dob = c.date("hl7", 1940, 2024)
    city, state, code, _ = c.place()
    query = (
        f"MSH|^~\\&|EHR|CLINIC|IIS|STATE|{stamp}0930||QBP^Q11^QBP_Q11|Q{c.digits(8)}|P|2.5.1\r"
        f"QPD|Z44^Request Evaluated History^CDCPHINVS|{c.digits(6)}|{c.mrn()}^^^CLINIC^MR|{name}|{mother}|"
        f"{dob}|{'F' if who.female else 'M'}|{c.street()}^^{c.p.id('CITY', city)}^{state}^{c.zip(code)}"
    )
    doses = []
    for i in range(c.r.randint(1, 3)):
        vname, cvx, lot = vaccine(c)
        doses.append(f"RXA|0|1|{c.date('hl7')}||{cvx}^{vname}^CVX|0.5|mL||00||||||{lot}||SKB^GSK^MVX|||CP|A")
        doses.append(f"OBX|{i + 1}|CE|30956-7^vaccine type^LN||{cvx}^{vname}^CVX||||||F")
    response = (
        f"MSH|^~\\&|IIS|STATE|EHR|CLINIC|{stamp}0931||RSP^K11^RSP_K11|R{c.digits(8)}|P|2.5.1\r"
        f"QAK|{c.digits(6)}|OK|Z44\r"
        f"PID|1||{c.other_id()}^^^IIS^SR~{c.ssn()}^^^SSA^SS||{name}|{mother}|{dob}|{'F' if who.female else 'M'}|||"
        f"|||{c.phone()}\rORC|RE||{c.p.id('OTHER_ID', c.digits(9))}\r" + "\r".join(doses)
    )
    return {"query": query, "response": response}


def nir_json(c: Ctx) -> Any:
    """A national immunisation registry's answer as JSON in text: history keyed by the date each dose was given."""
    who = c.person()
    history: dict[str, Any] = {}
    for _ in range(c.r.randint(2, 4)):
        vname, cvx, lot = vaccine(c)
        history[c.date("iso")] = {"vaccine": vname, "cvx": cvx, "lot": lot, "given_at": facility(c, "clinic")}
    record = {
        "registry": word(c, "National Immunisation Registry"),
        "person": {
            "name": c.name(who, c.pick(["First Last", "UPPER", "han"] if who.han else ["First Last", "UPPER"])),
            "id": c.national_id(),
            "dob": c.dob(),
            "contact": c.phone(),
        },
        "history": history,
        "overdue": [word(c, "MMR dose 2")] if c.chance(0.5) else [],
    }
    return json_text(record, twice=c.chance(0.4), indent=c.pick([None, 2]))


def ecr(c: Ctx) -> Any:
    """An electronic initial case report's summary, with the reportable condition and the lab that triggered it."""
    who = c.person()
    code, condition = snomed(c)
    name, value, loinc = lab(c)
    report = {
        "eICR": {
            "version": "R3.1",
            "trigger": {"snomed": code, "condition": condition, "rckms_status": "reportable"},
            "patient": {
                "name": c.name(who, c.pick(["First Last", "Last, First", "LAST, FIRST"])),
                "birthDate": c.dob("iso"),
                "address": c.address(),
                "telecom": [c.phone(), c.email(who)],
                "employer": c.employer() if c.chance(0.5) else "not recorded",
            },
            "encounter": {
                "facility": facility(c, c.pick(["hospital", "clinic"])),
                "date": c.date("iso"),
                "mrn": c.mrn(),
            },
            "labs": [{"test": name, "result": value, "loinc": loinc}],
            "onset_year": year(c),
        }
    }
    return structured(report, f"eICR for {condition} queued for {dept(c, 'public')}.")


def line_list(c: Ctx) -> Any:
    """A notifiable disease line list as a markdown table, onset dates and suburbs for the epi curve."""
    code, dx = icd(c, [("B05.9", "Measles"), ("A37.90", "Pertussis"), ("A15.0", "Pulmonary TB"), ("A90", "Dengue")])
    rows = [
        f"**Line list — {dx} ({code}) — week {c.r.randint(1, 52)}**",
        "",
        "| Case | Name | DOB | Age | Area | Onset | Lab | Status |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for _ in range(c.r.randint(3, 5)):
        who = c.person()
        name = c.name(who, c.pick(["Last, First", "UPPER", "First Last", "F. Last"]))
        age, dob = c.age_and_dob(0.12, "{n}")
        rows.append(
            f"| {c.other_id()} | {name} | {dob} | {age} | "
            f"{c.town()} | {c.date()} | {c.pick(['PCR+', 'IgM+', 'culture pending', 'epi-linked'])} | "
            f"{c.pick(['confirmed', 'probable', 'suspect'])} |"
        )
    return text_block("\n".join(rows) + f"\n\n_Source: {dept(c, 'public')}_")


def tracing_notes(c: Ctx) -> Any:
    """A contact tracer's notes, contacts keyed by the phone number they were reached on."""
    case, mate, kid = c.person(), c.person(), c.person()
    contacts = {
        c.phone(): {"name": c.name(mate, c.pick(["First Last", "lower"])), "exposure": "household", "last": c.date()},
        c.phone(): {"name": c.given(kid), "exposure": c.pick(["school", "church", "jeepney"]), "last": c.date()},
    }
    notes = {
        "ie": lambda: (
            f"Spoke w {c.given(case)} this am. Dúirt sí go raibh {c.given(mate)} sa teach léi ó "
            f"{c.date('ga')}. Works at {c.employer()}."
        ),
        "za": lambda: c.pick(
            [
                lambda: (
                    f"Index {c.given(case)} se {c.given(mate)} het saam in die taxi gery op {c.date('af')}; "
                    f"vehicle reg {c.vehicle()}."
                ),
                lambda: (
                    f"{'Mme' if case.female else 'Ntate'} {c.given(case)} o re {c.given(mate)} "
                    f"o ne a le ka tlung le yena ho tloha "
                    f"{c.date('dmy_long')}. Taxi reg {c.vehicle()}."
                ),
                lambda: (
                    f"{c.p.name('U' + case.given.replace(' ', ''), case.english)} uthe uhlala no-"
                    f"{c.given(mate)} kwitaxi {c.vehicle()} ngomhla we-{c.date('ymd')}."
                ),
            ]
        )(),
        "sg": lambda: (
            f"case {c.name(case, 'First Last')} went to hawker centre w {c.given(mate)}, grab car plate {c.vehicle()}"
        ),
        "ph": lambda: (
            f"Tumawag si {c.given(case)} kahapon. Kasama niya si {c.given(mate)} sa bahay mula "
            f"{c.date('tl')}. Plate ng tricycle: {c.vehicle()}."
        ),
        "us": lambda: (
            f"Index {c.name(case, 'First Last')} says {c.given(mate)} drove them to the clinic on "
            f"{c.date()}, car {c.vehicle()}."
        ),
    }[c.region]()
    return structured(
        {
            "case_id": c.other_id(),
            "condition": " — ".join(snomed(c)),
            "index": {"name": c.name(case, "Last, First"), "dob": c.dob(), "address": c.address()},
            "contacts": contacts,
            "notes": notes,
        },
        "Tracing record loaded.",
    )


def exposure_email_map(c: Ctx) -> Any:
    """An outbreak mailing tool's map keyed by e-mail address, written twice into text as the tool returns it."""
    mapping: dict[str, Any] = {}
    for _ in range(c.r.randint(2, 4)):
        who = c.person()
        mapping[c.email(who)] = {
            "display": c.name(who, c.pick(["First Last", "F. Last", "lower"])),
            "status": c.pick(["notified", "bounced", "opted out"]),
            "notified_on": c.date("iso"),
        }
    return json_text({"campaign": word(c, "measles exposure letter"), "recipients": mapping}, twice=c.chance(0.6))


SHAPES = {
    "iis_hl7": iis_hl7,
    "nir_json": nir_json,
    "ecr": ecr,
    "line_list": line_list,
    "tracing_notes": tracing_notes,
    "exposure_email_map": exposure_email_map,
}
