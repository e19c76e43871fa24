"""Scoring: recall per identifier class and template, over-masking per keeper class, and masking time per KB.

Counts only: the values missed are never printed, so the corpus stays usable as a held-out measure.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .corpus import Document, at, leaks, occurs

Masker = Callable[[Any], Any]


@dataclass
class Report:
    phi_total: Counter[str] = field(default_factory=Counter)
    phi_leaked: Counter[str] = field(default_factory=Counter)
    template_total: Counter[str] = field(default_factory=Counter)
    template_leaked: Counter[str] = field(default_factory=Counter)
    keep_total: Counter[str] = field(default_factory=Counter)
    keep_changed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    kilobytes: float = 0.0

    @property
    def recall(self) -> float:
        total = sum(self.phi_total.values())
        return 1 - sum(self.phi_leaked.values()) / total if total else 1.0

    @property
    def over_masking(self) -> float:
        total = sum(self.keep_total.values())
        return sum(self.keep_changed.values()) / total if total else 0.0


def score(documents: list[Document], mask: Masker) -> Report:
    """Mask each document once and judge every planted value at the leaves where it was planted."""
    report = Report()
    for document in documents:
        started = time.perf_counter()
        masked = mask(document.value)
        report.seconds += time.perf_counter() - started
        report.kilobytes += len(json.dumps(document.value, ensure_ascii=False).encode()) / 1024
        for planted in document.phi:
            leaked = any(leaks(planted.kind, planted.value, at(masked, path)) for path in planted.paths)
            report.phi_total[planted.kind] += 1
            report.template_total[document.template] += 1
            if leaked:
                report.phi_leaked[planted.kind] += 1
                report.template_leaked[document.template] += 1
        for planted in document.keep:
            changed = any(not occurs(planted.value, at(masked, path)) for path in planted.paths)
            report.keep_total[planted.kind] += 1
            report.keep_changed[planted.kind] += changed
    return report


def render(report: Report) -> str:
    lines = [
        f"overall recall {report.recall:.3f} ({sum(report.phi_total.values()) - sum(report.phi_leaked.values())}"
        f"/{sum(report.phi_total.values())} identifiers masked)",
        f"over-masking {report.over_masking:.3f} ({sum(report.keep_changed.values())}"
        f"/{sum(report.keep_total.values())} non-identifiers changed)",
        f"mask_json time {1000 * report.seconds / max(report.kilobytes, 1e-9):.2f} ms/KB "
        f"({report.kilobytes:.0f} KB in {report.seconds:.2f} s)",
        "",
        "recall per class:",
    ]
    lines += _rows(report.phi_total, report.phi_leaked, lambda total, bad: 1 - bad / total)
    lines += ["", "recall per template:"]
    lines += _rows(report.template_total, report.template_leaked, lambda total, bad: 1 - bad / total)
    lines += ["", "over-masking per class:"]
    lines += _rows(report.keep_total, report.keep_changed, lambda total, bad: bad / total)
    return "\n".join(lines)


def _rows(totals: Counter[str], bad: Counter[str], rate: Callable[[int, int], float]) -> list[str]:
    return [f"  {key:<20} {rate(totals[key], bad[key]):.3f}  ({bad[key]}/{totals[key]})" for key in sorted(totals)]
