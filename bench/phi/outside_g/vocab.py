"""Clinical and administrative words a masker must leave alone, drawn and planted as keeps."""

from __future__ import annotations

from .people import Ctx

DRUGS = [
    "metoprolol tartrate 25 mg PO BID",
    "apixaban 5 mg PO BID",
    "enoxaparin 40 mg subcut daily",
    "piperacillin-tazobactam 4.5 g IV q6h",
    "vancomycin 1250 mg IV q12h",
    "insulin glargine 22 units subcut qHS",
    "furosemide 40 mg IV BID",
    "ondansetron 4 mg IV q6h PRN",
    "hydromorphone 0.5 mg IV q3h PRN",
    "acetaminophen 650 mg PO q6h",
    "ceftriaxone 2 g IV daily",
    "pantoprazole 40 mg PO daily",
    "atorvastatin 80 mg PO nightly",
    "levetiracetam 500 mg PO BID",
    "lisinopril 10 mg PO daily",
    "sertraline 50 mg PO daily",
    "buprenorphine-naloxone 8-2 mg SL daily",
    "heparin 5,000 units subcut q8h",
    "magnesium sulfate 2 g IV once",
    "potassium chloride 20 mEq PO once",
    "amlodipine 5 mg PO daily",
    "methotrexate 15 mg PO weekly",
    "tacrolimus 2 mg PO q12h",
    "dexamethasone 6 mg IV daily",
]
NDCS = [
    ("apixaban 5 mg tablet", "0003-0894-21"),
    ("metformin 500 mg tablet", "0093-1048-01"),
    ("atorvastatin 40 mg tablet", "0071-0157-23"),
    ("ondansetron ODT 4 mg", "0781-5238-64"),
    ("levothyroxine 50 mcg tablet", "0074-4552-90"),
    ("insulin lispro 100 unit/mL vial", "0002-7510-01"),
    ("albuterol HFA 90 mcg inhaler", "0173-0682-20"),
    ("oxycodone 5 mg tablet", "0406-0552-01"),
    ("sertraline 50 mg tablet", "0049-4900-66"),
    ("amoxicillin 500 mg capsule", "0093-3109-01"),
]
LABS = [
    ("Sodium", "2951-2", "134", "mmol/L", "136-145"),
    ("Potassium", "2823-3", "3.2", "mmol/L", "3.5-5.1"),
    ("Creatinine", "2160-0", "1.84", "mg/dL", "0.60-1.20"),
    ("Hemoglobin", "718-7", "8.9", "g/dL", "12.0-16.0"),
    ("Platelets", "777-3", "96", "K/uL", "150-400"),
    ("Lactate", "2524-7", "3.1", "mmol/L", "0.5-2.0"),
    ("Troponin I, high sensitivity", "89579-7", "412", "ng/L", "<34"),
    ("Glucose", "2345-7", "287", "mg/dL", "70-99"),
    ("Hemoglobin A1c", "4548-4", "9.4", "%", "<5.7"),
    ("INR", "6301-6", "2.7", "", "0.9-1.1"),
    ("TSH", "3016-3", "0.08", "uIU/mL", "0.45-4.50"),
    ("BNP", "30934-4", "1,240", "pg/mL", "<100"),
    ("WBC", "6690-2", "14.6", "K/uL", "4.0-11.0"),
    ("Magnesium", "19123-9", "1.5", "mg/dL", "1.7-2.4"),
]
ICDS = [
    ("I50.23", "Acute on chronic systolic heart failure"),
    ("J18.9", "Pneumonia, unspecified organism"),
    ("N17.9", "Acute kidney failure, unspecified"),
    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    ("A41.9", "Sepsis, unspecified organism"),
    ("I63.9", "Cerebral infarction, unspecified"),
    ("K85.90", "Acute pancreatitis without necrosis or infection"),
    ("S72.001A", "Fracture of unspecified part of neck of right femur"),
    ("F10.239", "Alcohol dependence with withdrawal, unspecified"),
    ("O14.14", "Severe pre-eclampsia, third trimester"),
    ("C34.90", "Malignant neoplasm of unspecified part of bronchus or lung"),
    ("D57.00", "Hb-SS disease with crisis"),
    ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
    ("N20.0", "Calculus of kidney"),
]
CPTS = [
    ("71046", "X-ray chest 2 views"),
    ("74177", "CT abdomen and pelvis with contrast"),
    ("70450", "CT head without contrast"),
    ("93306", "Echocardiography, transthoracic, complete"),
    ("99223", "Initial hospital care, high"),
    ("99285", "ED visit, high severity"),
    ("27130", "Total hip arthroplasty"),
    ("47562", "Laparoscopic cholecystectomy"),
    ("33208", "Insertion of permanent pacemaker, dual chamber"),
    ("43239", "EGD with biopsy"),
    ("70553", "MRI brain without and with contrast"),
    ("59510", "Routine obstetric care, cesarean delivery"),
    ("97110", "Therapeutic exercise, each 15 minutes"),
    ("90837", "Psychotherapy, 60 minutes"),
]
DEPARTMENTS = [
    "Cardiac ICU",
    "Medical ICU",
    "7 West Oncology",
    "5 North Med-Surg",
    "Labor and Delivery",
    "NICU",
    "Emergency Department",
    "Interventional Radiology",
    "Neuro Step-Down",
    "Burn Unit",
    "Behavioral Health 4E",
    "Pre-Op Holding",
    "PACU",
    "Transplant Surgery",
    "Pediatric Hematology",
    "Infusion Center",
]
DEVICE_MODELS = [
    "Medtronic Azure XT DR MRI SureScan",
    "Boston Scientific Accolade MRI",
    "Abbott HeartMate 3 LVAD",
    "Baxter Sigma Spectrum pump",
    "BD Alaris 8015 PC unit",
    "Philips IntelliVue MX800",
    "Dexcom G7 sensor",
    "Medtronic MiniMed 780G",
    "Zoll LifeVest 4000",
    "Siemens SOMATOM Force",
    "GE Signa Premier 3T",
    "Hologic 3Dimensions",
    "Stryker ProCuity bed",
    "Omnipod 5 pod",
]
CLINICAL = [
    "afebrile overnight",
    "tolerating diet",
    "NPO after midnight",
    "fall risk",
    "contact precautions",
    "bilateral crackles",
    "2+ pitting edema",
    "A&O x3",
    "DNR/DNI",
    "full code",
    "sepsis bundle started",
    "lactate cleared",
    "ambulating with walker",
    "foley removed",
    "wound vac in place",
    "on 2 L nasal cannula",
]
# Ordinary words that are also names on the lists: documents use them as words.
WORD_PHRASES = [
    "grace period",
    "in the hope that",
    "faith-based organization",
    "at dawn",
    "rose to 38.9",
    "kidney stone",
    "visual fields",
    "long-term care",
    "small bowel",
    "bell clapper deformity",
    "green top tube",
    "black tarry stools",
    "white count",
    "hunter tube",
    "price transparency",
    "young adult",
    "strong odor",
    "bush tea",
    "wood's lamp",
    "little improvement",
    "page the resident",
    "frost bite",
    "snow day staffing",
    "winter surge plan",
    "love and support",
    "brown recluse",
    "joy of returning home",
    "fox news was on",
    "holly berries ingestion",
    "pearl-like papule",
    "amber urine",
    "ruby-colored stool",
    "ivy exposure",
    "mason jar",
    "sharp chest pain",
    "moody and withdrawn",
    "line cook",
    "bird flu screening",
    "swan-ganz catheter",
    "crane operator",
    "best possible medication history",
    "noble intentions",
    "golden hour",
    "story consistent with mechanism",
    "glass shard",
    "field triage",
    "church group visiting",
]


def drug(ctx: Ctx) -> str:
    return ctx.p.keep("DRUG", ctx.pick(DRUGS))


def ndc(ctx: Ctx) -> tuple[str, str]:
    name, code = ctx.pick(NDCS)
    return ctx.p.keep("DRUG", name), ctx.p.keep("NDC", code)


def lab(ctx: Ctx) -> tuple[str, str, str, str, str]:
    """(name, LOINC, value, unit, range), all but the unit and range planted as keeps."""
    name, loinc, value, unit, ref = ctx.pick(LABS)
    return ctx.p.keep("LAB", name), ctx.p.keep("LOINC", loinc), ctx.p.keep("LAB_VALUE", value), unit, ref


def icd(ctx: Ctx) -> tuple[str, str]:
    code, text = ctx.pick(ICDS)
    return ctx.p.keep("ICD10", code), ctx.p.keep("DIAGNOSIS", text)


def cpt(ctx: Ctx) -> tuple[str, str]:
    code, text = ctx.pick(CPTS)
    return ctx.p.keep("CPT", code), text


def dept(ctx: Ctx) -> str:
    return ctx.p.keep("DEPARTMENT", ctx.pick(DEPARTMENTS))


def device_model(ctx: Ctx) -> str:
    return ctx.p.keep("DEVICE_MODEL", ctx.pick(DEVICE_MODELS))


def clinical(ctx: Ctx) -> str:
    return ctx.p.keep("CLINICAL", ctx.pick(CLINICAL))


def word(ctx: Ctx) -> str:
    return ctx.p.keep("WORD", ctx.pick(WORD_PHRASES))
