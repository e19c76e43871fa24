"""Shapes from EHR, lab, imaging and specialty systems."""

from __future__ import annotations

from . import keeps
from .envelope import resource, tool_text
from .render import Pen, embed


def fhir_patient(pen: Pen) -> dict:
    pt, kin = pen.person(), pen.person(min_age=18)
    resource_ = {
        "resourceType": "Patient", "id": pen.other("pat-", 10),
        "meta": {"versionId": "3", "profile": [keeps.version(pen)]},
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.72.5.9.1", "type": {"text": "MRN"}, "value": pen.mrn()},
                       {"system": "http://hl7.org/fhir/sid/us-ssn", "value": pen.ssn()}],
        "name": [{"use": "official", "family": pen.name(pt, "family"), "given": [pen.name(pt, "given")]}],
        "telecom": [{"system": "phone", "value": pen.phone(pt.phone), "use": "home"},
                    {"system": "email", "value": pen.email(pt)}],
        "gender": "female" if pt.sex == "F" else "male", "birthDate": pen.dob(pt, 1),
        "address": [{"line": [pen.street(pt.home)], "city": pen.city(pt.home), "postalCode": pen.postcode(pt.home),
                     "country": pt.home.country}],
        "contact": [{"relationship": [{"text": "next of kin"}], "name": {"text": pen.name(kin, "full")},
                     "telecom": [{"system": "phone", "value": pen.phone(kin.phone)}]}],
        "managingOrganization": {"display": keeps.facility(pen)},
    }
    return tool_text(f"Found 1 Patient ({keeps.version(pen)}).", structured=resource_)


def fhir_bundle(pen: Pen) -> dict:
    pt = pen.person()
    ref = pen.mrn()
    entries = []
    for _ in range(pen.rng.randint(2, 4)):
        analyte, value = keeps.lab(pen)
        entries.append({"resource": {
            "resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": keeps.code(pen, "loinc")}], "text": analyte},
            "subject": {"reference": f"Patient/{ref}", "display": pen.name(pt)},
            "effectiveDateTime": pen.date(pen.near(), 1) + "T08:15:00Z", "valueString": value}})
    entries.append({"resource": {"resourceType": "Encounter", "id": pen.other("enc", 9),
                                 "period": {"start": pen.date(pen.near(), 1)},
                                 "serviceProvider": {"display": keeps.department(pen)},
                                 "reasonCode": [{"coding": [{"code": keeps.code(pen, "icd10")}]}]}})
    return {"content": [{"type": "text", "text": embed({"resourceType": "Bundle", "type": "searchset",
                                                        "total": len(entries), "entry": entries})}]}


def hl7_oru(pen: Pen) -> dict:
    pt = pen.person()
    analyte, value = keeps.lab(pen)
    msg = "\r".join((
        f"MSH|^~\\&|LAB|{keeps.facility(pen)}|EHR|MAIN|{pen.rng.randint(2024, 2026)}0301120000||ORU^R01|"
        f"{pen.digits(6)}|P|2.5.1",
        f"PID|1||{pen.mrn()}^^^HOSP^MR~{pen.ssn()}^^^SSA^SS||{pen.name(pt, 'hl7')}||{pen.dob(pt, 3)}|{pt.sex}|||"
        f"{pen.street(pt.home, True)}^^{pen.city(pt.home, True)}^{pt.home.region}^{pen.postcode(pt.home)}||"
        f"{pen.phone(pt.phone)}|||||{pen.account()}",
        f"OBR|1||{pen.other('ACC', 9)}|{keeps.code(pen, 'loinc')}^{analyte}^LN|||{pen.date(pen.near(), 3)}",
        f"OBX|1|NM|{analyte}||{value}||||||F",
    ))
    return tool_text(msg)


def dicom_dump(pen: Pen) -> dict:
    pt = pen.person(min_age=30)
    lines = [
        "(0008,0020) DA [" + pen.date(pen.near(), 3) + "]  # StudyDate",
        f"(0008,0060) CS [{pen.rng.choice(('CT', 'MR', 'CR', 'US'))}]  # Modality",
        f"(0008,0080) LO [{keeps.facility(pen)}]  # InstitutionName",
        f"(0008,1040) LO [{keeps.department(pen)}]  # InstitutionalDepartmentName",
        f"(0010,0010) PN [{pen.name(pt, 'dicom')}]  # PatientName",
        f"(0010,0020) LO [{pen.mrn()}]  # PatientID",
        f"(0010,0030) DA [{pen.dob(pt, 3)}]  # PatientBirthDate",
        f"(0010,1040) LO [{pen.address_line(pt.home, True)}]  # PatientAddress",
        f"(0018,1000) LO [{pen.device()}]  # DeviceSerialNumber",
        f"(0018,1020) LO [{keeps.version(pen)}]  # SoftwareVersions",
        f"(0020,000D) UI [1.2.840.{pen.digits(6)}.{pen.digits(10)}]  # StudyInstanceUID",
        f"(0040,A123) PN [{pen.name(pen.person(min_age=18), 'dicom')}]  # PersonName (guarantor)",
    ]
    pen.rng.shuffle(lines)
    return tool_text("DICOM header dump\n" + "\n".join(lines))


def radiology_report(pen: Pen) -> dict:
    pt = pen.person(min_age=20)
    name = pen.name(pt, pen.rng.choice(("FAMILY_GIVEN", "FULL", "family_given")))
    text = (f"RADIOLOGY REPORT\nPATIENT:  {name}     MRN: {pen.mrn()}\nDOB: {pen.dob(pt)}   ACC#: "
            f"{pen.other('RA', 8)}\nEXAM DATE: {pen.date(pen.near())}\nEXAM: CT ABDOMEN/PELVIS W CONTRAST "
            f"(CPT {keeps.code(pen, 'cpt')})\nHISTORY: RLQ pain, eval for {keeps.eponym(pen)}.\nFINDINGS: No free air. "
            f"Gallbladder unremarkable, {keeps.eponym(pen)} not assessed.\nIMPRESSION:\n1. No acute process.\n"
            f"2. Recommend f/u in {keeps.department(pen)}.\nDictated by radiology resident; {keeps.wordlike(pen)}.\n"
            f"cc: {pen.title(pt)}'s PCP")
    return tool_text(text)


def lab_table(pen: Pen) -> dict:
    pt = pen.person()
    rows = ["| Test | Result | Units/Ref | LOINC |", "|---|---|---|---|"]
    for _ in range(pen.rng.randint(3, 6)):
        analyte, value = keeps.lab(pen)
        rows.append(f"| {analyte} | {value} | see range | {keeps.code(pen, 'loinc')} |")
    head = (f"**Patient:** {pen.name(pt)}  **DOB:** {pen.dob(pt)}  **Specimen:** {pen.other('SP', 10)}\n"
            f"**Collected:** {pen.date(pen.near())}  **Ordering dept:** {keeps.department(pen)}\n\n")
    return tool_text(head + "\n".join(rows))


def discharge_letter(pen: Pen) -> dict:
    pt = pen.person(min_age=90, max_age=104)
    age = (pen.near(0) - pt.birth).days // 365
    daughter = pen.person(min_age=40)
    admit = pen.near(60)
    text = (f"Dear Dr. Okonkwo-Reyes,\n\nI had the pleasure of caring for {pen.title(pt)}, a {pen.age(age)}-year-old "
            f"with {keeps.eponym(pen)} ({keeps.code(pen, 'icd10')}), admitted {pen.date(admit)} and discharged "
            f"{pen.date(pen.near(10))}. {pen.name(pt, 'given')} was started on {keeps.drug(pen)} with "
            f"{keeps.wordlike(pen)}. Her daughter, {pen.name(daughter, 'full')} ({pen.phone(daughter.phone)}), "
            f"will take her home to {pen.address_line(pt.home)}.\n\nPlease see {pen.name(pt, 'given')}'s labs from "
            f"{keeps.year(pen)} attached.\n\nSincerely,\nHospital Medicine, {keeps.facility(pen)}")
    return tool_text(text)


def resource_summary(pen: Pen) -> dict:
    pt = pen.person()
    mrn = pen.mrn()
    text = (f"# Summary for {pen.name(pt, 'full_middle')}\n\n- **DOB**: {pen.dob(pt)}\n- **Phone**: "
            f"{pen.phone(pt.phone)}\n- **Plan**: {pen.plan_id()}\n- **Problems**: {keeps.eponym(pen)}, "
            f"{keeps.code(pen, 'icd10')}\n- **Meds**: {keeps.drug(pen)}; {keeps.drug(pen)}\n"
            f"- **Portal**: {pen.url()}\n")
    return resource(f"ehr://patients/{mrn}/summary.md", text, "text/markdown")


def ophthalmology_fr(pen: Pen) -> dict:
    pt = pen.person(min_age=40)
    exam = {
        "patient": {"nom": pen.name(pt, "family"), "prénom": pen.name(pt, "given"),
                    "date_de_naissance": pen.dob(pt, 2), "n°_sécu": pen.ssn(), "tél": pen.phone(pt.phone),
                    "adresse": pen.address_line(pt.home)},
        "examen": {"date": pen.date(pen.near(), 2), "réfraction_OD": "-2.25 (-0.50 x 180)",
                   "PIO_OG": pen.keep("lab", f"{pen.rng.randint(12, 24)} mmHg"), "diagnostic": keeps.code(pen, "icd10"),
                   "appareil_OCT": {"série": pen.device(), "logiciel": keeps.version(pen)},
                   "biométrie_iris": pen.biometric(), "traitement": keeps.drug(pen)},
        "service": keeps.department(pen),
    }
    return tool_text("Examen ophtalmologique exporté.", structured=exam)


def dental_es(pen: Pen) -> dict:
    pt, tutor = pen.person(max_age=17), pen.person(min_age=25)
    chart = {
        "nombrePaciente": pen.name(pt, "full"), "fechaNacimiento": pen.dob(pt, 8),
        "tutorLegal": {"nombre": pen.name(tutor), "telefono": pen.phone(tutor.phone), "correo": pen.email(tutor)},
        "domicilio": {"calle": pen.street(pt.home), "ciudad": pen.city(pt.home), "cp": pen.postcode(pt.home)},
        "seguro": {"numAfiliado": pen.plan_id(), "grupo": pen.group_no()},
        "odontograma": [{"pieza": n, "proc": keeps.code(pen, "cpt"), "nota": "caries oclusal"}
                        for n in sorted(pen.rng.sample(range(11, 48), 3))],
        "radiografias": [pen.photo(pt)], "clinica": keeps.facility(pen),
    }
    return tool_text(embed(chart))


SHAPES = (fhir_patient, fhir_bundle, hl7_oru, dicom_dump, radiology_report, lab_table, discharge_letter,
          resource_summary, ophthalmology_fr, dental_es)
