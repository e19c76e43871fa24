"""Banks 23 and 24 draw hand-written names nobody has scored, and their gold spans point at those names."""

from bench.phi import names_unseen_ending as E
from bench.phi import names_unseen_final as Z
from bench.phi import names_unseen_sealed as S
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
    the_file_holds_enough_names(S, "sealed_names.txt", per_list=25, english_given=250, english_family=150)


def test_the_english_words_are_none_of_banks_15_to_20():
    earlier = {
        e.casefold()
        for filename in ("final_names.txt", "closing_names.txt", "ending_names.txt")
        for source, roles in Z.written(filename).items()
        if source.startswith(S.ENGLISH)
        for group in roles.values()
        for e in group
    }
    ours = {
        e.casefold()
        for source, roles in Z.written("sealed_names.txt").items()
        if source.startswith(S.ENGLISH)
        for group in roles.values()
        for e in group
    }
    assert not ours & earlier


def test_no_entry_shares_a_part_with_the_shipped_data_an_earlier_bank_or_the_other_bank():
    no_entry_shares_a_part(E._before(max(E.SOURCES)), E.ending_pool(20).entries, S.sealed_pool(23), S.sealed_pool(24))


def test_a_bank_added_to_the_earlier_ones_is_dropped_too(monkeypatch):
    a_bank_added_to_the_earlier_ones_is_dropped(S, S.sealed_pool, 23, "hausa", 21, monkeypatch)


def test_every_language_keeps_enough_names_and_the_lists_are_sorted():
    every_language_keeps_enough_names_in_sorted_lists(S, S.sealed_pool)


def test_three_hundred_documents_with_name_free_ones_english_words_and_the_asked_for_classes():
    wanted = {
        23: {
            "native script",
            "titled",
            "possessive",
            "parentheses",
            "middle initial",
            "initial",
            "key value",
            "upper case",
            "lower case",
            "in quotes",
        },
        24: {
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
    documents_hold_name_free_ones_english_words_and_the_classes(S, wanted, least_names=1500)


def test_bank_24_puts_one_snippet_on_each_line():
    notes = [d for d in S.samples(24) if d.category == "note"]
    assert notes and all(d.text.count("\n") >= 3 for d in notes)
    assert all(line == line.strip() for d in notes for line in d.text.splitlines())


def test_field_classes_are_read_off_the_delimiters_around_a_name():
    text = 'PID|1||||Bo^Cy||\nNM1*IL*1*Dy*Ez~\nATTENDEE;CN=Fa Gu:MAILTO:x\nname="Ha"\nsaw Io today'
    spans = {name: text.index(name) for name in ("Bo", "Cy", "Dy", "Ez", "Fa Gu", "Ha", "Io")}
    classes = {name: S._field_classes(text, at, at + len(name)) for name, at in spans.items()}
    assert classes["Bo"] == classes["Cy"] == classes["Dy"] == classes["Ez"] == {"delimited field"}
    assert classes["Fa Gu"] == classes["Ha"] == {"attribute"}
    assert classes["Io"] == set()


def test_name_free_documents_use_the_english_names_as_words_and_no_other_name():
    name_free_documents_use_only_english_names(S, S.sealed_pool)


def test_gold_spans_are_exactly_the_bank_s_own_names_in_one_script():
    gold_spans_are_the_bank_s_own_names_in_one_script(S, S.sealed_pool)


def test_the_same_seed_draws_the_same_documents():
    the_same_seed_draws_the_same_documents(S, S.sealed_pool, 24)


def test_sentences_in_a_language_are_kept_for_its_own_patients_with_a_title_of_the_relative_s_sex():
    assert S._templates(23, S.ENGLISH, "f") is S.BANKS[23]
    hausa = {sex: set(S._templates(23, "hausa", sex).body) for sex in "fm"}
    assert any("Hajiya {R.given}" in t for t in hausa["f"]) and not any("Alhaji" in t for t in hausa["f"])
    assert any("Alhaji {R.given}" in t for t in hausa["m"])
    assert not {t for group in hausa.values() for t in group if "{Rt}" in t}
    haitian = S._templates(24, "haitian", "m")
    assert any(t.startswith("Tonton {R.given}") for t in haitian.body)
    assert set(S.TWENTY_FOURTH_LOCAL["haitian"].closings) <= set(haitian.closings)
