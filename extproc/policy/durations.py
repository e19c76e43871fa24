"""Durations in a policy file: a whole number and one unit, ``90s``, ``15m``, ``1h``, ``7d``.

No fractions, no compound forms (``1h30m``): one spelling per length keeps the file easy to review and the
parser trivial. Held as whole seconds.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DURATION_RE = re.compile(r"([0-9]{1,9})([smhd])")
"""At most nine digits: large enough for any range a policy allows, small enough to never build a huge int."""


def parse_duration(text: str) -> int | None:
    """Seconds in ``text``, or None when it is not a duration."""
    match = DURATION_RE.fullmatch(text)
    if match is None:
        return None
    return int(match.group(1)) * UNITS[match.group(2)]


def format_duration(seconds: int) -> str:
    """The shortest exact spelling: 3600 → ``1h``, 90 → ``90s``, 0 → ``0s``."""
    for unit, size in sorted(UNITS.items(), key=lambda item: -item[1]):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
