"""Keys are data: maps keyed by SSN, email, phone, name or date of birth are masked like values, counted at
`PATH.{key}`, and never lose a member to a collision."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from demo.patients import generate_patients
from extproc.phi import SAFE_HARBOR, get_profile, mask_json

PATIENTS = generate_patients(30)


def test_a_map_keyed_by_ssn_keeps_every_member_under_a_masked_key() -> None:
    ssns = [p.ssn for p in PATIENTS[:5]]
    doc = {"by_ssn": {ssn: {"dx": "E11.9"} for ssn in ssns}}
    result = mask_json(doc, SAFE_HARBOR)
    text = json.dumps(result.value)
    assert not any(ssn in text for ssn in ssns)
    assert len(result.value["by_ssn"]) == 5, "colliding masked keys get a stable suffix"
    assert list(result.value["by_ssn"]) == ["[SSN]", "[SSN] #2", "[SSN] #3", "[SSN] #4", "[SSN] #5"]
    assert result.counts == {"SSN": 5} and result.paths == {"by_ssn.{key}": {"SSN": 5}}


def test_keys_holding_emails_phones_names_and_dates() -> None:
    p = PATIENTS[0]
    doc = {"contacts": {p.email: "primary", p.phone: "mobile"}, "patients": {p.full_name: {"seen": True}},
           "visits": {p.birth_date: "born"}}
    result = mask_json(doc, SAFE_HARBOR)
    text = json.dumps(result.value, ensure_ascii=False)
    for value in (p.email, p.phone, p.family_name, p.birth_date):
        assert value not in text
    assert p.birth_date[:4] in result.value["visits"], "Safe Harbor keeps the year, in a key too"


def test_a_kept_key_never_reaches_a_path() -> None:
    p = PATIENTS[1]
    clinical = mask_json({"patients": {p.full_name: {"ssn": p.ssn}}}, get_profile("clinical"))
    assert p.full_name in clinical.value["patients"], "the clinical profile keeps names"
    assert not any(p.family_name in path for path in clinical.paths)


def test_ordinary_field_names_are_left_alone() -> None:
    doc = {"rows": [{"lab": "HbA1c", "loinc": "4548-4", "value": 5.4, "unit": "%", "flag": "N"}]}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value == doc and not result.changed


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([p.ssn for p in PATIENTS] + [p.email for p in PATIENTS]), min_size=1,
                max_size=8, unique=True), st.booleans())
def test_no_identifier_key_leaves_and_none_is_lost(keys: list[str], nested: bool) -> None:
    doc: dict = {key: i for i, key in enumerate(keys)}
    if nested:
        doc = {"index": {"text": json.dumps(doc)}}
    result = mask_json(doc, SAFE_HARBOR)
    text = json.dumps(result.value)
    assert not any(key in text for key in keys)
    inner = json.loads(result.value["index"]["text"]) if nested else result.value
    assert sorted(inner.values()) == list(range(len(keys))), "every member kept"
    assert sum(result.counts.values()) == len(keys)


def test_a_key_naming_a_record_number_marks_its_value_an_identifier() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    keys = ["visitNumber", "subscriberNo", "empi", "rx_number", "accessionNumber", "priorAuthNumber", "deviceSerial"]
    out = mask_json({k: "AB7X-22Q9" for k in keys} | {"ageAtOnset": 93, "identifier": [{"value": "Q-77"}]},
                    SAFE_HARBOR).value
    assert all(out[k] != "AB7X-22Q9" for k in keys)
    assert out["ageAtOnset"] == "90+" and out["identifier"][0]["value"] != "Q-77"
    assert mask_json({"page_number": 12, "line_no": "4"}, SAFE_HARBOR).value == {"page_number": 12, "line_no": "4"}


def test_a_large_integer_is_a_number_unless_its_key_names_a_quantity() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    out = mask_json({"pt_ident": 40977228, "total_cents": 125000000, "ids": [40977228, 3], "viral_load": 12},
                    SAFE_HARBOR)
    assert out.value == {"pt_ident": "[NUMBER]", "total_cents": 125000000, "ids": ["[NUMBER]", 3], "viral_load": 12}
    assert out.counts == {"NUMBER": 2}


def test_a_label_names_the_kind_of_the_value_beside_it() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    fields = [{"label": "Social Security Number", "value": "123456789"}, {"k": "dl", "v": "WDLOH4802BL"},
              {"label": "Diagnosis", "value": "I10"}]
    assert mask_json(fields, SAFE_HARBOR).value == [
        {"label": "Social Security Number", "value": "[SSN]"}, {"k": "dl", "v": "[LICENSE]"},
        {"label": "Diagnosis", "value": "I10"}]


def test_what_a_kept_span_or_value_holds_besides_is_masked_and_counted_by_its_own_kind() -> None:
    from extproc.phi import SAFE_HARBOR, get_profile, mask_json

    for value in ({"t": "Age,Note\n45 jane.doe@example.com,x"}, {"t": "<age>45 jane.doe@example.com</age>"},
                  {"f": {"label": "Age", "value": "45, jane.doe@example.com"}}, {"age": "45 jane.doe@example.com"}):
        result = mask_json(value, SAFE_HARBOR)
        assert "jane.doe" not in str(result.value) and result.counts == {"EMAIL": 1}
    clinical = mask_json({"t": "Address,Zip\n12 Main St SSN 123-45-6789,07501"}, get_profile("clinical"))
    assert clinical.value == {"t": "Address,Zip\n12 Main St SSN [SSN],07501"} and clinical.counts == {"SSN": 1}


def test_the_second_review_s_number_and_coding_gaps() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    out = mask_json({"pt_ident": 40977228.0, "mrn_value": 40977228, "acct_num": 40977228, "viral_value": 1200000,
                     "c": {"system": "urn:oid:2.16.840.1.113883.4.1", "code": "123456789"}}, SAFE_HARBOR).value
    assert out == {"pt_ident": "[NUMBER]", "mrn_value": "[NUMBER]", "acct_num": "[NUMBER]", "viral_value": 1200000,
                   "c": {"system": "urn:oid:2.16.840.1.113883.4.1", "code": "[NUMBER]"}}
    assert "Chinyere" not in mask_json({"t": "BP < 120 <given>Chinyere</given>"}, SAFE_HARBOR).value["t"]


def test_a_key_the_table_lacks_names_its_kind_by_its_words() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"deviceSerialNumber": "SN-88A1", "caregiver2Phone": "5550134", "primaryMemberNo": "X1", "home_zip": "07501",
           "page_number": 3, "order_status": "done", "lot_number": "L123", "by_ssn": {"x": {"dx": "E11.9"}}}
    assert mask_json(doc, SAFE_HARBOR).value == {
        "deviceSerialNumber": "[DEVICE]", "caregiver2Phone": "[PHONE]", "primaryMemberNo": "[HEALTH_PLAN]",
        "home_zip": "075", "page_number": 3, "order_status": "done", "lot_number": "L123",
        "by_ssn": {"x": {"dx": "E11.9"}}}


def test_a_key_naming_a_person_masks_a_value_shaped_like_a_name() -> None:
    doc = {
        "medications": [{"drug": "Lisinopril 10 mg", "prescriber": "J. Best"}],
        "clinician": "Cliff Strong",
        "signed_by": "Yamamoto, Ruby, RN",
        "attendees": ["Drew Fox", "Pharmacy", "King, Nizhoni"],
        "patient": {"mother_maiden_name": "Ó Súilleabháin"},
    }
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value == {
        "medications": [{"drug": "Lisinopril 10 mg", "prescriber": "[NAME]"}],
        "clinician": "[NAME]",
        "signed_by": "[NAME]",
        "attendees": ["[NAME]", "Pharmacy", "[NAME]"],
        "patient": {"mother_maiden_name": "[NAME]"},
    }
    assert result.paths == {
        "medications[0].prescriber": {"NAME": 1},
        "clinician": {"NAME": 1},
        "signed_by": {"NAME": 1},
        "attendees[0]": {"NAME": 1},
        "attendees[2]": {"NAME": 1},
        "patient.mother_maiden_name": {"NAME": 1},
    }


def test_a_person_key_s_value_of_another_shape_is_read_as_text() -> None:
    doc = {"actor": "svc-ingest", "from": "Front Desk", "to": "Ward 4B", "owner": "Main Lab", "user": "admin",
           "assigned_to": "Nurse", "reviewer": "Dr. Okafor (cardiology) at 555-201-3344"}
    result = mask_json(doc, SAFE_HARBOR)
    unchanged = {k: v for k, v in doc.items() if k != "reviewer"}
    assert {k: v for k, v in result.value.items() if k != "reviewer"} == unchanged
    assert result.value["reviewer"] == "Dr. [NAME] (cardiology) at [PHONE]"


def test_under_a_person_s_key_a_display_and_the_keys_of_a_map_of_people_are_names() -> None:
    doc = {"slot": {"patient": {"display": "Rocky Swan", "reference": "Patient/9"}},
           "household": {"members": {"Green, Amber": {"risk": "high"}, "Balan, Ekaja": {"risk": "low"}, "notes": "x"}}}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value == {"slot": {"patient": {"display": "[NAME]", "reference": "Patient/[ID]"}},
                            "household": {"members": {"[NAME]": {"risk": "high"}, "[NAME] #2": {"risk": "low"},
                                                      "notes": "x"}}}
    assert result.paths == {"slot.patient.display": {"NAME": 1}, "household.members.{key}": {"NAME": 2},
                            "slot.patient.reference": {"ID": 1}}


def test_a_fhir_patient_s_logical_id_and_references_to_it_are_its_record_number() -> None:
    bundle = {"resourceType": "Bundle", "entry": [
        {"resource": {"resourceType": "Patient", "id": "8235E46450", "active": True}},
        {"resource": {"resourceType": "Encounter", "id": "enc-1", "subject": {"reference": "Patient/1207H21047"}}},
        {"resource": {"resourceType": "Observation", "id": "obs-9",
                      "subject": {"reference": "https://ehr.example/fhir/Patient/M-644850939/_history/2"},
                      "performer": [{"reference": "Practitioner/55"}]}},
    ]}
    result = mask_json(bundle, SAFE_HARBOR)
    entries = [e["resource"] for e in result.value["entry"]]
    assert entries[0]["id"] == "[ID]" and entries[1]["id"] == "enc-1"
    assert entries[1]["subject"]["reference"] == "Patient/[ID]"
    assert entries[2]["subject"]["reference"] == "https://ehr.example/fhir/Patient/[ID]/_history/2"
    assert entries[2]["performer"][0]["reference"] == "Practitioner/55" and entries[2]["id"] == "obs-9"
    assert result.counts == {"ID": 3}
    assert mask_json({"subject": {"reference": "Patient/abc"}}, SAFE_HARBOR).value == {
        "subject": {"reference": "Patient/[ID]"}
    }, "no text holds an identifier, yet the reference is one"


def test_a_fhir_subject_s_display_and_a_policyholder_in_parentheses() -> None:
    doc = {"subject": {"reference": "Patient/7", "display": "Faith"},
           "subscriber": {"display": "Brown, River (policyholder, DOB 2010)"}}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["subject"]["display"] == "[NAME]"
    assert "Brown" not in json.dumps(result.value) and "River" not in json.dumps(result.value)


def test_a_person_s_record_under_a_person_s_key_keeps_the_kinds_its_field_names_say() -> None:
    # PascalCase fields read as one unknown word each: were taken for a map of people's names, the keys masked
    # and their kinds lost (the first name, the patient id and the ZIP went out as they came)
    record = {"FirstName": "Drew", "LastName": "Fox", "PatientId": "778812", "ZipCode": "07501",
              "MaritalStatus": "M", "Race": "x", "Work": "y"}
    result = mask_json({"patient": record}, SAFE_HARBOR)
    assert result.value == {"patient": {"FirstName": "[NAME]", "LastName": "[NAME]", "PatientId": "[ID]",
                                        "ZipCode": "075", "MaritalStatus": "M", "Race": "x", "Work": "y"}}
    assert result.counts == {"NAME": 2, "ID": 1, "ZIP": 1}
    people = mask_json({"members": {"Green, Amber": 1, "Nizhoni": 2, "DREW FOX": 3}}, SAFE_HARBOR)
    assert list(people.value["members"]) == ["[NAME]", "[NAME] #2", "[NAME] #3"]


def test_a_resource_type_that_is_no_string_is_no_patient_and_no_failure() -> None:
    for odd in (["Patient"], {"type": "Patient"}, 5):
        doc = {"resourceType": odd, "id": "pat-1"}
        assert mask_json(doc, SAFE_HARBOR).value == doc


def test_what_a_patient_s_reference_holds_besides_its_path_is_read_as_text() -> None:
    # the id masked, the rest was sent as it came (an e-mail after the path, a query naming the patient)
    doc = {"subject": {"reference": "Patient/123/_history/2 maria.gonzalez@example.com"},
           "focus": {"reference": "https://ehr.example/fhir/Patient/123/_history/2?phone=555-201-3344"}}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["subject"]["reference"] == "Patient/[ID]/_history/2 [EMAIL]"
    assert "555-201-3344" not in result.value["focus"]["reference"]
    assert result.counts["ID"] == 2 and result.counts["EMAIL"] == 1


def test_the_display_of_a_reference_to_a_person_is_a_name_under_any_key() -> None:
    doc = {"recorder": {"reference": "Practitioner/9", "display": "Hope Little"},
           "participant": [{"individual": {"reference": "PractitionerRole/4", "display": "Drew Fox MD"}}],
           "link": [{"other": {"reference": "RelatedPerson/1", "display": "Drew Fox"}}],
           "location": {"reference": "Location/2", "display": "North Wing"}}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["recorder"]["display"] == "[NAME]"
    assert result.value["participant"][0]["individual"]["display"] == "[NAME]"
    assert result.value["link"][0]["other"] == {"reference": "RelatedPerson/[ID]", "display": "[NAME]"}
    assert result.value["location"] == {"reference": "Location/2", "display": "North Wing"}, "a place, not a person"


def test_one_word_under_a_person_s_key_is_a_name_when_known_or_read_as_one_never_a_product_or_a_city() -> None:
    doc = {"provider": "Meditech", "user": "Postgres", "owner": "Terraform", "performer": "Phlebotomy",
           "to": "Tacoma", "subject": "Telehealth", "patient": "Leimomi", "caregiver": "Kathy"}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value == {**doc, "to": "[CITY]", "patient": "[NAME]", "caregiver": "[NAME]"}


def test_a_postal_code_abroad_is_removed_whole_not_cut_to_three_digits() -> None:
    result = mask_json({"postal_code": "K1A 0B6", "zip": "07501", "note": "London SW1A 1AA"}, SAFE_HARBOR)
    assert result.value == {"postal_code": "[ZIP]", "zip": "075", "note": "[CITY] [ZIP]"}  # a town abroad too


def test_fields_named_in_other_languages_or_tersely_and_biometric_templates() -> None:
    doc = {"ciudad": "Sandraland", "plz": "61112", "telefono": "020 2662 5539", "correo": "a@b.es",
           "Anschrift": "Floriana 49", "cty": "Brendaberg", "PalmVeinTemplate": "FPT-TK78W5MIY6NH",
           "iris_color": "brown", "note_template": "SOAP"}
    masked = mask_json(doc, SAFE_HARBOR).value
    assert masked == {"ciudad": "[CITY]", "plz": "[ADDRESS]", "telefono": "[PHONE]", "correo": "[EMAIL]",
                      "Anschrift": "[ADDRESS]", "cty": "[CITY]", "PalmVeinTemplate": "[BIOMETRIC]",
                      "iris_color": "brown", "note_template": "SOAP"}


def test_terse_keys_a_chart_uses_for_things_stay() -> None:
    doc = {"abg": {"ph": 7.35, "pco2": 40}, "limits": {"cap": "20"},
           "deploy": {"serverNm": "db01", "imageNm": "ubuntu", "nodeNm": "n1", "tableNm": "patients"},
           "cert_fingerprint": "AB:CD:EF:01", "sshKeyFingerprint": "SHA256:abc", "face_scan_count": 3,
           "face_embedding_model": "arcface", "finger_print_quality": 0.9}
    assert mask_json(doc, SAFE_HARBOR).value == doc, "a pH is no phone, a serverNm no name, a scan's count no biometric"


def test_terse_name_keys_a_map_by_name_and_names_typed_in_lower_case_under_a_person_s_key() -> None:
    doc = {"householdByName": {"jacobine hall": {"rel": "y"}, "notes": "x"},
           "subject": {"reference": "Patient/1", "display": "nikita black"},
           "firstNm": "Wycliffe", "med_nm": "Lisinopril", "responsibleParty": "Drew", "actor": "scheduler bot"}
    assert mask_json(doc, SAFE_HARBOR).value == {
        "householdByName": {"[NAME]": {"rel": "y"}, "notes": "x"},
        "subject": {"reference": "Patient/[ID]", "display": "[NAME]"},
        "firstNm": "[NAME]", "med_nm": "Lisinopril", "responsibleParty": "[NAME]", "actor": "scheduler bot"}


def test_a_dicom_json_person_name_is_masked_whole() -> None:
    doc = {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^John", "Ideographic": "山田^太郎"}]}}
    value = mask_json(doc, SAFE_HARBOR).value
    assert "Doe" not in str(value) and "山田" not in str(value), "the family name before the caret is a name too"


def test_short_foreign_keys_that_are_english_words_too_and_foreign_medication_lists_are_left_alone() -> None:
    doc = {"ad": "enabled", "cp": "us-east-1", "handy": "yes", "medicamentos": [{"nombre": "Metformina"}]}
    assert mask_json(doc, SAFE_HARBOR).value == doc
    assert mask_json({"note": "PatientName: NGUYEN^MAI; 43342 SULMONA, IT"}, SAFE_HARBOR).value == {
        "note": "PatientName: [NAME]^[NAME]; [ADDRESS] [CITY], IT"
    }


def test_digits_under_a_key_naming_a_terminology_are_its_code_not_a_number() -> None:
    doc = {"snomed": "73211009", "cpt": "93000", "icd10": "N18.3", "mrn": "73211009", "code": "44054006"}
    masked = mask_json(doc, SAFE_HARBOR).value
    assert masked["snomed"] == "73211009" and masked["cpt"] == "93000" and masked["icd10"] == "N18.3"
    assert masked["mrn"] == "[MRN]" and masked["code"] != "44054006"  # a bare "code" needs its system beside it


def test_an_ed_board_s_pt_holds_a_name_and_its_cc_a_chief_complaint() -> None:
    doc = {"pt": "Marsh, J", "cc": "fall", "rm": "Fast Track 2", "note_to": "rose"}
    assert mask_json(doc, SAFE_HARBOR).value == {"pt": "[NAME]", "cc": "fall", "rm": "Fast Track 2", "note_to": "rose"}


def test_an_employer_is_a_name_and_people_s_keys_hold_names_in_lower_case_or_family_name_first() -> None:
    doc = {"patient": "yonas negassi", "employer": "Ramos Logistics", "pt": "Story, River",
           "visit": {"patient": "Stable, improving"}, "user": "svc backup"}
    assert mask_json(doc, SAFE_HARBOR).value == {
        "patient": "[NAME]", "employer": "[NAME]", "pt": "[NAME]", "visit": {"patient": "Stable, improving"},
        "user": "svc backup",
    }


def test_name_parts_forms_subjects_and_the_elements_of_mds_and_nemsis() -> None:
    doc = {"patient_first": "CLIFF", "patient_last": "BAKER", "name_own_script": "سمير سعادة", "dose_last": "5 mg",
           "subject": {"display": "Allen, Major"}, "email_subject": "Lab results", "ePatient.02": "Herath",
           "ePatient.15": 96, "eScene.19": "12851", "items": {"A0500A": "RÉMI", "A0900": "19380327", "A0310A": "02"}}
    assert mask_json(doc, SAFE_HARBOR).value == {
        "patient_first": "[NAME]", "patient_last": "[NAME]", "name_own_script": "[NAME]", "dose_last": "5 mg",
        "subject": {"display": "[NAME]"}, "email_subject": "Lab results", "ePatient.02": "[NAME]",
        "ePatient.15": "90+", "eScene.19": "128", "items": {"A0500A": "[NAME]", "A0900": "1938", "A0310A": "02"},
    }


def test_health_numbers_abroad_by_key_and_services_and_unit_letters_under_people_s_keys() -> None:
    doc = {"ihi": "8003 6043 2706 6436", "medicare_no": "2691161381", "nhs_number": "943 476 5919",
           "owner": "NICU", "reviewed": {"owner": "Blood Bank"}, "patient": "KIM"}
    assert mask_json(doc, SAFE_HARBOR).value == {
        "ihi": "[HEALTH_PLAN]", "medicare_no": "[HEALTH_PLAN]", "nhs_number": "[HEALTH_PLAN]",
        "owner": "NICU", "reviewed": {"owner": "Blood Bank"}, "patient": "[NAME]",
    }


def test_research_subjects_and_numbers_abroad_are_keyed_identifiers() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {
        "subject_id": "PH84-977", "participant_id": "ZA11-072", "record_id": "1534", "id_number": "100611 4623 180",
        "ppsn": "5127324E", "philsys": "2029-4651-8492-8481", "philhealth": "12-345678901-2",
    }
    masked = mask_json(doc, SAFE_HARBOR).value
    assert not [k for k, v in masked.items() if v == doc[k]]


def test_a_person_s_number_under_their_key_their_record_or_their_map() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {
        "subject": "US80-005", "portal_user": "pt601281", "person": {"id": "0219844KA"},
        "subjects": {"US81-114": {"sex": "F"}}, "user": {"id": "u12345"}, "assignee": "svc-intake",
    }
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["subject"] == "[ID]" and result.value["portal_user"] == "[ID]"
    assert result.value["person"] == {"id": "[ID]"}
    assert list(result.value["subjects"]) == ["[ID]"]
    assert result.value["user"] == {"id": "u12345"}  # the workforce's ids are the system's
    assert result.value["assignee"] == "svc-intake"
    assert result.counts == {"ID": 4}


def test_a_sheet_s_rows_are_read_under_its_heading_row() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"values": [
        ["Readmission tracker", None, None, None, None],
        ["MRN", "Patient", "DOB", "Age", "Phone"],
        ["E3352287", "DOVZHENKO, Zoriana", "06/25/2017", 94, 9736825957],
        ["E3352288", "Hood, Hoss", "1988-10-25", 45, "614-535-7643"],
        ["Total", None, None, None, 2],
    ], "matrix": [[1, 2], [3, 4]]}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["values"][2] == ["[MRN]", "[NAME]", "2017", "90+", "[PHONE]"]
    assert result.value["values"][3] == ["[MRN]", "[NAME]", "1988", 45, "[PHONE]"]
    assert result.value["values"][4] == ["Total", None, None, None, 2]  # a totals row is no one's
    assert result.value["values"][:2] == doc["values"][:2] and result.value["matrix"] == [[1, 2], [3, 4]]
    assert result.paths["values[2][1]"] == {"NAME": 1}


def test_a_sheet_never_masks_less_than_its_rows_read_as_lists_did() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"patients": [
        ["Phone", "Age", "Note"],
        ["Wickremeratne, Ruwan", "BB00565705", 6001746868],  # a name under a person's key; no age; a big number
        6001746869,  # a row that is no list: read as a list's item is
    ]}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["patients"][1:] == [["[NAME]", "[ID]", "[NUMBER]"], "[NUMBER]"]
    assert result.counts == {"NAME": 1, "ID": 1, "NUMBER": 2}


def test_a_sheet_whose_cells_no_text_rule_finds_is_still_read_under_its_heading() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    result = mask_json([["Subject", "Arm"], ["US80-005", "B"]], SAFE_HARBOR)  # no span anywhere: no quick exit
    assert result.value == [["Subject", "Arm"], ["[ID]", "B"]] and result.paths == {"[1][0]": {"ID": 1}}


def test_a_key_holding_a_name_and_its_own_kind_keeps_that_kind() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"members": {"Sergio Ferreira | chart_no": [229327.66, "MR1234567"]}}
    assert mask_json(doc, SAFE_HARBOR).value == {"members": {"[NAME] [NAME] | chart_no": ["[MRN]", "[MRN]"]}}


def test_a_chat_s_channel_and_reactions_are_things_and_a_file_s_name_is_read_as_text() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"channel": {"name": "cm-discharges"}, "reactions": [{"name": "eyes"}],
           "files": [{"name": "Referral GARCIA Maria.pdf"}]}
    assert mask_json(doc, SAFE_HARBOR).value == {
        "channel": {"name": "cm-discharges"}, "reactions": [{"name": "eyes"}],
        "files": [{"name": "Referral [NAME] [NAME].pdf"}]}


def test_under_a_workspace_s_parts_a_name_shaped_like_a_person_s_is_still_masked() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"team": [{"name": "Hood, Hoss", "role": "daughter"}], "files": [{"name": "jeremiah whitfield"}],
           "channel": {"name": "ed-huddle"}}
    assert mask_json(doc, SAFE_HARBOR).value == {"team": [{"name": "[NAME]", "role": "daughter"}],
                                                 "files": [{"name": "[NAME]"}], "channel": {"name": "ed-huddle"}}


def test_under_a_person_s_e_mail_as_a_key_a_display_is_their_name() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"recipients": {"ann.lee@example.org": {"display": "jeremiah whitfield", "status": "notified"},
                          "b@x.org": {"display": "Front Desk", "status": "bounced"}}}
    assert mask_json(doc, SAFE_HARBOR).value == {"recipients": {
        "[EMAIL]": {"display": "[NAME]", "status": "notified"},
        "[EMAIL] #2": {"display": "Front Desk", "status": "bounced"}}}


def test_a_map_keyed_by_the_field_its_name_says_and_a_person_s_numbers_under_their_record() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"patients_by_mrn": {"91-511971": {"name": "Hatch, Chief", "next_visit": "2026-02-19",
                                             "program": "CHF bundle"}},
           "counts_by_state": {"NY": 3},
           "accounts": {"ana@x.org": {"portal_id": "pt039070", "verified": True}},
           "patient": {"site_id": "US80", "card_no": "AB123456"}}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["patients_by_mrn"] == {"[MRN]": {"name": "[NAME]", "next_visit": "2026",
                                                         "program": "CHF bundle"}}
    assert result.value["counts_by_state"] == {"NY": 3}
    assert result.value["accounts"] == {"[EMAIL]": {"portal_id": "[ID]", "verified": True}}
    assert result.value["patient"] == {"site_id": "US80", "card_no": "[ID]"}


def test_a_face_match_s_template_and_an_id_document_s_number_named_by_its_type() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"faceMatch": {"templateId": "FACEID-2743-TPRE3446", "score": "0.97"},
           "idDocument": {"type": "driver license", "number": "C919-4974-4212"}}
    assert mask_json(doc, SAFE_HARBOR).value == {"faceMatch": {"templateId": "[BIOMETRIC]", "score": "0.97"},
                                                 "idDocument": {"type": "driver license", "number": "[LICENSE]"}}


def test_a_sheet_s_rows_with_no_heading_row_tell_their_column_of_names_by_their_dates() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"values": [["Thinh Quach", "I10", "7/1/24"], ["Ismael Lugo Otero", "I50.22", "4/15/24"],
                      ["Bluebell Sprocket", "E11.65", "8/4/26"]],
           "meds": [["Aspirin", "Tablet", "2024-01-01"], ["Metformin", "Tablet", "2024-02-01"]]}
    result = mask_json(doc, SAFE_HARBOR).value
    assert [row[0] for row in result["values"]] == ["[NAME]"] * 3
    assert [row[:2] for row in result["meds"]] == [["Aspirin", "Tablet"], ["Metformin", "Tablet"]]


def test_a_bare_sheet_s_names_typed_in_lower_case_among_capitalised_ones_and_a_debtor_in_a_log() -> None:
    from extproc.phi import SAFE_HARBOR, detect_text, mask_json

    rows = [["Shovel, Primrose", "(555) 201-3344", "Urdu"], ["dustin yoder", "555-201-3345", "English"],
            ["Abundio B", "555-201-3346", "Urdu"], ["Cody Kowalczyk", "555-201-3347", "Spanish"]]
    assert [row[0] for row in mask_json({"rows": rows}, SAFE_HARBOR).value["rows"]] == ["[NAME]"] * 4
    text = 'level=info acct=99 debtor="HEARTH,DASH" event=dial'
    assert "HEARTH,DASH" in [text[s:e] for s, e, _ in detect_text(text)]


def test_thousands_of_keys_masked_alike_cost_linear_time_and_keep_every_member() -> None:
    import time

    from extproc.phi import SAFE_HARBOR, mask_json

    doc = {"subjects": {f"US{i % 90 + 10}-{i:05d}": i for i in range(20_000)}}
    start = time.process_time()
    result = mask_json(doc, SAFE_HARBOR)
    assert time.process_time() - start < 3, "quadratic: each key sought its suffix from #2 (seven seconds)"
    assert len(result.value["subjects"]) == 20_000 and result.counts == {"ID": 20_000}
    assert result.value["subjects"]["[ID] #20000"] == 19_999


_HEADINGS = ["MRN", "Patient", "Name", "Phone", "DOB", "Age", "Subject", "Note", "Drug", "Total", "ID", "Zip", "", None]
_CELLS = ["E3352287", "Hood, Hoss", "jeremiah whitfield", "06/25/2017", "9736825957", "94", "45", "Total", "4",
          "US80-005", "Float pool", "BB00565705", "seen, stable", "", None, 9736825957, 94, 3.5, True]


@settings(max_examples=150, deadline=None)
@given(
    heading=st.lists(st.sampled_from(_HEADINGS), min_size=2, max_size=6),
    rows=st.lists(st.lists(st.sampled_from(_CELLS), max_size=8), max_size=6),
)
def test_a_sheet_s_audit_names_exactly_the_cells_it_changed(heading: list, rows: list) -> None:
    sheet = [heading, *rows]
    result = mask_json(sheet, SAFE_HARBOR)
    changed = {f"[{i}][{j}]" for i, row in enumerate(sheet) for j, cell in enumerate(row)
               if result.value[i][j] != cell}
    assert set(result.paths) == changed
    assert result.counts == {k: sum(p.get(k, 0) for p in result.paths.values()) for k in result.counts}


def test_a_profile_keeping_ids_and_dates_still_masks_what_else_a_person_s_cell_or_field_holds() -> None:
    clinical = get_profile("clinical")
    sheet = [["DOB", "Patient"], ["235-37-4436", "IMG_9077.HEIC"]]  # an SSN under a kept kind, a photo's name
    assert mask_json(sheet, clinical).value[1] == ["[SSN]", "[PHOTO]"]
    doc = {"subject": "face_45e442f1.jpg", "note": "login ok user=face_45e442f1.jpg"}
    assert mask_json(doc, clinical).value == {"subject": "[PHOTO]", "note": "login ok user=[PHOTO]"}


def test_a_kept_id_s_value_is_still_read_as_text() -> None:
    clinical = get_profile("clinical")
    assert mask_json({"member": {"id_number": "078-05-1120"}}, clinical).value == {"member": {"id_number": "[SSN]"}}
