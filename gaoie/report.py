"""Fact and Report: what gaoie gives back."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

APPLICANTS = ("natural_person", "commercial", "research", "public_interest", "legal_service", "other_org")


@dataclass
class Fact:
    """One quantity linked to one catalogue indicator (see FACTS.md).

    ``start``/``end`` index the text as the user gave it (``Report.text``)."""

    indicator: str
    value: float
    unit: str
    approx: bool = False
    source: str = "prose"  # "prose" | "table"
    start: int = 0
    end: int = 0
    text: str = ""
    applicant: str | None = None
    score: float | None = None
    mention: dict[str, Any] | None = None  # prose: the words naming the indicator {start, end, text}
    negated: bool = False  # a zero stated by negation (the span is the cue)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("score", "mention"):
            if d[key] is None:
                del d[key]
        v = self.value
        d["value"] = int(v) if float(v).is_integer() else v
        return d

    @property
    def key(self) -> tuple:
        return (self.indicator, self.applicant, self.value)


@dataclass
class ReportWarning:
    """A consistency or reading problem found in a report; never silently fixed."""

    code: str
    message: str
    cells: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@dataclass
class Report:
    """The facts of one report, its metadata and its warnings."""

    facts: list[Fact] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[ReportWarning] = field(default_factory=list)
    text: str = ""
    file: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "meta": dict(self.meta),
            "facts": [f.to_dict() for f in self.facts],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    def to_frame(self):
        import pandas as pd

        rows = [{"file": self.file, **{k: self.meta.get(k) for k in ("body", "year", "region")}, **f.to_dict()} for f in self.facts]
        columns = ["file", "body", "year", "region", "indicator", "value", "unit", "approx", "source",
                   "applicant", "start", "end", "text"]
        return pd.DataFrame(rows, columns=columns + [c for c in ("score",) if any("score" in r for r in rows)])

    def get(self, indicator: str, applicant: str | None = None, source: str | None = None) -> list[Fact]:
        return [f for f in self.facts if f.indicator == indicator and f.applicant == applicant
                and (source is None or f.source == source)]
