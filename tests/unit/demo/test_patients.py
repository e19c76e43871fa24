"""The demo's synthetic patients (demo/patients.py): deterministic, identifiers valid by checks written
independently here, names in many scripts, documents that embed identifiers."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from demo.patients import (
    PROVIDERS,
    REFERENCE_DATE,
    Patient,
    appointments_for,
    clinical_note,
    generate_patients,
    labs_for,
)

# --------------------------------------------------------------------------------------------
# Independent validators (deliberately not reusing demo.patients helpers)
# --------------------------------------------------------------------------------------------

SSN_RE = re.compile(r"^(\d{3})-(\d{2})-(\d{4})$")
PHONE_RE = re.compile(r"^\(([2-9]\d\d)\) ([2-9]\d\d)-\d{4}$")
MBI_RE = re.compile(
    r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$"
)
ICD10_RE = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")


def valid_ssn(ssn: str) -> bool:
    m = SSN_RE.match(ssn)
    if not m:
        return False
    area, group, serial = (int(x) for x in m.groups())
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def valid_npi(npi: str) -> bool:
    if not re.fullmatch(r"[12]\d{9}", npi):
        return False
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def valid_vin(vin: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin):
        return False
    values = {c: i % 9 + 1 for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
    values.update({c: i + 2 for i, c in enumerate("STUVWXYZ")})
    values.update({str(d): d for d in range(10)})
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    remainder = sum(values[c] * w for c, w in zip(vin, weights, strict=True)) % 11
    return vin[8] == ("X" if remainder == 10 else str(remainder))


def nanp_ok(phone: str) -> bool:
    m = PHONE_RE.match(phone)
    return bool(m) and all(part[1:] != "11" for part in m.groups())


def check_patient(p: Patient) -> None:
    assert re.fullmatch(r"P\d{6}", p.patient_id)
    assert re.fullmatch(r"MRN-\d{7}", p.mrn)
    assert valid_ssn(p.ssn), p.ssn
    assert MBI_RE.match(p.medicare_mbi), p.medicare_mbi
    assert valid_npi(p.pcp_npi), p.pcp_npi
    assert valid_vin(p.vehicle_vin), p.vehicle_vin
    assert nanp_ok(p.phone) and nanp_ok(p.fax), (p.phone, p.fax)
    assert re.fullmatch(r"\d{5}", p.zip) and re.fullmatch(r"[A-Z]{2}", p.state)
    assert re.fullmatch(r"[a-z0-9.]+@[a-z.]+", p.email), p.email
    assert p.portal_url.startswith("https://portal.example-health.org/p/") and len(p.portal_url) > 36
    assert ipaddress.ip_address(p.ip_address).version == 4
    assert p.given_name and p.family_name and p.name_latin.isascii()
    assert p.sex in ("female", "male")
    birth = date.fromisoformat(p.birth_date)
    expected_age = REFERENCE_DATE.year - birth.year - ((birth.month, birth.day) > (1, 1))
    assert p.age == expected_age and 18 <= p.age <= 110
    assert p.conditions and len(p.conditions) == len(p.medications)
    assert all(ICD10_RE.match(c.icd10) and c.description for c in p.conditions)
    assert all(m.name and m.dose for m in p.medications)
    assert p.device_type and p.device_serial and p.drivers_license and p.account_number
    assert re.fullmatch(r"[A-Z]{3}\d{9}", p.insurance_member_id)


# --------------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------------


def test_generator_is_deterministic(patients: list[Patient]) -> None:
    assert generate_patients() == patients
    assert generate_patients(200, seed=7) == patients
    assert generate_patients(30, seed=7) == patients[:30]  # prefix-stable
    other = generate_patients(200, seed=8)
    assert other != patients
    assert sum(a.ssn != b.ssn for a, b in zip(patients, other, strict=True)) > 190
    assert generate_patients(0) == []


def test_documents_are_deterministic(patients: list[Patient]) -> None:
    again = generate_patients()
    for p, q in zip(patients[:40], again[:40], strict=True):
        assert labs_for(p) == labs_for(q)
        assert appointments_for(p) == appointments_for(q)
        assert clinical_note(p) == clinical_note(q)


def test_identifier_rules_hold_for_all_patients(patients: list[Patient]) -> None:
    for p in patients:
        check_patient(p)
    assert len({p.patient_id for p in patients}) == len(patients)
    assert len({p.mrn for p in patients}) == len(patients)
    assert len({p.ssn for p in patients}) == len(patients)
    assert all(valid_npi(pr.npi) for pr in PROVIDERS)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31))
def test_identifier_rules_hold_for_any_seed(seed: int) -> None:
    for p in generate_patients(25, seed=seed):
        check_patient(p)


def test_some_patients_are_90_or_older(patients: list[Patient]) -> None:
    old = [p for p in patients if p.age >= 90]
    assert len(old) >= 5
    assert all(date.fromisoformat(p.birth_date) <= date(1936, 1, 1) for p in old)


def test_names_span_many_scripts(patients: list[Patient]) -> None:
    scripts: set[str] = set()
    for p in patients:
        for ch in p.given_name + p.family_name:
            if ch.isalpha():
                scripts.add(unicodedata.name(ch, "?").split()[0])
    assert {"LATIN", "CJK", "ARABIC", "DEVANAGARI", "CYRILLIC", "HANGUL"} <= scripts
    languages = {p.name_language for p in patients}
    assert {"english", "spanish", "vietnamese", "chinese", "arabic", "hindi", "russian", "yoruba"} <= languages
    assert any(not p.given_name.isascii() and p.name_script == "Latin" for p in patients)  # diacritics


def test_labs_appointments_and_notes_embed_identifiers(patients: list[Patient]) -> None:
    mentions = 0
    for p in patients:
        labs = labs_for(p)
        assert labs
        for lab in labs:
            assert re.fullmatch(r"\d{1,5}-\d", lab["loinc"])
            assert valid_npi(lab["ordering_provider"]["npi"])
            assert lab["collected_at"] < REFERENCE_DATE.isoformat()
            assert {"test", "value", "unit", "reference_range", "comment"} <= lab.keys()
            comment = lab["comment"]
            if p.mrn in comment or p.phone in comment or p.family_name in comment:
                mentions += 1
        appts = appointments_for(p)
        assert 2 <= len(appts) <= 4
        assert [a["datetime"] for a in appts] == sorted(a["datetime"] for a in appts)
        assert all(valid_npi(a["provider"]["npi"]) for a in appts)
        note = clinical_note(p)
        for value in (p.given_name, p.family_name, p.birth_date, p.mrn, p.phone, p.street_address, p.ssn):
            assert value in note
    assert mentions >= 20
