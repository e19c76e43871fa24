"""Identifiers in XML text (a C-CDA document, an XML export), read by their element's name.

``<given>Chinyere</given><family>Anyanwu</family><city>Paterson</city><postalCode>07501</postalCode>`` gives
free-text detection single words with nothing around them. The element names say what they hold, as JSON keys
do, so each name (its local part, without a namespace prefix) is looked up in the key table ``mask_json`` uses
(``extproc.phi.keys``: ``given``, ``family``, ``city``, ``postalCode``, ``birthTime``, ``streetAddressLine``...)
and the text of a leaf element is marked with that kind; so is a ``value="…"`` attribute of such an element
(``<birthTime value="19810906"/>``), and a C-CDA ``<id extension="…"/>`` (a record's number).

Hostile input: ``str.find`` over the text, a bounded number of elements, no exception on malformed markup (an
element that cannot be read is skipped; free-text detection still reads the whole text).
"""

from __future__ import annotations

from functools import cache

from . import kinds as K
from .keys import default_keymap, derived_kind, normalize_key
from .name_runs import WEAK

Span = tuple[int, int, str]


MAX_ELEMENTS = 20_000
MAX_TAG = 64
MAX_TEXT = 256

_AMBIGUOUS = frozenset(("name", "display_name", "alias"))
"""Element names that hold an organisation's or a thing's name as often as a person's (``<given>``, ``<family>``
are a person's in XML)."""

_SSN_ROOT = "2.16.840.1.113883.4.1"
"""The OID of US Social Security numbers: an ``<id root=…>`` under it holds an SSN."""


@cache
def _keymap() -> dict[str, str]:
    table = default_keymap()
    # C-CDA's names for a person's parts, as the key table does not spell them
    table.update({"birth_time": K.DATE, "street_address_line": K.ADDRESS, "postal_code": K.ZIP})
    return table


def may_hold(text: str) -> bool:
    """Cheap: a closing tag or a self-closing one."""
    return "</" in text or "/>" in text


def _attribute(tag: str, name: str) -> tuple[int, int] | None:
    """Offsets (within ``tag``) of the value of attribute ``name``, quoted with ``"`` or ``'``."""
    i = tag.find(f" {name}=")
    if i < 0:
        return None
    start = i + len(name) + 2
    if start >= len(tag) or tag[start] not in "\"'":
        return None
    end = tag.find(tag[start], start + 1)
    return (start + 1, end) if end > start else None


def find(text: str) -> list[Span]:
    """Spans of the text (or ``value``) of every element whose name the key table knows, and of C-CDA ids."""
    out: list[Span] = []
    pos = 0
    n = len(text)
    for _ in range(MAX_ELEMENTS):
        lt = text.find("<", pos)
        if lt < 0 or lt + 1 >= n:
            break
        gt = text.find(">", lt + 1, lt + 1 + 4 * MAX_TEXT)
        if gt < 0:
            break
        inner = text.find("<", lt + 1, gt)
        if inner >= 0:  # a stray "<" (``BP < 120 <given>…``): the tag starts at the later one
            pos = inner
            continue
        pos = gt + 1
        tag = text[lt + 1 : gt]
        if not tag or tag[0] in "/!?":
            continue
        name_end = len(tag)
        for stop in (" ", "/", "\t", "\n"):
            i = tag.find(stop)
            if 0 <= i < name_end:
                name_end = i
        qname = tag[:name_end]
        local = qname.rsplit(":", 1)[-1]
        if not local or len(local) > MAX_TAG:
            continue
        if local == "id":  # <id root="…" extension="…"/>: a record's number (an SSN under its OID)
            ext = _attribute(tag, "extension")
            if ext is not None and ext[1] > ext[0] and any(c.isdigit() for c in tag[ext[0] : ext[1]]):
                kind = K.SSN if f'"{_SSN_ROOT}"' in tag or f"'{_SSN_ROOT}'" in tag else K.ID
                out.append((lt + 1 + ext[0], lt + 1 + ext[1], kind))
            continue
        kind = _keymap().get(normalize_key(local)) or derived_kind(normalize_key(local))
        if kind is None:
            continue
        value = _attribute(tag, "value")
        if value is not None and value[1] > value[0]:
            out.append((lt + 1 + value[0], lt + 1 + value[1], kind))
        if tag.endswith("/"):
            continue
        close = text.find(f"</{qname}>", gt + 1, gt + 1 + MAX_TEXT + len(qname) + 3)
        if close < 0:
            continue
        body = text[gt + 1 : close]
        if not body.strip() or "<" in body:
            continue
        lead = len(body) - len(body.lstrip())
        start, end = gt + 1 + lead, gt + 1 + len(body.rstrip())
        if kind == K.NAME and normalize_key(local) in _AMBIGUOUS:
            out.append((start, start + 1, WEAK))
        else:
            out.append((start, end, kind))
    return out
