"""Banks 15 and 16: names written by hand for cultures no earlier bank drew, in phrasing no earlier bank used.

Banks 4-14 took nearly all of Faker's and Mimesis's person lists. These two take their names from
``data/final_names.txt``, written in session 9 by a hand that had not read the detector or its data: bank 15
Hawaiian, Samoan, Fijian, Khmer (family name first), Albanian, Basque, Welsh and Amharic (Ge'ez script); bank 16
Māori, Tongan, Mongolian (Cyrillic, the patronymic first), Malagasy, Shona, Catalan, Maltese and Kurdish. About
one person in five has instead a common English name that is also an ordinary English word (Clover, Sterling,
Thatcher; Willow, Chase, Copper), and the name-free documents use those same words as words. Every entry sharing
a part with the detector's shipped data, the hand-written held-out file or any entry of banks 4-14 is dropped,
and bank 16 drops bank 15's as well, so each name is new to the detector and to whoever tuned it. Both banks were
written before either was measured.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace
from functools import cache
from pathlib import Path

from . import names_fresh as F
from . import names_heldout as H
from . import names_unseen as U
from . import names_unseen_last as B

ENGLISH = "english"

SOURCES: dict[int, tuple[str, ...]] = {
    15: ("hawaiian", "samoan", "fijian", "khmer", "albanian", "basque", "welsh", "amharic", "english 15"),
    16: ("maori", "tongan", "mongolian", "malagasy", "shona", "catalan", "maltese", "kurdish", "english 16"),
}
"""Per bank, the languages of ``data/final_names.txt`` it draws; ``english 15`` and ``english 16`` are two lists of
English word-names, one per bank, both called ``english`` in the pool."""

FAMILY_FIRST = frozenset(("khmer", "mongolian"))
"""Written family name (Khmer) or patronymic (Mongolian, ``Батын Болормаа``) first."""

MIN_PER_LIST = 8
"""A language left with fewer entries than this in one of its lists is left out."""

ORIGIN = "names written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""

_ROLES = {"given_f": ("given", "f"), "given_m": ("given", "m"), "family": ("family", "")}


def _written() -> dict[str, dict[str, list[str]]]:
    """The file's entries by language and role (``given_f``, ``given_m``, ``family``)."""
    out: dict[str, dict[str, list[str]]] = {}
    path = Path(__file__).parent / "data" / "final_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, role, entries = line.split("|")
        out.setdefault(language, {})[role] = [e for e in entries.split(";") if e.strip()]
    return out


@cache
def _before(bank: int) -> tuple[frozenset[str], frozenset[str]]:
    """Parts known to the detector, the hand-written set or banks 4-14 (and bank 15, for 16), and those banks'
    entries themselves (a one-sign name has no part to check)."""
    parts, entries = B._before(max(B.SOURCES) + 1)
    for before in range(min(SOURCES), bank):
        drawn = final_pool(before).entries
        parts = parts | {part for entry in drawn for part in H._parts(entry)}
        entries = entries | drawn
    return parts, entries


@cache
def final_pool(bank: int) -> U.UnseenPool:
    """Every entry of ``bank``'s languages not known to the detector, the hand-written set or an earlier bank
    (family names serve both sexes); sorted, so the pool does not depend on the hash seed."""
    parts, taken = _before(bank)
    written = _written()
    given: dict[tuple[str, str], list[str]] = {}
    family: dict[tuple[str, str], list[str]] = {}
    dropped = 0
    for source in SOURCES[bank]:
        language = ENGLISH if source.startswith(ENGLISH) else source
        kept: dict[str, list[str]] = {}
        for role, entries in written[source].items():
            unique = sorted({unicodedata.normalize("NFC", e.strip()) for e in entries})
            kept[role] = [e for e in unique if e not in taken and not B._known(e, parts)]
            dropped += len(unique) - len(kept[role])
        if min(map(len, kept.values())) < MIN_PER_LIST:
            continue
        for sex in "fm":
            given[(language, sex)] = kept[f"given_{sex}"]
            family[(language, sex)] = kept["family"]
    return U.UnseenPool(given, family, dropped)


def _people(rng: random.Random, pool: U.UnseenPool) -> tuple[dict[str, H.Person], dict[str, str]]:
    """As bank 4's (`names_fresh`), with English for about one person in five: each other language is listed
    four times and English once per other language."""
    others = [lang for lang in pool.languages if lang != ENGLISH]
    people, sexes = F._people(rng, pool, others * 4 + [ENGLISH] * len(others))
    return {who: replace(p, family_first=p.language in FAMILY_FIRST) for who, p in people.items()}, sexes
