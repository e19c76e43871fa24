"""Clinical words that must survive masking: drugs, doses, lab values, codes, units, departments, device models."""

from __future__ import annotations

from .people import Ctx

DRUGS = [
    "metformin 500 mg",
    "lisinopril 10 mg",
    "atorvastatin 40 mg",
    "apixaban 5 mg",
    "insulin glargine 22 units",
    "levothyroxine 75 mcg",
    "sertraline 50 mg",
    "oxycodone 5 mg",
    "gabapentin 300 mg",
    "furosemide 40 mg",
    "amlodipine 5 mg",
    "empagliflozin 10 mg",
    "semaglutide 0.5 mg",
    "buprenorphine-naloxone 8-2 mg",
    "hydrocodone-acetaminophen 5-325 mg",
    "warfarin 2.5 mg",
    "prednisone 20 mg",
    "albuterol HFA 90 mcg",
]
NDCS = ["0002-1433-80", "0093-7214-01", "0378-0208-01", "50090-3475-0", "0169-4132-12", "0310-6210-30"]
LABS = [
    ("Hemoglobin A1c", "8.4 %", "4548-4"),
    ("Creatinine", "1.32 mg/dL", "2160-0"),
    ("Potassium", "5.6 mmol/L", "2823-3"),
    ("TSH", "6.81 mIU/L", "3016-3"),
    ("LDL cholesterol", "142 mg/dL", "13457-7"),
    ("INR", "3.4", "6301-6"),
    ("Hemoglobin", "9.1 g/dL", "718-7"),
    ("Platelets", "88 x10^3/uL", "777-3"),
    ("eGFR", "41 mL/min/1.73m2", "33914-3"),
    ("Troponin I", "0.09 ng/mL", "10839-9"),
]
ICD = [
    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    ("I50.22", "Chronic systolic heart failure"),
    ("J44.1", "COPD with acute exacerbation"),
    ("M17.11", "Primary osteoarthritis, right knee"),
    ("F32.1", "Major depressive disorder, single episode, moderate"),
    ("N18.4", "Chronic kidney disease, stage 4"),
    ("I10", "Essential hypertension"),
    ("O24.410", "Gestational diabetes, diet controlled"),
    ("H40.1131", "Primary open-angle glaucoma, bilateral, mild"),
    ("G47.33", "Obstructive sleep apnea"),
]
CPT = [
    ("99214", "Office visit, established, moderate"),
    ("27447", "Total knee arthroplasty"),
    ("93000", "ECG with interpretation"),
    ("97110", "Therapeutic exercise"),
    ("92134", "OCT retina"),
    ("99454", "RPM device supply, 30 days"),
    ("90686", "Influenza vaccine, quadrivalent"),
    ("36430", "Transfusion"),
]
SNOMED = [
    ("44054006", "Diabetes mellitus type 2"),
    ("38341003", "Hypertensive disorder"),
    ("195967001", "Asthma"),
    ("49436004", "Atrial fibrillation"),
]
DEPARTMENTS = [
    "Utilization Management",
    "Care Coordination",
    "Cardiology Clinic",
    "Labor and Delivery",
    "NICU",
    "Blood Bank",
    "Pre-Anesthesia Testing",
    "Outpatient Rehabilitation",
    "Audiology",
    "Retina Clinic",
    "Behavioral Health Emergency",
    "Hospital at Home Command Center",
    "Pharmacy Services",
]
DEVICES = [
    "Omron HEM-9210T",
    "Dexcom G7",
    "Masimo Rad-97",
    "Withings BPM Connect",
    "Abbott FreeStyle Libre 3",
    "Philips DreamStation 2",
    "iHealth Track KN-550BT",
    "BodyTrace BT105 scale",
    "Apple Watch Series 9",
    "Nonin 3230 oximeter",
]


def drug(ctx: Ctx) -> str:
    return ctx.p.keep("DRUG", ctx.pick(DRUGS))


def ndc(ctx: Ctx) -> str:
    return ctx.p.keep("CODE", ctx.pick(NDCS))


def lab(ctx: Ctx) -> tuple[str, str, str]:
    name, value, loinc = ctx.pick(LABS)
    return ctx.p.keep("LAB", name), ctx.p.keep("VALUE", value), ctx.p.keep("CODE", loinc)


def icd(ctx: Ctx) -> tuple[str, str]:
    code, text = ctx.pick(ICD)
    return ctx.p.keep("CODE", code), ctx.p.keep("CLINICAL", text)


def cpt(ctx: Ctx) -> tuple[str, str]:
    code, text = ctx.pick(CPT)
    return ctx.p.keep("CODE", code), text


def snomed(ctx: Ctx) -> tuple[str, str]:
    code, text = ctx.pick(SNOMED)
    return ctx.p.keep("CODE", code), ctx.p.keep("CLINICAL", text)


def dept(ctx: Ctx) -> str:
    return ctx.p.keep("DEPARTMENT", ctx.pick(DEPARTMENTS))


def model(ctx: Ctx) -> str:
    return ctx.p.keep("DEVICE_MODEL", ctx.pick(DEVICES))


def word(ctx: Ctx, text: str) -> str:
    """A clinical or plain phrase that must stay."""
    return ctx.p.keep("WORD", text)
