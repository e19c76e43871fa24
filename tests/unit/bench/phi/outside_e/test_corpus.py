"""The corpus is the same for a seed, varied across shapes and kinds, and scored exactly by the selfcheck."""

import json

from bench.phi.outside_e.corpus import SHAPES, build
from bench.phi.outside_e.evaluate import evaluate
from bench.phi.outside_e.score import identity, oracle


def _small(seed: int = 5):
    return build(seed, per_shape=3)


def test_a_seed_gives_the_same_documents() -> None:
    first, second = _small(), _small()
    assert [json.dumps(d.result, sort_keys=True) for d in first] == [json.dumps(d.result, sort_keys=True)
                                                                     for d in second]
    assert [p.forms for d in first for p in d.plants] == [p.forms for d in second for p in d.plants]


def test_another_seed_gives_other_documents() -> None:
    assert [d.result for d in _small(5)] != [d.result for d in _small(6)]


def test_the_corpus_spans_shapes_and_kinds() -> None:
    docs = _small()
    assert len(SHAPES) >= 25 and {d.shape for d in docs} == {s.__name__ for s in SHAPES}
    kinds = {p.kind for d in docs for p in d.plants}
    assert len(kinds) >= 20
    names = [p for d in docs for p in d.plants if p.kind == "name"]
    assert 0.15 < sum(p.english for p in names) / len(names) < 0.4


def test_masking_nothing_leaks_everything_and_the_oracle_nothing() -> None:
    docs = _small()
    none = evaluate(docs, lambda doc: identity(doc.result, doc.plants))
    perfect = evaluate(docs, lambda doc: oracle(doc.result, doc.plants))
    assert none.plants.leaked == none.plants.found > 0 and none.keeps.leaked == 0
    assert perfect.plants.leaked == 0 and perfect.keeps.leaked == 0 and perfect.keeps.found > 0


def test_a_refused_document_leaks_nothing_and_keeps_nothing() -> None:
    docs = _small()[:4]

    def refuse(doc):
        raise ValueError("blocked")

    result = evaluate(docs, refuse)
    assert result.refused == 4 and result.plants.leaked == 0 and result.keeps.leaked == result.keeps.found
