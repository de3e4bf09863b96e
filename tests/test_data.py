"""gaoie.data: annotations as datasets with the fixed splits, facts of many reports as a panel."""
from __future__ import annotations

import json

from gaoie.data import facts_dataset, facts_frame, load_annotations, load_reports, read_splits, write_panel


def test_splits_by_province_no_overlap():
    splits = read_splits()
    reports = load_reports()
    provinces = {}
    for r in reports:
        s = splits[(r["source"], r["id"])]
        provinces.setdefault(r["province"], set()).add(s)
    assert all(len(s) == 1 for s in provinces.values()), provinces
    counts = {s: sum(1 for r in reports if r["split"] == s) for s in ("train", "dev", "test")}
    total = sum(counts.values())
    assert 0.5 < counts["train"] / total < 0.7 and 0.1 < counts["test"] / total < 0.3


def test_load_annotations_dataset_dict():
    dd = load_annotations()
    assert set(dd) == {"train", "dev", "test"}
    row = dd["train"][0]
    assert {"text", "facts", "province", "year", "era"} <= set(row)
    facts = json.loads(row["facts"])
    for f in facts:
        assert row["text"][f["start"]:f["end"]] == f["text"]
    by_province = load_annotations(split_by="province")
    assert sum(len(d) for d in by_province.values()) == sum(len(d) for d in dd.values())


def test_panel(tmp_path):
    records = [{"file": "a.txt", "meta": {"body": "洪泽区人民政府", "year": 2023, "region": "洪泽区"},
                "facts": [{"indicator": "request.received", "value": 21, "approx": False, "source": "table",
                           "applicant": None}]},
               {"file": "b.txt", "meta": {"body": "淮安市人民政府", "year": 2024}, "facts": []}]
    frame = facts_frame(records)
    assert list(frame.columns) == ["body", "region", "year", "indicator", "value", "approx", "source", "applicant", "file"]
    assert frame.iloc[0]["value"] == 21 and len(frame) == 1
    write_panel(records, tmp_path / "p.parquet")
    write_panel(records, tmp_path / "p.csv")
    assert (tmp_path / "p.parquet").stat().st_size > 0 and "洪泽区" in (tmp_path / "p.csv").read_text("utf-8")
    assert facts_dataset(records)[0]["indicator"] == "request.received"
