"""The fifth outside corpus runs as a module and writes the same documents under any PYTHONHASHSEED."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
DIGEST = """
import hashlib, json
from bench.phi.outside_e.corpus import build
docs = build(3, per_shape=6)
print(hashlib.sha256(json.dumps([[d.shape, d.result, [(p.kind, p.forms, p.surfaces) for p in d.plants],
                                  [k.text for k in d.keeps]] for d in docs]).encode()).hexdigest())
"""


def _run(args: list[str], hash_seed: str = "1") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def test_selfcheck_passes() -> None:
    run = _run(["-m", "bench.phi.outside_e", "3", "--selfcheck"])
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "selfcheck ok"


def test_the_documents_do_not_depend_on_the_hash_seed() -> None:
    first, second = _run(["-c", DIGEST], "1"), _run(["-c", DIGEST], "977")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
