"""Which training data? Generated only, real only, both: scored on the real dev and test splits.

Prose-fact micro P/R/F1 overall and per era (FACTS.md scoring), printed; per indicator as well in the JSON
output, the three mixes side by side. The pipelines are trained with
training/configs/gaoie.cfg; the dev split picks the mix (the config's default), the test split
is reported beside it and never used to choose.

    python training/ablation.py [--mixes generated real both] [--config CFG] [-o training/output/ablation.json]
                                [--save DIR]

The real reports' weight and the number of generated reports are the config's.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from gaoie.data import load_reports
from gaoie.evaluate import evaluate
from gaoie.train import configured_reports, train_pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mixes", nargs="+", default=["generated", "real", "both"])
    ap.add_argument("--config")
    ap.add_argument("--splits", nargs="+", default=["dev", "test"])
    ap.add_argument("-o", "--output", default="training/output/ablation.json")
    ap.add_argument("--save", help="keep each mix's pipeline under DIR/<mix>, to score it again later")
    args = ap.parse_args()
    data = {split: load_reports(split=split) for split in args.splits}
    results = {}
    for mix in args.mixes:
        t0 = time.time()
        reports = configured_reports(mix, args.config, log=lambda m: None)
        nlp = train_pipeline(reports, args.config, log=lambda m: None)
        results[mix] = {"train_seconds": round(time.time() - t0)}
        if args.save:
            (Path(args.save) / mix).mkdir(parents=True, exist_ok=True)
            nlp.to_disk(Path(args.save) / mix)
        for split, reports in data.items():
            ev = evaluate(nlp, reports, group_by=lambda r: r["era"], sources=("prose",))["prose"]
            results[mix][split] = {"overall": ev.overall.to_dict(),
                                   "by_era": {k: v.to_dict() for k, v in ev.by_group.items()},
                                   "by_indicator": {k: v.to_dict() for k, v in sorted(ev.by_indicator.items())}}
            eras = "  ".join(f"{k} {v.f1:.3f}" for k, v in sorted(ev.by_group.items()))
            print(f"{mix:10s} {split:5s} P {ev.overall.precision:.3f} R {ev.overall.recall:.3f} "
                  f"F1 {ev.overall.f1:.3f}   {eras}", flush=True)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
