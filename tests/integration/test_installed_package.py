"""What an installation without the repository can do — the container image's case: the package is built
from what deploy/Dockerfile copies, its wheel unpacked as pip would lay it down, and `chaperone envoy-config`
run from a directory that is not the repository. The Envoy template and the approvals descriptor must come
from the package itself (importlib.resources, package data), never from the repository's envoy/ or proto/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from extproc import envoy_config

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE_COPIES = ("pyproject.toml", "README.md", "proto", "extproc", "demo")
RUN_INSTALLED = (
    "import sys, extproc; from extproc.cli import main; "
    "assert extproc.__file__.startswith(sys.argv[1]), extproc.__file__; "
    "sys.exit(main(sys.argv[2:]))"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built as the Dockerfile builds it (approvals API compiled first), unpacked."""
    root = tmp_path_factory.mktemp("installed")
    source = root / "src"
    source.mkdir()
    for name in DOCKERFILE_COPIES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "_generated", "*.egg-info"))
        else:
            shutil.copy2(origin, source / name)
    env = {**os.environ, "PYTHONPATH": str(source)}
    subprocess.run([sys.executable, "-m", "extproc.approvals.api.build"], cwd=source, env=env, check=True,
                   capture_output=True, timeout=120)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(root / "dist"), str(source)], check=True, capture_output=True, timeout=300)
    (wheel,) = (root / "dist").glob("chaperone-*.whl")
    installed = root / "site-packages"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(installed)
    return installed


def _chaperone(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}  # not the repository's checkout
    return subprocess.run([sys.executable, "-c", RUN_INSTALLED, str(site), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_wheel_ships_the_envoy_template_unchanged(site: Path) -> None:
    shipped = site / "extproc" / "envoy_templates" / "local.yaml"
    assert shipped.read_bytes() == envoy_config.LOCAL_CONFIG.read_bytes()
    assert (site / "extproc" / "approvals" / "api" / "_generated" / "approvals.pb").is_file()


def test_envoy_config_renders_from_the_installed_package_elsewhere(site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "not-a-checkout"
    elsewhere.mkdir()
    sidecar = _chaperone(site, "envoy-config", "--sidecar", cwd=elsewhere)
    assert sidecar.returncode == 0, sidecar.stderr
    assert sidecar.stdout == (REPO / "envoy" / "sidecar.yaml").read_text(), "the image renders what envoy/ holds"

    rendered = _chaperone(site, "envoy-config", "--listen", "0.0.0.0:10000", "--processor", "unix:/run/x.sock",
                          "--review-api", "unix:/run/approvals.sock", cwd=elsewhere)
    assert rendered.returncode == 0, rendered.stderr
    config = yaml.safe_load(rendered.stdout)
    clusters = {c["name"]: c for c in config["static_resources"]["clusters"]}
    address = clusters["extproc"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"]
    assert address == {"pipe": {"path": "/run/x.sock"}}
    assert not list(elsewhere.iterdir()), "rendering writes nothing into the working directory"
