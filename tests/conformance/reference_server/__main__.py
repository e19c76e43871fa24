"""`python -m tests.conformance.reference_server --port N`: serve http://127.0.0.1:N/mcp until stopped."""

from __future__ import annotations

import argparse

import uvicorn

from tests.conformance.reference_server.app import build_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(build_app(), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
