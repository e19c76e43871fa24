"""The corpus: this corpus's shapes, drawn by the kit's builder so that the two reference maskers score it exactly."""

from __future__ import annotations

from bench.phi.outside_kit.harness import build as build_shapes
from bench.phi.outside_kit.plant import Doc

from . import shapes_chat, shapes_desk, shapes_files, shapes_mail, shapes_words
from .people import Ctx

SHAPES = {
    **shapes_mail.SHAPES,
    **shapes_desk.SHAPES,
    **shapes_chat.SHAPES,
    **shapes_files.SHAPES,
    **shapes_words.SHAPES,
}
DEFAULT_SEED = 20261130
DOCS_PER_SHAPE = 20


def build(seed: int = DEFAULT_SEED, per_shape: int = DOCS_PER_SHAPE) -> list[Doc]:
    return build_shapes(SHAPES, Ctx, "outside_k", seed, per_shape)
