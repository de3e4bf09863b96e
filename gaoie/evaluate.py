"""Evaluating a pipeline on annotated reports (FACTS.md scoring), overall, per indicator, per group."""
from __future__ import annotations

from typing import Any, Callable, Iterable

from .document import Document, TextBlock
from .extraction import extract_normalized
from .normalize import normalize
from .scoring import Evaluation


def predict(nlp, text: str, tables: bool = True):
    """The facts gaoie extracts from ``text``; prose only with ``tables=False``."""
    if not tables:
        from .pipeline.facts import prose_facts

        return prose_facts(nlp, normalize(text))
    doc = Document(text, [TextBlock(0, len(text))])
    return extract_normalized(doc, normalize(text), nlp).facts


def evaluate(nlp, reports: Iterable[dict[str, Any]], group_by: Callable[[dict], str] | None = None,
             sources: tuple[str, ...] = ("prose", "table", "all")) -> dict[str, Evaluation]:
    """One Evaluation per scoring view: prose, table (总计 column), all, table cells."""
    views = {s: Evaluation() for s in sources}
    if "table" in sources:
        views["table_cells"] = Evaluation()
    for rep in reports:
        pred = predict(nlp, rep["text"], tables=any(s != "prose" for s in sources))
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


def stage_scores(nlp, reports: Iterable[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Where the prose facts are lost: per pipeline stage, on gold prose facts.

    quantities: gold quantity spans the grammar finds (recall); mentions: gold mention spans the
    NER + lexicon find (recall) and NER-only precision/recall; linking: found gold mentions given
    their gold id; relations: gold (anchor, mention) pairs predicted, precision and recall."""
    from .train import sentence_examples, _overlaps

    c = {k: 0 for k in ("q_gold", "q_found", "m_gold", "m_found", "ner_tp", "ner_pred", "link_ok", "link_n",
                        "r_gold", "r_pred", "r_tp")}
    for rep in reports:
        for ex in sentence_examples(rep["text"], rep["facts"], all_sentences=False):
            doc = nlp(ex.text)
            quantities = [(q.start_char, q.end_char) for q in doc.spans.get("quantities", [])]
            mentions = {(m.start_char, m.end_char): m for m in doc.spans.get("mentions", [])}
            ner = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "INDICATOR"]
            gold_m = [(s, e) for s, e, _ in ex.mentions]
            for g in ex.facts:
                if not g["negated"]:
                    c["q_gold"] += 1
                    c["q_found"] += any(_overlaps(g["anchor"], q) for q in quantities)
            for (s, e, ind) in ex.mentions:
                c["m_gold"] += 1
                hit = next((m for span, m in mentions.items() if _overlaps((s, e), span)), None)
                if hit is not None:
                    c["m_found"] += 1
                    c["link_n"] += 1
                    c["link_ok"] += hit._.indicator == ind
            c["ner_pred"] += len(ner)
            c["ner_tp"] += sum(1 for n in ner if any(_overlaps(n, g) for g in gold_m))
            gold_pairs = [(g["anchor"], g["mention"]) for g in ex.facts if g["mention"]]
            pred_pairs = [((a.start_char, a.end_char), (m.start_char, m.end_char)) for a, m, _ in doc._.relations or []]
            c["r_gold"] += len(gold_pairs)
            c["r_pred"] += len(pred_pairs)
            c["r_tp"] += sum(1 for pa, pm in pred_pairs
                             if any(_overlaps(pa, ga) and _overlaps(pm, gm) for ga, gm in gold_pairs))

    def ratio(a, b):
        return round(a / b, 4) if b else 0.0

    r_p, r_r = ratio(c["r_tp"], c["r_pred"]), ratio(c["r_tp"], c["r_gold"])
    return {
        "quantities": {"recall": ratio(c["q_found"], c["q_gold"]), "gold": c["q_gold"]},
        "mentions": {"recall": ratio(c["m_found"], c["m_gold"]), "ner_precision": ratio(c["ner_tp"], c["ner_pred"]),
                     "gold": c["m_gold"]},
        "linking": {"accuracy": ratio(c["link_ok"], c["link_n"]), "n": c["link_n"]},
        "relations": {"precision": r_p, "recall": r_r, "f1": round(2 * r_p * r_r / (r_p + r_r), 4) if r_p + r_r else 0.0},
    }
