"""The corpus: this corpus's shapes, drawn by the kit's builder so that the two reference maskers score it exactly."""

from __future__ import annotations

from bench.phi.outside_kit.harness import build as build_shapes
from bench.phi.outside_kit.plant import Doc

from . import shapes_access, shapes_billing, shapes_rpm, shapes_words
from .people import Ctx

SHAPES = {**shapes_access.SHAPES, **shapes_billing.SHAPES, **shapes_rpm.SHAPES, **shapes_words.SHAPES}
DEFAULT_SEED = 20261202
DOCS_PER_SHAPE = 20


def build(seed: int = DEFAULT_SEED, per_shape: int = DOCS_PER_SHAPE) -> list[Doc]:
    return build_shapes(SHAPES, Ctx, "outside_l", seed, per_shape)
