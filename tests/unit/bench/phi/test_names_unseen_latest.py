"""Banks 21 and 22 draw hand-written names nobody has scored, and their gold spans point at those names."""

from bench.phi import names_unseen_ending as E
from bench.phi import names_unseen_final as Z
from bench.phi import names_unseen_latest as L
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
    the_file_holds_enough_names(L, "late_names.txt", per_list=30, english_given=200, english_family=140)


def test_no_entry_shares_a_part_with_the_shipped_data_an_earlier_bank_or_the_other_bank():
    no_entry_shares_a_part(
        E._before(max(E.SOURCES)), E.ending_pool(max(E.SOURCES)).entries, L.latest_pool(21), L.latest_pool(22)
    )


def test_every_language_keeps_enough_names_in_each_script_and_the_lists_are_sorted():
    every_language_keeps_enough_names_in_sorted_lists(L, L.latest_pool)
    for language in ("sakha", "buryat", "sinhala"):
        lists = [*(L.latest_pool(21).given[(language, s)] for s in "fm"), L.latest_pool(21).family[(language, "f")]]
        assert all(sum(map(Z._non_latin, "".join(group))) for group in lists), language


def test_three_hundred_documents_with_name_free_ones_english_words_and_the_asked_for_classes():
    wanted = {
        21: {"native script", "titled", "possessive", "parentheses", "middle initial", "inverted", "upper case"},
        22: {
            "upper case",
            "lower case",
            "inverted",
            "middle initial",
            "segment field",
            "calendar property",
            "log key",
            "tab cell",
            "chat nick",
            "form field",
            "bullet",
            "possessive",
            "alone on a line",
        },
    }
    documents_hold_name_free_ones_english_words_and_the_classes(L, wanted, least_names=1000)


def test_segment_classes_are_read_off_the_name_s_own_line():
    text = 'PID|1||||Ab^Cd||x\nATTENDEE;CN=Ef Gh\nuser=Ij patient="Kl Mn"\nname\tOp Qr\n<St> hi\n[x] Uv Wx\nYz ate'
    names = ("Ab", "Cd", "Ef Gh", "Ij", "Kl Mn", "Op Qr", "St", "Uv Wx", "Yz")
    classes = {n: L._segment_classes(text, text.index(n), text.index(n) + len(n)) for n in names}
    assert classes["Ab"] == classes["Cd"] == {"segment field"}
    assert classes["Ef Gh"] == {"calendar property"}
    assert classes["Ij"] == classes["Kl Mn"] == {"log key"}
    assert classes["Op Qr"] == {"tab cell"}
    assert classes["St"] == {"chat nick"}
    assert classes["Uv Wx"] == {"form field"}
    assert classes["Yz"] == set()


def test_name_free_documents_use_the_english_names_as_words_and_no_other_name():
    name_free_documents_use_only_english_names(L, L.latest_pool)


def test_gold_spans_are_exactly_the_bank_s_own_names_in_one_script():
    gold_spans_are_the_bank_s_own_names_in_one_script(L, L.latest_pool)


def test_the_same_seed_draws_the_same_documents():
    the_same_seed_draws_the_same_documents(L, L.latest_pool, 22)


def test_sentences_in_a_language_are_kept_for_its_own_patients_with_a_title_of_the_relative_s_sex():
    assert L._templates(21, L.ENGLISH, "f") is L.BANKS[21]
    shona = {sex: set(L._templates(21, "shona", sex).body) for sex in "fm"}
    assert any(t.startswith("Mbuya {R.given}") for t in shona["f"]) and not any("Sekuru" in t for t in shona["f"])
    assert any(t.startswith("Sekuru {R.given}") for t in shona["m"])
    assert not {t for group in shona.values() for t in group if "{Rt}" in t}
    kiche = L._templates(22, "k'iche'", "m")
    assert set(L.TWENTY_SECOND_LOCAL["k'iche'"].closings) <= set(kiche.closings)
