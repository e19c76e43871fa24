"""deploy/Dockerfile: the image installs the real OTLP protos, compiles the approvals API into the package, renders
Envoy's config from the installed package alone, and runs with the manifests' arguments."""

from __future__ import annotations

import json
import re

from tests.deploy_manifests import ROOT, Doc

DOCKERFILE = ROOT / "deploy" / "Dockerfile"
OTEL_PROTO_REINSTALL = (
    'pip install --force-reinstall --no-deps "opentelemetry-proto=='
    '$(python -c \'import importlib.metadata as m; print(m.version("opentelemetry-proto"))\')"'
)


def test_dockerfile_installs_the_real_otlp_protos_and_runs_with_the_manifests_paths(containers: dict[str, Doc]) -> None:
    text = DOCKERFILE.read_text()
    assert OTEL_PROTO_REINSTALL in text
    assert text.index("pip install /src") < text.index(OTEL_PROTO_REINSTALL)
    assert "extproc.audit.spans" in text
    (cmd,) = re.findall(r"^CMD (\[.*?\])$", text.replace("\\\n", ""), re.MULTILINE | re.DOTALL)
    assert json.loads(cmd) == containers["chaperone"]["args"], "the image's default CMD and the pod's args part"


def test_dockerfile_compiles_the_approvals_api_into_the_package_it_installs() -> None:
    text = DOCKERFILE.read_text()
    assert "COPY proto /src/proto" in text
    assert text.index("(cd /src && python -m extproc.approvals.api.build)") < text.index("pip install /src")
    assert "extproc.approvals.api.server" in text, "the import check must fail the build without the compiled API"
    assert "extproc/approvals/api/_generated" in (ROOT / "deploy" / "Dockerfile.dockerignore").read_text(), (
        "a stale local build must not reach the image"
    )


def test_dockerfile_renders_the_envoy_config_from_the_installed_package_alone() -> None:
    text = DOCKERFILE.read_text()
    assert "COPY envoy" not in text, "the image must not need the repository's envoy/ folder"
    assert text.index("rm -rf /src") < text.index("chaperone envoy-config --sidecar"), (
        "render once the sources are gone: the Envoy template must come from the installed package"
    )
