"""Banks 25 and 26 draw hand-written names nobody has scored, and their gold spans point at those names."""

from bench.phi import names_unseen_closing10 as N
from bench.phi import names_unseen_ending as E
from bench.phi import names_unseen_final as Z
from bench.phi import names_unseen_sealed as S
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


def test_the_file_holds_enough_names_per_culture_and_english_word_names():
    the_file_holds_enough_names(N, "closing10_names.txt", per_list=30, english_given=250, english_family=150)


def test_the_english_words_are_none_of_banks_15_to_24():
    earlier_files = ("final_names.txt", "closing_names.txt", "ending_names.txt", "late_names.txt", "sealed_names.txt")
    earlier = {
        e.casefold()
        for filename in earlier_files
        for source, roles in Z.written(filename).items()
        if source.startswith(N.ENGLISH)
        for group in roles.values()
        for e in group
    }
    ours = {
        e.casefold()
        for source, roles in Z.written("closing10_names.txt").items()
        if source.startswith(N.ENGLISH)
        for group in roles.values()
        for e in group
    }
    assert ours and not ours & earlier


def test_no_entry_shares_a_part_with_the_shipped_data_an_earlier_bank_or_the_other_bank():
    assert {(S.pool, 23), (S.pool, 24)} <= set(N.EARLIER)
    later = frozenset().union(*(pool(number).entries for pool, number in N.EARLIER))
    no_entry_shares_a_part(E._before(max(E.SOURCES)), later, N.closing10_pool(25), N.closing10_pool(26))


def test_a_bank_added_to_the_earlier_ones_is_dropped_too(monkeypatch):
    a_bank_added_to_the_earlier_ones_is_dropped(N, N.closing10_pool, 25, "mizo", 24, monkeypatch)


def test_every_language_keeps_enough_names_and_the_lists_are_sorted():
    every_language_keeps_enough_names_in_sorted_lists(N, N.closing10_pool)


def test_three_hundred_documents_with_name_free_ones_english_words_and_the_asked_for_classes():
    wanted = {
        25: {
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
        },
        26: {
            "native script",
            "upper case",
            "lower case",
            "inverted",
            "middle initial",
            "in quotes",
            "key value",
            "table cell",
            "csv row",
            "bullet",
            "semicolon list",
            "slash list",
            "parentheses",
            "sentence start",
            "alone on a line",
            "delimited field",
            "attribute",
        },
    }
    documents_hold_name_free_ones_english_words_and_the_classes(N, wanted, least_names=1500)


def test_a_name_after_a_title_of_the_banks_communities_is_titled():
    after_title = 0
    for document in N.samples(25):
        for (start, _, kind), tags in zip(document.gold, document.tags, strict=True):
            if kind == K.NAME and document.text[:start].endswith(tuple(f"{t} " for t in N.CULTURAL_TITLES)):
                assert "titled" in tags and "no title" not in tags
                after_title += 1
    assert after_title > 10


def test_bank_26_puts_one_snippet_on_each_line():
    notes = [d for d in N.samples(26) if d.category == "note"]
    assert notes and all(d.text.count("\n") >= 3 for d in notes)
    assert all(line == line.strip() or line.startswith("  ") for d in notes for line in d.text.splitlines())


def test_field_classes_add_a_name_between_xml_tags_to_bank_24_s():
    text = "<given>Bo</given>\nGT1|1||Cy^Dy\n<x>Ez more</x>\nsaw Fa today"
    spans = {name: text.index(name) for name in ("Bo", "Cy", "Dy", "Ez", "Fa")}
    classes = {name: N._field_classes(text, at, at + len(name)) for name, at in spans.items()}
    assert classes["Bo"] == classes["Cy"] == classes["Dy"] == {"delimited field"}
    assert classes["Ez"] == classes["Fa"] == set()


def test_name_free_documents_use_the_english_names_as_words_and_no_other_name():
    name_free_documents_use_only_english_names(N, N.closing10_pool)


def test_gold_spans_are_exactly_the_bank_s_own_names_in_one_script():
    gold_spans_are_the_bank_s_own_names_in_one_script(N, N.closing10_pool)


def test_the_same_seed_draws_the_same_documents():
    the_same_seed_draws_the_same_documents(N, N.closing10_pool, 26)


def test_sentences_in_a_language_are_kept_for_its_own_patients_with_a_title_of_the_relative_s_sex():
    assert N._templates(25, N.ENGLISH, "f") is N.BANKS[25]
    ilocano = {sex: set(N._templates(25, "ilocano", sex).body) for sex in "fm"}
    assert any("Manang {R.given}" in t for t in ilocano["f"]) and not any("Manong" in t for t in ilocano["f"])
    assert any("Manong {R.given}" in t for t in ilocano["m"])
    assert not {t for group in ilocano.values() for t in group if "{Rt}" in t}
    garifuna = N._templates(26, "garifuna", "m")
    assert any(t.startswith("Tío {R.given}") for t in garifuna.body)
    assert set(N.TWENTY_SIXTH_LOCAL["garifuna"].closings) <= set(garifuna.closings)
