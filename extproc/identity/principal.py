"""The verified caller, as policy and audit see it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Principal:
    """Claims of a verified token: never the token itself."""

    subject: str
    issuer: str
    groups: frozenset[str] = frozenset()
    email: str | None = None
    client_id: str | None = None
    expires_at: float = 0.0
    scopes: frozenset[str] = frozenset()
    """OAuth scopes granted (`scope`, space-separated, or `scp`, a list): what the token was issued for."""
