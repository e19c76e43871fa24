"""Text normalisation before matching, with a map back to the original offsets.

Attackers (or just copy-paste) hide identifiers behind fullwidth digits (U+FF11...), other scripts' digits
(Arabic-Indic U+0661...) and zero-width characters inside a number. Matching runs on the normalised text;
replacements are applied to the original string through ``Normalized.span``, so text outside an identifier is untouched.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import re2

_OTHER_DIGIT = re2.compile(r"[^\P{Nd}0-9]")

INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
"""Zero-width and bidi-control characters dropped before matching (soft hyphen too)."""


@dataclass(slots=True)
class Normalized:
    """``text`` is what patterns see; ``origin[i]`` is the original index of ``text[i]`` (None: identity)."""

    text: str
    origin: list[int] | None
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covering normalised ``[start, end)``."""
        if self.origin is None:
            return start, end
        o = self.origin
        real_start = o[start] if start < len(o) else self.original_length
        real_end = o[end - 1] + 1 if end > start else real_start
        return real_start, real_end


def _needs_work(text: str) -> bool:
    if any(c in text for c in INVISIBLE):
        return True
    if not unicodedata.is_normalized("NFKC", text):
        return True
    # digits of other scripts (Arabic-Indic, Devanagari...) are left alone by NFKC
    return _OTHER_DIGIT.search(text) is not None


def normalize(text: str) -> Normalized:
    """NFKC per character, other scripts' decimal digits to ASCII, invisible characters dropped.

    Per-character NFKC keeps the offset map exact (a composed form may span characters; matching only
    needs the digits and ASCII punctuation right, and names are looked up with their own normalisation).
    """
    if text.isascii() or not _needs_work(text):
        return Normalized(text, None, len(text))
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            origin.append(i)
            continue
        if ch in INVISIBLE:
            continue
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
            origin.append(i)
            continue
        mapped = unicodedata.normalize("NFKC", ch)
        for m in mapped:
            out.append(m)
            origin.append(i)
    return Normalized("".join(out), origin, len(text))
