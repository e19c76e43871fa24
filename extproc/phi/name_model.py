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

import ctypes
import gc
import math
from array import array
from bisect import bisect_left
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
    """Names (capitalised single words of ``names.txt``), everyday words (SCOWL, ``words.txt``, the words of
    places) and things (brands, drugs, organisms), case-folded, none in two sets."""
    names = sorted({w.casefold() for w in N.listed_names() if w[:1].isupper()})
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


class _Table:
    """The trained weights in two sorted arrays, keyed by each n-gram's ``hash``: 16 bytes an n-gram where a dict
    of strings and floats holds about 120 (0.8 MB against the dict's 5.7 MB, and the training's garbage, another
    5 MB, no longer pinned by the dict's keys). Two n-grams sharing a 64-bit hash among 48,000 is a chance of
    about 1 in 10^10; the model is asked only about words no list knows (and those answers are cached), so the
    binary search costs nothing measurable."""

    __slots__ = ("_hashes", "_weights")

    def __init__(self, weights: dict[str, float]) -> None:
        pairs = sorted((hash(gram), weight) for gram, weight in weights.items())
        self._hashes = array("q", [h for h, _ in pairs])
        self._weights = array("d", [w for _, w in pairs])

    def get(self, gram: str, default: float) -> float:
        key = hash(gram)
        i = bisect_left(self._hashes, key)
        return self._weights[i] if i < len(self._hashes) and self._hashes[i] == key else default

    def mean(self, grams: list[str]) -> float:
        """The mean weight of ``grams`` (0 for one never seen), summed in order as ``sum`` would."""
        hashes, weights, end = self._hashes, self._weights, len(self._hashes)
        total = 0.0
        for gram in grams:
            key = hash(gram)
            i = bisect_left(hashes, key)
            if i < end and hashes[i] == key:
                total += weights[i]
        return total / len(grams)


@cache
def _table() -> _Table:
    table = _Table(train(*training_sets()))
    _release_free_heap()
    return table


def _release_free_heap() -> None:
    """Give the training's garbage back to the system at once, before anything long-lived is allocated among it:
    its ~10 MB of counters, sets and strings (some in reference cycles, hence the collection) would otherwise stay
    in the process's RSS, the C heap untrimmed and Python's arenas pinned. A C library without ``malloc_trim``
    (musl) keeps its part."""
    gc.collect()
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim(0)


def score(word: str) -> float:
    """The mean log-likelihood ratio of ``word``'s n-grams (above 0: more like a name than like a word)."""
    return _table().mean(list(_grams(word)))


def name_like(word: str) -> bool:
    """Whether ``word`` reads as a name rather than a word or a brand (see ``THRESHOLD``)."""
    return score(word) >= THRESHOLD
