"""``python -m bench.phi.outside_d [seed] [--selfcheck]``: the masker's figures on corpus D, or with --selfcheck
the scorer's own check (an identity masker must leak everything, an oracle nothing) without the masker."""

from __future__ import annotations

import sys

from .corpus import DEFAULT_SEED, SHAPES, generate
from .plant import Document
from .report import figures, render
from .score import Masker, run


def identity_masker(value: object) -> object:
    return value


def oracle_masker(documents: list[Document]) -> Masker:
    """Replaces exactly the planted identifiers: it hands back each document's redacted twin."""
    twins = {id(document.value): document.redacted for document in documents}
    return lambda value: twins[id(value)]


def selfcheck(documents: list[Document]) -> bool:
    identity, oracle = run(documents, identity_masker), run(documents, oracle_masker(documents))
    print(render("selfcheck: identity masker", identity, len(documents), len(SHAPES)))
    print(render("selfcheck: oracle masker", oracle, len(documents), len(SHAPES)))
    identity_figures, oracle_figures = figures(identity), figures(oracle)
    passed = (identity_figures.recall == 0.0 and identity_figures.over_masking == 0.0
              and oracle_figures.recall == 1.0 and oracle_figures.over_masking == 0.0)
    print("selfcheck", "passed" if passed else "FAILED")
    return passed


def safe_harbor_masker() -> Masker:
    from extproc.phi import SAFE_HARBOR, mask_json, warm_up

    warm_up(SAFE_HARBOR)
    return lambda value: mask_json(value, SAFE_HARBOR).value


def main(argv: list[str]) -> int:
    positional = [arg for arg in argv if not arg.startswith("--")]
    seed = int(positional[0]) if positional else DEFAULT_SEED
    documents = generate(seed)
    if "--selfcheck" in argv:
        return 0 if selfcheck(documents) else 1
    print(render(f"Safe Harbor masker, seed {seed}", run(documents, safe_harbor_masker()), len(documents), len(SHAPES)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
