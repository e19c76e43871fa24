"""The hand-written name lists are as broad as the brief asks: 24 groups, 40 given and 40 family names each."""

from __future__ import annotations

from bench.phi.outside_g.names import GROUPS, WORD_FAMILIES, WORD_GIVEN_MEN, WORD_GIVEN_WOMEN


def test_every_group_has_forty_given_names_of_both_sexes_and_forty_family_names() -> None:
    assert len(GROUPS) >= 24
    for group, (men, women, families) in GROUPS.items():
        assert len(men) >= 20 and len(women) >= 20, group
        assert len(set(men) | set(women)) >= 40, group
        assert len(set(families)) >= 40, group


def test_english_word_names_are_words_in_the_usual_capitalisation() -> None:
    for name in WORD_GIVEN_MEN + WORD_GIVEN_WOMEN + WORD_FAMILIES:
        assert name.isalpha() and name[0].isupper() and name[1:].islower(), name
