"""Scores a masker over the corpus: recall per identifier, over-masking per kept term, speed."""

from __future__ import annotations

import copy
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from .corpus import Doc
from .score import Seen, Tally, keep_lost

Masker = Callable[[Doc], object]


@dataclass
class Result:
    plants: Tally = field(default_factory=Tally)
    keeps: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_shape: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    keeps_by_shape: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    keeps_by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    names: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    seconds: float = 0.0
    kilobytes: float = 0.0
    refused: int = 0

    @property
    def ms_per_kb(self) -> float:
        return 1000 * self.seconds / self.kilobytes if self.kilobytes else float("nan")


def evaluate(docs: list[Doc], masker: Masker) -> Result:
    """A document the masker refuses (raises) is blocked whole: nothing leaks, every kept term is lost."""
    result = Result()
    for doc in docs:
        before = Seen(doc.result)
        given = copy.deepcopy(doc)
        start = time.perf_counter()
        try:
            masked: object = masker(given)
        except Exception:  # a refusal of any kind blocks the document
            masked, result.refused = None, result.refused + 1
        result.seconds += time.perf_counter() - start
        result.kilobytes += doc.size / 1024
        after = Seen(masked, before.joined)
        for plant in doc.plants:
            leaked = after.has(plant)
            for tally in (result.plants, result.by_kind[plant.kind], result.by_shape[doc.shape]):
                tally.add(leaked)
            if plant.kind == "name":
                result.names["English-word names" if plant.english else "other names"].add(leaked)
        for keep in doc.keeps:
            lost = keep_lost(before, after, keep)
            for tally in (result.keeps, result.keeps_by_kind[keep.kind], result.keeps_by_shape[doc.shape]):
                tally.add(lost)
    return result


def report(label: str, result: Result, *, detail: bool) -> list[str]:
    """Recall is identifiers not leaked; over-masking is kept terms lost (a Tally's ``leaked``)."""
    plants, keeps = result.plants, result.keeps
    lines = [f"{label}: recall {plants.recall:.3f} ({plants.leaked}/{plants.found} leaked), over-masking "
             f"{1 - keeps.recall:.3f} ({keeps.leaked}/{keeps.found} kept terms lost), {result.ms_per_kb:.2f} ms/KB"
             + (f", {result.refused} documents refused" if result.refused else "")]
    if not detail:
        return lines
    lines.append("  recall per kind:")
    lines += [f"    {kind:<12} {t.found:>5}  {t.recall:.3f}" for kind, t in sorted(result.by_kind.items())]
    lines.append("  names:")
    lines += [f"    {group:<20} {t.found:>5}  {t.recall:.3f}" for group, t in sorted(result.names.items())]
    lines.append("  per shape (identifiers, recall, kept terms, over-masking):")
    for shape, t in sorted(result.by_shape.items()):
        k = result.keeps_by_shape[shape]
        lines.append(f"    {shape:<22} {t.found:>5}  {t.recall:.3f}  {k.found:>4}  {1 - k.recall:.3f}")
    lines.append("  over-masking per kept kind:")
    lines += [f"    {kind:<12} {t.found:>5}  {1 - t.recall:.3f}" for kind, t in sorted(result.keeps_by_kind.items())]
    return lines
