"""Names in rows with no heading row: a sheet pasted without its first line, a roster exported bare
(``STARK,Windy,09/05/2006,English,5681 University Ave W …,614-678-7312``).

With no heading to say which column holds people, the rows say it themselves: a block of lines cut by the same
delimiter into the same number of cells, most of them holding an identifier found by other rules (a date, a
phone, an address), is a table of people; a column among its first four whose every cell is one to three words
of letters, whose values differ from row to row, and half of whose cells are names the lists know or words no
lexicon holds, is a column of names, and its everyday words are names there too (``Mantle,Gage``); two such
columns side by side (family and given names) count a row whose either cell is one. A column of
languages, of drugs, of sexes or of one repeated word is none. One pass over the lines; blocks and columns are bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import kinds as K
from .names import Span, dictionary_names, english_word, things

DELIMITERS = (",", "\t", ";", "|")
MAX_COLUMNS = 32
NAME_COLUMNS = 4
"""Names open a row: only its first four columns are looked at."""

_EVIDENCE = frozenset((K.DATE, K.PHONE, K.ADDRESS, K.SSN, K.MRN, K.EMAIL, K.ZIP, K.CITY, K.ID, K.FAX, K.ACCOUNT))
_JOINERS = "'\u2019.-"
LANGUAGES = frozenset(
    w.casefold()
    for w in (
        *("English", "Spanish", "French", "German", "Italian", "Portuguese", "Russian", "Ukrainian", "Polish"),
        *("Arabic", "Farsi", "Persian", "Dari", "Pashto", "Urdu", "Hindi", "Bengali", "Punjabi", "Gujarati", "Tamil"),
        *("Telugu", "Nepali", "Mandarin", "Cantonese", "Chinese", "Vietnamese", "Korean", "Japanese", "Tagalog"),
        *("Hmong", "Khmer", "Lao", "Thai", "Burmese", "Karen", "Somali", "Amharic", "Tigrinya", "Oromo", "Swahili"),
        *("Haitian", "Creole", "Kreyol", "French Creole", "Haitian Creole", "Yoruba", "Igbo", "Hausa", "Twi"),
        *("K'iche'", "Mam", "Q'anjob'al", "Greek", "Turkish", "Armenian", "Hebrew", "Yiddish", "Romanian"),
        *("Serbian", "Croatian", "Bosnian", "Albanian", "ASL", "Sign", "Other", "Unknown", "Declined", "None"),
    )
)
"""Languages and the words a language column holds besides: a column of these is no column of names."""


def _name_cell(cell: str) -> bool:
    """One to three words of letters, a comma between family and given names allowed (``STARK``, ``Windy``,
    ``Maria da Silva``, ``O'Neill``, ``LINDQVIST,CURTIS``)."""
    words = cell.replace(",", " ").split()
    if not cell or len(words) > 3 or len(cell) > 40 or cell.count(",") > 1:
        return False
    return all(w[0].isalpha() and all(c.isalpha() or c in _JOINERS for c in w) for w in words)


def _heading(text: str, cells: list[tuple[int, int]]) -> bool:
    """A heading row: every cell a label of letters, underscores and spaces, none a name the lists know
    (``rx_number,fill_date,drug``); the delimited reader reads a table under one."""
    values = [text[s:e] for s, e in cells]
    return all(v and all(c.isalpha() or c in "_ #/" for c in v) for v in values) and not any(map(_named_known, values))


def _named_known(cell: str) -> bool:
    return any((w[:1] + w[1:].lower() if w.isupper() else w) in dictionary_names() for w in cell.split())


def _thing(cell: str) -> bool:
    """A drug's, a device's or a firm's name the lists hold (``Metformin``, ``Eliquis``)."""
    return any((w[:1] + w[1:].lower() if w.isupper() else w) in things() for w in cell.split())


def _named(cell: str) -> bool:
    """A name the lists know, or a word no lexicon holds."""
    known = dictionary_names()
    return any(
        (w[:1] + w[1:].lower() if w.isupper() else w) in known or not english_word(w.casefold()) for w in cell.split()
    )


def _shape(line: str) -> tuple[str, int] | None:
    """A line's delimiter and its number of cells (three to ``MAX_COLUMNS``), by counting alone; None for prose
    with fewer delimiters or a quoted cell (the delimited reader's)."""
    if '"' in line:
        return None
    for d in DELIMITERS:
        count = line.count(d)
        if count >= 2:
            return (d, count + 1) if count < MAX_COLUMNS else None
    return None


def _cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """The offsets of a line's cells, blanks around each left out."""
    cells: list[tuple[int, int]] = []
    at = start
    for part in text[start:end].split(delimiter):
        lead = len(part) - len(part.lstrip())
        cells.append((at + lead, at + len(part.rstrip())))
        at += len(part) + 1
    return cells


def _blocks(text: str) -> list[tuple[str, list[tuple[int, list[tuple[int, int]]]]]]:
    """Runs of two lines or more cut by one delimiter into as many cells (three or more): the delimiter, and per
    line its start and its cells' offsets (split only for lines in such a run)."""
    lines: list[tuple[int, int, tuple[str, int] | None]] = []
    pos, n = 0, len(text)
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        lines.append((pos, end, _shape(text[pos:end])))
        pos = end + 1
    out: list[tuple[str, list[tuple[int, list[tuple[int, int]]]]]] = []
    i = 0
    while i < len(lines):
        shape = lines[i][2]
        j = i + 1
        while shape is not None and j < len(lines) and lines[j][2] == shape:
            j += 1
        if shape is not None and j - i >= 2:
            out.append((shape[0], [(a, _cells(text, a, b, shape[0])) for a, b, _ in lines[i:j]]))
        i = j
    return out


def names_in_rows(text: str, spans: list[Span]) -> list[Span]:
    """NAME spans for the cells of every column of names in a table with no heading row (``spans``: what other
    rules found, sorted, as evidence)."""
    if "\n" not in text or not any(d in text for d in DELIMITERS):
        return []
    starts = [s for s, _, _ in spans]
    out: list[Span] = []
    for _, rows in _blocks(text):
        if _heading(text, rows[0][1]):
            continue
        evidenced = 0
        for line_start, cells in rows:
            line_end = cells[-1][1]
            i = bisect_left(starts, line_start)
            stop = bisect_left(starts, line_end, i)  # the spans starting on this line only: linear over the rows
            evidenced += any(spans[j][2] in _EVIDENCE for j in range(i, stop))
        if evidenced * 2 < len(rows):
            continue
        columns = [[text[cells[c][0] : cells[c][1]] for _, cells in rows] for c in range(len(rows[0][1]))]
        for column in name_columns(columns):
            out.extend((cells[column][0], cells[column][1], K.NAME) for _, cells in rows)
    return out


def name_columns(columns: list[list[str]]) -> list[int]:
    """Which of a table's first ``NAME_COLUMNS`` columns (each its cells, top to bottom) hold names: every cell one
    to three words of letters and most capitalised (a few typed in lower case), varied, none a language or a
    drug, and half the rows a known name or a word no lexicon holds (family and given columns side by side
    counted together)."""
    rows = len(columns[0]) if columns else 0
    named: dict[int, list[bool]] = {}
    for column, values in enumerate(columns[:NAME_COLUMNS]):
        if not all(_name_cell(v) for v in values) or any(v.casefold() in LANGUAGES or _thing(v) for v in values):
            continue  # a column of languages, of drugs or devices
        if sum(v[:1].isupper() for v in values) * 2 < len(values):
            continue  # an export writes its names capitalised, most of them; its drugs and codes in lower case
        if len(set(values)) * 4 >= len(values) * 3:
            named[column] = [_named(v) for v in values]
    out: list[int] = []
    for column, marks in named.items():
        pair = named.get(column + 1) or named.get(column - 1)  # family and given names: a row known by either
        rows_known = sum(a or b for a, b in zip(marks, pair, strict=True)) if pair else sum(marks)
        if rows_known * 2 >= rows:
            out.append(column)
    return out


_DATE_OR_NUMBER = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|[A-Z]{0,3}\d{6,}")


def sheet_name_columns(rows: list[list[object]]) -> list[int]:
    """``name_columns`` of a sheet's rows given as lists with no heading row (Google Sheets' ``values`` from
    ``A2``), when most rows hold a date, a phone or a long number in another cell: the evidence a table of people
    needs."""
    width = len(rows[0])
    if width < 3 or any(type(r) is not list or len(r) != width for r in rows):
        return []
    if sum(any(type(c) is str and _DATE_OR_NUMBER.fullmatch(c) for c in r) for r in rows) * 2 < len(rows):
        return []
    columns = [[c if type(c) is str else "" for c in (r[j] for r in rows)] for j in range(min(width, NAME_COLUMNS))]
    return name_columns(columns)
