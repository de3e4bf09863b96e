"""Merge the two annotation passes into the gold files, with the adjudicator's decisions.

Facts both passes have (same excerpt, indicator and value, FACTS.md matching) go into the gold
with pass A's spans. Every disagreement is decided in annotations/adjudication.jsonl, one line a
decision: ``{"file", "id", "indicator", "value", "keep": true|false, "why"}``; a disagreement
with no decision is listed and left out (where both readings are defensible the fact stays out).
A decision ``{..., "relabel": "<indicator>", "why"}`` corrects a fact both passes agreed on where
it breaks a rule of GUIDELINES.md settled after the passes (an audit, not a disagreement). An audit
may also drop an agreed fact (``{..., "drop": true, "start": <its quantity's start>, "why"}``) or add
a fact neither pass marked (``{"file", "id", "indicator", "value", "add": {<the fact, with offsets>},
"why"}``); the loader checks the added offsets like any other.

    python training/adjudicate.py            # writes annotations/corpus/c*.jsonl and annotations/seeds.jsonl
    python training/adjudicate.py --pending  # the disagreements still to decide
"""
from __future__ import annotations

import argparse
import json

from gaoie.annotations import read_jsonl
from gaoie.data import annotations_dir
from gaoie.scoring import _same

ROOT = annotations_dir()


def key_of(f: dict) -> tuple:
    return (f["indicator"], float(f["value"]))


def decisions() -> dict[tuple, dict]:
    path = ROOT / "adjudication.jsonl"
    if not path.exists():
        return {}
    return {(d["file"], d["id"], d["indicator"], float(d["value"])): d for d in read_jsonl(path)}


def audited(fact: dict, decision: dict | None) -> dict | None:
    """The fact as an audit decision leaves it: dropped (None) or relabelled."""
    if not decision:
        return fact
    if decision.get("drop"):
        # a drop names its fact's start where the same (indicator, value) stands twice
        return None if decision.get("start", fact["start"]) == fact["start"] else fact
    return {**fact, "indicator": decision["relabel"]} if "relabel" in decision else fact


def merge(name: str, decided: dict) -> tuple[list[dict], list[dict]]:
    a = {r["id"]: r for r in read_jsonl(ROOT / "passes" / "a" / name)}
    b = {r["id"]: r for r in read_jsonl(ROOT / "passes" / "b" / name)}
    gold, pending = [], []
    for rid in a:  # pass A's order is the corpus order
        ra, rb = a[rid], b.get(rid, {"facts": []})
        keys_b = [key_of(f) for f in rb["facts"]]
        keys_a = [key_of(f) for f in ra["facts"]]
        facts = []
        for f in ra["facts"]:
            agreed = any(_same(key_of(f), k) for k in keys_b)
            d = decided.get((name, rid, *key_of(f)))
            if agreed or (d and d.get("keep")):
                facts.append(f)
            elif d is None:
                pending.append({"file": name, "id": rid, "only": "a", "fact": f})
        for f in rb["facts"]:
            if any(_same(key_of(f), k) for k in keys_a):
                continue
            d = decided.get((name, rid, *key_of(f)))
            if d and d.get("keep"):
                facts.append(f)
            elif d is None:
                pending.append({"file": name, "id": rid, "only": "b", "fact": f})
        facts = [g for f in facts if (g := audited(f, decided.get((name, rid, *key_of(f))))) is not None]
        facts += [d["add"] for (file, did, *_), d in decided.items() if file == name and did == rid and "add" in d]
        gold.append({**ra, "facts": sorted(facts, key=lambda f: (f["start"], f["indicator"]))})
    return gold, pending


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pending", action="store_true")
    args = ap.parse_args()
    decided = decisions()
    (ROOT / "corpus").mkdir(exist_ok=True)
    for name in ("c1.jsonl", "c2.jsonl", "c3.jsonl", "seeds.jsonl"):
        if not (ROOT / "passes" / "a" / name).exists() or not (ROOT / "passes" / "b" / name).exists():
            print(f"{name}: a pass is missing")
            continue
        gold, pending = merge(name, decided)
        if args.pending:
            for p in pending:
                f = p["fact"]
                print(json.dumps({"file": p["file"], "id": p["id"], "only": p["only"], "indicator": f["indicator"],
                                  "value": f["value"], "text": f["text"], "start": f["start"]}, ensure_ascii=False))
            continue
        target = ROOT / "seeds.jsonl" if name == "seeds.jsonl" else ROOT / "corpus" / name
        with open(target, "w", encoding="utf-8") as fh:
            for r in gold:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(gold)} reports, {sum(len(r['facts']) for r in gold)} gold facts, "
              f"{len(pending)} disagreements undecided (left out)")


if __name__ == "__main__":
    main()
