"""Banks 15 and 16 draw hand-written names nobody has scored, and their gold spans point at those names."""

import re

from bench.phi import names_heldout as H
from bench.phi import names_unseen as U
from bench.phi import names_unseen_final as N
from bench.phi import names_unseen_last as B
from extproc.phi import kinds as K


def _parts(entries: frozenset[str]) -> set[str]:
    return {part for entry in entries for part in H._parts(entry)}


def test_no_entry_shares_a_part_with_the_shipped_data_an_earlier_bank_or_the_other_bank():
    earlier_parts, earlier_entries = B._before(max(B.SOURCES) + 1)
    fifteen = N.final_pool(15).entries
    sixteen = N.final_pool(16).entries
    assert U.overlap(N.final_pool(15)) == U.overlap(N.final_pool(16)) == 0
    assert not _parts(fifteen) & earlier_parts
    assert not _parts(sixteen) & (earlier_parts | _parts(fifteen))
    assert not (fifteen | sixteen) & earlier_entries
    assert not fifteen & sixteen


def test_every_language_keeps_enough_names_and_the_lists_are_sorted():
    for bank, sources in N.SOURCES.items():
        pool = N.final_pool(bank)
        # a language the shipped data leaves too few names of is left out (the census lists took Maltese's)
        assert set(pool.languages) - {N.ENGLISH} <= set(sources) and len(pool.languages) >= len(sources) - 2
        for group in (*pool.given.values(), *pool.family.values()):
            assert len(group) >= N.MIN_PER_LIST
            assert group == sorted(group)  # no set order, so the draw does not follow PYTHONHASHSEED


def test_three_hundred_documents_with_name_free_ones_and_english_words():
    for bank in N.SOURCES:
        documents = N.samples(bank)
        assert len(documents) == 300
        negatives = [d for d in documents if d.category == "negative"]
        assert 30 <= len(negatives) <= 60 and not any(d.gold for d in negatives)
        tags = [t for d in documents for (_, _, k), t in zip(d.gold, d.tags, strict=True) if k == K.NAME]
        english = sum("english word" in t for t in tags)
        assert 0.1 * len(tags) < english < 0.3 * len(tags)
        assert any("native script" in t for t in tags)
        assert any("titled" in t and "no title" not in t for t in tags)


def test_gold_spans_are_exactly_the_bank_s_own_names():
    for bank in N.SOURCES:
        pool_words = {w.casefold() for e in N.final_pool(bank).entries for w in re.split(r"[\s-]+", e)}
        for sample in N.samples(bank):
            for (start, end, kind), tags in zip(sample.gold, sample.tags, strict=True):
                if kind != K.NAME:
                    continue
                text = sample.text[start:end]
                assert text == text.strip() and tags
                words = re.split(r"[\s,-]+", text.replace(", ", " "))
                assert all(w.casefold() in pool_words for w in words), text


def test_the_same_seed_draws_the_same_documents():
    first = [(d.text, d.gold, d.tags) for d in N.samples(16, count=40)]
    N.final_pool.cache_clear()
    N._templates.cache_clear()
    assert [(d.text, d.gold, d.tags) for d in N.samples(16, count=40)] == first
    assert [d.text for d in N.samples(16, seed=1, count=40)] != [text for text, _, _ in first]


def test_sentences_in_a_language_are_kept_for_its_own_patients():
    assert N._templates(15, N.ENGLISH) is N.BANKS[15]
    welsh = N._templates(15, "welsh")
    assert set(N.FIFTEENTH_LOCAL["welsh"].body) <= set(welsh.body)
    assert not set(N.FIFTEENTH_LOCAL["basque"].body) & set(welsh.body)
