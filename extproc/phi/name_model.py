"""How much a word looks like a person's name: a character n-gram naive Bayes model over the shipped lists.

The dictionary knows a few thousand names; the names of a language it does not ship (``Abdurahmon``,
``Kazlauskas``, ``Pornchanok``) are found only by their context, and a capitalised word opening a sentence, a
list item or a bracket has none. There, what the word is made of still says something: name lists of many
languages and everyday English (plus drug and device brands, organisms, places) differ in their letter
sequences (``-mon``, ``-skas``, ``-porn`` against ``-derm``, ``-ilex``, ``-tion``). The model is trained once,
lazily (about a quarter of a second), from the detector's own data files — never from evaluation names — so
it needs no download and no table to keep in step with the lists.

It only ever decides among words that no list knows (not English, not a brand, a place or an eponym); it never
finds a name on its own, only tells whether a name-shaped position holds one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from functools import cache

from . import names as N

ORDERS = (2, 3, 4)
"""The n-gram lengths (with ``^``/``$`` marking the word's edges): bigrams to four-grams."""

THING_WEIGHT = 20
"""Brands, drugs and organisms count this many times an English word: they are what a clinical text capitalises
where a name could stand, and there are few of them in the lists."""

THRESHOLD = 0.27
"""The mean log-likelihood ratio a word needs to be called name-like: the 98th percentile of everyday words held
out of training (a fifth of each list, seeded), so about 2 in 100 of them pass — chosen on the shipped lists, not
on any evaluation text. About two thirds of held-out shipped names pass, and one brand in 13
(``tests/unit/phi/test_name_model.py`` repeats the split)."""


def _grams(word: str) -> Iterator[str]:
    w = f"^{word.casefold()}$"
    for n in ORDERS:
        for i in range(len(w) - n + 1):
            yield w[i : i + n]


def training_sets() -> tuple[list[str], list[str], list[str]]:
    """Names (capitalised single words the dictionary knows), everyday words (SCOWL, ``words.txt``, the words of
    places) and things (brands, drugs, organisms), case-folded, none in two sets."""
    names = sorted({w.casefold() for w in N.dictionary_names() if w[:1].isupper()})
    known = set(names)
    things = sorted({w.casefold() for w in N.things()} - known)
    everyday = set(N.english()) | N.words() | {p for place in N.places() for p in place.split()}
    return names, sorted(everyday - known - set(things)), things


def train(names: list[str], everyday: list[str], things: list[str]) -> dict[str, float]:
    """Per n-gram, log P(gram | name) - log P(gram | not a name), add-half smoothing."""
    positive: Counter[str] = Counter()
    negative: Counter[str] = Counter()
    for word in names:
        positive.update(_grams(word))
    for word in everyday:
        negative.update(_grams(word))
    for word in things:
        for gram in _grams(word):
            negative[gram] += THING_WEIGHT
    vocabulary = positive.keys() | negative.keys()
    p_total = sum(positive.values()) + 0.5 * len(vocabulary)
    n_total = sum(negative.values()) + 0.5 * len(vocabulary)
    log_p, log_n = math.log(p_total), math.log(n_total)
    return {g: math.log(positive[g] + 0.5) - log_p - math.log(negative[g] + 0.5) + log_n for g in vocabulary}


@cache
def _table() -> dict[str, float]:
    return train(*training_sets())


def score(word: str) -> float:
    """The mean log-likelihood ratio of ``word``'s n-grams (above 0: more like a name than like a word)."""
    table = _table()
    grams = list(_grams(word))
    return sum(table.get(g, 0.0) for g in grams) / len(grams)


def name_like(word: str) -> bool:
    """Whether ``word`` reads as a name rather than a word or a brand (see ``THRESHOLD``)."""
    return score(word) >= THRESHOLD
