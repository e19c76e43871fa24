"""Who may call what, through real Envoy: tokens, roles, list filtering, the upstream credential."""

from __future__ import annotations

import json
import os
import time

import httpx2
import jwt
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from extproc.identity.devkeys import ensure_dev_keys, mint
from tests.integration.conftest import UPSTREAM_SECRET, Gateway, Setup
from tests.integration.hostile_upstream import HostileUpstream

META = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
BASE = {"content-type": "application/json", "accept": "application/json, text/event-stream",
        "mcp-protocol-version": "2026-07-28"}


def call(gateway: Gateway, token: str | None, name: str = "get_patient", raw: bytes | None = None,
         headers: dict[str, str] | None = None, url_suffix: str = "") -> httpx2.Response:
    body = raw or json.dumps({"jsonrpc": "2.0", "id": 11, "method": "tools/call",
                              "params": {"name": name, "arguments": {"patient_id": "P000001"}, "_meta": META}}).encode()
    auth = {"authorization": f"Bearer {token}"} if token else {}
    return httpx2.post(gateway.url + url_suffix, content=body, timeout=20,
                       headers={**BASE, "mcp-method": "tools/call", "mcp-name": name, **auth, **(headers or {})})


def forged(setup: Setup, **overrides: object) -> str:
    claims = jwt.decode(setup.token(), options={"verify_signature": False})
    claims.update(overrides)
    key = setup.policy.identity.dev_signing_key.read_bytes()  # type: ignore[union-attr]
    kid = jwt.get_unverified_header(setup.token())["kid"]
    return jwt.encode(claims, key, algorithm="ES256", headers={"kid": kid})


@pytest.fixture
def upstream_count(hostile: HostileUpstream):
    start = len(hostile.received)
    return lambda: len(hostile.received) - start


def test_no_token_gets_401_with_resource_metadata(hostile_gateway: Gateway, upstream_count) -> None:
    response = call(hostile_gateway, None)
    assert response.status_code == 401
    challenge = response.headers["www-authenticate"]
    assert challenge.startswith('Bearer resource_metadata="http://127.0.0.1:10000/.well-known/oauth-protected-resource/mcp"')
    assert response.json()["error"]["code"] == -32001
    assert upstream_count() == 0


def test_protected_resource_metadata_is_served(hostile_gateway: Gateway, upstream_count) -> None:
    url = hostile_gateway.url.replace("/mcp", "/.well-known/oauth-protected-resource/mcp")
    doc = httpx2.get(url, timeout=10).json()
    assert doc["resource"] == "http://127.0.0.1:10000/mcp"
    assert doc["authorization_servers"] == ["https://chaperone.local/dev"]
    assert upstream_count() == 0


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"exp": int(time.time()) - 3600}, "expired"),
        ({"nbf": int(time.time()) + 3600}, "not yet valid"),
        ({"iss": "https://evil.example"}, "wrong issuer"),
        ({"aud": "http://elsewhere/mcp"}, "wrong audience"),
    ],
)
def test_bad_claims_are_401_and_say_why(hostile_gateway: Gateway, setup: Setup, upstream_count,
                                        overrides: dict, words: str) -> None:
    response = call(hostile_gateway, forged(setup, **overrides))
    assert response.status_code == 401 and words in response.headers["www-authenticate"]
    assert words in response.json()["error"]["message"]
    assert upstream_count() == 0


def test_alg_none_and_unknown_keys_are_refused(hostile_gateway: Gateway, setup: Setup, tmp_path,
                                               upstream_count) -> None:
    claims = jwt.decode(setup.token(), options={"verify_signature": False})
    unsigned = jwt.encode(claims, None, algorithm="none")
    assert call(hostile_gateway, unsigned).status_code == 401
    ensure_dev_keys(tmp_path / "k.pem", tmp_path / "j.json")
    identity = setup.policy.identity
    stranger = mint(tmp_path / "k.pem", tmp_path / "j.json", identity.issuer, identity.audience, "eve", ["clinicians"])
    response = call(hostile_gateway, stranger)
    assert response.status_code == 401 and "unknown signing key" in response.json()["error"]["message"]
    assert upstream_count() == 0


def test_transport_mistakes(hostile_gateway: Gateway, tokens, upstream_count) -> None:
    token = tokens()
    in_url = call(hostile_gateway, None, url_suffix=f"?access_token={token}")
    assert in_url.status_code == 400 and "in the URL" in in_url.json()["error"]["message"]
    twice = httpx2.post(hostile_gateway.url, timeout=10, content=b'{"jsonrpc":"2.0","id":1,"method":"ping"}',
                        headers=[("authorization", f"Bearer {token}"), ("authorization", f"Bearer {token}"),
                                 ("content-type", "application/json")])
    assert twice.status_code == 400 and "exactly one" in twice.json()["error"]["message"]
    assert upstream_count() == 0


@pytest.mark.parametrize(
    ("raw_name", "header_name"),
    [("\\u0065xport_cohort", "export_cohort"), ("export_cohort", "export_cohort")],
    ids=["unicode-escape", "plain"],
)
def test_forbidden_tool_is_denied_however_spelled(hostile_gateway: Gateway, tokens, upstream_count,
                                                  raw_name: str, header_name: str) -> None:
    params = f'{{"name":"{raw_name}","arguments":{{}},"_meta":{json.dumps(META)}}}'
    raw = f'{{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{params}}}'.encode()
    response = call(hostile_gateway, tokens("ivy", ("interns",)), name=header_name, raw=raw)
    assert response.status_code == 200
    error = response.json()["error"]
    assert error["code"] == -32003 and "no role grants tool export_cohort" in error["message"]
    assert upstream_count() == 0


def test_method_in_another_case_is_not_found(hostile_gateway: Gateway, tokens, upstream_count) -> None:
    raw = json.dumps({"jsonrpc": "2.0", "id": 13, "method": "Tools/Call",
                      "params": {"name": "get_patient", "_meta": META}}).encode()
    response = call(hostile_gateway, tokens(), raw=raw, headers={"mcp-method": "Tools/Call"})
    assert response.status_code == 404 and response.json()["error"]["code"] == -32601
    assert upstream_count() == 0


def test_caller_token_never_reaches_upstream_and_credential_never_comes_back(
    hostile_gateway: Gateway, hostile: HostileUpstream, tokens
) -> None:
    token = tokens()
    response = call(hostile_gateway, token, headers={"cookie": "session=abc", "x-api-key": "caller-key"})
    _, seen, _ = hostile.received[-1]
    lowered = {k.lower(): v for k, v in seen.items()}
    assert lowered["authorization"] == UPSTREAM_SECRET, "Envoy injected the upstream credential"
    assert "cookie" not in lowered and "x-api-key" not in lowered, "the policy's strip_headers"
    assert token not in json.dumps(lowered)
    assert "upstream-s3cret" not in response.text and "[REDACTED:upstream-credential]" in response.text


def test_escaped_credential_echo_is_scrubbed(hostile_gateway: Gateway, tokens) -> None:
    response = call(hostile_gateway, tokens(), headers={"x-scenario": "echo-escaped"})
    assert response.status_code == 200
    assert "upstream-s3cret" not in json.dumps(response.json())


def test_credential_rotation_is_picked_up(hostile_gateway: Gateway, hostile: HostileUpstream, setup: Setup,
                                          tokens) -> None:
    rotated = setup.credential_file.with_name(".rotated")
    try:
        rotated.write_text("Bearer rotated-credential-2")
        os.rename(rotated, setup.credential_file)  # how a mounted secret changes: a move into the directory
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            call(hostile_gateway, tokens())
            if hostile.received[-1][1].get("authorization") == "Bearer rotated-credential-2":
                break
            time.sleep(0.2)
        assert hostile.received[-1][1].get("authorization") == "Bearer rotated-credential-2"
    finally:
        rotated.write_text(UPSTREAM_SECRET)
        os.rename(rotated, setup.credential_file)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_roles_see_different_tool_lists(demo_gateway: Gateway, tokens, mode: str) -> None:
    seen = {}
    for groups in (("clinicians",), ("analysts",), ("interns",), ("pharmacy",)):
        http = httpx2.AsyncClient(headers={"authorization": f"Bearer {tokens('u', groups)}"})
        async with Client(streamable_http_client(demo_gateway.url, http_client=http), mode=mode) as client:
            seen[groups[0]] = {t.name for t in (await client.list_tools()).tools}
    assert seen["interns"] == {"search_patients"}
    assert seen["analysts"] == {"search_patients", "export_cohort"}
    assert seen["pharmacy"] == {"get_patient", "update_medication"}
    assert "update_medication" not in seen["clinicians"] and "get_labs" in seen["clinicians"]


@pytest.mark.anyio
async def test_denied_call_reaches_the_sdk_as_an_error(demo_gateway: Gateway, tokens) -> None:
    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {tokens('ivy', ('interns',))}"})
    async with Client(streamable_http_client(demo_gateway.url, http_client=http), mode="2026-07-28") as client:
        with pytest.raises(Exception, match="denied by policy"):
            await client.call_tool("get_patient", {"patient_id": "P000001"})


def _variant(setup: Setup, tmp_path, old: str, new: str) -> Setup:
    path = tmp_path / "policy.yaml"
    text = setup.policy_path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    return Setup(path, setup.policy, setup.credential_file, setup.audit_dir)


def test_jwks_endpoint_down_fails_closed(hostile: HostileUpstream, setup: Setup, tmp_path, upstream_count) -> None:
    from extproc.envoy_config import Endpoint
    from tests.integration.conftest import gateway_in_front_of

    jwks_file = str(setup.policy.identity.jwks.file)
    dead = _variant(setup, tmp_path, f"file: {jwks_file}", "url: http://127.0.0.1:9/jwks.json")
    for gateway in gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path, dead):
        response = call(gateway, setup.token())
        assert response.status_code == 503
        assert "identity provider's keys are unavailable" in response.json()["error"]["message"]
    assert upstream_count() == 0


def test_policy_hot_reload_and_bad_edit_keeps_previous(hostile: HostileUpstream, setup: Setup, tmp_path) -> None:
    from extproc.envoy_config import Endpoint
    from tests.integration.conftest import gateway_in_front_of

    live = _variant(setup, tmp_path, "tools: [search_patients]\n", "tools: [search_patients]\n")
    intern = setup.token("ivy", ("interns",))
    for gateway in gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path, live):
        assert call(gateway, intern).json()["error"]["code"] == -32003
        text = live.policy_path.read_text()
        granted = text.replace("tools: [search_patients]\n", "tools: [search_patients, get_patient]\n")
        live.policy_path.write_text(granted)
        deadline = time.monotonic() + 10
        while "error" in call(gateway, intern).json() and time.monotonic() < deadline:
            time.sleep(0.3)
        assert "result" in call(gateway, intern).json(), "the new grant was picked up"
        live.policy_path.write_text(granted.replace("groups: [interns]", "groups: [interns]\n    tool: [oops]"))
        time.sleep(1.5)
        assert "result" in call(gateway, intern).json(), "a bad edit keeps the previous policy running"
