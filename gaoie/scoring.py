"""FACTS.md scoring: distinct (indicator, value) pairs per document, micro P/R/F1.

Values match when |a - b| <= 1e-6 * max(1, |b|). Prose and table facts are scored apart and
together; table 三 facts are scored on the 总计 column (applicant None) and, with
``cells=True``, on every cell as (indicator, applicant, value).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


def _get(f: Any, key: str, default=None):
    return f.get(key, default) if isinstance(f, Mapping) else getattr(f, key, default)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def fact_keys(facts: Iterable[Any], source: str | None = None, cells: bool = False) -> set[tuple]:
    """Distinct scoring keys of a document's facts."""
    keys = set()
    for f in facts:
        if source and _get(f, "source", "prose") != source:
            continue
        applicant = _get(f, "applicant")
        if applicant is not None and not cells:
            continue  # applicant cells count only in the per-cell score
        key = (_get(f, "indicator"), float(_get(f, "value")))
        keys.add((*key, applicant) if cells else key)
    return keys


def _same(a: tuple, b: tuple) -> bool:
    if a[0] != b[0] or a[2:] != b[2:]:
        return False
    return abs(a[1] - b[1]) <= 1e-6 * max(1.0, abs(b[1]))


def match(pred: set[tuple], gold: set[tuple]) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(true positives, false positives, false negatives) of one document."""
    unmatched = list(gold)
    tp, fp = [], []
    for p in sorted(pred, key=str):
        hit = next((g for g in unmatched if _same(p, g)), None)
        if hit is None:
            fp.append(p)
        else:
            unmatched.remove(hit)
            tp.append(p)
    return tp, fp, unmatched


@dataclass
class Evaluation:
    overall: Counts = field(default_factory=Counts)
    by_indicator: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_group: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, pred: Iterable[Any], gold: Iterable[Any], source: str | None = None, cells: bool = False,
            group: str | None = None, doc_id: str | None = None) -> Counts:
        tp, fp, fn = match(fact_keys(pred, source, cells), fact_keys(gold, source, cells))
        counts = Counts(len(tp), len(fp), len(fn))
        self.overall += counts
        if group is not None:
            self.by_group[group] += counts
        for kind, keys in (("tp", tp), ("fp", fp), ("fn", fn)):
            for k in keys:
                c = self.by_indicator[k[0]]
                setattr(c, kind, getattr(c, kind) + 1)
                if kind != "tp":
                    self.errors.append({"doc": doc_id, "kind": kind, "indicator": k[0], "value": k[1]})
        return counts

    def merge(self, other: "Evaluation") -> "Evaluation":
        """Add another evaluation's counts and errors to this one (pooling folds)."""
        self.overall += other.overall
        for mine, theirs in ((self.by_indicator, other.by_indicator), (self.by_group, other.by_group)):
            for key, counts in theirs.items():
                mine[key] += counts
        self.errors.extend(other.errors)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall.to_dict(),
                "by_group": {k: v.to_dict() for k, v in sorted(self.by_group.items())},
                "by_indicator": {k: v.to_dict() for k, v in sorted(self.by_indicator.items())}}
