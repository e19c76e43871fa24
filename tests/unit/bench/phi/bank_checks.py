"""Checks banks 17-26 share: their pools, name-free documents, classes, gold spans and draws, for any bank module
and pool."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

import pytest

from bench.phi import names_heldout as H
from bench.phi import names_unseen as U
from bench.phi import names_unseen_closing as X
from bench.phi import names_unseen_final as Z
from extproc.phi import kinds as K


def pool_words(entries: frozenset[str]) -> set[str]:
    """Every word of the entries, case-folded (a gold span must be made of them)."""
    return {w.casefold() for e in entries for w in re.split(r"[\s-]+", e)}


def name_free_documents_use_only_english_names(bank_module: ModuleType, pool: Callable[[int], U.UnseenPool]) -> None:
    for bank in bank_module.SOURCES:
        drawn = pool(bank)
        english = {e for (lang, _), g in (*drawn.given.items(), *drawn.family.items()) if lang == X.ENGLISH for e in g}
        text = " ".join(d.text for d in bank_module.samples(bank) if d.category == "negative")
        found = {e for e in drawn.entries if re.search(rf"(?<!\w){re.escape(e)}(?!\w)", text, re.IGNORECASE)}
        assert found <= english and len(found) >= 10, found - english


def gold_spans_are_the_bank_s_own_names_in_one_script(
    bank_module: ModuleType, pool: Callable[[int], U.UnseenPool]
) -> None:
    for bank in bank_module.SOURCES:
        words_of_pool = pool_words(pool(bank).entries)
        for sample in bank_module.samples(bank):
            previous_end = 0
            for (start, end, kind), tags in zip(sample.gold, sample.tags, strict=True):
                assert start >= previous_end
                previous_end = end
                if kind != K.NAME:
                    assert kind in (K.DATE, K.PHONE) and not tags
                    continue
                text = sample.text[start:end]
                assert text == text.strip() and tags
                words = re.split(r"[\s,-]+", text.replace(", ", " "))
                assert all(w.casefold() in words_of_pool for w in words), text
                assert len({X._native(w) for w in words}) == 1, text  # nobody signs in two scripts
            assert "{" not in sample.text


def _parts(entries: frozenset[str]) -> set[str]:
    return {part for entry in entries for part in H._parts(entry)}


def no_entry_shares_a_part(
    before: tuple[frozenset[str], frozenset[str]], later: frozenset[str], first: U.UnseenPool, second: U.UnseenPool
) -> None:
    """Banks 19-26 in pairs: ``before`` is what the detector, the hand-written set and the banks up to 20 hold
    (parts, entries), ``later`` the entries of the banks after those, ``first`` and ``second`` the pair's pools."""
    earlier_parts, earlier_entries = before
    ours, theirs = first.entries, second.entries
    assert U.overlap(first) == U.overlap(second) == 0
    assert not _parts(ours) & (earlier_parts | _parts(later))
    assert not _parts(theirs) & (earlier_parts | _parts(later) | _parts(ours))
    assert not (ours | theirs) & (earlier_entries | later)
    assert not ours & theirs


def every_language_keeps_enough_names_in_sorted_lists(
    bank_module: ModuleType, pool: Callable[[int], U.UnseenPool]
) -> None:
    for bank, sources in bank_module.SOURCES.items():
        drawn = pool(bank)
        english = bank_module.ENGLISH
        assert set(drawn.languages) == {english if s.startswith(english) else s for s in sources}
        for group in (*drawn.given.values(), *drawn.family.values()):
            assert len(group) >= bank_module.MIN_PER_LIST
            assert group == sorted(group)  # no set order, so the draw does not follow PYTHONHASHSEED


def documents_hold_name_free_ones_english_words_and_the_classes(
    bank_module: ModuleType, wanted: dict[int, set[str]], least_names: int
) -> None:
    """300 documents a bank, a tenth to a fifth name-free, more than ``least_names`` names of which a sixth to a
    third English words, every class of ``wanted[bank]`` among them and a name titled by a community's title."""
    for bank in bank_module.SOURCES:
        documents = bank_module.samples(bank)
        assert len(documents) == 300
        negatives = [d for d in documents if d.category == "negative"]
        assert 30 <= len(negatives) <= 60 and not any(d.gold for d in negatives)
        tags = [t for d in documents for (_, _, k), t in zip(d.gold, d.tags, strict=True) if k == K.NAME]
        assert len(tags) > least_names
        english = sum("english word" in t for t in tags)
        assert 0.15 * len(tags) < english < 0.35 * len(tags)
        counts = {c: sum(c in t for t in tags) for c in wanted[bank]}
        assert all(counts.values()), counts
        assert any("titled" in t and "no title" not in t for t in tags)


def the_same_seed_draws_the_same_documents(
    bank_module: ModuleType, pool: Callable[[int], U.UnseenPool], bank: int
) -> None:
    """Drawn again from cleared caches, the bank's documents are the same; another seed draws others."""
    first = [(d.text, d.gold, d.tags) for d in bank_module.samples(bank, count=40)]
    pool.cache_clear()
    bank_module._templates.cache_clear()
    assert [(d.text, d.gold, d.tags) for d in bank_module.samples(bank, count=40)] == first
    assert [d.text for d in bank_module.samples(bank, seed=1, count=40)] != [text for text, _, _ in first]


def the_file_holds_enough_names(
    bank_module: ModuleType, filename: str, per_list: int, english_given: int, english_family: int
) -> None:
    """Each of the banks' cultures in ``filename`` has ``per_list`` names a list; its English word-names together
    ``english_given`` given and ``english_family`` family names."""
    written = Z.written(filename)
    for sources in bank_module.SOURCES.values():
        for source in sources:
            roles = written[source]
            assert min(len(roles[r]) for r in ("given_f", "given_m", "family")) >= per_list, source
    english = [written[s] for s in written if s.startswith(bank_module.ENGLISH)]
    assert sum(len(r["given_f"]) + len(r["given_m"]) for r in english) >= english_given
    assert sum(len(r["family"]) for r in english) >= english_family


def a_bank_added_to_the_earlier_ones_is_dropped(
    bank_module: ModuleType,
    pool: Callable[[int], U.UnseenPool],
    bank: int,
    language: str,
    earlier_bank: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three of ``bank``'s ``language`` names, put in a pool appended to ``EARLIER``, leave ``bank``'s pool."""
    taken = sorted(pool(bank).given[(language, "f")])[:3]
    fake = U.UnseenPool({(language, "f"): taken}, {(language, "f"): []}, 0)
    pool.cache_clear()
    monkeypatch.setattr(bank_module, "EARLIER", (*bank_module.EARLIER, (lambda _: fake, earlier_bank)))
    try:
        assert not set(taken) & pool(bank).entries
    finally:
        pool.cache_clear()
