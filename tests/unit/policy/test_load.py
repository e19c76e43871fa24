"""Reading a policy file (load.py): every problem at once with its line and path, documents that are not one
YAML mapping, relative paths, unreadable files, the digest."""

import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc.policy import DEMO_POLICY, PolicyError, check_file, load_file, load_policy
from extproc.public_url import audience_resolver
from tests.unit.policy.support import BASE, DEMO, FULL, POLICY_HEAD, load


def problems(text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(PolicyError) as info:
        load_policy(text, "test.yaml")
    assert "test.yaml" in str(info.value)
    return [(p.line, p.path, p.message) for p in info.value.problems]


def only_problem(text: str) -> tuple[int, str, str]:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "line", "path", "fragment"),
    [
        (BASE + "approval: []\n", 10, "approval", "unknown key 'approval' (did you mean 'approvals'?)"),
        (BASE + "    tool: [a]\n", 10, "roles.r.tool", "did you mean 'tools'?"),
        (BASE + "    tools: a\n", 10, "roles.r.tools", "must be a list, not a string"),
        (BASE + "    tools:\n", 10, "roles.r.tools", "must be a list, not empty (null) (write [] for none)"),
        (BASE + "    tools: [a, 3]\n", 10, "roles.r.tools[1]", "must be a string, not an integer"),
        (BASE + "    prompts: [yes]\n", 10, "roles.r.prompts[0]", "must be a string, not a boolean (put it in quotes)"),
        (BASE.replace("groups: [g]", "groups: [1234]"), 9, "roles.r.groups[0]", "not an integer (put it in quotes)"),
        (BASE.replace("groups: [g]", "tools: [a]"), 9, "roles.r.groups", "is required"),
        (BASE.replace("groups: [g]", "groups: []"), 9, "roles.r.groups", "at least one group"),
        (BASE.replace("groups: [g]", "groups: [g, '']"), 9, "roles.r.groups[1]", "must not be empty"),
        (BASE.replace("groups: [g]", "groups: [' g']"), 9, "roles.r.groups[0]", "whitespace"),
        (BASE.replace("  r:\n    groups: [g]\n", "  r:\n"), 8, "roles.r", "must be a mapping"),
        (BASE + "    tools: [a, 'get_*_x']\n", 10, "roles.r.tools[1]", "* before the end"),
        (BASE + "    tools: ['**']\n", 10, "roles.r.tools[0]", "more than one *"),
        (BASE + "    resources: ['*ehr://x']\n", 10, "roles.r.resources[0]", "* before the end"),
        (BASE + "    prompts: ['']\n", 10, "roles.r.prompts[0]", "must not be empty"),
        (BASE + "    tools: ['get *']\n", 10, "roles.r.tools[0]", "whitespace"),
        (BASE + "    masking: 3\n", 10, "roles.r.masking", "must be a string, not an integer"),
        (BASE + "    masking: [clinical]\n", 10, "roles.r.masking", "must be a string, not a list"),
        (BASE + "    masking: {name: x}\n", 10, "roles.r.masking", "must be a string, not a mapping"),
        (BASE + "    masking: ''\n", 10, "roles.r.masking", "letters, digits"),
        (BASE + "  bad name:\n    groups: [g]\n", 10, "roles.bad name", "role name must be"),
        (BASE + "  r:\n    groups: [h]\n", 10, "roles.r", "duplicate key (first at line 8)"),
        (BASE + "roles: {}\n", 10, "roles", "duplicate key (first at line 7)"),
        (BASE + "    groups: [h]\n", 10, "roles.r.groups", "duplicate key (first at line 9)"),
        (BASE + "    1: [a]\n", 10, "roles.r", "keys must be strings, not an integer"),
        (BASE.replace("version: 1", "version: 2"), 1, "version", "unsupported version 2"),
        (BASE.replace("version: 1", "version: '1'"), 1, "version", "must be an integer, not a string"),
        (BASE.replace("version: 1\n", ""), 1, "version", "is required"),
        (BASE.replace("version: 1", "version: 1" + "0" * 5000), 1, "version", "must be between"),
        (BASE + "approvals: [{name: a, tools: [t]}]\n", 10, "approvals[0].approvers", "is required"),
        (BASE + "approvals:\n", 10, "approvals", "must be a list, not empty (null)"),
        (BASE + "upstream: {strip_headers: [Mcp-Session-Id]}\n", 10, "upstream.strip_headers[0]",
         "mcp-session-id is needed by the MCP transport"),
        (BASE + "upstream: {strip_headers: ['x api key']}\n", 10, "upstream.strip_headers[0]", "header name"),
        (BASE + "upstream: {strip: [x]}\n", 10, "upstream.strip", "unknown key"),
        (BASE + "resource_metadata: {authorization_servers: []}\n", 10, "resource_metadata.authorization_servers",
         "at least one"),
        (BASE + "resource_metadata: {authorization_servers: [http://idp.example.org]}\n", 10,
         "resource_metadata.authorization_servers[0]", "must use https"),
        (BASE + "resource_metadata: {scopes_supported: [a b]}\n", 10, "resource_metadata.scopes_supported[0]",
         "without spaces"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256, none]"), 6, "identity.algorithms[1]",
         "unsigned"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [HS256]"), 6, "identity.algorithms[0]", "symmetric"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [hs512]"), 6, "identity.algorithms[0]", "symmetric"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [rs256]"), 6, "identity.algorithms[0]",
         "unknown algorithm"),
        (BASE.replace("algorithms: [RS256]", "algorithms: []"), 6, "identity.algorithms", "at least one"),
        (BASE.replace("algorithms: [RS256]", "algorithms: RS256"), 6, "identity.algorithms", "must be a list"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{}"), 5, "identity.jwks", "exactly one of"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{url: https://idp.example.org/jwks, file: k.json}"),
         5, "identity.jwks", "exactly one of file, url, discovery (given: url, file)"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: false}"), 5, "identity.jwks.discovery",
         "not a key source"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: yes please}"), 5,
         "identity.jwks.discovery", "must be true or false"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{url: http://idp.example.org/jwks}"), 5,
         "identity.jwks.url", "must use https"),
        (BASE.replace("{url: https://idp.example.org/jwks}", "{urls: x}"), 5, "identity.jwks.urls",
         "did you mean 'url'?"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  leeway_seconds: 301"), 7,
         "identity.leeway_seconds", "between 0 and 300"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  leeway_seconds: -1"), 7,
         "identity.leeway_seconds", "between 0 and 300"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  leeway_seconds: 30s"), 7,
         "identity.leeway_seconds", "must be an integer"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  groups_claim: my groups"), 7,
         "identity.groups_claim", "without spaces"),
        (BASE.replace("algorithms: [RS256]", "algorithms: [RS256]\n  dev_signing_key: ''"), 7,
         "identity.dev_signing_key", "must not be empty"),
        (BASE.replace("https://idp.example.org\n", "http://idp.example.org\n"), 3, "identity.issuer",
         "must use https"),
        (BASE.replace("https://gw.example.org/mcp", "https://gw.example.org/mcp#x"), 4, "identity.audience",
         "#fragment"),
        (BASE.replace("https://gw.example.org/mcp", "gw.example.org/mcp"), 4, "identity.audience", "absolute"),
        (BASE.replace("  issuer: https://idp.example.org\n", ""), 3, "identity.issuer", "is required"),
        (BASE.replace("roles:\n  r:\n    groups: [g]\n", ""), 1, "roles", "is required"),
        (BASE + "    tools: !!python/object:os.system [a]\n", 10, "roles.r.tools", "must be a list"),
        (BASE + "    masking: !!python/name:os.system\n", 10, "roles.r.masking", "tagged"),
    ],
)
def test_each_problem_is_reported_with_its_line_and_path(text: str, line: int, path: str, fragment: str) -> None:
    found_line, found_path, message = only_problem(text)
    assert (found_line, found_path) == (line, path), message
    assert fragment in message


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (BASE + "    tools: [a\n", 11, "not valid YAML"),
        (BASE + "  x: [}\n", 10, "not valid YAML"),
        (BASE + "    tools: &t [a]\n    prompts: *t\n", 11, "aliases"),
        (BASE + "---\nversion: 1\n", 10, "single document"),
        (BASE + "    tools: [\x07]\n", 0, "not valid YAML"),
        ("", 0, "the policy is empty"),
        ("# only a comment\n", 0, "the policy is empty"),
        ("- version: 1\n", 1, "must be a mapping"),
        ("version: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested deeper than"),
    ],
)
def test_documents_that_are_not_one_yaml_mapping(text: str, line: int, fragment: str) -> None:
    found_line, _, message = only_problem(text)
    assert found_line == line and fragment in message


DEMO_TEXT = DEMO_POLICY.read_text()


@given(st.integers(0, len(DEMO_TEXT)), st.integers(0, 40),
       st.text(alphabet=st.sampled_from(list(" \n-:[]{}*&!'\"#%@|>?,0aZ\t")), max_size=12))
def test_any_edit_of_a_policy_loads_or_raises_policy_error(at: int, cut: int, insert: str) -> None:
    text = DEMO_TEXT[:at] + insert + DEMO_TEXT[at + cut:]
    try:
        load_policy(text)
    except PolicyError as exc:
        assert exc.problems and all(p.line >= 0 and p.message for p in exc.problems)


def test_every_problem_is_reported_at_once() -> None:
    text = """\
version: 2
identity:
  issuer: http://idp.example.org
  audience: https://gw.example.org/mcp
  jwks: {file: a.json, url: https://idp.example.org/jwks}
  algorithms: [RS256, none, HS256]
  leeway_seconds: 301
  leeway_seconds: 3
roles:
  clinician:
    groups: []
    tool: [a]
    tools: [a*b, "**", " x", 3]
    masking: [x]
  clinician:
    groups: [x]
approvals: [x]
extra: 1
"""
    found = problems(text)
    assert [(line, path) for line, path, _ in found] == [
        (1, "version"), (3, "identity.issuer"), (5, "identity.jwks"), (6, "identity.algorithms[1]"),
        (6, "identity.algorithms[2]"), (7, "identity.leeway_seconds"), (8, "identity.leeway_seconds"),
        (11, "roles.clinician.groups"), (12, "roles.clinician.tool"), (13, "roles.clinician.tools[0]"),
        (13, "roles.clinician.tools[1]"), (13, "roles.clinician.tools[2]"), (13, "roles.clinician.tools[3]"),
        (14, "roles.clinician.masking"), (15, "roles.clinician"), (17, "approvals[0]"), (18, "extra"),
    ]


def test_yaml_errors_do_not_quote_the_file() -> None:
    _, _, message = only_problem(BASE + "    tools: [SECRET-MARKER\n")
    assert "SECRET-MARKER" not in message


def test_valid_variants_load() -> None:
    text = (BASE.replace("{url: https://idp.example.org/jwks}", "{discovery: true}")
            + "    tools: ['*']\n    masking: null\nupstream: {}\nresource_metadata: {}\napprovals: []\n")
    policy = load_policy(text, "v")
    assert policy.identity.jwks.kind == "discovery"
    assert policy.identity.discovery_url == "https://idp.example.org/.well-known/openid-configuration"
    assert policy.roles[0].masking is None and policy.roles[0].tools == ("*",)
    assert policy.upstream.strip_headers == ("authorization",)
    assert policy.resource_metadata.authorization_servers == ("https://idp.example.org",)
    loopback = BASE.replace("https://idp.example.org\n", "http://127.0.0.1:8080/realms/dev\n")
    assert load_policy(loopback, "v").identity.issuer == "http://127.0.0.1:8080/realms/dev"
    assert load_policy(POLICY_HEAD.replace("roles:", "roles: {}"), "v").roles == ()


def test_demo_policy_is_valid_and_as_documented() -> None:
    assert check_file(DEMO_POLICY) == []
    identity = DEMO.identity
    assert (identity.issuer, identity.audience, identity.algorithms) == (
        "https://chaperone.local/dev", None, ("ES256",)), "the demo's audience is the URL `chaperone run` serves"
    assert [r.name for r in DEMO.roles] == ["clinician", "analyst", "intern", "pharmacist", "privacy_officer"]
    assert [r.name for r in DEMO.approvals] == ["cohort-export", "medication-change"]
    assert DEMO.upstream.strip_headers == ("authorization", "cookie", "x-api-key")
    served = audience_resolver(None, "http://127.0.0.1:10000/mcp")(DEMO)
    assert served.protected_resource_metadata() == {
        "resource": "http://127.0.0.1:10000/mcp", "authorization_servers": ["https://chaperone.local/dev"],
        "bearer_methods_supported": ["header"], "scopes_supported": ["mcp"]}


def test_relative_paths_resolve_against_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    policy = load_file(DEMO_POLICY)
    assert policy.identity.jwks.file == tmp_path / ".run" / "dev-jwks.json"
    assert policy.identity.dev_signing_key == tmp_path / ".run" / "dev-signing-key.pem"
    other = load_file(DEMO_POLICY, base_dir=Path("/srv"))
    assert other.identity.jwks.file == Path("/srv/.run/dev-jwks.json")
    absolute = BASE.replace("{url: https://idp.example.org/jwks}", "{file: /etc/chaperone/jwks.json}")
    assert load_policy(absolute).identity.jwks.file == Path("/etc/chaperone/jwks.json")


def test_check_file_reports_unreadable_files(tmp_path: Path) -> None:
    assert "cannot read" in check_file(tmp_path / "missing.yaml")[0].message
    (tmp_path / "latin1.yaml").write_bytes(b"version: 1\n# caf\xe9\n")
    assert [(p.line, p.message) for p in check_file(tmp_path / "latin1.yaml")] == [(2, "not valid UTF-8")]
    (tmp_path / "big.yaml").write_bytes(b"#" * (1024 * 1024 + 1))
    assert "larger than" in check_file(tmp_path / "big.yaml")[0].message


def test_digest_is_the_sha256_of_the_file_and_changes_with_it(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(FULL)
    first = load_file(path)
    assert first.digest == hashlib.sha256(path.read_bytes()).hexdigest() == load(FULL).digest
    path.write_text(FULL.replace("hold: 90s", "hold: 91s"))
    assert load_file(path).digest not in ("", first.digest)
    path.write_text(FULL + "# a comment\n")
    assert load_file(path).digest not in ("", first.digest)
    non_ascii = FULL.replace("tools: [t]", "tools: [t]  # café")
    path.write_bytes(non_ascii.encode("utf-8"))
    assert load_file(path).digest == hashlib.sha256(non_ascii.encode("utf-8")).hexdigest()
    assert load_file(DEMO_POLICY).digest == hashlib.sha256(DEMO_POLICY.read_bytes()).hexdigest()
