"""The policy file's format, declared once: the parts of a policy as the gateway uses them, and their YAML keys.

Each dataclass is a section of the file and each field made by ``key`` is one of its keys: its kind (``kinds.py``,
``texts.py``), its default (none: required) and the description ``policy_schema()`` gives it. ``load.py`` reads
a file by these declarations and ``schema.py`` describes them, so a new key is one new field here. Rules between
keys are the sections' ``check`` functions, beside them. ``extproc/policy/demo.yaml`` is a complete example.

Relative file paths (``identity.jwks.file``, ``identity.dev_signing_key``) are resolved when the policy is loaded,
against the process's working directory (see ``load_policy``), and are held here as absolute paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from yaml.nodes import Node

from extproc.policy.durations import format_duration
from extproc.policy.kinds import (
    Boolean,
    Choice,
    Defs,
    Duration,
    FilePath,
    Integer,
    Listed,
    Named,
    Schema,
    Section,
    Texts,
    Values,
    key,
)
from extproc.policy.nodes import INVALID, Nodes, join
from extproc.policy.texts import (
    ALGORITHM,
    ENV_NAME,
    HEADER,
    NAME,
    PATTERN,
    SECURE_URL,
    TOKEN,
    TRIMMED,
    URL,
)

SUPPORTED_VERSION = 1
ALWAYS_STRIPPED = "authorization"
"""The caller's bearer token is never forwarded upstream, whatever ``upstream.strip_headers`` says."""
MINUTE, HOUR, DAY = 60, 3600, 86400


@dataclass(frozen=True, slots=True)
class JwksSource:
    """``identity.jwks``: where the keys that verify bearer tokens come from. Exactly one key is given."""

    file: Path | None = key(FilePath(TRIMMED), "A JWKS file; a relative path resolves against the working directory.",
                            default=None)
    url: str | None = key(SECURE_URL, "A JWKS URL: https (plain http only on loopback).", default=None)
    discovery: bool = key(
        Boolean(refuse_false="discovery: false is not a key source; use discovery: true, file or url"),
        "OIDC discovery: {issuer}/.well-known/openid-configuration.", default=False)
    """Then the ``jwks_uri`` that document names."""

    @property
    def kind(self) -> str:
        """``"file"``, ``"url"`` or ``"discovery"``."""
        if self.file is not None:
            return "file"
        return "url" if self.url is not None else "discovery"


@dataclass(frozen=True, slots=True)
class IdentityConfig:
    """``identity``: how callers are authenticated. Read by the identity (JWT) code; policy only validates it."""

    issuer: str = key(SECURE_URL, "The exact iss claim accepted: https (plain http only on loopback).")
    jwks: JwksSource = key(Section(JwksSource, one_of=("file", "url", "discovery")),
                           "Where the token-verification keys come from: exactly one of file, url, discovery.")
    algorithms: tuple[str, ...] = key(Texts(ALGORITHM, empty="must list at least one algorithm"),
                                      "JWS algorithms accepted; asymmetric only (never none or HS*).")
    """The JWS ``alg`` values accepted, from ``texts.SIGNING_ALGORITHMS``."""
    audience: str | None = key(
        URL, "This gateway's public MCP endpoint URL: the aud (RFC 8707 resource) tokens must carry. Leave it out to "
             "take the gateway's --public-url (`chaperone run`: else the address it serves).", default=None)
    """The RFC 8707 resource indicator; also the ``resource`` of the RFC 9728 metadata document. No fragment.
    Never None in a running gateway: ``extproc.public_url`` fills it in or refuses the policy."""
    groups_claim: str = key(TOKEN, "The claim holding the caller's IdP groups.", default="groups")
    """Roles match on the groups it holds."""
    leeway_seconds: int = key(Integer(0, 300), "Clock skew tolerated on exp/nbf/iat.", default=30)
    dev_signing_key: Path | None = key(
        FilePath(TRIMMED), "Local demos only: a PEM private key `chaperone token` signs with; the gateway trusts its "
                           "public key. Leave out in production.", default=None)
    """Without it no locally minted token can be valid."""

    @property
    def discovery_url(self) -> str:
        """The OpenID Connect discovery document of ``issuer``."""
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"


@dataclass(frozen=True, slots=True)
class ResourceMetadata:
    """``resource_metadata`` (optional): the RFC 9728 document at ``/.well-known/oauth-protected-resource``."""

    authorization_servers: tuple[str, ...] = key(
        Texts(SECURE_URL, empty="must list at least one authorization server (or leave the key out)"),
        "Issuer URLs of the authorization servers clients get tokens from. Default: [identity.issuer].", default=())
    """Never empty once loaded: ``load.py`` fills in the default."""
    scopes_supported: tuple[str, ...] = key(Texts(TOKEN), "OAuth scopes clients should request.", default=())
    """Empty: the document leaves them out."""
    resource_documentation: str | None = key(URL, "A human-readable page about this MCP server.", default=None)


@dataclass(frozen=True, slots=True)
class UpstreamCredential:
    """``upstream.credential``: the credential Envoy injects on every forwarded request (never the caller's).

    The secret holds the complete header value (e.g. ``Bearer s3cr3t``). Envoy reads it itself (credential
    injector filter, SDS): a file is re-read when its directory changes, as a mounted Kubernetes secret does
    on rotation. Chaperone reads it too, only to scrub it from responses that echo it.
    """

    header: str = key(HEADER, "The request header that carries it, e.g. authorization or x-api-key.", into=str.lower)
    """Held lower-cased."""
    file: Path | None = key(FilePath(TRIMMED), "A file holding the header value (a mounted secret).", default=None)
    env: str | None = key(ENV_NAME, "An environment variable holding the header value (read by Envoy and Chaperone).",
                          default=None)


def _stripped(headers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({ALWAYS_STRIPPED, *(h.lower() for h in headers)}))


@dataclass(frozen=True, slots=True)
class UpstreamConfig:
    """``upstream`` (optional): what the gateway changes on requests it forwards."""

    strip_headers: tuple[str, ...] = key(
        Texts(HEADER), "Caller headers never forwarded (authorization always is); not the MCP transport's own headers "
                       "(content-type, mcp-session-id...).", default=(ALWAYS_STRIPPED,), into=_stripped)
    """Matched case-insensitively; held lower-cased, sorted, always including ``authorization``."""
    credential: UpstreamCredential | None = key(
        Section(UpstreamCredential, one_of=("file", "env")),
        "The credential Envoy injects upstream: the header, and where its full value is.", default=None)
    """Absent, nothing is injected."""


def _granted(kind: str) -> str:
    return f"{kind} granted: exact, or a prefix ending in a single *; a lone * grants all. Case-sensitive."


@dataclass(frozen=True, slots=True)
class Role:
    """``roles.NAME``: what holders of any of ``groups`` may use. Roles only grant; nothing is allowed otherwise.

    Patterns in ``tools`` / ``prompts`` (names) and ``resources`` (URIs) are matched case-sensitively, exactly,
    or by prefix when they end in a single ``*``; a lone ``*`` grants every one. A prefix resource pattern
    never covers a URI with a ``.`` or ``..`` segment (``ehr://patients/../admin``).
    """

    name: str
    """The key under ``roles``: letters, digits, ``_ . -``; shown in decisions and audit records."""
    groups: frozenset[str] = key(Texts(TRIMMED, empty="a role needs at least one group"),
                                 "IdP groups that hold this role.", into=frozenset)
    """As ``identity.groups_claim`` carries them."""
    tools: tuple[str, ...] = key(Texts(PATTERN), _granted("Tool names"), default=())
    """What ``tools/call`` may invoke."""
    resources: tuple[str, ...] = key(Texts(PATTERN), _granted("Resource URIs"), default=())
    """What ``resources/read`` / ``subscribe`` / ``unsubscribe`` may name."""
    prompts: tuple[str, ...] = key(Texts(PATTERN), _granted("Prompt names"), default=())
    """What ``prompts/get`` may fetch."""
    masking: str | None = key(NAME.or_null(), "Masking profile for what this role is given (first granting role wins).",
                              default=None)
    """When several of a caller's roles grant a call, the first of them in file order decides the profile."""


Scalar = str | int | float | bool | None
"""A value a condition compares with: what a JSON scalar decodes to."""

NUMERIC_OPERATORS: tuple[str, ...] = ("gt", "ge", "lt", "le")
OPERATORS: tuple[str, ...] = (*NUMERIC_OPERATORS, "eq", "ne", "in")


@dataclass(frozen=True, slots=True)
class Condition:
    """``approvals[i].when.ARGUMENT: {OPERATOR: VALUE}``: one comparison on one top-level argument of the call.

    ``gt ge lt le`` compare numbers; ``eq ne`` any scalar (string, number, boolean, null); ``in`` a non-empty
    list of scalars. ``eq`` and ``in`` compare strings ignoring case, Unicode compatibility forms and outer
    spaces, ``ne`` exactly: either way the doubt makes the condition hold. Integers and decimals are both numbers.

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


class Comparison:
    """The kind of ``when.ARGUMENT``: a mapping of exactly one operator to its operand, read into a ``Condition``.

    Not a ``Section``: its one key names the operator, and what the operand may be depends on it.
    """

    def read(self, nodes: Nodes, node: Node, path: str, argument: str) -> Condition | Any:
        m = nodes.mapping(node, path, OPERATORS)
        if m is None:
            return INVALID
        if len(m) != 1:
            if m or not node.value:  # (a block of only unknown operators has had each of them reported)
                given = f" (given: {', '.join(m)})" if m else ""
                nodes.add(node, path, f"needs exactly one comparison, one of {', '.join(OPERATORS)}{given}")
            return INVALID
        ((operator, operand),) = m.items()
        sub = join(path, operator)
        value: object
        if operator in NUMERIC_OPERATORS:
            value = nodes.number(operand, sub)
            value = INVALID if value is None else value
        elif operator == "in":
            value = self._scalars(nodes, operand, sub)
        else:
            value = nodes.scalar(operand, sub)
        if value is INVALID:
            return INVALID
        return Condition(argument, operator, cast(Scalar | tuple[Scalar, ...], value))

    @staticmethod
    def _scalars(nodes: Nodes, node: Node, path: str) -> object:
        items = nodes.sequence(node, path)
        if items is None:
            return INVALID
        if not items:
            nodes.add(node, path, "must list at least one value (an empty list never matches)")
            return INVALID
        values = [nodes.scalar(item, f"{path}[{i}]") for i, item in enumerate(items)]
        return INVALID if any(v is INVALID for v in values) else tuple(values)

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        scalar = {"type": ["string", "number", "boolean", "null"]}
        return {
            "type": "object",
            "additionalProperties": False,
            "minProperties": 1,
            "maxProperties": 1,
            "description": "Exactly one comparison. An absent argument, or one of another type, counts as holding "
                           "(fail closed: the call needs approval).",
            "properties": {
                **{op: {"type": "number"} for op in NUMERIC_OPERATORS},
                "eq": scalar,
                "ne": scalar,
                "in": {"type": "array", "items": scalar, "minItems": 1},
            },
        }


@dataclass(frozen=True, slots=True)
class BreakGlass:
    """``approvals[i].break_glass`` (optional; absent, there is no break-glass for the rule).

    Members of ``groups`` may skip the wait by stating a reason (always required): the call proceeds at once
    under a short grant, a notification goes out, and the use waits on a list for review after the fact.
    """

    groups: frozenset[str] = key(Texts(TRIMMED, empty="break-glass needs at least one group"),
                                 "IdP groups that may use break-glass.", into=frozenset)
    grant_seconds: int = key(Duration(MINUTE, HOUR), "How long a break-glass grant lasts (default 5m, 1m..1h).",
                             name="grant_ttl", default=300)
    per_hour: int = key(Integer(1, 20), "Uses per caller per hour.", default=3)
    """Counted over a rolling hour."""


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

    name: str = key(NAME, "Unique among the rules.")
    """Approvals and audit records name it."""
    tools: tuple[str, ...] = key(Texts(PATTERN, empty="a rule needs at least one tool pattern"),
                                 "Tool name patterns, as in roles.")
    when: tuple[Condition, ...] = key(
        Named(Comparison(), TRIMMED, noun="argument", attr="argument",
              empty="must name at least one argument (or leave when out)"),
        "Argument name → one comparison; every one must hold for the rule to apply.", default=(), kw_only=True)
    """Absent, the rule applies to every call of its tools; see ``Condition`` for what holds. (Keyword-only: a key
    with a default, kept in its place in the file's order.)"""
    approvers: frozenset[str] = key(Texts(TRIMMED, empty="a rule needs at least one approver group"),
                                    "IdP groups whose members may approve.", into=frozenset)
    """The requester never may."""
    approvals_required: int = key(Integer(1, 5), "Distinct approvers needed.", default=1)
    reason_required: bool = key(Choice({"required": True, "optional": False}),
                                "Whether the caller must state a reason.", name="reason", default=False)
    request_ttl_seconds: int = key(Duration(MINUTE, 7 * DAY),
                                   "How long a request may wait for a decision (default 1h, 1m..7d).",
                                   name="request_ttl", default=HOUR)
    """Then the request expires."""
    grant_ttl_seconds: int = key(Duration(MINUTE, 30 * DAY),
                                 "How long an approval lasts by default (default 15m, 1m..30d).",
                                 name="grant_ttl", default=15 * MINUTE)
    """Unless the reviewer says otherwise."""
    max_grant_ttl_seconds: int = key(Duration(MINUTE, 30 * DAY),
                                     "The longest approval a reviewer may give (default grant_ttl; up to 30d).",
                                     name="max_grant_ttl", default=15 * MINUTE)
    """At least ``grant_ttl`` (``_check_clocks``)."""
    hold_seconds: int = key(Duration(0, 840), "How long the HTTP request is held waiting (default 60s, 0s..840s).",
                            name="hold", default=MINUTE)
    """At most ``request_ttl``. 840s stays under Envoy's 900 s ``max_message_timeout``; ``0s`` answers "pending"
    at once."""
    one_time: bool = key(Boolean(), "true: consumed by one call; false: a grant covering the same call until it ends.",
                         default=True)
    """true: an approval is consumed by the one call it was asked for; false: it is a grant covering the same call
    (caller, tool, arguments) until it ends or is revoked."""
    break_glass: BreakGlass | None = key(
        Section(BreakGlass), "Who may proceed at once with a stated reason; short, rate-limited, reviewed after.",
        default=None)


def _check_clocks(nodes: Nodes, path: str, m: dict[str, Node], values: Values) -> None:
    """``max_grant_ttl`` defaults to ``grant_ttl`` and may not be shorter; ``hold`` may not outlast ``request_ttl``."""
    if "max_grant_ttl" not in m and "grant_ttl" in values:
        values["max_grant_ttl"] = values["grant_ttl"]
    grant, max_grant = values.get("grant_ttl"), values.get("max_grant_ttl")
    if grant is not None and max_grant is not None and max_grant < grant:
        nodes.add(m["max_grant_ttl"], join(path, "max_grant_ttl"),
                  f"must be at least grant_ttl ({format_duration(grant)}): a reviewer must be able to give the default")
    hold, request = values.get("hold"), values.get("request_ttl")
    if hold is not None and request is not None and hold > request:
        nodes.add(m["hold"], join(path, "hold"),
                  f"must not exceed request_ttl ({format_duration(request)}): a request cannot be waited on after it "
                  "expires")


class Version:
    """The kind of ``version``: an integer, and the one this code reads."""

    def read(self, nodes: Nodes, node: Node, path: str) -> int | Any:
        value = nodes.integer(node, path, -(2**31), 2**31)
        if value is not None and value != SUPPORTED_VERSION:
            nodes.add(node, path, f"unsupported version {value}: this Chaperone reads version {SUPPORTED_VERSION}")
            return INVALID
        return INVALID if value is None else value

    def schema(self, description: str, default: Any, defs: Defs) -> Schema:
        return {"const": SUPPORTED_VERSION, "description": description}


@dataclass(frozen=True, slots=True, kw_only=True)
class PolicyFile:
    """The top level of a policy file, as read; ``load.py`` makes the ``Policy`` of it."""

    version: int = key(Version(), "The policy format version.")
    identity: IdentityConfig = key(Section(IdentityConfig), "How callers are authenticated (OAuth 2.1 bearer JWTs).")
    resource_metadata: ResourceMetadata = key(
        Section(ResourceMetadata),
        "The RFC 9728 document at /.well-known/oauth-protected-resource (resource = audience).",
        default=ResourceMetadata())
    upstream: UpstreamConfig = key(Section(UpstreamConfig), "What the gateway changes on forwarded requests.",
                                   default=UpstreamConfig())
    roles: tuple[Role, ...] = key(
        Named(Section(Role, ref="role",
                      doc="What holders of any of the groups may use. Roles only grant; the rest is denied."),
              NAME, noun="role", attr="name"),
        "Role name → role. A caller holds every role whose groups include one of theirs.")
    approvals: tuple[ApprovalRule, ...] = key(
        Listed(Section(ApprovalRule, ref="approval", check=_check_clocks,
                       doc="Calls a role allows that must wait for approval; the first rule that applies wins."),
               unique="name", noun="rule"),
        "Approval rules, in order: the first that covers the tool and whose conditions hold applies.", default=())


POLICY_FILE = Section(
    PolicyFile, doc="Who may use which MCP tools, prompts and resources behind the gateway. Deny by default.")
"""The whole file: what ``load.py`` reads and ``schema.py`` describes."""
