"""The corpora built on the kit, each drawn once per size however many tests read it (a draw takes seconds)."""

from __future__ import annotations

import json
from functools import cache
from types import ModuleType

from bench.phi.outside_f import corpus as corpus_f
from bench.phi.outside_g import corpus as corpus_g
from bench.phi.outside_h import corpus as corpus_h
from bench.phi.outside_i import corpus as corpus_i
from bench.phi.outside_j import corpus as corpus_j
from bench.phi.outside_k import corpus as corpus_k
from bench.phi.outside_kit.plant import Doc
from bench.phi.outside_l import corpus as corpus_l

CORPORA: dict[str, ModuleType] = {
    "F": corpus_f,
    "G": corpus_g,
    "H": corpus_h,
    "I": corpus_i,
    "J": corpus_j,
    "K": corpus_k,
    "L": corpus_l,
}
SMALL = {"F": 3, "G": 3, "H": 3, "I": 2, "J": 2, "K": 2, "L": 2}  # documents per shape the quick checks read
LARGE = 8  # documents per shape the checks of shares and kinds read


@cache
def drawn(label: str, per_shape: int) -> list[Doc]:
    return CORPORA[label].build(per_shape=per_shape)


def fingerprint(docs: list[Doc]) -> str:
    return json.dumps([(d.shape, d.payload, [i.surface for i in d.identifiers]) for d in docs], sort_keys=True)
