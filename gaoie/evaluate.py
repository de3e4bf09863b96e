"""Evaluating a pipeline on annotated reports (FACTS.md scoring), overall, per indicator, per group."""
from __future__ import annotations

from typing import Any, Callable, Iterable

from .document import Document, TextBlock
from .extract import extract_normalized
from .normalize import normalize
from .scoring import Evaluation


def predict(nlp, text: str, tables: bool = True):
    doc = Document(text, [TextBlock(0, len(text))])
    report = extract_normalized(doc, normalize(text), nlp)
    return report.facts if tables else [f for f in report.facts if f.source == "prose"]


def evaluate(nlp, reports: Iterable[dict[str, Any]], group_by: Callable[[dict], str] | None = None,
             sources: tuple[str, ...] = ("prose", "table", "all")) -> dict[str, Evaluation]:
    """One Evaluation per scoring view: prose, table (总计 column), all, table cells."""
    views = {s: Evaluation() for s in sources}
    if "table" in sources:
        views["table_cells"] = Evaluation()
    for rep in reports:
        pred = predict(nlp, rep["text"])
        gold = rep["facts"]
        group = group_by(rep) if group_by else None
        rid = rep.get("id")
        for s in sources:
            views[s].add(pred, gold, source=None if s == "all" else s, group=group, doc_id=rid)
        if "table" in sources:
            views["table_cells"].add(pred, gold, source="table", cells=True, group=group, doc_id=rid)
    return views


def format_table(evaluation: Evaluation, title: str, min_support: int = 1) -> str:
    lines = [f"{title}", f"{'':38s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]

    def row(name, c):
        lines.append(f"{name:38s} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")

    row("overall", evaluation.overall)
    for name, c in sorted(evaluation.by_group.items()):
        row(f"  {name}", c)
    for name, c in sorted(evaluation.by_indicator.items()):
        if c.tp + c.fn >= min_support or c.fp >= min_support:
            row(f"  {name}", c)
    return "\n".join(lines)
