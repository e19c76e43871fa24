"""Names found by their context: runs of name words after a cue, before a trailing cue, in lists, and around a
name already found.

A *unit* is one name as a mask replaces it: a core word (capitalised, or in a script without case, or a
lower-case prefix joined to one: ``al-Rashidi``, ``d'Aubigny``), with the particles written before it
(``da Silva``, ``van der Linden``, ``de la Fuente``). A hyphen or apostrophe inside a word keeps it one word
(``O'Neill``, ``Smith-Jones``); a trailing ``'s`` is not part of the name. A *run* is up to four units one
space apart (given and family names).

Cues differ in strength. After a title (``Mr.``, ``Dra.``, ``Herr``) or a label with a colon (``Patient:``)
any capitalised run is a name. After a weak cue (``spoke with``, ``Dear``, ``Pharmacist``, a sign-off) or
before a trailing one (``... reports``, ``..., MD``, ``...'s daughter``) a run is a name only when it does
not start a sentence with an everyday word (``Overall``, ``Advised``), and a single word must not be one;
after a preposition (``with``, ``to``, ``from``) it takes two name words. Everything here walks a bounded
number of words from a position the RE2 patterns or the dictionary found, so the work stays linear.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from . import cues as C
from . import kinds as K
from . import line_lists as L
from . import name_model as M
from .names import (
    LONGEST_WORD,
    PARTICLES,
    Span,
    ambiguous,
    census_all,
    dictionary_names,
    english,
    english_word,
    eponym_tail,
    eponyms,
    is_cjk,
    place_heads,
    places,
    stopwords,
    things,
    token_end,
    token_start,
    too_long,
    uncased,
    words,
)

MAX_UNITS = 4

SAFE_PARTICLES = PARTICLES - frozenset(("y", "e", "i", "in", "op", "te", "ten", "lo", "li", "les", "ben", "af", "av"))
"""Particles taken into a name found without them (``[Ms. ]da Silva`` when only ``Silva`` was known): not the
ones that are also frequent English or Romance function words (``in``, ``ten``, ``y``)."""

_AFTER_PARTICLE = {"in": ("'t ", "\u2019t "), "op": ("'t ", "\u2019t ")}
"""Particles that are ordinary words unless the Dutch ``'t`` follows (``in 't Veld``)."""

_AFTER_MAC = frozenset(("mac", "nic", "mhic"))
_LONGEST_PARTICLE = max(map(len, PARTICLES))
"""No longer word is a particle: most words are not looked up at all."""
"""``an`` is a particle only after these (``Mac an Tòisich``)."""

PREFIXES = frozenset(C.PREFIXES)
"""Lower-case articles joined to a name by a hyphen or an apostrophe (``al-Amoudi``, ``d'Estaing``)."""

_JOINERS = "'\u2019-"
_FAMILY = (" family", " household")
_DETERMINERS = frozenset(
    ("the", "a", "an", "this", "these", "those", "our", "any", "each", "every", "no", "my", "your", "their", "its")
)
_LIST_SEPARATORS = (
    (", and ", True), (" and ", True), (" & ", True), (", ", False), ("; ", False), (" / ", False), ("/", False)
)
_LIST_STARTS = (", ", "; ", " and ", " & ", " (")
_TITLES = frozenset(("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Miss", "Mx."))
_ROLE_WORDS = frozenset((*C.ROLES, *C.RELATIONS, "his", "her", "their"))


_TITLE_WORDS = frozenset(C.TITLES)


_STOPS: frozenset[str] = frozenset()


def _stops() -> frozenset[str]:
    """Stop words and titles in one set, read once: ``is_stop`` runs for every candidate word."""
    global _STOPS
    _STOPS = stopwords() | _TITLE_WORDS
    return _STOPS


_CONTRACTIONS = frozenset(("m", "s", "re", "ve", "ll", "d", "t"))


def is_stop(token: str) -> bool:
    """A stop word or a title, in its own case or, for an all-capitals word, in title case (``PATIENT``), or a
    stop word contracted (``I'm``, ``It's``, ``We've``)."""
    if token in (_STOPS or _stops()):
        return True
    stop = stopwords()
    if "'" in token or "\u2019" in token:
        cut = max(token.find("'"), token.find("\u2019"))
        if cut > 0 and token[cut + 1 :].lower() in _CONTRACTIONS and token[:cut] in stop:
            return True
    return token.isupper() and len(token) > 1 and token[0] + token[1:].lower() in stop


_GEORGIAN = "\u10d0"
"""Where Georgian letters start (``names.uncased``): lower case to Unicode, no case to a reader."""


def _capitalised(token: str) -> bool:
    first = token[:1]
    if first.isupper():
        return True
    return first.isalpha() and (not first.islower() or _GEORGIAN <= first <= "\u10ff")  # uncased, or Georgian


def is_core(token: str) -> bool:
    """A word that can be a name by its form: capitalised or uncased (not a stop word), or ``al-Rashidi``; one Han
    or kana sign is a given name (``淳``), one Hangul syllable a family name (``갈 서훈``)."""
    first = token[:1]  # as _capitalised, inlined: this runs for every candidate word
    if (len(token) >= 2 or is_cjk(first)) and (
        first.isupper() or (first.isalpha() and not first.islower()) or _GEORGIAN <= first <= "\u10ff"
    ):
        return not is_stop(token)
    for i, ch in enumerate(token[:5]):
        if ch in _JOINERS:
            rest = token[i + 1 :]
            return token[:i] in PREFIXES and len(rest) >= 2 and _capitalised(rest) and not is_stop(rest)
    return False


def is_thing(token: str) -> bool:
    """An eponym, a brand or an organism (``Parkinson``, ``Xarelto``, ``Klebsiella``) not known as a name."""
    return (token in things() or token in eponyms()) and token not in dictionary_names()


def is_place_word(token: str) -> bool:
    """A one-word place (``Lisbon``, ``Nigeria``) that is not also a known name (``Sofia``, ``Jordan``)."""
    return token.casefold() in places() and token not in dictionary_names() and token not in ambiguous()


def is_english(token: str) -> bool:
    """A word of the English lexicon (every part, if hyphenated) that no name list holds (``Care``, ``Member``)."""
    if token in dictionary_names() or token in ambiguous():
        return False
    return all(english_word(part.casefold()) for part in token.split("-"))


def is_common(token: str) -> bool:
    """An everyday English word that is not also a known name (``Overall``, ``Hospice``; not ``Grace``)."""
    folded = token.casefold()
    if folded not in words():
        return False
    return token not in ambiguous() and token not in dictionary_names()


CUE_WORDS = frozenset(
    w.casefold()
    for w in (*C.LABELS, *C.RELATIONS, *C.ROLES, *C.GREETINGS, *C.VERBS, *C.LIST_LABELS, *C.SIGN_OFFS)
    if " " not in w
)
"""Single cue words (``Gracias``, ``Driver``, ``Present``): a context of a name, never one."""


@lru_cache(maxsize=8192)
def unknown_word(word: str) -> bool:
    """A capitalised word no list knows: not a known name, an everyday or English word, a title, a cue word, a
    place, an eponym, a brand, nor ``Parkinson-like``; nor an acronym (``BPPV``: the model reads letters, not
    initials)."""
    if len(word) < 3 or word.isupper() or word in dictionary_names() or word in ambiguous():
        return False
    if word.casefold() in CUE_WORDS:
        return False
    if is_stop(word) or is_common(word) or is_place_word(word) or is_thing(word):
        return False
    hyphen = word.find("-")
    if hyphen > 0 and word[hyphen + 1 : hyphen + 2].islower():
        return False
    return not english_word(word.casefold()) and word not in eponyms()


@lru_cache(maxsize=8192)
def unknown_name_like(word: str) -> bool:
    """An ``unknown_word`` that reads as a name (``name_model``); the dictionary finds its own names, and an
    ambiguous one needs a cue. Both cached: sentence starts and list items repeat the same few words."""
    return unknown_word(word) and M.name_like(word)


def _companion(text: str, units: list[tuple[int, int, int]]) -> bool:
    """A list item beside a name that is itself a name by the lists or no word they know (``Present - Els, Niels``;
    not ``Ana, Lisbon``, ``Ana, Cardiology``): it need not be joined by *and*."""
    for _, c, e in units:
        core = text[c:e]
        if core.isupper():  # "LEÃO, BENÍCIO": a name in capitals, read as written in a sentence
            core = core[:1] + core[1:].lower()
        if not (core in dictionary_names() or uncased(core[:1]) or unknown_word(core)):
            return False
    return True


_PERSON_PREPOSITIONS = frozenset(("with", "by", "for"))
"""Prepositions after which one name-like word is taken alone (``filled by Marjatta``); after ``to`` and ``from``
one word is as often a place the lists lack."""


def _one_name_after_preposition(text: str, unit: tuple[int, int, int]) -> bool:
    """``by Marjatta``, ``with ნანი``: a single unit after *with*, *by* or *for* that reads as a name, or is written
    in a script without case (in a text that has case, a name)."""
    start = unit[0]
    word = text[token_start(text, max(0, start - 1), max(0, start - 6)) : start - 1]
    if start < 2 or text[start - 1] != " " or word.casefold() not in _PERSON_PREPOSITIONS:
        return False
    core = text[unit[1] : unit[2]]
    return uncased(core[:1]) or (core[:1].isupper() and unknown_name_like(core))


def _possessive_end(text: str, start: int, end: int) -> int:
    if end - start > 2 and text[end - 2] in "'\u2019" and text[end - 1] in "sS":
        return end - 2
    return end


def unit_at(text: str, i: int) -> tuple[int, int, int] | None:
    """The unit starting at ``text[i]``: ``(start, core start, end)``; ``None`` when none starts there.

    A capitalised particle with no name after it is a name itself (``Ms. Le is here``)."""
    n = len(text)
    start = i
    previous = ""
    for _ in range(4):  # up to three particles, then the core word
        j = token_end(text, i)
        if j == i:
            break
        if j - i <= _LONGEST_PARTICLE and j + 1 < n and text[j] == " ":
            folded = text[i:j].casefold()
            if folded in PARTICLES or (folded == "an" and previous in _AFTER_MAC):
                follow = _AFTER_PARTICLE.get(folded)
                if follow is None or text.startswith(follow, j + 1):
                    previous = folded
                    i = j + 1
                    continue
        end = j - 2 if j - i > 2 and text[j - 2] in "'\u2019" and text[j - 1] in "sS" else j  # not the 's
        if is_core(text[i:end]):
            return (start, i, end)
        break
    if i != start:  # particles led nowhere: the first word alone, if it can be a name
        j = token_end(text, start)
        end = _possessive_end(text, start, j)
        if is_core(text[start:end]):
            return (start, start, end)
    return None


def unit_before(text: str, end: int, safe: bool = False) -> tuple[int, int, int] | None:
    """The unit whose core word ends at ``end`` (a ``'s`` after it allowed), with the particles before it.

    ``safe`` takes only ``SAFE_PARTICLES`` (for a name found without its particles)."""
    start = token_start(text, end)
    if start == end:
        return None
    core_end = _possessive_end(text, start, end)
    if not is_core(text[start:core_end]):
        return None
    allowed = SAFE_PARTICLES if safe else PARTICLES
    first = start
    for _ in range(3):
        if first < 2 or text[first - 1] != " ":
            break
        s = token_start(text, first - 1)
        token = text[s : first - 1]
        folded = token.casefold()
        if not token or folded not in allowed:
            break
        follow = _AFTER_PARTICLE.get(folded)
        if follow is not None and not text.startswith(follow, first):
            break
        first = s
    return (first, start, core_end)


def run_at(text: str, i: int, limit: int = MAX_UNITS) -> list[tuple[int, int, int]]:
    """Units one space apart from ``text[i]`` (a possessive ends the run; ``y``/``e`` may join two units)."""
    out: list[tuple[int, int, int]] = []
    n = len(text)
    while len(out) < limit:
        unit = unit_at(text, i)
        if unit is None:
            break
        out.append(unit)
        end = unit[2]
        if end >= n or text[end] != " ":
            break
        i = end + 1
        if i + 3 < n and text[i + 1] == "." and text[i + 2] == " " and text[i].isupper():  # "Ana M. Okafor"
            i += 3  # the initial is no unit of its own: the run goes on after it
    return out


def run_before(text: str, end: int, weak: bool, limit: int = MAX_UNITS) -> list[tuple[int, int, int]]:
    """Units one space apart ending at ``end``, walking left; a weak context stops at an everyday word."""
    out: list[tuple[int, int, int]] = []
    while len(out) < limit:
        unit = unit_before(text, end)
        if unit is None or (weak and is_common(text[unit[1] : unit[2]])):
            break
        out.append(unit)
        start = unit[0]
        if start < 2 or text[start - 1] != " ":
            break
        end = start - 1
        if end > 3 and text[end - 1] == "." and text[end - 3] == " " and text[end - 2].isupper():  # "Ana M. Okafor"
            end -= 3
    out.reverse()
    return out


def _weak_ok(text: str, units: list[tuple[int, int, int]], min_units: int = 1, short_upper: bool = False) -> bool:
    """A run a weak context may call a name: enough units, not an everyday word alone, not ``PT``/``ED`` (unless
    ``short_upper``: a name in capitals came just before, as in ``MYKLEBUST, SIV``)."""
    if len(units) < min_units or not units:
        return False
    phrase = text[units[0][0] : units[-1][2]]
    if eponym_tail(text, units[-1][2]):  # "Hashimoto's thyroiditis", "Foley catheter"
        return False
    known = len(units) == 1 and (phrase in dictionary_names() or phrase in ambiguous())
    if not known and " ".join(phrase.split()).casefold() in places():
        return False  # "from Rio de Janeiro", "in Lagos" (but "Dear Sofia")
    cores = [text[c:e] for _, c, e in units]
    if min_units > 1 and any(is_common(c) for c in cores):
        return False
    inverted = text.startswith(", ", units[0][2]) or text.endswith(", ", 0, units[0][0])
    if len(cores) == 1 and _english_in_capitals(cores[0]) and not inverted:
        return False  # "CALL ROSTER", "FROM ICU": an English word in capitals (not "FROM CRIMSON, ZINNIA")
    if len(cores) == 1:
        core = cores[0]
        if is_common(core) or (core.isupper() and len(core) <= 3 and not short_upper):
            return False
        if is_thing(core) or is_place_word(core):
            return False
    return True


def _acronym(word: str) -> bool:
    """Three capitals or more in a short mixed-case word, or a short word all in capitals: letters standing for
    words (``CPhT``, ``CCTC``), not a name (``McNeil``, ``DeLuca`` have two)."""
    capitals = sum(c.isupper() for c in word)
    return len(word) <= 6 and ((capitals >= 3 and not word.isupper()) or (word.isupper() and len(word) <= 5))


def _spans(units: Iterable[tuple[int, int, int]]) -> list[Span]:
    return [(s, e, K.NAME) for s, _, e in units]


def _trim_common(text: str, units: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop everyday words leading a run (a sentence-initial ``Today`` or ``Advised`` before the name), and, in a
    run in capitals, everyday words ending it (``FROM TIKA CHAMBI STOP``: capitals do not tell a name's end)."""
    k = 0
    while k < len(units) and is_common(text[units[k][1] : units[k][2]]):
        k += 1
    end = len(units)
    while end > k + 1 and text[units[end - 1][1] : units[end - 1][2]].isupper() and is_common(
        text[units[end - 1][1] : units[end - 1][2]]
    ):
        end -= 1
    return units[k:end]


def _english_in_capitals(word: str) -> bool:
    """A word in capitals that is an everyday or English word no name list holds (``STOP``, ``VISIT``)."""
    return word.isupper() and (is_common(word) or is_english(word.capitalize()))


STRONG, WEAK, PREP, LIST = "CUE", "CUE_WEAK", "CUE_PREP", "CUE_LIST"
AFTER = "AFTER"
MARKERS = frozenset((STRONG, WEAK, PREP, LIST, AFTER))
"""Kinds the patterns give to a context position; they become NAME spans here and are never masked as such."""


def cue_names(
    text: str, start: int, strength: str = STRONG, units: list[tuple[int, int, int]] | None = None
) -> list[Span]:
    """The names of the run at ``start`` after a cue (``Mr. John Smith``, ``Patient: Smith, Mary``); a list
    cue goes on through ``A, B and C``. ``units``: ``run_at(text, start)`` when the caller has it already (two
    rules often mark one position), never changed here."""
    if units is None:
        units = run_at(text, start)
    if not units and strength == STRONG:  # "Patient: Cross, Sian": a family name the word lists stop, inverted
        census_word = _census_word_at(text, start)
        units = [census_word] if census_word is not None and text.startswith(", ", census_word[2]) else []
    if len(units) == 1 and _letters_for_words(text, units[0]):
        return []
    if strength != STRONG:
        units = _trim_common(text, units)
        if not _weak_ok(text, units, 2 if strength == PREP else 1):
            # after a preposition, "from SALMI, MIRA" counts as two words like "from Mira Salmi"
            if strength != PREP or len(units) != 1 or not _weak_ok(text, units):
                return []
            if _one_name_after_preposition(text, units[0]):
                return _spans(units)
            given = _given_after_comma(text, units)
            return _spans(units + given) if given else []
    elif not units:
        return []
    if strength != LIST and text.startswith(", ", units[-1][2]):
        units = units + _given_after_comma(text, units, labelled=strength == STRONG)
    out = _spans(units)
    if strength == LIST:
        out += list_names(text, units[-1][2], everything=True)
    return out


_NAME_LABEL_WORDS = ("name", "first", "last", "surname", "given", "family", "nombre", "apellido", "nom")


def _letters_for_words(text: str, unit: tuple[int, int, int]) -> bool:
    """A short word in capitals no name list holds, alone after a cue (``TO: NICU``, ``Contact (MRSA)``): letters
    standing for a unit or an organism, not a person (``TO: NG, ANA`` goes on with a comma)."""
    core = text[unit[1] : unit[2]]
    if not (core.isupper() and len(core) <= 5) or text.startswith(",", unit[2]):
        return False
    label = text[max(0, unit[0] - 16) : unit[0]].casefold()
    if any(word in label for word in _NAME_LABEL_WORDS):
        return False  # "LAST NAME:  BAINS", "FIRST:VASANA": the label says a name comes
    word = core[:1] + core[1:].lower()
    return word not in dictionary_names() and word not in ambiguous()


def _given_after_comma(
    text: str, units: list[tuple[int, int, int]], labelled: bool = False
) -> list[tuple[int, int, int]]:
    """``Mary`` in ``Smith, Mary``: one unit after a comma that a weak context would take (not ``…, Cardiology``,
    not ``…, TX`` unless the family name is in capitals too: ``KNUDSEN, ODA``; not ``A B, C D``)."""
    stop = units[-1][2]
    if not text.startswith(", ", stop):
        return []
    if labelled:  # "Patient: Williams, April", "…, Sydney": after a label, a given name the census lists
        census_word = _census_word_at(text, stop + 2)
        if census_word is not None and _ends_a_name(text, census_word[2]):
            return [census_word]
    more = run_at(text, stop + 2, 2)
    family = text[units[-1][1] : stop]
    if len(more) == 1 and _weak_ok(text, more, short_upper=len(family) > 3 and family.isupper()):
        return more
    return []


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but space since the last full stop, question or exclamation mark, or line feed (or the start)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def after_names(text: str, position: int) -> list[Span]:
    """The run ending at ``position`` before a trailing cue (``Ana da Silva reports``, ``Ana Okafor, MD``)."""
    units = run_before(text, position, weak=True)
    if not units or not _weak_ok(text, units):
        return []
    if len(units) == 1 and text[units[0][0] : units[0][2]] in ambiguous() and _sentence_start(text, units[0][0]):
        return []  # "Bill sent to insurance", "Will follow up": a word that is also a name, alone, opening a sentence
    first = units[0][0]
    if len(units) == 1 and text.startswith(", ", first - 2):  # "Mangubat, Jhoanna (DOB …)" on a line of its own
        family = unit_before(text, first - 2)
        if family is not None and (family[0] == 0 or text[family[0] - 1] == "\n") and _weak_ok(text, [family]):
            units.insert(0, family)
    before = units[0][0] - 1
    if before > 0 and text[before] == " " and not text.startswith(_FAMILY, position):  # "the Okafor family"
        word = text[token_start(text, before) : before]
        if word.casefold() in _DETERMINERS:
            return []
    return _spans(units)


def list_names(text: str, position: int, everything: bool = False) -> list[Span]:
    """Names listed after the name ending at ``position``: ``A, B and C``, ``A and Dr. B``, ``A (RN), B``.

    Without a list cue the items count only up to the last one joined by ``and``/``&`` (so ``Ms. Silva,
    Lisbon`` lists nothing); each item is a run that is not an everyday word alone."""
    found: list[Span] = []
    confirmed = 0
    pos = position
    n = len(text)
    for _ in range(12):
        if text.startswith(" (", pos):
            close = text.find(")", pos + 2, pos + 42)
            if close < 0:
                break
            pos = close + 1
        joins = None
        for separator, joining in _LIST_SEPARATORS:
            if text.startswith(separator, pos):
                pos += len(separator)
                joins = joining
                break
        if joins is None:
            break
        space = text.find(" ", pos, pos + 6)
        if space > 0 and text[pos:space] in _TITLES:
            pos = space + 1
        first = text[pos : pos + 1]
        if not first.isalpha() or (first.islower() and not _lower_word_may_lead(text, pos)):
            if joins and text[pos : pos + 14].split(" ", 1)[0] in _ROLE_WORDS:  # "A, B and chaplain C"
                confirmed = len(found)
            break
        units = _trim_common(text, run_at(text, pos))
        previous = text[found[-1][0] : found[-1][1]] if found else text[token_start(text, position) : position]
        capitals = len(previous) > 3 and previous.isupper()
        if not units or units[0][0] != pos or not _weak_ok(text, units, short_upper=capitals):
            break
        if not capitals and len(units) == 1 and _acronym(text[units[0][1] : units[0][2]]):
            break  # a credential after a name (``Ana Okafor, RN, CCTC``, ``…, CPhT``), not a second person
        found.extend(_spans(units))
        if joins or everything or _companion(text, units):
            confirmed = len(found)
        pos = units[-1][2]
        if pos >= n:
            break
    return found[:confirmed]


LOWER_RUN = 3
"""The most words of a name typed in lower case."""


def lower_names(text: str, start: int, last_line: bool = False) -> list[Span]:
    """A name typed in lower case at ``start`` after a cue (``spoke w/ ana okafor``): two or three lower-case words
    one space apart, particles allowed inside, none an everyday word, a stop word or a thing, and one at least of
    three letters or more that no English dictionary holds (not ``spoke w/ case management``). ``last_line``: a
    signature (``- ana okafor``) must end the text's last line."""
    units: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    for _ in range(LOWER_RUN):
        end = token_end(text, pos, pos + LONGEST_WORD)
        word = text[pos:end]
        if not word or not word.islower():
            break
        folded = word.casefold()
        if folded in PARTICLES and units:
            if end < n and text[end] == " ":
                pos = end + 1
                continue
            break
        title = word[:1].upper() + word[1:]
        if folded in words() or is_stop(title) or title in ambiguous() or is_thing(title) or len(word) < 2:
            if len(units) == 1 and _lower_given(text, units[0]) and title in census_all():
                units.append((pos, end))  # "it's ronald lake": a family name that is a word, after a given name
            break
        units.append((pos, end))
        if end >= n or text[end] != " ":
            break
        pos = end + 1
    if len(units) < 2 and not (units and _lower_given(text, units[0])):
        return []  # one word only when the dictionary knows it as a name (``it's ronald``)
    lexicon = english()
    if all(len(text[s:e]) < 3 or text[s:e].replace("'", "").replace("-", "") in lexicon for s, e in units):
        return []
    stop = units[-1][1]
    if last_line and (len(text) - stop > 64 or text[stop:].strip(" \t\r\n.!")):  # bounded: bullets cost linear time
        return []
    if not last_line and stop < n and text[stop].isalnum():
        return []
    return [(s, e, K.NAME) for s, e in units]


def _lower_given(text: str, unit: tuple[int, int]) -> bool:
    """A lower-case word the dictionary knows as a name in its capitalised form, and no English word (``ronald``)."""
    word = text[unit[0] : unit[1]]
    return len(word) >= 3 and word[:1].upper() + word[1:] in dictionary_names() and not english_word(word)


def _lower_word_may_lead(text: str, i: int) -> bool:
    """A lower-case word at ``i`` can still start a unit: a particle or a joined prefix (``da``, ``al-Amoudi``)."""
    word = text[i : i + 12].split(" ", 1)[0]
    if uncased(word[:1]) or word.casefold() in PARTICLES:
        return True
    return "-" in word[:5] or "'" in word[:5] or "\u2019" in word[:5]


_LIST_ENDS = _LIST_SEPARATORS
_LIST_TAILS = (*(separator for separator, _ in _LIST_ENDS), *(f" {title} " for title in _TITLES))
"""What must end right before a name for ``list_before`` to find a list (a separator, or a title after one):
one C-level ``endswith`` spares the walk for most names."""


def list_before(text: str, position: int) -> list[Span]:
    """Names listed before the name starting at ``position``: ``A, B, and [C]``, ``A and [C]``. As after a name,
    a list counts only when an ``and``/``&`` joins it; each item is a run that is not an everyday word alone."""
    found: list[Span] = []
    joined = False
    companions = True
    pos = position
    for _ in range(12):
        space = text.rfind(" ", max(0, pos - 8), pos - 1)
        if space >= 0 and text[space + 1 : pos - 1] in _TITLES:  # "…, and Mr. Quorvane"
            pos = space + 1
        separator = next((sep for sep in _LIST_ENDS if text.startswith(sep[0], pos - len(sep[0]), pos)), None)
        if separator is None or pos - len(separator[0]) < 1:
            break
        joined = joined or separator[1]
        end = pos - len(separator[0])
        if text[end - 1] == ")":  # "A (RN), B"
            opening = text.rfind("(", max(0, end - 42), end)
            if opening < 2 or text[opening - 1] != " ":
                break
            end = opening - 1
        units = run_before(text, end, weak=True)
        if not units or units[-1][2] != end or not _weak_ok(text, units):
            break
        found.extend(_spans(units))
        companions = companions and _companion(text, units)
        pos = units[0][0]
    return found if joined or (found and companions) else []


_NAME_ENDS = frozenset(",.;:|)(]\n\r\t\u2014\u2013\"'")


def _ends_a_name(text: str, end: int) -> bool:
    """An everyday word after a name ends the run there (``June Stone —``, ``Giuseppe Best``, ``Drew Brown,``):
    a family name (Stone, Best, Brown) unless a lower-case word goes on (``Ana Will follow up``)."""
    return end >= len(text) or text[end] in _NAME_ENDS or text.startswith(
        (" (", " \u2014", " \u2013", " -", " |"), end
    )


def _starts_a_name(text: str, start: int) -> bool:
    """An everyday word before a name opens it where a name begins a field (``— Drew Brown``, ``| June Rice``,
    ``Patient: Hope King``): a given name that is a word (Drew, June, Hope); not at a line's or a sentence's
    start, where everyday words open sentences (``Overall Okafor improved``)."""
    if start > 0 and text[start - 1] in "|(\"[":
        return True
    return text.endswith((": ", "\u2014 ", "\u2013 ", "| "), 0, start)


_NOT_BEFORE_A_MONTH = frozenset(
    ("in", "on", "since", "by", "until", "till", "of", "from", "during", "before", "after", "early", "late", "mid",
     "last", "next", "this", "each", "every")
)


def _census_word_at(text: str, i: int) -> tuple[int, int, int] | None:
    """The word at ``i`` as a unit when the census lists it though the word lists stop it (``Ward``, ``May``,
    ``English``): ``expand`` decides whether the name it stands beside makes it one."""
    end = token_end(text, i, min(len(text), i + LONGEST_WORD + 1))
    word = text[i:end]
    return (i, i, end) if word[:1].isupper() and not word.isupper() and word in census_all() else None


def _surname_after(text: str, start: int, end: int, unit: tuple[int, int, int]) -> bool:
    """An everyday word that is a family name too (``May``, ``English``, ``Ward``) right after a name the dictionary
    knows that opens its run (``Eric May``, ``Lindsey English``; not the third word of ``Ana Okafor Ward``, nor
    ``… Ward 4``): the name goes on, as the census says it may."""
    if text[start:end] not in dictionary_names() or text[unit[1] : unit[2]] not in census_all():
        return False
    if text[unit[2] : unit[2] + 2][1:].isdigit():
        return False
    return unit_before(text, start - 1) is None if start > 1 and text[start - 1] == " " else True


def _given_before(text: str, unit: tuple[int, int, int]) -> bool:
    """An everyday word that is a given name too (``June``, ``April``) right before a name the dictionary knows
    (``June Gough``), unless a word before it makes it a month (``in June Gough was…``)."""
    word = text[unit[1] : unit[2]]
    if word not in census_all():
        return False
    before = text[max(0, unit[0] - 12) : unit[0]].split()
    return not before or before[-1].casefold().rstrip(",") not in _NOT_BEFORE_A_MONTH


def expand(text: str, spans: list[Span], steps: int = 2) -> list[Span]:
    """Units directly next to a name (one space apart, particles allowed) are names too.

    Most neighbours are lower-case words: a look at their first letter rules them out before any walk."""
    out: list[Span] = []
    seen = {(s, e) for s, e, _ in spans}
    starts = {s for s, _, _ in spans}
    ends = {e for _, e, _ in spans}
    n = len(text)
    for s, e, kind in spans:
        if kind != K.NAME:
            continue
        pos = e
        for _ in range(steps):
            if pos + 1 >= n or text[pos] != " " or pos + 1 in starts:  # a known name expands itself
                break
            if pos + 4 < n and text[pos + 2] == "." and text[pos + 3] == " " and text[pos + 1].isupper():
                pos += 3  # "Rosalind J. Snow": the initial is no unit; the name goes on after it
                if pos + 1 in starts:
                    break
            first = text[pos + 1]
            if not first.isalpha() or (first.islower() and not _lower_word_may_lead(text, pos + 1)):
                break
            unit = unit_at(text, pos + 1) or _census_word_at(text, pos + 1)
            if unit is None or (
                (is_common(text[unit[1] : unit[2]]) or is_stop(text[unit[1] : unit[2]]))
                and not _ends_a_name(text, unit[2])
                and not _surname_after(text, s, e, unit)
            ):
                break
            if _english_in_capitals(text[unit[1] : unit[2]]):
                break  # "CHAMBI STOP": a word in capitals goes on a telegram, not a name
            if (unit[0], unit[2]) not in seen:
                seen.add((unit[0], unit[2]))
                out.append((unit[0], unit[2], K.NAME))
            if unit[2] != token_end(text, unit[1]):  # a possessive ends the name
                break
            pos = unit[2]
        pos = s
        for _ in range(steps):
            if pos > 4 and text[pos - 1] == " " and text[pos - 2] == "." and text[pos - 4] == " " \
                    and text[pos - 3].isupper():
                pos -= 3  # "Drew J. Brown": the initial is no unit; the name goes on before it
                if pos in ends:
                    break
            if pos < 2 or text[pos - 1] != " " or not text[pos - 2].isalpha() or pos - 1 in ends:
                break
            space = text.rfind(" ", max(0, pos - 42), pos - 1)
            word = text[space + 1 : pos - 1]
            if word[:1].islower() and not _lower_word_may_lead(word, 0):
                break
            unit = unit_before(text, pos - 1) or _census_word_at(text, token_start(text, pos - 1, max(0, pos - 42)))
            if unit is None or unit[2] != pos - 1:
                break
            core = text[unit[1] : unit[2]]
            if (is_common(core) or is_stop(core)) and not (_starts_a_name(text, unit[0]) or _given_before(text, unit)):
                break
            if text[unit[1] : unit[2]].casefold() in CUE_WORDS:
                break  # "SMS Jemp", "Escort Ana": the cue before a name is none of it
            if (unit[0], unit[2]) not in seen:
                seen.add((unit[0], unit[2]))
                out.append((unit[0], unit[2], K.NAME))
            pos = unit[0]
    return out


_SAFE_ANY_CASE = frozenset(v for p in SAFE_PARTICLES for v in (p, p.title(), p.upper()))
_PARTICLE_ENDS = frozenset(v[-2:] if len(v) > 1 else " " + v for v in _SAFE_ANY_CASE)
"""The last two characters of every particle (a space and the letter for one-letter ones): a name whose
preceding word ends otherwise has no particle before it, without looking further."""


def _particles_before(text: str, start: int) -> int:
    """``start`` moved left over up to three ``SAFE_PARTICLES`` written right before it (``da ``, ``van der ``).

    Called for every name found: the word before is cut out with ``rfind`` and looked up as it is; only a word
    after a bracket or a quote is cleaned first."""
    for _ in range(3):
        if start < 3 or text[start - 1] != " ":
            break
        low = max(0, start - 8)  # a particle has at most five letters
        space = max(text.rfind(" ", low, start - 1), text.rfind("\n", low, start - 1))
        if space < 0 and low > 0:
            break
        word = text[space + 1 : start - 1]
        if word not in _SAFE_ANY_CASE:
            word = word.lstrip('(["\u201c')
            if word.casefold() not in SAFE_PARTICLES:
                break
        start -= len(word) + 1
    return start


def widen(text: str, spans: list[Span]) -> list[Span]:
    """Every NAME span grown to its whole unit: the rest of a hyphenated or apostrophe'd word (``O'Neill``,
    ``Smith-Jones``, ``al-Rashidi``) and the particles written before it (``da Silva``); a trailing ``'s`` is
    left out."""
    out: list[Span] = []
    n = len(text)
    for s, e, kind in spans:
        if kind == K.NAME:
            if s > 0 and text[s - 1] in _JOINERS and not too_long(text[max(0, s - LONGEST_WORD) : s]):
                start = token_start(text, s, max(0, s - LONGEST_WORD))
                s = start if start > s - LONGEST_WORD else s  # a longer "word" is no name: keep the hit
            if e < n and text[e] in _JOINERS and not too_long(text[e : e + LONGEST_WORD]):
                end = token_end(text, e, e + LONGEST_WORD)
                if end < e + LONGEST_WORD:
                    e = max(e, _possessive_end(text, s, end))
            if s > 2 and text[s - 1] == " " and text[s - 3 : s - 1] in _PARTICLE_ENDS:
                s = _particles_before(text, s)
        out.append((s, e, kind))
    return out


def _without_places(text: str, names: list[Span]) -> list[Span]:
    """``names`` less the runs of two or more of them, one space apart, that spell a place (``Ho Chi Minh``).

    Only a run starting with the first word of such a place can be one: most texts are passed through."""
    heads = place_heads()
    if not any(text[s:e] in heads for s, e, _ in names):
        return names
    runs: list[list[Span]] = []
    for span in names:  # sorted
        last = runs[-1][-1] if runs else None
        if last is not None and (span[0] < last[1] or (span[0] == last[1] + 1 and text[last[1]] == " ")):
            runs[-1].append(span)
        else:
            runs.append([span])
    out: list[Span] = []
    for run in runs:
        if len(run) > 1:
            phrase = text[run[0][0] : max(e for _, e, _ in run)]
            if " ".join(phrase.split()).casefold() in places():
                continue
        out.extend(run)
    return out


FACILITY_HEADS = frozenset(C.FACILITY_HEADS)
"""``cues.FACILITY_HEADS`` as a set: the name rules, the pair rule and ``value_names`` ask it."""
_HEAD_ENDINGS = ("ology", "ologies", "ics", "iatry", "therapy")


def _facility_head(word: str) -> bool:
    """A noun ending a facility's name (``Clinic``, ``Medical Center``, ``Bayview Oncology``, a plan's ``PPO``)
    that is no name."""
    folded = word.casefold()
    return (folded in FACILITY_HEADS or folded.endswith(_HEAD_ENDINGS)) and (is_english(word) or word.isupper())


def _run_end(text: str, end: int) -> int:
    """Where the run of capitalised words (and ``Children's``) going on from ``end`` stops, at most four more."""
    n = len(text)
    for _ in range(4):
        if end + 1 >= n or text[end] != " " or not text[end + 1].isupper():
            break
        end = token_end(text, end + 1, min(n, end + 2 + LONGEST_WORD))
    return end


def _product_word(word: str) -> bool:
    """A trade name's word: a capital inside it after four lower-case letters (``IntelliVue``, ``HeartMate``,
    ``LifeVest``); no name is written so (``McDonald``, ``DeShawn``, ``FitzGerald`` have fewer before it)."""
    return any(word[i].isupper() and word[i - 4 : i].isalpha() and word[i - 4 : i].islower()
               for i in range(4, len(word)))


def _without_facilities(text: str, names: list[Span]) -> list[Span]:
    """``names`` less those in a run of capitalised words that ends with a facility's noun and then stops
    (``Thank you for calling Lakeshore Clinic,``, ``at St. Agnes Hospital.``; not ``Ana Okafor Medical Assistant``,
    ``… Unit 4B``): the run names a place; or that holds a trade name's word (``Philips IntelliVue MX800``)."""
    return [span for span in names if not in_facility_name(text, span[0], span[1])]


def in_facility_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is part of a facility's or a product's name: a run of capitalised words
    ending with a facility's noun and then stopping, or holding a trade name's word (a city there is the
    facility's: ``Riverside Eye Institute``)."""
    stop = _run_end(text, end + 2 if text.startswith(("'s ", "\u2019s "), end) else end)
    if any(_product_word(word) for word in text[start:stop].split(" ")):
        return True
    last = text[token_start(text, stop - 1, max(0, stop - LONGEST_WORD)) : stop]
    if last.endswith(("'s", "\u2019s")):
        last = last[:-2]
    tail = text[stop : stop + 2]
    ends = not tail or (not tail[0].isalnum() and (tail[0] != " " or not tail[1:].isalnum() or tail[1].islower()))
    alone = stop == end and not (
        start > 1
        and text[start - 1] == " "
        and text[start - 2].isalpha()
        and text[token_start(text, start - 1, max(0, start - 40))].isupper()
    )
    return ends and not alone and len(last) > 2 and last[0].isupper() and _facility_head(last)


def complete(text: str, spans: list[Span]) -> list[Span]:
    """The NAME spans of ``spans`` grown to whole units, with their neighbours and list companions (sorted)."""
    names = sorted(set(widen(text, [sp for sp in spans if sp[2] == K.NAME])))
    if not names:
        return []
    grown = expand(text, names)  # whole units already
    if grown:
        names = sorted(set(names + grown))
    listed: list[Span] = []
    for s, e, _ in names:
        if text.startswith(_LIST_STARTS, e):
            listed += list_names(text, e)
        if s > 2 and text.endswith(_LIST_TAILS, 0, s):
            listed += list_before(text, s)
            if text[s - 2] == ",":
                listed += _family_before_comma(text, s, e)
    one_a_line = L.companions(text, names) if len(names) > 1 else []
    if listed or one_a_line:
        names = sorted(set(names + listed + one_a_line))
    names = _without_facilities(text, names)
    return _without_places(text, names) if len(names) > 1 else names


NOT_A_VALUE_NAME = frozenset(w.casefold() for w in (*C.TITLES, *C.LABELS, *C.RELATIONS, *C.ROLES) if " " not in w)
"""Words that say who a person is, not their name (``Nurse``, ``Mother``, ``Patient``); greetings and sign-offs
are names here (``J. Best``)."""


_FIELD_OPENERS = (": ", "\u2014 ", "\u2013 ", "| ", "- ", "\t", "(", "[", "\"", ">")
_FAMILY_OPENERS = frozenset((*(w.casefold() for w in _ROLE_WORDS), "pt", "patient", "with", "by", "for", "from"))
"""Words after which ``Family, Given`` is a person whatever word the family name is (``son Little, Arjun``,
``pt Best, Anh``)."""


def _family_before_comma(text: str, start: int, end: int) -> list[Span]:
    """The family name in ``Family, Given`` when the given name (``start:end``) is found and the family name is a
    word the lists call everyday or a name only beside another (``Little, Arjun``, ``Best, Anh``, ``Fox,
    Fatima``): where a field, a table cell or a relation word opens it (``— Fox, Fatima —``, ``| Little, Victor
    |``, ``husband Small, Youssef``) and the name ends after the given name (a middle initial allowed); never
    a place, a thing, a title or a cue word, nor an everyday word opening a line (``Today, Maria and I``)."""
    unit = unit_before(text, start - 2)
    if unit is None or text[unit[0] : start - 2].count(" ") > 3:
        return []
    family = text[unit[1] : unit[2]]
    if not family[:1].isupper() or is_stop(family) or is_place_word(family) or is_thing(family):
        return []
    if family in _TITLE_WORDS or family.casefold() in NOT_A_VALUE_NAME:
        return []
    after = end + 3 if text[end : end + 1] == " " and text[end + 2 : end + 3] == "." else end  # "Best, Anh T."
    if text.startswith(" ", after) and text[after + 1 : after + 2].isupper():
        return []  # "Paris, France Hospital": the run goes on; not this shape
    head = unit[0]
    before = text[max(0, head - 16) : head]
    if before.endswith(_FIELD_OPENERS):
        return [(unit[0], unit[2], K.NAME)]
    if before.endswith(" ") and before.split()[-1:] and before.split()[-1].casefold() in _FAMILY_OPENERS:
        return [(unit[0], unit[2], K.NAME)]
    at_line_start = head == 0 or text[head - 1] == "\n"
    ends_field = after >= len(text) or text[after] in "\n,;|)\t"
    if at_line_start and ends_field and not is_common(family) and family.casefold() not in CUE_WORDS:
        return [(unit[0], unit[2], K.NAME)]
    return []
