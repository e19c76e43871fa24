"""The corpus: every shape written many times from one seed, each document checked so that its score means
what it says (every identifier findable before masking, none findable after the oracle, no identifier inside
another, every kept term untouched by the oracle)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from . import shapes_admin, shapes_care, shapes_ehr, shapes_intake
from .plant import NAME, Keep, Plant
from .render import Pen
from .score import Seen, form_pattern, oracle

SHAPES: tuple[Callable[[Pen], dict], ...] = (shapes_ehr.SHAPES + shapes_admin.SHAPES + shapes_care.SHAPES
                                             + shapes_intake.SHAPES)
PER_SHAPE = 20
MAX_ATTEMPTS = 60


@dataclass(frozen=True)
class Doc:
    shape: str
    result: dict
    plants: list[Plant]
    keeps: list[Keep]

    @property
    def size(self) -> int:
        return len(json.dumps(self.result, ensure_ascii=False).encode())


class GeneratorError(RuntimeError):
    """A shape wrote an identifier the leak rule cannot find: a bug here, not in the masker."""


def _inside_another(plants: list[Plant]) -> bool:
    """Whether some plant's form is found within another plant's written text (its leak would blur theirs).

    A name is only checked against other names (no two people share a part): a name readable inside an
    e-mail address or a street left unmasked is a name leaked.
    """
    for plant in plants:
        for other in plants:
            if other is plant or (plant.mode == NAME and other.mode != NAME):
                continue
            if Seen(other.surfaces).has(plant):
                return True
    return False


def _checked(shape: Callable[[Pen], dict], rng: random.Random) -> Doc | None:
    pen = Pen(rng)
    result = shape(pen)
    plants = list(pen.sheet.plants.values())
    before = Seen(result)
    for plant in plants:
        if not before.has(plant):
            raise GeneratorError(f"{shape.__name__}: a planted {plant.kind} is not findable")
    after = Seen(oracle(result, plants))
    if any(after.has(plant) for plant in plants) or _inside_another(plants):
        return None
    keeps = []
    for keep in dict.fromkeys(pen.sheet.keeps):
        clash = any(form_pattern(form).search(keep.text) for plant in plants for form in plant.forms)
        if not clash and 0 < before.count(keep.text) == after.count(keep.text):
            keeps.append(keep)
    return Doc(shape.__name__, result, plants, keeps)


def build(seed: int, per_shape: int = PER_SHAPE) -> list[Doc]:
    """The documents for ``seed``: the same on every run and every PYTHONHASHSEED."""
    docs = []
    for shape in SHAPES:
        for index in range(per_shape):
            for attempt in range(MAX_ATTEMPTS):
                doc = _checked(shape, random.Random(f"outside-e:{seed}:{shape.__name__}:{index}:{attempt}"))
                if doc is not None:
                    docs.append(doc)
                    break
            else:
                raise GeneratorError(f"{shape.__name__}: no clean document in {MAX_ATTEMPTS} attempts")
    return docs
