"""The corpus: this corpus's shapes, drawn by the kit's builder so that the two reference maskers score it exactly."""

from __future__ import annotations

from bench.phi.outside_kit.harness import build as build_shapes
from bench.phi.outside_kit.plant import Doc

from . import shapes_care, shapes_oz, shapes_payer, shapes_words
from .people import Ctx, Fakers

SHAPES = {**shapes_payer.SHAPES, **shapes_care.SHAPES, **shapes_oz.SHAPES, **shapes_words.SHAPES}
DEFAULT_SEED = 20261130
DOCS_PER_SHAPE = 20


def build(seed: int = DEFAULT_SEED, per_shape: int = DOCS_PER_SHAPE) -> list[Doc]:
    fakers = Fakers()
    return build_shapes(SHAPES, lambda rng: Ctx(rng, fakers), "outside_i", seed, per_shape)
