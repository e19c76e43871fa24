"""What an exchange needs from identity, policy, masking and credential scrubbing: four small ports.

`extproc/access.py` implements all four over the live policy; tests give fakes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from extproc.identity.principal import Principal
from extproc.identity.tokens import AuthError
from extproc.mcp.call import McpCall
from extproc.phi import MaskResult
from extproc.policy.model import ApprovalRule


class Verdict(Protocol):
    allowed: bool
    rule: str
    roles: tuple[str, ...]
    masking: str | None


class Authenticator(Protocol):
    def metadata_document(self, path: str) -> bytes | None:
        """The RFC 9728 document when `path` asks for it, else None."""

    def origin_refusal(self, origin: str | None) -> str | None:
        """Why a request with this `Origin` header is refused (403), or None (no Origin, or an allowed one)."""

    def authenticate(self, headers: Mapping[str, str]) -> Principal:
        """The caller; AuthError, or NeedKeyRefresh when the signing keys must be fetched first."""

    def www_authenticate(self, error: AuthError) -> str: ...


class Authorizer(Protocol):
    def decide(self, principal: Principal, call: McpCall) -> Verdict: ...
    def filter_list(self, principal: Principal, method: str, result: dict) -> dict: ...

    def approval_for(self, call: McpCall) -> tuple[ApprovalRule, str] | None:
        """The approval rule an allowed call must wait under, with the policy's version; None for most calls."""


class Masker(Protocol):
    def mask(self, value: Any, profile: str | None, session: str | None) -> MaskResult: ...


class Scrubber(Protocol):
    def scrub(self, doc: dict, raw: bytes) -> dict | None:
        """`doc` without the upstream credential, or None when it holds none."""


@dataclass(frozen=True, slots=True)
class Ports:
    authenticator: Authenticator
    authorizer: Authorizer
    masker: Masker
    scrubber: Scrubber

    @classmethod
    def of(cls, access: Any) -> Ports:
        """All four from one object that implements them (the gateway's `GatewayAccess`, a test's fake)."""
        return cls(access, access, access, access)
