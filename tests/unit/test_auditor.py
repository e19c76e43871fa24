"""The auditor's report of spans that wait for the collector or were lost."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from extproc.audit.auditor import Auditor
from extproc.audit.journal import Journal
from extproc.audit.signing import Signer, ensure_signing_key

QUIET = {"emitted": 5, "exported": 5, "spooled": 0, "delivered_from_spool": 0, "dropped": 0,
         "queue_dropped": 0, "spool_full": 0, "rejected": 0}


class FakeSpans:
    def __init__(self, stats: list[dict[str, int]]) -> None:
        self._stats = stats

    def emit(self, record: dict[str, Any], traceparent: str | None) -> None: ...

    def shutdown(self, timeout: float) -> None: ...

    def stats(self) -> dict[str, int]:
        return self._stats.pop(0) if len(self._stats) > 1 else self._stats[0]


def warnings_after(tmp_path: Path, caplog: pytest.LogCaptureFixture, stats: list[dict[str, int]]) -> list[str]:
    ensure_signing_key(tmp_path / "k.pem")

    async def main() -> None:
        auditor = Auditor(Journal(tmp_path / "j", Signer(tmp_path / "k.pem")), spans=FakeSpans(stats))
        task = asyncio.create_task(auditor.report_spans(every=0.01))
        await asyncio.sleep(0.1)
        task.cancel()

    with caplog.at_level(logging.WARNING, logger="chaperone.audit"):
        asyncio.run(main())
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_all_delivered_is_not_reported(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert warnings_after(tmp_path, caplog, [QUIET]) == []


def test_spans_waiting_in_the_spool_are_reported_while_they_wait(tmp_path: Path, caplog) -> None:
    waiting = {**QUIET, "exported": 2, "spooled": 3}
    warnings = warnings_after(tmp_path, caplog, [waiting, waiting, QUIET])
    assert len(warnings) == 2 and "3 waiting in the spool" in warnings[0]


def test_lost_spans_are_reported_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lost = {**QUIET, "dropped": 4, "spool_full": 4}
    warnings = warnings_after(tmp_path, caplog, [lost])
    assert len(warnings) == 1 and "4 lost (queue full 0, spool full 4" in warnings[0]
