"""What corpus G holds beyond what every kit corpus does (see tests/unit/bench/phi/outside_kit)."""

from __future__ import annotations

import re

import pytest

from bench.phi.outside_g.corpus import SHAPES
from bench.phi.outside_g.names import GROUPS, WORD_FAMILIES, WORD_GIVEN_MEN, WORD_GIVEN_WOMEN
from bench.phi.outside_kit.score import segments
from tests.unit.bench.phi.outside_kit.corpora import LARGE, SMALL, drawn

NAME_FREE = {"policy_bulletin", "formulary_update"}


@pytest.fixture(scope="module")
def docs():
    return drawn("G", SMALL["G"])


@pytest.fixture(scope="module")
def more_docs():
    return drawn("G", LARGE)


def test_every_gold_surface_is_in_its_document_as_planted(docs) -> None:
    for doc in docs:
        text = "\n".join(segments(doc.payload))
        for item in doc.identifiers + doc.keeps:
            assert item.surface and item.surface.lower() in text.lower(), (doc.shape, item.kind)


def test_no_template_slot_is_left_unfilled(docs) -> None:
    slot = re.compile(r"\{[a-z_.]+(\(\w*\))?\}|<built-in|<function|object at 0x")
    for doc in docs:
        for text in segments(doc.payload):
            assert not slot.search(text), doc.shape


def test_thirty_shapes_all_but_the_name_free_plant_identifiers(docs) -> None:
    assert len(SHAPES) >= 30 and set(SHAPES) >= NAME_FREE
    for doc in docs:
        assert bool(doc.identifiers) != (doc.shape in NAME_FREE), doc.shape


def test_name_free_documents_hold_no_name_from_the_group_lists(more_docs) -> None:
    words = set(WORD_GIVEN_MEN) | set(WORD_GIVEN_WOMEN) | set(WORD_FAMILIES)
    names = {n for lists in GROUPS.values() for group in lists for n in group if len(n) > 3} - words
    for doc in (d for d in more_docs if d.shape in NAME_FREE):
        found = set(re.findall(r"[^\W\d_]+", " ".join(segments(doc.payload))))
        assert not found & names, found & names


def test_name_free_documents_use_english_word_names_as_words(more_docs) -> None:
    words = {w.lower() for w in WORD_GIVEN_MEN + WORD_GIVEN_WOMEN + WORD_FAMILIES}
    for doc in (d for d in more_docs if d.shape in NAME_FREE):
        assert any(k.kind == "WORD" and words & set(k.surface.lower().split()) for k in doc.keeps), doc.shape
