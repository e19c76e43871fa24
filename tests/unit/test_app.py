"""The composition root's choices that start nothing: where approvals and `chaperone run`'s keys live, and
which audit key it refuses before opening a journal."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from extproc import app
from extproc.envoy_config import Endpoint
from extproc.policy import DEMO_POLICY


def test_the_approvals_store_defaults_to_beside_the_journal_on_its_volume(tmp_path: Path) -> None:
    assert app.default_approvals_db(tmp_path / "journal") == tmp_path / "journal-approvals.db"


def test_a_relative_journal_still_gives_an_absolute_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert app.default_approvals_db(Path("state/journal")) == tmp_path / "state" / "journal-approvals.db"


def test_a_short_disclosure_key_is_refused_before_a_journal_is_opened(tmp_path: Path) -> None:
    short = tmp_path / "disclosure.key"
    short.write_bytes(b"x" * 31)
    files = app.AuditFiles(tmp_path / "journal", tmp_path / "missing-signing-key.pem", short)
    with pytest.raises(ValueError, match="at least 32 random bytes"):
        app.start_auditor(files)
    assert not files.journal.exists()


def test_local_audit_files_are_created_private_once_and_then_kept(tmp_path: Path) -> None:
    first = app.local_audit_files(tmp_path / ".run")
    assert first == app.AuditFiles(tmp_path / ".run" / "journal", tmp_path / ".run" / "journal-signing-key.pem",
                                   tmp_path / ".run" / "disclosure.key")
    assert first.disclosure_key is not None
    keys = (first.signing_key.read_bytes(), first.disclosure_key.read_bytes())
    for path in (first.signing_key, first.disclosure_key):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert len(keys[1]) == 32
    again = app.local_audit_files(tmp_path / ".run")
    assert (again.signing_key.read_bytes(), again.disclosure_key.read_bytes()) == keys  # type: ignore[union-attr]


def test_a_gateway_on_loopback_is_its_own_origin_under_every_loopback_name() -> None:
    assert app.own_loopback_origins(Endpoint("127.0.0.1", 10500)) == {
        "http://127.0.0.1:10500", "http://localhost:10500", "http://[::1]:10500"}
    assert app.own_loopback_origins(Endpoint("10.0.0.5", 10500)) == frozenset(), "only its public URL's origin"


def test_a_bad_allowed_origin_stops_chaperone_run_before_it_creates_anything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    options = app.LocalGatewayOptions(
        listen="127.0.0.1:0", policy=DEMO_POLICY, upstream_url=None, admin_port=0, concurrency=1,
        review_listen="127.0.0.1:0", state_dir=tmp_path / ".run", allowed_origins=("https://app.example.org/",))
    with pytest.raises(ValueError, match="is not an origin"):
        app.run_local_gateway(options, on_ready=lambda gateway: None)
    assert list(tmp_path.iterdir()) == []
