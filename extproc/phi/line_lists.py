"""Names one to a line: an attendance list, a roster, a whiteboard's column (``Sbusiso Dlamini`` / ``Barend`` /
``kismet roe`` / ``Babalwa``).

A line holding one to three words and nothing else has no sentence around it to say whether it is a person. Its
neighbours do: in a run of such lines where two lines at least are names found by other rules, the others are
names too, lower case and everyday words included (a list of people is written alike). A heading in capitals
made of everyday words (``DISCHARGES TODAY``) or a label ending in a colon is no item. Everything is bounded:
a run stops at a line of another shape, and at most ``MAX_ITEMS`` lines are read around each name.
"""

from __future__ import annotations

from bisect import bisect_right

from . import kinds as K
from .names import Span, english_word

MAX_ITEMS = 40
_MAX_ITEM = 40
"""The longest line read as one item (three words of a name, and room for a bullet)."""
_BULLETS = "-*\u2022\u00b7 \t"
_JOINERS = "'\u2019.-"


def _item(line: str) -> str | None:
    """The words of a line that is one list item (one to three words of letters, a bullet allowed), else None."""
    if len(line) > _MAX_ITEM:
        return None
    body = line.strip().lstrip(_BULLETS).strip()
    words = body.split(" ")
    if not body or len(words) > 3:
        return None
    for word in words:
        if not word or not word[0].isalpha() or not all(c.isalpha() or c in _JOINERS for c in word):
            return None
    return body


def _heading(item: str) -> bool:
    """A heading in capitals of everyday words (``DISCHARGES TODAY``, ``ABSENT``)."""
    return item.isupper() and all(english_word(w.casefold()) for w in item.split(" "))


def _lines_around(text: str, start: int) -> list[tuple[int, int, str]]:
    """The run of item lines around the line starting at ``start``: (item start, item end, item) each."""
    run: list[tuple[int, int, str]] = []
    for step in (-1, 1):
        pos = start
        for _ in range(MAX_ITEMS):
            if step < 0:
                if pos == 0:
                    break
                prev_end = pos - 1
                pos = text.rfind("\n", 0, prev_end) + 1
                line_start, line_end = pos, prev_end
            else:
                end = text.find("\n", pos)
                line_start, line_end = pos, len(text) if end < 0 else end
            item = _item(text[line_start:line_end])
            if item is None or _heading(item):
                break
            at = text.index(item, line_start)
            run.append((at, at + len(item), item))
            if step > 0:
                if line_end >= len(text):
                    break
                pos = line_end + 1
    return sorted(set(run))


def companions(text: str, names: list[Span]) -> list[Span]:
    """NAME spans for the other items of every run of one-name lines in which two items at least are names."""
    if "\n" not in text or len(_short_lines(text, names)) < 2:
        return []  # two short lines holding names at least, or no run can lend a name
    covered = _covered(names)
    out: list[Span] = []
    seen: set[int] = set()
    for s, _, _ in names:
        line_start = text.rfind("\n", 0, s) + 1
        if line_start in seen:
            continue
        run = _lines_around(text, line_start)
        seen.update(text.rfind("\n", 0, at) + 1 for at, _, _ in run)
        named = [item for item in run if _all_named(item, covered)]
        if len(named) < 2 or len(run) < 3:
            continue
        out.extend((at, end, K.NAME) for at, end, item in run if (at, end, item) not in named)
    return out


def _short_lines(text: str, names: list[Span]) -> set[int]:
    """Where the short lines (``_MAX_ITEM`` characters at most) holding a name start (bounded look-arounds)."""
    out: set[int] = set()
    for start, end, _ in names:
        before = text.rfind("\n", max(0, start - _MAX_ITEM - 1), start)
        if before < 0 and start > _MAX_ITEM:
            continue
        after = text.find("\n", end, end + _MAX_ITEM + 1)
        if after < 0 and len(text) - end > _MAX_ITEM:
            continue
        if (len(text) if after < 0 else after) - before - 1 <= _MAX_ITEM:
            out.add(before + 1)
    return out


def _covered(names: list[Span]) -> tuple[list[int], list[int]]:
    """The name spans' union as sorted, disjoint intervals (their starts, their ends): a letter's look-up is then
    a bisection, not a pass over every name (a list of thousands of names would cost their square)."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e, _ in sorted(names):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _all_named(item: tuple[int, int, str], covered: tuple[list[int], list[int]]) -> bool:
    """Every letter of the item lies in a name span."""
    at, _, text = item
    starts, ends = covered
    for i, c in enumerate(text):
        if c.isalpha():
            k = bisect_right(starts, at + i) - 1
            if k < 0 or ends[k] <= at + i:
                return False
    return True
