"""``python -m bench.phi.outside_e [seed] [--selfcheck]``: the fifth outside corpus, scored on the masker
(or, with --selfcheck, on a masker that masks nothing and on the oracle, to check the scoring itself)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from .corpus import SHAPES, Doc, build
from .evaluate import evaluate, report
from .score import identity, oracle


def _summary(seed: int, docs: list[Doc]) -> str:
    kinds = Counter(plant.kind for doc in docs for plant in doc.plants)
    names = [plant for doc in docs for plant in doc.plants if plant.kind == "name"]
    english = sum(plant.english for plant in names)
    return (f"outside corpus E (seed {seed}): {len(docs)} documents in {len(SHAPES)} shapes, "
            f"{sum(kinds.values())} identifiers of {len(kinds)} kinds ({len(names)} names, {english} of them "
            f"English words), {sum(len(doc.keeps) for doc in docs)} kept terms")


def selfcheck(docs: list[Doc]) -> bool:
    """The masker that masks nothing must leak everything, the oracle nothing; neither may over-mask."""
    none = evaluate(docs, lambda doc: identity(doc.result, doc.plants))
    perfect = evaluate(docs, lambda doc: oracle(doc.result, doc.plants))
    for line in report("identity", none, detail=False) + report("oracle", perfect, detail=False):
        print(line)
    return (none.plants.leaked == none.plants.found and none.keeps.leaked == 0
            and perfect.plants.leaked == 0 and perfect.keeps.leaked == 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.phi.outside_e", description=__doc__)
    parser.add_argument("seed", nargs="?", type=int, default=0)
    parser.add_argument("--selfcheck", action="store_true", help="score the identity masker and the oracle")
    args = parser.parse_args(argv)
    docs = build(args.seed)
    print(_summary(args.seed, docs))
    if args.selfcheck:
        ok = selfcheck(docs)
        print("selfcheck " + ("ok" if ok else "FAILED"))
        return 0 if ok else 1
    from extproc.phi import SAFE_HARBOR, mask_json, warm_up

    warm_up(SAFE_HARBOR)
    result = evaluate(docs, lambda doc: mask_json(doc.result, SAFE_HARBOR).value)
    print("\n".join(report("Chaperone SAFE_HARBOR", result, detail=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
