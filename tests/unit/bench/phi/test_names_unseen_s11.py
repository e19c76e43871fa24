"""Banks 27 and 28 draw hand-written names nobody has scored, and their gold spans point at those names."""

import re

from bench.phi import names_unseen_closing10 as Y
from bench.phi import names_unseen_ending as E
from bench.phi import names_unseen_final as Z
from bench.phi import names_unseen_s11 as N
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

EARLIER_FILES = (
    "final_names.txt",
    "closing_names.txt",
    "ending_names.txt",
    "late_names.txt",
    "sealed_names.txt",
    "closing10_names.txt",
)


def _english(filename: str) -> dict[str, set[str]]:
    """A hand-written file's English word-names, case-folded, by list (``english 27``, ``english 28``)."""
    return {
        source: {e.casefold() for group in roles.values() for e in group}
        for source, roles in Z.written(filename).items()
        if source.startswith(N.ENGLISH)
    }


def test_the_file_holds_enough_names_per_culture_and_english_word_names():
    the_file_holds_enough_names(N, "s11_names.txt", per_list=16, english_given=160, english_family=130)


def test_the_english_words_are_none_of_banks_15_to_26_and_the_two_banks_share_none():
    earlier = set().union(*(words for f in EARLIER_FILES for words in _english(f).values()))
    ours = _english("s11_names.txt")
    assert set(ours) == {"english 27", "english 28"}
    assert all(len(words) >= 40 for words in ours.values())
    assert not ours["english 27"] & ours["english 28"]
    assert not (ours["english 27"] | ours["english 28"]) & earlier


def test_no_entry_shares_a_part_with_the_shipped_data_an_earlier_bank_or_the_other_bank():
    assert {(Y.pool, 25), (Y.pool, 26)} <= set(N.EARLIER) and set(Y.EARLIER) <= set(N.EARLIER)
    later = frozenset().union(*(pool(number).entries for pool, number in N.EARLIER))
    no_entry_shares_a_part(E._before(max(E.SOURCES)), later, N.s11_pool(27), N.s11_pool(28))


def test_a_bank_added_to_the_earlier_ones_is_dropped_too(monkeypatch):
    a_bank_added_to_the_earlier_ones_is_dropped(N, N.s11_pool, 27, "manx", 26, monkeypatch)


def test_every_language_keeps_enough_names_and_the_lists_are_sorted():
    every_language_keeps_enough_names_in_sorted_lists(N, N.s11_pool)


def test_three_hundred_documents_with_name_free_ones_english_words_and_the_asked_for_classes():
    wanted = {
        27: {
            "native script",
            "titled",
            "possessive",
            "parentheses",
            "middle initial",
            "initial",
            "upper case",
            "lower case",
            "in quotes",
            "inverted",
            "alone on a line",
            "key value",
        },
        28: {
            "native script",
            "upper case",
            "lower case",
            "inverted",
            "middle initial",
            "in quotes",
            "key value",
            "csv row",
            "semicolon list",
            "slash list",
            "parentheses",
            "possessive",
            "alone on a line",
            "delimited field",
            "attribute",
            "log field",
            "chat nick",
        },
    }
    documents_hold_name_free_ones_english_words_and_the_classes(N, wanted, least_names=1500)


def test_a_name_after_a_title_of_the_banks_communities_is_titled():
    for bank in N.SOURCES:
        after_title = 0
        for document in N.samples(bank):
            for (start, _, kind), tags in zip(document.gold, document.tags, strict=True):
                if kind == K.NAME and document.text[:start].endswith(tuple(f"{t} " for t in N.CULTURAL_TITLES)):
                    assert "titled" in tags and "no title" not in tags
                    after_title += 1
        assert after_title > 10


def test_bank_27_writes_several_sentences_and_bank_28_one_snippet_a_line():
    notes = {bank: [d for d in N.samples(bank) if d.category == "note"] for bank in N.SOURCES}
    assert all(len(re.findall(r"[.?!](?:\s|$)", d.text)) >= 3 for d in notes[27])
    assert notes[28] and all(d.text.count("\n") >= 3 for d in notes[28])
    assert all(line == line.strip() or line.startswith("  ") for d in notes[28] for line in d.text.splitlines())


def test_some_names_are_written_family_name_first_in_a_register_that_says_so():
    family_first = 0
    for document in N.samples(27):
        names = [document.text[s:e] for s, e, k in document.gold if k == K.NAME]
        family_first += "(family name first, as on the ID card)" in document.text and len(names) >= 2
    assert family_first > 0


def test_field_classes_add_a_log_field_and_a_chat_nick_to_bank_26_s():
    text = 'ts=1 user=Bo name="Cy Dy"\n<Ez> hi Fa\nsaw <Gu> today\n<given>Hy</given>'
    spans = {name: text.index(name) for name in ("Bo", "Cy", "Dy", "Ez", "Fa", "Gu", "Hy")}
    classes = {name: N._field_classes(text, at, at + len(name)) for name, at in spans.items()}
    assert classes["Bo"] == {"log field"}
    assert classes["Cy"] == {"log field", "attribute"}
    assert classes["Ez"] == {"chat nick"}
    assert classes["Dy"] == classes["Fa"] == classes["Gu"] == set()
    assert classes["Hy"] == {"delimited field"}


def test_name_free_documents_use_the_english_names_as_words_and_no_other_name():
    name_free_documents_use_only_english_names(N, N.s11_pool)


def test_gold_spans_are_exactly_the_bank_s_own_names_in_one_script():
    gold_spans_are_the_bank_s_own_names_in_one_script(N, N.s11_pool)


def test_the_same_seed_draws_the_same_documents():
    the_same_seed_draws_the_same_documents(N, N.s11_pool, 28)


def test_sentences_in_a_language_are_kept_for_its_own_patients_with_a_title_of_the_relative_s_sex():
    assert N._templates(27, N.ENGLISH, "f") is N.BANKS[27]
    friulian = {sex: set(N._templates(27, "friulian", sex).body) for sex in "fm"}
    assert any("Agne {R.given}" in t for t in friulian["f"]) and not any("Barbe" in t for t in friulian["f"])
    assert any("Barbe {R.given}" in t for t in friulian["m"])
    assert not {t for group in friulian.values() for t in group if "{Rt}" in t}
    guarani = N._templates(28, "guarani", "m")
    assert any(t.startswith("Karai {R.given}") for t in guarani.body)
    assert set(N.TWENTY_EIGHTH_LOCAL["guarani"].closings) <= set(guarani.closings)


def test_each_bank_records_its_first_run():
    assert set(N.FIRST_RUNS) == set(N.SOURCES) == set(N.STYLES)
    assert all(re.search(r"first run.*recall \d\.\d{3}", run) for run in N.FIRST_RUNS.values())
