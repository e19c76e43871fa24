"""Banks 19 and 20 draw hand-written names nobody has scored, and their gold spans point at those names."""

from bench.phi import names_unseen_closing as X
from bench.phi import names_unseen_ending as E
from tests.unit.bench.phi.bank_checks import (
    documents_hold_name_free_ones_english_words_and_the_classes,
    every_language_keeps_enough_names_in_sorted_lists,
    gold_spans_are_the_bank_s_own_names_in_one_script,
    name_free_documents_use_only_english_names,
    no_entry_shares_a_part,
    the_file_holds_enough_names,
    the_same_seed_draws_the_same_documents,
)


def test_the_file_holds_enough_names_per_culture_and_english_word_names():
    the_file_holds_enough_names(E, "ending_names.txt", per_list=20, english_given=200, english_family=200)


def test_no_entry_shares_a_part_with_the_shipped_data_an_earlier_bank_or_the_other_bank():
    no_entry_shares_a_part(
        X._before(max(X.SOURCES)), X.closing_pool(max(X.SOURCES)).entries, E.ending_pool(19), E.ending_pool(20)
    )


def test_every_language_keeps_enough_names_and_the_lists_are_sorted():
    every_language_keeps_enough_names_in_sorted_lists(E, E.ending_pool)


def test_three_hundred_documents_with_name_free_ones_english_words_and_the_asked_for_classes():
    wanted = {
        19: {"native script", "titled", "possessive", "parentheses", "middle initial", "key value", "particle"},
        20: {
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
        },
    }
    documents_hold_name_free_ones_english_words_and_the_classes(E, wanted, least_names=1000)


def test_snippet_classes_are_read_off_the_name_s_own_line():
    text = 'On call: Ana Bo; Cy Do\npatient: Ed Fa\n| nurse | Gu Ha |\n"Ask Io," she said\nnote by Ju: Ka ate'
    spans = {name: text.index(name) for name in ("Ana Bo", "Cy Do", "Ed Fa", "Gu Ha", "Io", "Ka")}
    classes = {name: E._snippet_classes(text, at, at + len(name)) for name, at in spans.items()}
    assert classes["Ana Bo"] == classes["Cy Do"] == {"semicolon list"}
    assert classes["Ed Fa"] == {"key value"}
    assert classes["Gu Ha"] == {"table cell"}
    assert classes["Io"] == {"in quotes"}
    assert classes["Ka"] == set()  # a sentence's colon is no key


def test_name_free_documents_use_the_english_names_as_words_and_no_other_name():
    name_free_documents_use_only_english_names(E, E.ending_pool)


def test_gold_spans_are_exactly_the_bank_s_own_names_in_one_script():
    gold_spans_are_the_bank_s_own_names_in_one_script(E, E.ending_pool)


def test_the_same_seed_draws_the_same_documents():
    the_same_seed_draws_the_same_documents(E, E.ending_pool, 20)


def test_sentences_in_a_language_are_kept_for_its_own_patients_with_a_title_of_the_relative_s_sex():
    assert E._templates(19, E.ENGLISH, "f") is E.BANKS[19]
    afrikaans = {sex: set(E._templates(19, "afrikaans", sex).body) for sex in "fm"}
    assert any(t.startswith("Tannie {R.given}") for t in afrikaans["f"]) and not any("Oom" in t for t in afrikaans["f"])
    assert any(t.startswith("Oom {R.given}") for t in afrikaans["m"])
    assert not {t for group in afrikaans.values() for t in group if "{Rt}" in t}
    cajun = E._templates(20, "cajun", "f")
    assert set(E.TWENTIETH_LOCAL["cajun"].closings) <= set(cajun.closings)
