"""What one exchange did, frozen at the moment its record is due: the only input of an audit record.

The exchange builds it; audit never sees the live exchange, so a record cannot read state that changes
after it was decided.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall


@dataclass(frozen=True, slots=True)
class DecisionTaken:
    allowed: bool
    rule: str
    roles: tuple[str, ...]
    masking: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    started_ns: int
    http_method: str
    source: str | None
    principal: Principal | None
    call: McpCall | None
    decision: DecisionTaken | None
    refused: str | None
    """Why the gateway refused the request or withheld the response; None when it did not."""
    upstream_status: int
    reply_status: int
    """The status of the gateway's own reply (a refusal), 0 when the upstream answered."""
    forwarded_ns: int | None
    """When the request was let through to the upstream."""
    answered_ns: int | None
    """When the upstream's response began."""
    masking_profile: str | None
    masked: dict[str, int] = field(default_factory=dict)
    """Identifiers masked per kind (counts only, never values)."""
    masked_paths: dict[str, dict[str, int]] = field(default_factory=dict)
    response_bytes: int = 0
    response_sha256: str = ""
    messages_seen: int = 0
    response_for_record: str | None = None
    """The response as the journal may hold it: Safe Harbor masked, whatever the caller saw."""
