"""What corpus I holds beyond what every kit corpus does (see tests/unit/bench/phi/outside_kit)."""

from __future__ import annotations

import re

import pytest

from bench.phi.outside_i.corpus import SHAPES
from bench.phi.outside_i.names import ENGLISH_WORDS, GROUPS
from bench.phi.outside_kit.score import segments
from tests.unit.bench.phi.outside_kit.corpora import SMALL, drawn

_SLOT = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def docs():
    return drawn("I", SMALL["I"])


def test_every_one_of_at_least_30_shapes_plants_identifiers(docs) -> None:
    assert len(SHAPES) >= 30
    for doc in docs:
        assert doc.identifiers, doc.shape


def test_every_planted_surface_is_written_in_the_document_and_no_template_slot_is_left(docs) -> None:
    for doc in docs:
        texts = list(segments(doc.payload))
        for item in doc.identifiers + doc.keeps:
            assert any(item.surface in t for t in texts), (doc.shape, item.kind)
        assert not any(_SLOT.search(t) for t in texts), doc.shape


def test_name_free_documents_plant_no_name_yet_keep_the_english_name_words_as_words(docs) -> None:
    words = {w.lower() for group in ENGLISH_WORDS for w in group}
    for doc in (d for d in docs if d.shape.startswith("words_")):
        assert not [i for i in doc.identifiers if i.kind == "NAME"]
        kept = " ".join(k.surface.lower() for k in doc.keeps)
        assert words & set(re.findall(r"[a-z]+", kept)), doc.shape


def test_every_culture_has_forty_given_and_forty_family_names_of_both_sexes() -> None:
    for group, (female, male, family) in GROUPS.items():
        assert len(set(female)) >= 20 and len(set(male)) >= 20, group
        assert len(set(female) | set(male)) >= 40 and len(set(family)) >= 40, group
