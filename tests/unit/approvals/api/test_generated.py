"""The importer refuses a missing or stale build, saying what to run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extproc.approvals.api import build, generated


def test_the_build_in_use_is_the_current_protos() -> None:
    assert build.proto_sha256() == generated.PROTO_SHA256
    assert generated.SERVICE.full_name == "chaperone.approvals.v1.Approvals"
    assert generated.DESCRIPTOR_SET.is_file()
    assert generated.method_path("ReviewBreakGlass") == "/chaperone.approvals.v1.Approvals/ReviewBreakGlass"


def test_missing_generated_code_says_to_reinstall(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "extproc.approvals.api._generated", None)  # import fails as if absent
    with pytest.raises(generated.GeneratedCodeMissing, match=r"^run make / pip install again: generated approvals API "
                       "missing"):
        generated._load()


def test_code_generated_from_another_version_of_the_proto_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    changed = tmp_path / build.PROTO_NAME
    changed.parent.mkdir(parents=True)
    changed.write_text((build.PROTO_ROOT / build.PROTO_NAME).read_text() + "\n// a later edit\n")
    monkeypatch.setattr(build, "PROTO_ROOT", tmp_path)
    with pytest.raises(generated.GeneratedCodeMissing, match=r"older than proto/chaperone/approvals/v1/\w+\.proto"):
        generated._load()


def test_an_installed_package_without_the_proto_source_is_trusted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(build, "PROTO_ROOT", tmp_path / "absent")
    assert generated._load()[1] == generated.PROTO_SHA256
