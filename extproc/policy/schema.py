"""The JSON Schema (draft 2020-12) of a policy file, for editors and ``chaperone policy schema``.

It mirrors the validator in ``load.py``: every file the validator accepts, the schema accepts. A few checks are
beyond a schema and made only by ``chaperone policy check`` / the gateway: duplicate keys and YAML aliases
(invisible once YAML is parsed), header names matched case-insensitively against the transport headers, the
ranges of durations and comparisons between them (``max_grant_ttl`` ≥ ``grant_ttl``, ``hold`` ≤ ``request_ttl``),
unique approval rule names, finite numbers, and line numbers in messages.
"""

from __future__ import annotations

from typing import Any

from extproc.policy.model import NUMERIC_OPERATORS
from extproc.policy.texts import SIGNING_ALGORITHMS

_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
_TRIMMED = r"^\S(?:[\s\S]*\S)?$"
_PATTERN = r"^(?:[^\s*](?:[^*]*[^\s*])?)?\*?$"
_TOKEN = r"^[!#-\[\]-~]+$"
_HEADER = r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"
_URL = r"^https?://[^\s#]+$"
_SECURE_URL = r"^(?:https://[^\s#]+|http://(?:127\.0\.0\.1|localhost|\[::1\])(?:[:/?][^\s#]*)?)$"
_DURATION = r"^[0-9]{1,9}[smhd]$"


def _url(description: str, *, secure: bool) -> dict[str, Any]:
    return {"type": "string", "pattern": _SECURE_URL if secure else _URL, "description": description}


def _list(items: dict[str, Any], description: str, *, min_items: int = 0) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": items, "description": description}
    if min_items:
        schema["minItems"] = min_items
    return schema


def _patterns(kind: str) -> dict[str, Any]:
    return _list(
        {"$ref": "#/$defs/pattern"},
        f"{kind} granted: exact, or a prefix ending in a single *; a lone * grants all. Case-sensitive.",
    )


def _duration(description: str) -> dict[str, Any]:
    return {"type": "string", "pattern": _DURATION, "description": description + " A whole number and s, m, h or d."}


def _approval() -> dict[str, Any]:
    groups = {"type": "string", "pattern": _TRIMMED}
    scalar = {"type": ["string", "number", "boolean", "null"]}
    condition = {
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
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["name", "tools", "approvers"],
        "description": "Calls a role allows that must wait for approval; the first rule that applies wins.",
        "properties": {
            "name": {"type": "string", "pattern": _NAME, "description": "Unique among the rules."},
            "tools": _list({"$ref": "#/$defs/pattern"}, "Tool name patterns, as in roles.", min_items=1),
            "when": {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": _TRIMMED},
                "additionalProperties": condition,
                "description": "Argument name → one comparison; every one must hold for the rule to apply.",
            },
            "approvers": _list(groups, "IdP groups whose members may approve.", min_items=1),
            "approvals_required": {"type": "integer", "minimum": 1, "maximum": 5, "default": 1,
                                   "description": "Distinct approvers needed."},
            "reason": {"enum": ["required", "optional"], "default": "optional",
                       "description": "Whether the caller must state a reason."},
            "request_ttl": _duration("How long a request may wait for a decision (default 1h, 1m..7d)."),
            "grant_ttl": _duration("How long an approval lasts by default (default 15m, 1m..30d)."),
            "max_grant_ttl": _duration("The longest approval a reviewer may give (default grant_ttl; up to 30d)."),
            "hold": _duration("How long the HTTP request is held waiting (default 60s, 0s..840s)."),
            "one_time": {"type": "boolean", "default": True,
                         "description": "true: consumed by one call; false: a grant covering the same call until "
                                        "it ends."},
            "break_glass": {
                "type": "object",
                "additionalProperties": False,
                "required": ["groups"],
                "description": "Who may proceed at once with a stated reason; short, rate-limited, reviewed after.",
                "properties": {
                    "groups": _list(groups, "IdP groups that may use break-glass.", min_items=1),
                    "grant_ttl": _duration("How long a break-glass grant lasts (default 5m, 1m..1h)."),
                    "per_hour": {"type": "integer", "minimum": 1, "maximum": 20, "default": 3,
                                 "description": "Uses per caller per hour."},
                },
            },
        },
    }


def policy_schema() -> dict[str, Any]:
    """The schema as a JSON-serializable dict."""
    identity = {
        "type": "object",
        "additionalProperties": False,
        "required": ["issuer", "audience", "jwks", "algorithms"],
        "description": "How callers are authenticated (OAuth 2.1 bearer JWTs).",
        "properties": {
            "issuer": _url("The exact iss claim accepted: https (plain http only on loopback).", secure=True),
            "audience": _url("This gateway's MCP endpoint URL: the aud (RFC 8707 resource) tokens must carry.",
                             secure=False),
            "jwks": {
                "type": "object",
                "additionalProperties": False,
                "minProperties": 1,
                "maxProperties": 1,
                "description": "Where the token-verification keys come from: exactly one of file, url, discovery.",
                "properties": {
                    "file": {"type": "string", "pattern": _TRIMMED,
                             "description": "A JWKS file; a relative path resolves against the working directory."},
                    "url": _url("A JWKS URL: https (plain http only on loopback).", secure=True),
                    "discovery": {"const": True,
                                  "description": "OIDC discovery: {issuer}/.well-known/openid-configuration."},
                },
            },
            "algorithms": _list({"enum": list(SIGNING_ALGORITHMS)},
                                "JWS algorithms accepted; asymmetric only (never none or HS*).", min_items=1),
            "groups_claim": {"type": "string", "pattern": _TOKEN, "default": "groups",
                             "description": "The claim holding the caller's IdP groups."},
            "leeway_seconds": {"type": "integer", "minimum": 0, "maximum": 300, "default": 30,
                               "description": "Clock skew tolerated on exp/nbf/iat."},
            "dev_signing_key": {"type": "string", "pattern": _TRIMMED,
                                "description": "Local demos only: a PEM private key `chaperone token` signs with; "
                                               "the gateway trusts its public key. Leave out in production."},
        },
    }
    metadata = {
        "type": "object",
        "additionalProperties": False,
        "description": "The RFC 9728 document at /.well-known/oauth-protected-resource (resource = audience).",
        "properties": {
            "authorization_servers": _list(_url("An authorization server's issuer URL.", secure=True),
                                           "Default: [identity.issuer].", min_items=1),
            "scopes_supported": _list({"type": "string", "pattern": _TOKEN}, "OAuth scopes clients should request."),
            "resource_documentation": _url("A human-readable page about this MCP server.", secure=False),
        },
    }
    upstream = {
        "type": "object",
        "additionalProperties": False,
        "description": "What the gateway changes on forwarded requests.",
        "properties": {
            "strip_headers": _list({"type": "string", "pattern": _HEADER},
                                   "Caller headers never forwarded (authorization always is); not the MCP "
                                   "transport's own headers (content-type, mcp-session-id...)."),
            "credential": {
                "type": "object",
                "additionalProperties": False,
                "description": "The credential Envoy injects upstream: the header, and where its full value is.",
                "required": ["header"],
                "properties": {
                    "header": {"type": "string", "pattern": _HEADER},
                    "file": {"type": "string", "minLength": 1, "description": "A file (mounted secret)."},
                    "env": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"},
                },
                "oneOf": [{"required": ["file"]}, {"required": ["env"]}],
            },
        },
    }
    role = {
        "type": "object",
        "additionalProperties": False,
        "required": ["groups"],
        "description": "What holders of any of the groups may use. Roles only grant; the rest is denied.",
        "properties": {
            "groups": _list({"type": "string", "pattern": _TRIMMED}, "IdP groups that hold this role.", min_items=1),
            "tools": _patterns("Tool names"),
            "resources": _patterns("Resource URIs"),
            "prompts": _patterns("Prompt names"),
            "masking": {"type": ["string", "null"], "pattern": _NAME,
                        "description": "Masking profile for what this role is given (first granting role wins)."},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:chaperone:policy:1",
        "title": "Chaperone policy",
        "description": "Who may use which MCP tools, prompts and resources behind the gateway. Deny by default.",
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "identity", "roles"],
        "properties": {
            "version": {"const": 1, "description": "The policy format version."},
            "identity": identity,
            "resource_metadata": metadata,
            "upstream": upstream,
            "roles": {
                "type": "object",
                "propertyNames": {"pattern": _NAME},
                "additionalProperties": {"$ref": "#/$defs/role"},
                "description": "Role name → role. A caller holds every role whose groups include one of theirs.",
            },
            "approvals": _list({"$ref": "#/$defs/approval"},
                               "Approval rules, in order: the first that covers the tool and whose conditions "
                               "hold applies."),
        },
        "$defs": {
            "role": role,
            "approval": _approval(),
            "pattern": {"type": "string", "minLength": 1, "pattern": _PATTERN,
                        "description": "An exact name or URI, or a prefix followed by a single trailing *."},
        },
    }
