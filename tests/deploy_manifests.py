"""deploy/kubernetes as the deploy tests read it: its YAML documents, the Kubernetes objects among them, a
container's flags."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
KUBE = ROOT / "deploy" / "kubernetes"
ENVOY_COPY = KUBE / "envoy.yaml"
POLICY = KUBE / "policy.yaml"
CONTAINERS = {"mcp-server", "chaperone", "envoy"}

Doc = dict[str, Any]


def documents() -> list[tuple[Path, Doc]]:
    docs = []
    for path in sorted(KUBE.rglob("*.y*ml")):
        docs.extend((path, doc) for doc in yaml.safe_load_all(path.read_text()) if doc is not None)
    return docs


def manifests(kind: str) -> list[Doc]:
    return [doc for _, doc in documents() if doc.get("kind") == kind and "apiVersion" in doc]


def arg(container: Doc, flag: str) -> str:
    args = container["args"]
    assert args.count(flag) == 1, f"{container['name']}: expected one {flag} in {args}"
    return args[args.index(flag) + 1]
