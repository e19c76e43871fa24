"""A signing key for the journals the audit tests write."""

from __future__ import annotations

from pathlib import Path

import pytest

from extproc.audit.signing import ensure_signing_key


@pytest.fixture
def key(tmp_path: Path) -> Path:
    path = tmp_path / "key.pem"
    ensure_signing_key(path)
    return path
