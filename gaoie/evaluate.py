"""Evaluating a pipeline on annotated reports (FACTS.md scoring), overall, per indicator, per group."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from .document import Document, TextBlock
from .extraction import extract_normalized
from .normalize import normalize
from .scoring import Evaluation


def predict(nlp, text: str, tables: bool = True):
    """The facts gaoie extracts from ``text``; prose only with ``tables=False`` (the tables are still
    read: the prose pipeline leaves their text to them)."""
    doc = Document(text, [TextBlock(0, len(text))])
    facts = extract_normalized(doc, normalize(text, reading=True), nlp).facts
    return facts if tables else [f for f in facts if f.source == "prose"]


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


def meta_scores(reports: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """How well the report's year and issuing body are read (:func:`gaoie.meta.extract_meta`), against the
    annotated ``year`` and ``body``: the year right; the body right (the same name, or one name inside the
    other: 绍兴县政府 for 绍兴县人民政府, 南京市栖霞区 for its government), other (a wrong name) or none."""
    from .meta import extract_meta, report_year

    c = {"reports": 0, "year_right": 0, "body_right": 0, "body_other": 0, "body_none": 0}
    for rep in reports:
        text = normalize(rep["text"], reading=True).text
        meta = extract_meta(text)
        c["reports"] += 1
        c["year_right"] += report_year(text, meta) == rep.get("year")
        body, gold = meta["body"], rep.get("body") or ""
        key = "body_none" if body is None else "body_right" if gold and (body in gold or gold in body) else "body_other"
        c[key] += 1
    return c


def indicator_confusion(nlp, reports: Iterable[dict[str, Any]]):
    """Gold vs predicted indicator of every gold prose quantity the pipeline linked (its span
    overlapping the gold span): a pandas crosstab built with scikit-learn's confusion_matrix."""
    import pandas as pd
    from sklearn.metrics import confusion_matrix

    gold_ids, pred_ids = [], []
    for rep in reports:
        pred = predict(nlp, rep["text"], tables=False)
        for g in rep["facts"]:
            if g.get("source", "prose") != "prose":
                continue
            hit = next((p for p in pred if p.start < g["end"] and g["start"] < p.end), None)
            gold_ids.append(g["indicator"])
            pred_ids.append(hit.indicator if hit else "(none)")
    labels = sorted(set(gold_ids) | set(pred_ids))
    matrix = confusion_matrix(gold_ids, pred_ids, labels=labels)
    return pd.DataFrame(matrix, index=pd.Index(labels, name="gold"), columns=pd.Index(labels, name="predicted"))


def per_indicator_frame(evaluation: Evaluation):
    """Per-indicator precision, recall, F1 and support as a DataFrame (sorted by support)."""
    import pandas as pd

    rows = [{"indicator": k, **c.to_dict(), "support": c.tp + c.fn} for k, c in evaluation.by_indicator.items()]
    return pd.DataFrame(rows).sort_values(["support", "indicator"], ascending=[False, True]).reset_index(drop=True)


def cross_evaluate(reports: list[dict[str, Any]], key: str | Callable[[dict], str] = "province", generated: int = 200,
                   epochs: int | None = 4, min_reports: int = 3, config=None, log=print,
                   group_by: Callable[[dict], str] | None = None, save: str | Path | None = None) -> dict[str, Evaluation]:
    """Leave-one-group-out: for each group (a report field such as province or era, or a function
    of the report such as its fold) with at least ``min_reports`` annotated reports, train on
    generated reports plus every other group's reports (as the config's mix says: ``generated`` leaves the
    real ones out, ``real`` the made ones), score that group's. The real reports' weight and the generator
    seed are the config's; ``epochs=None`` trains the config's NER epochs;
    ``save`` keeps each group's pipeline under ``save/<group>``."""
    from .train import check_mix, made_reports, train_pipeline, training_settings

    settings = training_settings(config)
    check_mix(settings["mix"])
    group_of = key if callable(key) else lambda r: str(r.get(key) or "unknown")
    label = key if isinstance(key, str) else "group"
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in reports:
        groups.setdefault(group_of(r), []).append(r)
    gen = made_reports(generated, settings["generator_seed"], settings["written"], settings["written_weight"],
                       log=lambda m: None)
    out: dict[str, Evaluation] = {}
    for name, held in sorted(groups.items()):
        if len(held) < min_reports:
            continue
        real = [dict(r, weight=settings["real_weight"]) for g, rs in groups.items() if g != name for r in rs]
        train = (real if settings["mix"] != "generated" else []) + (gen if settings["mix"] != "real" else [])
        nlp = train_pipeline(train, config, ner_epochs=epochs, log=lambda m: None)
        if save:
            Path(save).mkdir(parents=True, exist_ok=True)
            nlp.to_disk(Path(save) / name)
        out[name] = evaluate(nlp, held, group_by=group_by, sources=("prose",))["prose"]
        o = out[name].overall
        log(f"{label} {name}: {len(held)} reports, prose P {o.precision:.3f} R {o.recall:.3f} F1 {o.f1:.3f}")
    return out
