"""``python -m bench.phi.outside_l [seed] [--selfcheck]``: score the masker (or the two reference maskers)."""

from __future__ import annotations

import sys

from bench.phi.outside_kit.harness import main

from .corpus import DEFAULT_SEED, build

if __name__ == "__main__":
    raise SystemExit(main("L", build, DEFAULT_SEED, sys.argv[1:]))
