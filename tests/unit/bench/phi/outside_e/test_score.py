"""The leak rule: what counts as an identifier still readable, and the oracle that removes exactly the plants."""

from bench.phi.outside_e.plant import DIGITS, NAME, TEXT, Keep, Plant
from bench.phi.outside_e.score import Seen, gather, keep_lost, oracle


def _name(*parts: str, surface: str) -> Plant:
    return Plant("name", NAME, parts, surfaces=[surface])


def test_a_name_part_leaks_as_a_whole_word_in_any_case() -> None:
    plant = _name("Rose", "Baker", surface="Rose Baker")
    assert Seen({"note": "seen by BAKER today"}).has(plant)
    assert Seen(["rose's chart"]).has(plant)
    assert not Seen(["Bakery visit, roses"]).has(plant)
    assert Seen(["HERR WEISS"]).has(_name("Weiß", surface="Weiß"))


def test_digits_leak_across_separators_but_not_partly() -> None:
    phone = Plant("phone", DIGITS, ("6175550123",), surfaces=["(617) 555-0123"])
    assert Seen(["call 617.555.0123"]).has(phone)
    assert Seen(["+1 (617) 555 0123"]).has(phone)
    assert not Seen(["call 617-555-[PHONE]"]).has(phone)


def test_a_date_keeping_only_its_year_does_not_leak() -> None:
    dob = Plant("date", TEXT, ("03/14",), surfaces=["03/14/1957"])
    assert Seen(["DOB 03/14/1957"]).has(dob)
    assert not Seen(["DOB 1957"]).has(dob)
    assert not Seen(["2003/145"]).has(dob)


def test_json_inside_text_is_read_decoded() -> None:
    assert gather({"text": '{"ptNm": "Ana Lima", "n": 92}'}) == ["text", "ptNm", "Ana Lima", "n", "92"]


def test_the_oracle_removes_the_surfaces_and_nothing_else() -> None:
    plant = _name("Hope", "Stone", surface="Hope Stone")
    age = Plant("age", TEXT, ("92",), surfaces=["92"])
    doc = {"Hope Stone": {"age": 92, "note": "Hope Stone is hopeful; Stoneware, 920 mg"}}
    masked = oracle(doc, [plant, age])
    seen = Seen(masked)
    assert not seen.has(plant) and not seen.has(age)
    assert "is hopeful; Stoneware, 920 mg" in seen.joined


def test_a_kept_term_is_lost_when_it_occurs_less_often() -> None:
    keep = Keep("drug", "metformin 500 mg")
    before = Seen(["metformin 500 mg bid", "metformin 500 mg"])
    assert keep_lost(before, Seen(["metformin 500 mg bid", "[DRUG]"]), keep)
    assert not keep_lost(before, before, keep)


def test_a_placeholder_the_masker_wrote_is_not_read_as_a_name() -> None:
    plant = _name("Mark", "Case", surface="Mark Case")
    original = "Mark Case seen; [ARM] is the study arm"
    assert not Seen(["[MARK] seen; [ARM] is the study arm", "<CASE_1>"], original).has(plant)
    assert Seen(["[MARK] seen; [ARM] is the study arm", "Case"], original).has(plant)
    assert Seen(["[MARK] seen", "[CASE]"], "Mark Case seen; [CASE] kept").has(plant)
