"""Timestamps as the journal, audit records, webhooks and the reviewer API write them: RFC 3339 in UTC."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def rfc3339(seconds: float, timespec: str = "microseconds") -> str:
    """UNIX seconds as `2026-11-30T07:00:00.123456Z` (`timespec` as `datetime.isoformat` takes it)."""
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec=timespec).replace("+00:00", "Z")


def rfc3339_ns(ns: int) -> str:
    """UNIX nanoseconds to the microsecond, without a float's rounding (an exchange's start time)."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ns // 1_000_000_000)) + f".{ns % 1_000_000_000 // 1000:06d}Z"
