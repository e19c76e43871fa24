"""An approval request as one reviewer is shown it: the wire message, and the preview's exact bytes and hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from extproc import timestamps
from extproc.approvals.api.generated import approvals_pb2
from extproc.approvals.model import ApprovalRequest, Review


@dataclass(frozen=True, slots=True)
class Preview:
    """What a reviewer is shown of a call's arguments, as the exact text sent, and that text's SHA-256."""

    text: str
    sha256: str

    @classmethod
    def of(cls, shown: dict[str, Any]) -> Preview:
        """Canonical JSON (sorted keys, no whitespace, UTF-8): the hash a decision records is over these
        bytes, so anyone holding the record can check what the approver was shown."""
        text = json.dumps(shown, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return cls(text, hashlib.sha256(text.encode("utf-8")).hexdigest())


def rfc3339(seconds: float | None) -> str:
    """UNIX seconds as RFC 3339 UTC to the second; "" for unset."""
    return "" if seconds is None else timestamps.rfc3339(seconds, "seconds")


def _review(review: Review) -> approvals_pb2.Review:
    return approvals_pb2.Review(
        reviewer=review.reviewer, action=review.action.value, at=rfc3339(review.at),
        reason=review.reason or "", grant_seconds=review.grant_seconds, preview_sha256=review.preview_sha256 or "",
    )


def approval_message(request: ApprovalRequest, preview: Preview) -> approvals_pb2.Approval:
    return approvals_pb2.Approval(
        id=request.id,
        status=request.status.value,
        tool=request.binding.tool,
        requester=request.requester,
        requester_groups=request.requester_groups,
        client_id=request.client_id or "",
        rule=request.rule,
        reason=request.reason or "",
        preview_json=preview.text,
        preview_sha256=preview.sha256,
        created_at=rfc3339(request.created_at),
        expires_at=rfc3339(request.expires_at),
        grant_until=rfc3339(request.grant_until),
        approvals_required=request.approvals_required,
        approvers=request.approvers(),
        reviews=[_review(r) for r in request.reviews],
        break_glass=request.break_glass,
        reviewed_after=request.reviewed_after or "",
        approver_groups=request.approver_groups,
        max_grant_seconds=request.max_grant_seconds,
        default_grant_seconds=request.grant_seconds_default,
        one_time=request.one_time,
        consumed_at=rfc3339(request.consumed_at),
    )
