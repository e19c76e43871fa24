"""What a document plants: identifiers that must go, and ordinary terms that must stay.

A shape renders a document through a ``Sheet``; every identifier it writes goes through ``Sheet.put`` (or a
renderer built on it), which records the exact text written (its *surfaces*, for the oracle) and the
*forms* whose survival in the masked output counts as a leak (see ``score``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

NAME = "name"
DIGITS = "digits"
TEXT = "text"


@dataclass
class Plant:
    """One identifier of one document, however many times and ways the document writes it."""

    kind: str
    mode: str
    forms: tuple[str, ...]
    english: bool = False
    surfaces: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Keep:
    """A non-identifier the masker must leave readable."""

    kind: str
    text: str


class Sheet:
    """Records what one document plants while a shape writes it."""

    def __init__(self) -> None:
        self.plants: dict[tuple[str, str, tuple[str, ...]], Plant] = {}
        self.keeps: list[Keep] = []

    def put(
        self, kind: str, surface: str, *, mode: str = TEXT, forms: tuple[str, ...] = (), english: bool = False,
        ident: str = "",
    ) -> str:
        """Record ``surface`` as written for an identifier; ``ident`` merges renderings of one value."""
        forms = forms or (surface,)
        key = (kind, ident, forms)
        plant = self.plants.setdefault(key, Plant(kind, mode, forms, english))
        if surface not in plant.surfaces:
            plant.surfaces.append(surface)
        return surface

    def keep(self, kind: str, text: str) -> str:
        """Record ``text`` as a term that must survive masking."""
        self.keeps.append(Keep(kind, text))
        return text
