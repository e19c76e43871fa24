"""logging/setLevel's threshold is kept per session, and only levels at or above it are let through."""

from __future__ import annotations

from tests.conformance.reference_server.catalog import LogLevels


def test_everything_passes_until_a_level_is_set() -> None:
    levels = LogLevels()
    assert levels.allows("s1", "debug")


def test_threshold_applies_to_its_own_session_only() -> None:
    levels = LogLevels()
    levels.set("s1", "warning")
    assert not levels.allows("s1", "info")
    assert levels.allows("s1", "warning")
    assert levels.allows("s1", "emergency")
    assert levels.allows("s2", "info")
