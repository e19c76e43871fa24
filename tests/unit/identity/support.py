"""The verifier the identity tests build over a JWKS file, and a clock they move."""

from __future__ import annotations

from pathlib import Path

import pytest

from extproc.identity.jwks import JwksSource, KeySet
from extproc.identity.tokens import AuthError, TokenVerifier, VerifierConfig

ISS, AUD = "https://idp.test", "http://127.0.0.1:10000/mcp"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def verifier(jwks: Path, clock: Clock | None = None) -> TokenVerifier:
    key_set = KeySet(JwksSource(file=jwks), min_refresh_seconds=60, clock=clock or Clock())
    key_set.refresh()
    return TokenVerifier(VerifierConfig(ISS, AUD, ["ES256"]), key_set)


def rejected(v: TokenVerifier, authorization: str | None, path: str | None = None) -> AuthError:
    with pytest.raises(AuthError) as info:
        v.verify(authorization, path)
    return info.value
