"""``python -m bench.phi.outside [seed] [per_template]``: recall of ``mask_json`` (Safe Harbor) on a held-out
corpus of MCP tool results written apart from the detector, per class and format, the formats missed, the
over-masking of planted non-identifiers, and the masking time per KB."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from .documents import corpus
from .score import score, tally


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def main(argv: list[str]) -> int:
    seed = int(argv[0]) if argv else 20261130
    per_template = int(argv[1]) if len(argv) > 1 else 40
    docs = corpus(seed, per_template)
    out = score(docs)
    total = len(out.gold)
    caught = sum(not leak for _, leak in out.gold)
    over = sum(m for *_, m in out.kept)
    lines = [
        f"outside corpus: seed {seed}, {len(docs)} tool results ({out.bytes_in / 1024:.0f} KB), {total} planted "
        f"identifiers, {len(out.kept)} planted non-identifiers ({out.unplaced} unplaced gold)",
        f"recall {_ratio(caught, total)} ({total - caught} leaked); without provider and employer names "
        f"{_ratio(*_patient_only(out.gold))}; over-masking {_ratio(over, len(out.kept))} "
        f"({over} of {len(out.kept)} non-identifiers masked)",
        f"mask_json: {out.seconds * 1000:.0f} ms for {out.bytes_in / 1024:.0f} KB -> "
        f"{out.seconds * 1e6 / (out.bytes_in / 1024):.0f} us/KB (one process, {len(docs)} calls)",
        "",
        "recall per class:",
    ]
    by_kind = tally([(p.kind, not leak) for p, leak in out.gold])
    for kind, (ok, n) in sorted(by_kind.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        lines.append(f"  {kind:<12} {_ratio(ok, n)}  ({n - ok} of {n} leaked)")
    lines += ["", "recall per source template:"]
    by_source = tally([(p.source.split(":")[0], not leak) for p, leak in out.gold])
    for src, (ok, n) in sorted(by_source.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        lines.append(f"  {src:<22} {_ratio(ok, n)}  (n={n})")
    lines += ["", "missed formats (class / format: leaked of planted; one synthetic example, where), most first:"]
    fmt_key = [((p.kind, _base(p.fmt)), not leak) for p, leak in out.gold]
    by_fmt = tally(fmt_key)
    examples: dict[tuple[str, str], Counter] = defaultdict(Counter)
    where: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for p, leak in out.gold:
        source = p.source.split(":")[0]
        where[(p.kind, _base(p.fmt))][source][0] += leak
        where[(p.kind, _base(p.fmt))][source][1] += 1
        if leak:
            examples[(p.kind, _base(p.fmt))][(p.value, source)] += 1
    misses = sorted(((n - ok, k, n) for k, (ok, n) in by_fmt.items() if ok < n), reverse=True)
    for missed, key, n in misses:
        (value, source), _ = examples[key].most_common(1)[0]
        sources = sorted(where[key].items(), key=lambda kv: -kv[1][0])
        spread = ", ".join(f"{s} {m}/{t}" for s, (m, t) in sources if m)
        lines.append(f"  {key[0]} / {key[1]}: {missed}/{n}  e.g. {value!r}  [leaked in: {spread}]")
    lines += [
        "",
        "formats with no miss: " + ", ".join(f"{k}/{f} ({n})" for (k, f), (ok, n) in sorted(by_fmt.items()) if ok == n),
    ]
    lines += ["", "over-masked non-identifiers (class: masked of planted; example):"]
    kept = tally([(cls, not m) for cls, _, _, m in out.kept])
    for cls, (ok, n) in sorted(kept.items()):
        example = next((f"{v!r} ({s})" for c, v, s, m in out.kept if c == cls and m), "")
        lines.append(f"  {cls:<16} {n - ok}/{n}  {example}")
    print("\n".join(lines))
    return 0


def _patient_only(gold: list) -> tuple[int, int]:
    """Recall over the identifiers of patients and relatives only (Safe Harbor does not list providers)."""
    own = [leak for p, leak in gold if p.kind not in ("NAME-provider", "NAME-employer")]
    return sum(not leak for leak in own), len(own)


def _base(fmt: str) -> str:
    """The format without the name's origin tag, so name formats pool across languages."""
    return fmt.split(" [")[0]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
