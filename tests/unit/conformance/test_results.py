"""The conformance table: how the suite's checks.json files are read, compared and judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conformance import results
from tests.conformance.results import Expected, Outcome

REVISION = "2025-11-25"


def write_run(directory: Path, scenario: str, checks: list[dict[str, object]]) -> Path:
    folder = directory / f"server-{scenario}-2026-11-30T07-20-07-274Z"
    folder.mkdir(parents=True)
    (folder / "checks.json").write_text(json.dumps(checks))
    return directory


def expected(check: str, kind: str = "policy") -> Expected:
    return Expected("tools-list", check, (REVISION,), kind, "because")


def test_a_repeated_check_keeps_its_most_severe_status(tmp_path: Path) -> None:
    run = write_run(tmp_path, "http-header-validation", [
        {"id": "reject", "status": "SUCCESS"},
        {"id": "reject", "status": "FAILURE", "errorMessage": "Expected HTTP 400,\ngot 200"},
        {"id": "reject", "status": "WARNING"},
    ])
    assert results.read_run(run) == {
        ("http-header-validation", "reject"): Outcome("FAILURE", "Expected HTTP 400, got 200"),
    }


def test_masking_placeholders_in_the_details_are_counted(tmp_path: Path) -> None:
    run = write_run(tmp_path, "elicitation-sep1330-enums", [
        {"id": "titled", "status": "SUCCESS", "details": {"title": "First [NAME]", "other": "[NAME-3f9a1c0b]"}},
    ])
    assert results.read_run(run)[("elicitation-sep1330-enums", "titled")].placeholders == 2


def test_same_results_are_no_difference() -> None:
    same = {("tools-list", "tools-list"): Outcome("SUCCESS", "")}
    [row] = results.compare(REVISION, same, same, [])
    assert not row.differs and row.verdict == ""
    assert not results.failed([row], [])


@pytest.mark.parametrize(("kind", "verdict", "fails"), [("policy", "POLICY", False), ("defect", "DEFECT", True)])
def test_a_listed_difference_takes_its_kind(kind: str, verdict: str, fails: bool) -> None:
    entry = expected("tools-list", kind)
    rows = results.compare(REVISION, {("tools-list", "tools-list"): Outcome("SUCCESS", "")},
                           {("tools-list", "tools-list"): Outcome("FAILURE", "no")}, [entry])
    assert [r.verdict for r in rows] == [verdict]
    assert results.failed(rows, results.stale([entry], rows)) is fails


def test_an_unlisted_difference_fails_and_a_listed_one_for_another_revision_does_not_cover_it() -> None:
    entry = Expected("tools-list", "tools-list", ("2026-07-28",), "policy", "because")
    rows = results.compare(REVISION, {("tools-list", "tools-list"): Outcome("SUCCESS", "")}, {}, [entry])
    assert [(r.gateway.status, r.verdict) for r in rows] == [(results.MISSING, "UNEXPLAINED")]
    assert results.failed(rows, [])


def test_masked_content_with_the_same_verdict_is_a_difference() -> None:
    rows = results.compare(REVISION, {("tools-list", "x"): Outcome("SUCCESS", "", 0)},
                           {("tools-list", "x"): Outcome("SUCCESS", "", 1)}, [])
    assert rows[0].differs and rows[0].gateway_column == "SUCCESS*"


def test_an_entry_that_matches_no_difference_is_stale_and_fails() -> None:
    entry = expected("tools-list")
    same = {("tools-list", "tools-list"): Outcome("SUCCESS", "")}
    rows = results.compare(REVISION, same, same, [entry])
    assert results.stale([entry], rows) == [entry]
    assert results.failed(rows, [entry])
    assert "[STALE]" in results.render(rows, [entry])


def test_an_entry_for_a_revision_that_did_not_run_is_not_stale() -> None:
    entry = Expected("tools-list", "tools-list", ("2026-07-28",), "policy", "because")
    same = {("tools-list", "tools-list"): Outcome("SUCCESS", "")}
    assert results.stale([entry], results.compare(REVISION, same, same, [entry])) == []


def test_the_committed_expectations_are_well_formed() -> None:
    entries = results.load_expected(Path(results.__file__).parent / "expected_differences.yaml")
    assert entries and all(e.revisions and set(e.revisions) <= {"2025-11-25", "2026-07-28"} for e in entries)
    assert len({(e.scenario, e.check) for e in entries}) == len(entries)


def test_an_entry_without_a_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "expected.yaml"
    path.write_text("- {scenario: a, check: b, revisions: [2025-11-25], kind: policy}\n")
    with pytest.raises(ValueError, match="reason"):
        results.load_expected(path)
