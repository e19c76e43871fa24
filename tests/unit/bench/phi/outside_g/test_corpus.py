"""Corpus G is deterministic, varied, and scored exactly by the two reference maskers."""

from __future__ import annotations

import json
import re

import pytest

from bench.phi.outside_g.corpus import SHAPES, build
from bench.phi.outside_g.names import GROUPS, WORD_FAMILIES, WORD_GIVEN_MEN, WORD_GIVEN_WOMEN
from bench.phi.outside_kit.harness import run
from bench.phi.outside_kit.score import identity, oracle, segments

NAME_FREE = {"policy_bulletin", "formulary_update"}
KINDS = {
    "NAME",
    "DATE",
    "AGE",
    "STREET",
    "CITY",
    "ZIP",
    "COUNTY",
    "POSTAL_ABROAD",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "PLAN_ID",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "BIOMETRIC",
    "PHOTO",
    "OTHER_ID",
}


@pytest.fixture(scope="module")
def docs():
    return build(per_shape=3)


@pytest.fixture(scope="module")
def more_docs():
    return build(per_shape=8)


def _fingerprint(docs) -> str:
    return json.dumps([(d.shape, d.payload, [i.surface for i in d.identifiers]) for d in docs], sort_keys=True)


def test_the_identity_masker_leaks_every_identifier_and_keeps_every_non_identifier(docs) -> None:
    report = run(docs, identity)
    assert report.ids.total > 0 and report.ids.leaked == report.ids.total
    assert report.over_masking == 0.0


def test_the_oracle_masker_leaks_nothing_and_keeps_every_non_identifier(docs) -> None:
    report = run(docs, oracle)
    assert report.ids.recall == 1.0
    assert report.keeps.total > 0 and report.over_masking == 0.0


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


def test_the_same_seed_draws_the_same_corpus_and_another_seed_another(docs) -> None:
    assert _fingerprint(build(per_shape=3)) == _fingerprint(docs)
    assert _fingerprint(build(seed=7, per_shape=3)) != _fingerprint(docs)


def test_thirty_shapes_each_keep_words_and_all_but_the_name_free_plant_identifiers(docs) -> None:
    assert len(SHAPES) >= 30 and set(SHAPES) >= NAME_FREE
    for shape in SHAPES:
        mine = [d for d in docs if d.shape == shape]
        assert len(mine) == 3 and all(d.keeps for d in mine), shape
        assert all(bool(d.identifiers) != (shape in NAME_FREE) for d in mine), shape


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


def test_about_one_name_in_four_is_made_of_english_words(more_docs) -> None:
    names = [i for d in more_docs for i in d.identifiers if i.kind == "NAME"]
    share = sum(i.english for i in names) / len(names)
    assert 0.18 < share < 0.4


def test_every_safe_harbor_kind_is_planted(more_docs) -> None:
    assert {i.kind for d in more_docs for i in d.identifiers} >= KINDS


def test_a_document_the_masker_refuses_is_withheld_whole(docs) -> None:
    def refuse(doc):
        raise ValueError("refused")

    report = run(docs[:4], refuse)
    assert report.failed == 4
    assert report.ids.recall == 1.0 and report.over_masking == 1.0
