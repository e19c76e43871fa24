"""The leak rule, the oracle, and the scores.

Leak rule (documented in ``__init__``): all strings of a document are gathered (keys, values, numbers;
a string holding a JSON object or array is decoded and gathered instead). An identifier leaks when any of its
forms is still found there after masking:

- names: any part of 2+ letters (particles such as van, de, bin aside; any CJK part) as a whole word,
  case-insensitively;
- digit identifiers (phones, fax, SSN, ZIP, numeric MRNs and accounts): their digits inside a run of digits
  joined by at most two of `` -.()/+``;
- everything else (e-mail, URLs, IPs, ids with letters, licence and plate numbers, dates, ages, street names,
  cities, counties): the form case-insensitively (case-folded: WEISS is Weiß), spaces loose, not inside a
  longer number or word.

A date's form is its rendering without the year ("03/14", "14 Mar", "March 14"), so keeping the year alone is
not a leak. A term that must survive is lost when it occurs fewer times after masking than before.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from .plant import DIGITS, Keep, Plant

_DIGIT_RUN = re.compile(r"\d(?:[ \-.()/+]{0,2}\d)*")


def gather(value: object) -> list[str]:
    """Every string a reader of the result sees, JSON inside text decoded."""
    out: list[str] = []

    def text(item: str) -> None:
        stripped = item.strip()
        if stripped[:1] in ("{", "["):
            try:
                walk(json.loads(stripped))
                return
            except ValueError:
                pass
        out.append(item)

    def walk(item: object) -> None:
        if isinstance(item, dict):
            for key, sub in item.items():
                text(str(key))
                walk(sub)
        elif isinstance(item, list):
            for sub in item:
                walk(sub)
        elif isinstance(item, str):
            text(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            out.append(str(item))

    walk(value)
    return out


def _edge(char: str, before: bool) -> str:
    if char.isdigit():
        return r"(?<!\d)" if before else r"(?!\d)"
    if char.isalpha() and ord(char) < 0x2E80:
        return r"(?<![^\W\d_])" if before else r"(?![^\W\d_])"
    return ""


@cache
def form_pattern(form: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """``form`` as a whole word or number (CJK: anywhere), spaces loose."""
    body = r"\s+".join(re.escape(word) for word in form.split())
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(_edge(form[0], True) + body + _edge(form[-1], False), flags)


# A masker's placeholder ("[NAME]", "<PHONE_2>", "{{DATE}}"): it names a kind, it never reveals a value.
_PLACEHOLDER = re.compile(r"[\[<{]+[A-Z][A-Z_\-]*(?:[_\-#]?\d+)?[\]>}]+")


class Seen:
    """The gathered text of one document, searchable by a plant's forms.

    Given the ``original`` text, placeholders the original did not hold are dropped first, so that a
    placeholder's word ("[MARK]", "<CASE_1>") is not read as an English-word name left in place.
    """

    def __init__(self, value: object, original: str | None = None) -> None:
        self.joined = "\n".join(gather(value))
        if original is not None:
            present = set(_PLACEHOLDER.findall(original))
            self.joined = _PLACEHOLDER.sub(lambda m: m[0] if m[0] in present else " ", self.joined)
        self.folded = self.joined.casefold()  # "WEISS" is "Weiß" written in capitals
        self.digit_runs = "\n".join(re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(self.joined))

    def has(self, plant: Plant) -> bool:
        if plant.mode == DIGITS:
            return any(form in self.digit_runs for form in plant.forms)
        return any(form_pattern(form.casefold()).search(self.folded) for form in plant.forms)

    def count(self, term: str) -> int:
        return self.joined.count(term)


def oracle(value: object, plants: list[Plant]) -> object:
    """The perfect masker: every planted surface (and nothing else) replaced by a distinct token."""
    surfaces = sorted({s for plant in plants for s in plant.surfaces}, key=len, reverse=True)
    if not surfaces:
        return value
    pattern = re.compile("|".join(form_pattern(s, True).pattern for s in surfaces))
    counter = iter(range(1, 1_000_000))

    def scrub(text: str) -> str:
        return pattern.sub(lambda _m: f"[#{next(counter)}]", text)

    def walk(item: object) -> object:
        if isinstance(item, dict):
            return {scrub(str(k)): walk(v) for k, v in item.items()}
        if isinstance(item, list):
            return [walk(v) for v in item]
        if isinstance(item, str):
            return scrub(item)
        if isinstance(item, int) and not isinstance(item, bool) and str(item) in surfaces:
            return scrub(str(item))
        return item

    return walk(value)


def identity(value: object, plants: list[Plant]) -> object:
    """The masker that masks nothing."""
    return value


@dataclass
class Tally:
    found: int = 0
    leaked: int = 0

    def add(self, leaked: bool) -> None:
        self.found += 1
        self.leaked += leaked

    @property
    def recall(self) -> float:
        return 1.0 - self.leaked / self.found if self.found else float("nan")


def keep_lost(before: Seen, after: Seen, keep: Keep) -> bool:
    return after.count(keep.text) < before.count(keep.text)
