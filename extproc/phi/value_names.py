"""Names written whole as a value: under a key, in a table's cell or a log's field that says a person is
there (``prescriber: "J. Best"``, ``| Little, Victor |``), where no sentence tells a name from a word, so the
value's shape and its words decide (``name_shaped``); found in free text by context, names are ``name_runs``'."""

from __future__ import annotations

import re2

from . import cues as C
from . import name_model as M
from .name_runs import (
    FACILITY_HEADS,
    NOT_A_VALUE_NAME,
    is_english,
    is_place_word,
    is_stop,
    is_thing,
    unknown_word,
)
from .names import (
    PARTICLES,
    ambiguous,
    census_all,
    cities,
    dictionary_names,
    english,
    english_word,
    token_end,
    uncased,
)

_TITLE_WORDS = frozenset(C.TITLES)

_CREDENTIAL_WORDS = frozenset(C.CREDENTIALS)
_VALUE_WORDS = 6
"""The most words a value written as one person's name has (initials and particles among them)."""




def known_name(word: str) -> bool:
    """A name some list knows: the dictionary's, an ambiguous one, or any of the census's (``Rose``, ``Page``)."""
    return word in census_all() or word in dictionary_names() or word in ambiguous()


def _caseless_letter(ch: str) -> bool:
    return ch.isalpha() and not ch.islower() and not ch.isupper()


def value_name_word(word: str, alone: bool = True) -> bool:
    """A word of a person's name written whole as a value: a name some list knows (the census's everyday words
    too: ``Strong``), a word no list knows, or one in a script without case; not a title or a cue word."""
    if alone and word.casefold() in NOT_A_VALUE_NAME:
        return False  # "Mother", "Nurse"; beside a name such a word is one (Friend, Dawn)
    if known_name(word):
        return True  # "May Knight", "April Swan": a month is a name here
    if is_place_word(word):
        return False  # "Boston", "Tacoma": a place (read as text: a city)
    if is_stop(word):
        return False
    hyphen = word.find("-")
    if hyphen > 0 and word[hyphen + 1 : hyphen + 2].islower():  # "Ji-woo", "Min-jun": a syllable, then another
        first = word[:hyphen]
        return value_name_word(first) or (len(first) <= 4 and first.casefold() not in english())
    return _caseless_letter(word[0]) or uncased(word[0]) or unknown_word(word)


def _credential(word: str) -> bool:
    """A credential as written after a name, with or without its dots (``RN``, ``M.D.``, ``Ph.D.``)."""
    return word.strip(" .").replace(".", "") in _CREDENTIAL_WORDS


_XPN_PARTS = 7
"""An HL7 person name has at most seven components (family, given, middle, suffix, prefix, degree, type)."""


def _hl7_name(value: str) -> bool:
    """A person's name as HL7 v2 and DICOM write it (``BUSH^ACE^Z``, ``da Silva^Ana^^^Dr``): components split by
    carets, at least two of letters, every one letters (spaces, dots, hyphens, apostrophes) or empty."""
    parts = value.split("^")
    if len(parts) > _XPN_PARTS or sum(bool(p.strip()) for p in parts) < 2:
        return False
    return all(all(c.isalpha() or c in " .'-\u2019" for c in p) for p in parts) and parts[0][:1].isalpha()


def _inverted_known(parts: list[str], tokens: list[str]) -> bool:
    """``Family, Given`` of capitalised words, one at least a name some list knows, none a cue word."""
    return (
        len(parts) == 2
        and all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens)
        and any(known_name(t[:1] + t[1:].lower()) for t in tokens)
        and not any(t.casefold() in NOT_A_VALUE_NAME for t in tokens)
    )


def name_shaped(value: str, single_known: bool = False) -> bool:
    """A whole value that reads as one person's name, as a key naming a person holds it (``Drew Fox``, ``J. Best``,
    ``King, Nizhoni``, ``van der Berg, Eero, RN``, ``Dr. Ana Souza``): name words, initials and particles, at most
    one comma between family and given names and one before a credential; no digit, ``@``, ``/`` or ``:``. Every
    word must be a name's (``Front Desk``, ``Main Lab``, ``Pharmacy`` are not). One word alone must be a name
    some list knows or, no list knowing it, read as a name to the model (``Leimomi``; not ``Meditech``); with
    ``single_known``, known (a table's cell ``Tegaderm`` is left to the weak cue and the model)."""
    if not value or len(value) > 80 or any(c.isdigit() or c in "@/:;<>()[]{}|\n\t_=#" for c in value):
        return False
    if "^" in value:
        return _hl7_name(value)
    parts = value.split(", ")
    if len(parts) > 1 and _credential(parts[-1]):
        parts = parts[:-1]
    if len(parts) > 2:
        return False
    tokens = " ".join(parts).split()
    while len(tokens) > 1 and _credential(tokens[-1]):
        tokens.pop()  # "Drew Fox MD", "Little, Hope MD": a credential without its comma
    if tokens and tokens[0].rstrip(".") in _TITLE_WORDS:
        tokens = tokens[1:]
    if not tokens or len(tokens) > _VALUE_WORDS:
        return False
    known = 0
    if len(tokens) == 1 and (
        is_stop(tokens[0]) or (tokens[0].isupper() and len(tokens[0]) <= 5 and not known_name(tokens[0].capitalize()))
    ):
        return False  # "Monday", "TBD", "NICU": a day or letters standing for words (but "KIM", "LEE")
    if len(tokens) > 1 and tokens[-1].casefold() in FACILITY_HEADS and is_english(tokens[-1]):
        return False  # "Blood Bank", "Utilization Management": a service's name
    lower = all(t.islower() for t in tokens)  # "nikita black": typed in lower case, a name by its words
    if lower:
        tokens = [t if t.casefold() in PARTICLES else t[:1].upper() + t[1:] for t in tokens]
    if len(tokens) == 1:
        word = tokens[0][:1] + tokens[0][1:].lower() if tokens[0].isupper() else tokens[0]
        if word[0].islower() or token_end(word, 0) != len(word) or (lower and not known_name(word)):
            return False
        if lower and english_word(word.casefold()):
            return False  # "fall", "rose": one lower-case word of the lexicon is a word, even where a name may be
        if known_name(word):
            return (
                word.casefold() not in NOT_A_VALUE_NAME
                and not is_place_word(word)
                and word not in cities()
                and not is_thing(word)  # "Cushing", "Foley": an eponym alone is a disease's or a device's
            )
        return not single_known and value_name_word(word) and M.name_like(word.split("-", 1)[0])
    if _inverted_known(parts, tokens):
        return True  # "Story, River", "Love, Serenity": written family name first, a name whatever its words
    names = 0
    for token in tokens:
        if len(token) <= 2 and token[:1].isupper() and token[1:] in ("", "."):
            continue  # an initial
        if token.casefold() in PARTICLES:
            continue
        core = token[:1] + token[1:].lower() if token.isupper() and len(token) > 1 else token
        if token_end(core, 0) != len(core) or core[0].islower() or not value_name_word(core, len(tokens) == 1):
            return False
        names += 1
        known += known_name(core)
    return names > 0 and (not lower or known > 0 or any(len(t) >= 4 for t in tokens))


_INITIALS_CELL = re2.compile(r"(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}+ \p{Lu}\.|\p{Lu}\. ?\p{Lu}\p{Ll}+")
_NO_ONE = frozenset(
    (
        *("unassigned", "tbd", "vacant", "empty", "open", "closed", "blocked", "available", "clean", "dirty"),
        *("cleaning", "float", "pool", "none", "pending", "discharged", "transferred", "deceased", "expired"),
        *("see", "note", "hold", "held", "reserved", "agency", "locum", "traveler", "covering", "cover", "team"),
        *("various", "multiple", "same", "ditto", "refused", "declined", "self", "other", "unknown", "n/a", "na"),
        *("total", "totals", "subtotal", "count", "sum", "average", "mean"),
    )
)
"""Words that fill a person's cell when no person is there (``Unassigned``, ``Float pool``, ``See note``, ``Total``)."""


def person_cell(value: str) -> bool:
    """Under a person's heading (a table's ``Patient`` or ``PT`` column), a cell that is a name: shaped like one,
    initials (``M.Y.``, ``Iryna O.``), or two or three words of letters in capitals or capitalised, a comma after
    the first allowed (``MYSTERY GREY``, ``Gem Grey``, ``MARROW, Cocoa``), none of which fills a cell with no one
    (not ``FLOAT POOL``) nor ends a facility's name (not ``Blood Bank``)."""
    if "," in value and ", " not in value:
        value = value.replace(",", ", ")  # ``CAO,OANH``: an export's comma with no space after it
    if name_shaped(value, single_known=True) or _INITIALS_CELL.fullmatch(value):
        return True
    words = value.replace(", ", " ").split()
    if not 2 <= len(words) <= 3 or value.count(",") > 1:
        return False
    if not all(w.isalpha() and (w.isupper() or (w[0].isupper() and w[1:].islower())) for w in words):
        return False
    return words[-1].casefold() not in FACILITY_HEADS and not any(w.casefold() in _NO_ONE for w in words)
