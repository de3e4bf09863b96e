"""Which training data? Generated only, real only, both: scored on the real test split.

Prose-fact micro P/R/F1 overall and per era (FACTS.md scoring). The pipelines are trained with
training/configs/gaoie.cfg; the best mix becomes the config's default.

    python training/ablation.py [--mixes generated real both] [-o training/output/ablation.json]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from gaoie.data import load_reports
from gaoie.evaluate import evaluate
from gaoie.train import train_pipeline, training_reports


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mixes", nargs="+", default=["generated", "real", "both"])
    ap.add_argument("--config")
    ap.add_argument("--split", default="test")
    ap.add_argument("-o", "--output", default="training/output/ablation.json")
    args = ap.parse_args()
    test = load_reports(split=args.split)
    results = {}
    for mix in args.mixes:
        t0 = time.time()
        nlp = train_pipeline(training_reports(mix, log=lambda m: None), args.config, log=lambda m: None)
        ev = evaluate(nlp, test, group_by=lambda r: r["era"], sources=("prose",))["prose"]
        results[mix] = {"overall": ev.overall.to_dict(), "by_era": {k: v.to_dict() for k, v in ev.by_group.items()},
                        "train_seconds": round(time.time() - t0)}
        eras = "  ".join(f"{k} {v.f1:.3f}" for k, v in sorted(ev.by_group.items()))
        print(f"{mix:10s} P {ev.overall.precision:.3f} R {ev.overall.recall:.3f} F1 {ev.overall.f1:.3f}   {eras}",
              flush=True)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
