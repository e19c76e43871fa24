"""An approval request as one JSON document plus the columns the stores index.

Both stores keep the whole request as this document (so a new field needs no migration) and copy into
columns only what they search by. A document that does not decode is a fault of the database, reported
as `StoreUnavailable` without its content.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from extproc.approvals.errors import StoreUnavailable
from extproc.approvals.model import ApprovalRequest, CallBinding, Review, ReviewAction, Status

FORMAT = 2
"""The document's layout version, stored in it so a later layout can read older rows. 1 kept the client at
the top level (`client_id`), outside the binding."""

COLUMNS = (
    "id",
    "principal",
    "tool",
    "arguments_digest",
    "policy_version",
    "client",
    "status",
    "created_at",
    "expires_at",
    "grant_until",
    "break_glass",
    "reviewed_after",
    "doc",
)
"""The stores' column order: `row(request)` gives the values in this order."""


def encode(request: ApprovalRequest) -> str:
    document = asdict(request)
    document["format"] = FORMAT
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def binding_values(binding: CallBinding) -> tuple[str, str, str, str, str]:
    """The binding's columns, in `COLUMNS` order."""
    return (binding.principal, binding.tool, binding.arguments_digest, binding.policy_version, binding.client)


def row(request: ApprovalRequest) -> tuple[Any, ...]:
    return (
        request.id,
        *binding_values(request.binding),
        request.status.value,
        request.created_at,
        request.expires_at,
        request.grant_until,
        request.break_glass,
        request.reviewed_after,
        encode(request),
    )


def decode(text: str) -> ApprovalRequest:
    try:
        d = json.loads(text)
        layout = d.pop("format")
        if layout == 1:
            d["binding"]["client"] = d.pop("client_id") or ""
        elif layout != FORMAT:
            raise ValueError("unknown format")
        d["binding"] = CallBinding(**d["binding"])
        d["status"] = Status(d["status"])
        d["requester_groups"] = tuple(d["requester_groups"])
        d["approver_groups"] = tuple(d["approver_groups"])
        d["reviews"] = tuple(Review(**{**r, "action": ReviewAction(r["action"])}) for r in d["reviews"])
        return ApprovalRequest(**d)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise StoreUnavailable(
            "an approval record in the database does not decode: it was damaged or written by an incompatible "
            "version of Chaperone"
        ) from None
