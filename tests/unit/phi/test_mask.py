"""mask_json (mask.py): Safe Harbor's generalisations, JSON inside text, counts and paths without values, the
failure mode, the pre-check that returns a document without identifiers as is."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from demo.patients import clinical_note, generate_patients
from extproc.phi import SAFE_HARBOR, MaskingError, PseudonymVault, mask_json, name_model, warm_up
from extproc.phi.mask import _MAY_OPEN_JSON, _letter_runs, _may_hold, _year
from tests.unit.phi.support import masked


def test_dates_generalised_to_year_and_zip_to_three_digits() -> None:
    out = masked("DOB 1950-03-05, seen March 5, 2025 and 03/07/2024; Boston, MA 02134")
    assert out == "DOB 1950, seen 2025 and 2024; [CITY], MA 021"


def test_a_compact_date_or_timestamp_keeps_its_year() -> None:
    assert mask_json({"dob": "19810906", "birth_date": "198109060830-0500"}, SAFE_HARBOR).value == {
        "dob": "1981", "birth_date": "1981"}
    assert _year("19811306") is None  # no month 13: no year to keep, the whole date is redacted
    assert _year("240105") is None  # X12 ISA's YYMMDD: not a year


def test_ages_over_89_become_90_plus() -> None:
    assert mask_json({"age": 95}, SAFE_HARBOR).value == {"age": "90+"}
    assert mask_json({"age": 45}, SAFE_HARBOR).value == {"age": 45}
    assert masked("a 95-year-old woman") == "a 90+-year-old woman"
    assert masked("a 45-year-old woman") == "a 45-year-old woman"


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


def test_a_keyed_name_is_found_again_in_free_text_and_only_there() -> None:
    """Propagation is skipped only when no text shares a word with a keyed name: mentions are still found,
    whatever their case, and CJK names (written without spaces) are always looked for."""
    from extproc.phi import SAFE_HARBOR, mask_json

    rows = [{"name": "Maria da Silva", "note": "Spoke with SILVA today; dx E11.9"},
            {"name": "\u738b\u4f1f", "note": "\u738b\u4f1f\u533b\u751f\u6765\u4e86"},
            {"name": "Sean O'Neill", "dx": ["E11.9", "I10"]}]
    out = mask_json({"rows": rows}, SAFE_HARBOR).value["rows"]
    assert out[0]["note"] == "Spoke with [NAME] today; dx E11.9"
    assert "\u738b\u4f1f" not in out[1]["note"]
    assert out[2]["dx"] == ["E11.9", "I10"]


def test_the_maskers_unspaced_scripts_are_the_name_dictionarys() -> None:
    from extproc.phi import mask as M
    from extproc.phi import names as N

    edges = [0x303F, 0x3040, 0x30FF, 0x3100, 0x33FF, 0x3400, 0x9FFF, 0xA000, 0xABFF, 0xAC00, 0xD7AF, 0xD7B0,
             0xF8FF, 0xF900, 0xFAFF, 0xFB00, 0x4E2D, 0x00E9, 0x0416]
    for code in edges:
        assert bool(M._UNSPACED.search(chr(code))) == N.is_cjk(chr(code)), hex(code)


def test_warm_up_builds_the_tables_a_first_response_would_wait_for() -> None:
    name_model._table.cache_clear()
    warm_up(SAFE_HARBOR)
    assert name_model._table.cache_info().currsize == 1


def test_a_huge_word_is_no_name_and_never_crashes_the_process() -> None:
    """A word of 540,000 letters taken for a name once ended the process (SIGSEGV in the automaton library):
    checked in a child process, so a crash fails this test rather than the run."""
    script = ("from extproc.phi import SAFE_HARBOR, mask_json\n"
              "word = 'Q' + 'uvwxyz' * 90000\n"
              "for text in (word + ' said', 'Mr ' + word, {'name': word}):\n"
              "    mask_json(text, SAFE_HARBOR)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-500:]


def test_every_character_that_may_open_json_text_is_a_bracket_or_whitespace() -> None:
    whitespace = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert whitespace | {"{", "["} == _MAY_OPEN_JSON


_PIECES = st.sampled_from(["Ana", "ana", "e\u0301", "\u0301x", "\uff21na", "李明", "明", "da", "Silva", " ", "-", "\n",
                           "7"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=4).map("".join), max_size=4),
       st.lists(st.lists(_PIECES, max_size=3).map("".join), max_size=3))
def test_names_are_sought_in_texts_only_when_one_shares_a_run_of_letters_with_one(
        texts: list[str], names: list[str]) -> None:
    def shares(text: str, name: str) -> bool:
        if not _letter_runs(name).isdisjoint(_letter_runs(text)):
            return True
        if any("\u3400" <= c <= "\u9fff" for c in name):  # written without spaces: a run inside a longer one
            folded = unicodedata.normalize("NFKC", text).casefold()
            return any(run in folded for run in _letter_runs(name) if not run.isascii())
        return False

    assert _may_hold(texts, names) == any(shares(t, n) for t in texts for n in names)


def _first_year(text: str) -> str | None:
    """The reference: the first run of exactly four ASCII digits that reads as a year 1800-2199, or a compact
    date at the start (a year, a month 01-12 and a day 01-31, then anything)."""
    runs = ["".join(g) for digits, g in itertools.groupby(text, lambda c: "0" <= c <= "9") if digits]
    head = runs[0] if runs and text.startswith(runs[0]) else ""
    if len(head) >= 8 and "1800" <= head[:4] <= "2199" and 1 <= int(head[4:6]) <= 12 and 1 <= int(head[6:8]) <= 31:
        return head[:4]
    return next((run for run in runs if len(run) == 4 and "1800" <= run <= "2199"), None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0121899-/ a\u0661", max_size=16))
def test_a_generalised_date_keeps_its_first_year(text: str) -> None:
    assert _year(text) == _first_year(text)


def test_the_latin_part_of_a_keyed_name_partly_in_cjk_is_found_again_in_ascii_text() -> None:
    notes = ["Zorbuk", "re Zorbuk", "Zorbuk - refill"]
    out = mask_json({"name": "Zorbuk 李明", "notes": notes}, SAFE_HARBOR).value
    assert out["notes"] == ["[NAME]", "re [NAME]", "[NAME] - refill"]


_TEXTS = st.sampled_from(["", " ", "N", "%", "4548-4", "HbA1c-3", "Ana da Silva", "123-45-6789", "call 617-555-0199",
                          " [1, 2]", "{oops", "1950-03-05"])
_SCALARS = st.one_of(_TEXTS, _TEXTS, st.sampled_from([None, True, 3, 5.4, 1e300]))
_ROW_KEYS = st.sampled_from(["lab", "value", "flag", "note", "code", "ssn", "name", "alice@example.com"])


def _rows(depth: int) -> st.SearchStrategy[object]:
    """Documents of rows (lists of objects) at a few depths, some rows or texts holding JSON of their own."""
    leaf = _SCALARS if depth == 0 else st.one_of(_SCALARS, st.deferred(lambda: _rows(depth - 1)))
    row = st.dictionaries(_ROW_KEYS, leaf, max_size=4)
    return st.one_of(st.lists(st.one_of(row, leaf), max_size=4), row, row.map(json.dumps),
                     st.lists(row, max_size=3).map(json.dumps))


@settings(max_examples=400, deadline=None)
@given(_rows(2))
def test_the_pre_check_never_changes_what_masking_returns(doc: object) -> None:
    """The shortcut for a document with nothing to mask returns exactly what the full walk would."""
    from extproc.phi import mask as M

    quick = mask_json(doc, SAFE_HARBOR)
    original = M._Masker._quick
    M._Masker._quick = lambda self, value, texts, depth: False  # type: ignore[method-assign]
    try:
        full = mask_json(doc, SAFE_HARBOR)
    finally:
        M._Masker._quick = original  # type: ignore[method-assign]
    assert (quick.value, quick.changed, quick.counts, quick.paths) == (full.value, full.changed, full.counts,
                                                                        full.paths)


def test_an_x12_loop_written_as_json_is_masked_when_no_text_in_it_reads_as_an_identifier() -> None:
    # "EZE" and "QWERTY" are in no name list: only their positions say they are a name (no quick-scan shortcut)
    result = mask_json({"loop2010BA": {"NM1": ["IL", "1", "EZE", "QWERTY"], "N4": ["QWERTVILLE"]}}, SAFE_HARBOR)
    assert result.value["loop2010BA"] == {"NM1": ["IL", "1", "[NAME]", "[NAME]"], "N4": ["[CITY]"]}


@pytest.mark.parametrize("loop", [{"nm1": ["IL", "1", "EZE", "QWERTY"]}, {"NM1_IL": ["IL", "1", "EZE", "QWERTY"]}])
def test_an_x12_loop_whose_keys_are_lower_case_or_qualified_only_is_read_by_position(loop: dict) -> None:
    (key,) = loop
    assert mask_json({"loop": loop}, SAFE_HARBOR).value == {"loop": {key: ["IL", "1", "[NAME]", "[NAME]"]}}
