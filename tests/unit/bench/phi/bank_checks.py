"""Checks banks 17-20 share: their name-free documents and their gold spans, for any bank module and pool."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

from bench.phi import names_unseen as U
from bench.phi import names_unseen_closing as X
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
