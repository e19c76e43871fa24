"""``python -m bench.phi.outside_c [seed] [--selfcheck]``: score ``mask_json`` (Safe Harbor) on a fresh corpus.

``--selfcheck`` scores an identity masker (recall must be 0) and a gold-knowing oracle (recall 1, no
over-masking) instead, to check the scorer without running the masker.
"""

from __future__ import annotations

import sys
from typing import Any

from .corpus import DEFAULT_SEED, generate
from .oracle import identity_masker, oracle_masker
from .report import render, score


def main(argv: list[str]) -> int:
    selfcheck = "--selfcheck" in argv
    seeds = [int(arg) for arg in argv if arg != "--selfcheck"]
    seed = seeds[0] if seeds else DEFAULT_SEED
    documents = generate(seed)
    identifiers = sum(gold.is_identifier for document in documents for gold in document.golds)
    kept = sum(not gold.is_identifier for document in documents for gold in document.golds)
    print(f"seed {seed}: {len(documents)} documents, {identifiers} planted identifiers, {kept} planted kept values\n")
    if selfcheck:
        print("== identity masker ==\n" + render(score(documents, identity_masker)))
        golds_by_document = {id(document.value): document.golds for document in documents}

        def oracle(value: Any) -> Any:
            return oracle_masker(golds_by_document[id(value)])(value)

        print("\n== oracle masker ==\n" + render(score(documents, oracle)))
        return 0
    from extproc.phi import SAFE_HARBOR, mask_json, warm_up

    warm_up(SAFE_HARBOR)
    print(render(score(documents, lambda value: mask_json(value, SAFE_HARBOR).value)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
