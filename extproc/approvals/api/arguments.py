"""The `chaperone approvals` command line: its arguments, importable without the compiled API (so every
other command still runs, and says what to do, when it is missing)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

DEFAULT_API = "127.0.0.1:10001"
TOKEN_ENV = "CHAPERONE_TOKEN"
STATUSES = ("pending", "approved", "denied", "expired", "revoked", "consumed")
_DURATION = re.compile(r"(\d{1,9})([smhd]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> int:
    """`90`, `90s`, `15m`, `2h`, `1d` → seconds (argparse type)."""
    match = _DURATION.fullmatch(text.strip())
    seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)] if match else 0
    if not 0 < seconds < 2**31:
        raise argparse.ArgumentTypeError(f"expected a duration such as 900, 90s, 15m, 2h or 1d, got {text!r}")
    return seconds


def add_parser(sub: argparse._SubParsersAction, func: Callable[[argparse.Namespace], int]) -> None:
    p = sub.add_parser("approvals", help="list, show and decide just-in-time approval requests",
                       description="Review approval requests through the reviewer API with your own bearer token. "
                       "Exit status: 0 done, 2 refused, 1 nothing decided (API or store unavailable).")
    p.add_argument("--api", default=DEFAULT_API,
                   help="the review API's HOST:PORT, or Envoy's listener (default: %(default)s)")
    p.add_argument("--token", help=f"your bearer token (default: ${TOKEN_ENV})")
    p.add_argument("--tls", action="store_true", help="connect with TLS (system roots)")
    p.set_defaults(func=func)
    commands = p.add_subparsers(dest="approvals_command", required=True, metavar="SUBCOMMAND")
    q = commands.add_parser("list", help="requests you may review, newest first")
    q.add_argument("--status", choices=STATUSES)
    q.add_argument("--break-glass", action="store_true", help="only break-glass uses")
    q.add_argument("--unreviewed", action="store_true", help="only break-glass uses nobody has reviewed yet")
    q.add_argument("--limit", type=int, default=100, help="at most this many (default: %(default)s, at most 500)")
    q = commands.add_parser("show", help="a request: who asks, through which client, why, the masked arguments")
    q.add_argument("id")
    q = commands.add_parser("approve", help="approve a request (never your own): prints it as `show` does and "
                            "approves exactly what it printed")
    q.add_argument("id")
    q.add_argument("--for", dest="duration", type=parse_duration, metavar="DURATION",
                   help="how long the approval lasts, e.g. 15m (default: the rule's default grant)")
    q.add_argument("--reason")
    for name, what in (("deny", "deny a pending request"), ("revoke", "end an approval or a grant early")):
        q = commands.add_parser(name, help=what)
        q.add_argument("id")
        q.add_argument("--reason", required=True, help="required; the requester is told it")
    q = commands.add_parser("review", help="record the after-the-fact review of a break-glass use")
    q.add_argument("id")
    q.add_argument("--note", required=True, help="what you concluded")
