"""Banks 13 and 14 draw names nobody has scored: none shipped, none drawn by an earlier bank, none shared."""

import random
import re

from bench.phi import names_heldout as H
from bench.phi import names_unseen as U
from bench.phi import names_unseen_last as N
from extproc.phi import kinds as K
from extproc.phi import names as PHI_NAMES


def _parts(entries: frozenset[str]) -> set[str]:
    return {part for entry in entries for part in H._parts(entry)}


def test_no_entry_shares_a_part_with_the_shipped_data_or_an_earlier_bank():
    earlier = U._earlier(13)
    thirteen = N.last_pool(13).entries
    fourteen = N.last_pool(14).entries
    assert U.overlap(N.last_pool(13)) == U.overlap(N.last_pool(14)) == 0
    assert not _parts(thirteen) & earlier
    assert not _parts(fourteen) & (earlier | _parts(thirteen))
    assert not fourteen & (thirteen | U._earlier_entries(13))


def test_english_names_the_detector_ships_are_never_drawn():
    # the census lists leave too few of Faker's English names for a bank to draw: it draws none rather than known ones
    census = {name.casefold() for name in PHI_NAMES.census()}
    for bank in (13, 14):
        pool = N.last_pool(bank)
        assert not {entry.casefold() for entry in pool.entries} & census
        people, _ = N._people(random.Random(bank), pool)
        assert all(person.language in pool.languages for person in people.values())


def test_gold_names_are_written_from_the_bank_s_own_entries():
    for bank in (13, 14):
        words_of_entries = [w for e in N.last_pool(bank).entries for w in re.split(r"[\s-]+", e)]
        # an upper-cased name may fold to another word (Turkish dotless i), so both forms count
        pool_words = {form.casefold() for w in words_of_entries for form in (w, w.upper())}
        for sample in N.samples(bank, count=60):
            for start, end, kind in sample.gold:
                if kind == K.NAME:
                    words = re.split(r"[\s-]+", sample.text[start:end])
                    assert all(w.casefold() in pool_words for w in words), sample.text[start:end]
