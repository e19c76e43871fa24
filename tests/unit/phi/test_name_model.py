"""The name-likeness model (name_model.py): trained from the shipped lists only, its threshold reproducible from a
held-out fifth of them, and what it says of names, words and brands no list holds."""

from __future__ import annotations

import random

import pytest

from extproc.phi import name_model as M
from extproc.phi import names as N


def _split(words: list[str]) -> tuple[list[str], list[str]]:
    shuffled = words[:]
    random.Random(1).shuffle(shuffled)
    cut = len(shuffled) // 5
    return shuffled[cut:], shuffled[:cut]


def test_the_threshold_is_the_98th_percentile_of_held_out_everyday_words() -> None:
    names, everyday, things = M.training_sets()
    (n_train, n_test), (e_train, e_test), (t_train, t_test) = map(_split, (names, everyday, things))
    table = M.train(n_train, e_train, t_train)

    def score(word: str) -> float:
        grams = list(M._grams(word))
        return sum(table.get(g, 0.0) for g in grams) / len(grams)

    percentile = sorted(map(score, e_test))[int(len(e_test) * 0.98)]
    assert abs(percentile - M.THRESHOLD) < 0.03
    passed = sum(score(w) >= M.THRESHOLD for w in n_test) / len(n_test)
    brands = sum(score(w) >= M.THRESHOLD for w in t_test) / len(t_test)
    assert 0.6 < passed < 0.75  # two names in three: the model decides only where a context makes a name likely
    assert brands < 0.12


def test_the_training_sets_come_from_the_shipped_data_and_do_not_overlap() -> None:
    names, everyday, things = M.training_sets()
    assert len(names) > 2500 and len(everyday) > 50000 and len(things) > 400
    assert not set(names) & set(everyday) and not set(names) & set(things) and not set(everyday) & set(things)
    assert set(names) <= {w.casefold() for w in N.dictionary_names()}


@pytest.mark.parametrize("word", ["Abdurahmon", "Kazlauskas", "Samiyeva", "Danielsson", "Aleksi", "Jamshid"])
def test_names_of_languages_the_lists_do_not_ship_read_as_names(word: str) -> None:
    assert word not in N.dictionary_names()
    assert M.name_like(word)


@pytest.mark.parametrize("word", ["Tegaderm", "Mepilex", "Quantiferon", "Chlorhexidine", "Huddle", "Pickup"])
def test_brands_and_words_no_list_holds_do_not(word: str) -> None:
    assert not M.name_like(word)
