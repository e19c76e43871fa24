"""Masking profiles (profiles.py): which strategy each kind gets, extra keys, the fallback to safe_harbor."""

from __future__ import annotations

import pytest

from extproc.phi import CLINICAL, SAFE_HARBOR, Profile, get_profile, mask_json
from extproc.phi import kinds as K
from tests.unit.phi.support import masked


def test_clinical_keeps_names_but_redacts_ssn() -> None:
    doc = {
        "name": "Mary Smith",
        "birth_date": "1950-03-05",
        "mrn": "MRN-1234567",
        "ssn": "123-45-6789",
        "medicare_mbi": "1EG4TE5MK73",
        "vehicle_vin": "1HGCM82633A004352",
        "portal_url": "https://x.example/p",
    }
    out = mask_json(doc, CLINICAL).value
    assert out["name"] == "Mary Smith" and out["birth_date"] == "1950-03-05" and out["mrn"] == "MRN-1234567"
    assert out["ssn"] == "[SSN]" and out["medicare_mbi"] == "[MBI]" and out["vehicle_vin"] == "[VIN]"
    assert out["portal_url"] == "[URL]"
    assert masked("Patient: Mary Smith, SSN 123-45-6789", CLINICAL) == "Patient: Mary Smith, SSN [SSN]"


def test_profiles() -> None:
    assert get_profile("no-such-profile") is SAFE_HARBOR
    assert get_profile(None) is SAFE_HARBOR
    assert get_profile("clinical") is CLINICAL
    custom = Profile("c", {K.SSN: "keep"}, extra_keys={"patientSecretCode": K.ID})
    assert mask_json({"patient-secret-code": "x1", "ssn": "123-45-6789"}, custom).value == {
        "patient-secret-code": "[ID]",
        "ssn": "123-45-6789",
    }
    assert mask_json({"dateOfBirth": "1950-03-05", "PhoneNumber": "x"}, SAFE_HARBOR).value == {
        "dateOfBirth": "1950",
        "PhoneNumber": "[PHONE]",
    }
    with pytest.raises(ValueError):
        Profile("bad", {K.SSN: "shred"})  # type: ignore[dict-item]
