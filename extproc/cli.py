"""`chaperone` — the command line: run the processor or a whole local gateway, mint development tokens,
check and explain policies, verify and replay the journal, render Envoy configs.

Parsing, printing and exit codes only: the handlers turn flags into `extproc.app`'s options, and `app`
builds and starts the parts."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from extproc import app, envoy_config, public_url
from extproc.approvals.api import arguments as approvals_arguments
from extproc.approvals.service import ApprovalsSettings
from extproc.audit.record import disclosure_hash
from extproc.audit.replay import format_timeline_entry
from extproc.audit.signing import ensure_signing_key, load_public_key
from extproc.audit.verify import iter_records, verify
from extproc.envoy_config import Endpoint
from extproc.identity.devkeys import mint
from extproc.identity.principal import Principal
from extproc.policy import (
    DEMO_POLICY,
    TRIAL_POLICY,
    PolicyError,
    call_for,
    check_file,
    explain,
    load_file,
    policy_schema,
)

CONNECT_HELP = """\
Chaperone is up. MCP endpoint: {public}   (upstream: {upstream}; policy: {policy})

Every call needs a bearer token for {public}. Mint a development token for a role's group, e.g.:

    .venv/bin/chaperone token --sub alice --groups {group}{policy_arg}{audience_arg}

then connect with the official MCP SDK, either protocol revision:

    import asyncio, httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    async def main():
        http = httpx2.AsyncClient(headers={{"Authorization": "Bearer " + TOKEN}})
        transport = streamable_http_client("{public}", http_client=http)
        async with Client(transport, mode="2026-07-28") as client:   # or mode="legacy"
            print([t.name for t in (await client.list_tools()).tools])

    asyncio.run(main())

Every exchange is recorded in the audit journal {journal}:

    .venv/bin/chaperone audit replay .run/journal                  # the session as a timeline
    .venv/bin/chaperone audit verify --key .run/journal-signing-key.pem .run/journal

Ctrl-C stops Envoy, the processor{demo}.
"""


def _cmd_serve(args: argparse.Namespace) -> int:
    approvals = ApprovalsSettings(
        sqlite_path=args.approvals_db or app.default_approvals_db(args.journal),
        postgres_dsn=args.approvals_dsn, webhook_url=args.approvals_webhook,
        webhook_secret_file=args.approvals_webhook_secret, link_base=args.approvals_link,
    )
    app.serve_processor(app.ProcessorOptions(
        listen=args.listen, policy=args.policy, grace_seconds=args.grace, otlp_endpoint=args.otlp_endpoint,
        audit=app.AuditFiles(args.journal, args.journal_key, args.disclosure_key),
        approvals=approvals, review_listen=args.review_listen, public_url=args.public_url,
        allowed_origins=tuple(args.allowed_origin),
    ))
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    policy_path = args.policy or (DEMO_POLICY if args.demo else TRIAL_POLICY)

    def connect_help(gateway: app.LocalGateway) -> None:
        roles = gateway.policy.roles
        # what `chaperone token` puts in `aud` unless told otherwise: the policy file's audience, else the default
        token_default = _default_audience(load_file(policy_path).identity.audience)
        audience_arg = "" if gateway.public_url == token_default else f" --audience {gateway.public_url}"
        print(CONNECT_HELP.format(
            public=gateway.public_url, upstream=gateway.upstream_url, policy=policy_path,
            group=sorted(roles[0].groups)[0] if roles else "GROUP",
            policy_arg="" if policy_path == DEMO_POLICY else f" --policy {policy_path}", audience_arg=audience_arg,
            demo=" and the demo EHR server" if args.demo else "", journal=gateway.journal,
        ), flush=True)

    app.run_local_gateway(app.LocalGatewayOptions(
        listen=args.listen, policy=policy_path, upstream_url=None if args.demo else args.upstream,
        admin_port=args.admin_port, concurrency=args.concurrency, review_listen=args.review_listen,
        otlp_endpoint=args.otlp_endpoint, public_url=args.public_url, allowed_origins=tuple(args.allowed_origin),
    ), on_ready=connect_help)
    return 0


def _default_audience(policy_audience: str | None) -> str:
    """The audience `chaperone token` puts in a token without --audience: the policy's, else the URL
    `chaperone run` serves by default."""
    return policy_audience or str(public_url.served_url(Endpoint.parse(public_url.DEFAULT_LISTEN)))


def _cmd_token(args: argparse.Namespace) -> int:
    policy = load_file(args.policy)
    identity = policy.identity
    if identity.dev_signing_key is None or identity.jwks.file is None:
        raise ValueError(f"{args.policy} does not enable development tokens (identity.dev_signing_key)")
    if not identity.dev_signing_key.exists():
        # Never a new key pair here: the gateway trusts the one it made, so a token signed by another would
        # only be refused (401 unknown signing key). Relative paths are the working directory's.
        raise ValueError(f"no development signing key at {identity.dev_signing_key}: `chaperone run` creates it "
                         "under .run/ in the directory it starts in; run `chaperone token` from there")
    groups = [g for g in args.groups.split(",") if g] if args.groups else []
    scopes = [s for s in args.scope.split(",") if s] if args.scope else []
    audience = args.audience or _default_audience(identity.audience)
    print(mint(identity.dev_signing_key, identity.jwks.file, identity.issuer, audience, args.sub, groups,
               email=args.email, ttl_seconds=args.ttl, scopes=scopes))
    return 0


def _cmd_policy_check(args: argparse.Namespace) -> int:
    problems = check_file(args.file)
    for problem in problems:
        print(f"{args.file}:{problem.line}: {problem.path}: {problem.message}" if problem.path
              else f"{args.file}:{problem.line}: {problem.message}")
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{args.file}: OK")
    return 0


def _cmd_policy_schema(args: argparse.Namespace) -> int:
    print(json.dumps(policy_schema(), indent=2))
    return 0


def _cmd_policy_explain(args: argparse.Namespace) -> int:
    policy = load_file(args.policy)
    groups = frozenset(g for g in args.groups.split(",") if g) if args.groups else frozenset()
    principal = Principal(subject=args.sub, issuer=policy.identity.issuer, groups=groups)
    arguments = json.loads(args.arguments) if args.arguments is not None else None
    if arguments is not None and not isinstance(arguments, dict):
        raise ValueError("--arguments must be a JSON object")
    call = call_for(tool=args.tool, resource=args.resource, prompt=args.prompt, method=args.method,
                    arguments=arguments)
    print(explain(policy, principal, call))
    return 0 if policy.decide(principal, call).allowed else 3


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    report = verify(args.journal, load_public_key(args.key))
    took = time.perf_counter() - started
    total = report.records + report.seals
    rate = f", {total / took:,.0f} lines/s" if took > 0 and total else ""
    for note in report.notes:
        print(f"note: {note}")
    if not report.ok:
        print(f"FAILED: {report.problem}")
        return 1
    print(f"OK: {report.records} records, {report.seals} seals in {report.files} file(s){rate}")
    return 0


def _cmd_audit_replay(args: argparse.Namespace) -> int:
    since = args.since or ""
    for record in iter_records(args.journal):
        principal = record.get("principal") or {}
        mcp = record.get("mcp") or {}
        if args.session and mcp.get("session_id") != args.session:
            continue
        if args.user and principal.get("sub") != args.user:
            continue
        if record.get("time", "") < since:
            continue
        print(format_timeline_entry(record))
    return 0


def _cmd_audit_disclosures(args: argparse.Namespace) -> int:
    key = args.disclosure_key.read_bytes()
    wanted = disclosure_hash(key, args.patient_id)
    found = 0
    for record in iter_records(args.journal):
        if wanted in record.get("patients", ()):
            found += 1
            print(format_timeline_entry(record))
    print(f"{found} disclosure(s) of data about this patient", file=sys.stderr)
    return 0


def _cmd_audit_keygen(args: argparse.Namespace) -> int:
    if args.file.exists():
        raise ValueError(f"{args.file} exists: refusing to overwrite a signing key")
    ensure_signing_key(args.file)
    print(f"wrote {args.file} (Ed25519, mode 0600)")
    return 0


def _cmd_envoy_config(args: argparse.Namespace) -> int:
    if args.sidecar:
        sys.stdout.write(envoy_config.render_sidecar())
        return 0
    policy = load_file(args.policy) if args.policy else None
    if args.print_sds:
        if policy is None or policy.upstream.credential is None:
            raise ValueError("--print-sds needs a --policy that configures upstream.credential")
        sys.stdout.write(envoy_config.credential_sds(policy.upstream.credential))
        return 0
    upstream, path = envoy_config.parse_upstream_url(args.upstream)
    config = envoy_config.render(
        Endpoint.parse(args.listen), Endpoint.parse(args.processor), upstream, Endpoint.parse(args.admin), path,
        policy.upstream if policy else None, args.sds_path, review_api=Endpoint.parse(args.review_api),
        inline_descriptor=True,  # printed for another machine or a pod: no path into this installation
    )
    sys.stdout.write(envoy_config.dump(config))
    return 0


def _cmd_approvals(args: argparse.Namespace) -> int:
    from extproc.approvals.api import client  # the compiled API: only this command needs it

    return client.run(args)


def _public_options(p: argparse.ArgumentParser, public_default: str) -> None:
    p.add_argument("--public-url", metavar="URL",
                   help="the MCP URL clients use (behind a proxy or ingress): the audience tokens must carry and "
                   "where the 401 challenge and the RFC 9728 metadata send clients; refused if the policy's "
                   f"identity.audience says otherwise (default: {public_default})")
    p.add_argument("--allowed-origin", action="append", default=[], metavar="ORIGIN",
                   help="a browser origin (scheme://host[:port]) allowed to call, besides the gateway's own; "
                   "repeatable. Requests without Origin (non-browser clients) pass; any other Origin gets 403")


def _approvals_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--approvals-db", type=Path, metavar="FILE",
                   help="the embedded (SQLite) approvals store (default: beside the journal, JOURNAL-approvals.db)")
    p.add_argument("--approvals-dsn", metavar="DSN",
                   help="PostgreSQL shared by several processor replicas, e.g. postgresql://user@host/db")
    p.add_argument("--approvals-webhook", metavar="URL", help="notify reviewers here when a call starts waiting")
    p.add_argument("--approvals-webhook-secret", type=Path, metavar="FILE",
                   help="the webhook's signing secret (Standard Webhooks, whsec_...)")
    p.add_argument("--approvals-link", metavar="URL", help="base URL of the reviewers' page linked from webhooks")
    p.add_argument("--review-listen", metavar="HOST:PORT",
                   help="serve the reviewers' gRPC API here (Envoy transcodes JSON to it); off when not given")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chaperone",
        description="Chaperone: an Envoy ext_proc gateway for MCP servers that hold ePHI.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO instead of WARNING")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("serve", help="run the ext_proc gRPC service (what Envoy's ext_proc filter calls)",
                       description="Run the ext_proc gRPC service with grpc.health.v1. SIGTERM drains: "
                       "in-flight exchanges finish (up to --grace seconds), new ones are refused. The policy "
                       "file is re-read when it changes; a bad new version keeps the previous one running.")
    p.add_argument("--listen", default="127.0.0.1:18080",
                   help="HOST:PORT or unix:/path/to.sock (default: %(default)s)")
    p.add_argument("--policy", type=Path, required=True, help="the policy YAML (refuses to start if invalid)")
    p.add_argument("--grace", type=float, default=10.0, help="seconds to drain on SIGTERM (default: %(default)s)")
    p.add_argument("--journal", type=Path, required=True,
                   help="audit journal directory (requests are refused when it cannot be written)")
    p.add_argument("--journal-key", type=Path, required=True,
                   help="Ed25519 private key PEM sealing the journal (`chaperone audit keygen FILE`)")
    p.add_argument("--disclosure-key", type=Path,
                   help="file of >= 32 random bytes keying the patient-identifier hashes (accounting of disclosures)")
    p.add_argument("--otlp-endpoint", metavar="HOST:PORT",
                   help="OpenTelemetry collector (OTLP/gRPC) for one span per exchange; spooled while it is down")
    _public_options(p, "the policy's identity.audience")
    _approvals_options(p)
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("run", help="run a whole local gateway: Envoy + processor in front of an MCP server",
                       description="Start the processor and Envoy (envoy/local.yaml) in front of an MCP "
                       "server and print how to connect. Ctrl-C stops everything.")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--upstream", metavar="URL",
                        help="the MCP server's endpoint, e.g. http://127.0.0.1:8000/mcp")
    target.add_argument("--demo", action="store_true",
                        help="start the bundled synthetic EHR MCP server as upstream")
    p.add_argument("--policy", type=Path,
                   help="policy YAML (default: the demo policy with --demo, else a trial policy granting "
                   "everything to holders of a development token of group 'trial')")
    p.add_argument("--listen", default=public_url.DEFAULT_LISTEN, help="where agents connect (default: %(default)s)")
    p.add_argument("--admin-port", type=int, default=0, help="Envoy admin port on 127.0.0.1 (default: any free)")
    p.add_argument("--concurrency", type=int, default=1, help="Envoy worker threads (default: %(default)s)")
    p.add_argument("--review-listen", default="127.0.0.1:10001", metavar="HOST:PORT",
                   help="the reviewers' approvals API (`chaperone approvals ...`; default: %(default)s)")
    p.add_argument("--otlp-endpoint", metavar="HOST:PORT",
                   help="OpenTelemetry collector (OTLP/gRPC): Envoy's and Chaperone's spans, one trace per exchange")
    _public_options(p, "the policy's identity.audience, else http://LISTEN/mcp")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("token", help="mint a development token (only if the policy names a dev signing key)",
                       description="Mint a bearer token signed by the local development key the policy names "
                       "in identity.dev_signing_key (made by `chaperone run` under .run/: run `token` from the "
                       "directory it started in). Production policies name none.")
    p.add_argument("--sub", required=True, help="subject (user id)")
    p.add_argument("--groups", default="", help="comma-separated IdP groups, e.g. clinicians")
    p.add_argument("--email", help="email claim")
    p.add_argument("--scope", default="",
                   help="comma-separated OAuth scopes, e.g. chaperone:review for a reviewer of approvals")
    p.add_argument("--ttl", type=int, default=3600, help="lifetime in seconds (default: %(default)s)")
    p.add_argument("--audience", metavar="URL", help="the gateway's public MCP URL, the token's aud (default: the "
                   "policy's identity.audience, else http://127.0.0.1:10000/mcp; `chaperone run` prints what to use)")
    p.add_argument("--policy", type=Path, default=DEMO_POLICY, help="policy YAML (default: the demo policy)")
    p.set_defaults(func=_cmd_token)

    p = sub.add_parser("policy", help="check, describe and explain policies")
    policy_sub = p.add_subparsers(dest="policy_command", required=True, metavar="SUBCOMMAND")
    q = policy_sub.add_parser("check", help="validate a policy file; every problem with its line")
    q.add_argument("file", type=Path)
    q.set_defaults(func=_cmd_policy_check)
    q = policy_sub.add_parser("schema", help="print the policy file's JSON Schema")
    q.set_defaults(func=_cmd_policy_schema)
    q = policy_sub.add_parser("explain", help="say what the policy decides for a caller and a call, and why")
    q.add_argument("--policy", type=Path, default=DEMO_POLICY, help="policy YAML (default: the demo policy)")
    q.add_argument("--sub", required=True, help="subject")
    q.add_argument("--groups", default="", help="comma-separated IdP groups")
    what = q.add_mutually_exclusive_group(required=True)
    what.add_argument("--tool", help="a tools/call of this tool")
    what.add_argument("--resource", help="a resources/read of this URI")
    what.add_argument("--prompt", help="a prompts/get of this prompt")
    what.add_argument("--method", help="any other MCP method, e.g. tools/list")
    q.add_argument("--arguments", metavar="JSON", help='the tool\'s arguments, a JSON object, e.g. \'{"limit": 500}\'')
    q.set_defaults(func=_cmd_policy_explain)

    p = sub.add_parser("audit", help="verify, replay and search the audit journal")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, metavar="SUBCOMMAND")
    q = audit_sub.add_parser("verify", help="check the hash chain and the seals; name the first bad record")
    q.add_argument("journal", type=Path, nargs="+", help="journal directories or files, in order")
    q.add_argument("--key", type=Path, required=True, help="the journal's Ed25519 public (or private) key PEM")
    q.set_defaults(func=_cmd_audit_verify)
    q = audit_sub.add_parser("replay", help="show exchanges as a timeline")
    q.add_argument("journal", type=Path, nargs="+", help="journal directories or files, in order")
    q.add_argument("--session", help="only this MCP session id")
    q.add_argument("--user", help="only this subject")
    q.add_argument("--since", help="only records at or after this ISO time, e.g. 2026-11-24T10:00")
    q.set_defaults(func=_cmd_audit_replay)
    q = audit_sub.add_parser("disclosures", help="who received data about a patient, when, through which tool")
    q.add_argument("journal", type=Path, nargs="+", help="journal directories or files, in order")
    q.add_argument("--patient-id", required=True, help="the patient identifier (e.g. P000001 or an MRN)")
    q.add_argument("--disclosure-key", type=Path, required=True, help="the key the gateway hashed identifiers with")
    q.set_defaults(func=_cmd_audit_disclosures)
    q = audit_sub.add_parser("keygen", help="create an Ed25519 journal signing key")
    q.add_argument("file", type=Path)
    q.set_defaults(func=_cmd_audit_keygen)

    p = sub.add_parser("envoy-config", help="print the Envoy bootstrap for given addresses",
                       description="Render envoy/local.yaml for the given addresses (and a policy's "
                       "upstream block), or the Kubernetes sidecar variant (what envoy/sidecar.yaml holds).")
    p.add_argument("--sidecar", action="store_true", help="print the sidecar config (Unix socket processor)")
    p.add_argument("--listen", default="127.0.0.1:10000", help="agent-facing HOST:PORT (default: %(default)s)")
    p.add_argument("--processor", default="127.0.0.1:18080",
                   help="HOST:PORT or unix:/path (default: %(default)s)")
    p.add_argument("--upstream", default="http://127.0.0.1:8000/mcp",
                   help="MCP server URL (default: %(default)s)")
    p.add_argument("--admin", default="127.0.0.1:9901", help="Envoy admin HOST:PORT (default: %(default)s)")
    p.add_argument("--policy", type=Path, help="apply this policy's upstream block (strip headers, credential)")
    p.add_argument("--sds-path", type=Path, default=Path("/etc/chaperone/upstream-credential.sds.yaml"),
                   help="where Envoy reads the upstream credential's SDS document (default: %(default)s)")
    p.add_argument("--print-sds", action="store_true", help="print that SDS document instead")
    p.add_argument("--review-api", default="127.0.0.1:10001",
                   help="the reviewer API's HOST:PORT or unix:/path (default: %(default)s)")
    p.set_defaults(func=_cmd_envoy_config)

    approvals_arguments.add_parser(sub, _cmd_approvals)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except PolicyError as exc:
        print(f"chaperone: {exc}", file=sys.stderr)
        return 2
    except (ValueError, FileNotFoundError, TimeoutError, RuntimeError) as exc:
        print(f"chaperone: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
