"""The context word lists (cues.py): alternations the patterns compile, longest first, nothing but words."""

from __future__ import annotations

import re

from extproc.phi import cues as C


def test_alternation_tries_longer_words_first_and_holds_each_once() -> None:
    assert C.alternation(["Mr", "Mrs", "Mr", "Ms"]).split("|") == ["Mrs", "Mr", "Ms"]  # ties in order


def test_lists_hold_words_not_regex_except_the_pieces_written_as_such() -> None:
    plain = re.compile(r"^[^\W\d_][\w '\u2019.-]*$")
    lists = (
        C.TITLES,
        C.LABELS,
        C.RELATIONS,
        C.ROLES,
        C.GREETINGS,
        C.VERBS,
        C.PREPOSITIONS,
        C.LIST_LABELS,
        C.SIGN_OFFS,
        C.KIN,
        C.CREDENTIALS,
        C.PARENTHESES,
        C.ADDRESSED,
        C.DRUG_ACTIONS,
        C.FROM_PLACE,
    )
    for words in lists:
        assert all(plain.match(w) for w in words), [w for w in words if not plain.match(w)]
    pieces = [w for w in C.REPORTING if not plain.match(w)]
    assert pieces == [r"is an? \d+", r"was an? \d+"] or all("an?" in w for w in pieces)
