"""Free-text detection: normalise, run patterns and names, merge overlaps, map back to original offsets."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from itertools import accumulate

from . import aligned as A
from . import delimited as D
from . import kinds as K
from . import name_runs as R
from . import names as N
from . import segments as S
from . import tagged as T
from .localities import towns_after_streets
from .normalize import Normalized, normalize
from .patterns import SEPARATOR, Span, find_patterns, find_patterns_joined
from .rows import names_in_rows

# when two overlapping detections have the same length, the more specific kind names the merged span (a photo's
# file name is a PHOTO, not the ID a person's field would call it: a profile keeping IDs still masks photos)
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
            K.BIOMETRIC,
            K.PHOTO,
            K.PLATE,
            K.DATE,
            K.AGE,
            K.ADDRESS,
            K.ZIP,
            K.CITY,
            K.ID,
            K.NUMBER,
            K.NAME,
        )
    )
}


def merge(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping spans; a merged span keeps the kind of its longest part (ties: ``_PRIORITY``).

    Plain tuple order (no key function) is enough: the loop keeps the best (length, priority) of a run of
    overlapping (never empty) spans whatever their order within it, and every kind a text yields has its own
    priority.
    """
    if len(spans) < 2:
        return list(spans)
    ordered = iter(sorted(set(spans)))  # a span found twice (a pattern and a name rule) changes nothing: once
    out: list[Span] = []
    cur_s, cur_e, cur_k = next(ordered)
    best = cur_e - cur_s
    priority = _PRIORITY.get
    for s, e, k in ordered:
        if s < cur_e:
            if e - s > best or (e - s == best and priority(k, 99) < priority(cur_k, 99)):
                cur_k, best = k, e - s
            cur_e = max(cur_e, e)
        else:
            out.append((cur_s, cur_e, cur_k))
            cur_s, cur_e, cur_k, best = s, e, k, e - s
    out.append((cur_s, cur_e, cur_k))
    return out


def _with_names(text: str, patterns: Iterable[Span], hits: Iterable[Span], fields: Iterable[Span] = ()) -> list[Span]:
    """Pattern spans and dictionary hits of one normalised text, the context markers turned into the names of
    their runs and every name completed (neighbours, lists, whole units), merged with the HL7/X12 ``fields``
    (read by position: taken as they are)."""
    spans: list[Span] = list(fields)
    names: list[Span] = []
    runs: dict[int, list[tuple[int, int, int]]] = {}  # the run at each marked position, walked once
    for s, e, k in patterns:
        if k in R.MARKERS:
            if k == R.AFTER:
                names.extend(R.after_names(text, s))
                continue
            units = runs.get(s)
            if units is None:
                units = runs[s] = R.run_at(text, s)
            names.extend(R.cue_names(text, s, k, units))
        else:
            (names if k == K.NAME else spans).append((s, e, k))
    for hit in hits:
        if hit[2] == K.NAME:
            names.append(hit)
        elif hit[2] != K.CITY or not R.in_facility_name(text, hit[0], hit[1]):
            spans.append(hit)  # a city naming a facility is the facility's (``Riverside Eye Institute``)
    if names:
        spans.extend(R.complete(text, names))
    merged = merge(spans)
    towns = towns_after_streets(text, merged) if any(k == K.ADDRESS for _, _, k in merged) else None
    if towns:
        merged = merge(merged + towns)
    in_rows = names_in_rows(text, merged) if merged else None
    return merge(merged + in_rows) if in_rows else merged


def scan(text: str) -> tuple[Normalized, list[Span]]:
    """Pass 2: patterns, dictionary and context names over the normalised text (normalised offsets, merged)."""
    norm = normalize(text)
    t = norm.text
    fields, markers = _read_formats(t)
    patterns = find_patterns(t)
    return norm, _with_names(t, patterns + markers if markers else patterns, N.dictionary_hits(t), fields)


def _read_formats(text: str) -> tuple[list[Span], list[Span]]:
    """Spans read by position (HL7 v2 and X12 fields, delimited cells under a heading naming a kind, XML elements
    named as a key would be) and the name markers of cells and elements named ambiguously (``Name``), which the
    name rules decide."""
    fields: list[Span] = S.find(text) if S.may_hold(text) else []
    markers: list[Span] = []
    if D.may_hold(text):
        for span in D.find(text):
            (markers if span[2] == R.WEAK else fields).append(span)
    if T.may_hold(text):
        for span in T.find(text):
            (markers if span[2] == R.WEAK else fields).append(span)
    if A.may_hold(text):
        fields.extend(A.find(text))
    return fields, markers


class Batch:
    """The distinct strings of one document, normalised and joined once for every dictionary pass.

    ``texts[i]`` is string ``i`` normalised, at ``starts[i]`` in ``buffer``; ``norm(i)`` adds its offset map.
    """

    __slots__ = ("_norms", "_starts", "buffer", "spans", "texts")

    def __init__(self, texts: list[str]) -> None:
        buffer = SEPARATOR.join(texts)
        # normalisation is the identity on ASCII: one check of the whole buffer spares a call per string
        self._norms = None if buffer.isascii() else [normalize(t) for t in texts]
        if self._norms is not None:
            texts = [n.text for n in self._norms]
            buffer = SEPARATOR.join(texts)
        self.texts = texts
        self.buffer = buffer
        self._starts: list[int] | None = None
        self.spans: list[list[Span]] = []

    @property
    def starts(self) -> list[int]:
        """Where each string starts in ``buffer`` (computed on first use: a batch with no hit never needs it)."""
        if self._starts is None:
            self._starts = [0, *accumulate(len(t) + 1 for t in self.texts[:-1])] if self.texts else []
        return self._starts

    def norm(self, i: int) -> Normalized:
        """String ``i`` normalised, with the map back to its original offsets."""
        if self._norms is None:
            return Normalized(self.texts[i], None, len(self.texts[i]))
        return self._norms[i]

    def split(self, spans: list[Span]) -> dict[int, list[Span]]:
        """Spans over ``buffer``, per string index, in that string's offsets."""
        out: dict[int, list[Span]] = {}
        if not spans:
            return out
        starts = self.starts
        for s, e, k in spans:
            i = bisect_right(starts, s) - 1
            base = starts[i]
            per = out.get(i)
            if per is None:
                per = out[i] = []
            per.append((s - base, e - base, k))
        return out


def scan_many(texts: list[str]) -> Batch:
    """``scan`` of every text, with one pattern pass and one dictionary pass over all of them.

    ``batch.spans[i]`` is exactly ``scan(texts[i])[1]``; past an empty list each, only the strings with a
    candidate cost Python work.
    """
    batch = Batch(texts)
    normalised = batch.texts
    patterns = find_patterns_joined(normalised, batch.buffer)
    dictionary = batch.split(N.dictionary_hits_joined(normalised, batch.buffer))
    formats: dict[int, tuple[list[Span], list[Span]]] = {}
    if S.may_hold(batch.buffer) or D.may_hold(batch.buffer) or T.may_hold(batch.buffer) or A.may_hold(batch.buffer):
        for i, t in enumerate(normalised):
            if S.may_hold(t) or D.may_hold(t) or T.may_hold(t) or A.may_hold(t):
                read = _read_formats(t)
                if read[0] or read[1]:
                    formats[i] = read
    result: list[list[Span]] = [[] for _ in normalised]
    for i in patterns.keys() | dictionary.keys() | formats.keys():
        fields, markers = formats.get(i, ((), ()))
        found = patterns.get(i, [])
        result[i] = _with_names(
            normalised[i], [*found, *markers] if markers else found, dictionary.get(i, ()), fields
        )
    batch.spans = result
    return batch


def propagate_many(batch: Batch, extra: N.Extra | None) -> list[list[Span]]:
    """``propagate`` for every string of ``batch`` (one automaton pass over the joined text)."""
    if extra is None or _all_within(batch.buffer, batch.starts, batch.spans, extra.entries):
        return batch.spans
    found = batch.split(extra.hits(batch.texts, batch.buffer))
    if not found:
        return batch.spans
    out = list(batch.spans)
    for i, hits in found.items():
        new = _not_within(hits, out[i])
        if new:
            out[i] = merge(out[i] + R.complete(batch.texts[i], new))
    return out


def _not_within(hits: list[Span], spans: list[Span]) -> list[Span]:
    """The hits not inside a NAME span of ``spans`` (sorted, merged): those were found, and completed, before."""
    if not spans:
        return hits
    starts = [s for s, _, _ in spans]
    out = []
    for hit in hits:
        i = bisect_right(starts, hit[0]) - 1
        if i < 0 or spans[i][1] < hit[1] or spans[i][2] != K.NAME:
            out.append(hit)
    return out


def _all_within(buffer: str, starts: list[int], spans_of: list[list[Span]], entries: Collection[str]) -> bool:
    """Whether every occurrence of every entry in ``buffer`` (strings joined, string ``i`` at ``starts[i]``) lies
    inside a NAME span of its string's ``spans_of[i]`` (sorted, merged, in the string's offsets).

    Then the entries' automaton can add nothing (each of its hits is one of these occurrences, and
    ``_not_within`` drops it), and is neither built nor run: a C-level ``find`` per occurrence instead, within
    ``PRUNE_BUDGET`` characters compared (past it, the automaton's one linear pass). An occurrence glued to a
    letter or a digit is no hit (``rea`` in ``area``), as ``names._hits`` has it. A Han, kana or Hangul entry's
    hit is widened to the run around it, so such an entry is always searched."""
    if len(entries) * len(buffer) > N.PRUNE_BUDGET:
        return False
    firsts_of: dict[int, list[int]] = {}
    n = len(buffer)
    for entry in entries:
        if not entry or N.is_cjk(entry[0]):
            return False
        size = len(entry)
        at = buffer.find(entry)
        while at >= 0:
            if (at > 0 and N.in_word(buffer[at - 1])) or (at + size < n and N.in_word(buffer[at + size])):
                at = buffer.find(entry, at + 1)
                continue
            i = bisect_right(starts, at) - 1
            spans = spans_of[i]
            firsts = firsts_of.get(i)
            if firsts is None:
                firsts = firsts_of[i] = [s for s, _, _ in spans]
            local = at - starts[i]
            j = bisect_right(firsts, local) - 1
            if j < 0 or spans[j][1] < local + size or spans[j][2] != K.NAME:
                return False
            at = buffer.find(entry, at + 1)
    return True


def propagate(norm: Normalized, spans: list[Span], extra: N.Extra | None) -> list[Span]:
    """Pass 3: names known from elsewhere in the document (``extra``) found here too (normalised offsets)."""
    if extra is None or _all_within(norm.text, [0], [spans], extra.entries):
        return spans
    hits = _not_within(extra.hits([norm.text], norm.text), spans)
    if not hits:
        return spans
    return merge(spans + R.complete(norm.text, hits))


def to_original(norm: Normalized, spans: list[Span]) -> list[Span]:
    """Spans over the original string (replacements land there)."""
    if norm.origin is None:
        return spans
    return [(*norm.span(s, e), k) for s, e, k in spans]


def name_tokens(norm: Normalized, spans: list[Span]) -> set[str]:
    """The words of every NAME span (for propagation to the rest of the document); a name written twice is split
    once."""
    out: set[str] = set()
    text = norm.text
    for value in {text[s:e] for s, e, k in spans if k == K.NAME}:
        out.update(N.name_tokens(value))
    return out


def detect_text(text: str, extra: N.Extra | None = None) -> list[Span]:
    """Identifier spans in ``text`` (original offsets), sorted and non-overlapping.

    Names found in the text are looked for again at their other occurrences, as ``mask_json`` does across
    a whole document; ``extra`` adds names known from elsewhere.
    """
    if not text:
        return []
    norm, spans = scan(text)
    spans = propagate(norm, spans, N.build_extra(name_tokens(norm, spans), norm.text))
    spans = propagate(norm, spans, extra)
    return to_original(norm, spans)
