"""Names in free text (names.py): many scripts, the per-script automata, the combining marks they rely on."""

from __future__ import annotations

import pytest

from extproc.phi import detect_text
from extproc.phi import kinds as K
from extproc.phi import names as N
from tests.unit.phi.support import masked


def test_names_in_many_scripts() -> None:
    for text, secret in [
        ("Patient: 王伟 seen", "王伟"),
        ("Pt Nguyễn Văn Nam", "Nguyễn"),
        ("Patient: Иван Петров", "Петров"),
        ("called to فاطمة حداد", "حداد"),
        ("Patient: प्रिया शर्मा", "शर्मा"),
    ]:
        assert secret not in masked(text), text
    assert masked("Wilson's disease; will call") == "Wilson's disease; will call"


def test_document_names_split_by_script_find_what_one_automaton_finds() -> None:
    import ahocorasick

    from extproc.phi import detect
    from extproc.phi import names as N

    tokens = {
        "S\u00e1nchez",
        "\u738b\u4f1f",
        "M\u00fcller",
        "\u039f\u03b4\u03c5\u03c3\u03c3\u03ad\u03b1\u03c2",
        "Smith",
        "\u0418\u0432\u0430\u043d",
    }
    texts = [
        "Mr SMITH met S\u00e1nchez and \u738b\u4f1f today",
        "\u0418\u0432\u0430\u043d Petrov; m\u00fcller M\u00fcller",
        "plain",
        "",
        "\u039f\u03b4\u03c5\u03c3\u03c3\u03ad\u03b1\u03c2 Smith-Jones",
    ]
    extra = N.build_extra(tokens)
    assert extra is not None and extra.others
    single = ahocorasick.Automaton()
    for key, value in N.extra_entries(tokens).items():
        single.add_word(key, value)
    single.make_automaton()
    buffer = "\n".join(texts)
    found = extra.hits(texts, buffer)
    assert len(found) == 8 and sorted(found) == sorted(N._hits(buffer, single, []))  # "müller" typed lower too
    batch = detect.scan_many(texts)
    for i, spans in enumerate(detect.propagate_many(batch, extra)):
        assert spans == detect.propagate(batch.norm(i), batch.spans[i], extra)


def test_no_combining_mark_below_the_first_mark() -> None:
    import unicodedata

    from extproc.phi import names as N

    assert unicodedata.category(N._FIRST_MARK)[0] == "M"
    assert not any(unicodedata.category(chr(c))[0] == "M" for c in range(ord(N._FIRST_MARK)))


def test_name_tokens_leave_particles_out_and_add_the_parts_of_joined_words() -> None:
    from extproc.phi import names as N

    assert N.name_tokens("van der Linden") == ["Linden"]
    assert N.name_tokens("Ana da Silva") == ["Ana", "Silva"]
    assert N.name_tokens("Smith-Jones") == ["Smith-Jones", "Smith", "Jones"]
    assert N.name_tokens("al-Rashidi") == ["al-Rashidi", "Rashidi"]
    assert N.name_tokens("\u00d3 S\u00failleabh\u00e1in") == ["S\u00failleabh\u00e1in"]


def test_a_keyed_particle_surname_masks_no_particle_elsewhere() -> None:
    from extproc.phi import SAFE_HARBOR, mask_json

    out = mask_json({"family_name": "da Silva", "note": "Da capo, da said; the van left."}, SAFE_HARBOR).value
    assert out["note"] == "Da capo, da said; the van left."


def test_an_eponym_after_a_hyphenated_word_is_no_name() -> None:
    from extproc.phi import names as N

    text = "Stevens-Johnson syndrome; Johnson's disease; Ms Johnson"
    assert [text[s:e] for s, e, _ in N.dictionary_hits(text)] == ["Johnson"]
    assert N.eponym_tail("Bell's palsy", 4) and not N.eponym_tail("Ana's fracture", 3)


def test_word_lists_defer_to_names() -> None:
    from extproc.phi import names as N

    assert "overall" in N.words() and "lisbon" in N.places() and "Xarelto" in N.things()
    assert "Parkinson" in N.eponyms() and "Rio" in N.place_heads()
    assert "Can" in N.ambiguous()  # a Turkish given name, and a modal verb at the start of a sentence


def test_token_walkers_keep_combining_marks_and_inner_joiners() -> None:
    from extproc.phi import names as N

    text = " Olu\u0301wadamilo\u0323la\u0301 O'Neill-Smith's "
    first = text.index("O")
    second = text.index("O'")
    assert N.token_end(text, first) == second - 1
    assert N.token_start(text, second - 1) == first
    assert text[second : N.token_end(text, second)] == "O'Neill-Smith's"


def test_an_eponym_tail_is_a_whole_word_maybe_plural() -> None:
    from extproc.phi import names as N

    assert N.eponym_tail("Babinski sign.", 8) and N.eponym_tail("Kernig signs", 6)
    assert N.eponym_tail("Foley catheters", 5)
    assert not N.eponym_tail("Sakalauskas signed as witness", 11)  # a person signs; ``sign`` is a prefix only
    assert not N.eponym_tail("Okafor tested positive", 6)


@pytest.mark.parametrize("word", ["meds", "labs", "nurses", "platelets", "candour", "centre", "anaemia"])
def test_plurals_and_british_spellings_are_english_words(word: str) -> None:
    assert N.english_word(word)


@pytest.mark.parametrize("word", ["quaresma", "edivaldo", "zubeyda"])
def test_names_are_no_english_words_in_any_spelling(word: str) -> None:
    assert not N.english_word(word)


def test_dictionary_names_typed_in_lower_case_in_a_text_typed_so() -> None:
    text = "hey is fatima abdelrahman in 526 ok to go to CT?"
    assert [text[s:e] for s, e, _ in N.lower_typed_hits(text)] == ["fatima", "abdelrahman"]
    assert not N.lower_typed_hits("Pt says fatima is fine")  # a capital opens it: only names written so count
    assert not N.lower_typed_hits("sodium low, lasix held, will recheck bmp in am")
    lines = "Night shift.\nyes but fatima pulled the iv again"
    assert [lines[s:e] for s, e, k in detect_text(lines) if k == K.NAME] == ["fatima"]
