"""Annotated reports as datasets, and facts of many reports as a tidy panel.

    from gaoie.data import load_annotations, facts_frame
    dd = load_annotations("annotations", split_by="province")   # datasets.DatasetDict
    panel = facts_frame(records)                                 # body, region, year, indicator, ...
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .annotations import AnnotatedReport, find_upwards, load

ERAS = (("2008-2015", 2008, 2015), ("2016-2020", 2016, 2020), ("2021-2025", 2021, 2030))
PANEL_COLUMNS = ["body", "region", "year", "indicator", "value", "approx", "source", "applicant", "file"]


def era_of(year: int | None) -> str:
    for name, lo, hi in ERAS:
        if year is not None and lo <= int(year) <= hi:
            return name
    return "unknown"


def annotations_dir() -> Path:
    """The repository's ``annotations/`` (or ``$GAOIE_ANNOTATIONS``)."""
    return find_upwards("annotations", "splits.json", "GAOIE_ANNOTATIONS")


def gold_files(directory: Path | None = None) -> list[Path]:
    d = Path(directory) if directory else annotations_dir()
    return sorted((d / "corpus").glob("*.jsonl")) + sorted(p for p in [d / "seeds.jsonl"] if p.exists())


def read_splits(directory: Path | None = None) -> dict[tuple[str, str], str]:
    d = Path(directory) if directory else annotations_dir()
    if not (d / "splits.json").exists():
        return {}
    data = json.loads((d / "splits.json").read_text(encoding="utf-8"))
    return {(item["source"], item["id"]): split for split in ("train", "dev", "test") for item in data.get(split, [])}


def record(rep: AnnotatedReport, split: str | None = None) -> dict[str, Any]:
    meta = rep.meta
    return {"source": rep.source, "id": rep.id, "text": rep.text, "facts": rep.facts, "split": split,
            "province": meta.get("province"), "year": meta.get("year"), "level": meta.get("level"),
            "body": meta.get("body"), "era": era_of(meta.get("year"))}


def load_reports(path: str | Path | None = None, split: str | Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Gold reports joined with their texts; ``split`` filters by annotations/splits.json."""
    path = Path(path) if path else annotations_dir()
    files = gold_files(path) if path.is_dir() else [path]
    splits = read_splits(path if path.is_dir() else path.parent)
    if not splits and not path.is_dir():
        splits = read_splits(annotations_dir())
    wanted = {split} if isinstance(split, str) else set(split) if split else None
    out = []
    for f in files:
        for rep in load(f):
            s = splits.get((rep.source, rep.id))
            if wanted is None or s in wanted:
                out.append(record(rep, s))
    return out


def load_annotations(path: str | Path | None = None, split_by: str | None = None):
    """A ``datasets.DatasetDict`` of the gold reports.

    ``split_by=None``: the fixed train/dev/test splits of annotations/splits.json;
    ``"province"`` or ``"year"``: one split per province or year."""
    from datasets import Dataset, DatasetDict

    reports = load_reports(path)
    for r in reports:
        r["facts"] = json.dumps(r["facts"], ensure_ascii=False)  # nested, ragged: kept as JSON text
    key = "split" if split_by is None else split_by
    if key not in ("split", "province", "year"):
        raise ValueError(f"split_by must be None, 'province' or 'year', not {split_by!r}")
    groups: dict[str, list[dict]] = {}
    for r in reports:
        groups.setdefault(str(r[key] or "unknown"), []).append(r)
    return DatasetDict({name: Dataset.from_list(rows) for name, rows in sorted(groups.items())})


def panel_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row a fact of many extraction records (``gaoie extract`` JSONL or ``Report.to_dict()``)."""
    rows = []
    for rec in records:
        meta = rec.get("meta") or {}
        for f in rec.get("facts", []):
            rows.append({"body": meta.get("body"), "region": meta.get("region"), "year": meta.get("year"),
                         "indicator": f["indicator"], "value": f["value"], "approx": f.get("approx", False),
                         "source": f.get("source"), "applicant": f.get("applicant"), "file": rec.get("file")})
    return rows


def facts_frame(records: Iterable[dict[str, Any]]):
    """The panel (body x year x indicator) as a pandas DataFrame."""
    import pandas as pd

    return pd.DataFrame(panel_rows(records), columns=PANEL_COLUMNS)


def read_jsonl_records(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_panel(records: Iterable[dict[str, Any]], out: str | Path) -> Path:
    """The panel to CSV or Parquet (by suffix)."""
    out = Path(out)
    frame = facts_frame(records)
    if out.suffix.lower() == ".parquet":
        frame.to_parquet(out, index=False)
    else:
        frame.to_csv(out, index=False)
    return out


def facts_dataset(records: Iterable[dict[str, Any]]):
    """The panel as a ``datasets.Dataset``."""
    from datasets import Dataset

    return Dataset.from_list(panel_rows(records))
