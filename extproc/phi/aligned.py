"""Names in a report whose columns are aligned with spaces (a recall list, a census printed by the EHR):
``NAME                DOB         PHONE`` over ``RIAAN UYS           1971-02-26  012-559-4905``.

The heading line says which column holds people (``NAME``, ``PATIENT``, ``PT``), its words standing two spaces
apart or more; each line below is read at that column's place, up to the next heading's, and a cell there that
is a person's (``value_names.person_cell``) is a name. A blank line or a line shorter than the column ends the
table. One pass over the lines; ``MAX_ROWS`` rows a table.
"""

from __future__ import annotations

import re

from . import kinds as K
from .names import Span
from .value_names import person_cell

MAX_ROWS = 2_000
PERSON_HEADINGS = frozenset(
    ("name", "patient", "patient name", "pt", "pt name", "member", "member name", "client", "resident", "subscriber")
)
"""Headings of a column of people."""
_HEADING = re.compile(r"\S+(?: \S+)*")
"""A heading: words one space apart (``LAST RECALL``); two spaces or more part two headings."""


_HINTS = ("NAME  ", "Name  ", "PATIENT  ", "Patient  ", "PT  ", "MEMBER  ", "Member  ", "CLIENT  ", "RESIDENT  ")


def may_hold(text: str) -> bool:
    """Cheap: a line break, and a heading of people followed by two spaces, so aligned columns may be there."""
    return "  " in text and "\n" in text and any(hint in text for hint in _HINTS)


def find(text: str) -> list[Span]:
    """NAME spans under every aligned heading of people in ``text``."""
    out: list[Span] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines) - 1:
        columns = _person_columns(lines[i])
        if columns is None:
            i += 1
            continue
        i += 1
        for _ in range(MAX_ROWS):
            if i >= len(lines) or not lines[i].strip():
                break
            line = lines[i]
            for start, end in columns:
                if len(line) <= start or (start > 0 and line[start - 1] != " "):
                    continue
                cell = line[start:end].strip() if end > 0 else line[start:].split("  ")[0].strip()
                if cell and person_cell(cell):
                    at = offsets[i] + line.index(cell, start)
                    out.append((at, at + len(cell), K.NAME))
            i += 1
    return out


def _person_columns(line: str) -> list[tuple[int, int]] | None:
    """The people's columns of a heading line (its start, and the next heading's start or -1), when the line
    has three headings at least two spaces apart and one names people."""
    if "  " not in line or len(line) > 400:
        return None
    headings = [(m.start(), m.group()) for m in _HEADING.finditer(line)]
    if len(headings) < 3 or not all(h.replace(" ", "").replace("/", "").isalpha() for _, h in headings):
        return None
    out = []
    for n, (start, heading) in enumerate(headings):
        if heading.casefold() in PERSON_HEADINGS:
            out.append((start, headings[n + 1][0] if n + 1 < len(headings) else -1))
    return out or None
