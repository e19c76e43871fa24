"""A development key pair for the identity tests: the private key and its JWKS."""

from __future__ import annotations

from pathlib import Path

import pytest

from extproc.identity.devkeys import ensure_dev_keys


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    private, jwks = tmp_path / "dev.pem", tmp_path / "jwks.json"
    ensure_dev_keys(private, jwks)
    return private, jwks
