"""Random pseudonyms, stable within one MCP session (45 CFR 164.514(c)).

A token is ``secrets.token_hex``: never derived from the identifier, so it cannot be reversed or recomputed
by anyone holding the value. The vault remembers which token it gave a value, keyed by a keyed BLAKE2
digest with a per-vault random key, so the plaintext identifier is not kept in memory either.
Memory is bounded: least-recently-used sessions are dropped, and each session holds at most
``max_entries`` values (after that, new values get fresh tokens that are not remembered).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import unicodedata
from collections import OrderedDict


class PseudonymVault:
    """Session id → (kind, value) → random token."""

    def __init__(self, max_sessions: int = 10_000, max_entries: int = 50_000) -> None:
        self._key = secrets.token_bytes(32)
        self._sessions: OrderedDict[str, dict[bytes, str]] = OrderedDict()
        self._max_sessions = max_sessions
        self._max_entries = max_entries
        self._lock = threading.Lock()

    def _digest(self, kind: str, value: str) -> bytes:
        canon = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
        return hashlib.blake2b(f"{kind}\x00{canon}".encode(), key=self._key, digest_size=16).digest()

    def token(self, session: str | None, kind: str, value: str) -> str:
        """The session's token for ``value`` (created on first use)."""
        if session is None:
            return new_token(kind)
        digest = self._digest(kind, value)
        with self._lock:
            table = self._sessions.get(session)
            if table is None:
                table = self._sessions[session] = {}
                while len(self._sessions) > self._max_sessions:
                    self._sessions.popitem(last=False)
            else:
                self._sessions.move_to_end(session)
            tok = table.get(digest)
            if tok is None:
                tok = new_token(kind)
                if len(table) < self._max_entries:
                    table[digest] = tok
            return tok

    def forget(self, session: str) -> None:
        """Drop a session's tokens (on MCP session DELETE)."""
        with self._lock:
            self._sessions.pop(session, None)

    def __len__(self) -> int:
        return len(self._sessions)


def new_token(kind: str) -> str:
    """A fresh random pseudonym such as ``[NAME-3f9a1c0b]``."""
    return f"[{kind}-{secrets.token_hex(4)}]"
