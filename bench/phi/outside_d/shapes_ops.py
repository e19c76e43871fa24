"""Operational shapes: HL7 v2, exports (CSV/TSV/markdown), listings, logs, labels, tickets and registries."""

from __future__ import annotations

from typing import Any

from . import values as V
from .ctx import Ctx
from .envelopes import resource_result, structured_result, text_result
from .plant import dumps


def hl7_adt(ctx: Ctx) -> Any:
    rng, person, place, relative = ctx.rng, ctx.pop.person(), ctx.pop.place(), ctx.pop.person()
    stamp = V.recent_date(rng)
    segments = [
        f"MSH|^~\\&|EPIC|{ctx.keep('department')}|LAB|HOSP|{ctx.date(stamp, 'hl7_ts')}||ADT^A04|"
        f"{rng.randint(10**6, 10**7)}|P|2.5.1",
        f"PID|1||{ctx.mrn()}^^^HOSP^MR~{ctx.ssn()}^^^USSSA^SS||{ctx.name(person, 'hl7')}||"
        f"{ctx.dob(V.birth_date(rng), 'hl7')}|{'F' if person.female else 'M'}|||"
        f"{ctx.street(place)}^^{ctx.city(place)}^{ctx.region(place)}^{ctx.zip(place)}||{ctx.phone(place)}|||||{ctx.account()}",
        f"NK1|1|{ctx.name(relative, 'hl7')}|{ctx.pick('SPO', 'CHD', 'PAR')}|||{ctx.phone()}",
        f"PV1|1|O|{ctx.keep('department')}^^^||||{rng.randint(1000, 9999)}^{ctx.pop.provider().replace(' ', '^')}",
        f"IN1|1|{ctx.pick('BCBS', 'AETNA', 'MCR')}|{rng.randint(100, 999)}|{'|' * 33}{ctx.member()}",
        f"DG1|1||{ctx.keep('icd10')}^{ctx.keep('eponym')}^I10",
    ]
    return text_result("\r".join(segments) if rng.random() < 0.5 else "\n".join(segments))


def csv_patient_list(ctx: Ctx) -> Any:
    rng = ctx.rng
    sep = ctx.pick(",", ";")
    header = sep.join(("mrn", "last_name", "first_name", "dob", "phone", "zip", "dx", "med"))
    rows = [header]
    for _ in range(rng.randint(3, 7)):
        person, place = ctx.pop.person(), ctx.pop.place()
        rows.append(sep.join((ctx.mrn(), ctx.name(person, "family"), ctx.name(person, "given"),
                              ctx.dob(V.birth_date(rng), ctx.pick("iso", "us")), ctx.phone(place), ctx.zip(place),
                              ctx.keep("icd10"), ctx.keep("drug"))))
    return text_result(f"Exported {len(rows) - 1} rows ({ctx.keep('department')} panel)\n" + "\n".join(rows))


def tsv_claims(ctx: Ctx) -> Any:
    rng = ctx.rng
    rows = ["claim_id\tmember_id\tpatient\tdos\tcpt\tdx\tbilled\tstatus"]
    for _ in range(rng.randint(3, 6)):
        person = ctx.pop.person()
        patient = ctx.name(person, ctx.pick("upper_last_first", "last_first"))
        rows.append("\t".join((ctx.other_id(), ctx.member(), patient,
                               ctx.visit_date(ctx.pick("us", "iso", "hl7")), ctx.keep("cpt"), ctx.keep("icd10"),
                               f"{rng.uniform(40, 3000):.2f}", ctx.pick("PAID", "DENIED CO-97", "PEND"))))
    uri = f"clearinghouse://batch/{rng.randint(1000, 9999)}.tsv"
    return resource_result(uri, "text/tab-separated-values", "\n".join(rows))


def markdown_appointments(ctx: Ctx) -> Any:
    rng = ctx.rng
    rows = ["| Time | Patient | DOB | Phone | Reason | Location |", "|---|---|---|---|---|---|"]
    day = V.recent_date(rng)
    for _ in range(rng.randint(3, 7)):
        person = ctx.pop.person()
        rows.append(f"| {rng.randint(8, 16):02d}:{ctx.pick('00', '15', '30', '45')} "
                    f"| {ctx.name(person, ctx.pick('full', 'last_first'))} "
                    f"| {ctx.dob(V.birth_date(rng), ctx.pick('us', 'us_short'))} | {ctx.phone()} "
                    f"| {ctx.keep('eponym')} f/u "
                    f"| {ctx.keep('department')} |")
    return text_result(f"## Schedule for {ctx.date(day, 'long')}\n\n" + "\n".join(rows))


def kv_demographics(ctx: Ctx) -> Any:
    rng, person, place = ctx.rng, ctx.pop.person(), ctx.pop.place()
    pairs = [
        ("Name", ctx.name(person, ctx.pick("full", "upper_last_first"))), ("D.O.B.", ctx.dob(V.birth_date(rng))),
        ("SSN", ctx.ssn()), ("Home Address", ctx.address_line(place)), ("Phone (H)", ctx.phone(place)),
        ("Fax", ctx.fax(place)), ("Email", ctx.email(person)), ("Driver License", ctx.license()),
        ("Employer", ctx.pick("self-employed", "retired", "Acme Logistics")),
        ("Preferred pharmacy", ctx.keep("department")), ("Allergies", f"{ctx.keep('drug')} (rash)"),
        ("Emergency contact", f"{ctx.name(ctx.pop.person())} {ctx.phone()}"),
    ]
    rng.shuffle(pairs)
    width = rng.choice((0, 18))
    text = "\n".join(f"{key}:{' ' * max(1, width - len(key))}{value}" for key, value in pairs)
    return text_result(text)


def audit_log(ctx: Ctx) -> Any:
    rng = ctx.rng
    lines = []
    for _ in range(rng.randint(4, 8)):
        person = ctx.pop.person()
        lines.append(
            f"{ctx.pick('2024', '2025')}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:11Z "
            f"INFO  chart.view user=nurse{rng.randint(10, 99)} src={ctx.ip()} patient={ctx.mrn()} "
            f"name=\"{ctx.name(person, 'last_first')}\" action={ctx.pick('VIEW', 'PRINT', 'EXPORT')} "
            f"module=\"{ctx.keep('department')}\""
        )
    return text_result("\n".join(lines))


def pharmacy_label(ctx: Ctx) -> Any:
    rng, person, place = ctx.rng, ctx.pop.person(), ctx.pop.place()
    text = (
        f"RX# {ctx.other_id()}        {ctx.keep('department')}\n"
        f"{ctx.name(person, ctx.pick('upper', 'upper_last_first'))}\n{ctx.address_line(place)}\n"
        f"{ctx.keep('drug', rng.choice(V.KEEPS['drug']).upper())} {ctx.keep('dose')}\nTAKE 1 TABLET BY MOUTH DAILY\n"
        f"QTY: {ctx.keep('count', ctx.pick('30 tablets', '90 tablets', '90-day supply', '1 inhaler'))}"
        f"   REFILLS: {rng.randint(0, 5)}   NDC {ctx.keep('ndc')}\n"
        f"FILLED {ctx.visit_date(ctx.pick('us', 'us_short'))}  DISCARD AFTER {ctx.keep('year')}\n"
        f"Prescriber: {ctx.pop.provider()}   Pharmacy ph {ctx.pick('(800) 555-0100', '1-800-555-0199')}"
    )
    return text_result(text)


def ticket_crm(ctx: Ctx) -> Any:
    rng, person = ctx.rng, ctx.pop.person()
    ticket = {
        "ticket": ctx.other_id(), "queue": "Patient Portal Support", "priority": ctx.pick("P2", "P3"),
        "requester": {"name": ctx.name(person), "email": ctx.email(person), "phone": ctx.phone()},
        "description": (f"Pt cannot log in since {ctx.visit_date('long')}. Says her {ctx.keep('drug')} refill "
                        f"request is missing. Browser {ctx.keep('version')}, client ip {ctx.ip()}, "
                        f"tried reset link {ctx.url()}"),
        "custom_fields": {"mrn": ctx.mrn(), "dob": ctx.dob(V.birth_date(rng), "us"), "device_udid": ctx.device()},
        "comments": [{"author": f"agent{rng.randint(1, 40)}",
                      "body": f"verified identity via photo ID ({ctx.photo()})"}],
    }
    return structured_result(ticket, summary=f"Ticket found in {ticket['queue']}")


def device_registry(ctx: Ctx) -> Any:
    rng = ctx.rng
    devices = []
    for _ in range(rng.randint(2, 4)):
        person = ctx.pop.person()
        devices.append({
            "patient": ctx.name(person, ctx.pick("full", "last_first")), "mrn": ctx.mrn(),
            "device": ctx.pick("ICD", "pacemaker", "insulin pump", "CGM transmitter", "cochlear implant"),
            "serial": ctx.device(), "implanted": ctx.visit_date("iso"),
            "model": ctx.pick("Azure XT DR MRI", "t:slim X2", "Dexcom G7", "Nucleus 8"),
            "biometric_login": ctx.biometric() if rng.random() < 0.4 else None,
        })
    if rng.random() < 0.4:  # keyed by serial number: identifiers in keys
        by_serial = {device.pop("serial"): device for device in devices}
        return structured_result({"by_serial": by_serial, "schema": ctx.keep("version")})
    key = ctx.pick("devices", "results")
    return structured_result({key: devices, "count": len(devices), "schema": ctx.keep("version")})


def lab_json_in_text(ctx: Ctx) -> Any:
    rng, person = ctx.rng, ctx.pop.person()
    inner = {"accession": ctx.other_id(), "patient": {"name": ctx.name(person, "last_first"), "mrn": ctx.mrn(),
                                                    "dob": ctx.dob(V.birth_date(rng), "iso")},
             "collected": ctx.visit_date("iso"),
             "results": [{"loinc": ctx.keep("loinc"), "text": ctx.keep("lab")} for _ in range(rng.randint(1, 4))],
             "ordering": ctx.pop.provider()}
    payload = {"status": "ok", "source": ctx.keep("version"), "body": dumps(inner)}
    return text_result(dumps(payload, ctx.pick(None, 2)))


def mva_incident(ctx: Ctx) -> Any:
    person, place = ctx.pop.person(), ctx.pop.place()
    text = (
        f"ED TRIAGE - MVC\nPt {ctx.name(person, ctx.pick('full', 'initial'))}, {ctx.keep('age')} yo, "
        f"restrained driver of "
        f"{ctx.pick('silver Honda Civic', 'blue Ford F-150', 'white Tesla Model 3')} plate {ctx.plate()} "
        f"(VIN {ctx.vin()}) vs pole near {ctx.street(place)}, {ctx.city(place)}.\n"
        f"EMS run #{ctx.other_id()}. Police report filed; officer badge not recorded. "
        f"{ctx.keep('eponym')} negative. {ctx.keep('vital')}. Gave {ctx.keep('drug')} {ctx.keep('dose')}.\n"
        f"Insurance: auto carrier, policy {ctx.account()}; DL {ctx.license()}.\n"
        f"Arrived {ctx.visit_date('us')} to {ctx.keep('department')}."
    )
    return text_result(text)


def intake_form_resource(ctx: Ctx) -> Any:
    rng, person, place, guarantor = ctx.rng, ctx.pop.person(), ctx.pop.place(), ctx.pop.person()
    form = {
        "form": "new-patient-intake", "version": ctx.keep("version"),
        "answers": {
            "legal_name": ctx.name(person, "full"), "preferred_name": ctx.name(person, "given"),
            "date_of_birth": ctx.dob(V.birth_date(rng), ctx.pick("us", "iso", "eu")),
            "address": {"street": ctx.street(place), "city": ctx.city(place), "zip": ctx.zip(place),
                        "country": place.country},
            "mobile": ctx.phone(place), "email": ctx.email(person),
            "guarantor": {"name": ctx.name(guarantor, "last_first"), "ssn": ctx.ssn(),
                          "employer_account": ctx.account()},
            "insurance": {"member_id": ctx.member(), "group": f"GRP-{rng.randint(1000, 9999)}"},
            "photo_upload": ctx.photo(), "portal_url": ctx.url(person),
            "medications": [ctx.keep("drug"), ctx.keep("drug")], "conditions": [ctx.keep("eponym")],
            "notes": f"{ctx.keep('word')}; diagnosed {ctx.keep('year')}",
        },
    }
    uri = f"forms://intake/{rng.randint(1, 10**6)}"
    return resource_result(uri, "application/json", dumps(form, ctx.pick(None, 2)))


def household_roster(ctx: Ctx) -> Any:
    """A care-management roster keyed by the members' names (identifiers in JSON keys)."""
    rng, place = ctx.rng, ctx.pop.place()
    roster = {}
    for _ in range(rng.randint(2, 4)):
        person = ctx.pop.person()
        roster[ctx.name(person, ctx.pick("last_first", "full"))] = {
            "dob": ctx.dob(V.birth_date(rng), "iso"), "member_id": ctx.member(),
            "conditions": [ctx.keep("icd10")], "risk": ctx.pick("high", "rising", "low"),
        }
    structured = {"household_address": ctx.address_line(place), "home_phone": ctx.phone(place), "members": roster}
    return structured_result(structured)


SHAPES = {
    "hl7_adt": hl7_adt,
    "csv_patient_list": csv_patient_list,
    "tsv_claims": tsv_claims,
    "markdown_appointments": markdown_appointments,
    "kv_demographics": kv_demographics,
    "audit_log": audit_log,
    "pharmacy_label": pharmacy_label,
    "ticket_crm": ticket_crm,
    "device_registry": device_registry,
    "lab_json_in_text": lab_json_in_text,
    "mva_incident": mva_incident,
    "intake_form_resource": intake_form_resource,
    "household_roster": household_roster,
}
