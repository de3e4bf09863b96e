"""K-fold cross-validation by province over the train and dev splits (never the test split).

The dev split alone is 34 reports; a decision taken on it is taken on a few dozen facts. Here every
train+dev report is scored by a pipeline that never saw its province: the provinces are dealt into
``--folds`` folds of about equal size, each fold is read by a pipeline trained (as `gaoie train`
trains, by the config's mix: generated reports plus the real reports of the other folds for `both`,
`training/configs/gaoie.cfg`, or either alone) without it (:func:`gaoie.evaluate.cross_evaluate`, the folds as its groups). Prints the prose-fact
P/R/F1 per fold, pooled and per era; ``--errors`` lists every false positive and false negative.

    python training/crossval.py [--folds 3] [--save DIR] [--errors errors.txt]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from gaoie.data import load_reports
from gaoie.evaluate import cross_evaluate
from gaoie.scoring import Evaluation
from gaoie.train import training_settings


def province_folds(reports: list[dict], k: int) -> list[list[dict]]:
    """Provinces dealt into ``k`` folds, largest first, each to the fold with fewest reports."""
    by_province: dict[str, list[dict]] = {}
    for r in reports:
        by_province.setdefault(str(r.get("province")), []).append(r)
    folds: list[list[dict]] = [[] for _ in range(k)]
    for _, rs in sorted(by_province.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        min(folds, key=len).extend(rs)
    return folds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--config")
    ap.add_argument("--save", help="keep each fold's pipeline under DIR/fold<k>")
    ap.add_argument("--errors", help="write the errors (fp/fn, report, indicator, value) to this file")
    args = ap.parse_args()
    folds = province_folds(load_reports(split="train") + load_reports(split="dev"), args.folds)
    fold_of = {id(r): f"fold{k}" for k, fold in enumerate(folds) for r in fold}
    per_fold = cross_evaluate([r for fold in folds for r in fold], key=lambda r: fold_of[id(r)],
                              generated=training_settings(args.config)["generated"], epochs=None, min_reports=1,
                              config=args.config, group_by=lambda r: r["era"], save=args.save)
    pooled = Evaluation()
    for ev in per_fold.values():
        pooled.merge(ev)
    o = pooled.overall
    print(f"pooled: P {o.precision:.3f} R {o.recall:.3f} F1 {o.f1:.3f} (tp {o.tp} fp {o.fp} fn {o.fn})")
    print("eras:", {g: round(c.f1, 3) for g, c in sorted(pooled.by_group.items())})
    if args.errors:
        lines = [f"{e['kind']} {e['doc']} {e['indicator']} {e['value']}" for e in pooled.errors]
        Path(args.errors).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
