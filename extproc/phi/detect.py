"""Free-text detection: normalise, run patterns and names, merge overlaps, map back to original offsets."""

from __future__ import annotations

from bisect import bisect_right

import ahocorasick

from . import kinds as K
from . import names as N
from .normalize import Normalized, normalize
from .patterns import SEPARATOR, Span, find_patterns, find_patterns_many

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


def _split(spans: list[Span], starts: list[int]) -> dict[int, list[Span]]:
    """Spans over the joined buffer, per string index, in that string's offsets."""
    out: dict[int, list[Span]] = {}
    for s, e, k in spans:
        i = bisect_right(starts, s) - 1
        base = starts[i]
        per = out.get(i)
        if per is None:
            per = out[i] = []
        per.append((s - base, e - base, k))
    return out


class Batch:
    """The distinct strings of one document, normalised and joined once for every dictionary pass."""

    __slots__ = ("buffer", "norms", "spans", "starts")

    def __init__(self, texts: list[str]) -> None:
        self.norms = [normalize(t) for t in texts]
        normalised = [n.text for n in self.norms]
        self.buffer = SEPARATOR.join(normalised)
        self.starts: list[int] = []
        pos = 0
        for t in normalised:
            self.starts.append(pos)
            pos += len(t) + 1
        self.spans: list[list[Span]] = []


def scan_many(texts: list[str]) -> Batch:
    """``scan`` of every text, with one pattern pass and one dictionary pass over all of them.

    ``batch.spans[i]`` is exactly ``scan(texts[i])[1]``.
    """
    batch = Batch(texts)
    normalised = [n.text for n in batch.norms]
    patterns = find_patterns_many(normalised)
    dictionary = _split(N.dictionary_hits_joined(normalised, batch.buffer, batch.starts), batch.starts)
    result: list[list[Span]] = []
    for i, found in enumerate(patterns):
        hits = dictionary.get(i)
        if not found and hits is None:
            result.append([])
            continue
        t = normalised[i]
        names: list[Span] = []
        spans: list[Span] = []
        for s, e, k in found:
            if k == "CUE":
                names.extend(N.cue_names(t, s, e))
            else:
                spans.append((s, e, k))
        if hits is not None:
            names.extend(hits)
        if names:
            names.extend(N.expand(t, names))
            spans.extend(names)
        result.append(merge(spans))
    batch.spans = result
    return batch


def propagate_many(batch: Batch, extra: ahocorasick.Automaton | None) -> list[list[Span]]:
    """``propagate`` for every string of ``batch`` (one automaton pass over the joined text)."""
    if extra is None:
        return batch.spans
    found = _split(N.dictionary_hits(batch.buffer, extra), batch.starts)
    if not found:
        return batch.spans
    out = list(batch.spans)
    for i, hits in found.items():
        t = batch.norms[i].text
        hits.extend(N.expand(t, hits))
        out[i] = merge(out[i] + hits)
    return out


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
