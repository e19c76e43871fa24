import pytest

from extproc.sessions import (
    MAX_EVENT_ID_CHARS,
    MAX_SESSION_ID_CHARS,
    SessionConflict,
    SessionOwner,
    SessionTable,
    SessionTableFull,
    Standing,
    is_session_id,
)

ANA = SessionOwner("iss", "ana", "agent")
ANA_OTHER_CLIENT = SessionOwner("iss", "ana", "other-agent")
IVY = SessionOwner("iss", "ivy", "agent")
ANA_OTHER_ISSUER = SessionOwner("iss2", "ana", "agent")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_session_is_its_openers_alone() -> None:
    table = SessionTable()
    table.bind("s-1", ANA)
    assert table.standing("s-1", ANA) is Standing.OWN
    for other in (IVY, ANA_OTHER_CLIENT, ANA_OTHER_ISSUER):
        assert table.standing("s-1", other) is Standing.OTHERS
    assert table.standing("s-2", ANA) is Standing.UNKNOWN, "never opened (or opened before a restart)"


def test_an_id_bound_to_another_live_session_is_a_conflict_and_the_binding_stays() -> None:
    table = SessionTable()
    table.bind("s-1", ANA)
    with pytest.raises(SessionConflict):
        table.bind("s-1", IVY)
    assert table.standing("s-1", ANA) is Standing.OWN
    table.bind("s-1", ANA)  # the same caller again: still one binding
    assert len(table) == 1


@pytest.mark.parametrize("session_id", ["", "a b", "tab\there", "é", "x" * (MAX_SESSION_ID_CHARS + 1), "\x7f"])
def test_only_visible_ascii_ids_of_bounded_length_are_bound(session_id: str) -> None:
    assert not is_session_id(session_id)
    with pytest.raises(ValueError):
        SessionTable().bind(session_id, ANA)


def test_ending_forgets_the_owners_session_only() -> None:
    table = SessionTable()
    table.bind("s-1", ANA)
    assert table.end("s-1", IVY) is False
    assert table.standing("s-1", ANA) is Standing.OWN
    assert table.end("s-1", ANA) is True
    assert table.standing("s-1", ANA) is Standing.UNKNOWN and len(table) == 0
    assert table.end("s-1", ANA) is False


def test_an_idle_session_is_forgotten_but_use_keeps_it_alive() -> None:
    clock = Clock()
    table = SessionTable(idle_s=60, clock=clock)
    table.bind("busy", ANA)
    table.bind("idle", ANA)
    for _ in range(3):
        clock.now += 40
        assert table.standing("busy", ANA) is Standing.OWN
    assert table.standing("idle", ANA) is Standing.UNKNOWN
    assert len(table) == 1
    clock.now += 61
    assert table.standing("busy", ANA) is Standing.UNKNOWN


def test_a_caller_over_its_share_gives_up_its_least_recently_used_session() -> None:
    table = SessionTable(per_caller=2)
    table.bind("a-1", ANA)
    table.bind("a-2", ANA)
    table.bind("i-1", IVY)
    assert table.standing("a-1", ANA) is Standing.OWN  # a-2 is now the least recently used
    table.bind("a-3", ANA_OTHER_CLIENT)  # the share is the user's, whichever client
    assert table.standing("a-2", ANA) is Standing.UNKNOWN
    assert table.standing("a-1", ANA) is Standing.OWN and table.standing("a-3", ANA_OTHER_CLIENT) is Standing.OWN
    assert table.standing("i-1", IVY) is Standing.OWN, "another caller's session is never pushed out"


def test_a_full_table_refuses_a_new_session_rather_than_forget_another_callers() -> None:
    clock = Clock()
    table = SessionTable(capacity=2, per_caller=5, idle_s=60, clock=clock)
    table.bind("a-1", ANA)
    table.bind("a-2", ANA)
    with pytest.raises(SessionTableFull):
        table.bind("i-1", IVY)
    assert table.standing("a-1", ANA) is Standing.OWN and table.standing("a-2", ANA) is Standing.OWN
    clock.now += 30
    table.standing("a-2", ANA)
    clock.now += 31  # a-1 idle past its time: its slot is free again
    table.bind("i-1", IVY)
    assert table.standing("i-1", IVY) is Standing.OWN and table.standing("a-1", ANA) is Standing.UNKNOWN


def test_a_caller_at_its_share_in_a_full_table_gives_up_its_own() -> None:
    table = SessionTable(capacity=2, per_caller=1)
    table.bind("a-1", ANA)
    table.bind("i-1", IVY)
    table.bind("a-2", ANA)
    assert table.standing("a-1", ANA) is Standing.UNKNOWN and table.standing("i-1", IVY) is Standing.OWN


def test_only_event_ids_sent_on_the_callers_own_session_can_be_resumed_from() -> None:
    table = SessionTable()
    table.bind("s-ana", ANA)
    table.bind("s-ivy", IVY)
    table.events_sent("s-ana", ANA, ["1", "2"])
    table.events_sent("s-ana", IVY, ["3"])  # not ivy's session: nothing recorded
    assert table.was_sent("s-ana", ANA, "1") and table.was_sent("s-ana", ANA, "2")
    assert not table.was_sent("s-ana", ANA, "3")
    assert not table.was_sent("s-ivy", IVY, "1"), "another session's id"
    assert not table.was_sent("s-ana", ANA_OTHER_CLIENT, "1"), "another caller naming the session"
    assert not table.was_sent("s-never", ANA, "1")


@pytest.mark.parametrize("event_id", ["", "a,b", "x" * (MAX_EVENT_ID_CHARS + 1)])
def test_ids_a_resumption_cannot_name_unambiguously_are_never_recorded(event_id: str) -> None:
    table = SessionTable()
    table.bind("s-1", ANA)
    table.events_sent("s-1", ANA, [event_id])
    assert not table.was_sent("s-1", ANA, event_id)


def test_a_session_keeps_its_last_ids_only() -> None:
    table = SessionTable(events_per_session=3)
    table.bind("s-1", ANA)
    table.events_sent("s-1", ANA, ["1", "2", "3"])
    table.events_sent("s-1", ANA, ["1", "4"])  # sent again: now among the newest
    assert [table.was_sent("s-1", ANA, i) for i in "1234"] == [True, False, True, True]


def test_the_table_gives_up_the_oldest_ids_of_the_session_that_recorded_least_recently() -> None:
    table = SessionTable(event_capacity=4)
    table.bind("s-1", ANA)
    table.bind("s-2", IVY)
    table.events_sent("s-1", ANA, ["a", "b", "c"])
    table.events_sent("s-2", IVY, ["x", "y"])
    assert not table.was_sent("s-1", ANA, "a") and table.was_sent("s-1", ANA, "b")
    table.events_sent("s-2", IVY, ["z", "w"])
    assert not table.was_sent("s-1", ANA, "b") and not table.was_sent("s-1", ANA, "c")
    assert all(table.was_sent("s-2", IVY, i) for i in "xyzw")


def test_ids_go_with_their_binding() -> None:
    clock = Clock()
    table = SessionTable(idle_s=60, clock=clock, event_capacity=2)
    table.bind("s-1", ANA)
    table.events_sent("s-1", ANA, ["1", "2"])
    table.end("s-1", ANA)
    table.bind("s-1", ANA)  # the upstream issues the id again: a new session, nothing to resume
    assert not table.was_sent("s-1", ANA, "1")
    table.events_sent("s-1", ANA, ["3", "4"])  # the ended session's ids no longer count against the capacity
    assert table.was_sent("s-1", ANA, "3") and table.was_sent("s-1", ANA, "4")
    clock.now += 61
    assert not table.was_sent("s-1", ANA, "3"), "idle too long"
