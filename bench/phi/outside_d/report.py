"""Figures from a run: recall, over-masking, speed, and their splits by kind, shape and name kind."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .score import Outcome, Run


@dataclass(frozen=True)
class Figures:
    recall: float
    over_masking: float
    identifiers: int
    keeps: int
    ms_per_kb: float


def figures(run: Run) -> Figures:
    identifiers = [outcome for outcome in run.outcomes if outcome.plant.identifier]
    keeps = [outcome for outcome in run.outcomes if not outcome.plant.identifier]
    return Figures(
        recall=_share(identifiers),
        over_masking=1.0 - _share(keeps) if keeps else 0.0,
        identifiers=len(identifiers),
        keeps=len(keeps),
        ms_per_kb=1000 * run.seconds / run.kilobytes if run.kilobytes else 0.0,
    )


def _share(outcomes: list[Outcome]) -> float:
    return sum(outcome.right for outcome in outcomes) / len(outcomes) if outcomes else 0.0


def _split(outcomes: Iterable[Outcome], key: Callable[[Outcome], str]) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[key(outcome)].append(outcome)
    return dict(sorted(groups.items()))


def _table(title: str, groups: dict[str, list[Outcome]], value: Callable[[list[Outcome]], float]) -> list[str]:
    lines = [title]
    lines.extend(f"  {name:<28} {value(group):6.3f}  (n={len(group)})" for name, group in groups.items())
    return lines


def render(label: str, run: Run, documents: int, shapes: int) -> str:
    """The report printed for one masker."""
    total = figures(run)
    identifiers = [outcome for outcome in run.outcomes if outcome.plant.identifier]
    keeps = [outcome for outcome in run.outcomes if not outcome.plant.identifier]
    names = [outcome for outcome in identifiers if outcome.plant.kind == "name"]
    lines = [
        f"== outside corpus D - {label}: {documents} documents, {shapes} shapes, "
        f"{total.identifiers} identifiers, {total.keeps} keeps, {run.kilobytes:.0f} KB",
        f"recall {total.recall:.3f}   over-masking {total.over_masking:.3f}   {total.ms_per_kb:.3f} ms/KB"
        + (f"   masker errors {run.errors}" if run.errors else ""),
    ]
    lines += _table("recall per identifier kind", _split(identifiers, lambda o: o.plant.kind), _share)
    lines += _table("recall per shape", _split(identifiers, lambda o: o.shape), _share)
    lines += _table("names: recall by name kind", _split(
        names, lambda o: "english-word names" if o.plant.english_word_name else "other names"), _share)
    lines += _table("over-masking per kept kind", _split(keeps, lambda o: o.plant.kind),
                    lambda group: 1.0 - _share(group))
    return "\n".join(lines)
