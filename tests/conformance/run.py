"""`make conformance`: the official MCP conformance suite against our conformance server (reference_server/, on
the official Python SDK), directly and through Chaperone, for both protocol revisions, side by side (README,
"MCP conformance").

    our server  <-  suite                                  (direct)
    our server  <-  chaperone run  <-  auth_proxy  <-  suite  (through the gateway)

The gateway is started the way a user starts it (`chaperone run --upstream ... --policy policy.yaml`), the token
minted with `chaperone token`; both work in tests/conformance/results/, which also keeps each run's checks.json
files and table.txt. Needs `npm ci` in tests/conformance first (the Makefile target does it).
Exit status 1 when a difference is a defect, is unexplained, or an expectation no longer matches.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from extproc import launcher
from extproc.envoy_config import Endpoint
from tests.conformance import results
from tests.conformance.auth_proxy import AuthProxy

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
REVISIONS = ("2025-11-25", "2026-07-28")
SUITE = [
    "node", "--import", str(HERE / "node20" / "register.mjs"),
    str(HERE / "node_modules" / "@modelcontextprotocol" / "conformance" / "dist" / "index.js"),
]
REFERENCE_SERVER = [sys.executable, "-m", "tests.conformance.reference_server", "--port"]
CHAPERONE = [sys.executable, "-m", "extproc.cli"]
SUITE_TIMEOUT = 600


def python_env() -> dict[str, str]:
    """This checkout's `extproc` first, whatever directory the child starts in."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


@contextlib.contextmanager
def process(args: list[str], port: int, cwd: Path, log: Path, env: dict[str, str]) -> Iterator[None]:
    """A child in a session of its own (so stopping it stops its children: Envoy, the processor) until exit."""
    with log.open("wb") as out:
        proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        launcher.wait_for_port(Endpoint("127.0.0.1", port), 60, proc)
        yield
    finally:
        launcher.stop_process(proc, grace=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever of its session outlived it


def mint_token(work: Path) -> str:
    return subprocess.run(
        [*CHAPERONE, "token", "--policy", str(HERE / "policy.yaml"), "--sub", "conformance-suite",
         "--groups", "conformance"],
        cwd=work, env=python_env(), capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()


async def run_suite(url: str, revision: str, output: Path, log: Path) -> None:
    """One `conformance server --requirements REVISION` run; its exit status is the suite's verdict on the server,
    which the table reports per check, so only a run that wrote nothing is an error here."""
    output.mkdir(parents=True)
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(
            *SUITE, "server", "--url", url, "--requirements", revision, "--output-dir", str(output),
            cwd=output.parent, stdout=out, stderr=subprocess.STDOUT)
        await asyncio.wait_for(proc.wait(), SUITE_TIMEOUT)
    if not any(output.glob("server-*/checks.json")):
        raise RuntimeError(f"the suite wrote no results for {url} ({revision}): see {log}")


async def run_all(direct_url: str, gateway_port: int, proxy_port: int, token: str,
                  work: Path) -> list[results.Row]:
    proxy = AuthProxy("127.0.0.1", gateway_port, token, proxy_port)
    await proxy.start()
    expected = results.load_expected(HERE / "expected_differences.yaml")
    rows: list[results.Row] = []
    try:
        for revision in REVISIONS:
            runs = {}
            for name, url in (("direct", direct_url), ("gateway", f"http://127.0.0.1:{proxy.port}/mcp")):
                output = work / revision / name
                await run_suite(url, revision, output, work / f"suite-{revision}-{name}.log")
                runs[name] = results.read_run(output)
            rows += results.compare(revision, runs["direct"], runs["gateway"], expected)
    finally:
        await proxy.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=HERE / "results", help="work directory (emptied first)")
    args = parser.parse_args()
    work: Path = args.work.resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    server_port, gateway_port, proxy_port = launcher.free_port(), launcher.free_port(), launcher.free_port()
    # The suite reaches the gateway through the proxy: its origin is the proxy's, which the operator allows
    gateway = [*CHAPERONE, "run", "--upstream", f"http://127.0.0.1:{server_port}/mcp",
               "--policy", str(HERE / "policy.yaml"), "--listen", f"127.0.0.1:{gateway_port}",
               "--allowed-origin", f"http://127.0.0.1:{proxy_port}", "--allowed-origin", f"http://localhost:{proxy_port}",
               "--admin-port", str(launcher.free_port()), "--review-listen", f"127.0.0.1:{launcher.free_port()}"]
    with process([*REFERENCE_SERVER, str(server_port)], server_port, work, work / "reference-server.log",
                 python_env()), \
            process(gateway, gateway_port, work, work / "gateway.log", python_env()):
        rows = asyncio.run(run_all(f"http://127.0.0.1:{server_port}/mcp", gateway_port, proxy_port,
                                   mint_token(work), work))
    stale = results.stale(results.load_expected(HERE / "expected_differences.yaml"), rows)
    table = results.render(rows, stale)
    (work / "table.txt").write_text(table + "\n")
    print(table)
    return 1 if results.failed(rows, stale) else 0


if __name__ == "__main__":
    sys.exit(main())
