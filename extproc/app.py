"""The composition root: builds the processor's parts — the live policy, the audit journal with its span
encoder, the approvals store, the gateway's ports over the policy — and starts them, alone (`chaperone serve`,
for an Envoy run elsewhere) or behind a local Envoy (`chaperone run`).

This is the one module that knows how the parts fit together; the command line only turns flags into the
options below and prints, so it composes nothing itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import uvloop

from extproc import envoy_config, launcher, public_url
from extproc.access import GatewayAccess
from extproc.approvals.service import ApprovalsSettings
from extproc.audit.auditor import Auditor
from extproc.audit.journal import Journal
from extproc.audit.signing import Signer, ensure_signing_key
from extproc.audit.span_feed import SpanSettings
from extproc.audit.spans.semconv import record_span
from extproc.envoy_config import Endpoint
from extproc.exchange.origins import loopback_origins, parse_allowed
from extproc.identity.devkeys import ensure_dev_keys
from extproc.phi import SAFE_HARBOR, warm_up
from extproc.policy import Policy, PolicyStore
from extproc.server import serve
from extproc.settings import EHR_PATIENT_IDENTIFIERS, Limits


@dataclass(frozen=True)
class AuditFiles:
    """Where the journal is written, the key sealing it, and the key of the patient-identifier hashes."""

    journal: Path
    signing_key: Path
    disclosure_key: Path | None = None


@dataclass(frozen=True)
class ProcessorOptions:
    """`chaperone serve`: the ext_proc processor for an Envoy started elsewhere (a pod's sidecar)."""

    listen: str
    policy: Path
    audit: AuditFiles
    approvals: ApprovalsSettings
    grace_seconds: float
    otlp_endpoint: str | None = None
    review_listen: str | None = None
    public_url: str | None = None
    """The MCP URL clients use (the tokens' audience); None: the policy's `identity.audience`."""
    allowed_origins: tuple[str, ...] = ()
    """Browser origins allowed besides the public URL's own."""


@dataclass(frozen=True)
class LocalGatewayOptions:
    """`chaperone run`: processor and Envoy on this machine, their state under `state_dir`."""

    listen: str
    policy: Path
    upstream_url: str | None
    """The MCP server's endpoint; None starts the bundled demo server as upstream."""
    admin_port: int
    """Envoy's admin port on 127.0.0.1; 0 picks a free one."""
    concurrency: int
    review_listen: str
    otlp_endpoint: str | None = None
    state_dir: Path = Path(".run")
    public_url: str | None = None
    """The MCP URL clients use; None: the policy's `identity.audience`, else `http://LISTEN/mcp`."""
    allowed_origins: tuple[str, ...] = ()
    """Browser origins allowed besides the gateway's own (its public URL's, and loopback names of its port)."""


@dataclass(frozen=True)
class LocalGateway:
    """What `run_local_gateway` has started, for telling the user how to connect."""

    upstream_url: str
    policy: Policy
    journal: Path
    public_url: str
    """What clients connect to, and the audience their tokens must carry."""


def prepare_dev_keys(policy: Policy) -> None:
    """Create the development key pair a policy names (and only then): `make run` and tests."""
    identity = policy.identity
    if identity.dev_signing_key is not None and identity.jwks.file is not None:
        ensure_dev_keys(identity.dev_signing_key, identity.jwks.file)


def open_policy(path: Path, public: str | None = None, served: str | None = None) -> PolicyStore:
    """The live policy (re-read when the file changes), its audience resolved against the gateway's public URL
    (`extproc.public_url`), with its development keys in place."""
    store = PolicyStore(path, finish=public_url.audience_resolver(
        public_url.check_public_url(public) if public is not None else None, served))
    prepare_dev_keys(store.current)
    return store


def own_loopback_origins(listen: Endpoint) -> frozenset[str]:
    """A gateway listening on loopback (or every interface) is its own origin under every loopback name."""
    if listen.port is not None and listen.host in ("127.0.0.1", "localhost", "::1", "0.0.0.0", "::"):
        return loopback_origins(listen.port)
    return frozenset()


def default_approvals_db(journal: Path) -> Path:
    """`JOURNAL-approvals.db` beside the journal: on the same durable volume the journal needs anyway."""
    absolute = journal.resolve()
    return absolute.with_name(absolute.name + "-approvals.db")


def start_auditor(files: AuditFiles, otlp_endpoint: str | None = None) -> Auditor:
    """The journal (started) and the auditor over it; spans are encoded and spooled only with a collector."""
    key = files.disclosure_key.read_bytes() if files.disclosure_key is not None else None
    if key is not None and len(key) < 32:
        raise ValueError(f"{files.disclosure_key} must hold at least 32 random bytes")
    spans = None
    if otlp_endpoint:
        absolute = files.journal.resolve()
        spans = SpanSettings(otlp_endpoint, str(absolute.with_name(absolute.name + "-span-spool")))
    journal = Journal(files.journal, Signer(files.signing_key), spans=spans,
                      encode_span=record_span if spans else None)
    journal.start()
    return Auditor(journal, EHR_PATIENT_IDENTIFIERS, disclosure_key=key)


def serve_processor(options: ProcessorOptions) -> None:
    """Run the processor (and the reviewer API when `review_listen` is set) until SIGTERM/SIGINT."""
    allowed = parse_allowed(options.allowed_origins)
    store = open_policy(options.policy, options.public_url)
    access = GatewayAccess(store, allowed)
    auditor = start_auditor(options.audit, options.otlp_endpoint)
    warm_up(SAFE_HARBOR)  # before the first exchange, which would otherwise wait for the tables

    async def main() -> None:
        await serve(options.listen, Limits(), access, auditor, grace_seconds=options.grace_seconds,
                    approvals=options.approvals, review_listen=options.review_listen)

    uvloop.run(main())


def local_audit_files(base: Path) -> AuditFiles:
    """`chaperone run`'s journal, signing key and disclosure key under `base` (created on first use)."""
    signing, disclosure = base / "journal-signing-key.pem", base / "disclosure.key"
    ensure_signing_key(signing)
    if not disclosure.exists():
        disclosure.write_bytes(os.urandom(32))
        disclosure.chmod(0o600)
    return AuditFiles(base / "journal", signing, disclosure)


def write_credential_sds(policy: Policy, directory: Path) -> Path | None:
    """The SDS document Envoy reads the policy's upstream credential from, if the policy names one."""
    credential = policy.upstream.credential
    if credential is None:
        return None
    path = directory / "upstream-credential.sds.yaml"
    path.write_text(envoy_config.credential_sds(credential))
    return path


def run_local_gateway(options: LocalGatewayOptions, on_ready: Callable[[LocalGateway], None]) -> None:
    """Processor, Envoy (and the demo upstream) until SIGINT/SIGTERM; `on_ready` once Envoy listens. A busy
    address is refused (`launcher.PortBusy`) before anything starts."""
    listen = Endpoint.parse(options.listen)
    launcher.check_free(listen, "--listen")
    launcher.check_free(Endpoint.parse(options.review_listen), "--review-listen")
    launcher.check_free(Endpoint("127.0.0.1", options.admin_port), "--admin-port")
    allowed = parse_allowed(options.allowed_origins) | own_loopback_origins(listen)
    store = open_policy(options.policy, options.public_url, public_url.served_url(listen))
    access = GatewayAccess(store, allowed)
    audit = local_audit_files(options.state_dir)
    auditor = start_auditor(audit, options.otlp_endpoint)
    warm_up(SAFE_HARBOR)
    processor = Endpoint("127.0.0.1", launcher.free_port())
    admin = Endpoint("127.0.0.1", options.admin_port or launcher.free_port())
    with contextlib.ExitStack() as stack:
        if options.upstream_url is None:
            port = launcher.free_port()
            stack.enter_context(launcher.demo_upstream(port))
            upstream_url = f"http://127.0.0.1:{port}/mcp"
        else:
            upstream_url = options.upstream_url
        upstream, upstream_path = envoy_config.parse_upstream_url(upstream_url)
        sds_path = write_credential_sds(store.current, Path(stack.enter_context(tempfile.TemporaryDirectory())))
        otlp = Endpoint.parse(options.otlp_endpoint) if options.otlp_endpoint else None
        review_api = Endpoint.parse(options.review_listen)
        config = envoy_config.render(
            listen, processor, upstream, admin, upstream_path, store.current.upstream, sds_path, otlp=otlp,
            review_api=review_api,
        )
        approvals = ApprovalsSettings(sqlite_path=default_approvals_db(audit.journal))

        async def gateway() -> None:
            ready = asyncio.Event()
            task = asyncio.create_task(
                serve(processor.grpc_target(), Limits(), access, auditor, ready=ready,
                      approvals=approvals, review_listen=review_api.grpc_target())
            )
            await ready.wait()
            with launcher.envoy_process(config, listen, concurrency=options.concurrency):
                on_ready(LocalGateway(upstream_url=upstream_url, policy=store.current, journal=audit.journal,
                                      public_url=str(store.current.identity.audience)))
                await task

        uvloop.run(gateway())
