"""The suite's results, direct and through the gateway, side by side, each difference explained or flagged.

The suite writes one `server-<scenario>-<timestamp>/checks.json` per scenario. A check id may occur several
times in a scenario (a loop, a retried flow); like the suite's own baseline, its occurrences collapse to the
most severe status. Every difference between the two columns must be named in expected_differences.yaml as
`policy` (masking or denial by design) or `defect` (the gateway changed what it should not); a defect, an
unexplained difference or an entry that no longer matches anything fails the run, a policy difference does not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

SEVERITY = {"FAILURE": 4, "WARNING": 3, "SKIPPED": 2, "SUCCESS": 1, "INFO": 0}
MISSING = "MISSING"  # the check was not reported at all (the scenario stopped before it, or did not run)
SCENARIO_DIR = re.compile(r"^server-(?P<scenario>.+)-\d{4}-\d{2}-\d{2}T[\d-]+Z$")
PLACEHOLDER = re.compile(r"\[[A-Z_]+(?:-[0-9a-f]{8})?\]")  # what masking leaves (extproc.phi.kinds/vault)
KINDS = ("policy", "defect")

Key = tuple[str, str]  # (scenario, check id)


@dataclass(frozen=True)
class Outcome:
    status: str
    message: str
    placeholders: int = 0  # masking placeholders in what the suite recorded of the exchange (its `details`)


@dataclass(frozen=True)
class Expected:
    scenario: str
    check: str
    revisions: tuple[str, ...]
    kind: str
    reason: str

    def covers(self, revision: str, key: Key) -> bool:
        return (self.scenario, self.check) == key and revision in self.revisions


@dataclass(frozen=True)
class Row:
    revision: str
    scenario: str
    check: str
    direct: Outcome
    gateway: Outcome
    expected: Expected | None

    @property
    def masked(self) -> bool:
        """Same verdict, but the gateway's side carries masking placeholders the direct side does not: a
        change the suite's check did not look at, named here so that it is judged all the same."""
        return self.gateway.placeholders > self.direct.placeholders

    @property
    def differs(self) -> bool:
        return self.direct.status != self.gateway.status or self.masked

    @property
    def gateway_column(self) -> str:
        return self.gateway.status + ("*" if self.masked else "")

    @property
    def verdict(self) -> str:
        if not self.differs:
            return ""
        return self.expected.kind.upper() if self.expected else "UNEXPLAINED"


def read_run(directory: Path) -> dict[Key, Outcome]:
    """Every (scenario, check) of one suite run, at its most severe status."""
    outcomes: dict[Key, Outcome] = {}
    for checks_file in sorted(directory.glob("server-*/checks.json")):
        match = SCENARIO_DIR.match(checks_file.parent.name)
        if match is None:
            continue
        for check in json.loads(checks_file.read_text()):
            key = (match["scenario"], check["id"])
            known = outcomes.get(key)
            masks = len(PLACEHOLDER.findall(json.dumps(check.get("details"))))
            masks = max(masks, known.placeholders) if known else masks
            if known is None or SEVERITY.get(check["status"], 5) > SEVERITY.get(known.status, 5):
                outcomes[key] = Outcome(check["status"], (check.get("errorMessage") or "").replace("\n", " "), masks)
            else:
                outcomes[key] = replace(known, placeholders=masks)
    return outcomes


def load_expected(path: Path) -> list[Expected]:
    entries = []
    for item in yaml.safe_load(path.read_text()) or []:
        if item.get("kind") not in KINDS or not item.get("reason"):
            raise ValueError(f"{path}: every entry needs kind ({'/'.join(KINDS)}) and a reason: {item!r}")
        entries.append(Expected(item["scenario"], item["check"], tuple(str(r) for r in item["revisions"]),
                                item["kind"], " ".join(str(item["reason"]).split())))
    return entries


def compare(revision: str, direct: dict[Key, Outcome], gateway: dict[Key, Outcome],
            expected: list[Expected]) -> list[Row]:
    rows = []
    absent = Outcome(MISSING, "")
    for key in sorted(direct.keys() | gateway.keys()):
        entry = next((e for e in expected if e.covers(revision, key)), None)
        rows.append(Row(revision, *key, direct.get(key, absent), gateway.get(key, absent), entry))
    return rows


def stale(expected: list[Expected], rows: list[Row]) -> list[Expected]:
    """Entries for a revision that ran but that match no difference any more: the list must stay true."""
    ran = {row.revision for row in rows}
    differing = {(row.revision, row.scenario, row.check) for row in rows if row.differs}
    return list(dict.fromkeys(e for e in expected for r in e.revisions
                              if r in ran and (r, e.scenario, e.check) not in differing))


def render(rows: list[Row], stale_entries: Iterable[Expected]) -> str:
    """The side-by-side table, then each difference with its explanation, then the verdict line."""
    width = max(len(f"{r.scenario} / {r.check}") for r in rows)
    lines = ["* = same verdict, but masking placeholders in what the suite recorded (see Differences)", "",
             f"{'revision':<10}  {'scenario / check':<{width}}  {'direct':<8}  {'gateway':<8}  difference",
             "-" * (width + 50)]
    for r in rows:
        lines.append(f"{r.revision:<10}  {f'{r.scenario} / {r.check}':<{width}}  {r.direct.status:<8}  "
                     f"{r.gateway_column:<8}  {r.verdict}")
    differing = [r for r in rows if r.differs]
    lines += ["", f"Differences ({len(differing)}):"]
    for r in differing:
        masked = ", content masked" if r.masked else ""
        lines.append(f"  [{r.verdict}] {r.revision} {r.scenario} / {r.check}: "
                     f"{r.direct.status} direct, {r.gateway.status} through the gateway{masked}")
        lines.append(f"      why: {r.expected.reason if r.expected else 'not in expected_differences.yaml'}")
        if r.gateway.message:
            lines.append(f"      suite says: {r.gateway.message[:300]}")
    stale_list = list(stale_entries)
    for e in stale_list:
        lines.append(f"  [STALE] {e.scenario} / {e.check} ({', '.join(e.revisions)}) no longer differs: "
                     "remove it from expected_differences.yaml")
    counts = {kind: sum(1 for r in differing if r.verdict == kind) for kind in ("POLICY", "DEFECT", "UNEXPLAINED")}
    for revision in sorted({r.revision for r in rows}):
        mine = [r for r in rows if r.revision == revision and r.direct.status != "INFO"]
        lines.append(f"{revision}: {sum(r.direct.status == 'SUCCESS' for r in mine)}/{len(mine)} checks pass "
                     f"direct, {sum(r.gateway.status == 'SUCCESS' for r in mine)}/{len(mine)} through the gateway")
    lines.append(f"{counts['POLICY']} policy, {counts['DEFECT']} defect, {counts['UNEXPLAINED']} unexplained "
                 f"difference(s), {len(stale_list)} stale expectation(s)")
    failing = counts["DEFECT"] + counts["UNEXPLAINED"] + len(stale_list)
    lines.append(f"conformance: {len(rows) - counts['DEFECT'] - counts['UNEXPLAINED']} passed, {failing} failed")
    return "\n".join(lines)


def failed(rows: list[Row], stale_entries: list[Expected]) -> bool:
    return bool(stale_entries) or any(r.verdict in ("DEFECT", "UNEXPLAINED") for r in rows)
