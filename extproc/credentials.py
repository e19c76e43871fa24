"""The upstream credential, as Chaperone sees it: only to keep it out of responses.

Envoy injects the credential (credential injector filter); callers never send or receive it. An upstream
that echoes it (an error page, a debug tool) would hand it to the agent, so every upstream message is
checked for it on its decoded strings (escapes cannot hide it) and scrubbed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from extproc.policy.model import UpstreamCredential

REDACTED = "[REDACTED:upstream-credential]"
MIN_SECRET_CHARS = 8
"""Shorter fragments are not scrubbed on their own: they would match ordinary text."""


def _fragments(value: str) -> tuple[str, ...]:
    """The whole header value and, for `Scheme token`, the token alone: an echo may carry either."""
    value = value.strip()
    parts = [value]
    scheme, _, token = value.partition(" ")
    if token and scheme.isalpha():
        parts.append(token.strip())
    return tuple(p for p in parts if len(p) >= MIN_SECRET_CHARS)


def _replace(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {_replace(k, secrets): _replace(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, secrets) for v in value]
    return value


class CredentialScrubber:
    """Reads the credential (a file re-read when it changes, or an environment variable) and scrubs it."""

    def __init__(self, credential: UpstreamCredential, clock: Callable[[], float] = time.monotonic) -> None:
        self._credential = credential
        self._clock = clock
        self._checked = float("-inf")
        self._stamp: tuple[int, int] | None = None
        self._secrets: tuple[str, ...] = ()
        self._load()

    def _load(self) -> None:
        if self._credential.env is not None:
            self._secrets = _fragments(os.environ.get(self._credential.env, ""))
            return
        assert self._credential.file is not None
        try:
            stat = self._credential.file.stat()
            stamp = (stat.st_mtime_ns, stat.st_ino)
            if stamp != self._stamp:
                self._secrets = _fragments(self._credential.file.read_text())
                self._stamp = stamp
        except OSError:
            pass  # keep the last known value: a rotating mount may briefly lack the file

    def secrets(self) -> tuple[str, ...]:
        now = self._clock()
        if now - self._checked >= 1.0:
            self._checked = now
            self._load()
        return self._secrets

    def scrub(self, doc: Any, text: str) -> Any | None:
        """`doc` with every occurrence replaced, or None when `text` (its decoded form) holds none."""
        secrets = self.secrets()
        if not any(secret in text for secret in secrets):
            return None
        return _replace(doc, secrets)
