"""How well can a classifier tell generated excerpts from real ones? (lower AUC = more realistic)

A scikit-learn classifier on character n-grams (1-3), cross-validated ROC AUC, and the n-grams
that give generated text away most. Real: the 168 corpus excerpts; generated: excerpts of the
same length cut from generated reports.

    python training/realism.py [--seed 3]

Two probes: whole excerpts (the report openings of the corpus against generated openings of the
same lengths), and the sentences the trained components read (sentences holding a quantity or
a negation cue, up to 1,000 real ones and as many generated): the second is where realism matters
for learning. The cross-validated log-loss is printed beside the AUC: it still moves where the
AUC is saturated. A third probe reads the written excerpts (training/written) in place of the
generated reports, sentence against sentence.
"""
from __future__ import annotations

import argparse
import json
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline

from gaoie.annotations import shared_dir
from gaoie.generator import generate_reports


def real_excerpts() -> list[str]:
    root = shared_dir() / "corpus"
    return [json.loads(l)["text"] for name in ("c1.jsonl", "c2.jsonl", "c3.jsonl")
            for l in open(root / name, encoding="utf-8") if l.strip()]


def generated_excerpts(lengths: list[int], seed: int) -> list[str]:
    """The first ``n`` characters of generated reports: the corpus excerpts are report openings."""
    return [rep["text"][:n] for rep, n in zip(generate_reports(len(lengths), seed=seed), lengths)]


def fact_sentences(texts: list[str], n: int, seed: int) -> list[str]:
    import random

    from gaoie.normalize import normalize
    from gaoie.pipeline.facts import relevant_sentences

    sents = [s.strip() for t in texts for _, s in relevant_sentences(normalize(t).text)]
    sents = [s for s in sents if len(s) >= 8]
    random.Random(seed).shuffle(sents)
    return sents[:n]


def made_texts(made: str, seed: int) -> list[str]:
    if made == "written":
        from pathlib import Path

        from gaoie.generator.written import written_reports

        return [r["text"] for r in written_reports([Path(__file__).resolve().parent / "written"])]
    return [r["text"] for r in generate_reports(300, seed=seed)]


def measure(seed: int = 3, top: int = 25, unit: str = "excerpt", made: str = "generated") -> dict:
    """``made``: generated (reports of the generator) or written (the written excerpts; sentences only)."""
    real = real_excerpts()
    if unit == "sentence":
        gen = fact_sentences(made_texts(made, seed), 1000, seed)
        real = fact_sentences(real, min(1000, len(gen)), seed)
        gen = gen[:len(real)]
    else:
        gen = generated_excerpts([len(t) for t in real], seed)
    X = real + gen
    y = np.array([0] * len(real) + [1] * len(gen))
    model = make_pipeline(TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True),
                          LogisticRegression(C=1.0, max_iter=2000))
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    auc = cross_val_score(model, X, y, cv=cv, scoring="roc_auc")
    loss = -cross_val_score(model, X, y, cv=cv, scoring="neg_log_loss")
    model.fit(X, y)
    vec, clf = model.named_steps["tfidfvectorizer"], model.named_steps["logisticregression"]
    names = np.array(vec.get_feature_names_out())
    order = np.argsort(clf.coef_[0])
    return {"unit": unit, "n": len(real), "auc": float(auc.mean()), "auc_std": float(auc.std()),
            "log_loss": float(loss.mean()),
            "generated_tells": [str(n) for n in names[order[::-1][:top]]],
            "real_tells": [str(n) for n in names[order[:top]]]}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    for unit, made in (("excerpt", "generated"), ("sentence", "generated"), ("sentence", "written")):
        res = measure(args.seed, unit=unit, made=made)
        print(f"{unit}s ({res['n']} real): {made}-vs-real ROC AUC (5-fold) {res['auc']:.3f} ± {res['auc_std']:.3f}, "
              f"log-loss {res['log_loss']:.3f}")
        print(f"  most telling of {made} text:", " ".join(repr(t) for t in res["generated_tells"]))
        print("  most telling of real text:     ", " ".join(repr(t) for t in res["real_tells"]))
