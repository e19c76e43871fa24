"""Corpus H is deterministic, varied, written in full, and scored exactly by the two reference maskers."""

from __future__ import annotations

import json
import random
import re

import pytest

from bench.phi.outside_h.corpus import SHAPES, build
from bench.phi.outside_h.names import ENGLISH_WORDS, GROUPS
from bench.phi.outside_h.people import Ctx
from bench.phi.outside_kit.harness import run
from bench.phi.outside_kit.score import identity, oracle, segments

NAME_FREE_SHAPES = ("home_safety_checklist", "visit_observations")
UNFILLED = re.compile(r"\{(?:c\.|self\.|[a-z_]+\})")  # a template slot left in the text


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


def test_the_same_seed_draws_the_same_corpus_and_another_seed_another(docs) -> None:
    assert _fingerprint(build(per_shape=3)) == _fingerprint(docs)
    assert _fingerprint(build(seed=7, per_shape=3)) != _fingerprint(docs)


def test_every_planted_surface_is_written_verbatim_and_no_template_slot_is_left(docs) -> None:
    for doc in docs:
        texts = list(segments(doc.payload))
        for item in (*doc.identifiers, *doc.keeps):
            assert item.surface and item.surface == item.surface.strip(), (doc.shape, item)
            assert any(item.surface in t for t in texts), (doc.shape, item.kind)
        assert not any(UNFILLED.search(t) for t in texts), doc.shape


def test_every_one_of_at_least_25_shapes_plants_identifiers_and_non_identifiers(docs) -> None:
    assert len(SHAPES) >= 25
    for shape in SHAPES:
        mine = [d for d in docs if d.shape == shape]
        assert len(mine) == 3
        assert all(d.identifiers and d.keeps for d in mine), shape


def test_name_free_documents_plant_no_name_and_keep_name_like_words(more_docs) -> None:
    english = {w.lower() for w in (*ENGLISH_WORDS.male, *ENGLISH_WORDS.female, *ENGLISH_WORDS.family)}
    for doc in (d for d in more_docs if d.shape in NAME_FREE_SHAPES):
        assert not [i for i in doc.identifiers if i.kind == "NAME"]
        words = [k.surface for k in doc.keeps if k.kind == "WORD"]
        assert words and any(set(w.lower().replace("'s", "").split()) & english for w in words)


def test_about_one_name_in_four_is_made_of_english_words(more_docs) -> None:
    names = [i for d in more_docs for i in d.identifiers if i.kind == "NAME"]
    share = sum(i.english for i in names) / len(names)
    assert 0.15 < share < 0.4


def test_every_safe_harbor_kind_is_planted(more_docs) -> None:
    kinds = {i.kind for d in more_docs for i in d.identifiers}
    assert kinds >= {
        "NAME", "DATE", "AGE", "STREET", "CITY", "ZIP", "COUNTY", "POSTAL_ABROAD", "PHONE", "FAX", "EMAIL", "SSN",
        "MRN", "PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO", "OTHER_ID",
    }  # fmt: skip


def test_each_culture_has_forty_given_and_forty_family_names() -> None:
    assert len(GROUPS) >= 26
    for group, names in GROUPS.items():
        assert len(set(names.male + names.female)) >= 40 and len(set(names.family)) >= 40, group


def test_a_relative_carries_the_family_name_in_the_form_their_sex_takes() -> None:
    forms = set()
    for n in range(60):
        c = Ctx(random.Random(n))
        man = c.person(sex="M", groups=("polish",))
        forms.add((man.family, c.relative(man, "wife").family))
    assert any(his.endswith("ski") and hers == his[:-1] + "a" for his, hers in forms)


def test_a_document_the_masker_refuses_is_withheld_whole(docs) -> None:
    def refuse(doc):
        raise ValueError("refused")

    report = run(docs[:4], refuse)
    assert report.failed == 4
    assert report.ids.recall == 1.0 and report.over_masking == 1.0
