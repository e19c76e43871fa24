"""Reference maskers for checking the scorer: one that knows the gold, and one that changes nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from .marks import Gold
from .score import bounded

REDACTED = "[REDACTED]"


def identity_masker(value: Any) -> Any:
    return value


def oracle_masker(golds: list[Gold]) -> Callable[[Any], Any]:
    """A masker that replaces exactly the planted identifiers, wherever they are (including embedded JSON)."""
    surfaces = sorted({gold.value for gold in golds if gold.is_identifier}, key=len, reverse=True)
    if not surfaces:
        return identity_masker
    pattern = re.compile("|".join(bounded(re.escape(surface), surface) for surface in surfaces))

    def mask(value: Any) -> Any:
        if isinstance(value, str):
            try:
                inner = json.loads(value)
            except ValueError:
                return pattern.sub(REDACTED, value)
            if isinstance(inner, dict | list):
                return json.dumps(mask(inner), ensure_ascii=False)
            return pattern.sub(REDACTED, value)
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float):
            return REDACTED if str(value) in surfaces else value
        if isinstance(value, dict):
            return {key: mask(item) for key, item in value.items()}
        if isinstance(value, list):
            return [mask(item) for item in value]
        return value

    return mask
