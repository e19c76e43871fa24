"""HL7 v2 and X12 identifiers read by position (segments.py): each field class masked as its kind, providers'
names too, payers, codes, amounts, segment ids and control ids left alone, declared separators honoured,
excerpts without an envelope read, malformed input never raising, and the work linear in the text."""

from __future__ import annotations

import cProfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.phi import SAFE_HARBOR, mask_json
from extproc.phi import kinds as K
from extproc.phi import segments as S
from tests.unit.phi.support import masked

ADT = "\r".join([
    "MSH|^~\\&|EPIC|NSH|LIS|NSH|202401150830||ADT^A01|CTRL-7|P|2.5.1",
    "EVN|A01|202401150830",
    "PID|1||0045827480^^^NSH^MR~250726562^^^SSA^SS||BROWN^SUMMER^D||19810906|F|||27150 VIA SORRENTO^^PATERSON^NJ^"
    "07501||(973)555-0134^PRN^PH~^WPN^FX^^^973^5550188|||||ACC-88120|250-72-6562|D1234567^NJ",
    "NK1|1|BROWN^HAROLD^T|FTH^Father|12 ELM ST^APT 3^CLIFTON^NJ^07011|(973)555-0177",
    "|".join(["PV1", "1", "I", "4W^412^A", "", "", "", "1234567893^OKAFOR^CHIDI^^^DR", "7780^VANTERPOOL^ILSE",
              *[""] * 10, "V998877", *[""] * 24, "202401150830"]),  # PV1-7, -8, -19, -44
    "IN1|1|BCBS01|77|BLUE CROSS||||GRP1||||||||BROWN^SUMMER^D|01|19810906|27150 VIA SORRENTO^^PATERSON^NJ^07501"
    "|||||||||||||||||W123456789",
    "OBX|1|NM|2345-7^Glucose^LN||120|mg/dL|70-99|H|||F|||20240115093000",
])

MASKED_ADT = "\r".join([
    "MSH|^~\\&|EPIC|NSH|LIS|NSH|2024||ADT^A01|CTRL-7|P|2.5.1",
    "EVN|A01|2024",
    "PID|1||[MRN]^^^NSH^MR~[SSN]^^^SSA^SS||[NAME]^[NAME]^[NAME]||1981|F|||[ADDRESS]^^[CITY]^NJ^"
    "075||[PHONE]^PRN^PH~^WPN^FX^^^[FAX]^[FAX]|||||[ACCOUNT]|[SSN]|[LICENSE]^NJ",
    "NK1|1|[NAME]^[NAME]^[NAME]|FTH^Father|[ADDRESS]^[ADDRESS]^[CITY]^NJ^070|[PHONE]",
    "|".join(["PV1", "1", "I", "4W^412^A", "", "", "", "[NPI]^[NAME]^[NAME]^^^DR", "[ID]^[NAME]^[NAME]",
              *[""] * 10, "[ID]", *[""] * 24, "2024"]),
    "IN1|1|BCBS01|77|BLUE CROSS||||GRP1||||||||[NAME]^[NAME]^[NAME]|01|1981|[ADDRESS]^^[CITY]^NJ^075"
    "|||||||||||||||||[HEALTH_PLAN]",
    "OBX|1|NM|2345-7^Glucose^LN||120|mg/dL|70-99|H|||F|||2024",
])

CLAIM = "~\n".join([
    "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *240105*1200*^*00501*000000101*0*P*:",
    "GS*HC*SUBMITTER01*RECEIVER01*20240105*1200*101*X*005010X222A1",
    "ST*837*0001*005010X222A1",
    "NM1*41*2*ACME BILLING*****46*TGJ23",
    "PER*IC*JERRY SUPPORT*TE*2125550100",
    "NM1*85*2*RIVERTON FAMILY CLINIC*****XX*1234567893",
    "N3*400 CLINIC WAY",
    "N4*CASPER*WY*82601",
    "REF*EI*830123456",
    "HL*2*1*22*0",
    "SBR*P*18*GRP7781******CI",
    "NM1*IL*1*MAI*MARCUS*Q***MI*118902730",
    "N3*12 ELM ST*UNIT 4",
    "N4*RIVERTON*WY*825011234",
    "DMG*D8*19810906*F",
    "REF*SY*250726562",
    "PER*IC*MARCUS MAI*TE*3075550123*EM*marcus.mai@example.org",
    "NM1*PR*2*BLUE CROSS WYOMING*****PI*BCWY1",
    "N3*PO BOX 1001",
    "N4*CHEYENNE*WY*82001",
    "CLM*PCN77120*245.00***11:B:1*Y*A*Y*Y",
    "DTP*435*RD8*20240102-20240105",
    "REF*EA*MR44120",
    "HI*ABK:E1165*ABF:I10",
    "NM1*82*1*MARSH*DAWN****XX*1245319599",
    "PRV*PE*PXC*207Q00000X",
    "LX*1",
    "SV1*HC:99214*245.00*UN*1***1",
    "DTP*472*D8*20240105",
    "SE*27*0001",
])


def _year_kept(text: str, date: str) -> bool:
    return date not in text and date[:4] in text


def test_every_hl7_field_class_is_masked_as_its_kind() -> None:
    assert masked(ADT) == MASKED_ADT


def test_the_hl7_spans_have_the_kinds_of_the_standard_fields() -> None:
    found = {ADT[s:e]: k for s, e, k in S.find(ADT)}
    assert found["0045827480"] == K.MRN and found["250726562"] == K.SSN, "the CX type code names the kind"
    assert found["ACC-88120"] == K.ACCOUNT and found["D1234567"] == K.LICENSE
    assert found["W123456789"] == K.HEALTH_PLAN and found["V998877"] == K.ID
    assert found["1234567893"] == K.NPI and found["7780"] == K.ID and found["VANTERPOOL"] == K.NAME
    assert found["5550188"] == K.FAX, "equipment type FX"
    assert found["20240115093000"] == K.DATE, "a DTM in a field no table lists is a date"
    for stamp in ("19810906-0500", "198109060830+0100", "20240115093000.1234"):
        assert S.find(f"ZPV|1|{stamp}|1981090|2024011509") == [(6, 6 + len(stamp), K.DATE)], stamp
    for kept in ("CTRL-7", "EPIC", "ADT", "A01", "BLUE CROSS", "BCBS01", "2345-7", "120", "Glucose", "PID", "DR"):
        assert kept not in found, kept


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("PD1|||NSH CLINIC^^1001|4410^OKAFOR^CHIDI", {"4410": K.ID, "OKAFOR": K.NAME, "CHIDI": K.NAME}),
        ("GT1|1|G7781|QUORVANE^ILSA||9 BAY RD^^ELKO^NV^89801|7755550101||19700304|F||SE|250726562||||ACME FOODS",
         {"G7781": K.ACCOUNT, "QUORVANE": K.NAME, "ILSA": K.NAME, "9 BAY RD": K.ADDRESS, "ELKO": K.CITY,
          "89801": K.ZIP, "7755550101": K.PHONE, "19700304": K.DATE, "250726562": K.SSN, "ACME FOODS": K.NAME}),
        ("|".join(["IN2", "E4410", "250726562", *[""] * 22, "W99812345"]),  # IN2-1, -2, -25
         {"E4410": K.ID, "250726562": K.SSN, "W99812345": K.HEALTH_PLAN}),
        ("MRG|0045827480^^^NSH^MR||ACC-1||||QUORVANE^ILSA", {"0045827480": K.MRN, "ACC-1": K.ACCOUNT,
                                                          "QUORVANE": K.NAME, "ILSA": K.NAME}),
        ("ORC|NW|PL4410|FL8812||||||20240115|||4410^OKAFOR^CHIDI",
         {"PL4410": K.ID, "FL8812": K.ID, "20240115": K.DATE, "4410": K.ID, "OKAFOR": K.NAME, "CHIDI": K.NAME}),
        ("CLP*PCN77120*1*245*180**MC*ICN9981~NM1*QC*1*QUORVANE*ILSA****MI*W99812345~DTM*050*20240110~"
         "SVC*HC:99214*245*180~", {"PCN77120": K.ACCOUNT, "ICN9981": K.ID, "QUORVANE": K.NAME, "ILSA": K.NAME,
                                     "W99812345": K.HEALTH_PLAN, "20240110": K.DATE}),
        ("HL*3*2*22*0~TRN*1*9300012*9877281234~NM1*IL*1*QUORVANE*ILSA****MI*W99812345~REF*6P*GRP7781~"
         "DTP*291*D8*20240101~EB*1**30~", {"QUORVANE": K.NAME, "ILSA": K.NAME, "W99812345": K.HEALTH_PLAN,
                                             "GRP7781": K.HEALTH_PLAN, "20240101": K.DATE}),
    ],
)
def test_each_segment_is_read_by_its_standard_positions(segment: str, expected: dict[str, str]) -> None:
    assert {segment[s:e]: k for s, e, k in S.find(segment)} == expected


def test_hl7_separators_are_the_ones_msh_declares() -> None:
    text = "MSH#$%\\&#APP#FAC#LIS#FAC#20240115#\nPID#1##778812$$$H$MR##QUORVANE$ILSA##19700304#F"
    assert masked(text) == "MSH#$%\\&#APP#FAC#LIS#FAC#2024#\nPID#1##[MRN]$$$H$MR##[NAME]$[NAME]##1970#F"


def test_a_lone_segment_quoted_in_prose_is_read() -> None:
    text = "Interface error on: PID|1||778812^^^H^MR||QUORVANE^ILSA||19700304|F — please resend"
    out = masked(text)
    assert "QUORVANE" not in out and "ILSA" not in out and "778812" not in out
    assert "|1970|F — please resend" in out


def test_obx_values_and_notes_are_left_to_the_free_text_detector() -> None:
    text = "OBX|1|TX|11506-3^Progress note^LN||Seen with Dr. Okafor, doing well||||||F\rNTE|1||20240115 reviewed"
    spans = S.find(text)
    assert spans == [], "free text is not read by position"
    assert "Okafor" not in masked(text), "the normal detector still reads it"


def test_every_x12_loop_is_read_by_whose_it_is() -> None:
    out = masked(CLAIM)
    for secret in ("*MAI*", "MARCUS", "118902730", "12 ELM ST", "UNIT 4", "825011234", "19810906", "250726562",
                   "3075550123", "marcus.mai@example.org", "PCN77120", "MR44120", "MARSH", "DAWN", "1245319599",
                   "20240102", "20240105"):
        assert secret not in out, secret
    assert "N4*[CITY]*WY*825~" in out and "DMG*D8*1981*F~" in out and "DTP*435*RD8*2024-2024~" in out
    assert "NM1*IL*1*[NAME]*[NAME]*[NAME]***MI*[HEALTH_PLAN]~" in out
    assert "NM1*82*1*[NAME]*[NAME]****XX*[NPI]~" in out, "a rendering provider's name (a person)"
    # (a provider's street, "N3*400 CLINIC WAY", is not marked by position; the free-text rule for addresses in
    # capitals masks any street, whoever's loop it is in)
    for kept in ("NM1*PR*2*BLUE CROSS WYOMING*****PI*BCWY1~", "N3*PO BOX 1001~", "NM1*85*2*RIVERTON FAMILY CLINIC",
                 "HI*ABK:E1165*ABF:I10~", "SV1*HC:99214*245.00*UN*1***1~",
                 "CLM*[ACCOUNT]*245.00***11:B:1*Y*A*Y*Y~", "PRV*PE*PXC*207Q00000X~", "ST*837*0001*005010X222A1~"):
        assert kept in out, kept
    by_position = {CLAIM[s:e] for s, e, _ in S.find(CLAIM)}
    for kept in ("CHEYENNE", "82001", "BCWY1", "830123456", "JERRY SUPPORT", "2125550100", "1234567893", "CASPER",
                 "82601", "E1165", "99214", "245.00", "837", "0001"):
        assert kept not in by_position, "a payer's, submitter's or billing clinic's loop, codes and amounts"


def test_x12_delimiters_are_the_ones_isa_declares() -> None:
    text = ("ISA|00|          |00|          |ZZ|SUB            |ZZ|REC            |240105|1200|^|00501|000000101|0|P|>'"
            "NM1|IL|1|QUORVANE|ILSA||||MI|W99812345'DMG|D8|19700304|F'NM1*IL*1*NOT*A*SEGMENT'")
    found = {text[s:e]: k for s, e, k in S.find(text)}
    assert found["QUORVANE"] == K.NAME and found["W99812345"] == K.HEALTH_PLAN and found["19700304"] == K.DATE
    assert "NOT" not in found, "with '|' declared, a '*' is data"


def test_an_x12_excerpt_without_its_envelope_is_read() -> None:
    text = "Eligibility sent: NM1*IL*1*QUORVANE*ILSA****MI*W99812345~DMG*D8*19700304*F~ (awaiting 271)"
    out = masked(text)
    assert "QUORVANE" not in out and "W99812345" not in out and "DMG*D8*1970*F~" in out
    assert out.endswith("(awaiting 271)")
    org = "NM1*TT*2*HUB EXCHANGE*****46*HUB01~N3*1 HUB PLAZA~NM1*36*2*QUORVANE FOODS~"
    assert {org[s:e] for s, e, _ in S.find(org)} == {"QUORVANE FOODS"}, "an organisation, unless an employer"
    lines = "NM1*03*1*QUORVANE*TEO\nN3*4 RUE DU PORT\nREF*SY*250726562"  # one segment a line, no terminator
    assert {lines[s:e] for s, e, _ in S.find(lines)} == {"QUORVANE", "TEO", "4 RUE DU PORT", "250726562"}
    quoted = "**Claim** as sent:\nNM1*QC*1*QUORVANE*TEO~N3*4 RUE DU PORT~\nSee *notes*"  # prose on lines around it
    assert {quoted[s:e] for s, e, _ in S.find(quoted)} == {"QUORVANE", "TEO", "4 RUE DU PORT"}


def test_texts_without_a_segment_marker_are_not_read() -> None:
    for text in ("| drug | dose |\n|---|---|\n| metformin | 500 mg |", "**Plan:** follow up * twice", "PIDs are ok"):
        assert not S.may_hold(text)


def test_an_hl7_message_in_a_tools_call_result_is_masked() -> None:
    message = {"jsonrpc": "2.0", "id": 9, "result": {"content": [{"type": "text", "text": ADT}], "isError": False}}
    result = mask_json(message, SAFE_HARBOR)
    assert result.value["result"]["content"][0]["text"] == MASKED_ADT
    assert result.counts[K.NAME] == 13 and result.counts[K.DATE] == 6
    assert result.value["result"]["isError"] is False


_ALPHABET = "MSHPIDNK1ISAREFDTP|^~\\&*:~'\r\n 0123456789-."


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_malformed_segments_never_raise_and_spans_stay_in_the_text(text: str) -> None:
    for s, e, kind in S.find(text):
        assert 0 <= s < e <= len(text) and kind in K.ALL_KINDS
        assert text[s:e] == text[s:e].strip()


def _calls(text: str) -> int:
    """Python and builtin calls made reading ``text``: a count, the same on any machine however loaded."""
    profile = cProfile.Profile()
    profile.runcall(S.find, text)
    return sum(stat.callcount for stat in profile.getstats())


def test_hostile_segments_cost_linear_work() -> None:
    """Doubling a hostile text doubles the work, never squares it (caps bound what one segment may cost)."""
    hostile = [
        lambda n: "MSH|^~\\&|\r" + ("PID|1||" + "A^" * 40 + "~" * 40 + "|" * 150 + "\r") * n,
        lambda n: "x" + "xPID|" * n,  # markers glued to letters: not segments
        lambda n: "NM1*IL*1*A*B~N3*X~" * n,
        lambda n: "ISA*" * n,
        lambda n: "NM1*" * n + "~" * n,
        lambda n: "\n" * n + "PID|1||" + "^" * n,
    ]
    for make in hostile:
        assert _calls(make(4000)) <= 2.2 * _calls(make(2000))


SUBSCRIBER_LOOP = {
    "NM1": ["IL", "1", "ZHANG", "HONG", "", "", "", "MI", "341659059S"],
    "N3": ["6064 W Lakeview Way Unit 198"],
    "N4": ["WAUKEGAN", "IL", "60073"],
    "DMG": ["D8", "19750926", "F"],
}


def test_an_x12_loop_written_as_json_is_read_by_position_like_its_text() -> None:
    assert S.x12_members(SUBSCRIBER_LOOP) == {
        "NM1": {2: K.NAME, 3: K.NAME, 8: K.HEALTH_PLAN},
        "N3": {0: K.ADDRESS},
        "N4": {0: K.CITY, 2: K.ZIP},
        "DMG": {1: K.DATE},
    }
    payer = {"NM1": ["PR", "2", "AETNA", "", "", "", "", "PI", "60054"], "N4": ["HARTFORD", "CT", "06156"]}
    assert S.x12_members(payer) == {}  # a payer's loop is kept, as in text
    assert S.x12_members({"CLM": ["HAR98597", "45.00"], "DTP_434": "20250605-20241106"}) == {
        "CLM": {0: K.ACCOUNT},
        "DTP_434": {-1: K.DATE},
    }
    assert S.x12_members({"NM1": ["IL", "1", "A*B", "C"], "N4": "not a list"}) == {}  # a separator inside: unread


def test_mask_json_masks_an_x12_loop_written_as_json_and_counts_what_it_replaced() -> None:
    doc = {"loop2010BA": SUBSCRIBER_LOOP, "loop2300": {"CLM": ["HAR98597", "45.00"], "DTP_434": "20250605"}}
    result = mask_json(doc, SAFE_HARBOR)
    assert result.value["loop2010BA"] == {
        "NM1": ["IL", "1", "[NAME]", "[NAME]", "", "", "", "MI", "[HEALTH_PLAN]"],
        "N3": ["[ADDRESS]"],
        "N4": ["[CITY]", "IL", "600"],
        "DMG": ["D8", "1975", "F"],
    }
    assert result.value["loop2300"] == {"CLM": ["[ACCOUNT]", "45.00"], "DTP_434": "2025"}
    assert result.counts[K.NAME] == 2 and result.counts[K.DATE] == 2


def test_an_obx_observing_the_age_masks_an_age_over_89_and_no_other_value() -> None:
    text = ("PID|1||123||DOE^JOHN\rOBX|1|NM|AGE^Age^L||94|a\rOBX|2|NM|30525-0^Age^LN||45|a"
            "\rOBX|3|NM|8867-4^HR^LN||95|/min")
    found = [(text[s:e], k) for s, e, k in S.find(text)]
    assert ("94", K.AGE) in found and not [v for v, k in found if v in ("45", "95")]


def test_an_obx_age_of_thousands_of_digits_never_raises() -> None:
    text = "PID|1||123||DOE^JOHN\rOBX|1|NM|AGE^Age^L||" + "9" * 5000 + "|a"
    assert all(k != K.AGE for _, _, k in S.find(text))  # int() of over 4300 digits raises: no age is so long


def test_an_x12_loop_written_as_json_with_nulls_for_empty_elements_is_still_read_by_position() -> None:
    members = S.x12_members({"NM1": ["IL", "1", "EZE", "QWERTY", None, None, None, "MI", "W123456789"]})
    assert members == {"NM1": {2: K.NAME, 3: K.NAME, 8: K.HEALTH_PLAN}}
    result = mask_json({"NM1": ["IL", "1", "EZE", "QWERTY", None, 7, None, "MI", "W123456789"]}, SAFE_HARBOR)
    assert result.value == {"NM1": ["IL", "1", "[NAME]", "[NAME]", None, 7, None, "MI", "[HEALTH_PLAN]"]}


def test_an_x12_loop_written_as_json_with_thousands_of_segments_is_read_whole() -> None:
    # each span is placed by a bisection over the elements' offsets (a scan of them all was quadratic: 4,000 keys
    # took seconds); timings belong to benchmarks, so this checks what the bisection finds at that size
    loop = {"NM1": ["IL", "1", "EZE", "QWERTY"], **{f"NM1_{i}": ["IL", "1", "EZE", "QWERTY"] for i in range(8000)}}
    members = S.x12_members(loop)
    assert len(members) == 8001 and members["NM1_7999"] == {2: K.NAME, 3: K.NAME} and members["NM1"][3] == K.NAME
