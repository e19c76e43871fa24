"""The leak rule reads what a reader of the masked result could still read, and no more."""

from __future__ import annotations

import json

from bench.phi.outside_kit.plant import Doc, Planted
from bench.phi.outside_kit.score import judge, oracle


def _leaks(item: Planted, masked) -> bool:
    doc = Doc("t", masked, [item], [])
    return judge(doc, masked, 0.0, 0).leaks[0]


def test_a_name_leaks_when_any_part_of_three_letters_survives_as_a_word_in_any_case() -> None:
    name = Planted("NAME", "Rose Q. Baker", english=True)
    assert _leaks(name, {"text": "seen: [NAME] baker"})
    assert not _leaks(name, {"text": "seen by Dr. Bakerson, Q. noted"})
    assert _leaks(Planted("NAME", "Vũ"), "Mr. Vũ called")


def test_a_number_leaks_by_its_digits_whatever_the_separators() -> None:
    phone = Planted("PHONE", "(617) 555-0142")
    assert _leaks(phone, "call 617.555.0142")
    assert _leaks(phone, "+1 6175550142")
    assert not _leaks(phone, "call [PHONE]")


def test_a_date_leaks_by_month_and_day_but_its_year_may_stay() -> None:
    date = Planted("DATE", "03/14/1952", probe=r"(?<!\d)0?3[/.-]0?14(?!\d)")
    assert _leaks(date, "DOB 3/14/[YEAR]")
    assert not _leaks(date, "DOB [DATE] 1952")


def test_json_written_inside_text_is_read_after_decoding() -> None:
    inner = '{"mrn": "\\u00451234567"}'  # the E written as a JSON escape
    assert _leaks(Planted("MRN", "E1234567"), {"text": json.dumps({"payload": inner})})


def test_the_oracle_keeps_two_keys_masked_alike_as_two_entries() -> None:
    doc = Doc("t", {"E1234567": 1, "E7654321": 2}, [Planted("MRN", "E1234567"), Planted("MRN", "E7654321")], [])
    assert sorted(oracle(doc).values()) == [1, 2]
