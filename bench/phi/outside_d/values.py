"""Identifier values (with the probes whose survival means a leak) and the pools of text that must survive."""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata
from functools import lru_cache

from faker import Faker

_TOKEN = re.compile(r"[^\s,./\-()]+")
_DIGIT_RUN = re.compile(r"\d{4,}")
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "del", "della", "las", "los", "dos", "das", "bin", "binti",
                             "ibn", "abu", "mrs", "miss", "mr", "ms", "jr", "sr", "iii"})
_STREET_EXTRA = ("apt", "unit", "suite", "flat", "north", "south", "east", "west", "blvd", "marg", "house", "edif",
                 "depto", "piso", "casa", "apto", "bloco", "lote", "strasse", "straße", "platz", "allee", "the", "and")


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    """Generic street words (Faker's own street suffixes and prefixes for the address locales, and a few more):
    one left behind alone does not locate anyone."""
    from .people import ADDRESS_LOCALES

    words = set(_STREET_EXTRA)
    for locale in ("en_US", *ADDRESS_LOCALES):
        for provider in Faker(locale).factories[0].providers:
            for attribute in ("street_suffixes", "street_prefixes", "street_titles"):
                listed = getattr(provider, attribute, ())
                words.update(word.lower() for word in listed if isinstance(word, str))
    return frozenset(words)


def name_probes(value: str) -> tuple[str, ...]:
    """The whole name and each part of three or more characters (two for CJK/Hangul scripts), minus particles:
    a surname left behind identifies as well as the full name does."""
    parts = []
    for part in _TOKEN.findall(value):
        short = 2 if any(ord(char) > 0x2E80 for char in part) else 3
        if len(part) >= short and part.lower() not in _NAME_PARTICLES:
            parts.append(part)
    return _unique((value, *parts))


def number_probes(value: str) -> tuple[str, ...]:
    """The whole identifier, every token of four or more characters holding a digit and every run of four or more
    digits (a phone's last four, an account's digits without its prefix): a label like "MRN" or an area code alone
    is not counted."""
    tokens = [token for token in _TOKEN.findall(value) if len(token) >= 4 and _has_digit(token)]
    return _unique((value, *tokens, *_DIGIT_RUN.findall(value)))


def street_probes(value: str) -> tuple[str, ...]:
    """The street line and each of its street-name words (four or more letters, generic words excluded)."""
    words = [token for token in _TOKEN.findall(value)
             if len(token) >= 4 and token.isalpha() and token.lower() not in _street_words()]
    return _unique((value, *words))


def email_probes(value: str) -> tuple[str, ...]:
    """The address and its local part (the domain alone, often a public mail host, is not counted)."""
    return _unique((value, value.split("@", 1)[0]))


def _has_digit(token: str) -> bool:
    return any(char.isdigit() for char in token)


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def date_text(rng: random.Random, day: dt.date, style: str | None = None) -> tuple[str, tuple[str, ...]]:
    """A date in one of many notations, and its probes: the whole date and its day-and-month part (the year alone
    may stay under Safe Harbor)."""
    style = style or rng.choice(("iso", "us", "us_short", "eu", "dot", "long", "dmy_abbr", "hl7", "us_nopad"))
    month_name = MONTHS[day.month - 1]
    forms = {
        "iso": (f"{day:%Y-%m-%d}", f"{day:%m-%d}"),
        "us": (f"{day:%m/%d/%Y}", f"{day:%m/%d}"),
        "us_short": (f"{day:%m/%d/%y}", f"{day:%m/%d}"),
        "us_nopad": (f"{day.month}/{day.day}/{day.year}", f"{day.month}/{day.day}"),
        "eu": (f"{day:%d/%m/%Y}", f"{day:%d/%m}"),
        "dot": (f"{day:%d.%m.%Y}", f"{day:%d.%m}"),
        "long": (f"{month_name} {day.day}, {day.year}", f"{month_name} {day.day}"),
        "dmy_abbr": (f"{day.day:02d}-{month_name[:3].upper()}-{day.year}", f"{day.day:02d}-{month_name[:3].upper()}"),
        "day_month": (f"{day.day} {month_name[:3]}", f"{day.day} {month_name[:3]}"),
        "hl7": (f"{day:%Y%m%d}", f"{day:%Y%m%d}"),
        "hl7_ts": (f"{day:%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}", f"{day:%Y%m%d}"),
        "dmy": (f"{day.day} {month_name[:3]} {day.year}", f"{day.day} {month_name[:3]}"),
    }
    text, part = forms[style]
    return text, _unique((text, part))


def birth_date(rng: random.Random) -> dt.date:
    return dt.date(1924, 1, 1) + dt.timedelta(days=rng.randint(0, 36000))


def recent_date(rng: random.Random) -> dt.date:
    return dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))


def us_phone(rng: random.Random) -> str:
    area = rng.choice([n for n in range(201, 990) if n % 100 != 11])
    exchange, line = rng.randint(202, 989), rng.randint(0, 9999)
    return rng.choice((
        f"({area}) {exchange}-{line:04d}", f"{area}-{exchange}-{line:04d}", f"{area}.{exchange}.{line:04d}",
        f"+1 {area} {exchange} {line:04d}", f"{area}{exchange}{line:04d}", f"1-{area}-{exchange}-{line:04d}",
        f"({area}){exchange}-{line:04d}", f"+1-{area}-{exchange}-{line:04d}",
    ))


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice((f"{area:03d}-{group:02d}-{serial:04d}",) * 4 + (
        f"{area:03d} {group:02d} {serial:04d}", f"{area:03d}{group:02d}{serial:04d}"))


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def letters(rng: random.Random, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


def mrn(rng: random.Random) -> str:
    return rng.choice((
        digits(rng, 8), f"E{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
        f"MR{digits(rng, 6)}", f"00{digits(rng, 7)}", f"{letters(rng, 2)}{digits(rng, 6)}", f"M-{digits(rng, 9)}",
    ))


def member_id(rng: random.Random) -> str:
    mbi = (f"{rng.randint(1, 9)}{letters(rng, 1)}{rng.choice(letters(rng, 3) + digits(rng, 2))}{digits(rng, 1)}-"
           f"{letters(rng, 1)}{rng.choice('ACDEFGHJKMNPRTUVWXY')}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 2)}")
    return rng.choice((
        f"{letters(rng, 3)}{digits(rng, 9)}", f"W{digits(rng, 9)}", mbi, f"{digits(rng, 9)}01",
        f"ZGP{digits(rng, 10)}", f"H{digits(rng, 8)}-{digits(rng, 2)}", f"U{digits(rng, 7)}{letters(rng, 1)}",
    ))


def account(rng: random.Random) -> str:
    return rng.choice((
        digits(rng, 10), f"HAR{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 6)}", f"GB{digits(rng, 2)}"
        f"NWBK{digits(rng, 14)}", f"DE{digits(rng, 20)}", f"A{digits(rng, 9)}",
        f"{digits(rng, 3)}{letters(rng, 2)}{digits(rng, 5)}",
    ))


def license_number(rng: random.Random) -> str:
    return rng.choice((
        f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}", f"S{digits(rng, 8)}",
        f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", f"{letters(rng, 1)}{digits(rng, 7)}",
        f"RN{digits(rng, 6)}", f"{letters(rng, 5)}{digits(rng, 6)}{letters(rng, 2)}{digits(rng, 1)}{letters(rng, 2)}",
    ))


def certificate(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1930, 2023)}-{digits(rng, 6)}", f"BC-{digits(rng, 3)}-{digits(rng, 5)}",
                       f"DC {digits(rng, 2)}-{digits(rng, 7)}"))


def plate(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}", f"{letters(rng, 3)}-{digits(rng, 4)}",
        f"{letters(rng, 2)}{digits(rng, 2)} {letters(rng, 3)}", f"{letters(rng, 3)} {digits(rng, 4)}",
        f"{letters(rng, 2)} {rng.randint(10, 99)} {letters(rng, 2)} {digits(rng, 4)}",
        f"{digits(rng, 3)}-{letters(rng, 3)}",
    ))


def vin(rng: random.Random) -> str:
    return letters(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + letters(rng, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def device(rng: random.Random) -> str:
    return rng.choice((
        f"{letters(rng, 3)}{digits(rng, 6)}{letters(rng, 1)}", f"SN{digits(rng, 8)}",
        f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 5)}", f"IMEI {digits(rng, 15)}",
        f"(01)00{digits(rng, 12)}(21){letters(rng, 2)}{digits(rng, 6)}",
        f"{letters(rng, 1)}{digits(rng, 1)}{letters(rng, 1)}{digits(rng, 4)}", f"NG{digits(rng, 7)}H",
    ))


def ipv4(rng: random.Random) -> str:
    first = rng.choice([n for n in range(11, 224) if n not in (127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return "2001:db8:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(6))


def other_id(rng: random.Random) -> str:
    return rng.choice((
        f"CLM{digits(rng, 11)}", f"{digits(rng, 4)}{letters(rng, 1)}{digits(rng, 5)}", f"RX{digits(rng, 7)}",
        f"V{digits(rng, 9)}", f"ENC-{digits(rng, 8)}", f"{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 1)}",
        f"TKT-{digits(rng, 6)}", f"{letters(rng, 2)}{digits(rng, 4)}{letters(rng, 2)}{digits(rng, 2)}",
    ))


def biometric(rng: random.Random) -> str:
    return rng.choice((f"FPT-{digits(rng, 4)}-{digits(rng, 5)}", f"VP{digits(rng, 8)}",
                       f"IRIS-{letters(rng, 2)}{digits(rng, 7)}", f"palmvein:{digits(rng, 10)}"))


def photo(rng: random.Random, stamp: dt.date) -> str:
    return rng.choice((f"IMG_{stamp:%Y%m%d}_{digits(rng, 6)}.jpg", f"photo-{digits(rng, 7)}.png",
                       f"face_{digits(rng, 9)}.jpeg", f"DSC{digits(rng, 5)}.JPG"))


# Text that must survive: (kind, values). Several values look like identifiers or names on purpose.
KEEPS: dict[str, tuple[str, ...]] = {
    "drug": ("metformin", "lisinopril", "atorvastatin", "apixaban", "Eliquis", "levothyroxine",
             "amoxicillin-clavulanate", "insulin glargine", "furosemide", "sertraline", "albuterol", "prednisone",
             "warfarin", "gabapentin", "omeprazole", "Ozempic", "tamsulosin", "hydrochlorothiazide", "ondansetron",
             "ceftriaxone", "Jardiance", "Keytruda", "methotrexate", "buprenorphine-naloxone", "Humira"),
    "dose": ("500 mg", "10 mg", "0.5 mg/kg", "40 units", "2 puffs", "81 mg", "1 g IV q24h", "25 mcg", "5 mg BID",
             "12.5 mg", "100 mg/mL", "1 tab PO daily"),
    "lab": ("HbA1c 7.2%", "K 4.1 mmol/L", "Creatinine 1.32 mg/dL", "eGFR 54", "WBC 11.4", "TSH 2.31 mIU/L",
            "LDL 131 mg/dL", "INR 2.4", "Hgb 10.9 g/dL", "Na 133", "BNP 812 pg/mL", "troponin 0.04 ng/mL"),
    "vital": ("BP 142/88", "HR 76", "SpO2 97%", "Temp 38.2 C", "RR 18", "BP 118/72", "Wt 82.4 kg", "BMI 31.6"),
    "icd10": ("E11.9", "I10", "J44.1", "N18.3", "I48.91", "Z79.01", "F32.A", "M54.50", "C34.90", "K21.9", "E78.5",
              "O24.419", "S72.001A", "Z23"),
    "loinc": ("4548-4", "2345-7", "718-7", "2160-0", "2093-3", "8480-6", "33914-3", "6690-2", "1742-6", "2951-2"),
    "cpt": ("99213", "99214", "93000", "80053", "36415", "71046", "G0439", "99285", "85025", "J1885"),
    "ndc": ("0002-8215-01", "0169-4132-12", "0378-0208-01", "50090-3411-0", "0093-7146-56", "68180-0513-01"),
    "year": ("2019", "2008", "1998", "2021", "2015", "2003"),
    "department": ("Cardiology Clinic", "4 West Med-Surg", "Emergency Department", "Renal Dialysis Unit",
                   "Labor and Delivery", "Pediatric Oncology", "Wound Care Center", "Behavioral Health",
                   "Infusion Suite B", "Sleep Lab", "Outpatient Pharmacy", "Radiology"),
    "eponym": ("Parkinson disease", "Hodgkin lymphoma", "Crohn's disease", "Foley catheter", "Glasgow Coma Scale",
               "Babinski sign", "Whipple procedure", "Bell's palsy", "Graves disease", "Alzheimer's dementia",
               "Down syndrome", "Cushing syndrome", "Hashimoto thyroiditis", "Barrett esophagus", "Wilson disease",
               "Apgar score", "Swan-Ganz catheter", "Tommy John surgery", "Baker's cyst", "Lou Gehrig's disease"),
    "count": ("2 refills", "30 tablets", "3 of 5 sessions", "14 days", "x2 doses", "90-day supply", "6 visits"),
    "version": ("FHIR R4", "v2.5.1", "build 4.12.0", "HL7 2.3", "API v3", "release 2024.1"),
    "word": ("kidney stone", "brown sputum", "green stool", "frost bite", "bird flu", "hope", "faith-based support",
             "grace period", "wood splinter", "fox squirrel bite", "page the on-call", "rose water", "snow shoveling",
             "white count", "golden hour", "joy of eating"),
    "state": tuple(sorted({"Massachusetts", "Texas", "Ohio", "California", "Florida", "New York", "Illinois"})),
    "age": ("67", "45", "72", "88", "34", "81", "59"),
}


def ascii_fold(text: str) -> str:
    """Latin letters without accents, for e-mail handles; other scripts fall away (the caller picks a fallback)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in folded if char.isalnum() or char == ".")
