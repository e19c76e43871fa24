"""The ePHI masking engine (extproc/phi): detection, strategies, profiles, pseudonyms, failure mode."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from demo.patients import clinical_note, generate_patients
from extproc.phi import (
    CLINICAL,
    SAFE_HARBOR,
    MaskingError,
    Profile,
    PseudonymVault,
    detect_text,
    get_profile,
    mask_json,
)
from extproc.phi import kinds as K
from extproc.phi import validators as V


def _text(text: str, profile: Profile = SAFE_HARBOR) -> str:
    return mask_json({"note": text}, profile).value["note"]


def _kinds(text: str) -> set[str]:
    return {k for _, _, k in detect_text(text)}


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("SSN 123-45-6789 on file", K.SSN, "123-45-6789"),
        ("MBI 1EG4-TE5-MK73.", K.MBI, "1EG4-TE5-MK73"),
        ("call (617) 555-0134 today", K.PHONE, "555-0134"),
        ("fax: 617-555-0199", K.FAX, "555-0199"),
        ("write to jane.doe@example.org please", K.EMAIL, "jane.doe@example.org"),
        ("MRN: 00123456 noted", K.MRN, "00123456"),
        ("seen from 23.45.67.89 yesterday", K.IP, "23.45.67.89"),
        ("portal https://portal.example-health.org/p/abc123 ok", K.URL, "abc123"),
        ("vehicle VIN 1HGCM82633A004352 recorded", K.VIN, "1HGCM82633A004352"),
        ("Account: ACCT-12345678", K.ACCOUNT, "12345678"),
        ("NPI 1234567893", K.NPI, "1234567893"),
        ("card 4111 1111 1111 1111 charged", K.CARD, "4111"),
        ("DEA AB1234563", K.DEA, "AB1234563"),
        ("lives at 12 Maple St, Apt 4B, Boston, MA 02134", K.ADDRESS, "Maple"),
        ("serial PJN123456HGR checked", K.DEVICE, "PJN123456HGR"),
        ("driver's license S12345678 (MA)", K.LICENSE, "S12345678"),
        ("Patient: Mary Smith seen", K.NAME, "Smith"),
    ],
)
def test_each_kind_detected_and_redacted(text: str, kind: str, secret: str) -> None:
    assert kind in _kinds(text)
    out = _text(text)
    assert secret not in out
    assert f"[{kind}]" in out or kind in (K.ADDRESS,)


def test_dates_generalised_to_year_and_zip_to_three_digits() -> None:
    out = _text("DOB 1950-03-05, seen March 5, 2025 and 03/07/2024; Boston, MA 02134")
    assert out == "DOB 1950, seen 2025 and 2024; [CITY], MA 021"


def test_low_population_zip_prefix_becomes_000() -> None:
    assert mask_json({"zip": "03601"}, SAFE_HARBOR).value == {"zip": "000"}
    assert mask_json({"zip": "89301-1234"}, SAFE_HARBOR).value == {"zip": "000"}
    assert mask_json({"zip": "02134"}, SAFE_HARBOR).value == {"zip": "021"}
    assert V.zip3("55612") == "000"


def test_ages_over_89_become_90_plus() -> None:
    assert mask_json({"age": 95}, SAFE_HARBOR).value == {"age": "90+"}
    assert mask_json({"age": 45}, SAFE_HARBOR).value == {"age": 45}
    assert _text("a 95-year-old woman") == "a 90+-year-old woman"
    assert _text("a 45-year-old woman") == "a 45-year-old woman"


@pytest.mark.parametrize(
    "text",
    [
        "SSN 000-12-3456",  # area 000
        "id 666-12-3456",
        "id 912-12-3456",
        "id 123-00-4567",
        "id 123-45-0000",
        "NPI 1234567890",  # Luhn-invalid
        "code 1HGCM82633A004353",  # VIN with a wrong check digit
    ],
)
def test_validators_reject_invalid_numbers(text: str) -> None:
    assert _text(text) == text


def test_validators() -> None:
    assert V.npi_ok("1234567893") and not V.npi_ok("1234567890")
    assert V.dea_ok("AB1234563") and not V.dea_ok("AB1234567")
    assert V.luhn_ok("4111111111111111") and not V.luhn_ok("4111111111111112")
    assert V.nanp_ok("(617) 555-0134") and not V.nanp_ok("(117) 555-0134") and not V.nanp_ok("617-155-0134")
    assert V.mbi_ok("1EG4-TE5-MK73") and not V.mbi_ok("1SG4-TE5-MK73")
    assert V.vin_ok("1HGCM82633A004352") and not V.vin_ok("1HGCM82633A004353")
    assert "VIN" not in _kinds("code 1HGCM82633A004353 here")


def test_negatives_untouched() -> None:
    text = (
        "Dx E11.9, I10, N18.30; metformin 500 mg PO BID; HbA1c 7.2% (LOINC 4548-4); creatinine 1.15 mg/dL "
        "(ref 0.60-1.30); WBC 6.1 (4.5-11.0); BP 128/82; seen in 2024; 3 of 4 doses; 2 puffs q4-6h PRN; "
        "bictegravir/emtricitabine/tenofovir AF 50/200/25 mg; a 45-year-old."
    )
    assert _text(text) == text
    record = {"icd10": "E11.9", "medications": [{"name": "metformin", "dose": "500 mg PO twice daily"}]}
    assert mask_json(record, SAFE_HARBOR).value == record


def test_decoded_fullwidth_and_zero_width() -> None:
    escaped = json.loads('{"note": "SSN \\u0031\\u0032\\u0033-45-6789"}')
    assert "6789" not in mask_json(escaped, SAFE_HARBOR).value["note"]
    assert _text("SSN \uff11\uff12\uff13-\uff14\uff15-\uff16\uff17\uff18\uff19 ok") == "SSN [SSN] ok"
    assert _text("SSN 123\u200b-45-\u200b6789 ok") == "SSN [SSN] ok"
    assert _text("call 617\u200b-555-01\u200d34 now") == "call [PHONE] now"
    assert _text("call \u0666\u0661\u0667-\u0665\u0665\u0665-\u0660\u0661\u0663\u0664 now") == "call [PHONE] now"


def test_json_in_text_masked_and_still_json() -> None:
    inner = {"ssn": "123-45-6789", "name": "Mary Smith", "icd10": "E11.9"}
    msg = {"result": {"content": [{"type": "text", "text": json.dumps(inner, indent=2)}]}}
    res = mask_json(msg, SAFE_HARBOR)
    text = res.value["result"]["content"][0]["text"]
    assert json.loads(text) == {"ssn": "[SSN]", "name": "[NAME]", "icd10": "E11.9"}
    assert "\n" in text
    assert res.paths["result.content[0].text"] == {"SSN": 1, "NAME": 1}
    assert msg["result"]["content"][0]["text"] == json.dumps(inner, indent=2)  # input not mutated


def test_counts_and_paths_hold_no_values() -> None:
    p = generate_patients(2)[1]
    msg = {"result": {"structuredContent": p.to_dict(), "content": [{"type": "text", "text": clinical_note(p)}]}}
    res = mask_json(msg, SAFE_HARBOR)
    assert res.changed
    assert res.paths["result.structuredContent.ssn"] == {"SSN": 1}
    dumped = json.dumps([res.counts, res.paths], ensure_ascii=False)
    for secret in (p.ssn, p.mrn, p.phone, p.family_name, p.email, p.medicare_mbi, p.vehicle_vin):
        assert secret not in dumped
    out = json.dumps(res.value, ensure_ascii=False)
    for secret in (p.ssn, p.mrn, p.phone, p.email, p.medicare_mbi, p.vehicle_vin, p.device_serial, p.ip_address):
        assert secret not in out
    weird = mask_json({"123-45-6789": {"ssn": "123-45-6789"}}, SAFE_HARBOR)
    assert "6789" not in json.dumps(weird.paths)


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
    assert _text("Patient: Mary Smith, SSN 123-45-6789", CLINICAL) == "Patient: Mary Smith, SSN [SSN]"


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


def test_names_in_many_scripts() -> None:
    for text, secret in [
        ("Patient: 王伟 seen", "王伟"),
        ("Pt Nguyễn Văn Nam", "Nguyễn"),
        ("Patient: Иван Петров", "Петров"),
        ("called to فاطمة حداد", "حداد"),
        ("Patient: प्रिया शर्मा", "शर्मा"),
    ]:
        assert secret not in _text(text), text
    assert _text("Wilson's disease; will call") == "Wilson's disease; will call"


def test_errors_surface_as_masking_error() -> None:
    deep: list = []
    cur = deep
    for _ in range(5000):
        cur.append([])
        cur = cur[0]
    with pytest.raises(MaskingError):
        mask_json(deep, SAFE_HARBOR)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
_keys = st.sampled_from(["ssn", "name", "zip", "age", "note", "text", "birthDate", "x"])


@settings(max_examples=150, deadline=None)
@given(st.one_of(_json, st.dictionaries(_keys, _json, max_size=5)))
def test_property_only_masking_error_and_serialisable(value: object) -> None:
    try:
        res = mask_json(value, SAFE_HARBOR, PseudonymVault(), "s")
    except MaskingError:
        return
    json.dumps(res.value)
    json.dumps([res.counts, res.paths])


@pytest.mark.parametrize("ascii_only", [False, True])
def test_batched_scan_matches_per_string_scan(ascii_only: bool) -> None:
    from extproc.phi import detect
    from extproc.phi import names as N

    texts = [clinical_note(p) for p in generate_patients(6)]
    texts += ["SSN 123-45-6789", "\u738b\u4f1f called", "Dr. \uff21\uff44\uff45\uff53\uff41\uff4e\uff59\uff41", ""]
    texts += ["plain words only", "Jes\u00fas S\u00e1nchez, Boston MA 02118"]
    if ascii_only:  # the batch skips normalisation altogether
        texts = [t for t in texts if t.isascii()]
    batch = detect.scan_many(texts)
    for i, (text, spans) in enumerate(zip(texts, batch.spans, strict=True)):
        norm, single = detect.scan(text)
        assert (batch.texts[i], batch.norm(i), spans) == (norm.text, norm, single)
    for text in texts:
        grouped = sorted(N.dictionary_hits(text))
        single = sorted(N._hits(text, N.automaton(), []))
        assert grouped == single


def test_document_names_split_by_script_find_what_one_automaton_finds() -> None:
    import ahocorasick

    from extproc.phi import detect
    from extproc.phi import names as N

    tokens = {
        "S\u00e1nchez",
        "\u738b\u4f1f",
        "M\u00fcller",
        "\u039f\u03b4\u03c5\u03c3\u03c3\u03ad\u03b1\u03c2",
        "Smith",
        "\u0418\u0432\u0430\u043d",
    }
    texts = [
        "Mr SMITH met S\u00e1nchez and \u738b\u4f1f today",
        "\u0418\u0432\u0430\u043d Petrov; m\u00fcller M\u00fcller",
        "plain",
        "",
        "\u039f\u03b4\u03c5\u03c3\u03c3\u03ad\u03b1\u03c2 Smith-Jones",
    ]
    extra = N.build_extra(tokens)
    assert extra is not None and extra.others
    single = ahocorasick.Automaton()
    for token in tokens:
        for v in N._variants(token):
            single.add_word(v, (len(v), N._NAME))
    single.make_automaton()
    buffer = "\n".join(texts)
    found = extra.hits(texts, buffer)
    assert len(found) == 7 and sorted(found) == sorted(N._hits(buffer, single, []))
    batch = detect.scan_many(texts)
    for i, spans in enumerate(detect.propagate_many(batch, extra)):
        assert spans == detect.propagate(batch.norm(i), batch.spans[i], extra)


def test_no_combining_mark_below_the_first_mark() -> None:
    import unicodedata

    from extproc.phi import names as N

    assert unicodedata.category(N._FIRST_MARK)[0] == "M"
    assert not any(unicodedata.category(chr(c))[0] == "M" for c in range(ord(N._FIRST_MARK)))


def test_no_identifier_document_is_returned_as_is() -> None:
    rows = [{"lab": f"HbA1c-{i}", "loinc": "4548-4", "value": 5.4 + i / 100, "flag": "N"} for i in range(40)]
    doc = {"content": [{"type": "text", "text": json.dumps({"rows": rows})}], "isError": False}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value == doc and not result.changed and result.counts == {} and result.paths == {}


def test_pre_check_falls_through_on_free_text_and_keys() -> None:
    inner = json.dumps({"rows": [{"note": "call 617-555-0199 today", "value": 1}]})
    result = mask_json({"content": [{"type": "text", "text": inner}]}, SAFE_HARBOR)
    assert result.changed and "617-555-0199" not in result.value["content"][0]["text"]
    keyed = mask_json({"rows": [{"ssn": "123-45-6789"}]}, SAFE_HARBOR)
    assert keyed.changed and keyed.value["rows"][0]["ssn"] != "123-45-6789"
