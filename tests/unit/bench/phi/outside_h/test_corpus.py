"""What corpus H holds beyond what every kit corpus does (see tests/unit/bench/phi/outside_kit)."""

from __future__ import annotations

import random
import re

import pytest

from bench.phi.outside_h.corpus import SHAPES
from bench.phi.outside_h.names import ENGLISH_WORDS, GROUPS
from bench.phi.outside_h.people import Ctx
from bench.phi.outside_kit.score import segments
from tests.unit.bench.phi.outside_kit.corpora import LARGE, SMALL, drawn

NAME_FREE_SHAPES = ("home_safety_checklist", "visit_observations")
UNFILLED = re.compile(r"\{(?:c\.|self\.|[a-z_]+\})")  # a template slot left in the text


@pytest.fixture(scope="module")
def docs():
    return drawn("H", SMALL["H"])


@pytest.fixture(scope="module")
def more_docs():
    return drawn("H", LARGE)


def test_every_planted_surface_is_written_verbatim_and_no_template_slot_is_left(docs) -> None:
    for doc in docs:
        texts = list(segments(doc.payload))
        for item in (*doc.identifiers, *doc.keeps):
            assert item.surface and item.surface == item.surface.strip(), (doc.shape, item)
            assert any(item.surface in t for t in texts), (doc.shape, item.kind)
        assert not any(UNFILLED.search(t) for t in texts), doc.shape


def test_every_one_of_at_least_25_shapes_plants_identifiers(docs) -> None:
    assert len(SHAPES) >= 25
    for doc in docs:
        assert doc.identifiers, doc.shape


def test_name_free_documents_plant_no_name_and_keep_name_like_words(more_docs) -> None:
    english = {w.lower() for w in (*ENGLISH_WORDS.male, *ENGLISH_WORDS.female, *ENGLISH_WORDS.family)}
    for doc in (d for d in more_docs if d.shape in NAME_FREE_SHAPES):
        assert not [i for i in doc.identifiers if i.kind == "NAME"]
        words = [k.surface for k in doc.keeps if k.kind == "WORD"]
        assert words and any(set(w.lower().replace("'s", "").split()) & english for w in words)


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
