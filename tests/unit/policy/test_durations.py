"""Durations as the policy writes them (durations.py): `90s`, `15m`, `1h`, `7d`."""

from extproc.policy.durations import format_duration, parse_duration


def test_durations() -> None:
    assert [parse_duration(t) for t in ("0s", "90s", "15m", "1h", "7d")] == [0, 90, 900, 3600, 604800]
    for text in ("", "1", "1.5h", "1h30m", "-1m", " 1m", "1M", "1w", "1234567890s"):
        assert parse_duration(text) is None
    assert [format_duration(s) for s in (0, 59, 60, 90, 3600, 5400, 86400, 2592000)] == [
        "0s", "59s", "1m", "90s", "1h", "90m", "1d", "30d"]
