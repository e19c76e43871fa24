"""Identifiers in delimited exports (CSV, TSV, semicolon-separated), read by their column's heading.

A worklist export ``mrn,patient_name,dob,phone\\n40977228,Hendricks Danny,9/9/1941,996-9635`` gives free-text
detection nothing to go by: no cue word, no label, a bare number, a date without context. Its heading row says
what each column holds, as a JSON key does, so each heading is looked up in the same key table ``mask_json``
uses (``extproc.phi.keys``: ``MRN``, ``Patient Name``, ``Date of Birth``, ``guarantor_ssn``...) and every cell
under it is marked with that kind. A heading that names a person only ambiguously (``Name``, ``Given``: a
drug's name, a tool's) makes its cells weak name candidates, which the name rules confirm or drop.

Hostile input: one pass over the lines with ``str`` methods, a bounded number of rows and columns, quotes read
by a small state machine (no regex), no exception on malformed input — a row of another width ends the table.
"""

from __future__ import annotations

from functools import cache

from . import kinds as K
from .id_labels import person_number
from .keys import AMBIGUOUS_KEYS, default_keymap, derived_kind, normalize_key, person_key
from .name_runs import WEAK
from .value_names import name_shaped, person_cell

Span = tuple[int, int, str]


DELIMITERS = (",", "\t", ";")
MAX_ROWS = 5_000
MAX_COLUMNS = 64
MAX_HEADING = 48
"""The longest heading cell read as one (``Emergency contact phone number``); longer is a sentence."""

_PERSON = "PERSON_COLUMN"
"""A column whose heading names a person (``patient``, ``guarantor``, ``attending``): its cells shaped like a name
are names, the others free text."""

_EMPTY = frozenset(("", "-", "--", "n/a", "na", "none", "null", "unknown", "?"))


@cache
def _keymap() -> dict[str, str]:
    return default_keymap()


def may_hold(text: str) -> bool:
    """Cheap: a line break and a delimiter, so a table of two rows at least may be there."""
    return "\n" in text and any(d in text for d in DELIMITERS)


def _cells(line: str, delimiter: str) -> list[tuple[int, int]] | None:
    """The cells of ``line`` as (start, end) offsets, a quoted cell's quotes left out; ``None`` when a quote is
    left open or there are more than ``MAX_COLUMNS`` cells."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while True:
        if len(out) >= MAX_COLUMNS:
            return None
        if i < n and line[i] == '"':
            j = i + 1
            while True:
                j = line.find('"', j)
                if j < 0:
                    return None
                if j + 1 < n and line[j + 1] == '"':  # an escaped quote
                    j += 2
                    continue
                break
            out.append((i + 1, j))
            i = j + 1
            if i < n and line[i] != delimiter:
                return None
        else:
            j = line.find(delimiter, i)
            end = n if j < 0 else j
            out.append((i, end))
            i = end
        if i >= n:
            return out
        i += 1  # past the delimiter
        if i == n:
            out.append((n, n))
            return out


def _may_head(cell: str) -> bool:
    """A cell that may be a column's heading (stripped): not empty, not too long, a letter first."""
    return bool(cell) and len(cell) <= MAX_HEADING and cell[0].isalpha()


def _heading_kinds(line: str, cells: list[tuple[int, int]]) -> list[str | None] | None:
    """The kind each heading names (``None``: a column left to free-text detection), or ``None`` when the line is
    not a heading row: a cell that is no heading (digits first, too long, empty), or no column naming a kind."""
    headings: list[str] = []
    for start, end in cells:  # a prose line's cells fail here, before any key is looked up
        heading = line[start:end].strip()
        if not _may_head(heading):
            return None
        headings.append(heading)
    kinds: list[str | None] = []
    table = _keymap()
    for heading in headings:
        key = normalize_key(heading.replace("#", " number").replace(".", " "))
        kind = table.get(key) or derived_kind(key)
        if kind is None and person_key(key):
            kind = _PERSON
        kinds.append(WEAK if kind == K.NAME and key in AMBIGUOUS_KEYS else kind)
    return kinds if any(k is not None for k in kinds) else None


def find(text: str) -> list[Span]:
    """Spans of every cell under a heading that names a kind, in every delimited table of ``text``."""
    out: list[Span] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        lines.append((pos, end if end == pos or text[end - 1] != "\r" else end - 1))
        pos = end + 1
    k = 0
    while k < len(lines) - 1:
        start, end = lines[k]
        line = text[start:end]
        delimiter = next((d for d in DELIMITERS if d in line), None)
        if delimiter is not None and '"' not in line and not all(_may_head(c.strip()) for c in line.split(delimiter)):
            k += 1  # no quote: the cells are the plain split, and one is no heading (a line of prose)
            continue
        heading = _cells(line, delimiter) if delimiter is not None else None
        kinds = _heading_kinds(line, heading) if heading is not None and len(heading) >= 2 else None
        if kinds is None:
            k += 1
            continue
        k += 1
        rows = 0
        while k < len(lines) and rows < MAX_ROWS:
            rs, re_ = lines[k]
            row = text[rs:re_]
            cells = _cells(row, delimiter)
            if cells is None or len(cells) != len(kinds):
                break
            for (cs, ce), kind in zip(cells, kinds, strict=True):
                value = row[cs:ce]
                stripped = value.strip()
                if kind is None or stripped.casefold() in _EMPTY:
                    continue
                lead = len(value) - len(value.lstrip())
                s, e = rs + cs + lead, rs + cs + lead + len(stripped)
                if kind == _PERSON:
                    if person_cell(stripped):  # "Chahal, Raghav", "EVE BOOT"; other cells are free text
                        out.append((s, e, K.NAME))
                    elif person_number(stripped):
                        out.append((s, e, K.ID))  # a "subject" column's "PH84-977": the person's number
                    continue
                if kind == WEAK and name_shaped(stripped, single_known=True):
                    out.append((s, e, K.NAME))  # a "Name" column's "Drew Fox": shaped like one, whatever its words
                    continue
                out.append((s, s + 1, WEAK) if kind == WEAK else (s, e, kind))
            rows += 1
            k += 1
    return out
