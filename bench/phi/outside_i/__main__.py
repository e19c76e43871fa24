"""``python -m bench.phi.outside_i [seed] [--selfcheck]``: score the masker (or the two reference maskers)."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from .corpus import DEFAULT_SEED, build
from .plant import Doc
from .score import Masker, Report, identity, judge, oracle


def run(docs: list[Doc], masker: Masker) -> Report:
    """Mask each document, timing only the masker; a document it refuses is withheld whole (nothing leaks)."""
    report = Report()
    for doc in docs:
        size = len(json.dumps(doc.payload, ensure_ascii=False).encode())
        started = time.perf_counter()
        try:
            masked: Any = masker(doc)
            failed = False
        except Exception:
            masked, failed = None, True
        report.add(doc, judge(doc, masked, time.perf_counter() - started, size, failed))
    return report


def chaperone_masker() -> Masker:
    from extproc.phi import SAFE_HARBOR, mask_json, warm_up

    warm_up(SAFE_HARBOR)
    return lambda doc: mask_json(doc.payload, SAFE_HARBOR).value


def main(argv: list[str]) -> int:
    selfcheck = "--selfcheck" in argv
    numbers = [a for a in argv if a != "--selfcheck"]
    seed = int(numbers[0]) if numbers else DEFAULT_SEED
    docs = build(seed)
    print(f"outside corpus I (seed {seed}): {len(docs)} documents in {len({d.shape for d in docs})} shapes")
    if selfcheck:
        for label, masker in (("identity masker", identity), ("oracle masker", oracle)):
            print("\n".join(run(docs, masker).lines(label)[:2]))
        return 0
    print("\n".join(run(docs, chaperone_masker()).lines("Chaperone SAFE_HARBOR")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
