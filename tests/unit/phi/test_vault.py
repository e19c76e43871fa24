"""Pseudonyms (vault.py): random, stable within a session, bounded memory."""

from __future__ import annotations

from extproc.phi import SAFE_HARBOR, Profile, PseudonymVault, mask_json
from extproc.phi import kinds as K


def test_pseudonyms_random_and_session_stable() -> None:
    profile = Profile("p", {**SAFE_HARBOR.strategies, K.NAME: "pseudonym", K.SSN: "pseudonym"})
    vault = PseudonymVault()
    doc = {"name": "Mary Smith", "ssn": "123-45-6789"}
    a1 = mask_json(doc, profile, vault, "s1").value
    a2 = mask_json(doc, profile, vault, "s1").value
    b = mask_json(doc, profile, vault, "s2").value
    other = mask_json(doc, profile, PseudonymVault(), "s1").value
    assert a1 == a2
    assert a1["name"] != b["name"] and a1["ssn"] != b["ssn"]
    assert a1["name"] != other["name"]
    assert "Smith" not in a1["name"] and a1["name"].startswith("[NAME-")
    small = PseudonymVault(max_sessions=2)
    for i in range(5):
        small.token(f"s{i}", K.NAME, "x")
    assert len(small) == 2
