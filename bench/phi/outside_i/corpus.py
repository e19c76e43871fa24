"""The corpus: documents drawn shape by shape, each checked so that the two reference maskers score it exactly."""

from __future__ import annotations

import random

from . import shapes_care, shapes_oz, shapes_payer, shapes_words
from .people import Ctx, Fakers
from .plant import Doc
from .score import identity, judge, oracle

SHAPES = {**shapes_payer.SHAPES, **shapes_care.SHAPES, **shapes_oz.SHAPES, **shapes_words.SHAPES}
DEFAULT_SEED = 20261130
DOCS_PER_SHAPE = 20
MAX_DRAWS = 50


def _sound(doc: Doc) -> bool:
    """Every identifier is found in the raw document and gone after the oracle, and every keep survives it.

    A draw fails this when words collide by chance (a patient named Rich beside 'rich in', a ZIP equal to a CPT
    code); it is drawn again, so the leak rule never blames a masker for the corpus's own coincidences.
    """
    raw, cleaned = judge(doc, identity(doc), 0.0, 0), judge(doc, oracle(doc), 0.0, 0)
    return all(raw.leaks) and not any(cleaned.leaks) and all(cleaned.kept) and all(raw.kept)


def build(seed: int = DEFAULT_SEED, per_shape: int = DOCS_PER_SHAPE) -> list[Doc]:
    fakers = Fakers()
    docs = []
    for name in sorted(SHAPES):
        for index in range(per_shape):
            rng = random.Random(f"outside_i:{seed}:{name}:{index}")
            for _ in range(MAX_DRAWS):
                ctx = Ctx(rng, fakers)
                doc = Doc(name, SHAPES[name](ctx), ctx.p.identifiers, ctx.p.keeps)
                if _sound(doc):
                    docs.append(doc)
                    break
            else:
                raise RuntimeError(f"shape {name} #{index}: no sound draw in {MAX_DRAWS}")
    return docs
