"""The helper's side of the spans: spans the journal could not send are counted as lost; the framing and settings
that reach the helper; the report of spans that wait for the collector or were lost."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from extproc.audit.span_feed import SpanFeed, SpanSettings, frame, unframe
from extproc.audit.spans.sink import SpanSink
from tests.span_support import FAST

QUIET = {"emitted": 5, "exported": 5, "spooled": 0, "delivered_from_spool": 0, "dropped": 0,
         "queue_dropped": 0, "spool_full": 0, "rejected": 0}


def test_records_without_their_span_are_counted_as_lost(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    feed = SpanFeed(SpanSink("127.0.0.1:9", tmp_path, **FAST))
    try:
        with caplog.at_level(logging.ERROR, logger="chaperone.spans"):
            feed.add(frame([b"\x0a\x00"]), 3)
            feed.add(frame([b"\x0a\x00"])[:-1], 2)
        stats = feed.sink.stats()
        assert stats["emitted"] == 5 and stats["dropped"] == 4
        assert "2 span(s) lost: the journal could not build them" in caplog.text
        assert "2 span(s) lost: the spans of a journal batch could not be read" in caplog.text
    finally:
        feed.close(0.2)


def test_framing_round_trips_and_refuses_a_cut() -> None:
    spans = [b"", b"x" * 300, b"yz"]
    assert unframe(frame(spans)) == spans
    assert unframe(b"") == []
    for cut in (1, 5, len(frame(spans)) - 1):
        with pytest.raises(ValueError):
            unframe(frame(spans)[:cut])


def test_settings_travel_as_json() -> None:
    settings = SpanSettings("127.0.0.1:4317", "/var/spool", report_every=5.0)
    assert SpanSettings.from_json(settings.to_json()) == settings


class FakeSink:
    def __init__(self, stats: list[dict[str, int]]) -> None:
        self._stats = stats

    def stats(self) -> dict[str, int]:
        return self._stats.pop(0) if len(self._stats) > 1 else self._stats[0]


def warnings_after(caplog: pytest.LogCaptureFixture, stats: list[dict[str, int]], reports: int) -> list[str]:
    feed = SpanFeed(FakeSink(stats), report_every=60.0)  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING, logger="chaperone.spans"):
        for _ in range(reports):
            feed.report()
    assert feed.seconds_to_report() > 59, "the next report is a full interval away"
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_all_delivered_is_not_reported(caplog: pytest.LogCaptureFixture) -> None:
    assert warnings_after(caplog, [QUIET], 3) == []


def test_spans_waiting_in_the_spool_are_reported_while_they_wait(caplog: pytest.LogCaptureFixture) -> None:
    waiting = {**QUIET, "exported": 2, "spooled": 3}
    warnings = warnings_after(caplog, [waiting, waiting, QUIET], 3)
    assert len(warnings) == 2 and "3 waiting in the spool" in warnings[0]


def test_lost_spans_are_reported_once(caplog: pytest.LogCaptureFixture) -> None:
    lost = {**QUIET, "dropped": 4, "spool_full": 4}
    warnings = warnings_after(caplog, [lost], 3)
    assert len(warnings) == 1 and "4 lost (queue full 0, spool full 4" in warnings[0]
