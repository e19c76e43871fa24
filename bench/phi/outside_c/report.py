"""Score a masker on the corpus: recall per identifier kind and per template, over-masking per kept kind, speed."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .corpus import Document
from .score import leaked, overmasked


@dataclass
class Tally:
    planted: Counter[str] = field(default_factory=Counter)
    masked: Counter[str] = field(default_factory=Counter)
    template_planted: Counter[str] = field(default_factory=Counter)
    template_masked: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    kilobytes: float = 0.0


def score(documents: list[Document], masker: Callable[[Any], Any]) -> Tally:
    tally = Tally()
    for document in documents:
        tally.kilobytes += len(json.dumps(document.value, ensure_ascii=False).encode()) / 1024
        started = time.perf_counter()
        masked = masker(document.value)
        tally.seconds += time.perf_counter() - started
        for gold in document.golds:
            if gold.is_identifier:
                hidden = not leaked(gold, masked)
                tally.planted[gold.kind] += 1
                tally.masked[gold.kind] += hidden
                tally.template_planted[document.template] += 1
                tally.template_masked[document.template] += hidden
            else:
                tally.kept[gold.kind] += 1
                tally.changed[gold.kind] += overmasked(gold, masked)
    return tally


def render(tally: Tally) -> str:
    planted, masked = sum(tally.planted.values()), sum(tally.masked.values())
    kept, changed = sum(tally.kept.values()), sum(tally.changed.values())
    lines = [f"overall recall {masked / planted:.4f} ({masked}/{planted} identifiers masked)",
             f"overall over-masking {changed / kept:.4f} ({changed}/{kept} kept values changed)",
             f"mask time {1000 * tally.seconds / tally.kilobytes:.3f} ms/KB over {tally.kilobytes:.1f} KB", "",
             "recall per identifier kind:"]
    lines += [f"  {kind:<14} {tally.masked[kind] / n:.4f}  ({tally.masked[kind]}/{n})"
              for kind, n in sorted(tally.planted.items())]
    lines += ["", "recall per template:"]
    lines += [f"  {name:<24} {tally.template_masked[name] / n:.4f}  ({tally.template_masked[name]}/{n})"
              for name, n in sorted(tally.template_planted.items())]
    lines += ["", "over-masking per kept kind:"]
    lines += [f"  {kind:<14} {tally.changed[kind] / n:.4f}  ({tally.changed[kind]}/{n})"
              for kind, n in sorted(tally.kept.items())]
    return "\n".join(lines)
