"""What an exchange asks the server to do and wait for, in plain values.

A phase of `Exchange` is a generator: it yields an effect, the server performs it (awaiting whatever it
must: the identity provider's keys, the journal's fsync) and sends the result back in, or throws the
failure in. The exchange decides everything; the server only does what it is asked, in the order asked.
A new kind of wait is one new effect here, one `yield` where the exchange needs it, and one branch in
`server.Effects.perform`.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

from extproc.audit.outcome import Outcome

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RefreshKeys:
    """Refetch the identity provider's signing keys (single flight, rate-limited), then go on. Sends None."""


@dataclass(frozen=True, slots=True)
class WriteRecord:
    """Make the exchange's audit record durable before anything else leaves. Sends None, or throws
    `AuditUnavailable` into the phase, which then withholds what it was about to send."""

    outcome: Outcome


Effect = RefreshKeys | WriteRecord

Steps = Generator[Effect, None, T]
"""A phase: yields effects, ends with its answer."""
