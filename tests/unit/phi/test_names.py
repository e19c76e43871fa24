"""Names in free text (names.py): many scripts, the per-script automata, the combining marks they rely on."""

from __future__ import annotations

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
    for token in tokens:
        for v in N._variants(token):
            single.add_word(v, (len(v), N._NAME))
    single.make_automaton()
    buffer = "\n".join(texts)
    found = extra.hits(texts, buffer)
    assert len(found) == 7 and sorted(found) == sorted(N._hits(buffer, single, []))
    batch = detect.scan_many(texts)
    for i, spans in enumerate(detect.propagate_many(batch, extra)):
        assert spans == detect.propagate(batch.norm(i), batch.spans[i], extra)


def test_no_combining_mark_below_the_first_mark() -> None:
    import unicodedata

    from extproc.phi import names as N

    assert unicodedata.category(N._FIRST_MARK)[0] == "M"
    assert not any(unicodedata.category(chr(c))[0] == "M" for c in range(ord(N._FIRST_MARK)))
