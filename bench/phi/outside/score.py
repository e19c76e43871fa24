"""Scoring: run ``mask_json`` on each tool result and look, leaf by leaf, for what survived.

Input and output are walked side by side (masking keeps the JSON shape; a string holding JSON is parsed on
both sides), so a planted value is judged only in the output leaves whose input held it: a leak in one
carrier is not blamed on another format elsewhere in the document.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from extproc.phi import get_profile, mask_json

from .render import Doc
from .values import Planted, exact


def _as_json(text: str) -> Any:
    stripped = text.strip()
    if not stripped or stripped[0] not in '{["':
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return None


def leaf_pairs(before: Any, after: Any) -> list[tuple[str, str]]:
    """(input text, output text) for every key and scalar, decoding JSON held in strings at every level."""
    pairs: list[tuple[str, str]] = []
    if isinstance(before, dict) and isinstance(after, dict) and len(before) == len(after):
        for (k1, v1), (k2, v2) in zip(before.items(), after.items(), strict=True):
            pairs.append((str(k1), str(k2)))
            pairs += leaf_pairs(v1, v2)
        return pairs
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for v1, v2 in zip(before, after, strict=True):
            pairs += leaf_pairs(v1, v2)
        return pairs
    if isinstance(before, str) and isinstance(after, str):
        inner_before, inner_after = _as_json(before), _as_json(after)
        if isinstance(inner_before, dict | list | str) and inner_after is not None:
            return [(before, after), *leaf_pairs(inner_before, inner_after)]
        return [(before, after)]
    if isinstance(before, dict | list):  # shape changed: judge the whole subtree against the whole output
        return [(json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False))]
    return [
        (
            json.dumps(before, ensure_ascii=False) if not isinstance(before, str) else before,
            after if isinstance(after, str) else json.dumps(after, ensure_ascii=False),
        )
    ]


def _holds(text: str, value: str) -> bool:
    return value in text or json.dumps(value, ensure_ascii=False)[1:-1] in text or json.dumps(value)[1:-1] in text


@dataclass
class Outcome:
    """What one corpus run found."""

    gold: list[tuple[Planted, bool]] = field(default_factory=list)  # (planted, leaked)
    kept: list[tuple[str, str, str, bool]] = field(default_factory=list)  # (class, value, source, masked)
    unplaced: int = 0
    bytes_in: int = 0
    seconds: float = 0.0


def leaked(planted: Planted, pairs: list[tuple[str, str]]) -> bool | None:
    """Whether any fragment of ``planted`` survives in the output of a leaf whose input held it (None: the
    value is in no leaf, a generator error)."""
    outs = [after for before, after in pairs if _holds(before, planted.value)]
    if not outs:
        return None
    patterns = [re.compile(f) for f in planted.fragments]
    return any(p.search(out) for out in outs for p in patterns)


def score(corpus: list[tuple[str, dict, Doc]]) -> Outcome:
    import time

    profile = get_profile("safe_harbor")
    mask_json({"warm": "Ana da Silva 03/04/1961"}, profile)
    result = Outcome()
    for _, doc_json, doc in corpus:
        result.bytes_in += len(json.dumps(doc_json, ensure_ascii=False).encode())
        t0 = time.perf_counter()
        masked = mask_json(doc_json, profile).value
        result.seconds += time.perf_counter() - t0
        pairs = leaf_pairs(doc_json, masked)
        for planted in doc.gold:
            hit = leaked(planted, pairs)
            if hit is None:
                result.unplaced += 1
                continue
            result.gold.append((planted, hit))
        for kept in doc.kept:
            word = re.compile(exact(kept.value))
            outs = [after for before, after in pairs if word.search(before)]
            masked_away = any(not word.search(after) for after in outs)
            result.kept.append((kept.cls, kept.value, kept.source, masked_away))
    return result


def tally(items: list[tuple[str, bool]]) -> dict[str, list[int]]:
    """key -> [found, total]."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, ok in items:
        out[key][0] += ok
        out[key][1] += 1
    return out
