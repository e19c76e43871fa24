"""What must survive masking in office text: drugs, labs, codes, rooms, tickets, meeting ids, departments, products.

Also the MCP envelope the office tools wrap their text in.
"""

from __future__ import annotations

import json
from typing import Any

from .people import Ctx

DRUGS = [
    "apixaban 5 mg BID",
    "metoprolol succinate 25 mg",
    "insulin lispro sliding scale",
    "ceftriaxone 1 g IV q24h",
    "tamsulosin 0.4 mg",
    "hydroxyurea 500 mg",
    "enoxaparin 40 mg SC daily",
    "levetiracetam 750 mg",
    "sacubitril-valsartan 24-26 mg",
    "dulaglutide 1.5 mg weekly",
    "quetiapine 25 mg qHS",
    "ondansetron 4 mg ODT",
    "vancomycin 1250 mg IV q12h",
    "pantoprazole 40 mg",
    "methadone 60 mg",
    "ferrous sulfate 325 mg",
]
LABS = [
    ("Sodium", "128 mmol/L", "2951-2"),
    ("Hemoglobin A1c", "10.2 %", "4548-4"),
    ("Lactate", "3.1 mmol/L", "2524-7"),
    ("BNP", "1,240 pg/mL", "30934-4"),
    ("Hemoglobin", "7.4 g/dL", "718-7"),
    ("WBC", "14.8 K/uL", "6690-2"),
    ("Creatinine", "2.05 mg/dL", "2160-0"),
    ("INR", "4.1", "6301-6"),
    ("Vitamin B12", "162 pg/mL", "2132-9"),
    ("TSH", "0.02 mIU/L", "3016-3"),
]
ICD = [
    ("E11.9", "Type 2 diabetes without complications"),
    ("D57.1", "Sickle-cell disease without crisis"),
    ("B18.1", "Chronic viral hepatitis B"),
    ("A15.0", "Tuberculosis of lung"),
    ("I48.91", "Unspecified atrial fibrillation"),
    ("O09.523", "Supervision of elderly multigravida, third trimester"),
    ("F43.10", "Post-traumatic stress disorder, unspecified"),
    ("N39.0", "Urinary tract infection, site not specified"),
    ("W19.XXXA", "Unspecified fall, initial encounter"),
    ("Z59.01", "Sheltered homelessness"),
    ("Z60.3", "Acculturation difficulty"),
    ("K21.9", "GERD without esophagitis"),
]
CPT = [
    ("99497", "Advance care planning, first 30 min"),
    ("T1013", "Sign language or oral interpretive services"),
    ("99214", "Office visit, established, moderate"),
    ("71046", "Chest X-ray, 2 views"),
    ("93306", "Echo, complete with Doppler"),
    ("G0299", "Direct skilled nursing, home health"),
    ("99349", "Home visit, established"),
    ("98966", "Telephone assessment, 5-10 min"),
]
DEPARTMENTS = [
    "4 West Med-Surg",
    "Cardiac Step-Down",
    "Labor & Delivery",
    "Interpreter Services",
    "Patient Access",
    "Health Information Management",
    "Care Management",
    "Risk Management",
    "Patient Experience",
    "Refugee Health Clinic",
    "Infectious Disease Clinic",
    "Emergency Department",
    "Home Health",
    "Revenue Cycle",
    "IS Service Desk",
    "Biomedical Engineering",
    "Parking & Transportation",
]
FACILITIES = ["Lakeshore Regional Medical Center", "Lakeshore Northside Clinic", "Lakeshore Family Health Center"]
PRODUCTS = [
    "MyChart",
    "Epic Hyperspace",
    "Microsoft Teams",
    "Outlook",
    "SharePoint Online",
    "ServiceNow",
    "RightFax",
    "Imprivata OneSign",
    "Vocera",
    "Zoom for Healthcare",
    "Kofax Capture",
    "Excel",
    "RL Datix",
    "Okta Verify",
]
LANGUAGES = {
    "Vietnamese": "Vietnamese",
    "Haitian": "Haitian Creole",
    "Somali": "Somali",
    "Amharic": "Amharic",
    "Hmong": "Hmong (White)",
    "Ukrainian": "Ukrainian",
    "Brazilian": "Portuguese (Brazilian)",
    "Kiche": "K'iche'",
    "Nepali": "Nepali",
}


def text_result(text: str) -> dict[str, Any]:
    """The MCP tool-result envelope around plain text."""
    return {"content": [{"type": "text", "text": text}], "isError": False}


def json_in_text(value: Any) -> dict[str, Any]:
    """An MCP tool result whose text is JSON written as a string (many servers return it so)."""
    return text_result(json.dumps(value, ensure_ascii=False, indent=1))


def drug(c: Ctx) -> str:
    return c.keep("DRUG", c.pick(DRUGS))


def lab(c: Ctx) -> str:
    name, value, loinc = c.pick(LABS)
    return f"{c.keep('LAB', name)} {c.keep('LAB_VALUE', value)} (LOINC {c.keep('CODE', loinc)})"


def icd(c: Ctx) -> str:
    code, text = c.pick(ICD)
    return f"{c.keep('CODE', code)} {c.keep('WORD', text)}"


def cpt(c: Ctx) -> str:
    code, text = c.pick(CPT)
    return f"{c.keep('CODE', code)} {text}"


def dept(c: Ctx) -> str:
    return c.keep("DEPARTMENT", c.pick(DEPARTMENTS))


def facility(c: Ctx) -> str:
    return c.keep("FACILITY", c.pick(FACILITIES))


def product(c: Ctx) -> str:
    return c.keep("PRODUCT", c.pick(PRODUCTS))


def bed(c: Ctx) -> str:
    """Where a patient lies: room and bed, an ED bay, a bare bed number."""
    return c.keep(
        "ROOM",
        c.pick(
            [
                f"{c.r.randint(3, 8)}{c.r.randint(10, 48)}-{c.pick('AB')}",
                f"Rm {c.r.randint(201, 640)}",
                f"ED {c.r.randint(1, 36)}",
                f"Bed {c.r.randint(1, 24)}",
            ]
        ),
    )


def room(c: Ctx) -> str:
    """Where staff meet."""
    return c.keep("ROOM", c.pick([f"Conf Rm {c.r.randint(1, 6)}{c.pick('ABC')}", f"Huddle Room {c.r.randint(2, 9)}"]))


def ticket(c: Ctx, prefix: str = "INC") -> str:
    return c.keep("TICKET", f"{prefix}{c.digits(7)}")


def meeting_id(c: Ctx) -> str:
    return c.keep("MEETING_ID", f"{c.r.randint(200, 999)} {c.digits(3)} {c.digits(3)} {c.digits(3)}")


def language(c: Ctx, group: str) -> str:
    return c.keep("LANGUAGE", LANGUAGES.get(group, "English"))


def word(c: Ctx, text: str) -> str:
    return c.keep("WORD", text)
