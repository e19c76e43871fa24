"""Words that must survive masking: drugs, doses, lab values, codes, protocols, sites, lots, scores, facilities."""

from __future__ import annotations

from .people import Ctx

DRUGS = [
    "metformin 1 g BD",
    "amlodipine 10 mg",
    "rosuvastatin 20 mg",
    "rivaroxaban 20 mg",
    "insulin degludec 18 units",
    "tenofovir/lamivudine/dolutegravir",
    "isoniazid 300 mg",
    "rifampicin 600 mg",
    "sertraline 100 mg",
    "quetiapine 25 mg nocte",
    "lithium carbonate 400 mg",
    "olanzapine 5 mg",
    "methadone 60 mg",
    "naltrexone 50 mg",
    "amoxicillin 500 mg TDS",
    "ibuprofen 400 mg",
    "chlorhexidine 0.12% rinse",
    "paracetamol 1 g QDS",
    "enalapril 10 mg",
    "co-amoxiclav 625 mg",
]
IMPS = [  # investigational products, each with its dose
    "ZX-4412 150 mg",
    "placebo-matched tablet",
    "tirzepatide 5 mg SC",
    "pembrolizumab 200 mg IV",
    "RSVpreF 120 mcg IM",
    "BNT-211 0.5 mL",
]
LABS = [
    ("ALT", "212 U/L", "1742-6"),
    ("Creatinine", "138 umol/L", "2160-0"),
    ("HbA1c", "64 mmol/mol", "4548-4"),
    ("Neutrophils", "0.8 x10^9/L", "751-8"),
    ("Sodium", "126 mmol/L", "2951-2"),
    ("CD4 count", "212 cells/uL", "24467-3"),
    ("HIV-1 viral load", "<50 copies/mL", "20447-9"),
    ("QTcF", "486 ms", "8636-3"),
    ("Lithium level", "1.4 mmol/L", "14334-7"),
    ("Hemoglobin", "8.7 g/dL", "718-7"),
]
ICD = [
    ("A15.0", "Tuberculosis of lung"),
    ("B05.9", "Measles without complication"),
    ("A37.90", "Whooping cough, unspecified"),
    ("A01.00", "Typhoid fever, unspecified"),
    ("A90", "Dengue fever"),
    ("F33.2", "Major depressive disorder, recurrent severe"),
    ("F41.1", "Generalized anxiety disorder"),
    ("F10.20", "Alcohol dependence, uncomplicated"),
    ("F43.10", "Post-traumatic stress disorder"),
    ("K02.52", "Dental caries on pit and fissure surface penetrating into dentin"),
    ("K05.321", "Chronic periodontitis, localized, moderate"),
    ("E11.9", "Type 2 diabetes mellitus without complications"),
]
SNOMED = [
    ("56717001", "Tuberculosis"),
    ("14189004", "Measles"),
    ("27836007", "Pertussis"),
    ("38362002", "Dengue"),
    ("840539006", "COVID-19"),
    ("76272004", "Syphilis"),
]
MEDDRA = [
    "Hepatic enzyme increased",
    "Neutropenia",
    "Syncope",
    "Electrocardiogram QT prolonged",
    "Injection site reaction",
    "Suicidal ideation",
    "Pneumonia",
    "Acute kidney injury",
]
CDT = [
    ("D0120", "Periodic oral evaluation"),
    ("D0274", "Bitewings - four radiographic images"),
    ("D1110", "Prophylaxis - adult"),
    ("D1206", "Topical application of fluoride varnish"),
    ("D1351", "Sealant - per tooth"),
    ("D2391", "Resin-based composite - one surface, posterior"),
    ("D2740", "Crown - porcelain/ceramic"),
    ("D3330", "Endodontic therapy, molar tooth"),
    ("D4341", "Periodontal scaling and root planing - four or more teeth per quadrant"),
    ("D7140", "Extraction, erupted tooth or exposed root"),
    ("D5110", "Complete denture - maxillary"),
]
CPT = [
    ("90791", "psychiatric diagnostic evaluation"),
    ("90837", "psychotherapy, 60 min"),
    ("90839", "psychotherapy for crisis, first 60 min"),
    ("90853", "group psychotherapy"),
    ("H0015", "alcohol/drug intensive outpatient"),
    ("96127", "brief emotional/behavioral assessment"),
]
VACCINES = [  # (name, CVX code)
    ("MMR II", "03"),
    ("Boostrix Tdap", "115"),
    ("Shingrix", "187"),
    ("Gardasil 9", "165"),
    ("Fluarix Tetra", "150"),
    ("BCG", "19"),
    ("Prevenar 20", "216"),
    ("Hexaxim", "146"),
]
PROTOCOLS = ["ZX4412-301", "ONC-KRAS-2207", "EU CT 2024-512345-11-00", "NCT06123457", "RSV-OA-004", "HPTN 096"]
GENES = ["BRCA2 c.5946delT", "KRAS G12C", "HLA-B*15:02", "CYP2C19*2/*2", "EGFR exon 19 deletion", "APOE e4/e4"]
SCORES = ["PHQ-9 18", "GAD-7 15", "AUDIT-C 9", "K10 31", "EPDS 16", "PCL-5 52", "C-SSRS screen positive"]
FACILITIES = {
    "hospital": ["St Columba's University Hospital", "Harbourview Regional Hospital", "Northfield District Hospital"],
    "clinic": ["Eastgate Polyclinic", "Riverbend Community Health Centre", "Greenhill Medical Centre"],
    "dental": ["Lakeshore Dental Group", "Sunrise Smiles Dental Clinic", "Brightwater Family Dentistry"],
    "mind": ["Bayside Behavioral Health", "Cedar House Recovery Centre", "Harbour Lights Counselling"],
}
DEPARTMENTS = {
    "research": ["Clinical Research Unit", "Pharmacovigilance", "Clinical Trials Pharmacy"],
    "public": ["Communicable Disease Control", "Immunisation Programme", "Contact Tracing Cell", "TB Clinic"],
    "mind": [
        "Adult Mental Health Services",
        "Crisis Stabilisation Unit",
        "Addiction Services",
        "Eating Disorders Team",
    ],
    "general": ["Outpatients", "Oral Health Services", "Diabetes Day Centre", "Physiotherapy", "Health Promotion"],
}


def drug(c: Ctx) -> str:
    return c.p.keep("DRUG", c.pick(DRUGS))


def imp(c: Ctx) -> str:
    return c.p.keep("DRUG", c.pick(IMPS))


def lab(c: Ctx) -> tuple[str, str, str]:
    name, value, loinc = c.pick(LABS)
    return c.p.keep("LAB", name), c.p.keep("VALUE", value), c.p.keep("CODE", loinc)


def icd(c: Ctx, codes: list[tuple[str, str]] | None = None) -> tuple[str, str]:
    code, text = c.pick(codes or ICD)
    return c.p.keep("CODE", code), c.p.keep("CLINICAL", text)


def snomed(c: Ctx) -> tuple[str, str]:
    code, text = c.pick(SNOMED)
    return c.p.keep("CODE", code), c.p.keep("CLINICAL", text)


def meddra(c: Ctx) -> str:
    return c.p.keep("CLINICAL", c.pick(MEDDRA))


def cpt(c: Ctx) -> str:
    code, text = c.pick(CPT)
    return f"{c.p.keep('CODE', code)} ({text})"


def cdt(c: Ctx) -> tuple[str, str]:
    code, text = c.pick(CDT)
    return c.p.keep("CODE", code), text


def vaccine(c: Ctx) -> tuple[str, str, str]:
    """A vaccine, its CVX code and a lot number: the lot identifies a batch, no person, so it stays."""
    name, cvx = c.pick(VACCINES)
    lot = f"{c.letters(2)}{c.digits(4)}{c.pick(['', 'A', 'B'])}"
    return c.p.keep("VACCINE", name), c.p.keep("CODE", cvx), c.p.keep("LOT", lot)


def protocol(c: Ctx) -> str:
    return c.p.keep("PROTOCOL", c.pick(PROTOCOLS))


def site(c: Ctx) -> str:
    """A study site number in the document's country: identifies a hospital's trial team, no person."""
    return c.p.keep("SITE", c.region.upper() + c.digits(2))


def gene(c: Ctx) -> str:
    return c.p.keep("GENE", c.pick(GENES))


def score(c: Ctx) -> str:
    return c.p.keep("SCORE", c.pick(SCORES))


def facility(c: Ctx, kind: str = "hospital", upper: bool = False) -> str:
    name = c.pick(FACILITIES[kind])
    return c.p.keep("FACILITY", name.upper() if upper else name)


def dept(c: Ctx, kind: str) -> str:
    return c.p.keep("DEPARTMENT", c.pick(DEPARTMENTS[kind]))


def year(c: Ctx) -> str:
    """A year alone, which Safe Harbor lets stay."""
    return c.p.keep("YEAR", str(c.r.randint(1998, 2024)))


def word(c: Ctx, text: str) -> str:
    """A clinical or plain phrase that must stay."""
    return c.p.keep("WORD", text)
