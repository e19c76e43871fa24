"""Banks 17 and 18: names written by hand for cultures no earlier bank drew, in documents no earlier bank wrote.

POOLPLACEHOLDER
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import astuple
from functools import cache
from pathlib import Path

from . import names_heldout as H
from . import names_unseen as U
from . import names_unseen_final as Z

ENGLISH = Z.ENGLISH

SOURCES: dict[int, tuple[str, ...]] = {
    17: (
        "native american",
        "inuit",
        "sami",
        "scottish gaelic",
        "yiddish",
        "hmong",
        "lao",
        "uzbek",
        "english 17",
    ),
    18: ("tatar", "uyghur", "pashto", "wolof", "quechua", "faroese", "breton", "tamazight", "english 18"),
}
"""Per bank, the languages of ``data/closing_names.txt`` it draws; ``english 17`` and ``english 18`` are two lists
of English word-names, one per bank, both called ``english`` in the pool."""

MIN_PER_LIST = Z.MIN_PER_LIST

ORIGIN = "lists written by hand for cultures no earlier bank drew"
"""How ``bench.phi`` describes where these banks' names come from."""


def _written() -> dict[str, dict[str, list[str]]]:
    """The file's entries by language and role (``given_f``, ``given_m``, ``family``)."""
    out: dict[str, dict[str, list[str]]] = {}
    path = Path(__file__).parent / "data" / "closing_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, role, entries = line.split("|")
        out.setdefault(language, {})[role] = [e for e in entries.split(";") if e.strip()]
    return out


@cache
def _before(bank: int) -> tuple[frozenset[str], frozenset[str]]:
    """Parts known to the detector, the hand-written set or banks 4-16 (and bank 17, for 18), and those banks'
    entries themselves (a one-sign name has no part to check)."""
    parts, entries = Z._before(max(Z.SOURCES))
    drawn = [Z.final_pool(max(Z.SOURCES)).entries] + [closing_pool(b).entries for b in range(min(SOURCES), bank)]
    for group in drawn:
        parts = parts | {part for entry in group for part in H._parts(entry)}
        entries = entries | group
    return parts, entries


def _known(entry: str, parts: frozenset[str]) -> bool:
    """The entry has a known part, or is itself a known word (a one-sign name has no part to check)."""
    return unicodedata.normalize("NFKC", entry).casefold() in parts or any(p in parts for p in H._parts(entry))


@cache
def closing_pool(bank: int) -> U.UnseenPool:
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
            kept[role] = [e for e in unique if e not in taken and not _known(e, parts)]
            dropped += len(unique) - len(kept[role])
        if min(map(len, kept.values())) < MIN_PER_LIST:
            continue
        for sex in "fm":
            given[(language, sex)] = kept[f"given_{sex}"]
            family[(language, sex)] = kept["family"]
    return U.UnseenPool(given, family, dropped)
