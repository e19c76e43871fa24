"""Payers, research and public health: PBM claims, workers' comp, trial CRFs and SAEs, registries, faxes, e-mail."""

from __future__ import annotations

from typing import Any

from .people import Ctx
from .result import dumps, structured, text
from .shapes_programs import employer
from .vocab import DRUGS, ICD10


def pbm_claims(c: Ctx) -> dict[str, Any]:
    member = c.person()
    dependent = c.relative(member, c.pick(("wife", "husband", "son", "daughter")))
    rows = []
    for who, rel in ((member, "01"), (dependent, c.pick(("02", "03")))):
        rows.append(
            {
                "cardholder_id": c.plan(),
                "person_code": rel,
                "patient_first": c.recase(c.name(who, "first")),
                "patient_last": c.recase(c.name(who, "last")),
                "dob": c.date("hl7", years=(1940, 2015)),
                "rx_number": c.other("RX", 7),
                "fill_date": c.date("hl7"),
                "ndc": c.keep("CODE", c.pick(("00093-7214-01", "00378-1805-77", "59762-0144-01"))),
                "drug": c.keep("DRUG", c.pick(DRUGS)),
                "days_supply": 30,
                "reject": c.pick(("", "75 - Prior Authorization Required", "79 - Refill Too Soon")),
            }
        )
    claim = {
        "bin": "610014",
        "pcn": "MEDDPRIME",
        "group": "RX4471",
        "claims": rows,
        "member_address": f"{c.street()}|{c.city()}|{c.state()}|{c.zip(True)}",
        "member_phone": c.phone(),
    }
    return structured(claim, echo=c.chance(0.5))


def workers_comp(c: Ctx) -> dict[str, Any]:
    worker = c.person()
    boss = c.person(english=False)
    dob, _ = c.dob("us", (19, 66))
    report = {
        "form": "First Report of Injury (FROI)",
        "claim_number": c.other("WC-", 9),
        "employee": {
            "name": c.any_name(worker),
            "ssn": c.ssn(),
            "dob": dob,
            "address": c.street(),
            "city": c.city(),
            "zip": c.zip(),
            "phone": c.phone(),
            "drivers_license": c.license(),
        },
        "employer": {
            "name": employer(c, boss),
            "contact": c.name(boss, "first_last"),
            "fax": c.fax(),
            "policy": c.account("POL-"),
        },
        "injury": {
            "date": c.date("us"),
            "body_part": "right wrist",
            "icd10": c.keep("CODE", "S52.501A"),
            "description": f"{c.name(worker, 'first_part')} fell from ladder at job site, {c.street()}.",
        },
        "treating": {
            "clinic": c.keep("DEPT", "Occupational Health"),
            "provider": c.staff("PA-C"),
            "restrictions": "no lifting > 10 lb",
            "return_to_work": c.date("us"),
        },
        "adjuster_notes": f"spoke w/ {c.name(worker, 'last')}'s supervisor {c.name(boss, 'F. Last')}; "
        f"recorded statement taken {c.date('md')}.",
    }
    return structured(report, echo=c.chance(0.5))


def trial_crf(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    subject = c.other(f"{c.rng.randint(101, 140)}-", 4)
    visits = []
    for visit in ("Screening", "Baseline", "Week 4", "Week 12")[: c.rng.randint(2, 4)]:
        visits.append(
            {
                "visit": visit,
                "date": c.date(c.pick(("d_mon_y", "oracle"))),
                "ecrf": {
                    "VS_SYSBP": c.rng.randint(105, 160),
                    "LB_HBA1C": c.keep("LAB", "HbA1c 8.2 %"),
                    "CM": c.keep("DRUG", c.pick(DRUGS)),
                },
            }
        )
    crf = {
        "study": "NCT05829941",
        "site": c.keep("DEPT", "Clinical Research Unit"),
        "subject_id": subject,
        "initials": f"{pt.given[0]}{pt.middle[0]}{pt.family[0]}",
        "yob": c.rng.randint(1950, 2000),
        "visits": visits,
        "source_doc_note": f"Consent signed by {c.name(pt, c.pick(('first_last', 'UPPER')))} on {c.date('us')}; "
        f"LAR n/a. Stipend card mailed to {c.street()}, {c.city()} {c.zip()}.",
    }
    return text(dumps(crf))


def trial_sae(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    relation = c.pick(("daughter", "son", "wife", "husband", "niece"))
    reporter = c.relative(pt, relation)
    age = c.rng.randint(55, 97)
    narrative = (
        f"{'An' if str(age).startswith('8') else 'A'} {c.age(age)}-year-old {'man' if pt.sex == 'M' else 'woman'} "
        f"(subject {c.other('SUBJ-', 5)}) enrolled in "
        f"study ABX-302 experienced {c.keep('CLINICAL', 'shortness of breath')} on {c.date('d_mon_y')}. Admitted; "
        f"{c.keep('LAB', 'BNP 890 pg/mL')}, {c.keep('LAB', 'troponin I 0.04 ng/mL')}. Study drug interrupted. "
        f"Event reported by the subject's {relation}, {c.name(reporter, 'first_last')}, "
        f"who can be reached at {c.phone()}. {c.name(pt, 'family_first')} recovered {c.date('d_mon_y')}."
    )
    form = {
        "CIOMS_I": {
            "1_patient_initials": "PRIVACY",
            "2_country": "USA",
            "2a_age": c.age(age) if age > 89 else age,
            "7_13_describe": narrative,
            "14_suspect_drug": c.keep("DRUG", "apixaban 5 mg"),
            "22_concomitant": [c.keep("DRUG", c.pick(DRUGS))],
        },
        "meddra_pt": c.keep("CLINICAL", c.pick(("Cardiac failure", "Pneumonia", "Atrial fibrillation"))),
    }
    return structured(form)


def vxu_registry(c: Ctx) -> dict[str, Any]:
    child = c.person()
    mother = c.relative(child, "mother")
    now = c.date("hl7")
    home_phone = c.p.id("PHONE", f"{c.rng.randint(201, 989)}^{c.digits(7)}")  # PID-13's area code^number
    segs = [
        f"MSH|^~\\&|EHR|CLINIC|IIS|STATE|{now}1022||VXU^V04^VXU_V04|{c.digits(10)}|P|2.5.1",
        f"PID|1||{c.mrn()}^^^CLINIC^MR~{c.other('', 8)}^^^IIS^SR||{c.name(child, 'hl7')}|"
        f"{c.name(mother, 'hl7')}|{c.dob('hl7', (0, 17))[0]}|"
        f"{child.sex}|||{c.recase(c.street())}^^{c.recase(c.city())}^{c.state()}^{c.zip()}||^PRN^PH^^^{home_phone}",
        f"NK1|1|{c.name(mother, 'hl7')}|MTH^Mother^HL70063|||^PRN^PH^^^{c.phone()}",
        f"ORC|RE||{c.digits(9)}",
        f"RXA|0|1|{c.date('hl7')}||{c.keep('CODE', '03^MMR^CVX')}|0.5|mL^mL^UCUM||00^New Record^NIP001",
        "OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F",
    ]
    return text("\r".join(segs))


def eicr_cda(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    contact = c.relative(pt, c.pick(("wife", "son", "sister")))
    given = c.name(pt, "first")
    family = c.name(pt, "last")
    xml = (
        '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
        "  <title>Initial Public Health Case Report</title>\n"
        f'  <effectiveTime value="{c.date("hl7")}103000-0500"/>\n'
        "  <recordTarget><patientRole>\n"
        f'    <id extension="{c.mrn()}" root="2.16.840.1.113883.19.5"/>\n'
        f'    <addr use="H"><streetAddressLine>{c.street()}</streetAddressLine><city>{c.city()}</city>'
        f"<state>{c.state()}</state><postalCode>{c.zip()}</postalCode><county>{c.county()}</county></addr>\n"
        f'    <telecom use="HP" value="tel:{c.phone()}"/>\n'
        f'    <telecom use="HP" value="mailto:{c.email(pt)}"/>\n'
        f"    <patient><name><given>{given}</given><family>{family}</family></name>\n"
        f'      <birthTime value="{c.dob("hl7", (2, 95))[0]}"/></patient>\n'
        "  </patientRole></recordTarget>\n"
        f"  <component><section><title>Reportable condition</title><text>{c.keep('CODE', 'A15.0')} pulmonary "
        f"tuberculosis; sputum AFB smear positive; reported by {c.keep('DEPT', 'Immunization Program')} liaison. "
        f"Household contact {c.name(contact, 'first_last')} screened {c.date('us')}.</text></section></component>\n"
        "</ClinicalDocument>"
    )
    return structured({"report_id": c.other("EICR-", 8), "format": "CDA R2", "document": xml}, echo=False)


def fax_referral_ocr(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    ocr = (
        f"FAX  {c.date('us')}  FROM: {c.fax()}  PAGE 1/3\n"
        f"REFERRAL - {c.keep('DEPT', 'WOUND CARE CLINIC')}\n"
        f"PT NAME: {c.name(pt, 'LAST, FIRST M')}    D0B: {c.dob('us')[0]}\n"
        f"ADDR: {c.recase(c.street())} {c.recase(c.city())}\n"
        f"PH0NE {c.phone()}   INS: {c.plan()}\n"
        f"DX: {c.keep('CODE', 'L89.154')}  {c.keep('CLINICAL', 'stage 3 pressure injury')}\n"
        f"pls see pt asap, {c.recase(c.name(pt, 'first_part'), str.lower)} is diabetic, on "
        f"{c.keep('DRUG', 'insulin glargine 22 units')}.\n"
        f"Signed: {c.staff()} NP"
    )
    return text(ocr)


def care_email_thread(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    son = c.relative(pt, "son")
    she, her = ("She", "Her") if pt.sex == "F" else ("He", "His")
    dx = c.keep("CODE", c.pick(ICD10))
    body = (
        f"From: {c.name(son, 'first_last')} <{c.email(son)}>\nTo: intake@brightpathhospice.org\n"
        f"Subject: Re: admission for my {'mother' if pt.sex == 'F' else 'father'}\n\n"
        f"Hi, following up on {c.name(pt, 'first_last')} (DOB {c.dob('us_short', (70, 99))[0]}). "
        f"Medicare # {c.medicare()}. "
        f"{she} is at {c.street()} now with me. {her} GoFundMe is {c.url()} if the social worker needs it. "
        f"Call me at {c.phone()}.\n\nThanks,\n{c.name(son, 'first_part')}\n\n"
        f"> On {c.date('mon')}, intake wrote:\n> Thank you. We received the referral ({dx}). "
        f"{c.keep('DEPT', 'Hospice Inpatient Unit')} has a bed."
    )
    return text(body)


SHAPES = {
    "pbm_claims": pbm_claims,
    "workers_comp": workers_comp,
    "trial_crf": trial_crf,
    "trial_sae": trial_sae,
    "vxu_registry": vxu_registry,
    "eicr_cda": eicr_cda,
    "fax_referral_ocr": fax_referral_ocr,
    "care_email_thread": care_email_thread,
}
