"""The leak rule. An identifier is masked when none of its probes (the whole value, plus the parts that still
identify: a surname, a phone's last four, a date's day and month, an e-mail's local part...) occurs in the masked
output more often than in the document with every planted identifier redacted; so a probe that also occurs in
clinical text (a surname that is a word, a number that is a lab value) is not held against the masker. A keep
survives when it occurs at least as often as in that redacted twin.

Occurrences are searched in every string and key of the output, case-insensitively; a string holding JSON is
searched in its decoded form. A probe edge that is a digit may not touch another digit, a letter edge may not
touch another letter ("MRN12345678" still shows 12345678; "1930" does not show "193")."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .plant import Document, Plant

Masker = Callable[[Any], Any]


def strings(value: Any) -> list[str]:
    """Every string and key in ``value``, JSON-in-text replaced by its own strings."""
    found: list[str] = []
    _collect(value, found)
    return found


def _collect(value: Any, found: list[str]) -> None:
    if isinstance(value, str):
        decoded = _json_in(value)
        if decoded is None:
            found.append(value)
        else:
            _collect(decoded, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(key, found)
            _collect(item, found)
    elif isinstance(value, list):
        for item in value:
            _collect(item, found)


def _json_in(text: str) -> Any:
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        decoded = json.loads(stripped)
    except ValueError:
        return None
    return decoded if isinstance(decoded, (dict, list)) else None


def haystack(value: Any) -> str:
    return "\n".join(strings(value))


@lru_cache(maxsize=65536)
def probe_pattern(probe: str) -> re.Pattern[str]:
    def edge(char: str, ahead: bool) -> str:
        if char.isdigit():
            return r"(?!\d)" if ahead else r"(?<!\d)"
        if char.isalpha():
            return r"(?![^\W\d_])" if ahead else r"(?<![^\W\d_])"
        return ""

    return re.compile(edge(probe[0], False) + re.escape(probe) + edge(probe[-1], True), re.IGNORECASE)


def count(probe: str, text: str) -> int:
    return len(probe_pattern(probe).findall(text))


def judged(plant: Plant, output: str, baseline: str) -> bool:
    """True when the masker did right by this plant: an identifier gone, a keep still there."""
    if plant.identifier:
        return all(count(probe, output) <= count(probe, baseline) for probe in plant.probes)
    return count(plant.value, output) >= count(plant.value, baseline)


@dataclass
class Outcome:
    shape: str
    plant: Plant
    right: bool


@dataclass
class Run:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    kilobytes: float = 0.0
    errors: int = 0


def run(documents: list[Document], masker: Masker) -> Run:
    """Mask every document (timed) and judge every plant. A masker error stands for a blocked result: its
    identifiers count as masked and its keeps as lost, and the error count is reported."""
    result = Run()
    for document in documents:
        result.kilobytes += len(json.dumps(document.value, ensure_ascii=False).encode()) / 1024
        started = time.perf_counter()
        try:
            masked = masker(document.value)
        except Exception:  # any failure is a blocked result, counted and reported
            result.errors += 1
            masked = None
        result.seconds += time.perf_counter() - started
        output, baseline = haystack(masked), haystack(document.redacted)
        result.outcomes.extend(Outcome(document.shape, plant, judged(plant, output, baseline))
                               for plant in document.plants)
    return result
