"""Render the Envoy bootstrap template for concrete addresses.

The template, extproc/envoy_templates/local.yaml, is package data: it ships in the wheel and the container
image, and is loaded through importlib.resources, so rendering works in any installation and from any working
directory. It is the one source of truth (envoy/local.yaml in the repository is a copy for reading); this only
rewrites the addresses of the listener, the clusters and the admin interface, and points the gRPC-JSON
transcoder at the approvals API's compiled descriptor (also package data), so what runs is what the file says.
"""

from __future__ import annotations

import base64
import ipaddress
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from extproc.policy.model import UpstreamConfig, UpstreamCredential

LOCAL_CONFIG = resources.files("extproc.envoy_templates") / "local.yaml"

SIDECAR_SOCKET = "/var/run/chaperone/extproc.sock"
"""Where the sidecar's processor listens: an emptyDir shared by the Envoy and Chaperone containers."""
SIDECAR_REVIEW_SOCKET = "/var/run/chaperone/approvals.sock"
"""Where the sidecar's reviewer API listens, in the same emptyDir: Envoy serves it as gRPC and JSON on :10000."""
TRANSCODER = "envoy.filters.http.grpc_json_transcoder"


@dataclass(frozen=True)
class Endpoint:
    """A TCP `host:port`, or a Unix socket path when `port` is None."""

    host: str
    port: int | None = None

    @classmethod
    def parse(cls, text: str) -> Endpoint:
        """`unix:/path`, `host:port` or `[v6]:port`."""
        if text.startswith("unix:"):
            return cls(text.removeprefix("unix:").removeprefix("//"))
        host, sep, port = text.rpartition(":")
        if not sep or not port.isdigit():
            raise ValueError(f"expected HOST:PORT or unix:/path, got {text!r}")
        return cls(host.strip("[]") or "127.0.0.1", int(port))

    def envoy_address(self) -> dict[str, Any]:
        if self.port is None:
            return {"pipe": {"path": self.host}}
        return {"socket_address": {"address": self.host, "port_value": self.port}}

    def grpc_target(self) -> str:
        return f"unix:{self.host}" if self.port is None else f"{self.host}:{self.port}"

    def __str__(self) -> str:
        return self.grpc_target()


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _set_cluster(config: dict[str, Any], name: str, endpoint: Endpoint) -> None:
    for cluster in config["static_resources"]["clusters"]:
        if cluster["name"] == name:
            lb = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]
            lb["endpoint"]["address"] = endpoint.envoy_address()
            if endpoint.port is not None and not _is_ip(endpoint.host):
                cluster["type"] = "STRICT_DNS"
                # `localhost` resolves to ::1 first, and most local servers listen on 127.0.0.1 only
                cluster["dns_lookup_family"] = "V4_PREFERRED"
            return
    raise KeyError(f"cluster {name!r} not in the Envoy config")


def _point_routes_at(config: dict[str, Any], upstream: Endpoint, upstream_path: str) -> None:
    """Proxied routes send the upstream its own authority and MCP path, whatever the agent used."""
    hcm = config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    for vhost in hcm["route_config"]["virtual_hosts"]:
        for route in vhost["routes"]:
            action = route.get("route")
            if action is None or action["cluster"] != "mcp_upstream":
                continue
            action = dict(action)  # YAML aliases share one dict between routes
            if upstream.port is not None:
                action["host_rewrite_literal"] = f"{upstream.host}:{upstream.port}"
            if upstream_path != "/mcp":
                action["regex_rewrite"] = {"pattern": {"regex": "^/mcp$"}, "substitution": upstream_path}
            route["route"] = action


def _http_filters(config: dict[str, Any]) -> list[dict[str, Any]]:
    hcm = config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    return hcm["http_filters"]


def _transcoder(config: dict[str, Any]) -> dict[str, Any]:
    (transcoder,) = [f["typed_config"] for f in _http_filters(config) if f["name"] == TRANSCODER]
    return transcoder


def _describe_approvals(config: dict[str, Any], inline: bool) -> None:
    """The approvals API's descriptor set, compiled from proto/ at install: by absolute path, or inlined (a
    pod's Envoy container has no copy of the file)."""
    from extproc.approvals.api.generated import DESCRIPTOR_SET  # fails with what to run when not compiled

    transcoder = _transcoder(config)
    del transcoder["proto_descriptor"]
    if inline:
        transcoder["proto_descriptor_bin"] = base64.b64encode(DESCRIPTOR_SET.read_bytes()).decode("ascii")
    else:
        transcoder["proto_descriptor"] = str(DESCRIPTOR_SET)


def _apply_upstream_policy(config: dict[str, Any], upstream: UpstreamConfig, sds_path: Path | None) -> None:
    """The policy's `upstream` block: headers to strip, and the credential to inject."""
    filters = _http_filters(config)
    names = [f["name"] for f in filters]
    mutation = filters[names.index("envoy.filters.http.header_mutation")]["typed_config"]
    mutation["mutations"]["request_mutations"] = [{"remove": header} for header in upstream.strip_headers]
    credential = upstream.credential
    if credential is None:
        return
    if sds_path is None:
        raise ValueError("the policy configures an upstream credential: an SDS path for it is needed")
    source: dict[str, Any] = {"path": str(sds_path)}
    if credential.file is not None:
        source["watched_directory"] = {"path": str(credential.file.parent)}  # rotation: re-read on change
    config.setdefault("node", {"id": "chaperone", "cluster": "chaperone"})
    injector = {
        "name": "envoy.filters.http.credential_injector",
        "typed_config": {
            "@type": "type.googleapis.com/envoy.extensions.filters.http.credential_injector.v3.CredentialInjector",
            "overwrite": True,
            "credential": {
                "name": "envoy.http.injected_credentials.generic",
                "typed_config": {
                    "@type": "type.googleapis.com/envoy.extensions.http.injected_credentials.generic.v3.Generic",
                    "credential": {"name": CREDENTIAL_SECRET, "sds_config": {"path_config_source": source}},
                    "header": credential.header,
                },
            },
        },
    }
    filters.insert(names.index("envoy.filters.http.router"), injector)


CREDENTIAL_SECRET = "upstream-credential"


def _trace_to(config: dict[str, Any], collector: Endpoint) -> None:
    """Envoy's own OpenTelemetry tracer: its spans go to the collector, and it hands `traceparent` to the
    processor in the ext_proc stream's metadata, so Envoy's and Chaperone's spans form one trace."""
    hcm = config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    hcm["tracing"] = {"provider": {
        "name": "envoy.tracers.opentelemetry",
        "typed_config": {
            "@type": "type.googleapis.com/envoy.config.trace.v3.OpenTelemetryConfig",
            "grpc_service": {"envoy_grpc": {"cluster_name": "otel_collector"}, "timeout": "3s"},
            "service_name": "chaperone-envoy",
        },
    }}
    config["static_resources"]["clusters"].append({
        "name": "otel_collector",
        "connect_timeout": "2s",
        "typed_extension_protocol_options": {"envoy.extensions.upstreams.http.v3.HttpProtocolOptions": {
            "@type": "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
            "explicit_http_config": {"http2_protocol_options": {}},
        }},
        "load_assignment": {"cluster_name": "otel_collector", "endpoints": [
            {"lb_endpoints": [{"endpoint": {"address": collector.envoy_address()}}]}
        ]},
    })


def credential_sds(credential: UpstreamCredential) -> str:
    """The SDS document Envoy reads the upstream credential from (a file path or an environment variable)."""
    secret = {"filename": str(credential.file)} if credential.file is not None else {
        "environment_variable": credential.env
    }
    doc = {"resources": [{
        "@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret",
        "name": CREDENTIAL_SECRET,
        "generic_secret": {"secret": secret},
    }]}
    return yaml.safe_dump(doc, sort_keys=False)


def render(
    listen: Endpoint,
    processor: Endpoint,
    upstream: Endpoint,
    admin: Endpoint,
    upstream_path: str = "/mcp",
    upstream_policy: UpstreamConfig | None = None,
    sds_path: Path | None = None,
    otlp: Endpoint | None = None,
    review_api: Endpoint | None = None,
    inline_descriptor: bool = False,
) -> dict[str, Any]:
    """The packaged bootstrap template with its addresses (and the upstream's MCP path) replaced, the policy's
    upstream block (stripped headers, injected credential) applied, and the transcoder given the approvals
    API's descriptor. `review_api` None keeps the file's (127.0.0.1:10001, where `chaperone approvals`
    looks by default)."""
    config = yaml.safe_load(LOCAL_CONFIG.read_text(encoding="utf-8"))
    listener = config["static_resources"]["listeners"][0]
    listener["address"] = listen.envoy_address()
    _set_cluster(config, "extproc", processor)
    _set_cluster(config, "mcp_upstream", upstream)
    if review_api is not None:
        _set_cluster(config, "chaperone_approvals", review_api)
    _describe_approvals(config, inline_descriptor)
    _point_routes_at(config, upstream, upstream_path)
    if upstream_policy is not None:
        _apply_upstream_policy(config, upstream_policy, sds_path)
    if otlp is not None:
        _trace_to(config, otlp)
    config["admin"]["address"] = admin.envoy_address()
    return config


def render_sidecar() -> str:
    """envoy/sidecar.yaml: all interfaces on :10000, the processor and the reviewer API on Unix sockets, the
    MCP server on :8080, the approvals API's descriptor inlined."""
    config = render(
        listen=Endpoint("0.0.0.0", 10000),
        processor=Endpoint(SIDECAR_SOCKET),
        upstream=Endpoint("127.0.0.1", 8080),
        admin=Endpoint("127.0.0.1", 9901),
        review_api=Endpoint(SIDECAR_REVIEW_SOCKET),
        inline_descriptor=True,
    )
    header = (
        "# GENERATED from extproc/envoy_templates/local.yaml by `chaperone envoy-config --sidecar`; edit\n"
        "# that template, then `make sidecar-config` (tests fail when the two drift). Kubernetes sidecar:\n"
        "# agents reach :10000, the MCP server listens on 127.0.0.1:8080 in the same pod, Chaperone on\n"
        f"# {SIDECAR_SOCKET} and its reviewer API on {SIDECAR_REVIEW_SOCKET}.\n"
        "# The transcoder's descriptor is compiled from proto/.\n"
    )
    return header + yaml.safe_dump(config, sort_keys=False, width=120)


def parse_upstream_url(url: str) -> tuple[Endpoint, str]:
    """`http://host:port/path` → (endpoint, path). TLS to the upstream is not configured here: plain HTTP
    to a server in the same pod or on loopback, which is the sidecar's shape."""
    parsed = urlsplit(url)
    if parsed.scheme != "http" or not parsed.hostname:
        raise ValueError(f"upstream must be an http:// URL of the MCP endpoint, got {url!r}")
    return Endpoint(parsed.hostname, parsed.port or 80), parsed.path or "/"


def dump(config: dict[str, Any]) -> str:
    return yaml.safe_dump(config, sort_keys=False, width=120)
