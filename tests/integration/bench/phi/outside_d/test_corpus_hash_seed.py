"""Corpus D is the same whatever PYTHONHASHSEED is (a Faker locale once drew its cities from a set's order)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[5]
DIGEST = (
    "import hashlib, json; from bench.phi.outside_d.corpus import generate; "
    "print(hashlib.sha256(json.dumps([(d.shape, d.value, [p.__dict__ for p in d.plants]) for d in generate()], "
    "ensure_ascii=False, sort_keys=True).encode()).hexdigest())"
)


def _digest(hash_seed: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-c", DIGEST], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True, timeout=120)
    return done.stdout.strip()


def test_the_corpus_does_not_follow_the_hash_seed() -> None:
    assert _digest("0") == _digest("4242")
