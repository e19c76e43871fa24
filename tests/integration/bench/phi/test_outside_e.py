"""The fifth outside corpus runs as a module and is the same under any PYTHONHASHSEED."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]


def _selfcheck(hash_seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bench.phi.outside_e", "3", "--selfcheck"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_selfcheck_passes_and_does_not_depend_on_the_hash_seed() -> None:
    first, second = _selfcheck("1"), _selfcheck("977")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1] == "selfcheck ok"
    assert first.stdout.splitlines()[0] == second.stdout.splitlines()[0]
