"""Synthetic identifier values in the many shapes real systems write them, and the clinical vocabulary that
must survive masking. Every value is drawn from the caller's ``random.Random``: one seed, one corpus."""

from __future__ import annotations

import datetime as dt
import random
import string

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (city, county, state abbreviation, state name, ZIP prefix): real places, fictional streets and numbers.
PLACES = [
    ("Medford", "Middlesex County", "MA", "Massachusetts", "021"),
    ("Tyler", "Smith County", "TX", "Texas", "757"),
    ("Eugene", "Lane County", "OR", "Oregon", "974"),
    ("Marion", "Grant County", "IN", "Indiana", "469"),
    ("Austin", "Travis County", "TX", "Texas", "787"),
    ("Warren", "Trumbull County", "OH", "Ohio", "444"),
    ("Florence", "Lauderdale County", "AL", "Alabama", "356"),
    ("Cheyenne", "Laramie County", "WY", "Wyoming", "820"),
    ("Bismarck", "Burleigh County", "ND", "North Dakota", "585"),
    ("Hialeah", "Miami-Dade County", "FL", "Florida", "330"),
    ("Dearborn", "Wayne County", "MI", "Michigan", "481"),
    ("Flagstaff", "Coconino County", "AZ", "Arizona", "860"),
    ("Lafayette", "Lafayette Parish", "LA", "Louisiana", "705"),
    ("Bangor", "Penobscot County", "ME", "Maine", "044"),
    ("Yakima", "Yakima County", "WA", "Washington", "989"),
    ("Paterson", "Passaic County", "NJ", "New Jersey", "075"),
    ("Sioux Falls", "Minnehaha County", "SD", "South Dakota", "571"),
    ("Chapel Hill", "Orange County", "NC", "North Carolina", "275"),
    ("St. Cloud", "Stearns County", "MN", "Minnesota", "563"),
    ("Fort Collins", "Larimer County", "CO", "Colorado", "805"),
    ("Las Cruces", "Doña Ana County", "NM", "New Mexico", "880"),
    ("Hilo", "Hawaii County", "HI", "Hawaii", "967"),
    ("Santa Rosa", "Sonoma County", "CA", "California", "954"),
    ("Gary", "Lake County", "IN", "Indiana", "464"),
    ("Carson City", "Carson City", "NV", "Nevada", "897"),
]
STREETS = [
    "Oak Ridge",
    "Hawthorne",
    "Maple",
    "Willow Creek",
    "Juniper",
    "Harbor View",
    "Cedar Hollow",
    "Birch",
    "Pine Valley",
    "Sycamore",
    "Magnolia",
    "Old Mill",
    "Lakeshore",
    "Prospect",
    "Chestnut",
    "Quail Run",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Elm",
    "Aspen Grove",
]
STREET_TYPES = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Dr",
    "Drive",
    "Rd",
    "Road",
    "Ln",
    "Lane",
    "Blvd",
    "Ct",
    "Way",
    "Pkwy",
    "Cir",
    "Terrace",
]
UNITS = ["Apt {}", "Apt. {}", "Unit {}", "#{}", "Suite {}", "Lot {}", "Bldg {}"]

DRUGS = [
    ("metformin", "500 mg"),
    ("lisinopril", "10 mg"),
    ("atorvastatin", "40 mg"),
    ("apixaban", "5 mg"),
    ("levothyroxine", "75 mcg"),
    ("insulin glargine", "22 units"),
    ("sertraline", "50 mg"),
    ("amoxicillin-clavulanate", "875 mg"),
    ("furosemide", "40 mg"),
    ("semaglutide", "0.5 mg"),
    ("albuterol HFA", "90 mcg"),
    ("prednisone", "20 mg"),
    ("gabapentin", "300 mg"),
    ("warfarin", "2.5 mg"),
    ("tamsulosin", "0.4 mg"),
    ("ondansetron", "4 mg"),
    ("adalimumab", "40 mg"),
    ("empagliflozin", "10 mg"),
    ("hydrochlorothiazide", "25 mg"),
    ("buprenorphine-naloxone", "8 mg"),
    ("Eliquis", "5 mg"),
    ("Jardiance", "25 mg"),
    ("Ozempic", "1 mg"),
    ("Humira", "40 mg"),
    ("Keytruda", "200 mg"),
]
NDCS = [
    "0002-8215-01",
    "0003-0894-21",
    "0006-0277-31",
    "0069-0150-30",
    "0078-0659-15",
    "0169-4132-12",
    "50090-2875-0",
    "68180-0513-01",
    "0173-0682-20",
    "0186-0777-60",
    "59762-0115-1",
    "0024-5915-10",
]
ICD10 = [
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("I10", "Essential (primary) hypertension"),
    ("I48.91", "Unspecified atrial fibrillation"),
    ("J44.1", "COPD with (acute) exacerbation"),
    ("N18.4", "Chronic kidney disease, stage 4"),
    ("F32.A", "Depression, unspecified"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee"),
    ("I50.22", "Chronic systolic heart failure"),
    ("E03.9", "Hypothyroidism, unspecified"),
    ("S72.001A", "Fracture of unspecified part of neck of femur"),
    ("Z79.4", "Long term (current) use of insulin"),
    ("L89.153", "Pressure ulcer of sacral region, stage 3"),
    ("G47.33", "Obstructive sleep apnea"),
    ("C50.911", "Malignant neoplasm of right female breast"),
]
CPTS = [
    ("99214", "Office visit, established, moderate"),
    ("99203", "Office visit, new, low"),
    ("93000", "Electrocardiogram, complete"),
    ("80053", "Comprehensive metabolic panel"),
    ("36415", "Routine venipuncture"),
    ("97110", "Therapeutic exercise"),
    ("G0439", "Annual wellness visit"),
    ("27447", "Total knee arthroplasty"),
    ("99443", "Telephone E/M, 21-30 min"),
    ("J0897", "Denosumab 1 mg"),
    ("95251", "CGM interpretation"),
    ("E0601", "CPAP device"),
]
LOINC = [
    ("4548-4", "Hemoglobin A1c", "%", (5.2, 11.5)),
    ("2345-7", "Glucose", "mg/dL", (68, 310)),
    ("2160-0", "Creatinine", "mg/dL", (0.6, 3.9)),
    ("33914-3", "eGFR", "mL/min/1.73m2", (12, 110)),
    ("718-7", "Hemoglobin", "g/dL", (8.1, 16.9)),
    ("2951-2", "Sodium", "mmol/L", (128, 146)),
    ("2823-3", "Potassium", "mmol/L", (3.1, 5.9)),
    ("6690-2", "WBC", "10*3/uL", (3.2, 18.4)),
    ("2093-3", "Cholesterol, total", "mg/dL", (120, 289)),
    ("33762-6", "NT-proBNP", "pg/mL", (80, 9800)),
    ("1742-6", "ALT", "U/L", (9, 212)),
    ("3016-3", "TSH", "mIU/L", (0.2, 9.8)),
]
SNOMED = [
    ("44054006", "Diabetes mellitus type 2"),
    ("38341003", "Hypertensive disorder"),
    ("49436004", "Atrial fibrillation"),
    ("13645005", "Chronic obstructive lung disease"),
    ("35489007", "Depressive disorder"),
    ("73211009", "Diabetes mellitus"),
    ("84114007", "Heart failure"),
]
PAYERS = [
    "Aetna",
    "Cigna Healthcare",
    "UnitedHealthcare",
    "Humana",
    "Kaiser Permanente",
    "Anthem Blue Cross",
    "Blue Cross Blue Shield of Texas",
    "Medicare Part B",
    "Medicaid",
    "Molina Healthcare",
    "Ambetter",
    "Oscar Health",
    "Highmark",
    "Centene",
    "Tricare",
    "Wellcare",
    "CareFirst BlueCross BlueShield",
]
DEPARTMENTS = [
    "Cardiology Clinic",
    "Internal Medicine",
    "Pediatric Pulmonology",
    "Women's Health Center",
    "Infusion Center",
    "Endocrinology",
    "Behavioral Health",
    "Wound Care Clinic",
    "Family Medicine",
    "Orthopedic Surgery",
    "Emergency Department",
    "Sleep Medicine Lab",
    "Nephrology",
    "Oncology Suite B",
    "Urgent Care",
    "Geriatrics",
    "Physical Therapy",
]
ROLES = [
    "patient",
    "caregiver",
    "daughter",
    "son",
    "spouse",
    "attending physician",
    "nurse practitioner",
    "care coordinator",
    "pharmacist",
    "case manager",
    "medical assistant",
    "home health aide",
    "guardian",
    "charge nurse",
    "social worker",
    "interpreter",
]
DEVICE_MODELS = [
    "Dexcom G7",
    "MiniMed 780G",
    "Omnipod 5",
    "FreeStyle Libre 3",
    "DreamStation 2",
    "LifeVest 4000",
    "Accolade MRI",
    "AirSense 11",
    "t:slim X2",
    "Apple Watch Series 9",
    "Omron Platinum BP5450",
    "Azure XT DR MRI",
    "Inogen One G5",
    "CareLink SmartReader",
]
BROWSERS = ["Chrome 124 on Windows 11", "Safari 17.4 on iOS 17", "Edge 123 on Windows 10", "Firefox 125 on macOS"]

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_UPPER_NO_IOQ = "ABCDEFGHJKLMNPRSTUVWXYZ"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def upper(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_UPPER_NO_IOQ) for _ in range(n))


def day(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last_year, 12, 31).toordinal()))


def date_text(rng: random.Random, when: dt.date) -> str:
    """One of the date shapes charts, claims and messages use (all carry a month and day)."""
    shapes = [
        f"{when:%m/%d/%Y}",
        f"{when.month}/{when.day}/{when:%y}",
        when.isoformat(),
        f"{when:%B} {when.day}, {when.year}",
        f"{when.day} {when:%b} {when.year}",
        f"{when:%d-%b-%Y}".upper(),
        f"{when:%Y%m%d}",
        f"{when:%b}. {when.day}",
        f"{WEEKDAYS[when.weekday()]}, {when:%B} {when.day}",
        f"{when:%m-%d-%Y}",
        f"{when.day}.{when.month}.{when.year}",
        f"{when:%B} {ordinal(when.day)}",
        f"{when.month}/{when.day}",
    ]
    return rng.choice(shapes)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def timestamp(rng: random.Random, when: dt.date) -> str:
    """An ISO-8601 instant as FHIR and audit logs write it."""
    offset = rng.choice(["-05:00", "-04:00", "-07:00", "Z", "-06:00"])
    return f"{when.isoformat()}T{rng.randint(6, 20):02d}:{rng.choice([0, 15, 30, 45]):02d}:00{offset}"


def phone(rng: random.Random) -> str:
    area, exch, line = f"{rng.randint(2, 9)}{digits(rng, 2)}", f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    return rng.choice(
        [
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"{area}.{exch}.{line}",
            f"+1 {area} {exch} {line}",
            f"1-{area}-{exch}-{line}",
            f"{area}{exch}{line}",
            f"+1{area}{exch}{line}",
            f"({area}){exch}-{line}",
            f"{area} {exch} {line}",
        ]
    )


def email(rng: random.Random, given: str, family: str) -> str:
    first, last = _ascii(given), _ascii(family)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}{last}{rng.randint(1, 99)}",
            f"{last}.{first}{rng.randint(50, 99)}",
            f"{first}_{rng.choice(['runs', 'mom', 'md', 'rn'])}",
        ]
    )
    return f"{local}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'])}"


def _ascii(text: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.lower() if ch.isalnum()) or "pt"


def ssn(rng: random.Random) -> str:
    area, group, serial = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [
            f"{area:03d}-{group:02d}-{serial:04d}",
            f"{area:03d} {group:02d} {serial:04d}",
            f"{area:03d}{group:02d}{serial:04d}",
        ]
    )


def mrn(rng: random.Random) -> str:
    return rng.choice(
        [
            digits(rng, 8),
            f"E{digits(rng, 7)}",
            f"MR{digits(rng, 6)}",
            f"{digits(rng, 3)}-{digits(rng, 4)}",
            f"Z{digits(rng, 7)}",
            digits(rng, 10),
            f"{upper(rng, 2)}{digits(rng, 6)}",
        ]
    )


def member_id(rng: random.Random) -> str:
    """A health-plan beneficiary number: Medicare MBI, commercial member IDs with prefixes, Medicaid IDs."""
    mbi = (
        f"{rng.randint(1, 9)}{upper(rng, 1)}{rng.choice(_UPPER_NO_IOQ + string.digits)}{rng.randint(0, 9)}"
        f"{upper(rng, 1)}{rng.choice(_UPPER_NO_IOQ + string.digits)}{rng.randint(0, 9)}{upper(rng, 2)}{digits(rng, 2)}"
    )
    return rng.choice(
        [
            mbi,
            f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}",
            f"{upper(rng, 3)}{digits(rng, 9)}",
            f"W{digits(rng, 9)}",
            f"{upper(rng, 3)}{digits(rng, 7)}-0{rng.randint(1, 4)}",
            f"{upper(rng, 2)}{digits(rng, 5)}{upper(rng, 1)}",
            f"{digits(rng, 9)}{rng.choice(['A', 'B', 'C1'])}",
        ]
    )


def account(rng: random.Random) -> str:
    return rng.choice(
        [
            digits(rng, 10),
            f"PA-{digits(rng, 4)}-{digits(rng, 5)}",
            f"{digits(rng, 4)} {digits(rng, 4)}",
            f"HAR{digits(rng, 9)}",
            f"G{digits(rng, 8)}",
            f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}",
        ]
    )


def licence(rng: random.Random) -> str:
    """Driver's licence and state ID numbers in several states' shapes, and a few certificate numbers."""
    return rng.choice(
        [
            f"{upper(rng, 1)}{digits(rng, 7)}",
            f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            f"{upper(rng, 1)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-0",
            digits(rng, 8),
            f"{upper(rng, 1)}{digits(rng, 12)}",
            f"{upper(rng, 2)}{digits(rng, 6)}",
            f"RN{digits(rng, 7)}",
            f"CERT-{digits(rng, 3)}-{digits(rng, 6)}",
        ]
    )


def vin(rng: random.Random) -> str:
    return "".join(rng.choice(_VIN_CHARS) for _ in range(17))


def plate(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{upper(rng, 3)}{digits(rng, 3)}",
            f"{upper(rng, 3)}-{digits(rng, 4)}",
            f"{upper(rng, 3)} {digits(rng, 4)}",
            f"{digits(rng, 3)} {upper(rng, 3)}",
            f"{upper(rng, 2)}{digits(rng, 2)}{upper(rng, 3)}",
        ]
    )


def serial(rng: random.Random) -> str:
    return rng.choice(
        [
            f"SN{digits(rng, 8)}",
            f"{upper(rng, 3)}{digits(rng, 6)}{upper(rng, 1)}",
            f"{digits(rng, 2)}{upper(rng, 4)}",
            f"NG{digits(rng, 7)}H",
            f"PVX-{digits(rng, 5)}-{upper(rng, 2)}",
            digits(rng, 15),
            ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6)),
        ]
    )


def ipv4(rng: random.Random) -> str:
    first = rng.choice([24, 50, 67, 73, 98, 108, 172, 174, 199])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.randint(0x100, 0xFFF), rng.randint(0x1000, 0xFFFF), rng.randint(0x10, 0xFFFF)]
    return "2601:" + ":".join(f"{group:x}" for group in groups) + f"::{rng.randint(0x10, 0xFFF):x}"


def biometric(rng: random.Random) -> str:
    return rng.choice(
        [
            f"FP-{digits(rng, 4)}-{digits(rng, 4)}-{upper(rng, 2)}",
            f"VP{digits(rng, 10)}",
            f"bio:{rng.getrandbits(64):016x}",
            f"FACE-{upper(rng, 3)}{digits(rng, 5)}",
            f"IRIS{digits(rng, 6)}{upper(rng, 2)}",
        ]
    )


def other_id(rng: random.Random, prefix: str) -> str:
    return rng.choice(
        [
            f"{prefix}{digits(rng, 8)}",
            f"{prefix}-{digits(rng, 3)}-{digits(rng, 5)}",
            f"{digits(rng, 2)}{upper(rng, 1)}{digits(rng, 7)}",
            f"{prefix}{upper(rng, 2)}{digits(rng, 6)}",
        ]
    )


def street(rng: random.Random) -> str:
    direction = rng.choice(["", "N ", "S ", "E ", "W ", "NW "])
    base = f"{rng.randint(2, 9899)} {direction}{rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    roll = rng.random()
    if roll < 0.15:
        return f"PO Box {rng.randint(10, 9999)}"
    if roll < 0.45:
        return f"{base}, {rng.choice(UNITS).format(rng.choice([str(rng.randint(1, 40)), '3B', '12C', '207']))}"
    return base


def zip_code(rng: random.Random, prefix: str) -> str:
    five = f"{prefix}{digits(rng, 2)}"
    return f"{five}-{digits(rng, 4)}" if rng.random() < 0.25 else five


def url_personal(rng: random.Random, handle: str) -> str:
    return rng.choice(
        [
            f"https://www.facebook.com/{handle}",
            f"https://instagram.com/{handle}",
            f"https://{handle}.blogspot.com/",
            f"https://www.linkedin.com/in/{handle}-{digits(rng, 3)}",
            f"https://gofund.me/{rng.getrandbits(32):08x}",
        ]
    )
