"""What corpus J holds beyond what every kit corpus does (see tests/unit/bench/phi/outside_kit)."""

from __future__ import annotations

import random
import re
from dataclasses import astuple

import pytest

from bench.phi.outside_f.vocab import ENGLISH_FAMILY as F_FAMILY
from bench.phi.outside_f.vocab import ENGLISH_GIVEN as F_GIVEN
from bench.phi.outside_g.names import WORD_FAMILIES, WORD_GIVEN_MEN, WORD_GIVEN_WOMEN
from bench.phi.outside_h.names import ENGLISH_WORDS as H_WORDS
from bench.phi.outside_i.names import ENGLISH_WORDS as I_WORDS
from bench.phi.outside_j.corpus import SHAPES
from bench.phi.outside_j.names import ENGLISH_WORDS, GROUPS, HAN_FAMILY, HAN_GIVEN, REGION_GROUPS
from bench.phi.outside_j.people import Ctx
from bench.phi.outside_k.names import ENGLISH_WORDS as K_WORDS
from bench.phi.outside_kit.score import segments
from tests.unit.bench.phi.outside_kit.corpora import SMALL, drawn

_SLOT = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def docs():
    return drawn("J", SMALL["J"])


def _words(groups) -> set[str]:  # type: ignore[no-untyped-def]
    return {w.lower() for group in groups for w in group}


def test_every_one_of_at_least_25_shapes_plants_identifiers(docs) -> None:
    assert len(SHAPES) >= 25
    for doc in docs:
        assert doc.identifiers, doc.shape


def test_every_planted_surface_is_written_in_the_document_and_no_template_slot_is_left(docs) -> None:
    for doc in docs:
        texts = list(segments(doc.payload))
        for item in doc.identifiers + doc.keeps:
            assert any(item.surface in t for t in texts), (doc.shape, item.kind)
        assert not any(_SLOT.search(t) for t in texts), doc.shape


def test_name_free_documents_plant_no_name_yet_keep_the_english_name_words_as_words(docs) -> None:
    words = _words(ENGLISH_WORDS)
    for doc in (d for d in docs if d.shape.startswith("words_")):
        assert not [i for i in doc.identifiers if i.kind == "NAME"]
        kept = " ".join(k.surface.lower() for k in doc.keeps)
        assert words & set(re.findall(r"[a-z]+", kept)), doc.shape


def test_every_culture_has_twenty_given_names_of_each_sex_and_forty_family_names() -> None:
    for group, (female, male, family) in GROUPS.items():
        assert len(set(female)) >= 20 and len(set(male)) >= 20, group
        assert len(set(family)) >= 40, group
    assert {g for groups in REGION_GROUPS.values() for g in groups} == set(GROUPS)


def test_the_english_name_words_are_none_that_the_other_corpora_use_as_names() -> None:
    earlier = _words(astuple(H_WORDS)) | _words(I_WORDS) | _words(K_WORDS) | _words([F_GIVEN, F_FAMILY])
    earlier |= _words([WORD_FAMILIES, WORD_GIVEN_MEN, WORD_GIVEN_WOMEN])
    assert not _words(ENGLISH_WORDS) & earlier


def test_every_singaporean_chinese_name_can_be_written_in_han_script() -> None:
    female, male, family = GROUPS["SgChinese"]
    assert set(female) | set(male) <= set(HAN_GIVEN) and set(family) <= set(HAN_FAMILY)


def test_names_in_han_script_and_in_irish_with_fadas_are_planted(docs) -> None:
    names = [i.surface for d in drawn("J", 4) for i in d.identifiers if i.kind == "NAME"]
    assert any(re.search(r"[\u4e00-\u9fff]", n) for n in names)
    assert any(re.search(r"[áéíóú]", n) for n in names)


def _ppsn_ok(text: str) -> bool:
    body, letters = text[:7], text[7:].strip()
    total = sum(int(ch) * (8 - i) for i, ch in enumerate(body))
    if len(letters) == 2 and letters[1] != "W":
        total += 9 * (ord(letters[1]) - ord("A") + 1)
    return letters[0] == "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _nric_ok(text: str) -> bool:
    total = sum(int(ch) * w for ch, w in zip(text[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if text[0] in "TG" else 0
    table = "JZIHGFEDCBA" if text[0] in "ST" else "XWUTRQPNMLK"
    return text[8] == table[total % 11]


def test_national_numbers_carry_valid_check_characters() -> None:
    ctx = Ctx(random.Random(11))
    for _ in range(200):
        assert _ppsn_ok(ctx.ppsn().replace(" ", ""))
        sa = ctx.sa_id().replace(" ", "")
        assert len(sa) == 13 and _luhn_ok(sa)
        assert _nric_ok(ctx.nric())
