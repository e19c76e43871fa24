"""The gateway's public MCP URL: the one value that is the `aud` tokens are checked against, the `resource` of
the RFC 9728 metadata document, and the base of the `resource_metadata` URL in every 401 challenge.

Three places may say it, strongest first: `--public-url` (what clients use when a proxy, an ingress or a
Service stands in front), the policy's `identity.audience`, and — for `chaperone run` only — the address it
serves, `http://LISTEN/mcp`. Two explicit settings that disagree are a contradiction the gateway refuses to
start with (and a policy reload that brings one is refused), since tokens would be checked against one URL
while clients are sent to the other. The served address never overrides an explicit setting: behind a proxy
it is not what clients use.
"""

from __future__ import annotations

import ipaddress
import string
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from extproc.envoy_config import Endpoint
from extproc.policy import Policy, PolicyError, Problem

DEFAULT_LISTEN = "127.0.0.1:10000"
"""Where `chaperone run` listens unless told otherwise."""
MCP_PATH = "/mcp"


def served_url(listen: Endpoint) -> str | None:
    """`http://HOST:PORT/mcp` for the address `chaperone run` listens on; None when that is no URL a client
    could use (every interface, a Unix socket): then only an explicit setting can say."""
    if listen.port is None or listen.host in ("0.0.0.0", "::"):
        return None
    host = listen.host
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None and literal.version == 6:
        host = f"[{host}]"
    return f"http://{host}:{listen.port}{MCP_PATH}"


def check_public_url(url: str) -> str:
    """`url` when it can be an audience and a metadata base (absolute http(s), a host, no query or fragment);
    ValueError saying what is wrong otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"--public-url must be an absolute http(s) URL of the MCP endpoint, got {url!r}")
    if parts.query or parts.fragment or "#" in url:
        raise ValueError(f"--public-url must have no query and no fragment, got {url!r}")
    if any(ch in string.whitespace for ch in url):
        raise ValueError(f"--public-url must not contain whitespace, got {url!r}")
    return url


def audience_resolver(public_url: str | None, served: str | None = None) -> Callable[[Policy], Policy]:
    """What finishes each loaded version of the policy: its `identity.audience` set to the public URL.

    `public_url` is explicit (`--public-url`): a policy audience that differs is refused. `served` is only a
    fallback (`chaperone run`'s own address), used when neither says anything. Nothing at all is refused too:
    without an audience no token could be checked for this gateway."""

    def resolve(policy: Policy) -> Policy:
        audience = policy.identity.audience
        if audience is not None and public_url is not None and audience != public_url:
            raise PolicyError([Problem(0, "identity.audience", (
                f"{audience} contradicts --public-url {public_url}: tokens are checked against the audience and "
                "the 401 challenge and metadata send clients to it; make them the same, or leave one out"))],
                policy.source)
        chosen = audience or public_url or served
        if chosen is None:
            raise PolicyError([Problem(0, "identity.audience", (
                "is required unless the gateway is given its public URL (--public-url; `chaperone run` uses the "
                "address it serves, unless that is every interface): it is the aud tokens must carry"))],
                policy.source)
        if chosen == audience:
            return policy
        return replace(policy, identity=replace(policy.identity, audience=chosen))

    return resolve
