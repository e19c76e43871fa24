"""The second outside corpus: planted values sit where the gold says, and the seed alone decides the documents."""

from __future__ import annotations

import json

import pytest

from bench.phi.outside_b.corpus import at, leaves, occurs
from bench.phi.outside_b.generate import DEFAULT_SEED, generate


@pytest.fixture(scope="module")
def documents():
    return generate(DEFAULT_SEED, per_template=3)


def test_every_planted_value_occurs_in_each_leaf_recorded_for_it(documents) -> None:
    for document in documents:
        texts = dict(leaves(document.value))
        for planted in document.phi + document.keep:
            assert planted.paths, (document.template, planted.kind)
            for path in planted.paths:
                assert path in texts
                assert occurs(planted.value, at(document.value, path)), (document.template, planted.kind)


def test_the_same_seed_gives_the_same_documents(documents) -> None:
    again = generate(DEFAULT_SEED, per_template=3)
    assert [json.dumps(d.value) for d in again] == [json.dumps(d.value) for d in documents]
    assert [d.phi for d in again] == [d.phi for d in documents]


def test_another_seed_gives_other_documents(documents) -> None:
    other = generate(DEFAULT_SEED + 1, per_template=3)
    assert all(json.dumps(a.value) != json.dumps(b.value) for a, b in zip(other, documents, strict=True))
