"""Which browser origins may call the gateway: the MCP transport's defence against DNS rebinding.

Envoy rewrites `Host` to the upstream's, so an MCP server's own Origin/Host check no longer sees what the
browser sent: the gateway is the server's front door and checks `Origin` itself (the MCP spec's MUST for
servers). A request without `Origin` is not from a browser page (an SDK, curl) and passes on to
authentication; one whose `Origin` is not allowed gets 403 and reaches nothing. Allowed are the gateway's own
origin (that of its public URL, for `chaperone run` also `localhost`, `127.0.0.1` and `[::1]` on its loopback
port) and those the operator lists (`--allowed-origin`). Origins compare as RFC 6454 serialises them: scheme
and host lower-cased, the scheme's default port left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_ORIGIN = re.compile(r"(https?)://([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]{2,45}\])(?::([0-9]{1,5}))?",
                     re.IGNORECASE)
_DEFAULT_PORT = {"http": 80, "https": 443}


def normalize(origin: str) -> str | None:
    """`origin` serialised as browsers send it (`scheme://host[:port]`), or None when it is not one: `null`,
    a path, user info, several values joined by commas and anything else are no origin this gateway allows."""
    match = _ORIGIN.fullmatch(origin)
    if match is None:
        return None
    scheme, host, port = match.group(1).lower(), match.group(2).lower(), match.group(3)
    if port is None:
        return f"{scheme}://{host}"
    number = int(port)
    if not 0 < number < 65536:
        return None
    return f"{scheme}://{host}" if number == _DEFAULT_PORT[scheme] else f"{scheme}://{host}:{number}"


def origin_of(url: str) -> str | None:
    """The origin of an http(s) URL (the gateway's public URL), or None when it has none."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        return None
    host = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        return None
    return normalize(f"{parts.scheme}://{host}" + (f":{port}" if port is not None else ""))


def loopback_origins(port: int) -> frozenset[str]:
    """The names a browser on this machine may use for a gateway listening on loopback `port`."""
    return frozenset(f"http://{host}:{port}" for host in ("127.0.0.1", "localhost", "[::1]"))


def parse_allowed(entries: Iterable[str]) -> frozenset[str]:
    """Operator-given origins, normalised; ValueError naming the first that is not an origin."""
    allowed = set()
    for entry in entries:
        origin = normalize(entry)
        if origin is None:
            raise ValueError(f"--allowed-origin {entry!r} is not an origin: scheme://host[:port], e.g. "
                             "https://app.example.org (no path, no trailing slash)")
        allowed.add(origin)
    return frozenset(allowed)


def refusal(origin: str | None, allowed: frozenset[str]) -> str | None:
    """Why a request with this `Origin` header is refused, or None when it may go on."""
    if origin is None:
        return None
    normal = normalize(origin)
    if normal is not None and normal in allowed:
        return None
    shown = f"Origin {normal}" if normal is not None else "a malformed Origin header"
    return (f"{shown} is not allowed to call this gateway (DNS-rebinding protection); the gateway's operator may "
            "allow a browser origin with --allowed-origin")
