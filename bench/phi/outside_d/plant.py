"""Planted gold: shapes write placeholders instead of values so the same document renders twice, once with the
identifiers (what the masker sees) and once with them redacted (the baseline the leak rule compares against)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

REDACTED = "[REDACTED]"
_PLACEHOLDER = re.compile(r"⟪(\d+)⟫")


@dataclass(frozen=True)
class Plant:
    """One planted value: an identifier that must disappear, or a keep that must survive."""

    kind: str
    value: str
    probes: tuple[str, ...]
    identifier: bool
    english_word_name: bool = False


@dataclass(frozen=True)
class Document:
    """One tool result, its redacted twin and its gold."""

    shape: str
    value: Any
    redacted: Any
    plants: tuple[Plant, ...]


class Board:
    """Collects the plants of one document; the same (kind, value) planted twice is one plant."""

    def __init__(self) -> None:
        self.plants: list[Plant] = []
        self._index: dict[tuple[bool, str, str], int] = {}

    def put(self, plant: Plant) -> str:
        key = (plant.identifier, plant.kind, plant.value)
        if key not in self._index:
            self._index[key] = len(self.plants)
            self.plants.append(plant)
        return f"⟪{self._index[key]}⟫"

    def document(self, shape: str, template: Any) -> Document:
        """Render both twins; plants written but left out of the template (an unused branch) are not gold."""
        used: set[int] = set()

        def real(match: re.Match[str]) -> str:
            used.add(int(match.group(1)))
            return self.plants[int(match.group(1))].value

        value = _render(template, real)
        return Document(
            shape=shape,
            value=value,
            redacted=_render(template, self._redact),
            plants=tuple(plant for index, plant in enumerate(self.plants) if index in used),
        )

    def _redact(self, match: re.Match[str]) -> str:
        plant = self.plants[int(match.group(1))]
        return REDACTED if plant.identifier else plant.value


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON-in-text that keeps placeholders (and non-ASCII names) as they are, so they render inside the text."""
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _render(template: Any, replace: Any) -> Any:
    if isinstance(template, str):
        return _PLACEHOLDER.sub(replace, template)
    if isinstance(template, dict):
        rendered: dict[str, Any] = {}
        for key, item in template.items():
            name = _PLACEHOLDER.sub(replace, key)
            while name in rendered:  # keys redacted alike stay apart (trailing spaces change no count)
                name += " "
            rendered[name] = _render(item, replace)
        return rendered
    if isinstance(template, list):
        return [_render(item, replace) for item in template]
    return template
