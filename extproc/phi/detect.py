"""Free-text detection: normalise, run patterns and names, merge overlaps, map back to original offsets."""

from __future__ import annotations

import ahocorasick

from . import kinds as K
from . import names as N
from .normalize import Normalized, normalize
from .patterns import Span, find_patterns

# when two overlapping detections have the same length, the more specific kind names the merged span
_PRIORITY = {
    kind: i
    for i, kind in enumerate(
        (
            K.SSN,
            K.MBI,
            K.EMAIL,
            K.URL,
            K.IP,
            K.VIN,
            K.NPI,
            K.DEA,
            K.CARD,
            K.PHONE,
            K.FAX,
            K.MRN,
            K.HEALTH_PLAN,
            K.ACCOUNT,
            K.LICENSE,
            K.DEVICE,
            K.PLATE,
            K.DATE,
            K.AGE,
            K.ADDRESS,
            K.ZIP,
            K.CITY,
            K.ID,
            K.NAME,
        )
    )
}


def merge(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping spans; a merged span keeps the kind of its longest part."""
    if not spans:
        return []
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), _PRIORITY.get(s[2], 99)))
    out: list[Span] = []
    cur_s, cur_e, cur_k = spans[0]
    best = cur_e - cur_s
    for s, e, k in spans[1:]:
        if s < cur_e:
            if e - s > best or (e - s == best and _PRIORITY.get(k, 99) < _PRIORITY.get(cur_k, 99)):
                cur_k, best = k, e - s
            cur_e = max(cur_e, e)
        else:
            out.append((cur_s, cur_e, cur_k))
            cur_s, cur_e, cur_k, best = s, e, k, e - s
    out.append((cur_s, cur_e, cur_k))
    return out


def scan(text: str) -> tuple[Normalized, list[Span]]:
    """Pass 2: patterns, dictionary and cue names over the normalised text (normalised offsets, merged)."""
    norm = normalize(text)
    t = norm.text
    names: list[Span] = []
    spans: list[Span] = []
    for s, e, k in find_patterns(t):
        if k == "CUE":
            names.extend(N.cue_names(t, s, e))
        else:
            spans.append((s, e, k))
    names.extend(N.dictionary_hits(t))
    if names:
        names.extend(N.expand(t, names))
        spans.extend(names)
    return norm, merge(spans)


def propagate(norm: Normalized, spans: list[Span], extra: ahocorasick.Automaton | None) -> list[Span]:
    """Pass 3: names known from elsewhere in the document (``extra``) found here too (normalised offsets)."""
    if extra is None:
        return spans
    hits = N.dictionary_hits(norm.text, extra)
    if not hits:
        return spans
    hits.extend(N.expand(norm.text, hits))
    return merge(spans + hits)


def to_original(norm: Normalized, spans: list[Span]) -> list[Span]:
    """Spans over the original string (replacements land there)."""
    if norm.origin is None:
        return spans
    return [(*norm.span(s, e), k) for s, e, k in spans]


def name_tokens(norm: Normalized, spans: list[Span]) -> set[str]:
    """The words of every NAME span (for propagation to the rest of the document)."""
    out: set[str] = set()
    for s, e, k in spans:
        if k == K.NAME:
            out.update(N.name_tokens(norm.text[s:e]))
    return out


def detect_text(text: str, extra: ahocorasick.Automaton | None = None) -> list[Span]:
    """Identifier spans in ``text`` (original offsets), sorted and non-overlapping.

    Names found in the text are looked for again at their other occurrences, as ``mask_json`` does across
    a whole document; ``extra`` adds names known from elsewhere.
    """
    if not text:
        return []
    norm, spans = scan(text)
    spans = propagate(norm, spans, N.build_extra(name_tokens(norm, spans)))
    spans = propagate(norm, spans, extra)
    return to_original(norm, spans)
