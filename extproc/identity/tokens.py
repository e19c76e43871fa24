"""Bearer-token verification: pyjwt against the identity provider's keys, with a verified-token cache.

The hot path pays for a signature once per token, not per request: a verified token is cached (bounded)
until it expires.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt

from extproc.identity.jwks import KeySet
from extproc.identity.principal import Principal

_BEARER = re.compile(r"[Bb][Ee][Aa][Rr][Ee][Rr] +([A-Za-z0-9\-._~+/]+=*)")
SYMMETRIC_PREFIX = "HS"


@dataclass(frozen=True)
class AuthError(Exception):
    """A caller that is not authenticated: the HTTP status, the RFC 6750 error code and a message."""

    status: int
    error: str | None
    description: str

    def __str__(self) -> str:
        return self.description


class NeedKeyRefresh(Exception):
    """The token names a key the set does not hold and a refetch is allowed: refetch, then verify again."""


@dataclass(frozen=True)
class VerifierConfig:
    issuer: str
    audience: str
    algorithms: Sequence[str]
    groups_claim: str = "groups"
    leeway_seconds: float = 30.0


def _groups(claims: Mapping[str, Any], claim: str) -> frozenset[str]:
    value = claims.get(claim)
    if isinstance(value, str):
        return frozenset(value.split())
    if isinstance(value, list):
        return frozenset(v for v in value if isinstance(v, str))
    return frozenset()


def _scopes(claims: Mapping[str, Any]) -> frozenset[str]:
    scope, scp = claims.get("scope"), claims.get("scp")
    if isinstance(scope, str):
        return frozenset(scope.split())
    if isinstance(scp, list):
        return frozenset(s for s in scp if isinstance(s, str))
    return frozenset()


def bearer_token(authorization: str | None, path: str | None) -> str:
    """The token from exactly one `Authorization: Bearer` header; never from the URL."""
    if path and "?" in path:
        query = parse_qs(urlsplit(path).query)
        if "access_token" in query:
            raise AuthError(
                400, "invalid_request", "bearer tokens in the URL are refused: use the Authorization header"
            )
    if not authorization:
        raise AuthError(401, None, "authentication required: send Authorization: Bearer <token>")
    if "," in authorization:
        raise AuthError(400, "invalid_request", "send exactly one Authorization header")
    m = _BEARER.fullmatch(authorization.strip())
    if m is None:
        raise AuthError(401, "invalid_request", "the Authorization header must be 'Bearer <token>'")
    return m.group(1)


class TokenVerifier:
    """Verifies bearer tokens for one issuer and audience; `verify` is the per-request entry point."""

    def __init__(
        self, config: VerifierConfig, keys: KeySet, clock: Callable[[], float] = time.time, cache_size: int = 10_000
    ) -> None:
        bad = [a for a in config.algorithms if a.upper() == "NONE" or a.upper().startswith(SYMMETRIC_PREFIX)]
        if bad or not config.algorithms:
            raise ValueError(f"algorithms must be a non-empty list of asymmetric algorithms, got {bad or 'none'}")
        self.config = config
        self.keys = keys
        self._clock = clock
        self._cache: OrderedDict[str, Principal] = OrderedDict()
        self._cache_size = cache_size

    def verify(self, authorization: str | None, path: str | None = None) -> Principal:
        """The caller's principal, or AuthError; NeedKeyRefresh when the signing key must be fetched first."""
        token = bearer_token(authorization, path)
        cached = self._cache.get(token)
        if cached is not None:
            if self._clock() < cached.expires_at + self.config.leeway_seconds:
                return cached
            del self._cache[token]
        principal = self._verify_signature(token)
        self._cache[token] = principal
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return principal

    def _verify_signature(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise AuthError(401, "invalid_token", "malformed token") from None
        alg = header.get("alg")
        if not isinstance(alg, str) or alg not in self.config.algorithms:
            raise AuthError(401, "invalid_token", f"token algorithm {str(alg)[:16]!r} is not accepted")
        kid = header.get("kid")
        kid = kid if isinstance(kid, str) else None
        key = self.keys.get(kid)
        if key is None:
            if self.keys.refresh_due():
                raise NeedKeyRefresh(kid)
            if self.keys.last_error is not None:  # fail closed, and say it is not the caller's fault
                raise AuthError(503, None, "cannot verify tokens now: the identity provider's keys are unavailable")
            raise AuthError(401, "invalid_token", f"unknown signing key (kid {str(kid)[:64]!r})")
        try:
            claims = jwt.decode(
                token, key=key.key, algorithms=[alg], audience=self.config.audience, issuer=self.config.issuer,
                leeway=self.config.leeway_seconds, options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError(401, "invalid_token", "token expired") from None
        except jwt.ImmatureSignatureError:
            raise AuthError(401, "invalid_token", "token not yet valid (nbf/iat in the future)") from None
        except jwt.InvalidAudienceError:
            raise AuthError(401, "invalid_token", f"wrong audience: this resource is {self.config.audience}") from None
        except jwt.InvalidIssuerError:
            raise AuthError(401, "invalid_token", "wrong issuer") from None
        except jwt.InvalidSignatureError:
            raise AuthError(401, "invalid_token", "token signature does not verify") from None
        except jwt.MissingRequiredClaimError as exc:
            raise AuthError(401, "invalid_token", f"token lacks the {exc.claim!r} claim") from None
        except jwt.PyJWTError:
            raise AuthError(401, "invalid_token", "token rejected") from None
        subject = claims["sub"]
        if not isinstance(subject, str) or not subject:
            raise AuthError(401, "invalid_token", "token 'sub' must be a non-empty string")
        client = claims.get("azp") or claims.get("client_id")
        email = claims.get("email")
        return Principal(
            subject=subject,
            issuer=self.config.issuer,
            groups=_groups(claims, self.config.groups_claim),
            email=email if isinstance(email, str) else None,
            client_id=client if isinstance(client, str) else None,
            expires_at=float(claims["exp"]),
            scopes=_scopes(claims),
        )
