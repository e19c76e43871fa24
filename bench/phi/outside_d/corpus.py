"""The corpus: every shape, ``per_shape`` documents each, all drawn from the seed (string-seeded generators, so
neither PYTHONHASHSEED nor the order shapes run in changes a document)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from faker import Faker

from . import shapes_fhir, shapes_messy, shapes_ops, shapes_text
from .ctx import Ctx
from .people import Population
from .plant import Document

DEFAULT_SEED = 4404
PER_SHAPE = 24
SHAPES: dict[str, Callable[[Ctx], Any]] = {
    **shapes_fhir.SHAPES, **shapes_text.SHAPES, **shapes_ops.SHAPES, **shapes_messy.SHAPES,
}


def generate(seed: int = DEFAULT_SEED, per_shape: int = PER_SHAPE) -> list[Document]:
    fakers: dict[str, Faker] = {}
    documents = []
    for shape, build in SHAPES.items():
        for index in range(per_shape):
            rng = random.Random(f"outside-d:{seed}:{shape}:{index}")
            ctx = Ctx(rng, Population(rng, fakers))
            documents.append(ctx.document(shape, build(ctx)))
    return documents
