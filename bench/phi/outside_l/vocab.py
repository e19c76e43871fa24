"""What stays: payers, plans, codes, amounts, drugs, vital values, device models, departments and years.

Each writer plants what it writes as a keep, so the corpus checks that a masker leaves billing and clinical
content readable.
"""

from __future__ import annotations

import json
from typing import Any

from .people import Ctx

PAYERS = [
    "Aetna Better Health",
    "Ambetter from Superior",
    "Molina Healthcare",
    "UnitedHealthcare Community Plan",
    "Medicare Part B",
    "Texas Medicaid",
    "Florida Blue",
    "Cigna",
    "Humana Gold Plus",
    "MassHealth",
    "Triple-S Salud",
    "Blue Cross Blue Shield of Michigan",
    "Horizon NJ Health",
    "Medi-Cal",
    "Oscar Health",
]
PLANS = [
    "HMO Silver 2",
    "PPO Gold 1500",
    "Dual Complete",
    "Essential Plan 1",
    "Bronze HSA 7050",
    "Medicare Advantage HMO-POS",
    "STAR Kids",
    "Qualified Health Plan Silver 94",
]
CPT = [
    ("99453", "RPM device setup"),
    ("99454", "RPM device supply 16+ days"),
    ("99457", "RPM mgmt first 20 min"),
    ("99458", "RPM mgmt addl 20 min"),
    ("99213", "office visit est"),
    ("99214", "office visit est, mod"),
    ("G2012", "virtual check-in"),
    ("99421", "online digital E/M 5-10 min"),
    ("93000", "ECG 12-lead"),
    ("80053", "comprehensive metabolic panel"),
    ("71046", "chest x-ray 2 views"),
    ("70553", "MRI brain w/wo"),
    ("E0607", "home glucose monitor"),
    ("J1885", "ketorolac inj"),
]
ICD = [
    ("I10", "essential hypertension"),
    ("E11.65", "type 2 DM with hyperglycemia"),
    ("I50.22", "chronic systolic HF"),
    ("J44.1", "COPD with exacerbation"),
    ("N18.4", "CKD stage 4"),
    ("E66.01", "morbid obesity"),
    ("R07.9", "chest pain, unspecified"),
    ("M54.50", "low back pain"),
    ("O24.419", "gestational DM"),
]
CARC = [
    ("CO-16", "claim lacks information"),
    ("CO-197", "precertification absent"),
    ("CO-50", "not medically necessary"),
    ("PR-1", "deductible amount"),
    ("PR-2", "coinsurance amount"),
    ("CO-29", "time limit for filing expired"),
    ("CO-22", "may be covered by another payer"),
    ("OA-23", "prior payer adjudication"),
]
RARC = ["N290", "MA130", "N56", "M127", "N386"]
DRUGS = [
    "metformin 1000 mg",
    "lisinopril 20 mg",
    "furosemide 40 mg",
    "Eliquis 5 mg",
    "Ozempic 1 mg",
    "insulin glargine 22 units",
    "carvedilol 12.5 mg",
    "Trelegy Ellipta",
    "Jardiance 10 mg",
    "amlodipine 10 mg",
]
MODELS = [
    "Omron BP7350",
    "iHealth Track KN-550BT",
    "Withings Body+",
    "Dexcom G7",
    "FreeStyle Libre 3",
    "Tenovi cellular gateway",
    "BodyTrace BT105",
    "Masimo MightySat",
    "Smart Meter iBloodPressure",
    "Nonin 3230",
]
DEPTS = [
    "Patient Financial Services",
    "Central Scheduling",
    "Patient Access",
    "Utilization Review",
    "Remote Monitoring Center",
    "Financial Counseling Office",
    "Denials Management",
    "Cardiology Clinic",
    "Virtual Care Hub",
    "Family Medicine - Westside",
]


def word(c: Ctx, kind: str, seq: list[str]) -> str:
    return c.keep(kind, c.pick(seq))


def payer(c: Ctx) -> str:
    return word(c, "PAYER", PAYERS)


def plan(c: Ctx) -> str:
    return word(c, "PLAN", PLANS)


def dept(c: Ctx) -> str:
    return word(c, "FACILITY", DEPTS)


def drug(c: Ctx) -> str:
    return word(c, "DRUG", DRUGS)


def model(c: Ctx) -> str:
    return word(c, "MODEL", MODELS)


def cpt(c: Ctx) -> tuple[str, str]:
    code, what = c.pick(CPT)
    return c.keep("CODE", code), what


def icd(c: Ctx) -> tuple[str, str]:
    code, what = c.pick(ICD)
    return c.keep("CODE", code), what


def carc(c: Ctx) -> tuple[str, str]:
    code, what = c.pick(CARC)
    return c.keep("CODE", code), what


def rarc(c: Ctx) -> str:
    return word(c, "CODE", RARC)


def money(c: Ctx, low: int = 15, high: int = 9000) -> str:
    return c.keep("AMOUNT", f"${c.r.randint(low, high):,}.{c.r.choice(['00', '50', '17', '84', '25'])}")


def year(c: Ctx) -> str:
    return c.keep("YEAR", str(c.r.randint(2019, 2026)))


def vital(c: Ctx, kind: str | None = None) -> tuple[str, str]:
    """One reading: (what, value) with the value kept."""
    kind = kind or c.pick(["bp", "glucose", "weight", "spo2", "hr"])
    value = {
        "bp": f"{c.r.randint(150, 212)}/{c.r.randint(92, 124)}",
        "glucose": f"{c.r.randint(250, 480)} mg/dL",
        "weight": f"{c.r.randint(160, 290)}.{c.r.randint(0, 9)} lb",
        "spo2": f"{c.r.randint(82, 89)}%",
        "hr": f"{c.r.randint(118, 160)} bpm",
    }[kind]
    return kind, c.keep("VITAL", value)


def text_block(text: str, error: bool = False) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}], "isError": error}


def json_text(value: Any, indent: int | None = None, wrap: bool = False) -> dict[str, Any]:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if wrap:
        text = json.dumps({"status": "ok", "data": text}, ensure_ascii=False)
    return text_block(text)


def structured(value: Any, summary: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": summary}], "structuredContent": value}
