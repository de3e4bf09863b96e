"""Char segmentation vs the trained pkuseg model, on downstream prose-fact scores.

Trains the same pipeline twice (training/configs/gaoie.cfg and gaoie-pkuseg.cfg) on the same
reports and scores both on the real dev split and on held-out generated reports.

    python training/compare_segmenters.py [--mix both] [--generated 300]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from gaoie.evaluate import evaluate
from gaoie.generator import generate_reports
from gaoie.train import train_pipeline, training_reports

CONFIGS = Path(__file__).resolve().parent / "configs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mix", default="both")
    ap.add_argument("--generated", type=int, default=300)
    ap.add_argument("--epochs", type=int, default=6)
    args = ap.parse_args()
    reports = training_reports(args.mix, generated=args.generated)
    held_out = generate_reports(60, seed=2)
    dev = []
    if args.mix != "generated":
        from gaoie.data import load_reports

        dev = load_reports(split="dev")
    for name in ("gaoie.cfg", "gaoie-pkuseg.cfg"):
        t0 = time.time()
        nlp = train_pipeline(reports, CONFIGS / name, ner_epochs=args.epochs, log=lambda m: None)
        took = time.time() - t0
        gen = evaluate(nlp, held_out, sources=("prose",))["prose"].overall
        line = f"{name:18s} train {took:5.0f}s  generated held-out F1 {gen.f1:.3f}"
        if dev:
            real = evaluate(nlp, dev, sources=("prose",))["prose"].overall
            line += f"  real dev F1 {real.f1:.3f} (P {real.precision:.3f} R {real.recall:.3f})"
        t0 = time.time()
        for r in held_out:
            nlp(r["text"][:2000])
        line += f"  {len(held_out) / (time.time() - t0):.0f} docs/s"
        print(line, flush=True)


if __name__ == "__main__":
    main()
