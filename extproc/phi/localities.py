"""What an address names after its street, by its place in it, whatever the town: the town and the postal code
up to a state, a province, a country or the line's end, in the orders the world writes them (``4770 Lakeview Lane,
Chillicothe 28452``, ``3249 King George Blvd, Laval ON R7A 8M9``, ``4309 SPRUCE WAY SAGINAW``, ``Jüttnerstraße 26,
69101 Göppingen``, ``Viale Tullio, 33, 95017, Vena (CT)``, ``21 McLoughlin Street E95C3EH Euan Ville``), or the
one word after a street and its comma (``6609 SYCAMORE LN, HAGERSTOWN FOR MVC``). The town list finds the towns it
holds anywhere; this finds the rest where an address says so, a made-up town as well as a real one."""

from __future__ import annotations

import re

from . import cues as C
from . import kinds as K
from .names import Span, cities_abroad, places, stopwords, words

_REGIONS = "|".join((*C.US_STATE_CODES, *C.PROVINCE_CODES, "NSW", "VIC", "QLD", "TAS", "ACT"))
"""Where a walk stops: a state may stay under Safe Harbor, and the rules for a ZIP after one own what follows."""
_REGION_CODES = frozenset(_REGIONS.split("|"))
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_WORD = rf"(?:[{_UPPER}][{_LOWER}'\u2019.-]+(?:[{_UPPER}][{_LOWER}]+)?|[{_UPPER}]{{2,}}|Saint|St\.)"
_PARTICLE = r"(?:de|del|de la|la|le|les|am|an der|im|sur|sous|di|da|do|dos|das|los|las|el|en)"
_PARTICLES = re.compile(_PARTICLE)
_TOWN = rf"{_WORD}(?:[ -](?:{_PARTICLE}[ -])?{_WORD}){{0,3}}?"
_POSTCODE = rf"\d{{4,6}}(?:-\d{{3,4}})?|{C.EIRCODE}"
"""A postal code by its shape: four to six digits and a suffix (Australia, Germany, Brazil's ``01386-459``), or an
Irish Eircode (``A65 F4E2``); the UK's and Canada's shapes are patterns of their own."""
_END = rf"(?=,?[ \t]*(?:[\n\r;(]|\.(?:\s|$)|$)|,|,?[ \t]+(?:(?:{_REGIONS})\b|(?:{_POSTCODE})(?![\w-])))"
"""What may follow a town: the line's end, a comma, a state or a postal code (not ``by``: a sentence goes on)."""
_PIECE = re.compile(rf"(?:,[ \t]*|[ \t]+)(?:(?P<post>{_POSTCODE})(?![\w-])|(?P<town>{_TOWN}){_END})")
_AFTER_COMMA = re.compile(rf",[ \t]+({_WORD})\b")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_UNITS = ("Apt", "Apartment", "Unit", "Suite", "Ste", "Floor", "Fl", "Bldg", "Room", "Rm", "Lot", "Box", "PO")
_NOT_TOWNS = frozenset(
    w.casefold()
    for w in (*C.TITLES, *C.LABELS, *C.ROLES, *_UNITS, "Dept", "Attn", "USA", "US", "Canada")
)
_LINKS = frozenset(("for", "to", "with", "by", "at", "from", "per", "via", "after", "before", "is", "was", "and", "or"))
"""Words that go on a sentence, never inside a town's name (``ZUBEYDATON FOR MVC``)."""
_POSTCODE_LINE = re.compile(_POSTCODE)
_REGION_LINE = re.compile(rf"(?:{_REGIONS}|(?:Co\.|County) \S.{{0,30}})")
_TOWN_LINE = re.compile(_TOWN)
_LINES_BELOW = 3
_REACH = 80
"""The most characters after a street that its town and postal code are looked for in."""
_PIECES = 3
"""The most pieces a walk takes (``Cadola`` and ``32014`` and one more, in some order)."""


def _town(word_run: str) -> bool:
    """Not a unit, a title or a label (``Apt 4``, ``Dr. Okafor``), nor a country or a region (``…, Germany``,
    ``IL``: a state may stay under Safe Harbor), and no everyday word in it (``Patient``, ``ZUBEYDATON FOR MVC``)."""
    if word_run in _REGION_CODES or (word_run.casefold() in places() and word_run not in cities_abroad()):
        return False
    parts = [w.rstrip(".,").casefold() for w in word_run.replace("-", " ").split(" ")]
    common, stop = words(), stopwords()
    return not any(
        w in _NOT_TOWNS or w in common or w in stop or w in _LINKS for w in parts if not _PARTICLES.fullmatch(w)
    )


def _tail(text: str, end: int) -> list[Span]:
    """The town and postal code pieces after a street ending at ``end``, walked in order until a piece is none
    or a third run of words (a year straight after the street is not a postal code: ``moved to 12 Oak St 2019``)."""
    line_end = text.find("\n", end, end + _REACH)
    limit = line_end if line_end >= 0 else min(len(text), end + _REACH)
    out: list[Span] = []
    pos = end
    region_passed = False
    for _ in range(_PIECES + 1):
        piece = _PIECE.match(text, pos, limit)
        if piece is None:
            break
        post = piece.group("post")
        if post is not None:
            if not out and _YEAR.match(post):
                break
            out.append((piece.start("post"), piece.end("post"), K.ADDRESS))  # removed whole, as a code abroad is
        else:
            town = piece.group("town")
            if region_passed or not _town(town):
                break
            if any(k == K.CITY for _, _, k in out):
                region_passed = True  # a second run of words is a region (``Göppingen, Hessen 85175``, ``Co. Kerry,
                pos = piece.end()  # V92 PK4V``): a state may stay, and the postal code may still follow it
                continue
            end_of_town = piece.end("town") - (town.endswith(".") and len(town.rsplit(" ", 1)[-1]) > 4)
            out.append((piece.start("town"), end_of_town, K.CITY))  # ``Göppingen.`` ends a sentence; ``Ft.`` not
        pos = piece.end()
    if line_end >= 0 and not text[pos:line_end].strip(" \t,"):
        out.extend(_lines_below(text, line_end + 1, any(k == K.CITY for _, _, k in out)))
    if not out:
        found = _AFTER_COMMA.match(text, end, limit)
        if found is not None and _town(found.group(1)):
            out.append((found.start(1), found.end(1), K.CITY))
    return out


def _lines_below(text: str, start: int, has_town: bool) -> list[Span]:
    """An address written a part to a line, as a letter writes it (``Glasnevin`` / ``Co. Dublin`` / ``D11TCD3``):
    each of the next lines that is one piece whole, a town (the first only), a region or a postal code."""
    out: list[Span] = []
    for _ in range(_LINES_BELOW):
        end = text.find("\n", start, start + _REACH)
        end = len(text) if end < 0 and len(text) - start <= _REACH else end
        if end < 0:
            break
        line = text[start:end].strip()
        at = start + text[start:end].find(line) if line else start
        if _POSTCODE_LINE.fullmatch(line):
            out.append((at, at + len(line), K.ADDRESS))
        elif _REGION_LINE.fullmatch(line):
            pass  # a state, a province or an Irish county (the county's own pattern masks it)
        elif not has_town and _TOWN_LINE.fullmatch(line) and _town(line):
            out.append((at, at + len(line), K.CITY))
            has_town = True
        else:
            break
        start = end + 1
        if start >= len(text):
            break
    return out


def towns_after_streets(text: str, spans: list[Span]) -> list[Span]:
    """``CITY`` spans for the town and ``ADDRESS`` spans for the postal code after each ``ADDRESS`` span of
    ``spans``, where no span starts already."""
    out: list[Span] = []
    taken = {s for s, _, _ in spans}
    for _, end, kind in spans:
        if kind == K.ADDRESS:
            out.extend(span for span in _tail(text, end) if span[0] not in taken)
    return out
