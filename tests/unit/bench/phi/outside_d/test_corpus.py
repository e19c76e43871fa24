"""Corpus D: the seed alone decides the corpus, every shape plants gold of both sides, and the scorer's
selfcheck holds (an identity masker leaks every identifier, an oracle none, neither loses a keep)."""

from __future__ import annotations

import json

import pytest

from bench.phi.outside_d.__main__ import identity_masker, oracle_masker
from bench.phi.outside_d.corpus import DEFAULT_SEED, SHAPES, generate
from bench.phi.outside_d.report import figures
from bench.phi.outside_d.score import run

SAFE_HARBOR_KINDS = {
    "name", "street", "city", "zip", "date", "age_over_89", "phone", "fax", "email", "ssn", "mrn", "health_plan",
    "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id",
}


@pytest.fixture(scope="module")
def documents():
    return generate(DEFAULT_SEED, per_shape=3)


def _fingerprint(documents) -> str:
    return json.dumps([(d.shape, d.value, d.redacted, [p.__dict__ for p in d.plants]) for d in documents],
                      ensure_ascii=False, sort_keys=True)


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another(documents) -> None:
    assert _fingerprint(generate(DEFAULT_SEED, per_shape=3)) == _fingerprint(documents)
    assert _fingerprint(generate(DEFAULT_SEED + 1, per_shape=3)) != _fingerprint(documents)


def test_every_shape_plants_identifiers_and_keeps_and_all_kinds_occur(documents) -> None:
    assert len(SHAPES) >= 20
    for shape in SHAPES:
        plants = [plant for document in documents if document.shape == shape for plant in document.plants]
        assert any(plant.identifier for plant in plants), shape
        assert any(not plant.identifier for plant in plants), shape
    kinds = {plant.kind for document in generate(DEFAULT_SEED, per_shape=8) for plant in document.plants
             if plant.identifier}
    assert kinds == SAFE_HARBOR_KINDS


def test_english_word_names_are_a_sizeable_minority(documents) -> None:
    names = [plant for document in documents for plant in document.plants if plant.kind == "name"]
    share = sum(plant.english_word_name for plant in names) / len(names)
    assert 0.1 < share < 0.4


def test_identity_masker_leaks_every_identifier_and_oracle_none(documents) -> None:
    identity, oracle = figures(run(documents, identity_masker)), figures(run(documents, oracle_masker(documents)))
    assert (identity.recall, identity.over_masking) == (0.0, 0.0)
    assert (oracle.recall, oracle.over_masking) == (1.0, 0.0)


def test_a_masker_that_drops_everything_masks_all_and_keeps_nothing(documents) -> None:
    dropped = figures(run(documents, lambda value: {"content": []}))
    assert (dropped.recall, dropped.over_masking) == (1.0, 1.0)


def test_a_masker_that_fails_is_counted_as_blocking(documents) -> None:
    def failing(value: object) -> object:
        raise ValueError("boom")

    result = run(documents[:2], failing)
    assert result.errors == 2
    assert figures(result).recall == 1.0
