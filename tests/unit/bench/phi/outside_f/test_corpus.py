"""The corpus is deterministic, varied, and scored exactly by the two reference maskers."""

from __future__ import annotations

import json

import pytest

from bench.phi.outside_f.corpus import SHAPES, build
from bench.phi.outside_kit.harness import run
from bench.phi.outside_kit.score import identity, oracle


@pytest.fixture(scope="module")
def docs():
    return build(per_shape=3)


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


def test_the_same_seed_draws_the_same_corpus_and_another_seed_another(docs) -> None:
    assert _fingerprint(build(per_shape=3)) == _fingerprint(docs)
    assert _fingerprint(build(seed=7, per_shape=3)) != _fingerprint(docs)


def test_every_one_of_at_least_25_shapes_plants_identifiers_and_non_identifiers(docs) -> None:
    assert len(SHAPES) >= 25
    for shape in SHAPES:
        mine = [d for d in docs if d.shape == shape]
        assert len(mine) == 3
        assert all(d.identifiers and d.keeps for d in mine), shape


def test_about_one_name_in_four_is_made_of_english_words() -> None:
    names = [i for d in build(per_shape=8) for i in d.identifiers if i.kind == "NAME"]
    share = sum(i.english for i in names) / len(names)
    assert 0.15 < share < 0.4


def test_every_safe_harbor_kind_is_planted() -> None:
    kinds = {i.kind for d in build(per_shape=8) for i in d.identifiers}
    assert kinds >= {
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


def test_a_document_the_masker_refuses_is_withheld_whole(docs) -> None:
    def refuse(doc):
        raise ValueError("refused")

    report = run(docs[:4], refuse)
    assert report.failed == 4
    assert report.ids.recall == 1.0 and report.over_masking == 1.0
