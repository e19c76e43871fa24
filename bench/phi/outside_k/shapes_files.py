"""Files: SharePoint and Drive listings, spreadsheet exports, faxes and forms after OCR, JSON written inside text."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from .office import cpt, dept, drug, facility, icd, json_in_text, lab, language, text_result, word
from .people import Ctx, Person, fold

EMPLOYERS = ["JBS Swift Greeley", "Amazon BFI4", "Sysco Boston", "Marriott Downtown", "Cargill Fresno", "UPS Hub"]


def _file_person(c: Ctx, who: Person) -> str:
    """A name as people type it into a file name: folded, family first, hyphens or spaces between."""
    g, f = fold(who.given).replace(" ", "-"), fold(who.family).replace(" ", "-")
    text = c.pick([f"{f.upper()} {g}", f"{f.upper()}-{g}", f"{f}, {g}", f"{g} {f}", f"{f.lower()}.{g.lower()}"])
    return c.p.name(text, who.english)


def _file_name(c: Ctx, who: Person) -> str:
    kind = c.pick(["Referral", "Consent", "Intake", "POLST", "Interpreter Log", "Discharge Summary", "Wound Photos"])
    name, day = _file_person(c, who), c.date(c.pick(["iso", "compact", "ymd"]))
    ext = c.pick(["pdf", "docx", "pdf", "xlsx", "tif"])
    return c.pick(
        [f"{kind} - {name} - {day}.{ext}", f"{day} {name} {kind.lower()}.{ext}", f"{name} ({day}) {kind}.{ext}"]
    )


def _drive_item(c: Ctx) -> dict[str, Any]:
    pt = c.person()
    name = _file_name(c, pt)
    folder = c.pick(["Referrals", "Scanned Intake", "Family Meetings", "Refugee Clinic/2025"])
    url = c.p.id(
        "URL", f"https://lakeshorehealth.sharepoint.com/sites/CaseMgmt/Shared%20Documents/{quote(folder)}/{quote(name)}"
    )
    return {
        "name": name,
        "webUrl": url,
        "size": c.r.randint(24_000, 9_800_000),
        "createdBy": {"user": {"displayName": c.staff("full")}},
        "lastModifiedDateTime": f"{c.date('iso')}T{c.r.randint(10, 23)}:{c.r.randint(10, 59)}:11Z",
        "parentReference": {"path": f"/drive/root:/{folder}"},
    }


def drive_listing(c: Ctx) -> Any:
    """A SharePoint document-library listing: patients and dates in file names and in their URLs."""
    return {"value": [_drive_item(c) for _ in range(c.r.randint(3, 6))], "site": c.keep("WORD", "Care Management")}


def _number_cell(c: Ctx, surface: str) -> Any:
    """An id typed into Excel: a number when it is all digits and has no leading zero, as Excel stores it."""
    return int(surface) if surface.isdigit() and not surface.startswith("0") else surface


def excel_export(c: Ctx) -> Any:
    """A workbook read cell by cell: a title row, a header row, merged cells come back empty."""
    values: list[list[Any]] = [
        [f"Readmission tracker - {c.keep('DEPARTMENT', 'Care Management')}", None, None, None, None, None],
        ["MRN", "Patient", "DOB", "Dx", "Follow-up", "Phone"],
    ]
    for _ in range(c.r.randint(3, 6)):
        pt = c.person()
        values.append(
            [
                _number_cell(c, c.mrn()),
                c.name(pt, c.pick(["LAST, First", "Last, First", "First Last", "UPPER"])),
                c.dob(c.pick(["mdy", "iso"])),
                icd(c),
                c.one(lambda: c.date("mdy_short"), lambda: word(c, "declined"), lambda: word(c, "TBD")),
                _number_cell(c, c.phone(form=c.pick(["bare", "dash"]))),
            ]
        )
    values.append(["Total", None, None, None, None, len(values) - 2])
    return {"workbook": "readmits_FY.xlsx", "worksheet": "Sheet1", "range": f"A1:F{len(values)}", "values": values}


def headerless_sheet(c: Ctx) -> Any:
    """A sheet exported without its header row, as CSV text: the reader must guess what each column holds."""
    rows = []
    for _ in range(c.r.randint(4, 7)):
        pt = c.person()
        c.move()
        rows.append(
            ",".join(
                [
                    c.family(pt, upper=c.chance(0.5)),
                    c.given(pt),
                    c.dob("mdy"),
                    language(c, pt.group) if c.chance(0.5) else "English",
                    c.address(one_line=True).replace(",", ""),
                    c.phone(form="dash"),
                ]
            )
        )
    return text_result("\n".join(rows))


def _ocr(text: str) -> str:
    """Letters an OCR engine swaps in printed labels (not in the planted values)."""
    return text.replace("o", "0").replace("l", "1").replace("I", "l")


def fax_cover(c: Ctx) -> Any:
    """A fax cover sheet after OCR: spaced-out headings, 0/O and 1/l swaps, the employer's fax number."""
    pt = c.person()
    employer = c.p.name(c.pick(EMPLOYERS), False)
    m, d = c.r.randint(1, 12), c.r.randint(1, 28)
    ocr_date = f"{m:02d}/{d:02d}".replace("0", "O").replace("1", "l") + f"/{c.r.randint(2024, 2026)}"
    dated = c.p.id("DATE", ocr_date, re.escape(ocr_date[:5]))
    text = (
        f"F A X   C 0 V E R   S H E E T\n{facility(c)}\n\n"
        f"{_ocr('To:')}  {employer} - Human Resources    {_ocr('Fax:')} {c.fax(form=c.pick(['ocr', 'paren']))}\n"
        f"{_ocr('From:')} {c.staff('creds')}   {dept(c)}\n"
        f"Date: {dated}      Pages: {c.r.randint(2, 6)}\n"
        f"RE :  {c.name(pt, c.pick(['UPPER', 'LAST, FIRST', 'First Last']))}   D0B {c.dob('mdy')}\n\n"
        f"{_ocr('Return to work note attached for')} {c.given(pt)}. {_ocr('May return on')} {c.date('long')} "
        f"with {word(c, 'no lifting over 20 lb')}.\n\n"
        f"C0NFIDENTIALITY N0TICE: This fax may contain protected health information."
    )
    return text_result(text)


def intake_ocr(c: Ctx) -> Any:
    """A scanned intake form as OCR key: value pairs, checkboxes, an emergency contact, the employer."""
    pt = c.person()
    ec = c.relative(pt)
    pairs = [
        ("Patient Name (Last, First, MI)", c.name(pt, c.pick(["LAST, FIRST", "Last, First", "LAST, First"]))),
        ("Date of Birth", c.dob(c.pick(["mdy", "mdy_short"]))),
        ("Sex", "[X] F  [ ] M" if pt.female else "[ ] F  [X] M"),
        ("Home Address", c.address(one_line=c.chance(0.5))),
        ("County", c.county()),
        ("Cell", c.phone()),
        ("E-mail", c.email(pt)),
        ("SSN", c.ssn()),
        ("Driver License / State ID", c.license()),
        ("Insurance Member ID", c.plan_id()),
        ("Employer", c.p.name(c.pick(EMPLOYERS), False)),
        ("Preferred language", language(c, pt.group)),
        (
            "Emergency contact",
            f"{c.name(ec, 'First Last')} ({c.pick(['spouse', 'sister', 'son', 'cousin'])}) {c.phone()}",
        ),
        ("Reason for visit", f"{c.keep('WORD', 'new patient')} - {cpt(c)}"),
    ]
    if pt.group not in ("US", "English"):
        pairs.insert(1, ("Name in your language", c.name(pt, "own")))
    lines = [f"{key}: {value}" if c.chance(0.8) else f"{key.upper()}  {value}" for key, value in pairs]
    return {
        "document": "intake_form_scan.tif",
        "engine": c.keep("PRODUCT", "Kofax Capture"),
        "pages": 2,
        "text": "\n".join(lines),
    }


def referral_json(c: Ctx) -> Any:
    """A referral packet whose tool returns JSON serialised inside the MCP text field."""
    pt = c.person()
    guardian = c.relative(pt)
    packet = {
        "referral_id": c.keep("TICKET", f"REF-{c.digits(6)}"),
        "patient": {
            "name": c.name(pt, c.pick(["First Last", "LAST, First"])),
            "dob": c.dob("iso"),
            "mrn": c.mrn(),
            "account": c.account(),
            "address": {"line": c.street(), "city": c.city(), "zip": c.zip()},
            "phone": c.phone(),
        },
        "guardian": {"name": c.name(guardian, "First Last"), "relationship": "parent", "email": c.email(guardian)},
        "reason": icd(c),
        "meds": [drug(c)],
        "last_lab": lab(c),
        "attachments": [{"file": _file_name(c, pt)}],
        "to": dept(c),
    }
    return json_in_text(packet)


def keyed_roster(c: Ctx) -> Any:
    """A tool keyed by identifiers: the MRN and the portal e-mail are the object keys, not values."""
    by_mrn, by_email = {}, {}
    for _ in range(c.r.randint(2, 4)):
        pt = c.person()
        by_mrn[c.mrn()] = {
            "name": c.name(pt, c.pick(["Last, First", "First Last"])),
            "next_visit": c.date("iso"),
            "program": c.keep("WORD", c.pick(["CHF bundle", "Diabetes education", "Prenatal group"])),
        }
        by_email[c.email(pt)] = {"portal_id": c.other_id(), "verified": c.chance(0.7)}
    return {
        "patients_by_mrn": by_mrn,
        "portal_accounts": by_email,
        "generated_by": c.keep("PRODUCT", "Epic Hyperspace"),
    }


def interpreter_request(c: Ctx) -> Any:
    """An interpreter-services booking: the name as the family writes it, a home visit, the job number."""
    pt = c.person(
        group=c.pick(
            ["Vietnamese", "Haitian", "Somali", "Amharic", "Hmong", "Ukrainian", "Brazilian", "Kiche", "Nepali"]
        )
    )
    text = (
        f"INTERPRETER REQUEST  job {c.other_id('job')}\n"
        f"Language: {language(c, pt.group)}   "
        f"Modality: {c.keep('WORD', c.pick(['in person', 'video (VRI)', 'phone']))}\n"
        f"Patient: {c.name(pt, 'LAST, First')}\n{c.name(pt, 'own')}\n"
        f"MRN {c.mrn()}  DOB {c.dob('mdy')}\n"
        f"Appt: {c.date('long')} {c.time()} at {c.address()}\n"
        f"Contact: {c.phone()} ({c.pick(['patient', 'husband', 'daughter'])})\n"
        f"Requested by: {c.staff('creds')}, {dept(c)}\n"
        f"Family abroad: {c.abroad(pt)}\n"
        f"Notes: prefers {'female' if pt.female else 'male'} interpreter; {c.given(pt)} is hard of hearing."
    )
    return text_result(text)


SHAPES = {
    "drive_listing": drive_listing,
    "excel_export": excel_export,
    "headerless_sheet": headerless_sheet,
    "fax_cover": fax_cover,
    "intake_ocr": intake_ocr,
    "referral_json": referral_json,
    "keyed_roster": keyed_roster,
    "interpreter_request": interpreter_request,
}
