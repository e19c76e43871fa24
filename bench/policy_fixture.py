"""A 50-rule policy with development keys, and a token for it: what the benchmarks run with."""

from __future__ import annotations

from pathlib import Path

from extproc.identity.devkeys import ensure_dev_keys, mint

ROLES = 10
TOOLS_PER_ROLE = 5


def write_bench_policy(directory: Path) -> Path:
    """10 roles x 5 tool patterns (exact and prefix), the caller holding four of them."""
    ensure_dev_keys(directory / "dev.pem", directory / "jwks.json")
    roles = []
    for r in range(ROLES):
        tools = [f"tool_{r}_{t}" for t in range(TOOLS_PER_ROLE - 1)] + [f"family_{r}_*"]
        if r == ROLES - 1:
            tools[0] = "get_patient"
        roles.append(f"  role_{r}:\n    groups: [group_{r}]\n    tools: [{', '.join(tools)}]\n"
                     f"    resources: [\"ehr://r{r}/*\"]\n    masking: safe_harbor\n")
    path = directory / "policy.yaml"
    path.write_text(
        "version: 1\nidentity:\n  issuer: https://chaperone.local/bench\n  audience: http://127.0.0.1:10000/mcp\n"
        f"  jwks: {{file: {directory / 'jwks.json'}}}\n  algorithms: [ES256]\n"
        f"  dev_signing_key: {directory / 'dev.pem'}\nroles:\n" + "".join(roles)
    )
    return path


def bench_token(directory: Path, sub: str = "bench-user") -> str:
    groups = [f"group_{r}" for r in range(ROLES - 4, ROLES)]
    return mint(directory / "dev.pem", directory / "jwks.json", "https://chaperone.local/bench",
                "http://127.0.0.1:10000/mcp", sub, groups, ttl_seconds=4 * 3600)
