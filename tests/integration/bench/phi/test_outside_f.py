"""`python -m bench.phi.outside_f --selfcheck` runs as make runs it; the corpus ignores the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
DIGEST = (
    "import hashlib, json; from bench.phi.outside_f.corpus import build; "
    "print(hashlib.sha256(json.dumps([(d.shape, d.payload, [i.surface for i in d.identifiers]) "
    "for d in build(per_shape=4)], sort_keys=True).encode()).hexdigest())"
)


def _python(args: list[str], hash_seed: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_selfcheck_scores_the_identity_masker_zero_and_the_oracle_one() -> None:
    out = _python(["-m", "bench.phi.outside_f", "--selfcheck"], "0")
    identity, oracle = out.split("oracle masker")
    assert "recall 0.0000  over-masking 0.0000" in identity
    assert "recall 1.0000  over-masking 0.0000" in oracle


def test_the_corpus_does_not_depend_on_the_hash_seed() -> None:
    assert _python(["-c", DIGEST], "1") == _python(["-c", DIGEST], "4242")
