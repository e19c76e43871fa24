"""Approval notifications for reviewers: a signed JSON POST when a request starts waiting or glass is broken.

A held call must never wait on a receiver, so `notify` only enqueues; one task drains the queue. Each event
is signed per the Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature`), and its
id is derived from the event type and approval id: every retry, and a second notify of the same event, carry
the same id, so receivers deduplicate. The payload is built from an allow-list of fields that hold no ePHI
(ids, tool, requester, rule, expiry, status, a link): never the call's arguments or the caller's reason.

Delivery: up to `concurrency` POSTs at a time (one slow answer does not stall the others, and events may
arrive in any order), retried on connection errors, timeouts, 5xx and 429 with exponential backoff and
jitter; other answers give up. Break-glass events go first and are the last to be dropped: a full queue
drops its oldest undelivered `approval.requested` event (callers can make many of those; glass is broken at
most `per_hour` times a caller), a break-glass event only to make room for another. Logs name events by
their webhook id only.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import collections
import contextlib
import hashlib
import hmac
import json
import logging
import random
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx2

from extproc import timestamps
from extproc.approvals.model import ApprovalRequest
from extproc.policy.texts import LOOPBACK_HOSTS

log = logging.getLogger("chaperone.approvals")

APPROVAL_REQUESTED = "approval.requested"
BREAK_GLASS = "approval.break_glass"
EVENT_TYPES = frozenset({APPROVAL_REQUESTED, BREAK_GLASS})
URGENT = frozenset({BREAK_GLASS})
"""Events sent before, and dropped after, the others: a call already went on without a reviewer."""

SECRET_PREFIX = "whsec_"
MIN_SECRET_BYTES = 24
"""The Standard Webhooks minimum (192 bits): a shorter key is refused rather than used."""


@dataclass(frozen=True)
class RetrySchedule:
    """When to try again. The defaults retry for about five minutes (a receiver's restart), then give up."""

    first_delay: float = 0.5
    max_delay: float = 60.0
    max_attempts: int = 12
    max_age: float = 3600.0
    """No attempt starts later than this after `notify`."""
    attempt_timeout: float = 5.0
    """The whole POST (connect, send, answer's status line and headers)."""

    def __post_init__(self) -> None:
        if not (0 < self.first_delay <= self.max_delay and self.max_attempts >= 1 and self.max_age > 0
                and self.attempt_timeout > 0):
            raise ValueError("retry schedule: delays, attempts, age and timeout must be positive, "
                             "first_delay at most max_delay")


def backoff_delay(attempts: int, schedule: RetrySchedule, draw: float) -> float:
    """The wait after `attempts` failed attempts: `first_delay` doubling up to `max_delay`, scaled by a jitter
    between 1/2 and 1 (`draw` in [0, 1]) so receivers coming back are not hit by every sender at once."""
    base = min(schedule.max_delay, schedule.first_delay * 2.0 ** min(attempts - 1, 64))
    return base * (0.5 + 0.5 * draw)


def check_url(url: str, *, what: str) -> str:
    """`url` if it is an absolute http(s) URL without a fragment, https unless its host is loopback.
    Errors do not repeat the URL: its query may hold the receiver's token."""
    if not url or any(c.isspace() for c in url):
        raise ValueError(f"{what} must be a URL without spaces")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        raise ValueError(f"{what} is not a valid URL") from None
    if parts.scheme not in ("https", "http") or not host:
        raise ValueError(f"{what} must be an absolute https:// URL")
    if parts.fragment or url.endswith("#"):
        raise ValueError(f"{what} must not have a #fragment")
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        raise ValueError(f"{what} must use https (plain http is accepted only for 127.0.0.1, localhost and [::1])")
    return url


def parse_secret(text: str) -> bytes:
    """A Standard Webhooks secret: base64, optionally prefixed `whsec_` (as receivers' libraries accept it)."""
    text = text.strip()
    text = text.removeprefix(SECRET_PREFIX)
    try:
        secret = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the webhook secret is not base64 (expected whsec_<base64>)") from None
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"the webhook secret is shorter than {MIN_SECRET_BYTES} bytes")
    return secret


def load_secret(path: Path) -> bytes:
    """The secret in a file (`whsec_<base64>`, surrounding whitespace ignored)."""
    return parse_secret(path.read_text(encoding="utf-8"))


def rfc3339(seconds: float) -> str:
    """The payload's times: to the millisecond."""
    return timestamps.rfc3339(seconds, "milliseconds")


def approval_link(link_base: str | None, approval_id: str) -> str | None:
    return None if link_base is None else f"{link_base.rstrip('/')}/approvals/{quote(approval_id, safe='')}"


def event_payload(event_type: str, request: ApprovalRequest, *, link_base: str | None, now: float) -> dict[str, Any]:
    """The event as receivers see it. Every field is named here: nothing else of the request (its arguments,
    the caller's reason, reviews) can reach a receiver."""
    return {
        "type": event_type,
        "timestamp": rfc3339(now),
        "data": {
            "approval_id": request.id,
            "tool": request.binding.tool,
            "requester": request.requester,
            "client_id": request.client_id,
            "rule": request.rule,
            "expires_at": rfc3339(request.expires_at),
            "status": request.status.value,
            "approvals_required": request.approvals_required,
            "link": approval_link(link_base, request.id),
        },
    }


def event_id(event_type: str, approval_id: str) -> str:
    """The `webhook-id`: the same for the same event whoever sends it, so receivers deduplicate."""
    return "msg_" + hashlib.sha256(f"{event_type}\n{approval_id}".encode()).hexdigest()[:32]


def sign(secret: bytes, webhook_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` header: `v1,` and base64 of HMAC-SHA256 over `id.timestamp.body`."""
    mac = hmac.new(secret, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode("ascii")


class _Outcome(Enum):
    DELIVERED = "delivered"
    RETRY = "retry"
    GIVE_UP = "give up"


@dataclass(eq=False)
class _Delivery:
    webhook_id: str
    body: bytes
    created: float
    urgent: bool
    attempts: int = 0
    in_flight: bool = False
    retry_timer: asyncio.TimerHandle | None = field(default=None, repr=False)


class WebhookNotifier:
    """Events in (`notify`, from the event loop's thread), signed POSTs out. `start` before, `close` after."""

    def __init__(self, url: str, secret: bytes, *, link_base: str | None, max_queue: int = 1000,
                 concurrency: int = 4, schedule: RetrySchedule | None = None) -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the webhook secret is shorter than {MIN_SECRET_BYTES} bytes")
        if max_queue < 1 or concurrency < 1:
            raise ValueError("max_queue and concurrency must be at least 1")
        self._url = check_url(url, what="the webhook URL")
        if link_base is not None:
            check_url(link_base, what="the approvals link base")
            if urlsplit(link_base).query:
                raise ValueError("the approvals link base must not have a ?query")
        self._secret = secret
        self._link_base = link_base
        self._max_queue = max_queue
        self._concurrency = concurrency
        self._schedule = schedule or RetrySchedule()
        # every accepted event not yet delivered or given up, oldest first: queued, in flight or waiting to retry
        self._undelivered: dict[str, _Delivery] = {}
        self._ready: collections.deque[_Delivery] = collections.deque()
        self._ready_urgent: collections.deque[_Delivery] = collections.deque()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._slots = asyncio.Semaphore(concurrency)
        self._client: httpx2.AsyncClient | None = None
        self._dispatcher: asyncio.Task[None] | None = None
        self._attempts: set[asyncio.Task[None]] = set()
        self._closed = False
        self._counts = {"delivered": 0, "retried": 0, "dropped": 0, "failed": 0}

    def notify(self, event_type: str, request: ApprovalRequest) -> None:
        """Queue the event and return at once. An event already waiting is not queued twice."""
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown webhook event type {event_type[:60]!r}")
        webhook_id = event_id(event_type, request.id)
        if self._closed:
            self._counts["dropped"] += 1
            log.warning("webhook event %s dropped: the notifier is closed", webhook_id)
            return
        if webhook_id in self._undelivered:
            return
        urgent = event_type in URGENT
        if len(self._undelivered) >= self._max_queue and not self._drop_oldest(urgent):
            self._counts["dropped"] += 1
            log.warning("webhook queue full (every event in flight or more urgent): a new event was dropped "
                        "(%d dropped so far)", self._counts["dropped"])
            return
        payload = event_payload(event_type, request, link_base=self._link_base, now=time.time())
        body = json.dumps(payload, separators=(",", ":"), allow_nan=False).encode("ascii")
        delivery = _Delivery(webhook_id, body, time.monotonic(), urgent)
        self._undelivered[webhook_id] = delivery
        self._idle.clear()
        self._queue_of(delivery).append(delivery)
        self._wake.set()

    def _queue_of(self, delivery: _Delivery) -> collections.deque[_Delivery]:
        return self._ready_urgent if delivery.urgent else self._ready

    def _drop_oldest(self, for_urgent: bool) -> bool:
        """Make room: forget the oldest ordinary event not in flight, or (to make room for an urgent one) the
        oldest urgent one. False if there is none to forget."""
        waiting = [d for d in self._undelivered.values() if not d.in_flight]
        oldest = next((d for d in waiting if not d.urgent), None)
        if oldest is None and for_urgent:
            oldest = next(iter(waiting), None)
        if oldest is None:
            return False
        self._forget(oldest)
        if oldest.retry_timer is not None:
            oldest.retry_timer.cancel()
        else:
            self._queue_of(oldest).remove(oldest)
        self._counts["dropped"] += 1
        log.warning("webhook queue full: the oldest undelivered event was dropped (%d dropped so far)",
                    self._counts["dropped"])
        return True

    def stats(self) -> dict[str, int]:
        """delivered; retried (attempts after the first); dropped (queue full, or still undelivered at close);
        failed (given up: refused by the receiver, or out of attempts or time); pending (not yet settled)."""
        return {**self._counts, "pending": len(self._undelivered)}

    async def start(self) -> None:
        self._client = httpx2.AsyncClient(
            timeout=self._schedule.attempt_timeout,
            limits=httpx2.Limits(max_connections=self._concurrency),
            follow_redirects=False,
            trust_env=False,  # the receiver is reached as configured: no proxy or .netrc from the environment
        )
        self._dispatcher = asyncio.create_task(self._dispatch(), name="webhook dispatcher")

    async def close(self, timeout: float) -> None:
        """Deliver what can be within `timeout` seconds, then stop; what is left is counted as dropped."""
        self._closed = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)
        tasks = [*self._attempts, *([self._dispatcher] if self._dispatcher else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        left = list(self._undelivered.values())
        for delivery in left:
            if delivery.retry_timer is not None:
                delivery.retry_timer.cancel()
        self._undelivered.clear()
        self._ready.clear()
        self._ready_urgent.clear()
        if left:
            self._counts["dropped"] += len(left)
            log.warning("%d webhook event(s) were not delivered before shutdown", len(left))
        if self._client is not None:
            await self._client.aclose()

    async def _dispatch(self) -> None:
        while True:
            # a slot first, then an event: events wait in the queue, where a full queue can still drop them
            await self._slots.acquire()
            while not (self._ready_urgent or self._ready):
                self._wake.clear()
                await self._wake.wait()
            delivery = (self._ready_urgent or self._ready).popleft()
            delivery.in_flight = True
            task = asyncio.create_task(self._attempt(delivery))
            self._attempts.add(task)
            task.add_done_callback(self._attempts.discard)

    async def _attempt(self, delivery: _Delivery) -> None:
        delivery.attempts += 1
        try:
            outcome, detail = await self._post(delivery)
        except Exception as exc:  # a bug here must not leave the event pending forever
            outcome, detail = _Outcome.GIVE_UP, f"unexpected {type(exc).__name__}"
        finally:
            delivery.in_flight = False
            self._slots.release()
        if outcome is _Outcome.DELIVERED:
            self._counts["delivered"] += 1
            self._forget(delivery)
            return
        delay = backoff_delay(delivery.attempts, self._schedule, random.random())
        age = time.monotonic() - delivery.created
        if outcome is _Outcome.RETRY and (delivery.attempts >= self._schedule.max_attempts
                                          or age + delay > self._schedule.max_age):
            outcome, detail = _Outcome.GIVE_UP, f"{detail}, out of attempts or time after {delivery.attempts}"
        if outcome is _Outcome.GIVE_UP:
            self._counts["failed"] += 1
            self._forget(delivery)
            log.warning("webhook event %s not delivered: %s", delivery.webhook_id, detail)
            return
        self._counts["retried"] += 1
        log.info("webhook event %s: %s, retrying in %.1f s", delivery.webhook_id, detail, delay)
        delivery.retry_timer = asyncio.get_running_loop().call_later(delay, self._retry_now, delivery)

    def _retry_now(self, delivery: _Delivery) -> None:
        delivery.retry_timer = None
        if self._undelivered.get(delivery.webhook_id) is delivery:
            self._queue_of(delivery).append(delivery)
            self._wake.set()

    def _forget(self, delivery: _Delivery) -> None:
        del self._undelivered[delivery.webhook_id]
        if not self._undelivered:
            self._idle.set()

    async def _post(self, delivery: _Delivery) -> tuple[_Outcome, str]:
        assert self._client is not None
        timestamp = int(time.time())
        headers = {
            "content-type": "application/json",
            "webhook-id": delivery.webhook_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(self._secret, delivery.webhook_id, timestamp, delivery.body),
        }
        try:
            async with asyncio.timeout(self._schedule.attempt_timeout):
                # streamed and never read: only the status counts, and a huge answer costs no memory
                async with self._client.stream("POST", self._url, content=delivery.body, headers=headers) as answer:
                    status = answer.status_code
        except (httpx2.TransportError, TimeoutError) as exc:
            return _Outcome.RETRY, type(exc).__name__
        if 200 <= status < 300:
            return _Outcome.DELIVERED, f"HTTP {status}"
        if status == 429 or status >= 500:
            return _Outcome.RETRY, f"HTTP {status}"
        return _Outcome.GIVE_UP, f"HTTP {status}"
