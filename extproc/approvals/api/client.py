"""`chaperone approvals list|show|approve|deny|revoke|review`: the reviewer API from a terminal.

Speaks gRPC to the review API (directly, or through Envoy's listener, which passes gRPC through) with the
reviewer's bearer token. Everything the API returns that a requester wrote (reason, arguments) is printed
with control and bidirectional-format characters escaped, so a crafted call cannot rewrite what the
reviewer's terminal shows. Exit status: 0 done, 2 refused, 1 nothing decided (API or store unavailable).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import grpc

from extproc.approvals.api.arguments import TOKEN_ENV
from extproc.approvals.api.generated import SERVICE, approvals_pb2, method_path

TIMEOUT_SECONDS = 15.0
CODE_METADATA = "chaperone-code"
_NOT_DECIDED = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.UNKNOWN,
                grpc.StatusCode.INTERNAL, grpc.StatusCode.CANCELLED}


def printable(text: str) -> str:
    """`text` with control and format characters (ANSI escapes, bidi overrides, zero-width) as \\uXXXX."""
    return "".join(
        c if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf") else f"\\u{ord(c):04x}" for c in text
    )


class ApprovalsClient:
    """One channel to the review API; every call carries the bearer token."""

    def __init__(self, api: str, token: str, tls: bool = False) -> None:
        self._channel = grpc.secure_channel(api, grpc.ssl_channel_credentials()) if tls else grpc.insecure_channel(api)
        self._metadata = (("authorization", f"Bearer {token}"),)

    def call(self, method: str, request: Any) -> Any:
        response_type = getattr(approvals_pb2, SERVICE.methods_by_name[method].output_type.name)
        rpc = self._channel.unary_unary(
            method_path(method), request_serializer=type(request).SerializeToString,
            response_deserializer=response_type.FromString,
        )
        return rpc(request, metadata=self._metadata, timeout=TIMEOUT_SECONDS)

    def close(self) -> None:
        self._channel.close()


def _when(rfc3339: str) -> str:
    """`2026-11-24T10:15:00Z (in 14m)`; "-" when unset."""
    if not rfc3339:
        return "-"
    try:
        at = datetime.strptime(rfc3339, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return printable(rfc3339)
    seconds = (at - datetime.now(UTC)).total_seconds()
    span = abs(int(seconds))
    amount = f"{span // 86400}d" if span >= 86400 else f"{span // 3600}h{span % 3600 // 60:02d}m" if span >= 3600 \
        else f"{span // 60}m{span % 60:02d}s" if span >= 60 else f"{span}s"
    return f"{rfc3339} ({'in ' + amount if seconds >= 0 else amount + ' ago'})"


def _progress(approval: Any) -> str:
    if approval.status != "pending":
        return approval.status
    return f"pending ({len(approval.approvers)} of {approval.approvals_required} approvals)"


def _table(approvals: list[Any]) -> str:
    rows = [("ID", "STATUS", "TOOL", "REQUESTER", "EXPIRES / UNTIL", "")]
    for a in approvals:
        until = a.grant_until if a.status == "approved" else a.expires_at
        flag = ("break-glass, unreviewed" if not a.reviewed_after else "break-glass") if a.break_glass else ""
        rows.append((a.id, _progress(a), a.tool, a.requester, until or "-", flag))
    rows = [tuple(printable(cell) for cell in row) for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def _details(a: Any) -> str:
    """Everything a reviewer needs to decide, the arguments as this reviewer is allowed to see them."""
    lines = [
        ("id", a.id),
        ("status", _progress(a)),
        ("tool", a.tool),
        ("requester", f"{a.requester}  (groups: {', '.join(a.requester_groups) or '-'})"),
        ("client", a.client_id or "-"),
        ("rule", a.rule),
        ("reason", a.reason or "- (none given)"),
        ("created", _when(a.created_at)),
        ("expires", _when(a.expires_at)),
        ("grant", f"{'one-time' if a.one_time else 'time-boxed'}, {a.default_grant_seconds}s unless the approver "
                  f"says otherwise, at most {a.max_grant_seconds}s"
         + (f"; covers until {_when(a.grant_until)}" if a.grant_until else "")),
        ("approvers", f"{a.approvals_required} of groups {', '.join(a.approver_groups)}"),
    ]
    if a.consumed_at:
        lines.append(("consumed", _when(a.consumed_at)))
    if a.break_glass:
        lines.append(("break-glass", f"reviewed by {a.reviewed_after}" if a.reviewed_after else "NOT YET REVIEWED"))
    for r in a.reviews:
        grant = f", {r.grant_seconds}s" if r.HasField("grant_seconds") else ""
        lines.append(("review", f"{r.at} {r.action} by {r.reviewer}{grant}: {r.reason or '-'} "
                                f"(shown preview sha256 {r.preview_sha256[:16] or '-'})"))
    text = "\n".join(f"{label + ':':<12} {value}" for label, value in lines)
    preview = json.dumps(json.loads(a.preview_json), indent=2, ensure_ascii=False) if a.preview_json else "{}"
    return printable(f"{text}\narguments, masked for you (sha256 {a.preview_sha256}):\n{preview}")


def _list(client: ApprovalsClient, args: argparse.Namespace) -> str:
    request = approvals_pb2.ListRequest(status=args.status or "", unreviewed=args.unreviewed, limit=args.limit)
    if args.break_glass:
        request.break_glass = True
    approvals = list(client.call("List", request).approvals)
    return _table(approvals) if approvals else "no approval requests match"


def _show(client: ApprovalsClient, args: argparse.Namespace) -> str:
    return _details(client.call("Get", approvals_pb2.GetRequest(id=args.id)))


def _approve(client: ApprovalsClient, args: argparse.Namespace) -> str:
    """Approve exactly what this prints: the request as Get shows it, whose preview's hash the API checks and
    records (it refuses if the preview is no longer that)."""
    shown = client.call("Get", approvals_pb2.GetRequest(id=args.id))
    a = client.call("Approve", approvals_pb2.ApproveRequest(id=args.id, grant_seconds=args.duration,
                                                            reason=args.reason or "",
                                                            preview_sha256=shown.preview_sha256))
    if a.status == "approved":
        outcome = printable(f"approved {a.id}: {a.tool} for {a.requester}, until {_when(a.grant_until)}")
    else:
        outcome = printable(f"recorded your approval of {a.id}: {_progress(a)}")
    return f"{_details(shown)}\n\n{outcome}"


def _deny(client: ApprovalsClient, args: argparse.Namespace) -> str:
    a = client.call("Deny", approvals_pb2.DenyRequest(id=args.id, reason=args.reason))
    return printable(f"denied {a.id}: {a.tool} for {a.requester}")


def _revoke(client: ApprovalsClient, args: argparse.Namespace) -> str:
    a = client.call("Revoke", approvals_pb2.RevokeRequest(id=args.id, reason=args.reason))
    return printable(f"revoked {a.id}: {a.status}")


def _review(client: ApprovalsClient, args: argparse.Namespace) -> str:
    a = client.call("ReviewBreakGlass", approvals_pb2.ReviewBreakGlassRequest(id=args.id, note=args.note))
    return printable(f"recorded your review of break-glass use {a.id} ({a.tool} by {a.requester})")


COMMANDS: dict[str, Callable[[ApprovalsClient, argparse.Namespace], str]] = {
    "list": _list, "show": _show, "approve": _approve, "deny": _deny, "revoke": _revoke, "review": _review,
}


def run(args: argparse.Namespace) -> int:
    """Run `args.approvals_command`; print the result, or the API's refusal on stderr."""
    token = args.token or os.environ.get(TOKEN_ENV)
    if not token:
        print(f"chaperone: no token: pass --token or set {TOKEN_ENV} (a reviewer's bearer token)", file=sys.stderr)
        return 2
    client = ApprovalsClient(args.api, token, tls=args.tls)
    try:
        print(COMMANDS[args.approvals_command](client, args))
        return 0
    except grpc.RpcError as exc:
        code = dict(exc.trailing_metadata() or ()).get(CODE_METADATA)
        details = printable(exc.details() or exc.code().name)
        if code is None and exc.code() is grpc.StatusCode.UNAVAILABLE:
            details = f"cannot reach the review API at {args.api}: {details}"
        print(f"chaperone: {details}" + (f" [{code}]" if code else ""), file=sys.stderr)
        return 1 if exc.code() in _NOT_DECIDED else 2
    finally:
        client.close()
