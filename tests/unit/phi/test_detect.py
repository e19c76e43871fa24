"""Free-text detection (detect.py): each identifier kind found and redacted, clinical text left alone, the batched
scan finding what the per-string scan finds."""

from __future__ import annotations

import json

import pytest

from demo.patients import clinical_note, generate_patients
from extproc.phi import SAFE_HARBOR, mask_json
from extproc.phi import kinds as K
from tests.unit.phi.support import kinds_found, masked


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
    assert kind in kinds_found(text)
    out = masked(text)
    assert secret not in out
    assert f"[{kind}]" in out or kind in (K.ADDRESS,)


def test_negatives_untouched() -> None:
    text = (
        "Dx E11.9, I10, N18.30; metformin 500 mg PO BID; HbA1c 7.2% (LOINC 4548-4); creatinine 1.15 mg/dL "
        "(ref 0.60-1.30); WBC 6.1 (4.5-11.0); BP 128/82; seen in 2024; 3 of 4 doses; 2 puffs q4-6h PRN; "
        "bictegravir/emtricitabine/tenofovir AF 50/200/25 mg; a 45-year-old."
    )
    assert masked(text) == text
    record = {"icd10": "E11.9", "medications": [{"name": "metformin", "dose": "500 mg PO twice daily"}]}
    assert mask_json(record, SAFE_HARBOR).value == record


@pytest.mark.parametrize("ascii_only", [False, True])
def test_batched_scan_matches_per_string_scan(ascii_only: bool) -> None:
    from extproc.phi import detect
    from extproc.phi import names as N

    texts = [clinical_note(p) for p in generate_patients(6)]
    texts += ["SSN 123-45-6789", "\u738b\u4f1f called", "Dr. \uff21\uff44\uff45\uff53\uff41\uff4e\uff59\uff41", ""]
    texts += ["plain words only", "Jes\u00fas S\u00e1nchez, Boston MA 02118"]
    texts += ["MSH|^~\\&|A|B|C|D|20240115\rPID|1||77812^^^H^MR||M\u00dcLLER^J\u00d6RG||19700304", "N3*1 ELM ST~"]
    texts += ["mrn,Name,dob\n40977228,Okafor Ana,9/9/1941\n40977229,Lisinopril,1950-01-02"]
    texts += ['<name><given>Chinyere</given><family>Anyanwu</family></name><birthTime value="19810906"/>']
    texts += ["Regards\nFELIPA CUESTA", "MEMBER ADVOCATE"]  # two strings: no match may cross from one to the next
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


def test_context_markers_never_reach_the_spans() -> None:
    from extproc.phi import detect_text
    from extproc.phi import name_runs as R

    text = "Patient: Ana da Quaresma. Zubeyda reports pain; spoke with Ilsabet. Thanks,\nQuorvane"
    assert {k for _, _, k in detect_text(text)} == {K.NAME}
    assert not {k for _, _, k in detect_text(text)} & R.MARKERS


def test_a_particle_surname_and_its_later_mentions_are_masked_whole() -> None:
    out = mask_json(
        {"name": "Edivaldo dos Prazeres", "note": "Mr. dos Prazeres agrees; Prazeres called. We do it."}, SAFE_HARBOR
    ).value
    assert out == {"name": "[NAME]", "note": "Mr. [NAME] agrees; [NAME] called. We do it."}
    note = "Patient: Ana van der Quorvane\nMs. van der Quorvane agrees. Quorvane's son called."
    assert masked(note) == "Patient: [NAME] [NAME]\nMs. [NAME] agrees. [NAME]'s son called."


def test_propagated_hits_already_inside_a_name_are_not_completed_again() -> None:
    from extproc.phi.detect import _not_within

    spans = [(0, 8, K.NAME), (10, 14, K.DATE)]
    hits = [(3, 8, K.NAME), (10, 14, K.NAME), (20, 25, K.NAME)]
    assert _not_within(hits, spans) == [(10, 14, K.NAME), (20, 25, K.NAME)]


def test_names_are_searched_again_only_where_an_occurrence_lies_outside_the_names_found() -> None:
    from extproc.phi.detect import _all_within
    from extproc.phi.names import PRUNE_BUDGET

    buffer = "Ana Okafor seen\nby Dr. Okafor"
    starts = [0, 16]
    found = [[(0, 10, K.NAME)], [(7, 13, K.NAME)]]  # in each string's own offsets
    assert _all_within(buffer, starts, found, ["Okafor", "Ana"])
    assert not _all_within(buffer, starts, [[(0, 10, K.NAME)], [(7, 13, K.DATE)]], ["Okafor"])  # not a NAME
    assert not _all_within(buffer, starts, [[(0, 10, K.NAME)], []], ["Okafor"])  # the second one is new
    assert not _all_within("王伟 王伟", [0], [[(0, 2, K.NAME), (3, 5, K.NAME)]], ["王伟"])  # a CJK hit is widened
    assert not _all_within(buffer, starts, found, ["x"] * (PRUNE_BUDGET // len(buffer) + 1))  # past the budget


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("SSN on file ***-**-7196.", K.SSN, "7196"),  # the last four shown are still the serial
        ("ssn xxx-xx-3877", K.SSN, "3877"),
        ("ref Patient/0045827480 linked", K.ID, "0045827480"),  # a bare run of digits, no label
        ("member 118902730 active", K.ID, "118902730"),
        ("DOB 25-Apr-1961, seen 09-MAY-2023", K.DATE, "25-Apr"),  # day, month in letters, year, joined by dashes
        ("DOB 03MAR1973", K.DATE, "03MAR1973"),
    ],
)
def test_identifiers_written_without_their_usual_separators(text: str, kind: str, secret: str) -> None:
    assert secret not in masked(text)
    assert kind in kinds_found(text) or kind == K.ID  # a bare number's kind comes from the label before it


def test_a_dated_model_name_or_a_version_is_not_an_identifier() -> None:
    assert masked("model claude-3-5-sonnet-20241022, build v2.1234567") == (
        "model claude-3-5-sonnet-20241022, build v2.1234567"
    )


def test_a_zip_plus_four_in_text_is_generalised_whole() -> None:
    # it once kept the five digits and took the four for the ZIP ("NJ 07501-018")
    assert masked("Newark, NJ 07501-0186 today").endswith("NJ 075 today")
    assert masked("zip code: 07501-0186") == "zip code: 075"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("lives at 27150 VIA SORRENTO, apt 2", "SORRENTO"),  # an address in capitals
        ("mail to RR 3 Box 696", "696"),
        ("POB 71994", "71994"),
        ("N28W28404 N Broadway", "28404"),  # a street grid
        ("Hauptstraße 16, Berlin", "Hauptstraße"),
        ("Via Garibaldi 211, Roma", "Garibaldi"),
        ("resident of Middlesex County", "Middlesex"),
        ("seen on 2/22 for follow-up", "2/22"),  # a month and a day where a date is meant
        ("Appt 3/14 at 10:30", "3/14"),
        ("nacido el 18 de marzo de 2024", "marzo"),
        ("geboren am 2. März 2000", "März"),
        ("call 996-9635 after five", "9635"),  # a local number after a phone word
        ("dial 1-617-136-HEALTH", "HEALTH"),
        ("my SSN ends in 4603", "4603"),
        ("card ending in 0854", "0854"),
        ("plate WGN 046 seen", "WGN 046"),
        ("specimen S24-09474, accession UW22-275578", "09474"),
        ("MRN 94-798-863", "798"),
        ("licence 269 300 067", "269 300"),
        ("voiceprint f3fd7e5c39cd1d6dfdabb6a38816530a", "f3fd7e5c39"),
    ],
)
def test_identifiers_in_the_formats_the_outside_corpus_found(text: str, secret: str) -> None:
    assert secret not in masked(text)


@pytest.mark.parametrize(
    "text",
    ["take 1/2 tab daily", "BP 120/80, platelets 150-450", "NDC 0002-3227-30", "ICD-10 E11.9, LOINC 2345-7"],
)
def test_what_the_new_formats_leave_alone(text: str) -> None:
    assert masked(text) == text


def test_a_csv_cell_or_a_quoted_value_holding_family_comma_given_is_a_name() -> None:
    csv = 'MRN,Name,DOB\n40977228,"Hendricks, Danny",01/02/1950\n40977229,"de la Cruz, Ana",1950-01-02'
    assert "Hendricks" not in masked(csv) and "Danny" not in masked(csv) and "Cruz" not in masked(csv)
    assert "Chidi" not in masked('action=VIEW name="Okonkwo, Chidi" user=jdoe')
    assert masked('status,"Stable, Improving"') == 'status,"Stable, Improving"'


def test_a_terminology_code_and_its_system_uri_are_no_identifiers() -> None:
    coding = {"system": "http://snomed.info/sct", "code": "44054006", "note": "SNOMED 44054006"}
    assert mask_json(coding, SAFE_HARBOR).value == coding
    assert mask_json({"address": {"state": "NM", "country": "US"}}, SAFE_HARBOR).value["address"] == {
        "state": "NM", "country": "US"}  # Safe Harbor keeps a state: it is not part of the address it masks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("93F with CHF", "90+F with CHF"),
        ("a 93 M seen", "a 90+ M seen"),
        ("for 93 years", "for 90+ years"),
        ("(93 y)", "(90+ y)"),
        ("a ninety-three-year-old", "a 90+"),
        ("Temp 100F overnight", "Temp 100F overnight"),  # degrees, not an age
        ("a 45F with", "a 45F with"),
    ],
)
def test_ages_over_89_in_shorthand_and_in_words(text: str, expected: str) -> None:
    assert masked(text) == expected


def test_a_city_before_a_state_without_a_zip_is_a_city_and_a_credential_is_no_state() -> None:
    assert masked("lives in Paterson, NJ with her son") == "lives in [CITY], NJ with her son"
    assert masked("Gary, IN and Portland, OR") == "[CITY], IN and [CITY], OR"
    assert "MD" in masked("Seen by Okafor, MD today") and masked("Call, OK?") == "Call, OK?"


def test_a_uuid_is_masked_whole_as_a_number_and_a_bare_hex_id_is_left_whole() -> None:
    # a NUMBER is masked in data but does not withhold a protocol member (a task's id): see inspection._check
    assert masked("task 12345678-1234-1234-1234-123456789012 done") == "task [NUMBER] done"
    assert masked("row a409a137-00cd-4d0c-847d-d4a7435d2f47 done") == "row [NUMBER] done", "whole, any digits"
    assert masked("task 4c1d7e5c39cd1d6dfdabb6a38816530a done") == "task 4c1d7e5c39cd1d6dfdabb6a38816530a done"
    assert "f3fd7e5c39" not in masked("voiceprint hash: f3fd7e5c39cd1d6dfdabb6a38816530a")


def test_a_table_column_of_dates_or_phones_makes_its_bare_cells_dates_and_phones() -> None:
    table = "| Time | DOB | Phone | Reason |\n|---|---|---|---|\n| 08:15 | 9/9 | 996-9635 | f/u 1/2 tab |"
    assert masked(table).endswith("| 08:15 | [DATE] | [PHONE] | f/u 1/2 tab |")
    assert masked("27534 N Broadway") == "[ADDRESS]"


@pytest.mark.parametrize(
    ("value", "secret"),
    [
        ({"t": "score 0.123456789012"}, "123456789012"),  # eleven digits or more: an identifier wherever
        ({"t": "CPT 99213 billed; cb 15551234567"}, "15551234567"),
        ({"t": "grandchild 4402938475"}, "4402938475"),  # a code word inside a word is none
        ({"t": "ref 00000000-0000-0000-0000-555123456789"}, "555123456789"),  # dressed as a UUID: still masked
        ({"code": "123456789012"}, "123456789012"),  # a code key without a system beside it
        ({"t": "see http://hl7.org/fhir/Patient/98765"}, "98765"),  # a terminology host, a person's path
        ({"address": {"state": "07501"}}, "07501"),  # a state key holding digits is the address's
        ({"t": "Lives alone; Tzvetanka visits often."}, "Tzvetanka"),
        ({"t": 'Seen with Robert "Bob\u201d Okafor today'}, "Okafor"),  # quotes that do not pair: no crash
    ],
)
def test_what_the_second_reader_found_leaking_is_masked(value: dict, secret: str) -> None:
    assert secret not in json.dumps(mask_json(value, SAFE_HARBOR).value, ensure_ascii=False)


def test_what_the_second_reader_found_over_masked_is_kept_and_only_changes_are_counted() -> None:
    kept = {"age": "one year", "t": "Total (100) items; Postgres, OR MySQL; for 1/2 hour; tag V2-BETA",
            "c": {"system": "http://snomed.info/sct", "code": "44054006"}, "dob": "1981"}
    result = mask_json(kept, SAFE_HARBOR)
    assert result.value == kept and result.counts == {}


def test_a_udi_without_brackets_and_a_card_s_last_four_under_its_key() -> None:
    assert masked("01005232215218701727123102741721IH100223") == "[DEVICE]"
    assert mask_json({"payment": {"last4": "0854"}}, SAFE_HARBOR).value == {"payment": {"last4": "[CARD]"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail joseph at comcast dot net please", "mail [EMAIL] please"),  # spelled out to dodge filters
        ('From: "Hiroshi Yamamoto" <joseph@comcast.net>', 'From: "[NAME]" <[EMAIL]>'),  # a display name
        ("see IMG_20240714_396823.jpg", "see [PHOTO]"),
        ("UID 1.2.840.113619.2.55.3.8827334416.310.2371224913.413", "UID [PHOTO]"),  # a DICOM image's UID
        ("at home at 5; syntax 1.2.840.10008.1.2", "at home at 5; syntax 1.2.840.10008.1.2"),
    ],
)
def test_spelled_emails_display_names_photo_files_and_image_uids(text: str, expected: str) -> None:
    assert masked(text) == expected


def test_a_hospital_unit_is_no_person_and_a_device_s_user_friendly_name_may_be_one() -> None:
    assert masked("Transferred to 5 North Med-Surg.") == "Transferred to 5 North Med-Surg."
    assert "North" not in masked("Ana North came")  # a family name that is a compass word stays a name
    device = {"deviceName": [{"name": "xiomara quetzalli", "type": "user-friendly-name"}]}  # typed by the patient
    assert mask_json(device, SAFE_HARBOR).value["deviceName"][0]["name"] == "[NAME]"


def test_the_third_review_s_findings() -> None:
    assert masked('Email " <" <jane.doe@example.com>').count('"') == 2  # no span ends before it starts
    assert masked("Your claim number is 7XK4Q29D.") == "Your claim number is [ACCOUNT]."
    assert masked("SOP class 1.2.840.10008.5.1.4.1.1.2.1.3") == "SOP class 1.2.840.10008.5.1.4.1.1.2.1.3"
    out = mask_json({"claim_amount_cents": 12345678, "encounter_count": 2000000, "mrn_value": 40977228,
                     "age": "45\u00b2"}, SAFE_HARBOR).value  # "²" is no digit int() reads: no error
    assert out == {"claim_amount_cents": 12345678, "encounter_count": 2000000, "mrn_value": "[NUMBER]",
                   "age": "45\u00b2"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("member 7XK4Q29D active", "member [HEALTH_PLAN] active"),  # its kind from the word before
        ("ref A1B2-C3D4", "ref [NUMBER]"),
        ("ICD-10-PCS 0DTJ4ZZ; HbA1c 6.1, SpO2 96%, COVID19; taxonomy 207Q00000X", None),  # codes stay
        ("version 2.1.0-RC3, file IMG7788AB.jpg", None),
    ],
)
def test_an_opaque_code_of_capitals_and_digits_is_a_number(text: str, expected: str | None) -> None:
    assert masked(text) == (expected if expected is not None else text)
