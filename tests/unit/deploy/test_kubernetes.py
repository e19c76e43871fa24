"""deploy/kubernetes: the manifests parse, stay in step with envoy/sidecar.yaml and keep their hardening."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from extproc.app import default_approvals_db
from extproc.envoy_config import SIDECAR_REVIEW_SOCKET
from extproc.phi.profiles import PROFILES
from extproc.policy import check_file
from tests.deploy_manifests import ENVOY_COPY, KUBE, POLICY, ROOT, Doc, arg, documents, manifests

SIDECAR = ROOT / "envoy" / "sidecar.yaml"
REGENERATE = "make sidecar-config && cp envoy/sidecar.yaml deploy/kubernetes/envoy.yaml"
LISTENER_PORT = 10000


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
    files = {path.name for path, _ in documents()}
    assert {"kustomization.yaml", "deployment.yaml", "service.yaml", "networkpolicy.yaml", "envoy.yaml"} <= files
    assert {"pvc.yaml", "policy.yaml"} <= files
    for path, doc in documents():
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
    manifests = {p.name for p, doc in documents() if "apiVersion" in doc and p.name != "kustomization.yaml"}
    assert set(kustomization["resources"]) == manifests
    generators = {tuple(g["files"]): g for g in kustomization["configMapGenerator"]}
    assert set(generators) == {("envoy.yaml",), ("policy.yaml",)}
    generator = generators[("envoy.yaml",)]
    (volume,) = [v for v in pod["volumes"] if v["name"] == "envoy-config"]
    assert volume["configMap"]["name"] == generator["name"]
    (item,) = volume["configMap"]["items"]
    config_path = f"{_mount(containers['envoy'], 'envoy-config')['mountPath']}/{item['path']}"
    assert arg(containers["envoy"], "-c") == config_path
    assert item["key"] == "envoy.yaml"


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

    (service,) = manifests("Service")
    assert service["spec"].get("type", "ClusterIP") == "ClusterIP"
    (port,) = service["spec"]["ports"]
    assert port["port"] == LISTENER_PORT
    assert named.get(port["targetPort"], port["targetPort"]) == LISTENER_PORT
    labels = service["spec"]["selector"].items()
    assert labels <= deployment["spec"]["template"]["metadata"]["labels"].items()

    (policy,) = manifests("NetworkPolicy")
    assert "Ingress" in policy["spec"]["policyTypes"]
    assert policy["spec"]["podSelector"]["matchLabels"].items() <= labels
    assert policy["spec"]["ingress"], "an empty ingress list would block the listener too"
    for rule in policy["spec"]["ingress"]:
        assert rule["ports"] == [{"protocol": "TCP", "port": LISTENER_PORT}]


def test_processor_socket_is_the_one_envoy_dials(pod: Doc, containers: dict[str, Doc]) -> None:
    listen = arg(containers["chaperone"], "--listen")
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
    assert int(arg(envoy, "--drain-time-s")) < envoy_stops, "the listener must close before Envoy is stopped"

    grace = float(arg(containers["chaperone"], "--grace"))
    assert grace == 10
    for name in ("chaperone", "mcp-server"):
        stops = _sleep_seconds(containers[name]["lifecycle"]["preStop"]["exec"]["command"])
        assert stops > envoy_stops, f"{name} must outlive Envoy's drain"
    processor_stops = _sleep_seconds(containers["chaperone"]["lifecycle"]["preStop"]["exec"]["command"])
    termination = deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert termination > processor_stops + grace, "the grace period must cover the preStop sleep and the drain"


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
    policy = _mount_dir(chaperone, arg(chaperone, "--policy"))
    assert policy.get("readOnly") is True
    assert "subPath" not in policy, "a subPath mount never sees ConfigMap updates: the policy would not hot-reload"
    (item,) = _volume(pod, policy["name"])["configMap"]["items"]
    assert item == {"key": "policy.yaml", "path": arg(chaperone, "--policy").rsplit("/", 1)[1]}

    for flag, key in (("--journal-key", "journal-key.pem"), ("--disclosure-key", "disclosure.key")):
        path = arg(chaperone, flag)
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
    journal = arg(chaperone, "--journal")
    mount = _mount_dir(chaperone, journal)
    assert not mount.get("readOnly", False)
    volume = _volume(pod, mount["name"])
    assert "emptyDir" not in volume, "the journal must survive the pod: never an emptyDir"
    claim = volume["persistentVolumeClaim"]["claimName"]
    (pvc,) = manifests("PersistentVolumeClaim")
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


def test_reviewer_api_socket_is_the_one_envoy_routes_to(containers: dict[str, Doc]) -> None:
    listen = arg(containers["chaperone"], "--review-listen")
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
    database = arg(chaperone, "--approvals-db")
    assert database == str(default_approvals_db(Path(arg(chaperone, "--journal")))), "the default, made visible"
    mount = _mount_dir(chaperone, database)
    assert mount == _mount_dir(chaperone, arg(chaperone, "--journal")), "SQLite and its WAL live on the journal's PVC"
    assert not mount.get("readOnly", False)
    assert "persistentVolumeClaim" in _volume(pod, mount["name"]), "pending requests must survive the pod"
