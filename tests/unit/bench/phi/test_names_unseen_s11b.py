"""Banks 29 and 30 draw hand-written names nobody has scored, and their gold spans point at those names."""

import re
from pathlib import Path

from bench.phi import names_fresh as F
from bench.phi import names_unseen as U
from bench.phi import names_unseen_ending as E
from bench.phi import names_unseen_final as Z
from bench.phi import names_unseen_last as L
from bench.phi import names_unseen_s11 as N
from bench.phi import names_unseen_s11b as M
from extproc.phi import kinds as K
from tests.unit.bench.phi.bank_checks import (
    a_bank_added_to_the_earlier_ones_is_dropped,
    documents_hold_name_free_ones_english_words_and_the_classes,
    every_language_keeps_enough_names_in_sorted_lists,
    gold_spans_are_the_bank_s_own_names_in_one_script,
    name_free_documents_use_only_english_names,
    no_entry_shares_a_part,
    the_file_holds_enough_names,
    the_same_seed_draws_the_same_documents,
)

DATA = Path(M.__file__).parent / "data"
OURS = "s11b_names.txt"
EARLIER_FILES = tuple(sorted(p.name for p in DATA.glob("*_names.txt") if p.name != OURS))


def _english(filename: str) -> dict[str, set[str]]:
    """A hand-written file's English word-names, case-folded, by list (``english 29``, ``english 30``)."""
    return {
        source: {e.casefold() for group in roles.values() for e in group}
        for source, roles in Z.written(filename).items()
        if source.startswith(M.ENGLISH)
    }


def _languages(filename: str) -> set[str]:
    """The languages of a list file in either form (``language|role|entries`` or ``language|given|family``)."""
    lines = (DATA / filename).read_text(encoding="utf-8").splitlines()
    return {line.split("|")[0].casefold() for line in lines if "|" in line and not line.startswith("#")}


def test_the_file_holds_enough_names_per_culture_and_english_word_names():
    the_file_holds_enough_names(M, OURS, per_list=16, english_given=160, english_family=120)


def test_the_cultures_are_none_an_earlier_bank_or_list_drew():
    ours = {s for sources in M.SOURCES.values() for s in sources if not s.startswith(M.ENGLISH)}
    assert len(ours) == 16 and all(len(s) == 9 for s in M.SOURCES.values())
    earlier = set().union(*(_languages(f) for f in EARLIER_FILES))
    earlier |= set(F.LOCALES) | {lang for bank in U.SOURCES.values() for lang in bank}
    earlier |= {lang for bank in L.SOURCES.values() for lang in bank}
    assert "ladino" in earlier and "kurdish" in earlier and "dinka" in earlier
    assert not ours & earlier


def test_the_english_words_are_in_no_earlier_file_and_the_two_banks_share_none():
    earlier = set().union(*(words for f in EARLIER_FILES for words in _english(f).values()))
    ours = _english(OURS)
    assert set(ours) == {"english 29", "english 30"}
    assert all(len(words) >= 40 for words in ours.values())
    assert not ours["english 29"] & ours["english 30"]
    assert not (ours["english 29"] | ours["english 30"]) & earlier


def test_no_entry_shares_a_part_with_the_shipped_data_an_earlier_bank_or_the_other_bank():
    assert {(N.pool, 27), (N.pool, 28)} <= set(M.EARLIER) and set(N.EARLIER) <= set(M.EARLIER)
    later = frozenset().union(*(pool(number).entries for pool, number in M.EARLIER))
    no_entry_shares_a_part(E._before(max(E.SOURCES)), later, M.s11b_pool(29), M.s11b_pool(30))


def test_a_bank_added_to_the_earlier_ones_is_dropped_too(monkeypatch):
    a_bank_added_to_the_earlier_ones_is_dropped(M, M.s11b_pool, 29, "luganda", 28, monkeypatch)


def test_every_language_keeps_enough_names_and_the_lists_are_sorted():
    every_language_keeps_enough_names_in_sorted_lists(M, M.s11b_pool)


def test_three_hundred_documents_with_name_free_ones_english_words_and_the_asked_for_classes():
    shared = {
        "titled",
        "possessive",
        "parentheses",
        "middle initial",
        "upper case",
        "lower case",
        "in quotes",
        "inverted",
        "alone on a line",
        "key value",
        "semicolon list",
    }
    wanted = {
        29: shared | {"native script", "initial", "later mention", "sentence start"},
        30: shared | {"csv row", "slash list", "delimited field", "attribute", "log field"},
    }
    documents_hold_name_free_ones_english_words_and_the_classes(M, wanted, least_names=1500)


def test_a_name_after_a_title_of_the_banks_communities_is_titled():
    for bank in M.SOURCES:
        after_title = 0
        for document in M.samples(bank):
            for (start, _, kind), tags in zip(document.gold, document.tags, strict=True):
                if kind == K.NAME and document.text[:start].endswith(tuple(f"{t} " for t in M.CULTURAL_TITLES)):
                    assert "titled" in tags and "no title" not in tags
                    after_title += 1
        assert after_title > 10


def test_bank_29_writes_several_sentences_and_bank_30_one_snippet_a_line():
    notes = {bank: [d for d in M.samples(bank) if d.category == "note"] for bank in M.SOURCES}
    assert all(len(re.findall(r"[.?!][\"”]?(?:\s|$)", d.text)) >= 3 for d in notes[29])
    assert notes[30] and all(d.text.count("\n") >= 3 for d in notes[30])
    assert all(line == line.strip() or line.startswith("  ") for d in notes[30] for line in d.text.splitlines())


def test_a_register_that_says_so_writes_the_family_name_first():
    pool = M.s11b_pool(29)
    family = {e for group in pool.family.values() for e in group}
    given = {e for group in pool.given.values() for e in group}
    seen = 0
    for document in M.samples(29):
        names = {s: document.text[s:e] for s, e, k in document.gold if k == K.NAME}
        for match in re.finditer(r"\(surname first\): ", document.text):
            first = names[match.end()]
            assert first in family and names[match.end() + len(first) + 1] in given
            seen += 1
    assert seen > 0


def test_name_free_documents_use_the_english_names_as_words_and_no_other_name():
    name_free_documents_use_only_english_names(M, M.s11b_pool)


def test_gold_spans_are_exactly_the_bank_s_own_names_in_one_script():
    gold_spans_are_the_bank_s_own_names_in_one_script(M, M.s11b_pool)


def test_the_same_seed_draws_the_same_documents():
    the_same_seed_draws_the_same_documents(M, M.s11b_pool, 30)


def test_sentences_in_a_language_are_kept_for_its_own_patients_with_a_title_of_the_relative_s_sex():
    assert M._templates(29, M.ENGLISH, "f") is M.BANKS[29]
    luganda = {sex: set(M._templates(29, "luganda", sex).body) for sex in "fm"}
    assert any("Ssenga {R.given}" in t for t in luganda["f"]) and not any("Kojja" in t for t in luganda["f"])
    assert any("Kojja {R.given}" in t for t in luganda["m"])
    assert not {t for group in luganda.values() for t in group if "{Rt}" in t}
    kiribati = M._templates(30, "kiribati", "m")
    assert any(t.startswith("Ten {R.given}") for t in kiribati.body)
    assert set(M.THIRTIETH_LOCAL["kiribati"].closings) <= set(kiribati.closings)
    assert not set(M.THIRTIETH_LOCAL["kiribati"].closings) & set(M._templates(30, "tsonga", "m").closings)


def test_each_bank_records_its_first_run_or_that_it_is_sealed_until_then():
    assert set(M.FIRST_RUNS) == set(M.SOURCES) == set(M.STYLES)
    for run in M.FIRST_RUNS.values():
        assert re.search(r"first run.*recall \d\.\d{3}", run) or run.endswith("sealed until its first run")
