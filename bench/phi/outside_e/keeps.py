"""Non-identifiers a masker must leave alone: drugs, doses, results, codes, years, places of care, eponyms,
counts, versions, and ordinary words that are also names."""

from __future__ import annotations

from .render import Pen

DRUGS = ("metformin 500 mg", "lisinopril 10 mg", "atorvastatin 40 mg", "apixaban 5 mg", "sertraline 50 mg",
         "levothyroxine 75 mcg", "insulin glargine 22 units", "amoxicillin 875 mg", "furosemide 40 mg",
         "donepezil 10 mg", "quetiapine 25 mg", "buprenorphine 8 mg", "tamsulosin 0.4 mg", "prednisone 20 mg",
         "latanoprost 0.005%", "carbidopa-levodopa 25-100 mg", "morphine sulfate 5 mg", "haloperidol 0.5 mg",
         "chlorhexidine 0.12% rinse", "semaglutide 0.5 mg", "warfarin 5 mg", "albuterol 90 mcg")
LABS = (("HbA1c", "7.{d} %"), ("Potassium", "4.{d} mmol/L"), ("Hemoglobin", "1{d}.2 g/dL"), ("eGFR", "5{d} mL/min"),
        ("LDL", "11{d} mg/dL"), ("TSH", "2.{d}1 mIU/L"), ("INR", "2.{d}"), ("Creatinine", "1.{d} mg/dL"),
        ("Sodium", "13{d} mmol/L"), ("WBC", "6.{d} K/uL"), ("Troponin I", "0.0{d} ng/mL"), ("CRP", "1{d} mg/L"))
ICD10 = ("E11.9", "I10", "J45.909", "F32.1", "M54.50", "N18.30", "Z79.4", "C50.911", "G20.A1", "K50.90", "F41.1",
         "E78.5", "I48.91", "Z23", "F10.20", "H40.1131", "K02.52", "R41.82", "L89.154", "A15.0")
LOINC = ("4548-4", "2345-7", "2160-0", "718-7", "8480-6", "39156-5", "13457-7", "94500-6", "2823-3", "33914-3")
CPT = ("99213", "99214", "93000", "80053", "71046", "70450", "90834", "90837", "97110", "36415", "99497", "92014",
       "D2391", "D0150", "G0180", "T1019", "74177", "90471")
NDC = ("0002-8215-01", "00093-7214-01", "68180-0513-01", "0378-1800-10", "0069-0150-01", "50090-3517-0")
DEPARTMENTS = ("Cardiology", "Department of Emergency Medicine", "Neurology Clinic", "4 West Med-Surg",
               "Pediatric ICU", "Behavioral Health Unit", "Interventional Radiology", "Wound Care Center",
               "Oncology Infusion", "Geriatrics", "Retina Service", "Oral Surgery")
FACILITIES = ("St. Brigid Medical Center", "Lakeside Community Hospital", "Mercy Hospice of the Valley",
              "Northgate Dental Group", "Riverside Eye Institute", "Harborview Skilled Nursing",
              "Quinnipiac Valley Health District", "Sunrise Home Health", "Eastfield Behavioral Health")
EPONYMS = ("Parkinson's disease", "Hashimoto's thyroiditis", "Crohn's disease", "Alzheimer's dementia",
           "Bell's palsy", "Graves' disease", "Cushing's syndrome", "Down syndrome", "Murphy's sign",
           "Babinski sign", "Foley catheter", "Swan-Ganz catheter", "Glasgow Coma Scale", "Apgar score",
           "Whipple procedure", "Tanner stage", "Wells score", "Homan's sign", "Barrett's esophagus",
           "Hodgkin lymphoma", "Braden scale", "Snellen chart")
WORDLIKE = ("frank hematuria", "green sputum", "white count", "marked improvement", "grace period",
            "hope to taper", "will follow up", "rose to 140", "brown discharge", "the bill was resubmitted",
            "long-acting", "young adult", "faith-based support group", "cash payment", "early satiety",
            "sharp pain", "swift recovery", "hunter syndrome screen", "cooper's ligament", "summer camp form",
            "fox-fordyce disease", "bishop score", "stone analysis", "wood's lamp", "bird flu vaccine",
            "price estimate", "page 2 of 3", "cross-cover", "power of attorney form", "dean's list")
VERSIONS = ("FHIR R4", "HL7 2.5.1", "005010X222A1", "DICOM 3.0", "v2.3.1", "build 4417", "schema 12", "API v3")


def drug(pen: Pen) -> str:
    return pen.keep("drug", pen.rng.choice(DRUGS))


def lab(pen: Pen) -> tuple[str, str]:
    """(analyte, value with unit): the value is kept, the analyte is ordinary text."""
    analyte, pattern = pen.rng.choice(LABS)
    return analyte, pen.keep("lab", pattern.replace("{d}", str(pen.rng.randint(0, 9))))


def code(pen: Pen, system: str) -> str:
    table = {"icd10": ICD10, "loinc": LOINC, "cpt": CPT, "ndc": NDC}[system]
    return pen.keep(system, pen.rng.choice(table))


def year(pen: Pen) -> str:
    return pen.keep("year", str(pen.rng.randint(1998, 2025)))


def department(pen: Pen) -> str:
    return pen.keep("department", pen.rng.choice(DEPARTMENTS))


def facility(pen: Pen) -> str:
    return pen.keep("facility", pen.rng.choice(FACILITIES))


def eponym(pen: Pen) -> str:
    return pen.keep("eponym", pen.rng.choice(EPONYMS))


def wordlike(pen: Pen) -> str:
    return pen.keep("wordlike", pen.rng.choice(WORDLIKE))


def count(pen: Pen) -> str:
    return pen.keep("count", pen.rng.choice((f"{pen.rng.randint(2, 11)} refills", f"{pen.rng.randint(14, 90)} tablets",
                                             f"{pen.rng.randint(2, 6)} of 8 visits", "30-day supply",
                                             f"{pen.rng.randint(2, 40)} episodes")))


def version(pen: Pen) -> str:
    return pen.keep("version", pen.rng.choice(VERSIONS))
