"""The town an address names by its place in it, whatever the town: the words after a street and before a state,
a province, a ZIP or the line's end (``4770 Lakeview Lane, Chillicothe 28452``, ``3249 King George Blvd, Laval ON
R7A 8M9``, ``4309 SPRUCE WAY SAGINAW``), or the one word after a street and its comma (``6609 SYCAMORE LN,
HAGERSTOWN FOR MVC``). The town list finds the towns it holds anywhere; this finds the rest where an address says
so, a made-up town as well as a real one."""

from __future__ import annotations

import re

from . import cues as C
from . import kinds as K
from .names import Span, places, words

_REGIONS = "|".join((*C.US_STATE_CODES, *C.PROVINCE_CODES))
_WORD = r"(?:[A-Z][a-z'\u2019.-]+|[A-Z]{2,}|Saint|St\.)"
_TOWN = re.compile(
    rf",?[ \t]+({_WORD}(?:[ -]{_WORD}){{0,2}}?)"
    rf"(?=,?[ \t]+(?:{_REGIONS})\b|,?[ \t]+\d{{5}}\b|[ \t]*(?:[\n\r;(]|$))"
)
_AFTER_COMMA = re.compile(rf",[ \t]+({_WORD})\b")
_UNITS = ("Apt", "Apartment", "Unit", "Suite", "Ste", "Floor", "Fl", "Bldg", "Room", "Rm", "Lot", "Box", "PO")
_NOT_TOWNS = frozenset(
    w.casefold()
    for w in (*C.TITLES, *C.LABELS, *C.ROLES, *_UNITS, "Dept", "Attn", "USA", "US", "Canada")
)
_REACH = 64
"""The most characters after a street that its town is looked for in."""


def _town(word_run: str) -> bool:
    """Not a unit, a title, a label or an everyday word (``Apt 4``, ``Dr. Okafor``, ``Patient``), nor a country
    or a region (``…, Germany``): a state may stay under Safe Harbor."""
    first = word_run.split(" ")[0].rstrip(".,").casefold()
    return first not in _NOT_TOWNS and first not in words() and word_run.casefold() not in places()


def towns_after_streets(text: str, spans: list[Span]) -> list[Span]:
    """``CITY`` spans for the town after each ``ADDRESS`` span of ``spans`` (none when a span covers it already)."""
    out: list[Span] = []
    taken = {s for s, _, _ in spans}
    for _, end, kind in spans:
        if kind != K.ADDRESS:
            continue
        window = text[end : end + _REACH]
        found = _TOWN.match(window) or _AFTER_COMMA.match(window)
        if found is None:
            continue
        town = found.group(1)
        start = end + found.start(1)
        if start in taken or not _town(town):
            continue
        out.append((start, start + len(town), K.CITY))
    return out
