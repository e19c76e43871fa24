"""What corpus L holds beyond what every kit corpus does (see tests/unit/bench/phi/outside_kit)."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from bench.phi.outside_kit.score import segments
from bench.phi.outside_l.corpus import SHAPES
from bench.phi.outside_l.names import ENGLISH_WORDS, GROUPS, HISPANIC, NATIVE, STAFF_FAMILY, STAFF_GIVEN
from tests.unit.bench.phi.outside_kit.corpora import LARGE, SMALL, drawn

_SLOT = re.compile(r"\{[a-z_]*\}|<function ")


@pytest.fixture(scope="module")
def docs():
    return drawn("L", SMALL["L"])


def _script(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_at_least_25_shapes_and_every_shape_naming_people_plants_a_name(docs) -> None:
    assert len(SHAPES) >= 25
    for doc in docs:
        if not doc.shape.startswith("words_"):
            assert any(i.kind == "NAME" for i in doc.identifiers), doc.shape


def test_every_planted_surface_is_written_in_the_document_and_no_template_slot_is_left(docs) -> None:
    for doc in docs:
        texts = list(segments(doc.payload))
        for item in doc.identifiers + doc.keeps:
            assert any(item.surface in t for t in texts), (doc.shape, item.kind)
        assert not any(_SLOT.search(t) for t in texts), doc.shape


def test_every_document_is_an_mcp_tool_result_with_a_text_block(docs) -> None:
    for doc in docs:
        block = doc.payload["content"][0]
        assert block["type"] == "text" and isinstance(block["text"], str), doc.shape
        json.dumps(doc.payload, ensure_ascii=False)


def test_name_free_documents_plant_no_name_yet_keep_the_english_name_words_as_words(docs) -> None:
    words = {w.lower() for group in ENGLISH_WORDS for w in group}
    for doc in (d for d in docs if d.shape.startswith("words_")):
        assert not [i for i in doc.identifiers if i.kind == "NAME"]
        kept = " ".join(k.surface.lower() for k in doc.keeps)
        assert words & set(re.findall(r"[a-z]+", kept)), doc.shape


def test_every_culture_has_twenty_given_names_of_each_sex_and_twenty_five_family_names() -> None:
    for group, (female, male, family) in GROUPS.items():
        assert len(set(female)) >= 20 and len(set(male)) >= 20, group
        assert len(set(family)) >= 25, group
    assert {"Mexican", "Colombian", "Dominican", "PuertoRican"} == HISPANIC


def test_every_name_of_a_culture_with_its_own_script_has_it_and_it_is_not_latin() -> None:
    for group, table in NATIVE.items():
        female, male, family = GROUPS[group]
        assert set(female) | set(male) | set(family) <= set(table), group
        assert all("LATIN" not in _script(native) for native in table.values()), group


def test_staff_are_never_drawn_as_patients_relatives_or_guarantors() -> None:
    people = {
        part for lists in [*GROUPS.values(), ENGLISH_WORDS] for names in lists for n in names for part in n.split()
    }
    assert not people & (set(STAFF_GIVEN) | set(STAFF_FAMILY))


def test_names_are_written_in_their_own_scripts_and_staff_are_kept() -> None:
    docs = drawn("L", LARGE)
    scripts = set().union(*(_script(i.surface) for d in docs for i in d.identifiers if i.kind == "NAME"))
    assert {"ARABIC", "BENGALI", "LATIN"} <= scripts
    assert sum(k.kind == "STAFF" for d in docs for k in d.keeps) > len(docs) // 2


def test_hispanic_patients_carry_two_family_names_somewhere() -> None:
    docs = drawn("L", LARGE)
    twice = [i.surface for d in docs for i in d.identifiers if i.kind == "NAME" and i.surface.count(" ") >= 2]
    assert any(any(f in s for f in GROUPS["Colombian"][2]) for s in twice)
