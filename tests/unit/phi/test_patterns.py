"""Pattern candidates (patterns.py) for names: cue strength, trailing cues, unknown capitalised words, sign-offs,
and the joined-buffer search finding per string what a search of the string alone finds."""

from __future__ import annotations

import pytest

from extproc.phi import detect_text
from extproc.phi import kinds as K
from extproc.phi import name_runs as R
from extproc.phi import patterns as P


def markers(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], k) for s, e, k in P.find_patterns(text) if k in R.MARKERS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. da Quaresma", [("da Quaresma", R.STRONG)]),
        ("Patient: Zubeyda", [("Zubeyda", R.STRONG)]),
        ("spoke with da Quaresma", [("da Quaresma", R.WEAK)]),
        ("referral to Zubeyda Quorvane", [("Zubeyda Quorvane", R.PREP)]),
        ("Attendees: Zubeyda", [("Zubeyda", R.LIST)]),
    ],
)
def test_a_cue_marks_the_run_after_it_with_its_strength(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected[0] in markers(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sagal's son. Mr. Mohamud is here", "Mohamud"),  # the sentence-ending "son." gives way to the title
        ("Signed: Dr. Cabdi", "Cabdi"),
        ("Attending: Nurse Practitioner Quorvane", "Quorvane"),
        ("Dear M. Oyelaran,", "Oyelaran"),
    ],
)
def test_a_cue_followed_by_a_title_or_another_cue_lets_that_one_decide(text: str, name: str) -> None:
    assert (name, R.STRONG if "Mr." in text or "Dr." in text else R.WEAK) in markers(text)


@pytest.mark.parametrize("text", ["MRN: MRN-5590982", "4577 Lake Dr, San Antonio", "Attendees without a colon"])
def test_no_cue_where_none_is(text: str) -> None:
    assert [k for _, k in markers(text) if k != R.AFTER] == []


def test_trailing_cues_mark_the_end_of_the_capitalised_word_before_them() -> None:
    text = "Zubeyda reports pain. He lives alone. Golnaz Quorvane, MD. Sagal's son. Parkinson's medications."
    ends = [s for s, _, k in P.find_patterns(text) if k == R.AFTER]
    assert [text[:e].rsplit(" ", 1)[-1] for e in ends] == ["Zubeyda", "Quorvane", "Sagal's"]


def test_signatures_only_at_the_start_or_end_of_a_line() -> None:
    # a sign-off marks the first letter of the name; a name-like word opening a line is marked whole (the lead rule)
    assert ("Z", R.WEAK) in markers("Thanks,\nZubeyda")
    assert markers("Bring your card. -Zubeyda") == [("Zubeyda", R.WEAK)]
    assert ("Z", R.WEAK) in markers("ok\n-- Zubeyda")
    assert markers("PROGRESS NOTE - Infectious Disease") == []
    bullets = markers("- Zubeyda\n- Ilsabet")
    assert ("I", R.WEAK) in bullets and ("Z", R.WEAK) not in bullets  # a single dash signs only the last line


def test_a_name_like_word_no_lower_case_word_leads_to_is_marked_whole() -> None:
    assert markers("Vitals stable. Abdurahmon c/o pain.") == [("Abdurahmon", R.WEAK)]
    assert markers("Family (Abdurahmon, Samiyeva)") == [("Abdurahmon", R.WEAK)]  # the list finds Samiyeva
    assert markers("The Kazlauskases sold it.") == [("Kazlauskases", R.WEAK)]
    assert markers("Vitals stable. Tegaderm changed. Ativan 2 mg.") == []
    assert markers("Samiyeva con la familia sobre el plan.") == []  # no English around it: the lexicon cannot tell
    assert markers("Vitals stable. Abdurahmon-Samiyeva c/o pain.") == [("Abdurahmon-Samiyeva", R.WEAK)]
    # an opaque token (a protocol's request state) is no text: words glued to digits, capitals inside, "_" or "."
    assert markers("Samiyeva7Qx_Abdurahmon.Jamshid2 JamshidKazlauskas") == []


def test_a_run_in_a_script_without_case_inside_latin_text_is_marked() -> None:
    found = markers("Exercises taught to \u0627\u0645\u06cc\u0631 and carer \u0622\u0648\u0627.")
    assert ("\u0627\u0645\u06cc\u0631", R.WEAK) in found and ("\u0622\u0648\u0627", R.WEAK) in found
    sinhala = "\u0d9c\u0dcf\u0db8\u0dd2\u0dab\u0dd3 \u0dc3\u0db8\u0dbb\u0dc0\u0dd3\u0dbb"  # two words
    assert markers(f"Handed over to night SHO {sinhala} at 02:00.") == [(sinhala, R.WEAK)]


def test_no_island_in_text_of_that_script_or_in_a_sentence_of_it() -> None:
    persian = "\u0628\u06cc\u0645\u0627\u0631 \u062d\u0627\u0644\u0634 \u0628\u0647\u062a\u0631 \u0627\u0633\u062a"
    assert not [m for m in markers(f"{persian} 500 mg {persian}") if m[1] == R.WEAK]
    assert not [m for m in markers(f"Pt said {persian} {persian} today") if m[1] == R.WEAK]  # eight words


def test_after_a_semicolon_a_name_like_word_is_marked_only_as_a_clause_subject() -> None:
    assert ("Abdurahmon", R.WEAK) in markers("Referred to OT; Abdurahmon will see him.")
    assert ("Abdurahmon", R.WEAK) in markers("Lives alone; Abdurahmon visits daily.")
    assert ("Abdurahmon", R.WEAK) not in markers("Seen today; Abdurahmon given.")  # a brand heads such clauses
    assert ("Abdurahmon", R.WEAK) not in markers("Seen today; Abdurahmon drape.")


def test_a_word_the_model_doubts_heading_a_clause_is_a_name() -> None:
    # "Branco" and "Oriane" read as words to the model; a verb agreeing with them says who they are
    assert ("Branco", R.WEAK) not in markers("Films done. Branco.")
    assert ("Branco", R.WEAK) in markers("Films done. Branco reviewed the films.")
    assert ("Oriane", R.WEAK) in markers("Bloods at 8. Oriane can bring him in.")
    assert ("Oriane", R.WEAK) in markers("Bloods at 8. Oriane keeps asking for him.")
    # not a drug's clause, a participle without an object, or a plural noun before a participle
    assert ("Branco", R.WEAK) not in markers("Films done. Branco was started at 5 mg.")
    assert ("Branco", R.WEAK) not in markers("Films done. Branco applied to the heel.")
    assert ("Branco", R.WEAK) not in markers("Bath given. Branco wipes used.")


def test_who_speaks_on_a_line_of_a_chat_thread() -> None:
    assert ("Branco", R.WEAK) in markers("[10:02] Branco: labs are back, K 3.1")
    assert ("Chinyere", R.WEAK) in markers("Chinyere: pt in bay 3 pulled her cannula")
    assert ("Branco", R.WEAK) not in markers("[10:02] Branco: Labs")  # no message after it
    assert markers("Diagnóstico: neumonía") == []  # a label in another language, not a speaker


def test_a_generational_suffix_ends_a_name_and_a_numbered_thing_is_none() -> None:
    assert (" III ", R.AFTER) in markers("Zubeyda Quorvane III presents with cough.")
    assert (", Jr. ", R.AFTER) in markers("Seen with Zubeyda Quorvane, Jr. today.")
    assert not [m for m in markers("Phase III trial; World War II; Mobitz II block") if m[1] == R.AFTER]


def test_a_family_name_in_the_plural_possessive() -> None:
    assert ("Kazlauskases", R.WEAK) in markers("The Kazlauskases' home has no ramp.")


def test_cells_under_a_person_column_of_a_pipe_table_are_names_or_weak_cues() -> None:
    table = "| Bed | Nurse | Status |\n|---|---|---|\n| 4 | Zubeyda Quorvane | Stable |\n| 5 | Float pool | Ilsabet |"
    weak = [m for m in markers(table) if m[1] == R.WEAK]
    names = [(table[s:e], k) for s, e, k in P.find_patterns(table) if k == K.NAME]
    assert ("Zubeyda Quorvane", K.NAME) in names, "shaped like a name: one"
    assert ("F", R.WEAK) not in weak and ("I", R.WEAK) not in weak and ("Float pool", K.NAME) not in names
    appointments = "| Time | Patient |\n|---|---|\n| 9:00 | Little, Victor |"
    found = [(appointments[s:e], k) for s, e, k in P.find_patterns(appointments)]
    assert ("Little, Victor", K.NAME) in found, "whatever its words"
    assert ("T", R.WEAK) in markers("Bed | Nurse\n4 | Tegaderm")  # the model alone would not take it
    assert not [m for m in markers("Bed | Item\n4 | Tegaderm") if m[1] == R.WEAK]  # no person column


def test_unknown_capitalised_words_in_a_sentence() -> None:
    assert (" Zubeyda", R.WEAK) not in markers("x with Zubeyda.")
    assert ("Zubeyda", R.WEAK) in markers("x with Zubeyda.")
    assert ("Zubeyda Quorvane", R.WEAK) in markers("Met Zubeyda Quorvane today.")
    weak = [m for m in markers("moved from Lagos; in Zubeyda; on Xarelto; the Mayo Clinic") if m[1] == R.WEAK]
    assert weak == []


def test_the_joined_search_finds_per_string_what_each_string_finds_alone() -> None:
    texts = [
        "- Zubeyda",
        "Thanks,\nIlsabet",
        "Bring it. -Quorvane",
        "x\n-- Ana Okafor\nok",
        "Pt: Mrs. da Quaresma reports pain \u2014 \u00e9l vino con Zubeyda Quorvane",
        "S\u00e1nchez, the neighbour, cried. Met Jes\u00fas Quorvane and Ilsabet.",
        "",
        "no names at all",
    ]
    joined = P.find_patterns_joined(texts, P.SEPARATOR.join(texts))
    for i, text in enumerate(texts):
        assert sorted(joined.get(i, [])) == sorted(P.find_patterns(text)), text


def test_no_alternative_matches_a_line_feed_the_separator_of_joined_strings() -> None:
    # find_patterns_joined joins a document's strings with a line feed: a match across it would mix two strings
    # (the guard then withholds the message). Each alternative is searched over pieces that end and begin lines.
    import itertools

    import re2

    pieces = ["Total (100)", "Ann (93)", '"b, c"', "[Kerrie] y", "/B", "a,", "2/22 at 3", "Via Garibaldi 2",
              "N Broadway", "FELIPA CUESTA", "MEMBER ADVOCATE", "Regards,", "Dr.", "Paterson, NJ", "mrn,dob",
              "40977228", "Ратибор", "斉藤", "- Ana", "~Orla", "Ms. da", "Silva", "93", "F", "hey", "Okafor,"]
    text = "\n".join(a + "\n" + b for a, b in itertools.product(pieces, repeat=2))
    for name, rx in P._ALTERNATIVES:
        for match in re2.finditer(rx, text):
            assert "\n" not in match.group(0), name


def test_a_run_in_one_script_among_words_of_other_scripts_is_a_name() -> None:
    # Arabic in a Ukrainian sentence, Hangul beside Arabic and Latin: the words around are of other scripts
    text = "Пацієнт(ка) كسيلة البلخياط скаржиться на загрудинний біль з ранку."
    assert ("كسيلة البلخياط", R.WEAK) in markers(text)
    # a sentence in the run's own script is that script's text, not a name in it
    assert not markers("Пацієнтка скаржиться на загрудинний біль з ранку, Ольга Петрівна поруч.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sbar\nrm8  frank turner   90+yo  s/p fall", "frank turner"),
        ("rm 6: Shepherd - dob 2003, eGFR 54", "Shepherd"),
        ("Bed 9 Taufa / RN Kōwhai", "Taufa"),
        ("Dependent 01 NGAMIA KIPLAGAT  DOB 1957", "KIPLAGAT"),
    ],
)
def test_who_lies_in_a_numbered_bed_or_room_and_a_name_before_its_date_of_birth(text: str, name: str) -> None:
    assert name in {text[s:e] for s, e, k in detect_text(text) if k == K.NAME}


@pytest.mark.parametrize(
    "text", ["bed 4  empty  ", "rm 12 is clean", "Room 4 was cleaned.", "bed 3 pt refused meds", "Patient DOB 1/2/1950"]
)
def test_a_bed_or_a_date_of_birth_with_no_name(text: str) -> None:
    assert not [k for _, _, k in detect_text(text) if k == K.NAME]


def test_a_log_s_name_or_person_field_holds_a_name_whatever_its_words() -> None:
    line = 'chart.view user=nurse88 patient=88 name="Friend, Dawn" action=EXPORT note="Stable, improving"'
    found = {line[s:e] for s, e, k in detect_text(line) if k == K.NAME}
    assert found == {"Friend, Dawn"}  # the key names a person: the value is one name, whole


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("<Meztli> ward round cancelled /meztli quetzalcoatl", {"Meztli", "meztli", "quetzalcoatl"}),
        ("<Izel> <Lingonberry> <Surf> joined #ward4w", {"Izel", "Lingonberry", "Surf"}),
        ("<b>bold</b> <Note> see <DIV> here", set()),
        ("user=Cihuatl action=view  called_by: Tsura", {"Cihuatl", "Tsura"}),
        ("x=1 user=svc_backup patient=stable action=view", set()),
        ("SUMMARY:Hayrick^Cormorant merged into (Quaresma^Edivaldo)", {"Hayrick", "Cormorant", "Quaresma", "Edivaldo"}),
        ("Label printed by tsura kolompár", {"tsura", "kolompár"}),
    ],
)
def test_chat_nicknames_log_keys_caret_names_and_lower_case_sign_offs(text: str, names: set[str]) -> None:
    assert {text[s:e] for s, e, k in detect_text(text) if k == K.NAME} == names


def test_who_speaks_before_the_time_on_a_chat_line() -> None:
    chat = "Hejîn 07:16: on it\nTāwhiri 07:15: can someone cover bay 2\nUpdate 07:16: labs back\nHandoff 19:00"
    assert {chat[s:e] for s, e, k in detect_text(chat) if k == K.NAME} == {"Hejîn", "Tāwhiri"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Consensus: chemo, then restage; Gruffydd to discuss with Aitor.", "Gruffydd"),
        ("Taualofa needed time; the coordinator stayed.", "Taualofa"),
        ("Haemoglobin 138; Tendai took the unit.", "Tendai"),
    ],
)
def test_a_name_before_what_a_person_does_or_is_to_do(text: str, name: str) -> None:
    assert name in {text[s:e] for s, e, k in detect_text(text) if k == K.NAME}
    assert not [k for _, _, k in detect_text("Lasix to be held. Keppra to continue.") if k == K.NAME]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("[CITY], California 87762", "87762", K.ZIP),
        ("Lives at X 1, Göppingen, Hessen 85175, Germany with", "85175", K.ADDRESS),
        ("New Brunswick H2A 9X6", "H2A 9X6", K.ZIP),
        ("London SW1A 1AA", "SW1A 1AA", K.ZIP),
        ("Ref 0546R07138.", "0546R07138", K.NUMBER),
        ("NHS/ID no: 65-0059387-4", "65-0059387-4", K.ID),
        ("patient ........ [M-489526509]", "M-489526509", K.NUMBER),
        ("age ............ 95", "95", K.AGE),
    ],
)
def test_postal_codes_abroad_and_after_a_state_s_name_codes_with_one_letter_and_dotted_leaders(
    text: str, value: str, kind: str
) -> None:
    assert (value, kind) in [(text[s:e], k) for s, e, k in detect_text(text)]


def test_clinical_codes_stay() -> None:
    text = "Vitamin D 1000 IU; E11.9; J1885; S72.001A; NDC 0002-3227-30; LOINC 4548-4; CPT 99214; COVID19; B12 400"
    assert detect_text(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("photo ID (face_688804147.jpeg)", "face_688804147.jpeg", K.PHOTO),
        ("photo_upload photo-0347088.png", "photo-0347088.png", K.PHOTO),
        ("Fax:               128.060.5925", "128.060.5925", K.FAX),
        ("Fax: 1-340-639-1995x53102", "1-340-639-1995x53102", K.FAX),
        ("DL A028-6776-1104", "A028-6776-1104", K.LICENSE),
        ("policy 9380-133149", "9380-133149", K.HEALTH_PLAN),
        ("IBAN DE89370400440532013000", "DE89370400440532013000", K.ACCOUNT),
    ],
)
def test_photo_files_labelled_phones_licences_policies_and_ibans(text: str, value: str, kind: str) -> None:
    assert (value, kind) in [(text[s:e], k) for s, e, k in detect_text(text)]


def test_a_file_a_unit_or_a_check_sum_that_fails_is_none_of_them() -> None:
    for text in ("see chart_2024.png and logo.png", "10 mg/dL 1400", "DL sodium", "code DE89370400440532013001"):
        assert detect_text(text) == [], text


def test_the_street_and_the_town_before_a_region_and_a_postal_code_abroad() -> None:
    text = "Lives at Ingetraut-Etzold-Ring 42-30, Grafenau, Bremen 21629, Germany with his wife."
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == [
        ("Ingetraut-Etzold-Ring 42-30", K.ADDRESS),
        ("Grafenau", K.CITY),
        ("21629", K.ADDRESS),
    ]


def test_names_in_capitals_on_their_own_line_addressed_by_a_message_or_in_an_e_mail_header() -> None:
    label = "RX# 12        Outpatient Pharmacy\nROSE PAGE\n12 Main St\nsbar\n24) FILIP DOSTÁLOVÁ  M123  NPO after mn"
    sms = "[2023] to 555: BILL MOSS your Rx albuterol is ready."
    mail = "From: June Crane <jc@example.org>"
    found = {t[s:e] for t in (label, sms, mail) for s, e, k in detect_text(t) if k == K.NAME}
    assert found == {"ROSE PAGE", "FILIP DOSTÁLOVÁ", "BILL MOSS", "June Crane"}


def test_headings_and_problems_in_capitals_are_not_names() -> None:
    text = "1) CHF EXACERBATION\n2) ACUTE KIDNEY INJURY\nDISCHARGE SUMMARY\nWARD WHITEBOARD - 4 EAST\nBLUECROSS BLUE"
    assert not [k for _, _, k in detect_text(text + "\nPLEASE NOTE your visit") if k == K.NAME]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("**MRN:** 294-8852  ", "294-8852", K.MRN),
        ("Flowsheet date: 12/5", "12/5", K.DATE),
        ("Last drink tomorrow, 2/21.", "2/21", K.DATE),
        ('zip: "48126"', "48126", K.ZIP),
        ("/fhir/Patient/124-6752", "124-6752", K.ID),
        ("photo wound_2020-06-14_L_heel_948.png uploaded", "wound_2020-06-14_L_heel_948.png", K.PHOTO),
        ("(plate WJ 61237)", "WJ 61237", K.PLATE),
        ("ehr://encounters/ENC19-809620/ed-course", "ENC19-809620", K.ID),
    ],
)
def test_labels_in_markdown_dates_after_a_date_label_fhir_paths_wound_photos_and_spaced_plates(
    text: str, value: str, kind: str
) -> None:
    assert (value, kind) in [(text[s:e], k) for s, e, k in detect_text(text)]


def test_fractions_ratios_and_a_history_path_are_no_dates_or_ids() -> None:
    for text in ("take 1/2 tab daily; BP 120/80; 3/7 days", "Patient/_history", "Patient / family education done"):
        assert detect_text(text) == [], text


def test_a_name_joined_by_an_okina_and_a_role_in_parentheses_after_a_name() -> None:
    text = "Session ended 10:41; Kaʻimi Akana logged 29 minutes. Batlle (case worker) will see her."  # noqa: RUF001
    assert {text[s:e] for s, e, k in detect_text(text) if k == K.NAME} == {"Kaʻimi", "Akana", "Batlle"}  # noqa: RUF001


def test_a_uuid_s_group_is_found_in_the_36_characters_around_wherever_it_is_in_the_text() -> None:
    # read in a slice of the text: re2's pos and endpos cost the length of all the text before them
    uuid = "0d4f7a1c-1111-2222-3333-444455556666"
    text = "x " * 5000 + uuid + " 12-3456789 end"
    at = text.index(uuid)
    assert P._in_uuid(text, at, at + 8) and P._in_uuid(text, at + 24, at + 36)
    assert not P._in_uuid(text, at + 40, at + 47)  # "3456789" after "12-": no UUID around it


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ('{"ts": "2026", "device_id": "U6HZ-0PX2-IJBP"}', "U6HZ-0PX2-IJBP", K.DEVICE),
        ('payload {"FullName": "MELODY X", "Acct": "408 8242 189"}', "408 8242 189", K.ACCOUNT),
        ("STRETTO DESIO 233, 43342 SULMONA, IT", "SULMONA", K.CITY),
        ("Sofiapad 77, 4661 AJ Maasbree, NL", "4661 AJ", K.ADDRESS),
        ("Herrengasse 5, 8010 GRAZ, AT", "8010", K.ADDRESS),
        ("Herrengasse 5, 8010 GRAZ, AT", "GRAZ", K.CITY),
        ("Sofiapad 77, 4661 AJ MAASBREE, NL", "MAASBREE", K.CITY),
        ("(0018,1000) LO [WU1O-2SZ2-W7UL]", "WU1O-2SZ2-W7UL", K.NUMBER),
        ("PalmVeinTemplate FPT-TK78W5MIY6NH", "FPT-TK78W5MIY6NH", K.NUMBER),
        ("UNIT 115, AMANDABURGH, NC 43612", "AMANDABURGH", K.CITY),
    ],
)
def test_quoted_pairs_in_text_postal_codes_before_the_town_grouped_serials_and_towns_in_capitals(
    text: str, value: str, kind: str
) -> None:
    assert (value, kind) in [(text[s:e], k) for s, e, k in detect_text(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("(0010,0010) PN [VAN HAARLEM^IVY]  # PatientName", {"VAN HAARLEM", "IVY"}),
        ("...<em>Hrubý</em>,   presents with cough", {"Hrubý"}),
        ("<em>Cushing</em> syndrome, <b>metformin</b>", set()),
        ("**Patient:** Evelio  **DOB:** 1987", {"Evelio"}),
        ("hi its denise bouvet again. my son", {"denise", "bouvet"}),
        ('Raw payload: {"patient": {"FullName": "MELODY ДЕЙСУН", "BirthDate": "1941"}}', {"MELODY ДЕЙСУН"}),
        ('{"name": "Lisinopril", "dose": "10 mg"}', set()),
    ],
)
def test_dicom_person_names_highlights_markdown_labels_typed_names_and_quoted_name_pairs(
    text: str, names: set[str]
) -> None:
    assert {text[s:e] for s, e, k in detect_text(text) if k == K.NAME} == names


def test_no_group_of_a_uuid_is_taken_for_a_dea_number_or_a_card() -> None:
    # a task's or a request's id: "dea" began a DEA number's context inside "deae-…", Luhn held for three groups
    for uuid in ("ef526784-deae-40c5-b38f-394a7753ffe9", "52416032-0173-4521-80b7-ecc8778ebc72"):
        assert {k for _, _, k in detect_text(uuid)} <= {K.NUMBER}, uuid
    assert [k for _, _, k in detect_text("card 4111-1111-1111-1111")] == [K.CARD]


def test_a_uuid_in_capitals_is_a_number_and_no_name_is_read_glued_to_digits() -> None:
    uuid = "B2489191-7B12-4DC5-8E5A-3A26D18A669A"
    assert {k for _, _, k in detect_text(uuid)} == {K.NUMBER}
    assert not [k for _, _, k in detect_text("5CC941FC-49F6-49F5-9E30-EDDA9E67A63F") if k == K.NAME]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("lives at Diagonal Comoras 126, Bogotá", "Diagonal Comoras 126"),
        ("Stretto Torquato 93, Napoli", "Stretto Torquato 93"),
        ("Prolongación Farías 547 Edif. 649", "Prolongación Farías 547 Edif. 649"),
    ],
)
def test_streets_abroad_opened_by_their_kind(text: str, street: str) -> None:
    assert street in [text[s:e] for s, e, k in detect_text(text) if k == K.ADDRESS]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Works at Love Moving Co (no FMLA on file).", [("Love Moving Co", K.NAME)]),
        ("Employed by Green Drywall.", [("Green Drywall", K.NAME)]),
        ("Vehicle HA 76748 (black) left", [("HA 76748", K.PLATE)]),
        ("Vehicle GLTLR8WMLT9LJLHVJ left in garage", [("GLTLR8WMLT9LJLHVJ", K.VIN)]),
        ("Vehicle accident in 2019, works at the hospital", []),
    ],
)
def test_employers_and_vehicles_after_the_words_that_say_so(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text) if k in (K.NAME, K.PLATE, K.VIN)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("msg: ward round cancelled - Quorvane", [("Quorvane", K.NAME)]),
        ("call me re the visit when free (Zubeyda)", [("Zubeyda", K.NAME)]),
        ("SMS Zubeyda: bring the glasses pls", [("Zubeyda", K.NAME)]),
        ('ERROR label print failed name="MU NAW THA" next', [("MU NAW THA", K.NAME)]),
        ("  called_by: Netty", [("Netty", K.NAME)]),
        ("Dispo - Home; take with food (Tylenol); Result (Negative)", []),
        ("Seen at Riverside Eye Institute; lives in Riverside, CA", [("Riverside", K.CITY)]),
        ("Enrolled in NCT05815047 (phase 2)", []),
    ],
)
def test_signatures_in_brackets_or_after_a_dash_log_names_facilities_and_trials(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Started sertraline 50 mg 6/30.", ["6/30"]),
        ("had a fall 10/12, son called", ["10/12"]),
        ("UDS positive for fentanyl 9/19.", ["9/19"]),
        ("recorded statement taken 12/11.", ["12/11"]),
        ("10/27", ["10/27"]),
        ("pain 7/10, strength 4/5, take 1/2 tab, BP 120/80; Give 5 mg 1/2 tab", []),
        ("4/5", []),
    ],
)
def test_a_month_and_day_after_what_happened_on_it_or_alone(text: str, dates: list[str]) -> None:
    assert [text[s:e] for s, e, k in detect_text(text) if k == K.DATE] == dates


@pytest.mark.parametrize(
    "phone", ["826-801-8159x08301", "+1-437-586-5797x543", "001-584-514-8525x38885", "(611) 387-8098 ext. 12"]
)
def test_a_phone_with_its_extension_or_dialled_from_abroad(phone: str) -> None:
    text = f"Call the patient at {phone} today."
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == [(phone, K.PHONE)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lives at 401 Allison Expressway Suite 272, Dylanport, IA 96223.",
         [("401 Allison Expressway Suite 272", K.ADDRESS), ("Dylanport", K.CITY), ("96223", K.ZIP)]),
        ("Lives at PSC 5171, Box 8793, APO AP 53705.", [("PSC 5171, Box 8793, APO AP 53705", K.ADDRESS)]),
        ("Device MAC 6a:e8:ed:a1:fd:42; time 12:30:45:10:20:30", [("6a:e8:ed:a1:fd:42", K.DEVICE)]),
        ("Works at Hansen, Cardenas and Vincent.", [("Hansen, Cardenas and Vincent", K.NAME)]),
    ],
)
def test_usps_street_suffixes_military_addresses_network_cards_and_firms_of_partners(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NI number ZZ 034070 T on file", [("ZZ 034070 T", K.ID)]),
        ("Flat 2, Haynes Rapid, SW58 7TY", [("Flat 2, Haynes Rapid", K.ADDRESS), ("SW58 7TY", K.ZIP)]),
        ("Call 01632 960 968 or (0191) 496 0780", [("01632 960 968", K.PHONE), ("(0191) 496 0780", K.PHONE)]),
        ("Boulevard Rumania 736 Edif. 690 , Depto. 408", [("Boulevard Rumania 736 Edif. 690 , Depto. 408", K.ADDRESS)]),
        ("Call 180-279-2880x61788", [("180-279-2880x61788", K.PHONE)]),
    ],
)
def test_numbers_and_addresses_of_the_uk_and_mexico(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Postcode 45504", [("45504", K.ZIP)]),
        ("NI ZZ 93 60 26 T", [("ZZ 93 60 26 T", K.ID)]),
        ("9 O'Neill Prairie", [("9 O'Neill Prairie", K.ADDRESS)]),
        ("12 McDonald Road", [("12 McDonald Road", K.ADDRESS)]),
        ("SSN 913-42-3716 on file", [("913-42-3716", K.SSN)]),
    ],
)
def test_zip_after_postcode_any_ni_letter_streets_of_mc_and_o_and_itins(text: str, found: list) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == found


@pytest.mark.parametrize(
    ("text", "ages"),
    [("fyi Alfonso turns 103 on 11/21", ["103"]), ("she turned 95 last week", ["95"]),
     ("celebrated her 100th birthday", ["100"]), ("turns 45 next week", [])],
)
def test_an_age_over_89_a_birthday_gives(text: str, ages: list[str]) -> None:
    assert [text[s:e] for s, e, k in detect_text(text) if k == K.AGE] == ages


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1792 SE Summit Ln Apt 37", [("1792 SE Summit Ln Apt 37", K.ADDRESS)]),
        ("Medicare 2294 36915 3 on file", [("2294 36915 3", K.HEALTH_PLAN)]),
        ("4430 Jacaranda Tce, Marrickville NSW 2204 · 0423 947 762",
         [("4430 Jacaranda Tce", K.ADDRESS), ("2204", K.ADDRESS), ("0423 947 762", K.PHONE)]),
        ("enrolled voiceprint VP-7626-BNNS06 ok", [("VP-7626-BNNS06", K.BIOMETRIC)]),
        ('model="Withings BPM" serial=326-72860-LY next', [("326-72860-LY", K.DEVICE)]),
        ("Lives in Wailuku, 96793-2637; NDC 00093-7214-01", [("Wailuku", K.CITY), ("96793-2637", K.ZIP)]),
        ("problems: 44054006 | Diabetes mellitus type 2; dx 195967001 Asthma", []),
        ("HI*ABK:H401131~", []),
        ("denial of insulin for Gestational diabetes, diet controlled", []),
    ],
)
def test_streets_with_two_letter_directions_numbers_abroad_templates_log_keys_and_codes_that_stay(
    text: str, found: list
) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text) if k != K.NAME] == found


@pytest.mark.parametrize(("text", "names"), [
    ("call Urjii re Dabala (Bilise)", {"Urjii", "Dabala", "Bilise"}),
    ("Search patients (Beta)", set()), ("Note: see me (Optional)", set()), ("Export (Deprecated)\n", set()),
])
def test_a_word_in_brackets_closing_a_line_is_a_name_unless_the_lexicon_holds_it_as_none(text: str,
                                                                                        names: set[str]) -> None:
    assert {text[s:e] for s, e, k in detect_text(text) if k == K.NAME} == names


@pytest.mark.parametrize("text", ["Exported by user=Cihuatl.", "Who? called_by: Tsura!", "user=Cihuatl? retry"])
def test_a_log_s_person_value_ending_a_sentence_is_a_name_without_its_full_stop(text: str) -> None:
    assert {text[s:e] for s, e, k in detect_text(text) if k == K.NAME} == {"Cihuatl" if "Cihuatl" in text else "Tsura"}


def test_an_employer_that_is_a_word_is_none() -> None:
    for text in ("Employer: None", "Employer: Retired", "Employer: Unemployed"):
        assert not detect_text(text), text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("QUEUE 09  LUPARIO NORALEZ  CALLED", ["LUPARIO NORALEZ"]),
        ("PAGE 12 CODE BLUE PLEASE", []),
        ('"user":"Iveth","action":"print_label"', ["Iveth"]),
        ('"user":"svc_batch","action":"x"', []),
        ("re nabor cálix: both on the list", ["nabor", "cálix"]),
        ("re the meds: ok", []),
        ("| bay 6 | Sirma, Yordan | Refat |", ["Sirma, Yordan"]),
        ("| Lisinopril, Oral | 10 mg |", []),
    ],
)
def test_queue_boards_quoted_people_s_keys_subjects_in_lower_case_and_inverted_cells(text: str, names: list) -> None:
    assert [text[s:e] for s, e, k in detect_text(text) if k == K.NAME] == names


@pytest.mark.parametrize("text", ["QUEUE 09 CALLED TO DESK", "PAGE 12 TO DESK PLEASE", "NOW SERVING 4 CALLED"])
def test_a_board_that_calls_no_name_is_read_without_failing(text: str) -> None:
    assert not [k for _, _, k in detect_text(text) if k == K.NAME]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Flat 68 00 Joseph Fire Track", [("Flat 68 00 Joseph Fire Track", K.ADDRESS)]),
        ("Level 6 57 Debra Quadrant", [("Level 6 57 Debra Quadrant", K.ADDRESS)]),
        ("Lives at 9/16 Stephens Green", [("9/16 Stephens Green", K.ADDRESS)]),
        ("Lives at 5, rue Anne Bègue", [("5, rue Anne Bègue", K.ADDRESS)]),
        ("Luzie-Schüler-Straße 3/9", [("Luzie-Schüler-Straße 3/9", K.ADDRESS)]),
        ("Rambla de Daniel Montoya 538 Apt. 14", [("Rambla de Daniel Montoya 538 Apt. 14", K.ADDRESS)]),
        ("Via Giulietta, 31 Appartamento 5", [("Via Giulietta, 31 Appartamento 5", K.ADDRESS)]),
        ("Largo de Novais, 814", [("Largo de Novais, 814", K.ADDRESS)]),
        ("H.No. 180\nRatti Zila", [("H.No. 180\nRatti Zila", K.ADDRESS)]),
        ("Ship to Tenali-915342", [("Tenali", K.CITY), ("915342", K.ADDRESS)]),
    ],
)
def test_streets_abroad_with_their_units_particles_and_lower_case_kinds(text: str, found: list) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Postcode 2484", "2484"),
        ("PIN: 560034", "560034"),
        ("pin code 560 034", "560 034"),
        ("CEP 01386-459", "01386-459"),
        ("Eircode D02 X285 on file", "D02 X285"),
    ],
)
def test_postal_codes_abroad_after_their_word(text: str, value: str) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == [(value, K.ZIP)]


@pytest.mark.parametrize(
    "phone", ["(03).6586.8510", "(08)-3886-9236", "09 478-1090", "(01868) 77793", "06160 51373",
              "+33 (0)2 14 52 54 80", "04 27 98 20 97", "83 3570-4197", "(11) 98765-4321"],
)
def test_phones_of_australia_new_zealand_germany_france_and_brazil(phone: str) -> None:
    text = f"Call {phone} today."
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == [(phone, K.PHONE)]


@pytest.mark.parametrize(
    "text", ["Hours 12 0800-1600 daily", "CEP 01386-459-01", "Lot Batch-332708 used", "zip code: 07501-0186",
             "Stage 2 Left Upper Lobe", "Gave 2 Normal Range results"],
)
def test_what_those_shapes_leave(text: str) -> None:
    assert not [k for _, _, k in detect_text(text) if k in (K.PHONE, K.ADDRESS, K.CITY)], text


def test_a_board_ruled_with_plus_signs_its_patients_initials_and_capitals_and_ages_over_89() -> None:
    text = (
        "RM    | PT              | AGE | TEAM\n"
        "------+-----------------+-----+------\n"
        "Rm 308| M.Y.            | 103 | Dr. Quorvane\n"
        "Bed 6 | Iryna O.        | 40  | Dr. Quorvane\n"
        "Bed 9 | FLOAT POOL      | 101 F | Dr. Quorvane\n"
        "Bed 17| MYSTERY GREY    | 92  | Dr. Quorvane"
    )
    found = [(text[s:e], k) for s, e, k in detect_text(text)]
    for piece in (("M.Y.", K.NAME), ("103", K.AGE), ("Iryna O.", K.NAME), ("101", K.AGE), ("MYSTERY GREY", K.NAME)):
        assert piece in found, piece
    assert ("40", K.AGE) not in found and not [k for s, _, k in detect_text(text) if text[s:].startswith("FLOAT")]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Fax: (65l) 387-67l3", "(65l) 387-67l3", K.FAX),
        ("DOB O9/O5/2026", "O9/O5/2026", K.DATE),
        ("seen Ol/l5/2025 by", "Ol/l5/2025", K.DATE),
        ("call (7l4) 937-9O7O", "(7l4) 937-9O7O", K.PHONE),
    ],
)
def test_dates_and_phones_as_ocr_reads_a_fax(text: str, value: str, kind: str) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["SpO2 88% on O2 2L, CO2 24", "Ill/Ool/2024", "lab I50.9 ICD"])
def test_letters_near_digits_that_are_no_ocr_number(text: str) -> None:
    assert detect_text(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024 INFO sync.start subject=IE09-611 device=x", "IE09-611"),
        ("auth ok user=pt601281 app=4.12", "pt601281"),
        ("Subject ZA93-059 (N-M), a 34-year-old", "ZA93-059"),
        ("| Subject | Signer |\n|---|---|\n| IE96-555 | signed |", "IE96-555"),
        ("| MRN | Bed |\n|---|---|\n| 4471229 | 12 |", "4471229"),
    ],
)
def test_a_research_subject_s_number_in_logs_sentences_and_tables(text: str, value: str) -> None:
    assert value in [text[s:e] for s, e, _ in detect_text(text)]


@pytest.mark.parametrize("text", ["Subject: 2024 update", "participant 3 of 12", "user=svc_backup01 ok"])
def test_what_a_subject_s_word_leaves(text: str) -> None:
    assert detect_text(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("caller in car AX 67 VZ GP now", [("AX 67 VZ GP", K.PLATE)]),
        ("parks in driveway: LHL 094", [("LHL 094", K.PLATE)]),
        ("ID check, licence 6378728214RK |", [("6378728214RK", K.LICENSE)]),
        ("biometric match face-tmpl-865727048", [("face-tmpl-865727048", K.BIOMETRIC)]),
        ("Medical card 3671547G", [("3671547G", K.HEALTH_PLAN)]),
        ("12 Main Road, Tralee, Co. Kerry, V92 PK4V", [("12 Main Road", K.ADDRESS), ("Tralee", K.CITY),
                                                     ("Co. Kerry", K.CITY), ("V92 PK4V", K.ADDRESS)]),
        ("Family abroad: Damak 57217, Nepal", [("Damak", K.CITY), ("57217", K.ADDRESS)]),
        ("grandmother in Kathmandu", [("Kathmandu", K.CITY)]),
        ("Talisay City", [("Talisay City", K.CITY)]),
    ],
)
def test_plates_after_a_car_licences_biometric_matches_irish_counties_and_towns_abroad(text: str, found: list) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == found


@pytest.mark.parametrize("text", ["licence 2024 renewal", "Inner City youth", "Nice to meet you", "in car 2 of 3"])
def test_what_those_words_leave(text: str) -> None:
    assert detect_text(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Note: patient id 1234 today.", "1234"),  # ``pa…`` is no research subject's word
        ("Note: Passport: 0219844KA today.", "0219844KA"),
        ("passport no. 4471-2290 today", "4471-2290"),
        ("Note: license # 1234 today.", "1234"),  # a licence's label with its ``#``: no bare word
        ("The license # AB12 today", "AB12"),
    ],
)
def test_the_subject_s_and_the_bare_licence_s_checks_leave_other_labels_as_they_were(text: str, value: str) -> None:
    assert value in [text[s:e] for s, e, _ in detect_text(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("biometric match voiceprint:EWK910666 | x", [("voiceprint:EWK910666", K.BIOMETRIC)]),  # not "voiceprint"
        ("voice match on file: voiceprint:KHW567481", [("voiceprint:KHW567481", K.BIOMETRIC)]),
        ("Insurance: Medicaid H28845214-07.", [("H28845214-07", K.HEALTH_PLAN)]),  # a plan's, not a kept ID
    ],
)
def test_a_biometric_label_s_value_and_a_medicaid_number_are_read_whole(text: str, found: list) -> None:
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == found


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("that's W-I-L-S-O-N, W as in whiskey", "W-I-L-S-O-N", K.NAME),
        ("call me back at four zero one, nine two six, four two eight four. ok", "four zero one, nine two six, "
         "four two eight four", K.PHONE),
        ("date of birth is February eleventh nineteen sixty nine.", "February eleventh nineteen sixty nine", K.DATE),
        ("[08:30] lorcan: kyle in ED 17 keeps pulling his iv", "kyle", K.NAME),
        ("[09:20] x: guled nur in bay 2", "guled nur", K.NAME),
    ],
)
def test_what_a_transcription_spells_out_and_a_patient_typed_in_lower_case_in_a_bed(text: str, value: str,
                                                                                     kind: str) -> None:
    assert (value, kind) in [(text[s:e], k) for s, e, k in detect_text(text)]


@pytest.mark.parametrize("text", ["C-O-P-D exacerbation", "[09:00] x: pt in bed 4 ok", "new admit to rm 3",
                                  "take one two three steps"])
def test_acronyms_roles_in_a_bed_and_counting_are_none(text: str) -> None:
    assert detect_text(text) == []


def test_a_lower_case_name_before_its_birth_date_and_roles_that_are_none() -> None:
    text = "ok. fyi mack lock dob 12/16/12 - O09.523"
    assert ("mack lock", K.NAME) in [(text[s:e], k) for s, e, k in detect_text(text)]
    for text in ("the patient dob 1/2/2000", "her mom dob 1/2/1960"):
        assert [k for _, _, k in detect_text(text)] == [K.DATE], text


def test_a_singapore_address_and_its_postal_code() -> None:
    text = "Address: Blk 178 Woodlands Drive 14 #16-851, Singapore 525041"
    assert [(text[s:e], k) for s, e, k in detect_text(text)] == [
        ("Blk 178 Woodlands Drive 14 #16-851", K.ADDRESS), ("525041", K.ADDRESS)]
    assert detect_text("Block 5 Main entrance") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("its zolani here actually, can u send the bill", "zolani"),
        ("this is siew lan here", "siew lan"),
        ("Subject ZA93-059 (N-M), a 34-year-old", "N-M"),
        ("Subject US12-004 (F.S.), a 67-year-old", "F.S."),
        ("Client lives alone. Works nights at SMRT Trains. Raised by", "SMRT Trains"),
        ("| Subject | Signer |\n|---|---|\n| IE96-555 | TRUST CHRISTMAS |", "TRUST CHRISTMAS"),
    ],
)
def test_who_writes_a_text_a_subject_s_initials_an_employer_by_night_and_a_signer(text: str, value: str) -> None:
    assert (value, K.NAME) in [(text[s:e], k) for s, e, k in detect_text(text)]


def test_a_role_writing_a_text_is_none() -> None:
    assert detect_text("it's mom here") == [] and detect_text("this is the pharmacy here") == []


def test_an_hl7_address_s_city_and_zip_in_any_segment() -> None:
    text = "QPD|Z44^Request|110144|X^^^CLINIC^MR|||1967|M|12 Main St^^Quorvane Falls^NV^89121|"
    found = [(text[s:e], k) for s, e, k in detect_text(text)]
    assert ("Quorvane Falls", K.CITY) in found and ("89121", K.ZIP) in found


@pytest.mark.parametrize("text", ["consents to be contacted at 9424 0380.", "SMS OTP to 9057 8081 |",
                                  "husband HP 89335003", "agreed to call back at 6934 6862. warm"])
def test_an_eight_digit_phone_after_a_word_that_says_so(text: str) -> None:
    assert K.PHONE in [k for _, _, k in detect_text(text)]
    assert detect_text("dose 8000 9000 units") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AIDYSMAA TYULUSH TO ROOM 2", "AIDYSMAA TYULUSH"),
        ("NOW SERVING A-57 HONU HAOA", "HONU HAOA"),
        ("msg from nikté poot: transport booked", "nikté"),
        ("Patient axmed osman (admitted 3 days ago)", "axmed"),
    ],
)
def test_a_board_s_capitals_and_lower_case_names_after_a_message_s_or_a_call_s_word(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e, k in detect_text(text) if k == K.NAME]


@pytest.mark.parametrize("text", ["NEXT PATIENT TO ROOM 4", "PLEASE GO TO ROOM 2", "call back tomorrow",
                                  "Patient states pain is better"])
def test_a_board_s_own_words_and_everyday_words_after_a_call_are_none(text: str) -> None:
    assert detect_text(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("verify the last four of the social?\n[caller]: 1967, last four 1751", "1751", K.SSN),
        ("Statement for account ending 886679", "886679", K.ACCOUNT),
        ("forwarding address:\nGujranwala 52250\nPakistan", "52250", K.ADDRESS),
    ],
)
def test_last_digits_said_alone_long_account_endings_and_a_code_above_its_country(text: str, value: str,
                                                                                  kind: str) -> None:
    assert (value, kind) in [(text[s:e], k) for s, e, k in detect_text(text)]


def test_a_plan_s_name_ending_in_its_kind_is_no_person() -> None:
    assert detect_text("Plan: Florida Blue PPO") == []
