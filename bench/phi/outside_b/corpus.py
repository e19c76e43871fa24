"""A document, its planted values and where they landed; leaves are found at every JSON level, decoding JSON held
inside strings, so a value the server serialised into ``content[].text`` is checked there too."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

Path = tuple[str | int, ...]
JSON_STEP = "$json"
"""A path step meaning: this string holds JSON; decode it and go on."""

NAME = "NAME"
PHI_CLASSES = (
    "NAME",
    "ADDRESS",
    "GEO",
    "DATE",
    "AGE_OVER_89",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE_ID",
    "URL",
    "IP",
    "BIOMETRIC",
    "PHOTO",
    "OTHER_ID",
)
KEEP_CLASSES = (
    "DRUG",
    "DOSE",
    "ICD10",
    "CPT",
    "LOINC",
    "NDC",
    "SNOMED",
    "LAB_VALUE",
    "VITAL",
    "AGE_UNDER_90",
    "YEAR",
    "STATE",
    "DEPARTMENT",
    "ROLE",
    "DEVICE_MODEL",
    "PAYER",
)
PARTICLES = frozenset({"van", "der", "den", "von", "del", "della", "dos", "das", "ter", "bin", "ibn", "abu", "st"})
"""Name particles: a surviving "van" or "der" alone identifies no one, so it is not counted as a leak."""

_WORD = r"[^\W_]"


@dataclass(frozen=True)
class Planted:
    """One planted value (as rendered) and the leaves holding it."""

    kind: str
    value: str
    paths: tuple[Path, ...] = ()


@dataclass
class Draft:
    """What a template builds: the rng it draws from, and the values it declared as identifiers or as keepers."""

    rng: random.Random
    phi: dict[tuple[str, str], None] = field(default_factory=dict)
    keep: dict[tuple[str, str], None] = field(default_factory=dict)

    def id(self, kind: str, value: str) -> str:
        """Declare ``value`` an identifier of ``kind`` and hand it back for the template to render."""
        assert kind in PHI_CLASSES, kind
        self.phi[(kind, value)] = None
        return value

    def ok(self, kind: str, value: str) -> str:
        """Declare ``value`` a non-identifier that masking must leave alone."""
        assert kind in KEEP_CLASSES, kind
        self.keep[(kind, value)] = None
        return value


@dataclass(frozen=True)
class Document:
    template: str
    value: dict[str, Any]
    phi: tuple[Planted, ...]
    keep: tuple[Planted, ...]


Template = Callable[[Draft], dict[str, Any]]


def leaves(value: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every scalar as text with its path; a string holding a JSON object or array is opened up as well."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    elif isinstance(value, str):
        inner = _decoded(value)
        if inner is None:
            yield path, value
        else:
            yield from leaves(inner, (*path, JSON_STEP))
    elif value is not None:
        yield path, json.dumps(value)


def _decoded(text: str) -> Any:
    stripped = text.strip()
    if stripped[:1] not in ("{", "["):
        return None
    try:
        inner = json.loads(stripped)
    except ValueError:
        return None
    return inner if isinstance(inner, dict | list) else None


def at(value: Any, path: Path) -> str:
    """The text at ``path`` in a (masked) document; where the masker changed the shape, the whole text of the
    deepest part still reachable, so a value cannot hide by moving."""
    for step in path:
        if step == JSON_STEP and isinstance(value, str):
            inner = _decoded(value)
            if inner is None:
                return value
            value = inner
        elif (isinstance(value, dict) and step in value) or (
            isinstance(value, list) and isinstance(step, int) and step < len(value)
        ):
            value = value[step]
        else:
            return json.dumps(value, ensure_ascii=False)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _bounded(text: str) -> str:
    return rf"(?<!{_WORD}){re.escape(text)}(?!{_WORD})"


def occurs(value: str, text: str) -> bool:
    """``value`` appears in ``text`` exactly, not inside a longer word or number."""
    return re.search(_bounded(value), text) is not None


def name_parts(name: str) -> list[str]:
    return [
        part
        for part in re.findall(rf"{_WORD}+", name)
        if len(part) >= 3 and not part.isdigit() and part.lower() not in PARTICLES
    ]


def leaks(kind: str, value: str, text: str) -> bool:
    """A name leaks if any part of three or more letters survives as a word; any other value leaks if its
    letters and digits survive in order, whatever separators now sit between them."""
    if kind == NAME:
        return any(re.search(_bounded(part), text) for part in name_parts(value))
    chars = re.findall(_WORD, value)
    if not chars:
        return False
    pattern = r"[\W_]*".join(re.escape(ch) for ch in chars)
    return re.search(rf"(?<!{_WORD}){pattern}(?!{_WORD})", text, re.IGNORECASE) is not None


def _without(text: str, values: list[str]) -> str:
    for value in values:
        text = text.replace(value, " ")
    return text


def assemble(template: str, draft: Draft, value: dict[str, Any]) -> Document | None:
    """Locate every declared value; None when the document cannot score fairly (a declared value is missing, an
    identifier's leak test would fire on text that is not the identifier, or a keeper sits only inside an
    identifier), so the caller draws again."""
    texts = list(leaves(value))
    phi_values = sorted({text for _, text in draft.phi}, key=len, reverse=True)
    phi: list[Planted] = []
    for kind, planted in draft.phi:
        paths = tuple(path for path, text in texts if occurs(planted, text))
        if not paths:
            return None
        if any(leaks(kind, planted, _without(text, phi_values)) for path, text in texts if path in paths):
            return None
        phi.append(Planted(kind, planted, paths))
    keep: list[Planted] = []
    for kind, planted in draft.keep:
        paths = tuple(path for path, text in texts if occurs(planted, _without(text, phi_values)))
        if not paths:
            return None
        keep.append(Planted(kind, planted, paths))
    return Document(template, value, tuple(phi), tuple(keep))


def mcp_result(text: str, structured: dict[str, Any] | None) -> dict[str, Any]:
    """A tools/call result as an MCP server returns it."""
    result: dict[str, Any] = {"content": [{"type": "text", "text": text}]}
    if structured is not None:
        result["structuredContent"] = structured
    result["isError"] = False
    return result
