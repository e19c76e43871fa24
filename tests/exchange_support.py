"""The fake ports and the one tools/call the exchange and server tests share."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from extproc.identity.principal import Principal
from extproc.identity.tokens import AuthError
from extproc.mcp.call import MODERN_REVISION, McpCall
from extproc.phi import MaskResult


@dataclass
class Verdict:
    allowed: bool
    rule: str
    roles: tuple[str, ...] = ()
    masking: str | None = None
    code: int = -32003
    told: str | None = None
    data: dict | None = None


class FakeAccess:
    """Everyone with a token is alice; tools named secret_* are denied; lists keep names without 'hidden';
    every session is the caller's own."""

    def metadata_document(self, path: str) -> bytes | None:
        return b'{"resource":"x"}' if path.startswith("/.well-known/oauth-protected-resource") else None

    def origin_refusal(self, origin: str | None) -> str | None:
        return None if origin in (None, "http://127.0.0.1:10000") else "Origin not allowed"

    def authenticate(self, headers) -> Principal:
        if headers.get("authorization") != "Bearer good":
            raise AuthError(401, "invalid_token", "token expired")
        return Principal("alice", "iss")

    def decide(self, principal: Principal, call: McpCall) -> Verdict:
        denied = (call.target or "").startswith("secret_")
        return Verdict(not denied, f"rule for {call.target}")

    def filter_list(self, principal: Principal, method: str, result: dict) -> dict:
        return {**result, "tools": [t for t in result["tools"] if "hidden" not in t["name"]]}

    def approval_for(self, call: McpCall) -> None:
        return None

    def task_created(self, principal: Principal, call: McpCall, result: dict) -> str | None:
        return None

    def own_tasks(self, principal: Principal, call: McpCall, result: dict) -> dict:
        return result

    def binding(self, task_id: str) -> None:
        return None

    def session_refusal(self, principal: Principal, session_id: str) -> str | None:
        return None

    def session_started(self, principal: Principal, session_id: str) -> None:
        return None

    def session_ended(self, principal: Principal, session_id: str) -> None:
        return None

    def events_sent(self, principal: Principal, session_id: str, event_ids: Sequence[str]) -> None:
        return None

    def was_sent(self, principal: Principal, session_id: str, event_id: str) -> bool:
        return False

    def www_authenticate(self, error: AuthError) -> str:
        return f'Bearer error="{error.error}"'

    def scrub(self, doc: dict, raw: bytes) -> dict | None:
        return json.loads(json.dumps(doc).replace("SECRET", "[X]")) if b"SECRET" in raw else None

    def mask(self, value, profile, session) -> MaskResult:
        """Masks one made-up identifier, wherever it is in the value."""
        text = json.dumps(value)
        if "123-45-6789" not in text:
            return MaskResult(value)
        return MaskResult(json.loads(text.replace("123-45-6789", "[SSN]")), True, {"ssn": 1}, {"": {"ssn": 1}})


META = {"io.modelcontextprotocol/protocolVersion": MODERN_REVISION, "io.modelcontextprotocol/clientCapabilities": {}}


HEADERS = {"mcp-protocol-version": MODERN_REVISION, "mcp-method": "tools/call", "mcp-name": "get_patient",
           "authorization": "Bearer good"}


REQUEST = json.dumps({"jsonrpc": "2.0", "id": 9, "method": "tools/call",
                      "params": {"name": "get_patient", "_meta": META}}).encode()


RESULT = json.dumps({"jsonrpc": "2.0", "id": 9, "result": {"content": []}}).encode()
