"""Signing keys of the identity provider, cached, refetched sparingly.

An unknown `kid` triggers at most one refetch per `min_refresh_seconds`, so a flood of tokens with made-up
key ids cannot hammer the identity provider. Fetches block (file read or HTTP); the server runs them off
the event loop.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt


class KeysUnavailable(Exception):
    """The JWKS could not be fetched or parsed: tokens cannot be verified, so requests are refused."""


def _http_json(url: str, timeout: float) -> Any:
    if not url.startswith(("https://", "http://")):
        raise KeysUnavailable(f"not an http(s) URL: {url!r}")
    request = urllib.request.Request(url, headers={"accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read(1 << 20))
    except (OSError, ValueError) as exc:
        raise KeysUnavailable(f"cannot fetch {url}: {exc}") from None


@dataclass(frozen=True)
class JwksSource:
    """Exactly one of: a JWKS file, a JWKS URL, or OIDC discovery from the issuer."""

    file: Path | None = None
    url: str | None = None
    discovery_issuer: str | None = None
    timeout: float = 3.0

    def fetch(self) -> dict[str, Any]:
        if self.file is not None:
            try:
                return json.loads(self.file.read_text())
            except (OSError, ValueError) as exc:
                raise KeysUnavailable(f"cannot read JWKS file {self.file}: {exc}") from None
        url = self.url
        if url is None and self.discovery_issuer is not None:
            config = _http_json(self.discovery_issuer.rstrip("/") + "/.well-known/openid-configuration", self.timeout)
            url = config.get("jwks_uri") if isinstance(config, dict) else None
            if not isinstance(url, str):
                raise KeysUnavailable("the issuer's OIDC discovery document has no jwks_uri")
        if url is None:
            raise KeysUnavailable("no JWKS source configured")
        doc = _http_json(url, self.timeout)
        if not isinstance(doc, dict):
            raise KeysUnavailable("JWKS is not a JSON object")
        return doc

    def describe(self) -> str:
        return str(self.file or self.url or f"OIDC discovery of {self.discovery_issuer}")


class KeySet:
    """kid → verification key, from a `JwksSource`."""

    def __init__(
        self, source: JwksSource, min_refresh_seconds: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._source = source
        self._min_refresh = min_refresh_seconds
        self._clock = clock
        self._keys: dict[str, jwt.PyJWK] = {}
        self._last_fetch: float | None = None
        self._lock = threading.Lock()
        self.last_error: str | None = None

    def get(self, kid: str | None) -> jwt.PyJWK | None:
        """The key for `kid`; a token without kid is accepted only when the set holds exactly one key."""
        if kid is None:
            return next(iter(self._keys.values())) if len(self._keys) == 1 else None
        return self._keys.get(kid)

    def refresh_due(self) -> bool:
        """Whether a refetch is allowed now (never fetched, or the interval has passed)."""
        return self._last_fetch is None or self._clock() - self._last_fetch >= self._min_refresh

    def refresh(self) -> None:
        """Refetch the keys; on failure keep the old ones and raise KeysUnavailable."""
        with self._lock:
            if not self.refresh_due():
                return
            self._last_fetch = self._clock()
            try:
                doc = self._source.fetch()
                keys = {}
                for entry in doc.get("keys", []):
                    if not isinstance(entry, dict) or entry.get("use", "sig") != "sig":
                        continue
                    try:
                        key = jwt.PyJWK(entry)
                    except jwt.PyJWTError:
                        continue  # an unsupported key type must not make the others unusable
                    keys[entry.get("kid") or key.key_id or ""] = key
            except KeysUnavailable as exc:
                self.last_error = str(exc)
                raise
            self._keys = keys
            self.last_error = None
