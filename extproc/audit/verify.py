"""`chaperone audit verify`: check the chain and the seals; name the first broken, missing or reordered
record."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from extproc.audit.journal import GENESIS, decode_line, journal_files
from extproc.audit.signing import key_id


@dataclass
class Report:
    records: int = 0
    seals: int = 0
    files: int = 0
    problem: str | None = None
    last_sealed: bool = True
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.problem is None


def expand(paths: list[Path]) -> list[Path]:
    """Journal directories become their files in order; files are taken as given."""
    out: list[Path] = []
    for path in paths:
        out.extend(journal_files(path) if path.is_dir() else [path])
    return out


def iter_records(paths: list[Path]) -> Iterator[dict[str, Any]]:
    """Every record (not seals) of the journal, in order, without checking: for replay and disclosures."""
    for path in expand(paths):
        with open(path, "rb") as f:
            for line in f:
                try:
                    _, content = decode_line(line)
                    doc = json.loads(content)
                except ValueError:
                    continue
                if "type" not in doc:  # seals and the close marker are chain bookkeeping, not exchanges
                    yield doc


def verify(paths: list[Path], public_key: Ed25519PublicKey) -> Report:
    report = Report()
    expected_key = key_id(public_key)
    prev, seq = GENESIS, 0
    first = True
    for path in expand(paths):
        report.files += 1
        with open(path, "rb") as f:
            for number, line in enumerate(f, 1):
                where = f"{path.name} line {number}"
                if not line.endswith(b"\n"):
                    report.problem = f"{where}: truncated (the line is incomplete)"
                    return report
                try:
                    stated, content = decode_line(line)
                    doc = json.loads(content)
                except ValueError:
                    report.problem = f"{where}: not a journal record (edited or corrupted)"
                    return report
                if hashlib.sha256(content).hexdigest() != stated:
                    report.problem = f"{where}: record seq {doc.get('seq')} was altered (its hash does not match)"
                    return report
                this_seq = doc.get("seq")
                if first and paths and this_seq != 1:
                    report.notes.append(f"the journal starts at seq {this_seq}: earlier files were not given")
                    seq, prev = this_seq - 1, doc.get("prev")
                first = False
                if this_seq != seq + 1:
                    kind = "missing" if isinstance(this_seq, int) and this_seq > seq + 1 else "out of order"
                    report.problem = f"{where}: expected seq {seq + 1}, found {this_seq}: records {kind}"
                    return report
                if doc.get("prev") != prev:
                    report.problem = f"{where}: record seq {this_seq} does not chain to the record before it"
                    return report
                if doc.get("type") == "seal":
                    if doc.get("key") != expected_key:
                        report.problem = f"{where}: seal by key {doc.get('key')}, not the key given ({expected_key})"
                        return report
                    try:
                        public_key.verify(base64.b64decode(doc["sig"]), f"{this_seq}:{prev}".encode())
                    except (InvalidSignature, KeyError, ValueError):
                        report.problem = f"{where}: seal seq {this_seq} has a bad signature"
                        return report
                    report.seals += 1
                    report.last_sealed = True
                else:
                    report.records += 1
                    report.last_sealed = False
                seq, prev = this_seq, stated
    if not report.last_sealed:
        report.notes.append("the last records are not sealed (the gateway may have stopped mid-commit)")
    return report
