"""Agreement between the two independent annotation passes, and the disagreements to adjudicate.

    python training/agreement.py                 # per file: micro F1 over distinct (indicator, value)
    python training/agreement.py --diff c1.jsonl # every disagreement of one file, with context
"""
from __future__ import annotations

import argparse
from pathlib import Path

from gaoie.annotations import read_jsonl, source_text
from gaoie.data import annotations_dir
from gaoie.scoring import Evaluation, fact_keys, match

PASSES = annotations_dir() / "passes"


def by_id(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in read_jsonl(path)}


def agreement(name: str) -> tuple[Evaluation, list[dict]]:
    a, b = by_id(PASSES / "a" / name), by_id(PASSES / "b" / name)
    ev = Evaluation()
    diffs = []
    for rid in a.keys() | b.keys():
        fa, fb = a.get(rid, {}).get("facts", []), b.get(rid, {}).get("facts", [])
        ev.add(fa, fb, doc_id=rid)  # a scored against b: F1 is symmetric
        _, only_a, only_b = match(fact_keys(fa), fact_keys(fb))
        if only_a or only_b:
            diffs.append({"id": rid, "source": (a.get(rid) or b.get(rid))["source"], "only_a": only_a, "only_b": only_b,
                          "facts_a": fa, "facts_b": fb})
    return ev, diffs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--diff", help="print the disagreements of this file")
    args = ap.parse_args()
    names = sorted(p.name for p in (PASSES / "a").glob("*.jsonl") if (PASSES / "b" / p.name).exists())
    for name in names:
        ev, diffs = agreement(name)
        c = ev.overall
        per_excerpt = []
        for d in diffs:
            e = Evaluation()
            e.add(d["facts_a"], d["facts_b"])
            per_excerpt.append(e.overall.f1)
        low = sum(1 for f in per_excerpt if f < 0.9)
        print(f"{name}: F1 {c.f1:.4f} (P {c.precision:.4f} R {c.recall:.4f}; {c.tp} agreed, "
              f"{c.fp} only A, {c.fn} only B; {len(diffs)} excerpts differ, {low} of them below 0.90"
              f"{f', lowest {min(per_excerpt):.2f}' if per_excerpt else ''})")
        if args.diff == name:
            for d in diffs:
                text, _ = source_text(d["source"], d["id"])
                print(f"\n## {d['id']}")
                for tag, keys, facts in (("A", d["only_a"], d["facts_a"]), ("B", d["only_b"], d["facts_b"])):
                    for ind, value in keys:
                        f = next(f for f in facts if f["indicator"] == ind and abs(float(f["value"]) - value) < 1e-6)
                        ctx = text[max(0, f["start"] - 30): f["end"] + 10].replace("\n", " ")
                        print(f"  only {tag}: {ind} = {value:g}  [{f['text']}]  …{ctx}…")


if __name__ == "__main__":
    main()
