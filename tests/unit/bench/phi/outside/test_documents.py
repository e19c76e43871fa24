"""The outside corpus's gold lines up with its text: every planted value sits in some leaf of its tool result,
and its leak patterns find it there unmasked (else a leak could never be seen). No detector runs."""

from __future__ import annotations

import json
import re

from bench.phi.outside.documents import TEMPLATES, corpus
from bench.phi.outside.score import leaf_pairs, leaked
from bench.phi.outside.values import exact


def test_every_planted_identifier_is_in_a_leaf_and_its_patterns_find_it_unmasked() -> None:
    for name, result, doc in corpus(seed=7, per_template=3):
        pairs = leaf_pairs(result, result)
        assert doc.gold, name
        for planted in doc.gold:
            assert planted.fragments, (name, planted.kind, planted.fmt)
            assert leaked(planted, pairs) is True, (name, planted.kind, planted.fmt)
            if planted.kind.startswith("NAME"):  # every part of a name is looked for: each must be there
                holders = [text for text, _ in pairs if planted.value in text]
                for fragment in planted.fragments:
                    assert any(re.search(fragment, text) for text in holders), (name, planted.fmt)


def test_every_planted_non_identifier_is_in_a_leaf() -> None:
    for name, result, doc in corpus(seed=7, per_template=3):
        texts = [text for text, _ in leaf_pairs(result, result)]
        for kept in doc.kept:
            assert any(re.search(exact(kept.value), text) for text in texts), (name, kept.cls)


def test_results_are_mcp_tool_results_and_reproducible() -> None:
    first = corpus(seed=11, per_template=1)
    again = corpus(seed=11, per_template=1)
    assert [name for name, _, _ in first] == list(TEMPLATES)
    for (_, result, doc), (_, result_again, doc_again) in zip(first, again, strict=True):
        assert set(result) == {"content", "structuredContent"}
        assert result["content"][0]["type"] == "text"
        assert json.dumps(result, sort_keys=True) == json.dumps(result_again, sort_keys=True)
        assert doc.gold == doc_again.gold
