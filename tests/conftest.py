"""Fixtures shared by unit and integration tests."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.deploy_manifests import CONTAINERS, Doc, manifests

if TYPE_CHECKING:
    from extproc.audit.spans.sink import SpanSink


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs: a disk that really fills up (ENOSPC); `mount -o remount,size=…` frees room.
    Needs mount rights (root, as in CI); skipped without them."""
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def sinks() -> Iterator[list[SpanSink]]:
    """Span sinks a test made: shut down after it, whatever it asserted."""
    made: list[SpanSink] = []
    yield made
    for sink in made:
        sink.shutdown(timeout=0.5)


# deploy/kubernetes's Deployment, its pod and its containers by name (tests/unit/deploy, tests/integration/deploy).

@pytest.fixture(scope="module")
def deployment() -> Doc:
    (deployment,) = manifests("Deployment")
    assert deployment["metadata"]["name"] == "ehr-mcp"
    return deployment


@pytest.fixture(scope="module")
def pod(deployment: Doc) -> Doc:
    return deployment["spec"]["template"]["spec"]


@pytest.fixture(scope="module")
def containers(pod: Doc) -> dict[str, Doc]:
    by_name = {c["name"]: c for c in pod["containers"]}
    assert set(by_name) == CONTAINERS
    return by_name
