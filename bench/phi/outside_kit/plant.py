"""What a document plants: identifiers that must go and non-identifiers that must stay, each by its surface text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Planted:
    """One planted string; ``probe`` is a regex overriding the kind's default leak test (dates, ages, streets)."""

    kind: str
    surface: str
    english: bool = False
    probe: str | None = None


@dataclass
class Doc:
    """One MCP tool result (decoded JSON) with what was planted in it."""

    shape: str
    payload: Any
    identifiers: list[Planted]
    keeps: list[Planted]


@dataclass
class Plant:
    """Collects labels while a shape writes its document, returning each surface so templates read naturally."""

    identifiers: list[Planted] = field(default_factory=list)
    keeps: list[Planted] = field(default_factory=list)

    def id(self, kind: str, surface: str, probe: str | None = None) -> str:
        self.identifiers.append(Planted(kind, surface, probe=probe))
        return surface

    def name(self, surface: str, english: bool) -> str:
        self.identifiers.append(Planted("NAME", surface, english=english))
        return surface

    def keep(self, kind: str, surface: str) -> str:
        self.keeps.append(Planted(kind, surface))
        return surface
