"""The parts of a policy file, as the gateway uses them once the file has been validated.

Each class documents its YAML keys; ``extproc/policy/demo.yaml`` is a complete example. Relative file paths
(``identity.jwks.file``, ``identity.dev_signing_key``) are resolved when the policy is loaded, against the
process's working directory (see ``load_policy``), and are held here as absolute paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SIGNING_ALGORITHMS: tuple[str, ...] = (
    "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA",
)
"""JWS algorithms ``identity.algorithms`` may list: asymmetric only. ``none`` and every ``HS*`` are refused:
with a symmetric algorithm whoever can verify a token can also mint one."""

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
"""Hosts for which a plain-http issuer, JWKS URL or authorization server is accepted (local development)."""

ALWAYS_STRIPPED = "authorization"
"""The caller's bearer token is never forwarded upstream, whatever ``upstream.strip_headers`` says."""


@dataclass(frozen=True, slots=True)
class JwksSource:
    """``identity.jwks``: where the keys that verify bearer tokens come from. Exactly one key is given."""

    file: Path | None = None
    """``file: PATH`` — a JWKS JSON document on disk (relative paths: see the module docstring)."""
    url: str | None = None
    """``url: URL`` — fetch the JWKS from this https URL (plain http only on loopback)."""
    discovery: bool = False
    """``discovery: true`` — OIDC discovery: ``{issuer}/.well-known/openid-configuration``, then its ``jwks_uri``."""

    @property
    def kind(self) -> str:
        """``"file"``, ``"url"`` or ``"discovery"``."""
        if self.file is not None:
            return "file"
        return "url" if self.url is not None else "discovery"


@dataclass(frozen=True, slots=True)
class IdentityConfig:
    """``identity``: how callers are authenticated. Read by the identity (JWT) code; policy only validates it."""

    issuer: str
    """``issuer`` (required) — the exact ``iss`` claim accepted: an https URL (plain http only on loopback)."""
    audience: str
    """``audience`` (required) — this gateway's MCP endpoint URL, the RFC 8707 resource indicator tokens must
    carry in ``aud``; also the ``resource`` of the RFC 9728 metadata document. No fragment."""
    jwks: JwksSource
    """``jwks`` (required) — see ``JwksSource``."""
    algorithms: tuple[str, ...]
    """``algorithms`` (required, non-empty) — the JWS ``alg`` values accepted, from ``SIGNING_ALGORITHMS``."""
    groups_claim: str = "groups"
    """``groups_claim`` (default ``groups``) — the claim holding the caller's IdP groups, which roles match on."""
    leeway_seconds: int = 30
    """``leeway_seconds`` (default 30, 0..300) — clock skew tolerated on ``exp`` / ``nbf`` / ``iat``."""
    dev_signing_key: Path | None = None
    """``dev_signing_key`` (optional, local demos only) — a PEM private key: ``chaperone token`` mints test
    tokens with it and the gateway also trusts its public key. Leave it out in production: without it no
    locally minted token can be valid."""

    @property
    def discovery_url(self) -> str:
        """The OpenID Connect discovery document of ``issuer``."""
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"


@dataclass(frozen=True, slots=True)
class ResourceMetadata:
    """``resource_metadata`` (optional): the RFC 9728 document at ``/.well-known/oauth-protected-resource``."""

    authorization_servers: tuple[str, ...]
    """``authorization_servers`` (default: ``[identity.issuer]``) — issuer URLs of the servers clients get tokens
    from."""
    scopes_supported: tuple[str, ...] = ()
    """``scopes_supported`` (default: omitted) — OAuth scopes clients should request."""
    resource_documentation: str | None = None
    """``resource_documentation`` (optional) — a human-readable page about this MCP server."""


@dataclass(frozen=True, slots=True)
class UpstreamCredential:
    """``upstream.credential``: the credential Envoy injects on every forwarded request (never the caller's).

    The secret holds the complete header value (e.g. ``Bearer s3cr3t``). Envoy reads it itself (credential
    injector filter, SDS): a file is re-read when its directory changes, as a mounted Kubernetes secret does
    on rotation. Chaperone reads it too, only to scrub it from responses that echo it.
    """

    header: str
    """``header`` (required) — the request header that carries it, e.g. ``authorization`` or ``x-api-key``."""
    file: Path | None = None
    """``file: PATH`` — a file holding the header value (a mounted secret). Exactly one of file / env."""
    env: str | None = None
    """``env: NAME`` — an environment variable holding the header value (read by Envoy and Chaperone)."""


@dataclass(frozen=True, slots=True)
class UpstreamConfig:
    """``upstream`` (optional): what the gateway changes on requests it forwards."""

    strip_headers: tuple[str, ...] = (ALWAYS_STRIPPED,)
    """``strip_headers`` (default ``[]``) — caller headers never forwarded, matched case-insensitively. Held
    here lower-cased, sorted, always including ``authorization``. Headers the MCP transport needs
    (``content-type``, ``mcp-session-id``...) cannot be listed."""
    credential: UpstreamCredential | None = None
    """``credential`` (optional) — see ``UpstreamCredential``; absent, nothing is injected."""


@dataclass(frozen=True, slots=True)
class Role:
    """``roles.NAME``: what holders of any of ``groups`` may use. Roles only grant; nothing is allowed otherwise.

    Patterns in ``tools`` / ``prompts`` (names) and ``resources`` (URIs) are matched case-sensitively, exactly,
    or by prefix when they end in a single ``*``; a lone ``*`` grants every one. A prefix resource pattern
    never covers a URI with a ``.`` or ``..`` segment (``ehr://patients/../admin``).
    """

    name: str
    """The key under ``roles``: letters, digits, ``_ . -``; shown in decisions and audit records."""
    groups: frozenset[str]
    """``groups`` (required, non-empty) — IdP group names (from ``identity.groups_claim``) that hold this role."""
    tools: tuple[str, ...] = ()
    """``tools`` (default ``[]``) — tool name patterns ``tools/call`` may invoke."""
    resources: tuple[str, ...] = ()
    """``resources`` (default ``[]``) — resource URI patterns for ``resources/read`` / ``subscribe`` /
    ``unsubscribe``."""
    prompts: tuple[str, ...] = ()
    """``prompts`` (default ``[]``) — prompt name patterns ``prompts/get`` may fetch."""
    masking: str | None = None
    """``masking`` (default null) — name of the masking profile applied to what this role is given. When several
    of a caller's roles grant a call, the first of them in file order decides the profile."""


Scalar = str | int | float | bool | None
"""A value a condition compares with: what a JSON scalar decodes to."""

NUMERIC_OPERATORS: tuple[str, ...] = ("gt", "ge", "lt", "le")
OPERATORS: tuple[str, ...] = (*NUMERIC_OPERATORS, "eq", "ne", "in")


@dataclass(frozen=True, slots=True)
class Condition:
    """``approvals[i].when.ARGUMENT: {OPERATOR: VALUE}``: one comparison on one top-level argument of the call.

    ``gt ge lt le`` compare numbers; ``eq ne`` any scalar (string, number, boolean, null); ``in`` a non-empty
    list of scalars. Strings compare exactly (case-sensitive); integers and decimals are both numbers.

    Fail closed: a condition whose argument is absent from the call, or whose value is not of the type the
    comparison is written with (not a number for ``gt``..``le``; for ``eq ne in``, not of the type of the
    value or of any listed value), counts as HOLDING, so the call needs approval. The gateway cannot know
    what the server makes of such a call: an absent argument takes a default the gateway never sees, and
    servers coerce types (pydantic reads ``"500"`` as 500 and ``true`` as 1), so "not comparable" must
    never mean "not risky".
    """

    argument: str
    """The key under ``when``: the name of a top-level key of ``params.arguments`` (non-empty; dots are literal)."""
    operator: str
    """One of ``OPERATORS``: the only key of the comparison mapping."""
    value: Scalar | tuple[Scalar, ...]
    """The operand: a finite number for ``gt ge lt le``, a scalar for ``eq ne``, a tuple of scalars for ``in``."""


@dataclass(frozen=True, slots=True)
class BreakGlass:
    """``approvals[i].break_glass`` (optional; absent, there is no break-glass for the rule).

    Members of ``groups`` may skip the wait by stating a reason (always required): the call proceeds at once
    under a short grant, a notification goes out, and the use waits on a list for review after the fact.
    """

    groups: frozenset[str]
    """``groups`` (required, non-empty) — IdP groups whose members may use break-glass for this rule."""
    grant_seconds: int = 300
    """``grant_ttl`` (default ``5m``, 1m..1h) — how long a break-glass grant lasts."""
    per_hour: int = 3
    """``per_hour`` (default 3, 1..20) — break-glass uses allowed per caller per hour (rolling)."""


@dataclass(frozen=True, slots=True)
class ApprovalRule:
    """``approvals[i]``: which allowed calls must wait for a reviewer, who reviews them, and the three clocks.

    ``approvals`` is a list; a ``tools/call`` needs approval under the first rule in file order whose ``tools``
    cover the tool and whose ``when`` conditions all hold (see ``approvals.py``). A rule never widens the
    policy: it applies only to calls a role already grants, and denied calls stay denied. Durations are a whole
    number and one of ``s m h d`` (``90s``, ``15m``, ``1h``, ``7d``); they are held here in seconds.

    The clocks are kept apart: ``request_ttl`` bounds how long a request waits for a decision, ``grant_ttl`` /
    ``max_grant_ttl`` how long an approval covers the call once given, ``hold`` how long the caller's HTTP
    request is kept open meanwhile (after it the caller gets a "pending" error and retries later).
    """

    name: str
    """``name`` (required) — 1-64 letters, digits, ``_ . -``, unique among the rules; approvals and audit
    records name it."""
    tools: tuple[str, ...]
    """``tools`` (required, non-empty) — tool name patterns, the syntax of ``Role.tools``."""
    approvers: frozenset[str]
    """``approvers`` (required, non-empty) — IdP groups whose members may approve; the requester never may."""
    when: tuple[Condition, ...] = ()
    """``when`` (optional, argument name → one comparison) — every condition must hold for the rule to apply;
    absent, the rule applies to every call of its tools. See ``Condition`` for what holds."""
    approvals_required: int = 1
    """``approvals_required`` (default 1, 1..5) — distinct approvers needed."""
    reason_required: bool = False
    """``reason`` (``required`` | ``optional``, default ``optional``) — whether the caller must state why."""
    request_ttl_seconds: int = 3600
    """``request_ttl`` (default ``1h``, 1m..7d) — how long a request may wait for a decision; then it expires."""
    grant_ttl_seconds: int = 900
    """``grant_ttl`` (default ``15m``, 1m..30d) — how long an approval lasts unless the reviewer says otherwise."""
    max_grant_ttl_seconds: int = 900
    """``max_grant_ttl`` (default: ``grant_ttl``; at least ``grant_ttl``, at most 30d) — the longest approval a
    reviewer may give."""
    hold_seconds: int = 60
    """``hold`` (default ``60s``, 0s..840s, at most ``request_ttl``) — how long the caller's HTTP request is held
    waiting for the decision. 840s stays under Envoy's 900 s ``max_message_timeout``; ``0s`` answers "pending"
    at once."""
    one_time: bool = True
    """``one_time`` (default true) — true: an approval is consumed by the one call it was asked for; false: it
    is a grant covering the same call (caller, tool, arguments) until it ends or is revoked."""
    break_glass: BreakGlass | None = None
    """``break_glass`` (optional) — see ``BreakGlass``."""
