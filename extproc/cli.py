"""`chaperone` — the command line: run the processor, run a whole local gateway, render Envoy configs."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import Sequence

from extproc import envoy_config, launcher
from extproc.envoy_config import Endpoint
from extproc.server import serve
from extproc.settings import Limits

CONNECT_HELP = """\
Chaperone is up. MCP endpoint: http://{listen}/mcp   (upstream: {upstream})

Connect with the official MCP SDK, either protocol revision:

    import asyncio
    from mcp import Client

    async def main():
        async with Client("http://{listen}/mcp", mode="2026-07-28") as client:   # or mode="legacy"
            print([t.name for t in (await client.list_tools()).tools])
            print(await client.call_tool("search_patients", {{"query": "a"}}))

    asyncio.run(main())

Ctrl-C stops Envoy, the processor{demo}.
"""


def _cmd_serve(args: argparse.Namespace) -> int:
    asyncio.run(serve(args.listen, Limits(), grace_seconds=args.grace))
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    listen = Endpoint.parse(args.listen)
    processor = Endpoint("127.0.0.1", launcher.free_port())
    admin = Endpoint("127.0.0.1", args.admin_port or launcher.free_port())
    with contextlib.ExitStack() as stack:
        if args.demo:
            port = launcher.free_port()
            stack.enter_context(launcher.demo_upstream(port))
            upstream_url = f"http://127.0.0.1:{port}/mcp"
        else:
            upstream_url = args.upstream
        upstream, upstream_path = envoy_config.parse_upstream_url(upstream_url)
        config = envoy_config.render(listen, processor, upstream, admin, upstream_path)
        ready = asyncio.Event()

        async def gateway() -> None:
            task = asyncio.create_task(serve(processor.grpc_target(), Limits(), ready=ready))
            await ready.wait()
            with launcher.envoy_process(config, listen, concurrency=args.concurrency):
                demo = " and the demo EHR server" if args.demo else ""
                print(CONNECT_HELP.format(listen=args.listen, upstream=upstream_url, demo=demo), flush=True)
                await task

        asyncio.run(gateway())
    return 0


def _cmd_envoy_config(args: argparse.Namespace) -> int:
    if args.sidecar:
        sys.stdout.write(envoy_config.render_sidecar())
        return 0
    upstream, path = envoy_config.parse_upstream_url(args.upstream)
    config = envoy_config.render(
        Endpoint.parse(args.listen), Endpoint.parse(args.processor), upstream, Endpoint.parse(args.admin), path
    )
    sys.stdout.write(envoy_config.dump(config))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chaperone",
        description="Chaperone: an Envoy ext_proc gateway for MCP servers that hold ePHI.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO instead of WARNING")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("serve", help="run the ext_proc gRPC service (what Envoy's ext_proc filter calls)",
                       description="Run the ext_proc gRPC service with grpc.health.v1. SIGTERM drains: "
                       "in-flight exchanges finish (up to --grace seconds), new ones are refused.")
    p.add_argument("--listen", default="127.0.0.1:18080",
                   help="HOST:PORT or unix:/path/to.sock (default: %(default)s)")
    p.add_argument("--grace", type=float, default=10.0, help="seconds to drain on SIGTERM (default: %(default)s)")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("run", help="run a whole local gateway: Envoy + processor in front of an MCP server",
                       description="Start the processor and Envoy (envoy/local.yaml) in front of an MCP server "
                       "and print how to connect. Ctrl-C stops everything.")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--upstream", metavar="URL", help="the MCP server's endpoint, e.g. http://127.0.0.1:8000/mcp")
    target.add_argument("--demo", action="store_true", help="start the bundled synthetic EHR MCP server as upstream")
    p.add_argument("--listen", default="127.0.0.1:10000", help="where agents connect (default: %(default)s)")
    p.add_argument("--admin-port", type=int, default=0, help="Envoy admin port on 127.0.0.1 (default: a free one)")
    p.add_argument("--concurrency", type=int, default=1, help="Envoy worker threads (default: %(default)s)")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("envoy-config", help="print the Envoy bootstrap for given addresses",
                       description="Render envoy/local.yaml for the given addresses, or the Kubernetes "
                       "sidecar variant (what envoy/sidecar.yaml holds).")
    p.add_argument("--sidecar", action="store_true", help="print the sidecar config (Unix socket processor)")
    p.add_argument("--listen", default="127.0.0.1:10000", help="agent-facing HOST:PORT (default: %(default)s)")
    p.add_argument("--processor", default="127.0.0.1:18080", help="HOST:PORT or unix:/path (default: %(default)s)")
    p.add_argument("--upstream", default="http://127.0.0.1:8000/mcp", help="MCP server URL (default: %(default)s)")
    p.add_argument("--admin", default="127.0.0.1:9901", help="Envoy admin HOST:PORT (default: %(default)s)")
    p.set_defaults(func=_cmd_envoy_config)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except (ValueError, FileNotFoundError, TimeoutError, RuntimeError) as exc:
        print(f"chaperone: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
