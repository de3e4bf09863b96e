"""Leave-one-report-out over the five annotated seeds: train on generated reports (and the written excerpts) plus four
seeds, score the prose facts of the fifth (FACTS.md scoring). Prints the five F1 and their mean.

    python training/loro_seeds.py [--generated 400] [--epochs 8] [--config training/configs/gaoie.cfg]
"""
from __future__ import annotations

import argparse
import json

from gaoie.data import load_reports
from gaoie.evaluate import evaluate
from gaoie.train import made_reports, train_pipeline, training_settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", type=int, default=400)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--config")
    ap.add_argument("--real-weight", type=float, help="the seeds' weight (default: the config's real_weight)")
    args = ap.parse_args()
    t = training_settings(args.config)
    if args.real_weight is None:
        args.real_weight = t["real_weight"]
    seeds = [r for r in load_reports() if r["source"].startswith("seeds/")]
    generated = made_reports(args.generated, 1, t["written"], t["written_weight"], log=lambda m: None)  # with the written excerpts
    scores = {}
    for held in seeds:
        train = [dict(r, weight=args.real_weight) for r in seeds if r is not held] + generated
        nlp = train_pipeline(train, args.config, ner_epochs=args.epochs, log=lambda m: None)
        ev = evaluate(nlp, [held], sources=("prose",))["prose"]
        scores[held["id"][:3]] = ev.overall.to_dict()
        print(held["id"][:3], json.dumps(ev.overall.to_dict()), flush=True)
        for e in ev.errors:
            print("   ", e["kind"], e["indicator"], e["value"], flush=True)
    mean = sum(s["f1"] for s in scores.values()) / len(scores)
    print(f"mean prose F1 over the five seeds: {mean:.3f}")


if __name__ == "__main__":
    main()
