"""Score the statistics-table readers on the table probe (`training/table_probe.jsonl`): 24 snippets of the three
national formats in the plain-text forms real reports take (pipes with and without outer pipes, tabs from Word,
spaces from PDF, one cell a line, all on one line, 序号 columns, units before or after, dashes and blanks for
nothing, subtotal rows, repeated headers after a page break, traditional script), written blind by a helper with
every table fact listed. Never in the training mix.

    python training/table_probe.py [--show] [PROBE.jsonl]

``table_probe_2.jsonl`` (24 more snippets, other forms: browser copies with tabs, columns reordered, 总计 first,
abbreviated labels, units inside cells, side-by-side label/value pairs, running page headers) was written after the
fixes drawn from the first; fixes were then drawn from it too. ``table_probe_3.jsonl`` (20 snippets in the common
forms, mostly) was written after all of them and is scored only.

Prints tp/fp/fn per snippet and table-fact P/R/F1 over (indicator, applicant, value).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import gaoie
from gaoie.evaluate import predict

PROBE = Path(__file__).with_name("table_probe.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="list each snippet's false and missed facts")
    ap.add_argument("probe", nargs="?", default=str(PROBE))
    args = ap.parse_args()
    nlp = gaoie.load()
    tp = fp = fn = 0
    for line in Path(args.probe).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = f"{rec['year']}年政府信息公开工作年度报告\n{rec['text']}"
        pred = {(f.indicator, f.applicant, round(f.value, 6)) for f in predict(nlp, text) if f.source == "table"}
        gold = {(ind, app, round(float(v), 6)) for ind, app, v in rec["facts"]}
        a, b, c = len(pred & gold), len(pred - gold), len(gold - pred)
        tp, fp, fn = tp + a, fp + b, fn + c
        print(f"{rec['id']} ({rec['year']}): {a}/{b}/{c}")
        if args.show and (b or c):
            print("   false ", sorted(pred - gold, key=str))
            print("   missed", sorted(gold - pred, key=str))
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"tables: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f} (tp {tp} fp {fp} fn {fn})")


if __name__ == "__main__":
    main()
