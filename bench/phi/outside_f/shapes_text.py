"""Free text and tabular text: exports, reports, threads, notes, forms, transcripts, logs and configs."""

from __future__ import annotations

from typing import Any

from . import vocab
from .people import Ctx
from .shapes_api import text_result


def delimited_export(c: Ctx) -> Any:
    sep = c.pick((",", "\t", "|"))
    header = sep.join(("Name", "DOB", "MRN", "Phone", "Address", "City", "Zip", "Dx", "Drug"))
    rows = [header]
    for _ in range(c.rng.randint(2, 5)):
        who = c.person()
        name = c.name(who, c.pick(("inv", "full", "caps_inv")))
        name = f'"{name}"' if sep == "," and "," in name else name
        rows.append(
            sep.join(
                (
                    name,
                    c.date(who.dob, c.pick(("us", "iso"))),
                    c.mrn(who),
                    c.phone(who),
                    c.street(who),
                    c.city(who),
                    c.zip(who),
                    c.keep("ICD10", [d for d, _ in vocab.ICD10]),
                    c.keep("DRUG", vocab.DRUGS),
                )
            )
        )
    return text_result("\n".join(rows))


def markdown_report(c: Ctx) -> Any:
    lines = [
        f"## {c.keep('DEPT', vocab.DEPARTMENTS)} readmissions, {c.year()}",
        "",
        "| Patient | MRN | Age | Discharged | Dx | Follow-up |",
        "|---|---|---|---|---|---|",
    ]
    for _ in range(c.rng.randint(2, 5)):
        who = c.person()
        lines.append(
            f"| {c.name(who, c.pick(('full', 'inv', 'initial')))} | {c.mrn(who)} | {c.age(who, '{a}')} | "
            f"{c.date(c.date_in(), 'us')} | {c.keep('ICD10', [d for d, _ in vocab.ICD10])} | {c.phone(who)} |"
        )
    who = c.person()
    lines += [
        "",
        f"**Note:** {c.name(who, 'full')} (**{c.mrn(who)}**) was lost to follow-up; last known address "
        f"{c.address(who)}. Counts exclude {c.rng.randint(3, 40)} transfers.",
    ]
    return text_result("\n".join(lines))


def chat_thread(c: Ctx) -> Any:
    who, kin = c.person(), c.person()
    nurse, doc = c.staff(), c.staff()
    given = c.name(who, "given")
    msgs = [
        f"[{c.rng.randint(7, 11)}:{c.rng.randint(10, 59)} AM] {nurse}: bed 12 - {c.name(who, 'lower')} is asking for "
        f"{c.keep('DRUG', vocab.DRUGS)} again, last dose at 0600",
        f"[{c.rng.randint(7, 11)}:{c.rng.randint(10, 59)} AM] {doc}: ok give {c.keep('DOSE', vocab.DOSES)}. is "
        f"{c.name(kin, 'given')} (her {c.pick(('son', 'daughter', 'nephew'))}) still coming? number on file "
        f"{c.phone(kin)}",
        f"[{c.rng.randint(7, 11)}:{c.rng.randint(10, 59)} AM] {nurse}: yes. fyi {given} turns {c.age(who, '{a}')} "
        f"on {c.date(who.dob, 'noyear')} :birthday:",
        f"[{c.rng.randint(7, 11)}:{c.rng.randint(10, 59)} AM] {doc}: lol. also @{c.pick(('pharmacy', 'case-mgmt'))} "
        f"her MBI is {c.member(who)}",
    ]
    if c.rng.random() < 0.5:
        return text_result("\n".join(msgs))
    return {
        "content": [{"type": "text", "text": "channel #4west-huddle"}],
        "structuredContent": {"messages": [{"ts": i, "text": m.split("] ", 1)[1]} for i, m in enumerate(msgs)]},
    }


def email_thread(c: Ctx) -> Any:
    who, kin = c.person(), c.person()
    sent = c.date_in()
    text = (
        f"From: {c.name(kin)} <{c.email(kin)}>\nTo: {c.keep('DEPT', vocab.DEPARTMENTS)} Scheduling "
        f"<scheduling@example-health.org>\nDate: {c.date(sent, 'long')} 4:12 PM\nSubject: my mother's appointment\n\n"
        f"Hello, my mother {c.name(who, 'mid')} (DOB {c.date(who.dob, 'us')}) needs to move her "
        f"{c.keep('WORD', ('prior authorization', 'Doppler study'))} visit. She now lives with me at "
        f"{c.address(kin) if c.rng.random() < 0.7 else c.abroad()}. Best to reach me at {c.phone(kin)}.\nThanks,\n"
        f"{c.name(kin, 'given')}\n\n"
        f"> On {c.date(c.date_in(), 'short')}, {c.staff()} wrote:\n> Your visit with "
        f"{c.keep('FACILITY', vocab.FACILITIES)}"
        f" is confirmed. Ref {c.ident('OTHER_ID')}."
    )
    return text_result(text)


def secure_message(c: Ctx) -> Any:
    who = c.person()
    lab, value, unit = c.lab()
    body = (
        f"Hi Dr. {c.staff().split()[-1]}, this is {c.nick(who)}. My {lab} came back {value} {unit} and "
        f"I'm worried. I still take {c.drug()}. You can call me at {c.phone(who)} or my work fax "
        f"{c.ident('FAX')}. My insurance ID is {c.member(who)}."
    )
    return {
        "content": [{"type": "text", "text": body}],
        "structuredContent": {
            "threadId": c.ident("OTHER_ID"),
            "from": c.name(who, "inv"),
            "unread": True,
            "received": c.date(c.date_in(), "iso"),
        },
    }


def ocr_form(c: Ctx) -> Any:
    who, ec = c.person(), c.person()
    text = (
        f"PATIENT  REGISTRATION   FORM\n\nLAST NAME:  {c.name(who, 'family_caps')}     FIRST:"
        f"{c.name(who, 'given_caps')}"
        f"   MI: {who.middle}\nD.O.B.  {c.date(who.dob, c.pick(('us', 'short', 'dmy')))}    SEX: {who.sex}    "
        f"SSN  {c.ssn(who)}\nSTREET:{c.street(who, caps=True)}\nCITY  {c.city(who, caps=True)}  ST {who.state}  "
        f"ZIP {c.zip(who)}\nCOUNTY  {c.county(who, caps=True)}\nHOME PH  {c.phone(who)}   E-MAIL "
        f"{c.email(who, upper=True)}\n"
        f"DRIVERS LIC #  {c.ident('LICENSE')}\nEMERGENCY CONTACT  {c.name(ec, 'caps')}   PH {c.phone(ec)}\n"
        f"ALLERGIES:  {c.keep('DRUG', ('penicillin', 'sulfa', 'codeine'))}\nSIGNATURE ____________ DATE ________"
    )
    return text_result(text)


def call_transcript(c: Ctx) -> Any:
    who = c.person()
    agent = c.staff().split()[0]
    text = (
        f"AGENT ({agent}): Thank you for calling {c.keep('FACILITY', vocab.FACILITIES)}, who am I speaking with?\n"
        f"CALLER: Yeah hi this is {c.name(who, 'lower')}, uh, {c.name(who, 'family')} with a "
        f"{who.family[0].lower()}.\nAGENT ({agent}): And your date of birth?\nCALLER: {c.date(who.dob, 'long')}.\n"
        f"AGENT ({agent}): Last four of the social? Actually full, for the new portal.\nCALLER: {c.ssn(who)}.\n"
        f"AGENT ({agent}): Thanks. I see the refill of {c.drug()}. Still at {c.street(who)}?\nCALLER: yes, "
        f"{c.city(who)}. And my car plate for the parking validation is {c.ident('VEHICLE')}."
    )
    return text_result(text)


def clinical_note(c: Ctx) -> Any:
    who, kin = c.person(), c.person()
    kind = c.pick(
        (
            "H&P",
            "Progress Note",
            "Discharge Summary",
            "Operative Note",
            "Nursing Note",
            "PT Evaluation",
            "Psychiatry Note",
        )
    )
    lab, value, unit = c.lab()
    title = c.pick(("Mr.", "Ms.", "Mrs.", "Mx."))
    text = (
        f"{kind.upper()}\nPatient: {c.name(who, 'inv_mid')}   MRN: {c.mrn(who)}   DOB: {c.date(who.dob)}\n"
        f"Date of service: {c.date(c.date_in())}   Location: {c.keep('DEPT', vocab.DEPARTMENTS)}\n\n"
        f"{title} {c.name(who, 'family')} is a {c.age(who)} with {c.icd()} and history of "
        f"{c.keep('EPONYM', vocab.EPONYMS)}. {c.name(who, 'possessive')} {c.pick(('wife', 'husband', 'partner'))}, "
        f"{c.name(kin, 'full')}, is the health care proxy. {lab} {value} {unit}. Plan: {c.drug()}; "
        f"{c.keep('WORD', vocab.PLAIN_WORDS)}. {c.rng.randint(2, 6)} falls in {c.year()}.\n"
        f"Social: lives in {c.city(who)} ({c.county(who)} County), drives a truck, VIN {c.ident('VEHICLE')}.\n"
        f"Wound photo {c.ident('PHOTO')} uploaded. Signed: {c.staff()}, {c.pick(('MD', 'NP', 'RN', 'DPT', 'PA-C'))}"
    )
    return text_result(text)


def imaging_pathology(c: Ctx) -> Any:
    who = c.person()
    if c.rng.random() < 0.5:
        text = (
            f"EXAM: CT CHEST W CONTRAST  (CPT {c.keep('CPT', ('71260', '71046'))})\nPATIENT: {c.name(who, 'caps_inv')}"
            f"  ACC#: {c.ident('OTHER_ID')}  DOB: {c.date(who.dob, 'dmy')}\nCLINICAL: {c.icd()}.\nCOMPARISON: "
            f"{c.year()}.\n"
            f"FINDINGS: {c.rng.randint(3, 9)} mm nodule, right upper lobe. Pacemaker leads, device "
            f"{c.ident('DEVICE')}.\n"
            f"IMPRESSION: Follow-up in 12 months per Fleischner. Read by {c.staff()}, MD."
        )
    else:
        text = (
            f"SURGICAL PATHOLOGY REPORT  Case {c.ident('OTHER_ID')}\nName: {c.name(who, 'inv')}  Age/Sex: "
            f"{c.age(who, '{a}')}/{who.sex}  Collected: {c.date(c.date_in(), 'us')}\nSPECIMEN: Breast, right, co"
            f"re biopsy\n"
            f"DIAGNOSIS: Invasive ductal carcinoma, grade 2 ({c.keep('SNOMED', vocab.SNOMED)}). ER positive.\n"
            f"Gross photo: {c.ident('PHOTO')}. Pathologist: {c.staff()}, MD"
        )
    return text_result(text)


def pharmacy_label(c: Ctx) -> Any:
    who = c.person()
    text = (
        f"{c.keep('FACILITY', ('Lakeshore Clinic', 'Mercy General'))} OUTPATIENT PHARMACY  {c.ident('FAX')} (fax)\n"
        f"{c.ident('OTHER_ID')}   {c.name(who, 'caps')}\n{c.address(who, caps=True)}\n"
        f"{c.drug()}\nQTY: 30  REFILLS: {c.rng.randint(0, 5)}  NDC {c.keep('NDC', vocab.NDC)}\n"
        f"FILLED {c.date(c.date_in(), 'us')}  DISCARD AFTER {c.date(c.date_in(), 'us')}\nPRESCRIBER: "
        f"{c.staff().upper()}"
    )
    return text_result(text)


def appointment_reminder(c: Ctx) -> Any:
    who = c.person()
    day = c.date_in(2026, 2026)
    if c.rng.random() < 0.5:
        text = (
            f"Hi {c.name(who, 'given')}! Reminder: {c.keep('DEPT', vocab.DEPARTMENTS)} on {c.date(day, 'noyear')}"
            f" at 9:40am. Reply C to confirm. Msg&data rates may apply. To opt out text STOP to {c.phone()}"
        )
    else:
        text = (
            f"REMINDER for {c.name(who, 'initial')}: your {c.keep('WORD', ('Doppler study', 'Holter monitor'))} is "
            f"{c.date(day, 'long')}. Check in at {c.keep('FACILITY', vocab.FACILITIES)}. Questions: {c.phone()}"
        )
    return {
        "content": [{"type": "text", "text": text}],
        "structuredContent": {"to": c.phone(who), "patientRef": c.mrn(who), "status": "queued"},
    }


def search_results(c: Ctx) -> Any:
    hits = []
    style = c.pick(("em", "md"))
    for _ in range(c.rng.randint(2, 4)):
        who = c.person()
        g, f = c.name(who, "given"), c.name(who, "family")
        mark = (lambda s: f"<em>{s}</em>") if style == "em" else (lambda s: f"**{s}**")
        hits.append(
            {
                "title": f"{c.keep('WORD', ('Progress Note', 'Discharge Summary', 'Telephone Encounter'))}",
                "snippet": f"...{mark(g)} {mark(f)} seen for {c.keep('EPONYM', vocab.EPONYMS)} on "
                f"{c.date(c.date_in(), 'us')}, MRN {mark(c.mrn(who))}...",
                "score": round(c.rng.uniform(2, 9), 2),
            }
        )
    return {
        "structuredContent": {"query": "patient name", "hits": hits},
        "content": [{"type": "text", "text": "\n".join(h["snippet"] for h in hits)}],
    }


def audit_log(c: Ctx) -> Any:
    lines = []
    for _ in range(c.rng.randint(3, 6)):
        who = c.person()
        lines.append(
            f"2026-11-{c.rng.randint(10, 29)}T{c.rng.randint(10, 23)}:{c.rng.randint(10, 59)}:07Z "
            f"user={c.staff().split()[-1].lower()} action={c.pick(('VIEW', 'PRINT', 'EXPORT'))} "
            f'patient_mrn={c.mrn(who)} patient="{c.name(who, "inv")}" src_ip={c.ident("IP")} '
            f"module={c.keep('WORD', ('MyChart', 'Epic', 'Cerner'))} bio_auth={c.ident('BIOMETRIC')}"
        )
    return text_result("\n".join(lines))


def config_dump(c: Ctx) -> Any:
    who, kin = c.person(), c.person()
    style = c.pick(("yaml", "ini", "kv"))
    pairs = [
        ("patient_name", c.name(who)),
        ("dob", c.date(who.dob, "iso")),
        ("mrn", c.mrn(who)),
        ("home_address", c.address(who)),
        ("portal_url", c.ident("URL")),
        ("next_of_kin", c.name(kin)),
        ("nok_phone", c.phone(kin)),
        ("default_drug", c.keep("DRUG", vocab.DRUGS)),
        ("schema_version", c.p.keep("VERSION", "3.2.0")),
        ("retry_count", "3"),
    ]
    if style == "yaml":
        text = "export_job:\n" + "\n".join(f'  {k}: "{v}"' for k, v in pairs)
    elif style == "ini":
        text = "[export]\n" + "\n".join(f"{k} = {v}" for k, v in pairs)
    else:
        text = " ".join(f"{k}='{v}'" for k, v in pairs)
    return text_result(text)


SHAPES = {
    "delimited_export": delimited_export,
    "markdown_report": markdown_report,
    "chat_thread": chat_thread,
    "email_thread": email_thread,
    "secure_message": secure_message,
    "ocr_form": ocr_form,
    "call_transcript": call_transcript,
    "clinical_note": clinical_note,
    "imaging_pathology": imaging_pathology,
    "pharmacy_label": pharmacy_label,
    "appointment_reminder": appointment_reminder,
    "search_results": search_results,
    "audit_log": audit_log,
    "config_dump": config_dump,
}
