"""Reading a policy file: safe YAML, every problem reported with its line, or a ``Policy``.

The file is composed into a YAML node tree (``yaml.compose`` with the safe loader, never ``yaml.load``) and
validated node by node, so each problem carries the line it is on and duplicate keys — which ``safe_load``
silently resolves to the last one — are caught. Anchors may be declared but aliases (``*name``) are refused:
they are not needed in a policy and would let a small file expand into a huge one.

Relative paths (``identity.jwks.file``, ``identity.dev_signing_key``) resolve against the process's working
directory, like a path given on the command line and like Envoy's own file paths. Kubernetes deployments use
absolute paths of mounted volumes; ``make run`` starts from the repository root, where ``.run/`` is.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar, cast
from urllib.parse import urlsplit

import yaml
from yaml.composer import ComposerError
from yaml.nodes import Node

from extproc.policy.decide import Policy
from extproc.policy.durations import format_duration
from extproc.policy.errors import PolicyError, Problem
from extproc.policy.grants import pattern_problem
from extproc.policy.model import (
    ALWAYS_STRIPPED,
    LOOPBACK_HOSTS,
    NUMERIC_OPERATORS,
    OPERATORS,
    SIGNING_ALGORITHMS,
    ApprovalRule,
    BreakGlass,
    Condition,
    IdentityConfig,
    JwksSource,
    ResourceMetadata,
    Role,
    Scalar,
    UpstreamConfig,
    UpstreamCredential,
)
from extproc.policy.nodes import INVALID, Nodes, is_null, join, non_empty

MAX_POLICY_BYTES = 1024 * 1024
MAX_DEPTH = 16
"""Nesting levels of YAML collections; a policy uses six (the composer recurses per level)."""
SUPPORTED_VERSION = 1
LEEWAY = (0, 300)

TOP_KEYS = ("version", "identity", "resource_metadata", "upstream", "roles", "approvals")
IDENTITY_KEYS = ("issuer", "audience", "jwks", "algorithms", "groups_claim", "leeway_seconds", "dev_signing_key")
JWKS_KEYS = ("file", "url", "discovery")
METADATA_KEYS = ("authorization_servers", "scopes_supported", "resource_documentation")
UPSTREAM_KEYS = ("strip_headers", "credential")
CREDENTIAL_KEYS = ("header", "file", "env")
ROLE_KEYS = ("groups", "tools", "resources", "prompts", "masking")
APPROVAL_KEYS = ("name", "tools", "when", "approvers", "approvals_required", "reason", "request_ttl", "grant_ttl",
                 "max_grant_ttl", "hold", "one_time", "break_glass")
BREAK_GLASS_KEYS = ("groups", "grant_ttl", "per_hour")
REASONS = ("required", "optional")

APPROVALS_REQUIRED = (1, 5)
REQUEST_TTL = (60, 7 * 86400)
GRANT_TTL = (60, 30 * 86400)
HOLD = (0, 840)
"""Envoy's ``max_message_timeout`` is 900 s: a hold stays a minute under it."""
BREAK_GLASS_TTL = (60, 3600)
BREAK_GLASS_PER_HOUR = (1, 20)

NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
"""Role and masking profile names."""
HEADER_RE = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""An HTTP field name (RFC 9110 token)."""
TOKEN_RE = re.compile(r"[!#-\[\]-~]+")
"""An OAuth scope token or claim name: printable ASCII without space, quote or backslash."""

TRANSPORT_HEADERS = frozenset({
    "host", "content-type", "content-length", "accept", "transfer-encoding", "last-event-id",
    "mcp-session-id", "mcp-protocol-version", "mcp-method", "mcp-name",
})
"""Headers the MCP transport needs upstream: ``strip_headers`` may not list them."""
T = TypeVar("T")

class _Loader(yaml.SafeLoader):
    """The safe loader, refusing aliases before they can be expanded and nesting deeper than a policy needs."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: object) -> Node | None:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise ComposerError(None, None, "YAML aliases (*name) are not allowed in a policy", mark)
        if self._depth >= MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


def _name(value: str) -> str | None:
    if NAME_RE.fullmatch(value) is None:
        return "must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit"
    return None


def _role_name(value: str) -> str | None:
    problem = _name(value)
    return None if problem is None else f"role name {problem}"


def _argument_name(value: str) -> str | None:
    problem = non_empty(value)
    return None if problem is None else f"argument name {problem}"


def _reason(value: str) -> str | None:
    return None if value in REASONS else "must be required or optional"


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
    return None if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value) else "must be an environment variable name"


def _header(value: str) -> str | None:
    if HEADER_RE.fullmatch(value) is None:
        return "must be an HTTP header name"
    if value.lower() in TRANSPORT_HEADERS:
        return f"{value.lower()} is needed by the MCP transport and cannot be stripped"
    return None


class _Reader:
    """Turns the node tree into the model; problems accumulate in ``check``.

    Every part is read even after a problem, so all problems are found; a reader returns None for a part it
    cannot build, and no ``Policy`` is built once any problem has been recorded.
    """

    def __init__(self, base_dir: Path) -> None:
        self.check = Nodes()
        self.base_dir = base_dir

    @staticmethod
    def field(m: dict[str, Node], path: str, key: str, read: Callable[[Node, str], T | None], default: T) -> T | None:
        """``read`` of the value of ``key``; ``default`` when the key is absent."""
        return read(m[key], join(path, key)) if key in m else default

    def file_path(self, node: Node, path: str) -> Path | None:
        value = self.check.string(node, path)
        if value is None:
            return None
        return self.base_dir / value  # an absolute value replaces base_dir

    def policy(self, root: Node, source: str, digest: str) -> Policy | None:
        top = self.check.mapping(root, "", TOP_KEYS, required=("version", "identity", "roles"))
        if top is None:
            return None
        self.field(top, "", "version", self.version, None)
        identity = self.field(top, "", "identity", self.identity, None)
        metadata = self.field(top, "", "resource_metadata", self.metadata, ResourceMetadata(()))
        upstream = self.field(top, "", "upstream", self.upstream, UpstreamConfig())
        roles = self.field(top, "", "roles", self.roles, None)
        approvals = self.field(top, "", "approvals", self.approvals, ())
        if (self.check.problems or identity is None or metadata is None or upstream is None or roles is None
                or approvals is None):
            return None
        if not metadata.authorization_servers:  # the default: the issuer is the authorization server
            metadata = dataclasses.replace(metadata, authorization_servers=(identity.issuer,))
        return Policy(identity=identity, resource_metadata=metadata, upstream=upstream, roles=roles, source=source,
                      version=SUPPORTED_VERSION, approvals=approvals, digest=digest)

    def version(self, node: Node, path: str) -> None:
        value = self.check.integer(node, path, -(2**31), 2**31)
        if value is not None and value != SUPPORTED_VERSION:
            self.check.add(node, path, f"unsupported version {value}: this Chaperone reads version {SUPPORTED_VERSION}")

    def identity(self, node: Node, path: str) -> IdentityConfig | None:
        c = self.check
        m = c.mapping(node, path, IDENTITY_KEYS, required=("issuer", "audience", "jwks", "algorithms"))
        if m is None:
            return None
        issuer = self.field(m, path, "issuer", partial(c.string, check=_url(secure=True)), None)
        audience = self.field(m, path, "audience", partial(c.string, check=_url(secure=False)), None)
        jwks = self.field(m, path, "jwks", self.jwks, None)
        algorithms = self.field(
            m, path, "algorithms", partial(c.strings, check=_algorithm, non_empty="must list at least one algorithm"),
            None,
        )
        groups_claim = self.field(m, path, "groups_claim", partial(c.string, check=_token), "groups")
        leeway = self.field(m, path, "leeway_seconds", partial(c.integer, low=LEEWAY[0], high=LEEWAY[1]), 30)
        dev_key = self.field(m, path, "dev_signing_key", self.file_path, None)
        if (issuer is None or audience is None or jwks is None or algorithms is None or groups_claim is None
                or leeway is None):
            return None
        return IdentityConfig(issuer, audience, jwks, algorithms, groups_claim, leeway, dev_key)

    def jwks(self, node: Node, path: str) -> JwksSource | None:
        c = self.check
        m = c.mapping(node, path, JWKS_KEYS)
        if m is None:
            return None
        if len(m) != 1:
            if m or not node.value:  # (a block of only unknown keys has had each of them reported)
                given = f" (given: {', '.join(m)})" if m else ""
                c.add(node, path, f"needs exactly one of file, url, discovery{given}")
            return None
        if "file" in m:
            file = self.file_path(m["file"], f"{path}.file")
            return None if file is None else JwksSource(file=file)
        if "url" in m:
            url = c.string(m["url"], f"{path}.url", _url(secure=True))
            return None if url is None else JwksSource(url=url)
        discovery = c.boolean(m["discovery"], f"{path}.discovery")
        if discovery is False:
            c.add(m["discovery"], f"{path}.discovery", "discovery: false is not a key source; use discovery: true, "
                                                       "file or url")
        return JwksSource(discovery=True) if discovery else None

    def metadata(self, node: Node, path: str) -> ResourceMetadata | None:
        c = self.check
        m = c.mapping(node, path, METADATA_KEYS)
        if m is None:
            return None
        no_servers = "must list at least one authorization server (or leave the key out)"
        servers = self.field(m, path, "authorization_servers",
                             partial(c.strings, check=_url(secure=True), non_empty=no_servers), ())
        scopes = self.field(m, path, "scopes_supported", partial(c.strings, check=_token), ())
        doc = self.field(m, path, "resource_documentation", partial(c.string, check=_url(secure=False)), None)
        if servers is None or scopes is None:
            return None
        return ResourceMetadata(servers, scopes, doc)

    def upstream(self, node: Node, path: str) -> UpstreamConfig | None:
        m = self.check.mapping(node, path, UPSTREAM_KEYS)
        if m is None:
            return None
        headers = self.field(m, path, "strip_headers", partial(self.check.strings, check=_header), ())
        credential = self.field(m, path, "credential", self.credential, None) if "credential" in m else None
        if headers is None or ("credential" in m and credential is None):
            return None
        return UpstreamConfig(tuple(sorted({ALWAYS_STRIPPED, *(h.lower() for h in headers)})), credential)

    def credential(self, node: Node, path: str) -> UpstreamCredential | None:
        c = self.check
        m = c.mapping(node, path, CREDENTIAL_KEYS, required=("header",))
        if m is None:
            return None
        header = c.string(m["header"], f"{path}.header", _header) if "header" in m else None
        sources = [k for k in ("file", "env") if k in m]
        if len(sources) != 1:
            c.add(node, path, "needs exactly one of file, env")
            return None
        if "file" in m:
            file = self.file_path(m["file"], f"{path}.file")
            return None if header is None or file is None else UpstreamCredential(header.lower(), file=file)
        env = c.string(m["env"], f"{path}.env", _env_name)
        return None if header is None or env is None else UpstreamCredential(header.lower(), env=env)

    def roles(self, node: Node, path: str) -> tuple[Role, ...] | None:
        m = self.check.mapping(node, path, None, key_check=_role_name)
        if m is None:
            return None
        roles = [self.role(name, value, join(path, name)) for name, value in m.items()]
        return None if None in roles else tuple(r for r in roles if r is not None)

    def role(self, name: str, node: Node, path: str) -> Role | None:
        c = self.check
        m = c.mapping(node, path, ROLE_KEYS, required=("groups",))
        if m is None:
            return None
        groups = self.field(m, path, "groups", partial(c.strings, non_empty="a role needs at least one group"), None)
        patterns = partial(c.strings, check=pattern_problem)
        tools = self.field(m, path, "tools", patterns, ())
        resources = self.field(m, path, "resources", patterns, ())
        prompts = self.field(m, path, "prompts", patterns, ())
        masking = self.field(m, path, "masking", self.masking, None)
        if groups is None or tools is None or resources is None or prompts is None:
            return None
        return Role(name, frozenset(groups), tools, resources, prompts, masking)

    def masking(self, node: Node, path: str) -> str | None:
        if is_null(node):
            return None  # masking: null, no profile
        return self.check.string(node, path, _name)

    def approvals(self, node: Node, path: str) -> tuple[ApprovalRule, ...] | None:
        items = self.check.sequence(node, path)
        if items is None:
            return None
        first_line: dict[str, int] = {}
        rules = [self.approval(item, f"{path}[{i}]", first_line) for i, item in enumerate(items)]
        return None if None in rules else tuple(r for r in rules if r is not None)

    def approval(self, node: Node, path: str, first_line: dict[str, int]) -> ApprovalRule | None:
        """One rule; ``first_line`` maps the names seen so far to their lines (names are unique)."""
        c = self.check
        m = c.mapping(node, path, APPROVAL_KEYS, required=("name", "tools", "approvers"))
        if m is None:
            return None
        name = self.field(m, path, "name", partial(c.string, check=_name), None)
        if name is not None:
            line = m["name"].start_mark.line + 1
            if name in first_line:
                c.add(m["name"], f"{path}.name", f"duplicate rule name {name!r} (first at line {first_line[name]})")
            first_line.setdefault(name, line)
        tools = self.field(m, path, "tools", partial(c.strings, check=pattern_problem,
                                                     non_empty="a rule needs at least one tool pattern"), None)
        when = self.field(m, path, "when", self.conditions, ())
        approvers = self.field(m, path, "approvers",
                               partial(c.strings, non_empty="a rule needs at least one approver group"), None)
        required = self.field(m, path, "approvals_required", partial(c.integer, low=APPROVALS_REQUIRED[0],
                                                                       high=APPROVALS_REQUIRED[1]), 1)
        reason = self.field(m, path, "reason", partial(c.string, check=_reason), "optional")
        request = self.field(m, path, "request_ttl", partial(c.duration, low=REQUEST_TTL[0], high=REQUEST_TTL[1]),
                             3600)
        grant = self.field(m, path, "grant_ttl", partial(c.duration, low=GRANT_TTL[0], high=GRANT_TTL[1]), 900)
        max_grant = self.field(m, path, "max_grant_ttl", partial(c.duration, low=GRANT_TTL[0], high=GRANT_TTL[1]),
                               grant)
        hold = self.field(m, path, "hold", partial(c.duration, low=HOLD[0], high=HOLD[1]), 60)
        one_time = self.field(m, path, "one_time", c.boolean, True)
        break_glass = self.field(m, path, "break_glass", self.break_glass, None)
        if grant is not None and max_grant is not None and max_grant < grant:
            c.add(m["max_grant_ttl"], f"{path}.max_grant_ttl",
                  f"must be at least grant_ttl ({format_duration(grant)}): a reviewer must be able to give the default")
        if hold is not None and request is not None and hold > request:
            c.add(m["hold"], f"{path}.hold",
                  f"must not exceed request_ttl ({format_duration(request)}): a request cannot be waited on after it "
                  "expires")
        if (name is None or tools is None or when is None or approvers is None or required is None or reason is None
                or request is None or grant is None or max_grant is None or hold is None or one_time is None
                or ("break_glass" in m and break_glass is None)):
            return None
        return ApprovalRule(
            name, tools, frozenset(approvers), when, required, reason == "required", request, grant, max_grant, hold,
            one_time, break_glass,
        )

    def conditions(self, node: Node, path: str) -> tuple[Condition, ...] | None:
        m = self.check.mapping(node, path, None, key_check=_argument_name)
        if m is None:
            return None
        if not m:
            if not node.value:  # (keys that are not strings have been reported already)
                self.check.add(node, path, "must name at least one argument (or leave when out)")
            return None
        conditions = [self.condition(argument, value, join(path, argument)) for argument, value in m.items()]
        return None if None in conditions else tuple(c for c in conditions if c is not None)

    def condition(self, argument: str, node: Node, path: str) -> Condition | None:
        c = self.check
        m = c.mapping(node, path, OPERATORS)
        if m is None:
            return None
        if len(m) != 1:
            if m or not node.value:  # (a block of only unknown operators has had each of them reported)
                given = f" (given: {', '.join(m)})" if m else ""
                c.add(node, path, f"needs exactly one comparison, one of {', '.join(OPERATORS)}{given}")
            return None
        ((operator, operand),) = m.items()
        sub = join(path, operator)
        value: object
        if operator in NUMERIC_OPERATORS:
            value = c.number(operand, sub)
            value = INVALID if value is None else value
        elif operator == "in":
            value = self.scalars(operand, sub)
        else:
            value = c.scalar(operand, sub)
        if value is INVALID:
            return None
        return Condition(argument, operator, cast(Scalar | tuple[Scalar, ...], value))

    def scalars(self, node: Node, path: str) -> object:
        items = self.check.sequence(node, path)
        if items is None:
            return INVALID
        if not items:
            self.check.add(node, path, "must list at least one value (an empty list never matches)")
            return INVALID
        values = [self.check.scalar(item, f"{path}[{i}]") for i, item in enumerate(items)]
        return INVALID if any(v is INVALID for v in values) else tuple(values)

    def break_glass(self, node: Node, path: str) -> BreakGlass | None:
        c = self.check
        m = c.mapping(node, path, BREAK_GLASS_KEYS, required=("groups",))
        if m is None:
            return None
        groups = self.field(m, path, "groups", partial(c.strings, non_empty="break-glass needs at least one group"),
                            None)
        grant = self.field(m, path, "grant_ttl", partial(c.duration, low=BREAK_GLASS_TTL[0], high=BREAK_GLASS_TTL[1]),
                           300)
        per_hour = self.field(m, path, "per_hour", partial(c.integer, low=BREAK_GLASS_PER_HOUR[0],
                                                             high=BREAK_GLASS_PER_HOUR[1]), 3)
        if groups is None or grant is None or per_hour is None:
            return None
        return BreakGlass(frozenset(groups), grant, per_hour)


def _compose(text: str) -> tuple[Node | None, list[Problem]]:
    try:
        return yaml.compose(text, Loader=_Loader), []
    except yaml.MarkedYAMLError as exc:
        # Only the parser's own words and the line: str(exc) would quote the offending lines of the file.
        mark = exc.problem_mark or exc.context_mark
        words = "; ".join(str(w) for w in (exc.context, exc.problem) if w)
        return None, [Problem(mark.line + 1 if mark else 0, "", f"not valid YAML: {words}")]
    except yaml.YAMLError as exc:  # ReaderError: a character YAML does not allow
        return None, [Problem(0, "", f"not valid YAML: {exc}")]


def load_policy(text: str, source: str = "policy", *, base_dir: Path | None = None) -> Policy:
    """Validate a policy document and build the ``Policy``; raise ``PolicyError`` listing every problem.

    ``source`` names the document in messages. Relative paths in it resolve against ``base_dir``, by default
    the current working directory (see the module docstring). ``Policy.digest`` is the SHA-256 of ``text`` as
    UTF-8, which for a file read by ``read_policy_text`` is the SHA-256 of the file's bytes.
    """
    root, problems = _compose(text)
    if problems:
        raise PolicyError(problems, source)
    if root is None:
        raise PolicyError([Problem(0, "", "the policy is empty")], source)
    reader = _Reader((Path.cwd() if base_dir is None else base_dir).absolute())
    policy = reader.policy(root, source, hashlib.sha256(text.encode("utf-8")).hexdigest())
    if reader.check.problems or policy is None:
        raise PolicyError(reader.check.problems or [Problem(0, "", "the policy could not be read")], source)
    return policy


def read_policy_text(path: str | Path) -> str:
    """The text of a policy file; ``PolicyError`` when it is unreadable, too large or not UTF-8."""
    source = str(path)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        raise PolicyError([Problem(0, "", f"cannot read the file: {exc.strerror or exc}")], source) from None
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyError([Problem(0, "", f"larger than {MAX_POLICY_BYTES} bytes")], source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PolicyError([Problem(line, "", "not valid UTF-8")], source) from None


def load_file(path: str | Path, *, base_dir: Path | None = None) -> Policy:
    """Read and load a policy file (``PolicyError`` on any problem)."""
    return load_policy(read_policy_text(path), str(path), base_dir=base_dir)


def check_file(path: str | Path) -> list[Problem]:
    """Every problem in a policy file, for ``chaperone policy check``; an empty list means it is valid."""
    try:
        load_file(path)
    except PolicyError as exc:
        return exc.problems
    return []
