"""What `render` makes of envoy/local.yaml for the reviewer API's route (the MCP routes are exercised
through a real Envoy in tests/integration)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import yaml

from extproc import envoy_config
from extproc.approvals.api.generated import DESCRIPTOR_SET
from extproc.envoy_config import Endpoint, render
from extproc.policy.model import UpstreamConfig, UpstreamCredential

REPO = Path(__file__).resolve().parents[2]
PREFIX = "/chaperone.approvals.v1.Approvals/"
FILTER_CONFIG = "type.googleapis.com/envoy.config.route.v3.FilterConfig"


def _hcm(config: dict[str, Any]) -> dict[str, Any]:
    return config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]


def _routes(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in _hcm(config)["route_config"]["virtual_hosts"][0]["routes"]}


def _render(**options: Any) -> dict[str, Any]:
    return render(Endpoint("127.0.0.1", 10000), Endpoint("127.0.0.1", 18080), Endpoint("mcp.internal", 8000),
                  Endpoint("127.0.0.1", 9901), **options)


def test_the_review_route_runs_the_transcoder_and_no_mcp_filter_even_with_an_injected_credential() -> None:
    policy = UpstreamConfig(strip_headers=("cookie",), credential=UpstreamCredential(header="authorization",
                                                                                     env="UPSTREAM_TOKEN"))
    config = _render(upstream_policy=policy, sds_path=Path("/etc/chaperone/sds.yaml"),
                     review_api=Endpoint("127.0.0.1", 10001))
    filters = {f["name"]: f for f in _hcm(config)["http_filters"]}
    assert filters[envoy_config.TRANSCODER]["disabled"] is True, "off everywhere but on the review route"
    assert "envoy.filters.http.credential_injector" in filters
    route = _routes(config)["approvals_api"]
    assert route["match"] == {"prefix": PREFIX}
    assert route["route"] == {"cluster": "chaperone_approvals", "timeout": "15s"}, "no MCP host or path rewrite"
    per_filter = route["typed_per_filter_config"]
    assert per_filter[envoy_config.TRANSCODER] == {"@type": FILTER_CONFIG, "config": {}}
    assert per_filter["envoy.filters.http.ext_proc"]["disabled"] is True
    for name in set(filters) - {envoy_config.TRANSCODER, "envoy.filters.http.ext_proc", "envoy.filters.http.router"}:
        assert per_filter[name] == {"@type": FILTER_CONFIG, "disabled": True}, f"{name} must not run on the route"
    assert _routes(config)["mcp_post"]["route"]["host_rewrite_literal"] == "mcp.internal:8000"


def test_the_transcoder_reads_the_compiled_descriptor() -> None:
    raw = yaml.safe_load(envoy_config.LOCAL_CONFIG.read_text())
    (transcoder,) = [f["typed_config"] for f in _hcm(raw)["http_filters"] if f["name"] == envoy_config.TRANSCODER]
    assert REPO / transcoder["proto_descriptor"] == DESCRIPTOR_SET, "local.yaml names it relative to the repository"
    assert transcoder["services"] == ["chaperone.approvals.v1.Approvals"]

    (rendered,) = [f["typed_config"] for f in _hcm(_render())["http_filters"] if f["name"] == envoy_config.TRANSCODER]
    assert rendered["proto_descriptor"] == str(DESCRIPTOR_SET) and Path(rendered["proto_descriptor"]).is_absolute()


def test_the_sidecar_inlines_the_descriptor_and_serves_the_review_api_on_a_socket() -> None:
    sidecar = yaml.safe_load(envoy_config.render_sidecar())
    (transcoder,) = [f["typed_config"] for f in _hcm(sidecar)["http_filters"] if f["name"] == envoy_config.TRANSCODER]
    assert "proto_descriptor" not in transcoder
    assert base64.b64decode(transcoder["proto_descriptor_bin"]) == DESCRIPTOR_SET.read_bytes()
    (cluster,) = [c for c in sidecar["static_resources"]["clusters"] if c["name"] == "chaperone_approvals"]
    endpoint = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
    assert endpoint["address"] == {"pipe": {"path": envoy_config.SIDECAR_REVIEW_SOCKET}}


def test_envoys_own_replies_on_the_review_route_are_not_turned_into_json_rpc() -> None:
    (first, *others) = _hcm(_render())["local_reply_config"]["mappers"]
    assert first == {"filter": {"header_filter": {"header": {"name": ":path", "string_match": {"prefix": PREFIX}}}}}
    assert all("body_format_override" in mapper for mapper in others)


def test_the_repositorys_envoy_local_yaml_is_a_copy_of_the_packaged_template() -> None:
    assert (REPO / "envoy" / "local.yaml").read_bytes() == envoy_config.LOCAL_CONFIG.read_bytes(), (
        "envoy/local.yaml differs from extproc/envoy_templates/local.yaml, the source every installation renders: "
        "make the edit in the template, then run `make sidecar-config`"
    )


def test_an_upstream_named_by_host_is_resolved_preferring_ipv4() -> None:
    from extproc.envoy_config import Endpoint, render

    config = render(Endpoint("127.0.0.1", 10000), Endpoint("127.0.0.1", 18080), Endpoint("localhost", 8000),
                    Endpoint("127.0.0.1", 9901))
    (cluster,) = [c for c in config["static_resources"]["clusters"] if c["name"] == "mcp_upstream"]
    assert cluster["type"] == "STRICT_DNS" and cluster["dns_lookup_family"] == "V4_PREFERRED"
