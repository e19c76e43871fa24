"""A labelled evaluation set generated with a fixed seed.

Names come from ``data/eval_names.txt``, written independently of the detector's dictionary; every token
that the dictionary nevertheless contains is dropped here (``held_out_names``), so names are scored only
on tokens the dictionary has never seen. Other identifiers use the demo's generators (format-valid, with
check digits).
"""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import demo.patients as dp
from extproc.phi import kinds as K
from extproc.phi.names import dictionary_names

Gold = tuple[int, int, str]


@dataclass
class Sample:
    """One free-text document and its gold identifier spans."""

    category: str
    text: str = ""
    gold: list[Gold] = field(default_factory=list)

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind is not None and piece:
            self.gold.append((len(self.text), len(self.text) + len(piece), kind))
        self.text += piece


@dataclass(frozen=True)
class EvalName:
    language: str
    given: str
    family: str
    family_first: bool


def held_out_names() -> tuple[list[EvalName], int]:
    """Eval names with no token in the detector dictionary, and how many were dropped for overlap."""
    known = dictionary_names()
    path = Path(__file__).parent / "data" / "eval_names.txt"
    out: list[EvalName] = []
    dropped = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, given, family = line.split("|")
        tokens = [unicodedata.normalize("NFKC", t) for t in (given + " " + family).split()]
        if any(t in known for t in tokens):
            dropped += 1
            continue
        native_cjk = lang in ("chinese", "korean") and not given.isascii()
        out.append(EvalName(lang, given, family, native_cjk))
    return out, dropped


def _full(n: EvalName) -> str:
    return f"{n.family}{n.given}" if n.family_first else f"{n.given} {n.family}"


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def _zero_width(s: str) -> str:
    return "\u200b".join(s)


def _arabic_digits(s: str) -> str:
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


def notes(seed: int = 20260101, count: int = 300) -> list[Sample]:
    """Clinical notes and messages with embedded identifiers, plus adversarial encodings and negatives."""
    rng = random.Random(seed)
    names, _ = held_out_names()
    samples: list[Sample] = []
    for i in range(count):
        n = rng.choice(names)
        area = dp._nanp_part(rng)
        ssn, phone, fax = dp._ssn(rng), dp._phone(rng, area), dp._phone(rng)
        mbi, vin, npi = dp._mbi(rng), dp._vin(rng), dp._npi(rng)
        ip = dp._ip_address(rng)
        birth = date(1930, 1, 1) + timedelta(days=rng.randint(0, 30000))
        mrn = f"MRN-{rng.randint(1_000_000, 9_999_999)}"
        city, state, zip3, _ = rng.choice(dp.CITIES)
        zip5 = zip3 + f"{rng.randint(0, 99):02d}"
        street = f"{rng.randint(1, 9899)} {rng.choice(dp.STREET_NAMES)} {rng.choice(dp.STREET_SUFFIXES)}"
        email = f"{dp.ascii_fold(n.given)[:8] or 'pt'}{rng.randint(1, 99)}@{rng.choice(dp.EMAIL_DOMAINS)}"
        age = rng.choice((rng.randint(90, 104), rng.randint(30, 89)))
        s = Sample("note")
        s.add("PROGRESS NOTE\nPatient: ")
        s.add(_full(n) if n.family_first else n.given, K.NAME)
        if not n.family_first:
            s.add(" ")
            s.add(n.family, K.NAME)
        s.add("    DOB: ")
        s.add(birth.isoformat(), K.DATE)
        s.add("    MRN: ")
        s.add(mrn, K.MRN)
        s.add("\nHPI: ")
        s.add(n.given if not n.family_first else _full(n), K.NAME)
        s.add(" is a ")
        s.add(str(age), K.AGE if age > 89 else None)
        s.add("-year-old seen on ")
        s.add(f"{rng.choice(('March', 'July', 'Oct.'))} {rng.randint(1, 28)}, 2025", K.DATE)
        s.add(" for E11.9 and I10 (metformin 500 mg PO BID). Lives at ")
        s.add(street, K.ADDRESS)
        s.add(", ")
        s.add(city, K.CITY)
        s.add(f", {state} ")
        s.add(zip5, K.ZIP)
        s.add(". Reach at ")
        s.add(phone, K.PHONE)
        s.add(" or ")
        s.add(email, K.EMAIL)
        s.add("; fax ")
        s.add(fax, K.FAX)
        s.add(". SSN ")
        s.add(ssn, K.SSN)
        s.add(", Medicare MBI ")
        s.add(mbi, K.MBI)
        s.add(". Account ")
        s.add(f"ACCT-{rng.randint(10**7, 10**8 - 1)}", K.ACCOUNT)
        s.add(". VIN ")
        s.add(vin, K.VIN)
        s.add(", portal ")
        s.add(f"https://portal.example-health.org/p/{rng.randrange(16**10):010x}", K.URL)
        s.add(" from ")
        s.add(ip, K.IP)
        s.add(f". HbA1c 7.{rng.randint(0, 9)}% (LOINC 4548-4), eGFR {rng.randint(30, 90)} mL/min/1.73m2.\n")
        s.add("Signed: Dr. ")
        s.add(n.family if not n.family_first else _full(n), K.NAME)
        s.add(" (NPI ")
        s.add(npi, K.NPI)
        s.add(") 2025.\n")
        samples.append(s)

        # short messages: no header, the name is seen once (hardest case)
        m = Sample("message")
        template = i % 5
        if template == 0:
            m.add("Abnormal result called to ")
            _add_name(m, n)
            m.add(" at ")
            m.add(phone, K.PHONE)
            m.add("; read-back verified.")
        elif template == 1:
            m.add("Mrs. ")
            _add_name(m, n)
            m.add(" asked that results be faxed to ")
            m.add(fax, K.FAX)
            m.add(".")
        elif template == 2:
            m.add("Left voicemail for ")
            _add_name(m, n)
            m.add(" re: prep instructions.")
        elif template == 3:
            m.add("Pt ")
            _add_name(m, n, comma=True)
            m.add(" (DOB ")
            m.add(f"{birth.month}/{birth.day}/{birth.year}", K.DATE)
            m.add(") reports fasting 12 h.")
        else:
            m.add("Spoke with ")
            _add_name(m, n)
            m.add(", daughter of the patient, email ")
            m.add(email, K.EMAIL)
            m.add(".")
        samples.append(m)

        a = Sample("adversarial")
        a.add("SSN ")
        a.add(_fullwidth(ssn), K.SSN)
        a.add(", phone ")
        a.add(_zero_width(phone), K.PHONE)
        a.add(", alt SSN ")
        a.add(_zero_width(dp._ssn(rng)), K.SSN)
        a.add(", cell ")
        a.add(_arabic_digits(dp._phone(rng)), K.PHONE)
        a.add(", MBI ")
        a.add(_fullwidth(dp._mbi(rng)), K.MBI)
        escaped = json.loads('"' + "".join(f"\\u{ord(c):04x}" for c in dp._ssn(rng)) + '"')
        a.add(" and SSN (\\u-escaped in the raw body) ")
        a.add(escaped, K.SSN)
        a.add(".")
        samples.append(a)

        neg = Sample("negative")
        neg.add(
            f"Dx E11.9, I10, N18.30, J45.909; metformin {rng.choice((500, 850, 1000))} mg PO BID, lisinopril 10 mg "
            f"daily; HbA1c 7.{rng.randint(0, 9)}% (LOINC 4548-4), creatinine 1.{rng.randint(0, 9)}{rng.randint(0, 9)}"
            f" mg/dL (ref 0.60-1.30), WBC 6.{rng.randint(0, 9)} (4.5-11.0); BP 128/82; seen 3 of 4 visits in "
            f"{rng.randint(2019, 2025)}; recheck in {rng.randint(2, 12)} weeks; 2 puffs q4-6h PRN; "
            "bictegravir/emtricitabine/tenofovir AF 50/200/25 mg; CKD-EPI 2021; NT-proBNP 310 pg/mL; "
            "invalid SSN 000-12-3456; NPI 1234567890 is not Luhn-valid; a 45-year-old."
        )
        samples.append(neg)
    return samples


def _add_name(s: Sample, n: EvalName, comma: bool = False) -> None:
    if n.family_first:
        s.add(_full(n), K.NAME)
        return
    if comma:
        s.add(n.family, K.NAME)
        s.add(", ")
        s.add(n.given, K.NAME)
        return
    s.add(n.given, K.NAME)
    s.add(" ")
    s.add(n.family, K.NAME)


STRUCTURED_KEYS = {
    "patient_id": K.ID,
    "mrn": K.MRN,
    "name": K.NAME,
    "given_name": K.NAME,
    "family_name": K.NAME,
    "name_latin": K.NAME,
    "birth_date": K.DATE,
    "ssn": K.SSN,
    "phone": K.PHONE,
    "fax": K.FAX,
    "email": K.EMAIL,
    "street_address": K.ADDRESS,
    "city": K.CITY,
    "zip": K.ZIP,
    "insurance_member_id": K.HEALTH_PLAN,
    "medicare_mbi": K.MBI,
    "account_number": K.ACCOUNT,
    "drivers_license": K.LICENSE,
    "vehicle_vin": K.VIN,
    "device_serial": K.DEVICE,
    "ip_address": K.IP,
    "portal_url": K.URL,
}
"""The identifying fields of ``Patient.to_dict()``; every other leaf is a negative (age only when ≤ 89)."""


def records(count: int = 200) -> list[dict]:
    """Demo patient records (``to_dict``), the structured half of the evaluation."""
    return [p.to_dict() for p in dp.generate_patients(count)]


def dense_corpus(min_bytes: int = 1_100_000) -> list[dict]:
    """Dense patient JSON for the throughput measurement: records, labs, appointments and notes."""
    out: list[dict] = []
    size = 0
    patients = dp.generate_patients(800)
    i = 0
    while size < min_bytes:
        p = patients[i % len(patients)]
        item = {
            "patient": p.to_dict(),
            "labs": dp.labs_for(p),
            "appointments": dp.appointments_for(p),
            "note": dp.clinical_note(p),
        }
        size += len(json.dumps(item, ensure_ascii=False).encode())
        out.append(item)
        i += 1
    return out


def tool_result(patient_index: int = 3) -> dict:
    """A ~4 KB MCP ``tools/call`` result: the record as structured content and as JSON text."""
    p = dp.generate_patients(patient_index + 1)[patient_index]
    record = p.to_dict()
    labs = dp.labs_for(p)[:2]
    return {
        "jsonrpc": "2.0",
        "id": 7,
        "result": {
            "structuredContent": {"patient": record, "labs": labs},
            "content": [{"type": "text", "text": json.dumps({"patient": record}, ensure_ascii=False)}],
            "isError": False,
        },
    }
