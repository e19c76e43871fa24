"""verify (verify.py) names every kind of tampering with a journal: an edit, a deletion, reordering, truncation, a
seal from another key. Integration: writing a journal starts its fsync helper process."""

from pathlib import Path

from extproc.audit.journal import journal_files
from extproc.audit.signing import ensure_signing_key
from tests.integration.audit.support import check, lines, write


def rewrite(directory: Path, new_lines: list[bytes]) -> None:
    files = journal_files(directory)
    for path in files[1:]:
        path.unlink()
    files[0].write_bytes(b"".join(new_lines))


def test_intact_journal_verifies(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 10)
    report = check(tmp_path / "j", key)
    assert report.ok and report.records >= 10 and report.seals >= 1 and report.last_sealed


def test_edit_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    i = next(i for i, line in enumerate(body) if b'"n":2' in line)
    body[i] = body[i].replace(b'"n":2', b'"n":7')
    rewrite(tmp_path / "j", body)
    report = check(tmp_path / "j", key)
    assert not report.ok and f"line {i + 1}: record seq {i + 1} was altered" in report.problem


def test_deletion_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    del body[1]
    rewrite(tmp_path / "j", body)
    assert "expected seq 2, found 3: records missing" in check(tmp_path / "j", key).problem


def test_reordering_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    body[1], body[2] = body[2], body[1]
    rewrite(tmp_path / "j", body)
    assert "found 3" in check(tmp_path / "j", key).problem


def test_truncation_is_named(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 5)
    body = lines(tmp_path / "j")
    rewrite(tmp_path / "j", [*body[:-1], body[-1][:40]])
    assert "truncated" in check(tmp_path / "j", key).problem


def test_forged_seal_and_wrong_key_are_caught(tmp_path: Path, key: Path) -> None:
    write(tmp_path / "j", key, 3)
    other = tmp_path / "other.pem"
    ensure_signing_key(other)
    assert "not the key given" in check(tmp_path / "j", other).problem
