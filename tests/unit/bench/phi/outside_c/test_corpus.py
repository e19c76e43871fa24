"""The third outside corpus: each gold value sits in the leaf recorded for it, and the seed alone decides the corpus."""

from __future__ import annotations

import json
import re

import pytest

from bench.phi.outside_c.corpus import DEFAULT_SEED, TEMPLATES, generate
from bench.phi.outside_c.marks import EMBED, leaf_text
from bench.phi.outside_c.score import bounded


@pytest.fixture(scope="module")
def documents():
    return generate(DEFAULT_SEED, per_template=2)


def test_every_gold_value_occurs_as_a_token_in_the_leaf_recorded_for_it(documents) -> None:
    for document in documents:
        for gold in document.golds:
            text = leaf_text(document.value, gold.path)
            assert re.search(bounded(re.escape(gold.value), gold.value), text), (document.template, gold)


def test_gold_inside_embedded_json_points_into_a_string_that_decodes(documents) -> None:
    embedded = [(document, gold) for document in documents for gold in document.golds if EMBED in gold.path]
    assert embedded
    for document, gold in embedded:
        outer = leaf_text(document.value, gold.path[: gold.path.index(EMBED)])
        assert isinstance(json.loads(outer), dict | list)


def test_every_template_plants_identifiers_and_values_to_keep(documents) -> None:
    for name in TEMPLATES:
        golds = [gold for document in documents if document.template == name for gold in document.golds]
        assert any(gold.is_identifier for gold in golds), name
        assert any(not gold.is_identifier for gold in golds), name


def test_no_document_carries_a_mark_character(documents) -> None:
    for document in documents:
        assert not re.search("[\x01-\x04]", json.dumps(document.value, ensure_ascii=False))


def _dump(documents) -> str:
    return json.dumps([[d.template, d.value, [[*g.path, g.kind, g.value] for g in d.golds]] for d in documents])


def test_the_same_seed_gives_the_same_corpus(documents) -> None:
    assert _dump(generate(DEFAULT_SEED, per_template=2)) == _dump(documents)


def test_another_seed_gives_other_documents(documents) -> None:
    others = generate(DEFAULT_SEED + 1, per_template=2)
    assert all(json.dumps(a.value) != json.dumps(b.value) for a, b in zip(documents, others, strict=True))
