"""The corpus: this corpus's shapes, drawn by the kit's builder so that the two reference maskers score it exactly."""

from __future__ import annotations

from bench.phi.outside_kit.harness import build as build_shapes
from bench.phi.outside_kit.plant import Doc

from . import shapes_claims, shapes_home, shapes_programs, shapes_records
from .people import Ctx

SHAPES = {**shapes_claims.SHAPES, **shapes_home.SHAPES, **shapes_programs.SHAPES, **shapes_records.SHAPES}
DEFAULT_SEED = 20261130
DOCS_PER_SHAPE = 20


def build(seed: int = DEFAULT_SEED, per_shape: int = DOCS_PER_SHAPE) -> list[Doc]:
    return build_shapes(SHAPES, Ctx, "outside_h", seed, per_shape)
