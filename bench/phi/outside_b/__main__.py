"""``python -m bench.phi.outside_b [seed]``: generate the corpus for a seed and score Safe Harbor masking on it."""

from __future__ import annotations

import sys
from collections import Counter

from extproc.phi import SAFE_HARBOR, mask_json, warm_up

from .generate import DEFAULT_SEED, TEMPLATES, generate
from .score import render, score


def main(argv: list[str]) -> None:
    seed = int(argv[0]) if argv else DEFAULT_SEED
    documents = generate(seed)
    warm_up(SAFE_HARBOR)
    identifiers = Counter(planted.kind for document in documents for planted in document.phi)
    keepers = Counter(planted.kind for document in documents for planted in document.keep)
    print(
        f"seed {seed}: {len(documents)} documents from {len(TEMPLATES)} templates, "
        f"{sum(identifiers.values())} identifiers in {len(identifiers)} classes, "
        f"{sum(keepers.values())} non-identifiers in {len(keepers)} classes\n"
    )
    print(render(score(documents, lambda value: mask_json(value, SAFE_HARBOR).value)))


if __name__ == "__main__":
    main(sys.argv[1:])
