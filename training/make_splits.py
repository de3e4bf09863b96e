"""Fixed train/dev/test splits of the real annotated reports, by province (no province in two
splits), about 60/20/20 of the reports, stratified by era. Deterministic:

    python training/make_splits.py      # writes annotations/splits.json
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from gaoie.annotations import shared_dir
from gaoie.data import era_of

TARGET = {"train": 0.6, "dev": 0.2, "test": 0.2}
SEED_PROVINCES = {"000": "云南省", "001": "辽宁省", "002": "河北省", "003": "云南省", "004": "云南省"}


def records() -> list[tuple[str, str, str, int]]:
    """(source, id, province, year) of every real report."""
    root = shared_dir()
    out = []
    for name in ("c1.jsonl", "c2.jsonl", "c3.jsonl"):
        for line in open(root / "corpus" / name, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                out.append((f"corpus/{name}", r["id"], r["meta"].get("province") or "未知", int(r["meta"]["year"])))
    for p in sorted((root / "seeds").glob("*.txt")):
        year = {"000": 2012, "001": 2012, "002": 2017, "003": 2018, "004": 2020}[p.stem[:3]]
        out.append((f"seeds/{p.name}", p.stem, SEED_PROVINCES[p.stem[:3]], year))
    return out


def assign(recs) -> dict[str, str]:
    by_prov: dict[str, Counter] = defaultdict(Counter)
    for _, _, prov, year in recs:
        by_prov[prov][era_of(year)] += 1
    totals = Counter(era_of(y) for *_, y in recs)
    have = {s: Counter() for s in TARGET}
    out = {}
    for prov, eras in sorted(by_prov.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        def need(split):
            return sum(TARGET[split] * totals[e] - have[split][e] for e in eras) / max(1, sum(eras.values()))
        split = max(TARGET, key=lambda s: (need(s), TARGET[s]))
        have[split].update(eras)
        out[prov] = split
    return out


def main() -> None:
    recs = records()
    prov_split = assign(recs)
    splits = {s: [] for s in TARGET}
    for source, rid, prov, _ in recs:
        splits[prov_split[prov]].append({"source": source, "id": rid})
    data = {"by": "province", "provinces": dict(sorted(prov_split.items())),
            **{s: items for s, items in splits.items()}}
    out = Path(__file__).resolve().parents[1] / "annotations" / "splits.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for s in TARGET:
        eras = Counter(era_of(y) for src, rid, prov, y in recs if prov_split[prov] == s)
        print(s, len(splits[s]), dict(sorted(eras.items())))


if __name__ == "__main__":
    main()
