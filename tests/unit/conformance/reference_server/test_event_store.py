"""The event store replays exactly the events after the given one, of its stream only, skipping priming events."""

from __future__ import annotations

import asyncio

from mcp.server.streamable_http import EventMessage
from mcp_types import JSONRPCNotification

from tests.conformance.reference_server.event_store import MemoryEventStore


def notification(number: int) -> JSONRPCNotification:
    return JSONRPCNotification(jsonrpc="2.0", method="notifications/message", params={"n": number})


def test_replays_later_events_of_the_same_stream() -> None:
    async def scenario() -> tuple[str | None, list[EventMessage]]:
        store = MemoryEventStore()
        priming = await store.store_event("a", None)
        await store.store_event("a", notification(1))
        await store.store_event("b", notification(2))
        await store.store_event("a", notification(3))
        replayed: list[EventMessage] = []

        async def collect(event: EventMessage) -> None:
            replayed.append(event)

        return await store.replay_events_after(priming, collect), replayed

    stream, replayed = asyncio.run(scenario())
    assert stream == "a"
    assert [event.message.params for event in replayed] == [{"n": 1}, {"n": 3}]
    assert [event.event_id for event in replayed] == ["2", "4"]


def test_unknown_event_id_replays_nothing() -> None:
    async def scenario() -> str | None:
        store = MemoryEventStore()
        await store.store_event("a", notification(1))

        async def refuse(event: EventMessage) -> None:
            raise AssertionError("nothing should be replayed")

        return await store.replay_events_after("999", refuse)

    assert asyncio.run(scenario()) is None
