"""Names (and cities) in free text: the shipped dictionary and its word lists, and the names of one document.

Runs of names found by their context (titles, cues, lists, neighbours) are ``name_runs``'.

The dictionary is an Aho-Corasick automaton (``pyahocorasick``, linear time, C) holding every entry in Title
and UPPER case, so lower-case prose produces no candidates at all. Matching is case-sensitive on purpose:
``will`` and ``Will`` differ, and names in clinical text are capitalised. Scripts without case (Arabic, Han,
Devanagari, Hangul...) are stored as written. Han and Hangul are written without spaces (``王伟``), so a hit
there masks the whole short run of that script.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

import ahocorasick
import re2

from . import cues as C
from . import kinds as K

Span = tuple[int, int, str]

_CITY = 1
_NAME = 0
_LOWER = 2
"""A name found elsewhere in the document, typed here in lower case (``spoke w/ maria lopez``)."""
_JOINERS = "'\u2019-"
_EPONYM_DISEASES = (
    "disease",
    "syndrome",
    "palsy",
    "sign",
    "law",
    "thyroiditis",
    "encephalopathy",
    "esophagus",
    "phenomenon",
    "chorea",
    "diverticulum",
    "ataxia",
    "anomaly",
    "neuroma",
    "triad",
    "reflex",
    "lymphoma",
    "sarcoma",
)
_EPONYM_THINGS = (
    "coma scale",  # the Glasgow Coma Scale, named after a town
    "virus",
    "test",
    "maneuver",
    "manoeuvre",
    "procedure",
    "criteria",
    "score",
    "scale",
    "catheter",
    "monitor",
    "classification",
    "stain",
    "smear",
    "cyst",
    "contracture",
    "fracture",
    "tumor",
    "tumour",
    "ulcer",
    "hernia",
    "node",
)
_EPONYM_TAILS = tuple(f"{sep}{noun}" for noun in _EPONYM_DISEASES for sep in ("'s ", "\u2019s ", "' ", " ")) + tuple(
    f" {noun}" for noun in _EPONYM_THINGS
)
"""``Wilson's disease``, ``Graves' disease``, ``Stevens-Johnson syndrome``, ``Foley catheter``: a dictionary
name right before one of these is an eponym, not a person. (A possessive before a generic word — ``Ana's
fracture`` — stays a person's.)"""
_TAIL_HEAD = min(len(tail) for tail in _EPONYM_TAILS)
_TAILS_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _tail in _EPONYM_TAILS:
    _TAILS_BY_HEAD[_tail[:_TAIL_HEAD]] = (*_TAILS_BY_HEAD.get(_tail[:_TAIL_HEAD], ()), _tail)
"""The eponym tails by their first characters: a window's own first characters pick the few it may start with
(one dict lookup, for every candidate word, where a ``startswith`` of all 93 compared each)."""


PARTICLES = frozenset(C.PARTICLE_WORDS) | frozenset(("dell", "y", "e", "i"))
"""Words written before a family name (``da Silva``, ``van der Linden``; ``y`` and ``e`` between two), compared
case-folded: part of the name where they stand, never a name to look for on their own."""


def _read(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@cache
def stopwords() -> frozenset[str]:
    """Capitalised non-name words that end a name run."""
    return frozenset(w for line in _read("stopwords.txt") for w in line.split())


@cache
def ambiguous() -> frozenset[str]:
    """Names that are also ordinary words: accepted only next to another name or after a title. The census names
    that are English words (``Best``, ``Holly``) are among them."""
    english_census = frozenset(w for w in census() if w.casefold() in english())
    return _listed_ambiguous() | (english_census - listed_names())


@cache
def _listed_ambiguous() -> frozenset[str]:
    return frozenset(w for line in _read("ambiguous.txt") for w in line.split())


_CUES = frozenset(
    w.casefold()
    for group in (C.TITLES, C.LABELS, C.RELATIONS, C.ROLES, C.GREETINGS, C.LIST_LABELS, C.SIGN_OFFS)
    for w in group
)


@cache
def census() -> frozenset[str]:
    """The United States' common given and family names (``data/census.txt``); ``McDonald`` as well as the files'
    ``Mcdonald``. Left out: everyday words (``words.txt``: ``Little``, ``Holiday``), the words that cue a name
    (``Dear``, ``Nurse``, ``Herr``), stop words and eponyms (``Braden``, ``Barthel``): in clinical text they are
    those far more often than a person."""
    skip = words() | _CUES
    not_people = stopwords() | eponyms() | things()
    return frozenset(w for w in census_all() if w.casefold() not in skip and w not in not_people)


@cache
def census_all() -> frozenset[str]:
    """Every name of ``data/census.txt``, everyday words and eponyms among them (``Strong``, ``Little``, ``Morse``):
    a name where something else says a person is written (a key naming one)."""
    out: set[str] = set()
    for line in _read("census.txt"):
        for word in line.split():
            out.add(word)
            if word.startswith("Mc") and len(word) > 3:
                out.add("Mc" + word[2:].capitalize())
    return frozenset(out)


@cache
def words() -> frozenset[str]:
    """Everyday English words (case-folded) that a weak context alone does not take for a name."""
    return frozenset(w for line in _read("words.txt") for w in line.split())


@cache
def english() -> frozenset[str]:
    """Lower-case English words, proper nouns left out (SCOWL, ``data/english.txt.gz``): a run of lower-case words
    is a typed name only when some word of it is not one."""
    raw = resources.files(__package__).joinpath("data").joinpath("english.txt.gz").read_bytes()
    return frozenset(w for w in gzip.decompress(raw).decode("utf-8").split("\n") if w and not w.startswith("#"))


_BRITISH = (
    *(("our", "or"), ("ours", "ors"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("isation", "ization")),
    *(("tre", "ter"), ("tres", "ters"), ("yse", "yze"), ("ogue", "og"), ("aemia", "emia"), ("oea", "ea")),
)
"""British endings and their American spellings: the lexicon is American (``Candour``, ``Centre``, ``Anaemia``)."""


@lru_cache(maxsize=16384)
def english_word(folded: str) -> bool:
    """Whether a case-folded word is in the English lexicon, as written, as the plural or possessive of a word
    in it (``meds``, ``labs``, ``nurses``) or in British spelling (``candour``, ``centre``)."""
    eng = english()
    if folded in eng:
        return True
    for tail in ("'s", "\u2019s", "es", "s"):
        if len(folded) > len(tail) + 2 and folded.endswith(tail) and folded[: -len(tail)] in eng:
            return True
    return any(folded.endswith(british) and folded[: -len(british)] + american in eng for british, american in _BRITISH)


@cache
def places() -> frozenset[str]:
    """Countries, regions and foreign cities (case-folded phrases): never a name found by a weak context alone."""
    return frozenset(" ".join(line.split()).casefold() for line in _read("places.txt"))


@cache
def cities_abroad() -> frozenset[str]:
    """The towns abroad of ``data/places.txt`` (after its ``# cities abroad`` marker) that are no English word
    (``Nice``, ``Cork``, ``Mecca`` stay words): found as ``CITY`` as the US ones are."""
    text = resources.files(__package__).joinpath("data").joinpath("places.txt").read_text(encoding="utf-8")
    below = text.split("\n# cities abroad\n", 1)[1].splitlines()
    return frozenset(
        unicodedata.normalize("NFKC", line.strip())
        for line in below
        if line.strip() and not line.startswith("#") and not english_word(line.strip().casefold())
    )


@cache
def cities() -> frozenset[str]:
    """The US cities the dictionary finds as ``CITY`` (``data/cities.txt``), as written."""
    return frozenset(unicodedata.normalize("NFKC", line.strip()) for line in _read("cities.txt"))


@cache
def things() -> frozenset[str]:
    """Capitalised names of things (drug and device brands, companies, organisms): never a person by a weak
    context alone."""
    return frozenset(w for line in _read("things.txt") for w in line.split())


@cache
def eponyms() -> frozenset[str]:
    """Surnames used for diseases, signs, tests and devices (``Parkinson``, ``Foley``): not a person by a weak
    context alone, nor before ``'s`` and an ordinary word (``Parkinson's medications``)."""
    return frozenset(w for line in _read("eponyms.txt") for w in line.split())


@cache
def place_heads() -> frozenset[str]:
    """The first words of the places of more than one word (``Rio``, ``Ho``): where a run may spell a place."""
    return frozenset(line.split()[0] for line in _read("places.txt") if len(line.split()) > 1)


@cache
def listed_names() -> frozenset[str]:
    """The names of ``names.txt`` (many languages and scripts), NFKC-normalised, less the ambiguous ones and stop
    words: what the name model learns names from (the census lists would teach it English ones alone)."""
    skip = _listed_ambiguous() | stopwords()
    out: set[str] = set()
    for line in _read("names.txt"):
        for word in line.split():
            w = unicodedata.normalize("NFKC", word)
            if w in skip or (w.isascii() and len(w) < 3):
                continue
            out.add(w)
    return frozenset(out)


@cache
def dictionary_names() -> frozenset[str]:
    """Every single-token name the detector knows: ``listed_names`` and the census names that are no English word
    or place (the bench checks its eval set against this)."""
    skip = ambiguous() | stopwords()
    return listed_names() | frozenset(w for w in census() if w not in skip and w.casefold() not in places())


def is_cjk(ch: str) -> bool:
    """Han, Hangul, kana: scripts written without spaces between names."""
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF


def unspaced(ch: str) -> bool:
    """Han and kana: scripts that put no space between words (Hangul does)."""
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def uncased(ch: str) -> bool:
    """A letter of Georgian (Mkhedruli): written without case, though Unicode files it as lower case."""
    return "\u10d0" <= ch <= "\u10ff"


def _variants(word: str) -> set[str]:
    out = {word}
    if word[:1].isupper() or word[:1].islower():
        title = word[:1].upper() + word[1:]
        out.add(title)
        if len(word) >= 4:
            out.add(word.upper())
    return out


@cache
def automaton() -> ahocorasick.Automaton:
    """The compiled dictionary: names and US cities, values ``(length, kind flag)``."""
    a = ahocorasick.Automaton()
    for key, value in _entries().items():
        a.add_word(key, value)
    a.make_automaton()
    return a


@cache
def _entries() -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for word in dictionary_names():
        for v in _variants(word):
            out[v] = (len(v), _NAME)
    for city in cities() | cities_abroad():
        for v in (city, city.upper()):
            out[v] = (len(v), _CITY)
    return out


def _script(ch: str) -> str:
    if ch.isascii():
        return "ASCII"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] or "OTHER"


_FIRST_MARK = "\u0300"
"""No character below U+0300 (the combining diacritics) is a mark: spaces and punctuation skip the lookup."""


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or (ch >= _FIRST_MARK and unicodedata.category(ch)[0] == "M")


def in_word(ch: str) -> bool:
    """A character a name cannot be glued to: a letter, a digit or a combining mark (``_is_letter``, inlined)."""
    return ch.isalpha() or ch.isdigit() or (ch >= _FIRST_MARK and unicodedata.category(ch)[0] == "M")


def token_end(text: str, i: int, ceiling: int | None = None) -> int:
    """The end of the word starting at ``i``: letters, combining marks, and joiners between letters; the walk
    stops at ``ceiling`` (a caller that only needs names' lengths bounds it, so a huge word costs nothing)."""
    n = len(text) if ceiling is None else min(len(text), ceiling)
    while i < n:
        ch = text[i]
        if not (
            ch.isalpha()
            or (ch in _JOINERS and i + 1 < len(text) and text[i + 1].isalpha())
            or (ch >= _FIRST_MARK and unicodedata.category(ch)[0] == "M")
        ):
            break
        i += 1
    return i


def token_start(text: str, i: int, floor: int = 0) -> int:
    """The start of the word ending at ``i`` (exclusive); the same characters as ``token_end``; not below
    ``floor``."""
    while i > floor:
        ch = text[i - 1]
        if not (
            ch.isalpha()
            or (ch in _JOINERS and i > 1 and text[i - 2].isalpha())
            or (ch >= _FIRST_MARK and unicodedata.category(ch)[0] == "M")
        ):
            break
        i -= 1
    return i


LONGEST_WORD = 32
"""No name word is longer (``Fotheringham-Blythe`` has 19 letters): walks over a joined word (``Smith-Jones``)
stop there, so a hostile run of joined names costs linear time."""

_NO_JOINERS = {ord(j): None for j in _JOINERS}


def too_long(window: str) -> bool:
    """Whether ``window`` (``LONGEST_WORD`` characters next to a name) is all letters and joiners: then the
    word goes on past it and is no name. A C-level check that spares the walk."""
    return len(window) == LONGEST_WORD and window.translate(_NO_JOINERS).isalpha()


def _cjk_run(text: str, start: int, end: int) -> tuple[int, int]:
    s, e = start, end
    while s > 0 and is_cjk(text[s - 1]):
        s -= 1
    while e < len(text) and is_cjk(text[e]):
        e += 1
    return s, e


def _by_script(entries: dict[str, tuple[int, int]]) -> dict[str, tuple[frozenset[str], ahocorasick.Automaton]]:
    """Per script of the entries' first characters (``ASCII`` for the ASCII-initial ones): those first
    characters and an automaton of the entries."""
    by_group: dict[str, dict[str, tuple[int, int]]] = {}
    for key, value in entries.items():
        by_group.setdefault(_script(key[0]), {})[key] = value
    out: dict[str, tuple[frozenset[str], ahocorasick.Automaton]] = {}
    for group, members in by_group.items():
        a = ahocorasick.Automaton()
        for key, value in members.items():
            a.add_word(key, value)
        a.make_automaton()
        out[group] = (frozenset(key[0] for key in members), a)
    return out


@cache
def _groups() -> tuple[ahocorasick.Automaton, tuple[ahocorasick.Automaton, ...], re2.Set]:
    """The dictionary split by the script of each entry's first character: the ASCII-initial automaton, the
    others, and an RE2 set saying which of the others' first characters occur in a text.

    ``pyahocorasick`` looks a transition up by a linear search over a node's children, and the single
    automaton's root has one child per distinct first character (over 500, in many scripts): every
    character of text that starts no entry paid for a scan of them all. Per-script automata keep each root
    small, and a group whose first characters do not occur in a text cannot match there, so it is not run.
    The hits are exactly those of ``automaton()``.
    """
    autos = _by_script(_entries())
    ascii_auto = autos.pop("ASCII", (None, None))[1]
    if ascii_auto is None:
        ascii_auto = ahocorasick.Automaton()
        ascii_auto.make_automaton()
    options = re2.Options()
    options.max_mem = 8 << 20
    firsts = re2.Set.SearchSet(options)
    others = sorted(autos)
    for group in others:
        chars = sorted(autos[group][0])
        firsts.Add(("[" + "".join(f"\\x{{{ord(c):x}}}" for c in chars) + "]").encode())
    if not others:
        firsts.Add(b"[^\\x00-\\x{10ffff}]")
    firsts.Compile()
    return ascii_auto, tuple(autos[g][1] for g in others), firsts


def _other_hits(text: str, out: list[Span], offset: int = 0) -> None:
    """Hits of the non-ASCII-initial groups whose first characters occur in ``text`` (a non-ASCII string)."""
    _, autos, firsts = _groups()
    found = firsts.Match(text.encode("utf-8"))
    if not found:
        return
    if not offset:
        for i in found:
            _hits(text, autos[i], out)
        return
    local: list[Span] = []
    for i in found:
        _hits(text, autos[i], local)
    out.extend((s + offset, e + offset, k) for s, e, k in local)


_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[^\W\d_A-Z]{4,}(?![\w'\u2019-])")
LOWER_TYPED_WORDS = 3
"""The fewest words of a line typed in lower case whose dictionary names are read as names without a capital."""


def lower_typed_hits(line: str, offset: int = 0) -> list[Span]:
    """Dictionary names typed in lower case on a line typed so (``hey is fatima abdelrahman in 526 ok``, ``yes but
    petros pulled the iv``): its first letter lower case, a few words; four letters or more, no English word,
    ambiguous name, particle, eponym or brand (``will``, ``grace``, ``lasix`` stay words). A line that opens with
    a capital has its names written so (``patterns`` finds the lines)."""
    first = next((c for c in line if c.isalpha()), "")
    if not first.islower() or line.count(" ") < LOWER_TYPED_WORDS - 1:
        return []
    known = dictionary_names()
    never = _never_lower()
    out: list[Span] = []
    for match in _LOWER_WORD.finditer(line):
        word = match.group()
        if not word.islower() or word in never or english_word(word) or word[:1].upper() + word[1:] not in known:
            continue
        out.append((match.start() + offset, match.end() + offset, K.NAME))
    return out


def dictionary_hits(text: str) -> list[Span]:
    """Dictionary names and cities in ``text``, with word boundaries (CJK: whole short runs)."""
    out: list[Span] = []
    if not text.islower():  # no upper-case letter: no ASCII-initial entry (all are Title or UPPER) can match
        _hits(text, _groups()[0], out)
    if not text.isascii():
        _other_hits(text, out)
    return out


def dictionary_hits_joined(texts: list[str], buffer: str) -> list[Span]:
    """``dictionary_hits`` of every string of ``texts``, joined by a line feed into ``buffer``; offsets are
    into ``buffer``.

    No entry holds a line feed, and the word-edge, eponym and CJK-run checks treat one like the end of a
    string, so each string gets exactly the hits it would get alone. The ASCII-initial automaton makes one
    pass over the buffer; the others run only on the strings that hold one of their first characters.
    """
    out: list[Span] = []
    if not buffer.islower():
        _hits(buffer, _groups()[0], out)
    if not buffer.isascii():
        start = 0
        for text in texts:
            if not text.isascii():
                _other_hits(text, out, start)
            start += len(text) + 1
    return out


def eponym_tail(text: str, end: int) -> bool:
    """An eponym's noun right after ``end`` (``'s disease``, `` syndrome``, `` catheter``), a whole word: ``
    signed`` is no ``sign``."""
    window = text[end : end + 24].lower()
    tails = _TAILS_BY_HEAD.get(window[:_TAIL_HEAD])
    return tails is not None and window.startswith(tails) and _whole_tail(window, tails)


def _whole_tail(window: str, tails: tuple[str, ...]) -> bool:
    """Some eponym tail of ``tails`` ``window`` starts with ends where a word does, maybe in the plural
    (``Kernig's signs``; asked only once one matched)."""
    for tail in tails:
        if window.startswith(tail):
            rest = window[len(tail) :]
            rest = rest[2:] if rest.startswith("es") else rest[1:] if rest.startswith("s") else rest
            if not rest[:1].isalpha():
                return True
    return False


def _eponym(text: str, end: int) -> bool:
    """An eponym tail right after ``end``, or after the rest of a joined word (``Stevens``-``Johnson syndrome``)."""
    if eponym_tail(text, end):
        return True
    if end < len(text) and text[end] in _JOINERS and not too_long(text[end : end + LONGEST_WORD]):
        stop = token_end(text, end, end + LONGEST_WORD)
        return stop < end + LONGEST_WORD and eponym_tail(text, stop)
    return False


def _hits(text: str, auto: ahocorasick.Automaton, out: list[Span]) -> list[Span]:
    n = len(text)
    lower: list[Span] = []
    for end_index, (length, flag) in auto.iter(text):
        end = end_index + 1
        start = end - length
        if is_cjk(text[start]):
            s, e = _cjk_run(text, start, end)
            if e - s <= 4:
                out.append((s, e, K.NAME))
            elif length >= 2:
                out.append((start, end, K.NAME))
            continue
        if start > 0 and in_word(text[start - 1]):
            continue
        if end < n and in_word(text[end]):
            continue  # glued to a digit: a code's letters (EDDA9E67 in a UUID in capitals), no name
        if flag == _LOWER:
            lower.append((start, end, K.NAME))
            continue
        if _eponym(text, end):
            continue  # Wilson's disease, Bell's palsy, the Glasgow Coma Scale: an eponym, not a person or a town
        out.append((start, end, K.CITY if flag == _CITY else K.NAME))
    if lower:
        out.extend(_lower_names(text, lower))
    return out


def _lower_names(text: str, hits: list[Span]) -> list[Span]:
    """The lower-case hits of names found elsewhere that are still names here: a word with a letter outside
    ASCII (``jūlija``), or two such words one space apart (``maria lopez``), not ``best`` alone."""
    starts = {s for s, _, _ in hits}
    ends = {e for _, e, _ in hits}
    return [
        (s, e, k)
        for s, e, k in hits
        if not text[s:e].isascii()
        or (e + 1 in starts and text[e] == " ")
        or (s - 1 in ends and text[s - 1] == " ")
    ]


_ASCII_SPLIT = {i: " " for i in range(128) if not (chr(i).isalpha() or chr(i) in _JOINERS)}
"""Every ASCII character that is neither a letter nor a joiner, to a space (ASCII has no combining marks)."""


def _add_parts(token: str, out: list[str]) -> None:
    """The parts of a hyphenated or apostrophe'd name word, each found later on its own (``Smith-Jones``:
    ``Smith``, ``Jones``; ``al-Rashidi``: ``Rashidi``)."""
    for part in token.replace("\u2019", "'").replace("-", "'").split("'"):
        folded = part.casefold()
        if len(part) >= 3 and folded not in PARTICLES and folded not in words() and part not in stopwords():
            out.append(part)


def name_tokens(value: str) -> list[str]:
    """The words of a name value (for propagation into free text of the same document), particles left out."""
    out: list[str] = []
    stop = stopwords()
    if value.isascii():  # NFKC leaves ASCII alone: words are the runs of letters and joiners
        for word in value.translate(_ASCII_SPLIT).split():
            token = word.strip(_JOINERS)
            if len(token) >= 2 and token not in stop and token.casefold() not in PARTICLES:
                out.append(token)
                if "-" in token or "'" in token:
                    _add_parts(token, out)
        return out
    word: list[str] = []
    for ch in unicodedata.normalize("NFKC", value) + " ":
        if _is_letter(ch) or ch in _JOINERS:
            word.append(ch)
            continue
        if word:
            token = "".join(word).strip(_JOINERS)
            word = []
            if not token or token in stop or token.casefold() in PARTICLES:
                continue
            if len(token) >= 2 or is_cjk(token[0]):
                out.append(token)
                if "-" in token or "'" in token or "\u2019" in token:
                    _add_parts(token, out)
    return out


_Automata = tuple[ahocorasick.Automaton | None, tuple[tuple[frozenset[str], ahocorasick.Automaton], ...]]
"""``Extra``'s automata: the ASCII-initial entries' (if any), and per other script its first characters and its own."""


class Extra:
    """Names seen elsewhere in one document (``build_extra``), split by script like the dictionary (``_groups``).

    Names in many scripts would give one automaton's root a child per script's first letters, scanned for
    every character of every string. The ASCII-initial entries run over the whole joined buffer; each other
    script's only over the strings holding one of its first characters (a set check: an RE2 set compiled per
    document would cost more than it saves). The hits are those of one automaton of every entry.

    The automata are built at the first search: a text whose every occurrence of the ``entries`` lies in a name
    already found (``detect.propagate`` checks that first, as for most notes' own names) never needs them.
    """

    __slots__ = ("_automata", "entries")

    def __init__(self, entries: dict[str, tuple[int, int]]) -> None:
        self.entries = entries
        self._automata: _Automata | None = None

    def _built(self) -> _Automata:
        if self._automata is None:
            autos = _by_script(self.entries)
            self._automata = (autos.pop("ASCII", (None, None))[1], tuple(autos.values()))
        return self._automata

    @property
    def ascii(self) -> ahocorasick.Automaton | None:
        """The automaton of the ASCII-initial entries (``None``: there are none)."""
        return self._built()[0]

    @property
    def others(self) -> tuple[tuple[frozenset[str], ahocorasick.Automaton], ...]:
        """Per other script: its entries' first characters and their automaton."""
        return self._built()[1]

    def hits(self, texts: list[str], buffer: str) -> list[Span]:
        """The names in every string of ``texts``, joined by a line feed into ``buffer``; offsets into ``buffer``."""
        out: list[Span] = []
        first_ascii, others = self._built()
        if first_ascii is not None:
            _hits(buffer, first_ascii, out)
        if others and not buffer.isascii():
            start = 0
            for text in texts:
                if not text.isascii():
                    chars = set(text)
                    for firsts, auto in others:
                        if not chars.isdisjoint(firsts):
                            out.extend((s + start, e + start, k) for s, e, k in _hits(text, auto, []))
                start += len(text) + 1
        return out


PRUNE_BUDGET = 1 << 22
"""Characters ``extra_entries`` may compare (entries x text length) to leave out the entries a text does not hold:
a C-level substring search each, a few milliseconds at most; past it every entry is kept."""


MAX_NAME_CHARS = 64
"""The longest word taken for a name (the longest real ones are about half as long). pyahocorasick 2.3 ends the
process with SIGSEGV on an entry of about 524,000 characters, which a client or an upstream could send."""


def build_extra(tokens: set[str], text: str | None = None) -> Extra | None:
    """The names seen elsewhere in the same document (keyed name fields, cue runs), to look for everywhere;
    ``text`` (all the document's strings) lets the entries it does not hold be left out, and ``None`` be returned
    when it holds none."""
    if not tokens:
        return None
    entries = extra_entries(tokens, text)
    return Extra(entries) if entries else None


def extra_entries(tokens: set[str], text: str | None = None) -> dict[str, tuple[int, int]]:
    """The automaton entries of ``build_extra``: each name as written, in title case and in capitals, and in lower
    case when it may be typed so; with ``text``, only those it holds (within ``PRUNE_BUDGET``). The hits are the
    same either way: an entry a text does not hold cannot match in it."""
    entries: dict[str, tuple[int, int]] = {}
    within = text if text is not None and 4 * len(tokens) * len(text) <= PRUNE_BUDGET else None
    for t in tokens:
        if len(t) > MAX_NAME_CHARS:
            continue  # no name is this long; the automaton library crashes the process on a huge entry
        for v in _variants(t):
            if within is None or v in within:
                entries[v] = (len(v), _NAME)
        low = t.lower()
        if low not in entries and (within is None or low in within) and _may_be_typed_lower(t):
            entries[low] = (len(low), _LOWER)
    return entries


def _may_be_typed_lower(token: str) -> bool:
    """A name worth looking for in lower case: cased, three letters or more, and no everyday word, ambiguous
    name, particle, eponym or brand (``grace``, ``will``, ``parkinson`` stay words)."""
    return len(token) >= 3 and token[:1].isupper() and token.casefold() not in _never_lower()


@cache
def _never_lower() -> frozenset[str]:
    """The words ``_may_be_typed_lower`` refuses, case-folded, in one set (it runs for every name of a document)."""
    named = ambiguous() | stopwords() | eponyms() | things()
    return words() | PARTICLES | frozenset(w.casefold() for w in named)
