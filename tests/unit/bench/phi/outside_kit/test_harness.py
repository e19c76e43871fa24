"""Every corpus the harness builds is deterministic and scored exactly by the two reference maskers."""

from __future__ import annotations

import pytest

from bench.phi.outside_kit.harness import run
from bench.phi.outside_kit.plant import Doc, Planted
from bench.phi.outside_kit.score import identity, oracle
from tests.unit.bench.phi.outside_kit.corpora import CORPORA, LARGE, SMALL, drawn, fingerprint

SAFE_HARBOR_KINDS = {
    "NAME", "DATE", "AGE", "STREET", "CITY", "ZIP", "COUNTY", "POSTAL_ABROAD", "PHONE", "FAX", "EMAIL", "SSN",
    "MRN", "PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO", "OTHER_ID",
}  # fmt: skip
ENGLISH_NAME_FLOOR = {"F": 0.15, "G": 0.18, "H": 0.15, "I": 0.15, "J": 0.18, "K": 0.15, "L": 0.18}
corpora = pytest.mark.parametrize("label", sorted(CORPORA))


@corpora
def test_the_identity_masker_leaks_every_identifier_and_keeps_every_non_identifier(label: str) -> None:
    report = run(drawn(label, SMALL[label]), identity)
    assert report.ids.total > 0 and report.ids.leaked == report.ids.total
    assert report.over_masking == 0.0


@corpora
def test_the_oracle_masker_leaks_nothing_and_keeps_every_non_identifier(label: str) -> None:
    report = run(drawn(label, SMALL[label]), oracle)
    assert report.ids.recall == 1.0
    assert report.keeps.total > 0 and report.over_masking == 0.0


@corpora
def test_the_same_seed_draws_the_same_corpus_and_another_seed_another(label: str) -> None:
    per_shape, docs = SMALL[label], drawn(label, SMALL[label])
    assert fingerprint(CORPORA[label].build(per_shape=per_shape)) == fingerprint(docs)
    assert fingerprint(CORPORA[label].build(seed=7, per_shape=per_shape)) != fingerprint(docs)


@corpora
def test_every_shape_is_drawn_as_often_as_asked_and_keeps_non_identifiers(label: str) -> None:
    per_shape, docs = SMALL[label], drawn(label, SMALL[label])
    for shape in CORPORA[label].SHAPES:
        mine = [d for d in docs if d.shape == shape]
        assert len(mine) == per_shape and all(d.keeps for d in mine), shape


@corpora
def test_about_one_name_in_four_is_made_of_english_words(label: str) -> None:
    names = [i for d in drawn(label, LARGE) for i in d.identifiers if i.kind == "NAME"]
    share = sum(i.english for i in names) / len(names)
    assert ENGLISH_NAME_FLOOR[label] < share < 0.4


@corpora
def test_every_safe_harbor_kind_is_planted(label: str) -> None:
    assert {i.kind for d in drawn(label, LARGE) for i in d.identifiers} >= SAFE_HARBOR_KINDS


def test_a_document_the_masker_refuses_is_withheld_whole() -> None:
    def refuse(doc):
        raise ValueError("refused")

    doc = Doc(
        "t",
        {"name": "Rose Baker", "drug": "metformin"},
        [Planted("NAME", "Rose Baker")],
        [Planted("DRUG", "metformin")],
    )
    report = run([doc] * 4, refuse)
    assert report.failed == 4
    assert report.ids.recall == 1.0 and report.over_masking == 1.0
