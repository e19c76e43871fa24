"""Clinical trial tool results: CTMS subject lists, REDCap exports, SAE narratives, consent logs, monitoring."""

from __future__ import annotations

from typing import Any

from .clinical import dept, drug, facility, gene, imp, lab, meddra, protocol, site, word, year
from .envelope import json_text, structured, text_block
from .people import Ctx

EVENTS = ["screening_arm_1", "baseline_arm_1", "week_12_arm_1"]
STATUSES = ["Screening", "Screen failed", "Randomised", "On treatment", "Follow-up", "Withdrawn", "Completed"]


def ctms_subjects(c: Ctx) -> Any:
    """A CTMS subject list keyed by subject number, each with initials, birth date and visit dates."""
    st, proto = site(c), protocol(c)
    subjects: dict[str, Any] = {}
    for _ in range(c.r.randint(3, 5)):
        who = c.person()
        sid = c.subject_id(st)
        subjects[sid] = {
            "initials": c.initials(who),
            "yob_or_dob": c.dob(c.pick(["dmy_mon", "compact", "iso"])),
            "sex": "F" if who.female else "M",
            "status": c.pick(STATUSES),
            "consented": c.date("compact"),
            "last_visit": {"visit": c.pick(["V2", "V4 (Wk 8)", "EOT", "Unscheduled"]), "date": c.date("dmy_mon")},
        }
    return structured(
        {"protocol": proto, "site": st, "investigator": c.staff(), "subjects": subjects},
        f"{len(subjects)} subjects at site {st} for protocol {proto}.",
    )


def redcap_csv(c: Ctx) -> Any:
    """A REDCap report exported as CSV into the text field, raw labels as the project's designer left them."""
    header = "record_id,redcap_event_name,first_name,last_name,dob,phone_mobile,email,consent_date,lab,value,loinc"
    rows = [header]
    for _ in range(c.r.randint(3, 5)):
        who = c.person()
        name, value, loinc = lab(c)
        record, event = c.p.id("OTHER_ID", str(c.r.randint(1000, 9999))), c.pick(EVENTS)
        family = who.family if not who.connector else f"{who.connector} {who.family}"
        first, last = c.p.name(who.given, who.english), c.p.name(family, who.english)
        rows.append(
            f"{record},{event},"
            f"{first},{last},{c.dob('iso')},{c.phone()},{c.email(who)},{c.date('iso')},{name},{value},{loinc}"
        )
    return text_block("\n".join(rows))


def redcap_json(c: Ctx) -> Any:
    """REDCap's API record export: flat records, every value a string, checkboxes as field___n."""
    records = []
    for _ in range(c.r.randint(2, 3)):
        who, lar = c.person(), c.person()
        group = site(c)
        records.append(
            {
                "study_id": c.subject_id(group),
                "redcap_data_access_group": group.lower(),
                "pt_name": c.name(who, c.pick(["First Last", "UPPER", "lower"])),
                "date_of_birth": c.dob("iso"),
                "address_line": c.street(),
                "lar_name": c.name(lar, "First Last") if c.chance(0.5) else "",
                "lar_relationship": c.pick(["spouse", "daughter", "son", "sibling", ""]),
                "genotype": gene(c),
                "race___1": "0",
                "race___4": "1",
                "ecog": str(c.r.randint(0, 2)),
                "baseline_complete": "2",
            }
        )
    return json_text(records, twice=c.chance(0.5))


def ae_narrative(c: Ctx) -> Any:
    """A serious adverse event narrative in the sponsor's house style."""
    who, nok = c.person(), c.person()
    st = site(c)
    name, value, loinc = lab(c)
    pronoun = "She" if who.female else "He"
    text = (
        f"SAE NARRATIVE — Protocol {protocol(c)} — Site {st}\n"
        f"Subject {c.subject_id(st)} ({c.initials(who)}), a "
        f"{c.age90('{n}-year-old') if c.chance(0.2) else str(c.r.randint(24, 81)) + '-year-old'} "
        f"{'female' if who.female else 'male'}, received {imp(c)} from {c.date('dmy_mon')}. "
        f"On {c.date('dmy_mon')} the subject presented to {facility(c)} with {meddra(c)}. "
        f"{name} was {value} (LOINC {loinc}). Concomitant medication: {drug(c)}. "
        f"{pronoun} was admitted; study drug was interrupted. The event was reported by the subject's "
        f"{c.pick(['wife', 'husband', 'sister', 'son'])}, {c.name(nok, 'First Last')} ({c.phone()}), who stated "
        f"that {c.given(who)} had been unwell since the {c.pick(['second', 'third'])} dose.\n"
        f"Outcome: {c.pick(['recovering', 'recovered with sequelae', 'not recovered'])}. Causality per "
        f"investigator ({c.staff()}): {c.pick(['possibly related', 'not related', 'probably related'])}.\n"
        f"Medical history: {word(c, 'hypertension since')} {year(c)}."
    )
    return text_block(text)


def consent_log(c: Ctx) -> Any:
    """An eConsent audit log as a markdown table: who signed, how they were verified, from where."""
    st = site(c)
    rows = ["| Subject | Signer | Role | Signed (UTC) | Method | From |", "|---|---|---|---|---|---|"]
    for _ in range(c.r.randint(2, 4)):
        who = c.person()
        sid = c.subject_id(st)
        if c.chance(0.3):
            signer, role = c.name(c.person(), "First Last"), c.pick(["LAR (spouse)", "LAR (parent)"])
        else:
            signer, role = c.name(who, c.pick(["First Last", "Last, First", "UPPER"])), "participant"
        method = c.pick(
            [
                lambda: f"ID check, licence {c.license()}",
                lambda: f"biometric match {c.biometric()}",
                lambda: f"SMS OTP to {c.phone()}",
                lambda: f"link {c.url()}",
            ]
        )()
        rows.append(f"| {sid} | {signer} | {role} | {c.date('iso')} {c.time()} | {method} | {c.ip()} |")
    return text_block(
        f"### eConsent log — {protocol(c)} — site {st} — ICF v{c.r.randint(2, 6)}.0\n\n" + "\n".join(rows)
    )


def monitoring_report(c: Ctx) -> Any:
    """A monitoring visit report's findings, the CRA writing subjects by number and, against the rules, names."""
    st = site(c)
    a, b = c.person(), c.person()
    sa, sb = c.subject_id(st), c.subject_id(st)
    findings = [
        f"1. {sa}: ICF signed {c.date('dmy_mon')} but dated by subject {c.date('dmy_mon')}; "
        f"source shows name {c.name(a, 'LAST, FIRST')}. Re-consent on current version required.",
        f"2. {sb}: {meddra(c)} not entered in eCRF within 24 h. Source note states "
        f'"{c.given(b)} rang the unit" on {c.date("dmy")}.',
        f"3. Subject {sa} home address ({c.address()}) written on the drug accountability log — redact.",
        f"4. IMP {imp(c)} temperature excursion, {word(c, 'no subject impact')}.",
    ]
    return text_block(
        f"MONITORING VISIT REPORT\nProtocol: {protocol(c)}   Site: {st} ({facility(c)})\n"
        f"Visit type: {c.pick(['IMV', 'Remote SDV', 'Close-out'])}   Monitor: {c.staff()}\n\nFINDINGS\n"
        + "\n".join(findings)
        + f"\n\nActions owner: {dept(c, 'research')}"
    )


def sample_manifest(c: Ctx) -> Any:
    """A central lab's biospecimen manifest: accession numbers, subjects, collection times, a device for the ECG."""
    st = site(c)
    lines = ["accession\tsubject\tcollected\ttube\tcomment"]
    for _ in range(c.r.randint(3, 4)):
        who = c.person()
        lines.append(
            f"{c.other_id()}\t{c.subject_id(st)}\t{c.date('compact')} {c.time()}\t"
            f"{c.pick(['EDTA 4 mL', 'SST', 'PAXgene RNA', 'Streck cfDNA'])}\t"
            + c.pick(
                [
                    lambda w=who: f"labelled {c.name(w, 'F. Last')}",
                    lambda w=who: f"pt name on tube: {c.name(w, 'UPPER')}",
                    lambda w=who: "ok",
                ]
            )()
        )
    return {
        "manifest": "\n".join(lines),
        "shipment": {"site": st, "courier_waybill": c.digits(12), "ecg_device_serial": c.device()},
        "assay": word(c, "ctDNA panel"),
    }


def ediary_sync(c: Ctx) -> Any:
    """An eDiary vendor's sync log: the handset, its network address, the subject, and a caregiver's log-in."""
    st = site(c)
    sid, carer = c.subject_id(st), c.person()
    day, at = c.date("iso"), c.time()
    lines = [
        f"{day}T{at}:04Z INFO sync.start subject={sid} device={c.device()} app=4.12.1",
        f"{day}T{at}:05Z INFO auth.ok user={c.email(carer)} role=caregiver",
        f"{day}T{at}:05Z WARN net.retry src={c.ip()} attempts=3",
        f"{day}T{at}:07Z INFO diary.upload form={word(c, 'Daily Symptom Diary')} entries={c.r.randint(1, 9)}",
    ]
    if c.chance(0.5):
        lines.append(f'{day}T{at}:08Z INFO profile.note text="entered by {c.name(carer, "First Last")}"')
    return text_block("\n".join(lines) + f"\nprotocol={protocol(c)} site={st}")


def prescreen_log(c: Ctx) -> Any:
    """A pre-screening log from an EHR search, as CSV written into the text: who was found and why excluded."""
    rows = ["mrn,patient,age,phone,reason,screened_by"]
    for _ in range(c.r.randint(3, 5)):
        who = c.person()
        age = c.age90("{n}") if c.chance(0.15) else str(c.r.randint(18, 80))
        name = c.name(who, c.pick(["Last First", "First Last", "UPPER", "F. Last"]))
        reason = c.pick(["eGFR < 30", "prior anti-PD-1", "QTcF > 470 ms", "eligible - contacted", "declined"])
        rows.append(f"{c.mrn()},{name},{age},{c.phone()},{reason},{c.staff(title=False)}")
    return {"study": protocol(c), "site": site(c), "csv": "\n".join(rows)}


SHAPES = {
    "ediary_sync": ediary_sync,
    "prescreen_log": prescreen_log,
    "ctms_subjects": ctms_subjects,
    "redcap_csv": redcap_csv,
    "redcap_json": redcap_json,
    "ae_narrative": ae_narrative,
    "consent_log": consent_log,
    "monitoring_report": monitoring_report,
    "sample_manifest": sample_manifest,
}
