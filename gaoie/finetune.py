"""Fine-tuning the shipped pipeline on a new province's annotated reports.

The NER continues from its weights (a few epochs); the linker and the relation scorer are refit
on the new reports together with a rehearsal sample of the original training data, so that the
provinces the pipeline already knew do not degrade. Before/after scores on the new province's
dev set and on the original dev split are reported.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from .scoring import Evaluation


def prose_f1(nlp, reports) -> Evaluation:
    from .evaluate import evaluate

    return evaluate(nlp, reports, sources=("prose",))["prose"]


def finetune(base: str | None, train: list[dict[str, Any]], dev: list[dict[str, Any]], output: str | Path | None,
             original_dev: list[dict[str, Any]] | None = None, rehearsal: list[dict[str, Any]] | None = None,
             new_weight: float = 4.0, epochs: int = 4, log: Callable[[str], None] = print) -> dict[str, Any]:
    from .pipeline import load
    from .train import configured_reports, train_pipeline

    nlp = load(None if base in (None, "bundled") else base)
    original_dev = original_dev if original_dev is not None else _original_dev(train + dev)
    before = {"new_dev": prose_f1(nlp, dev).overall, "original_dev": prose_f1(nlp, original_dev).overall}
    if rehearsal is None:
        held = {(r.get("source"), r.get("id")) for r in train + dev}
        rehearsal = [r for r in configured_reports("both", log=log)  # the shipped mix: real, generated, written
                     if (r.get("source"), r.get("id")) not in held]
    reports = [dict(r, weight=new_weight) for r in train] + rehearsal
    nlp = train_pipeline(reports, nlp=nlp, ner_epochs=epochs, log=log)
    after = {"new_dev": prose_f1(nlp, dev).overall, "original_dev": prose_f1(nlp, original_dev).overall}
    if output:
        Path(output).mkdir(parents=True, exist_ok=True)
        nlp.to_disk(output)
        log(f"saved to {output}")
    result = {k: {"before": before[k].to_dict(), "after": after[k].to_dict()} for k in before}
    return {"nlp": nlp, "scores": result}


def _original_dev(exclude: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from .data import load_reports

    held = {(r.get("source"), r.get("id")) for r in exclude}
    return [r for r in load_reports(split="dev") if (r["source"], r["id"]) not in held]


def format_scores(scores: dict[str, Any]) -> str:
    lines = [f"{'prose facts':16s} {'F1 before':>10s} {'F1 after':>10s} {'change':>8s}"]
    for name, s in scores.items():
        b, a = s["before"]["f1"], s["after"]["f1"]
        lines.append(f"{name:16s} {b:10.3f} {a:10.3f} {a - b:+8.3f}")
    return "\n".join(lines)
