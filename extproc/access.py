"""Identity and policy together, as the exchange needs them, following the policy file as it changes.

Built from a `PolicyStore`: when a reload changes `identity`, a new verifier (and key set) replaces the old
one; otherwise the verified-token cache and the keys carry over.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from extproc.approvals.gate import principal_id
from extproc.approvals.model import ApprovalRequest, Reviewer
from extproc.credentials import CredentialScrubber
from extproc.exchange import origins
from extproc.identity import jwks, tokens
from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.mcp.errors import INTERNAL_ERROR, McpError
from extproc.mcp.tasks import TaskBinding, created_task
from extproc.phi import MaskResult, PseudonymVault, get_profile, mask_json
from extproc.policy import Decision, Policy, PolicyStore
from extproc.policy.model import ApprovalRule, IdentityConfig
from extproc.sessions import SessionConflict, SessionOwner, SessionTable, SessionTableFull, Standing
from extproc.tasks import LedgerFull, TaskConflict, TaskLedger

log = logging.getLogger("chaperone.access")

METADATA_PATH = "/.well-known/oauth-protected-resource"
REVIEW_SCOPE = "chaperone:review"
"""The OAuth scope a reviewer's token must carry: the identity provider issues it to the reviewers' tools
(the CLI, a review page), not to the MCP clients agents run."""


def metadata_url(audience: str) -> str:
    """RFC 9728 §3.1: the well-known path is inserted between the host and the resource's path."""
    parts = urlsplit(audience)
    return f"{parts.scheme}://{parts.netloc}{METADATA_PATH}{parts.path.rstrip('/')}"


def _verifier(identity: IdentityConfig) -> tokens.TokenVerifier:
    if identity.audience is None:  # never verify without one: pyjwt would accept tokens naming no audience
        raise ValueError("the policy has no identity.audience and none was filled in (extproc.public_url)")
    source = identity.jwks
    key_source = jwks.JwksSource(
        file=source.file, url=source.url, discovery_issuer=identity.issuer if source.discovery else None
    )
    config = tokens.VerifierConfig(
        identity.issuer, identity.audience, identity.algorithms, identity.groups_claim, identity.leeway_seconds
    )
    return tokens.TokenVerifier(config, jwks.KeySet(key_source))


def _owner(principal: Principal) -> SessionOwner:
    return SessionOwner(principal.issuer, principal.subject, principal.client_id or "")


class GatewayAccess:
    """The `Access` an `Exchange` uses, plus `refresh_keys` for the server (off the event loop).

    `allowed_origins` are the browser origins allowed besides the gateway's own, the origin of the policy's
    audience (its public URL), which follows the policy as it changes."""

    def __init__(self, store: PolicyStore, allowed_origins: frozenset[str] = frozenset(),
                 tasks: TaskLedger | None = None, sessions: SessionTable | None = None) -> None:
        self._store = store
        self._extra_origins = allowed_origins
        self._origins = allowed_origins
        self._tasks = tasks if tasks is not None else TaskLedger()
        self._sessions = sessions if sessions is not None else SessionTable()
        self._policy: Policy | None = None
        self._verifier: tokens.TokenVerifier | None = None
        self._metadata = b""
        self._metadata_url = ""
        self._scrubber: CredentialScrubber | None = None
        self._vault = PseudonymVault()
        self._refresh_lock = asyncio.Lock()
        self._follow(store.current)

    @property
    def policy(self) -> Policy:
        assert self._policy is not None
        return self._policy

    def _follow(self, policy: Policy) -> None:
        if policy is self._policy:
            return
        if self._policy is None or self._verifier is None or policy.identity != self._policy.identity:
            self._verifier = _verifier(policy.identity)
        self._metadata = json.dumps(policy.protected_resource_metadata(), indent=2).encode()
        audience = policy.identity.audience
        assert audience is not None  # _verifier refused a policy without one
        self._metadata_url = metadata_url(audience)
        own = origins.origin_of(audience)
        self._origins = self._extra_origins | {own} if own is not None else self._extra_origins
        credential = policy.upstream.credential
        if self._policy is None or credential != self._policy.upstream.credential:
            self._scrubber = CredentialScrubber(credential) if credential else None
        self._policy = policy

    def metadata_document(self, path: str) -> bytes | None:
        clean = path.split("?", 1)[0]
        return self._metadata if clean.startswith(METADATA_PATH) else None

    def origin_refusal(self, origin: str | None) -> str | None:
        return origins.refusal(origin, self._origins)

    def authenticate(self, headers: Mapping[str, str]) -> Principal:
        self._store.maybe_reload()  # a stat at most once a second
        self._follow(self._store.current)
        assert self._verifier is not None
        return self._verifier.verify(headers.get("authorization"), headers.get(":path"))

    def decide(self, principal: Principal, call: McpCall) -> Decision:
        return self.policy.decide(principal, call, self._tasks.get)

    def task_created(self, principal: Principal, call: McpCall, result: dict) -> str | None:
        created = created_task(result)
        if created is None or call.target is None:
            return None
        binding = TaskBinding(principal.issuer, principal.subject, call.session_id, call.target,
                              self._tasks.expiry(created.ttl_ms))
        try:
            self._tasks.bind(created.task_id, binding)
        except TaskConflict:
            raise McpError(INTERNAL_ERROR, "the upstream answered with a task id another caller's task holds") from None
        except LedgerFull:
            raise McpError(INTERNAL_ERROR, "too many live tasks: the gateway cannot bind another until some expire; "
                           "call the tool again later") from None
        return created.task_id

    def own_tasks(self, principal: Principal, call: McpCall, result: dict) -> dict:
        entries = result.get("tasks")
        if not isinstance(entries, list):
            return {**result, "tasks": []}
        return {**result, "tasks": [entry for entry in entries if isinstance(entry, dict)
                                     and self._owns(principal, call, entry.get("taskId"))]}

    def _owns(self, principal: Principal, call: McpCall, task_id: object) -> bool:
        binding = self._tasks.get(task_id) if isinstance(task_id, str) else None
        return (binding is not None and binding.owner_is(principal.issuer, principal.subject)
                and binding.session_id in (None, call.session_id))

    def binding(self, task_id: str) -> TaskBinding | None:
        return self._tasks.get(task_id)

    def session_refusal(self, principal: Principal, session_id: str) -> str | None:
        standing = self._sessions.standing(session_id, _owner(principal))
        if standing is Standing.OWN:
            return None
        if standing is Standing.OTHERS:
            return "the MCP session belongs to another caller"
        return ("the MCP session is unknown to the gateway (never opened through it, ended, idle too long, "
                "or opened before a restart)")

    def session_started(self, principal: Principal, session_id: str) -> None:
        try:
            self._sessions.bind(session_id, _owner(principal))
        except ValueError:
            raise McpError(INTERNAL_ERROR, "the upstream issued a session id the gateway does not accept (visible "
                           "ASCII only, at most 256 characters)") from None
        except SessionConflict:
            raise McpError(INTERNAL_ERROR, "the upstream issued a session id another caller's session holds") from None
        except SessionTableFull:
            raise McpError(INTERNAL_ERROR, "too many live MCP sessions: the gateway cannot open another until some "
                           "end; try again later") from None
        self._vault.forget(session_id)  # pseudonyms of an earlier holder of the id are not this session's

    def session_ended(self, principal: Principal, session_id: str) -> None:
        if self._sessions.end(session_id, _owner(principal)):
            self._vault.forget(session_id)

    def events_sent(self, principal: Principal, session_id: str, event_ids: Sequence[str]) -> None:
        self._sessions.events_sent(session_id, _owner(principal), event_ids)

    def was_sent(self, principal: Principal, session_id: str, event_id: str) -> bool:
        return self._sessions.was_sent(session_id, _owner(principal), event_id)

    def filter_list(self, principal: Principal, method: str, result: dict) -> dict:
        return self.policy.filter_list(principal, method, result)

    def approval_for(self, call: McpCall) -> tuple[ApprovalRule, str] | None:
        policy = self.policy
        rule = policy.approval_for(call)
        return None if rule is None else (rule, policy.digest)

    def mask(self, value: Any, profile: str | None, session: str | None) -> MaskResult:
        return mask_json(value, get_profile(profile), self._vault, session)

    def scrub(self, doc: dict, raw: bytes) -> dict | None:
        """`doc` without the upstream credential, or None when it holds none (the common, cheap case)."""
        if self._scrubber is None:
            return None
        secrets = self._scrubber.secrets()
        if b"\\" not in raw and not any(secret.encode() in raw for secret in secrets):
            return None  # no escapes: the raw bytes are the decoded text, and they hold no secret
        return self._scrubber.scrub(doc, json.dumps(doc, ensure_ascii=False))

    def www_authenticate(self, error: tokens.AuthError) -> str:
        value = f'Bearer resource_metadata="{self._metadata_url}"'
        if error.error:
            description = error.description.replace('"', "'")
            value += f', error="{error.error}", error_description="{description}"'
        return value

    async def reviewer(self, authorization: str | None) -> Reviewer:
        """A reviewer of the approvals API, from the same OIDC bearer tokens callers use."""
        headers = {"authorization": authorization} if authorization is not None else {}
        try:
            principal = self.authenticate(headers)
        except tokens.NeedKeyRefresh:
            await self.refresh_keys()  # off the event loop, single flight, as for callers
            principal = self.authenticate(headers)
        if REVIEW_SCOPE not in principal.scopes:
            # an agent holding its user's MCP token is not a person reviewing: four eyes means people
            raise tokens.AuthError(403, "insufficient_scope", f"reviewing approvals needs a token with the "
                                   f"{REVIEW_SCOPE} scope; an MCP client's token is not a reviewer's")
        return Reviewer(principal_id(principal), principal.groups)

    def preview(self, request: ApprovalRequest, reviewer: Reviewer) -> dict[str, Any]:
        """What a reviewer is shown of a call's arguments: masked per the reviewer's own first role's profile
        (Safe Harbor when that role sets none, or the reviewer holds no role)."""
        roles = self.policy.roles_for(reviewer.groups)
        profile = roles[0].masking if roles else None
        return {"arguments": mask_json(request.arguments, get_profile(profile), self._vault, None).value}

    async def refresh_keys(self) -> None:
        """Refetch the identity provider's keys (single flight; the key set rate-limits real fetches)."""
        verifier = self._verifier
        assert verifier is not None
        async with self._refresh_lock:
            if not verifier.keys.refresh_due():
                return
            try:
                await asyncio.to_thread(verifier.keys.refresh)
            except jwks.KeysUnavailable as exc:
                log.error("identity provider keys unavailable, tokens cannot be verified: %s", exc)
