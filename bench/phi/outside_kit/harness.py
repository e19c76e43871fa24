"""Building a corpus from its shapes and scoring a masker over it, the same way for every outside corpus."""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from .plant import Doc, Plant
from .score import Masker, Report, identity, judge, oracle

MAX_DRAWS = 50


class Context(Protocol):
    """What a shape writes through: its labels are collected in ``p``."""

    p: Plant


Shape = Callable[[Any], Any]


def _sound(doc: Doc) -> bool:
    """Every identifier is found in the raw document and gone after the oracle, and every keep survives it.

    A draw fails this when words collide by chance (a patient named Stone beside 'kidney stone', a ZIP equal to
    a CPT code); it is drawn again, so the leak rule never blames a masker for the corpus's own coincidences.
    """
    raw, cleaned = judge(doc, identity(doc), 0.0, 0), judge(doc, oracle(doc), 0.0, 0)
    return all(raw.leaks) and not any(cleaned.leaks) and all(cleaned.kept) and all(raw.kept)


def build(
    shapes: Mapping[str, Shape],
    context_factory: Callable[[random.Random], Context],
    rng_key: str,
    seed: int,
    per_shape: int,
) -> list[Doc]:
    """``per_shape`` sound documents of each shape, in shape-name order, each from its own seeded random source."""
    docs = []
    for name in sorted(shapes):
        for index in range(per_shape):
            rng = random.Random(f"{rng_key}:{seed}:{name}:{index}")
            for _ in range(MAX_DRAWS):
                ctx = context_factory(rng)
                doc = Doc(name, shapes[name](ctx), ctx.p.identifiers, ctx.p.keeps)
                if _sound(doc):
                    docs.append(doc)
                    break
            else:
                raise RuntimeError(f"shape {name} #{index}: no sound draw in {MAX_DRAWS}")
    return docs


def run(docs: list[Doc], masker: Masker) -> Report:
    """Mask each document, timing only the masker; a document it refuses is withheld whole (nothing leaks)."""
    report = Report()
    for doc in docs:
        size = len(json.dumps(doc.payload, ensure_ascii=False).encode())
        started = time.perf_counter()
        try:
            masked: Any = masker(doc)
            failed = False
        except Exception:
            masked, failed = None, True
        report.add(doc, judge(doc, masked, time.perf_counter() - started, size, failed))
    return report


def chaperone_masker() -> Masker:
    from extproc.phi import SAFE_HARBOR, mask_json, warm_up

    warm_up(SAFE_HARBOR)
    return lambda doc: mask_json(doc.payload, SAFE_HARBOR).value


def main(label: str, build: Callable[[int], list[Doc]], default_seed: int, argv: list[str]) -> int:
    """``[seed] [--selfcheck]``: score the masker on corpus ``label``, or with --selfcheck the two reference ones."""
    selfcheck = "--selfcheck" in argv
    numbers = [a for a in argv if a != "--selfcheck"]
    seed = int(numbers[0]) if numbers else default_seed
    docs = build(seed)
    print(f"outside corpus {label} (seed {seed}): {len(docs)} documents in {len({d.shape for d in docs})} shapes")
    if selfcheck:
        for name, masker in (("identity masker", identity), ("oracle masker", oracle)):
            print("\n".join(run(docs, masker).lines(name)[:2]))
        return 0
    print("\n".join(run(docs, chaperone_masker()).lines("Chaperone SAFE_HARBOR")))
    return 0


if __name__ == "__main__":
    sys.exit("run a corpus: python -m bench.phi.outside_f (or _g, _h, _i)")
