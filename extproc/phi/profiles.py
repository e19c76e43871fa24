"""Masking profiles: which strategy each identifier kind gets, plus extra JSON key names.

``Role.masking`` in the policy is a profile name; ``get_profile`` resolves it and falls back to
``safe_harbor`` for an unknown or missing name, because masking is on by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from . import kinds as K
from .keys import default_keymap

Strategy = Literal["redact", "generalize", "pseudonym", "keep"]
STRATEGIES: tuple[str, ...] = ("redact", "generalize", "pseudonym", "keep")


@dataclass(frozen=True)
class Profile:
    """A named masking policy. Kinds missing from ``strategies`` are redacted (fail closed)."""

    name: str
    strategies: Mapping[str, Strategy]
    extra_keys: Mapping[str, str] = field(default_factory=dict)
    """Additional JSON key names (any case style) → kind, on top of the default table."""
    keymap: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for kind, strategy in self.strategies.items():
            if strategy not in STRATEGIES:
                raise ValueError(f"profile {self.name}: unknown strategy {strategy!r} for {kind}")
        from .keys import normalize_key

        table = default_keymap()
        table.update({normalize_key(k): v for k, v in self.extra_keys.items()})
        object.__setattr__(self, "strategies", MappingProxyType(dict(self.strategies)))
        object.__setattr__(self, "extra_keys", MappingProxyType(dict(self.extra_keys)))
        object.__setattr__(self, "keymap", MappingProxyType(table))

    def strategy(self, kind: str) -> Strategy:
        """The strategy for ``kind`` (redact when the profile does not say)."""
        return self.strategies.get(kind, "redact")


_GENERALIZED = {K.DATE: "generalize", K.ZIP: "generalize", K.AGE: "generalize"}

SAFE_HARBOR = Profile(
    "safe_harbor",
    {**{kind: "redact" for kind in K.ALL_KINDS}, **_GENERALIZED},
)
"""45 CFR 164.514(b)(2): every kind masked; dates → year, ZIP → 3 digits (or 000), ages over 89 → 90+."""

CLINICAL = Profile(
    "clinical",
    {
        **{kind: "redact" for kind in K.ALL_KINDS},
        **{
            kind: "keep"
            for kind in (
                *(K.NAME, K.DATE, K.AGE, K.MRN, K.ID, K.NUMBER, K.PHONE, K.FAX, K.EMAIL, K.ADDRESS, K.CITY, K.ZIP),
                K.NPI,
            )
        },
    },
)
"""A treating clinician: sees who the patient is and how to reach them; still never sees SSN, MBI, plan and
account numbers, credentials, URLs, IPs, device serials or vehicle identifiers."""

PSEUDONYMIZED = Profile(
    "pseudonymized",
    {**SAFE_HARBOR.strategies, K.NAME: "pseudonym", K.MRN: "pseudonym", K.ID: "pseudonym", K.NUMBER: "pseudonym"},
)
"""Safe Harbor, but people and record numbers become random per-session tokens, so an agent can still tell
patients apart within one MCP session (164.514(c): tokens are not derived from the identifier)."""

PROFILES: dict[str, Profile] = {p.name: p for p in (SAFE_HARBOR, CLINICAL, PSEUDONYMIZED)}


def get_profile(name: str | None) -> Profile:
    """The profile called ``name``; ``safe_harbor`` for ``None`` or an unknown name (masking on by default)."""
    if name is None:
        return SAFE_HARBOR
    return PROFILES.get(name, SAFE_HARBOR)
