"""Leak and over-masking tests for one gold value against a masked document, leaf by leaf.

An identifier leaks if its letters and digits survive in order (separators aside) in the leaf where it was
planted; a name leaks if any of its parts of three letters or more survives there as a word. A kept value is
over-masked if it no longer appears verbatim in its leaf.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .marks import Gold, leaf_text

NAME_KINDS = frozenset({"name", "staff_name"})
_ALNUM = r"[^\W_]"


def bounded(body: str, text: str) -> str:
    """``body`` (a regex matching ``text``) as a whole token: not glued to a digit (if it starts or ends with one)
    or to a letter (if it starts or ends with one), so 103 is found in 103yo but not in 1032."""
    left = r"(?<!\d)" if text[:1].isdigit() else r"(?<![^\W\d_])"
    right = r"(?!\d)" if text[-1:].isdigit() else r"(?![^\W\d_])"
    return left + body + right


@lru_cache(maxsize=8192)
def leak_patterns(kind: str, value: str) -> tuple[re.Pattern[str], ...]:
    if kind in NAME_KINDS:
        parts = [part for part in re.findall(r"[^\W\d_]+", value) if len(part) >= 3]
        return tuple(re.compile(rf"(?<![^\W\d_]){re.escape(part)}(?![^\W\d_])") for part in parts)
    runs = re.findall(_ALNUM + "+", value)
    body = r"[\W_]*".join(re.escape(run) for run in runs)
    return (re.compile(bounded(body, runs[0][0] + runs[-1][-1]), re.IGNORECASE),)


def scorable(gold: Gold) -> bool:
    """False for a name with no part of three letters (Ng, B. Le): the leak rule cannot see it, so it is not counted."""
    return not gold.is_identifier or bool(leak_patterns(gold.kind, gold.value))


def leaked(gold: Gold, masked: Any) -> bool:
    text = leaf_text(masked, gold.path)
    return any(pattern.search(text) for pattern in leak_patterns(gold.kind, gold.value))


def overmasked(gold: Gold, masked: Any) -> bool:
    text = leaf_text(masked, gold.path)
    return re.search(bounded(re.escape(gold.value), gold.value), text) is None
