"""The kinds of text a policy value may be: each a check with the loader's message, and the same rule for the schema.

Where a regular expression is the rule, both use it; where the loader knows more than a regular expression can
say (URLs are parsed, algorithms and transport headers are named in messages), the schema's pattern is the
nearest it can be without refusing what the loader accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from extproc.policy.grants import pattern_problem
from extproc.policy.kinds import Text
from extproc.policy.nodes import non_empty

SIGNING_ALGORITHMS: tuple[str, ...] = (
    "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA",
)
"""JWS algorithms ``identity.algorithms`` may list: asymmetric only. ``none`` and every ``HS*`` are refused:
with a symmetric algorithm whoever can verify a token can also mint one."""

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
"""Hosts for which a plain-http issuer, JWKS URL or authorization server is accepted (local development)."""

TRANSPORT_HEADERS = frozenset({
    "host", "content-type", "content-length", "accept", "transfer-encoding", "last-event-id",
    "mcp-session-id", "mcp-protocol-version", "mcp-method", "mcp-name",
})
"""Headers the MCP transport needs upstream: ``strip_headers`` may not list them."""

NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
"""Role, rule and masking profile names."""
HEADER_RE = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""An HTTP field name (RFC 9110 token)."""
TOKEN_RE = re.compile(r"[!#-\[\]-~]+")
"""An OAuth scope token or claim name: printable ASCII without space, quote or backslash."""
ENV_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_URL = r"^https?://[^\s#]+$"
_SECURE_URL = r"^(?:https://[^\s#]+|http://(?:127\.0\.0\.1|localhost|\[::1\])(?:[:/?][^\s#]*)?)$"


def _matching(regex: re.Pattern[str]) -> dict[str, str]:
    return {"type": "string", "pattern": f"^{regex.pattern}$"}


def _name(value: str) -> str | None:
    if NAME_RE.fullmatch(value) is None:
        return "must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit"
    return None


def _token(value: str) -> str | None:
    if TOKEN_RE.fullmatch(value) is None:
        return "must be non-empty printable ASCII without spaces, quotes or backslashes"
    return None


def _url(*, secure: bool) -> Callable[[str], str | None]:
    """A check for an absolute http(s) URL without a fragment; ``secure``: plain http on loopback only."""

    def check(value: str) -> str | None:
        if not value or any(c.isspace() for c in value):
            return "must be a URL without spaces"
        try:
            parts = urlsplit(value)
            host = parts.hostname
            _ = parts.port
        except ValueError:
            return "is not a valid URL"
        if parts.scheme not in ("https", "http") or not host:
            return "must be an absolute https:// URL"
        if parts.fragment or value.endswith("#"):
            return "must not have a #fragment"
        if secure and parts.scheme == "http" and host not in LOOPBACK_HOSTS:
            return "must use https (plain http is accepted only for 127.0.0.1, localhost and [::1])"
        return None

    return check


def _algorithm(value: str) -> str | None:
    if value.lower() == "none":
        return "'none' means unsigned tokens and is never accepted"
    if value.upper().startswith("HS"):
        return (f"{value!r} is symmetric (a shared secret): whoever can verify such tokens can mint them; "
                "use an asymmetric algorithm")
    if value not in SIGNING_ALGORITHMS:
        return f"unknown algorithm {value[:40]!r} (supported: {', '.join(SIGNING_ALGORITHMS)})"
    return None


def _env_name(value: str) -> str | None:
    return None if ENV_NAME_RE.fullmatch(value) else "must be an environment variable name"


def _header(value: str) -> str | None:
    if HEADER_RE.fullmatch(value) is None:
        return "must be an HTTP header name"
    if value.lower() in TRANSPORT_HEADERS:
        return f"{value.lower()} is needed by the MCP transport and cannot be stripped"
    return None


TRIMMED = Text(non_empty, {"type": "string", "pattern": r"^\S(?:[\s\S]*\S)?$"})
"""Any text, not empty and not padded with whitespace: group names, file paths, argument names."""
NAME = Text(_name, _matching(NAME_RE))
TOKEN = Text(_token, _matching(TOKEN_RE))
HEADER = Text(_header, _matching(HEADER_RE))
ENV_NAME = Text(_env_name, _matching(ENV_NAME_RE))
URL = Text(_url(secure=False), {"type": "string", "pattern": _URL})
SECURE_URL = Text(_url(secure=True), {"type": "string", "pattern": _SECURE_URL})
"""An https URL, or a plain http one on a loopback host."""
ALGORITHM = Text(_algorithm, {"enum": list(SIGNING_ALGORITHMS)})
PATTERN = Text(
    pattern_problem,
    {"type": "string", "minLength": 1, "pattern": r"^(?:[^\s*](?:[^*]*[^\s*])?)?\*?$",
     "description": "An exact name or URI, or a prefix followed by a single trailing *."},
    ref="pattern",
)
"""A grant pattern (``grants.py``): an exact name or URI, or a prefix and one trailing ``*``."""
