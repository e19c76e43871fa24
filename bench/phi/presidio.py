"""Presidio's analyzer on the same labelled set, side by side with Chaperone's detector.

Presidio's named-entity recogniser needs a trained spaCy model, which is fetched from a model hub: this
environment cannot. So Presidio runs as it can offline: its pattern recognisers (with their validators
and context words) on spaCy's blank English tokenizer — the "regex-only" Presidio. Names in free text
then come only from our detector; the table says so rather than scoring Presidio's PERSON at zero as if
it had been tried.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from extproc.phi import kinds as K

from . import dataset as D


def analyzer() -> Any | None:
    """Presidio's AnalyzerEngine on a blank spaCy pipeline, or None when presidio-analyzer is not installed."""
    try:
        import spacy
        import tldextract
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
    except ImportError:
        return None

    class BlankSpacy(SpacyNlpEngine):
        """spaCy's tokenizer only: tokens for Presidio's context words, no model to download."""

        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "en", "model_name": "blank:en"}])

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    # offline: the public-suffix list bundled with tldextract, not a download at the first e-mail address
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    return AnalyzerEngine(nlp_engine=BlankSpacy(), supported_languages=["en"])


def spans(engine: Any, text: str) -> list[tuple[int, int, str]]:
    return [(r.start, r.end, r.entity_type) for r in engine.analyze(text=text, language="en")]


def compare(
    engine: Any, samples: list[D.Sample], ours_recall: dict, ours_precision: dict, covered: Any, ours: Any
) -> list[str]:
    """Recall per kind (same coverage rule for both), precision overall, MB/s on the same notes."""
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tp = predicted = 0
    for sample in samples:
        found = spans(engine, sample.text)
        for g in sample.gold:
            recall[g[2]][0] += covered(g, found)
            recall[g[2]][1] += 1
        for s, e, _ in found:
            predicted += 1
            tp += any(s < ge and e > gs for gs, ge, _ in sample.gold)
    lines = [
        f"side by side with Presidio {_version()} (pattern recognisers on spaCy's blank tokenizer; its NER model "
        "cannot be downloaded here, so names are ours alone)",
        f"{'kind':<14}{'chaperone':>11}{'presidio':>10}{'n':>7}",
    ]
    for kind in sorted(ours_recall):
        ours_found, n = ours_recall[kind]
        theirs = recall[kind][0]
        note = "  (no NER)" if kind in (K.NAME, K.CITY, K.ADDRESS) else ""
        lines.append(f"{kind:<14}{ours_found / n:>11.3f}{theirs / n:>10.3f}{n:>7}{note}")
    ours_tp = sum(v[0] for v in ours_precision.values())
    ours_pred = sum(v[1] for v in ours_precision.values())
    total = sum(v[1] for v in ours_recall.values())
    lines.append(f"{'recall, all':<14}{sum(v[0] for v in ours_recall.values()) / total:>11.3f}"
                 f"{sum(v[0] for v in recall.values()) / total:>10.3f}{total:>7}")
    lines.append(f"{'precision':<14}{ours_tp / ours_pred:>11.3f}{tp / max(predicted, 1):>10.3f}")
    notes = [s.text for s in samples if s.category == "note"][:150]
    size = sum(len(t.encode()) for t in notes)
    start = time.perf_counter()
    for text in notes:
        ours(text)
    mine = time.perf_counter() - start
    start = time.perf_counter()
    for text in notes:
        engine.analyze(text=text, language="en")
    theirs_s = time.perf_counter() - start
    lines.append(f"{'MB/s (notes)':<14}{size / mine / 1e6:>11.2f}{size / theirs_s / 1e6:>10.2f}"
                 f"   ({len(notes)} clinical notes, {size / 1e3:.0f} KB, one core)")
    return lines


def _version() -> str:
    from importlib.metadata import version

    return version("presidio-analyzer")
