"""The leak rule, the two reference maskers, and the tallies.

An identifier leaks when the masked result (every string, key and number, with JSON written inside a string
decoded up to five levels and read as well) still holds:
- a name: any part of three or more letters (the whole name if none is that long), as a whole word, in any
  case;
- a date: its month and day together in the form planted (a year alone may stay);
- an age over 89: the number; a street: its house number followed by the street's first word; a ZIP: its
  five digits (three may stay);
- an e-mail: its local part followed by '@';
- anything else: its letters and digits ignoring separators and case (a phone: its last ten digits), inside
  one string when seven or more long, else as a whole token.
A non-identifier survives when its text is still there (case and runs of white space ignored).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .plant import Doc, Planted

_NAME_PART = re.compile(r"[^\W\d_]{3,}")
_NOT_ALNUM = re.compile(r"[\W_]+")


def segments(value: Any, depth: int = 0) -> Iterator[str]:
    """Every string, key and number in a decoded JSON value, reading JSON written inside strings too."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from segments(key, depth)
            yield from segments(item, depth)
    elif isinstance(value, list):
        for item in value:
            yield from segments(item, depth)
    elif isinstance(value, str):
        yield value
        stripped = value.strip()
        if depth < 5 and stripped[:1] in "{[" and stripped:
            try:
                inner = json.loads(stripped)
            except ValueError:
                return
            yield from segments(inner, depth + 1)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def _alnum(text: str) -> str:
    return _NOT_ALNUM.sub("", text).lower()


def leaked(item: Planted, texts: list[str], alnums: list[str]) -> bool:
    """Whether one planted identifier is still readable in the masked result (see the module docstring)."""
    if item.kind == "NAME":
        parts = _NAME_PART.findall(item.surface) or [item.surface]
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in parts), re.IGNORECASE)
        return any(pattern.search(t) for t in texts)
    if item.probe is not None:
        pattern = re.compile(item.probe, re.IGNORECASE)
        return any(pattern.search(t) for t in texts)
    core = _alnum(item.surface)
    if item.kind in ("PHONE", "FAX"):
        core = core[-10:]
    if len(core) >= 7:
        return any(core in a for a in alnums)
    pattern = re.compile(rf"(?<![0-9a-z]){re.escape(item.surface.lower())}(?![0-9a-z])")
    return any(pattern.search(t.lower()) for t in texts)


def _collapse(text: str) -> str:
    return " ".join(text.split()).lower()


def survives(item: Planted, joined: str) -> bool:
    return _collapse(item.surface) in joined


@dataclass
class Outcome:
    """One document's result under one masker."""

    leaks: list[bool]
    kept: list[bool]
    seconds: float
    size: int
    failed: bool = False


def judge(doc: Doc, masked: Any, seconds: float, size: int, failed: bool = False) -> Outcome:
    texts = [] if failed else list(segments(masked))
    alnums = [_alnum(t) for t in texts]
    joined = "\n".join(_collapse(t) for t in texts)
    return Outcome(
        leaks=[leaked(i, texts, alnums) for i in doc.identifiers],
        kept=[survives(k, joined) for k in doc.keeps],
        seconds=seconds,
        size=size,
        failed=failed,
    )


# --- reference maskers ----------------------------------------------------------------------------------
def identity(doc: Doc) -> Any:
    return doc.payload


def _bounded(surface: str) -> str:
    """A surface not cut out of a longer word (a name 'Vi' inside 'Visit'); digits may touch (HL7 time stamps)."""
    before = r"(?<![^\W\d_])" if surface[:1].isalpha() else ""
    after = r"(?![^\W\d_])" if surface[-1:].isalpha() else ""
    return before + re.escape(surface) + after


def oracle(doc: Doc) -> Any:
    """Remove exactly the planted identifiers' surfaces (as whole tokens), nothing else."""
    surfaces = sorted({i.surface for i in doc.identifiers}, key=lambda s: (-len(s), s))
    pattern = re.compile("|".join(_bounded(s) for s in surfaces)) if surfaces else None

    def text(value: str) -> str:
        return pattern.sub("[X]", value) if pattern else value

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for key, item in value.items():
                masked = text(key)
                while masked in out:  # two keys masked alike stay two entries
                    masked += "'"
                out[masked] = walk(item)
            return out
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str):
            return text(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and str(value) in surfaces:
            return "[X]"
        return value

    return walk(doc.payload)


# --- tallies ----------------------------------------------------------------------------------------
@dataclass
class Tally:
    total: int = 0
    leaked: int = 0

    def add(self, leak: bool) -> None:
        self.total += 1
        self.leaked += leak

    @property
    def recall(self) -> float:
        return 1.0 if not self.total else 1 - self.leaked / self.total


@dataclass
class Report:
    ids: Tally = field(default_factory=Tally)
    keeps: Tally = field(default_factory=Tally)  # 'leaked' counts non-identifiers lost
    by_kind: dict[str, Tally] = field(default_factory=dict)
    by_shape: dict[str, Tally] = field(default_factory=dict)
    names: dict[str, Tally] = field(default_factory=dict)
    lost_by_kind: dict[str, Tally] = field(default_factory=dict)
    seconds: float = 0.0
    size: int = 0
    failed: int = 0
    docs: int = 0

    def add(self, doc: Doc, outcome: Outcome) -> None:
        self.docs += 1
        self.seconds += outcome.seconds
        self.size += outcome.size
        self.failed += outcome.failed
        for item, leak in zip(doc.identifiers, outcome.leaks, strict=True):
            self.ids.add(leak)
            self.by_kind.setdefault(item.kind, Tally()).add(leak)
            self.by_shape.setdefault(doc.shape, Tally()).add(leak)
            if item.kind == "NAME":
                self.names.setdefault("English-word" if item.english else "other", Tally()).add(leak)
        for item, kept in zip(doc.keeps, outcome.kept, strict=True):
            self.keeps.add(not kept)
            self.lost_by_kind.setdefault(item.kind, Tally()).add(not kept)

    @property
    def over_masking(self) -> float:
        return self.keeps.leaked / self.keeps.total if self.keeps.total else 0.0

    def lines(self, label: str) -> list[str]:
        ms_per_kb = 1000 * self.seconds / (self.size / 1024) if self.size else 0.0
        out = [
            f"{label}: {self.docs} documents, {self.ids.total} identifiers, {self.keeps.total} non-identifiers,"
            f" {self.size / 1024:.0f} KB",
            f"  recall {self.ids.recall:.4f}  over-masking {self.over_masking:.4f}  {ms_per_kb:.2f} ms/KB"
            f"  failed documents {self.failed}",
        ]
        out.append("  recall per kind:")
        out += [
            f"    {k:<14} {t.recall:.3f}  ({t.leaked} leaked of {t.total})" for k, t in sorted(self.by_kind.items())
        ]
        out.append("  names:")
        out += [f"    {k:<14} {t.recall:.3f}  ({t.leaked} leaked of {t.total})" for k, t in sorted(self.names.items())]
        out.append("  recall per shape:")
        out += [
            f"    {k:<22} {t.recall:.3f}  ({t.leaked} leaked of {t.total})" for k, t in sorted(self.by_shape.items())
        ]
        out.append("  non-identifiers lost per kind:")
        out += [f"    {k:<14} {t.leaked} of {t.total}" for k, t in sorted(self.lost_by_kind.items())]
        return out


Masker = Callable[[Doc], Any]
