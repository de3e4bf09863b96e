"""Training the prose pipeline from annotated reports (real and generated).

One example is one annotated report: its text as given and its facts (annotations/FORMAT.md).
The report is normalised exactly as at extraction time and cut into the same relevant
sentences; gold spans are moved into each sentence through the offset map. From there:

- the NER learns INDICATOR mentions (gold mentions, plus lexicon matches in the same sentence
  so that every naming of an indicator is a mention) and NEG cues (the gold negation cues);
- the linker learns mention -> id from the gold mentions;
- the relation scorer learns which candidate (anchor, mention) pairs are gold facts.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .normalize import normalize
from .pipeline.facts import relevant_sentences


@dataclass
class SentenceExample:
    text: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, indicator
    cues: list[tuple[int, int]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)  # anchor (start, end), mention (start, end), indicator, negated
    weight: float = 1.0


def sentence_examples(text: str, facts: Sequence[dict[str, Any]], weight: float = 1.0,
                      all_sentences: bool = False) -> list[SentenceExample]:
    """Gold prose facts of one report moved onto its relevant sentences (normalised)."""
    norm = normalize(text)
    sentences = list(relevant_sentences(norm.text))
    out = []
    for offset, sent in sentences:
        ex = SentenceExample(sent, weight=weight)
        end = offset + len(sent)
        for f in facts:
            if f.get("source", "prose") != "prose":
                continue
            a = norm.from_original(f["start"], f["end"])
            if a is None or not (offset <= a[0] and a[1] <= end):
                continue
            m = f.get("mention")
            mspan = norm.from_original(m["start"], m["end"]) if m else None
            if mspan is not None and not (offset <= mspan[0] and mspan[1] <= end):
                mspan = None
            anchor = (a[0] - offset, a[1] - offset)
            mrel = (mspan[0] - offset, mspan[1] - offset) if mspan else None
            if mrel and (mrel[0], mrel[1], f["indicator"]) not in ex.mentions:
                ex.mentions.append((mrel[0], mrel[1], f["indicator"]))
            if f.get("negated") and anchor not in ex.cues:
                ex.cues.append(anchor)
            ex.facts.append({"anchor": anchor, "mention": mrel, "indicator": f["indicator"],
                             "negated": bool(f.get("negated")), "value": f["value"]})
        if ex.facts or all_sentences:
            out.append(ex)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def ner_doc(nlp, ex: SentenceExample, lexicon):
    """A reference Doc for the NER: gold mentions and cues, then lexicon matches around them."""
    from spacy.tokens import Doc
    from spacy.training import Example

    doc = nlp.make_doc(ex.text)
    spans, taken = [], []
    for s, e, _ in sorted(ex.mentions):
        if not any(_overlaps((s, e), t) for t in taken):
            span = doc.char_span(s, e, label="INDICATOR", alignment_mode="expand")
            if span is not None:
                spans.append(span)
                taken.append((span.start_char, span.end_char))
    for s, e in ex.cues:
        if not any(_overlaps((s, e), t) for t in taken):
            span = doc.char_span(s, e, label="NEG", alignment_mode="expand")
            if span is not None:
                spans.append(span)
                taken.append((span.start_char, span.end_char))
    for s, e in lexicon.find(ex.text):
        if not any(_overlaps((s, e), t) for t in taken):
            span = doc.char_span(s, e, label="INDICATOR", alignment_mode="expand")
            if span is not None:
                spans.append(span)
                taken.append((span.start_char, span.end_char))
    ref = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    ref.ents = [ref.char_span(s.start_char, s.end_char, label=s.label_) for s in sorted(spans, key=lambda s: s.start)]
    return Example(doc, ref)


def ner_examples(nlp, examples: list[SentenceExample], lexicon) -> list:
    """NER examples, each repeated as often as its weight says, rounded, at least once (a real
    report's sentence counts ``real_weight`` times against a generated one; the NER takes whole
    weights of 1 or more, the linker and the relation scorer any weight)."""
    out = []
    for ex in examples:
        eg = ner_doc(nlp, ex, lexicon)
        out.extend([eg] * max(1, round(ex.weight)))
    return out


def train_ner(nlp, examples: list[SentenceExample], lexicon, epochs: int, dropout: float, batch_size: int,
              seed: int, log: Callable[[str], None]) -> None:
    from spacy.util import fix_random_seed

    fix_random_seed(seed)
    egs = ner_examples(nlp, examples, lexicon)
    ner = nlp.get_pipe("ner")
    for label in ("INDICATOR", "NEG"):
        ner.add_label(label)
    ner.initialize(lambda: egs[:500], nlp=nlp)
    update_ner(nlp, egs, nlp.create_optimizer(), epochs, dropout, batch_size, seed, "ner epoch", log)


def update_ner(nlp, egs: list, optimizer, epochs: int, dropout: float, batch_size: int, seed: int, what: str,
               log: Callable[[str], None]) -> None:
    """The NER's epochs over ``egs`` (shuffled with ``seed``), the other components switched off."""
    from spacy.util import minibatch

    rng = random.Random(seed)
    other = [p for p in nlp.pipe_names if p != "ner"]
    for epoch in range(epochs):
        rng.shuffle(egs)
        losses: dict[str, float] = {}
        t0 = time.time()
        with nlp.select_pipes(disable=other):
            for batch in minibatch(egs, size=batch_size):
                nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        log(f"{what} {epoch + 1}/{epochs}: loss {losses.get('ner', 0):.1f} ({time.time() - t0:.0f}s)")


def annotate_docs(nlp, examples: list[SentenceExample]):
    """Run the pipeline up to (not including) the linker on each sentence, the mentions merged as the shipped
    pipeline was trained (no reading repairs: :class:`gaoie.pipeline.components.MentionMerger`)."""
    upto = nlp.pipe_names.index("gaoie_linker")
    names = nlp.pipe_names[:upto]
    merger = nlp.get_pipe("gaoie_mentions")
    merger.reading = False
    try:
        with nlp.select_pipes(enable=names):
            return list(nlp.pipe(ex.text for ex in examples))
    finally:
        merger.reading = True


def add_gold_spans(doc, ex: SentenceExample):
    """Gold mentions and cues join the predicted ones, so the scorers train on every gold pair."""
    from .pipeline.components import char_span

    mentions = {(m.start_char, m.end_char): m for m in doc.spans.get("mentions", [])}
    for s, e, _ in ex.mentions:
        if (s, e) not in mentions:
            span = char_span(doc, s, e, "INDICATOR")
            if span is not None:
                mentions[(span.start_char, span.end_char)] = span
    negs = {(m.start_char, m.end_char): m for m in doc.spans.get("negations", [])}
    for s, e in ex.cues:
        if (s, e) not in negs:
            span = char_span(doc, s, e, "NEG")
            if span is not None:
                negs[(span.start_char, span.end_char)] = span
    doc.spans["mentions"] = sorted(mentions.values(), key=lambda s: s.start_char)
    doc.spans["negations"] = sorted(negs.values(), key=lambda s: s.start_char)
    return doc


def train_linker(nlp, docs, examples: list[SentenceExample]) -> None:
    linker = nlp.get_pipe("gaoie_linker")
    for ex in examples:
        linker.lexicon.update((ex.text[s:e], ind) for s, e, ind in ex.mentions)
    data, weights = [], []
    for doc, ex in zip(docs, examples):
        for s, e, ind in ex.mentions:
            data.append((doc.text, s, e, ind))
            weights.append(ex.weight)
    linker.fit(data, weights)


def relation_data(nlp, docs, examples: list[SentenceExample]):
    rel = nlp.get_pipe("gaoie_relations")
    linker = nlp.get_pipe("gaoie_linker")
    X, y, w = [], [], []
    docs = list(linker.pipe(docs))
    for doc, ex in zip(docs, examples):
        gold_ids = {(s, e): ind for s, e, ind in ex.mentions}
        for m in doc.spans.get("mentions", []):
            if (m.start_char, m.end_char) in gold_ids:
                m._.indicator = gold_ids[(m.start_char, m.end_char)]
        pairs, feats = rel.features(doc)
        for (a, m), f in zip(pairs, feats):
            label = 0
            for g in ex.facts:
                if g["mention"] is None:
                    continue
                if (_overlaps((a.start_char, a.end_char), g["anchor"]) and _overlaps((m.start_char, m.end_char), g["mention"])
                        and (a.label_ == "NEG") == g["negated"] and m._.indicator == g["indicator"]):
                    label = 1
                    break
            X.append(f)
            y.append(label)
            w.append(ex.weight)
    return X, y, w


def train_pipeline(reports: Iterable[dict[str, Any]], config_path: str | Path | None = None,
                   output: str | Path | None = None, log: Callable[[str], None] = print, nlp=None,
                   ner_epochs: int | None = None):
    """Train (or, given ``nlp``, continue training) the prose pipeline on annotated reports.

    Each report: ``{"text", "facts", "weight"?}``. Returns the trained pipeline."""
    from .pipeline import blank
    from .pipeline.lexicon import Lexicon
    from spacy.util import load_config

    from .pipeline import default_config_path

    cfg = load_config(config_path or default_config_path())
    tcfg = cfg.get("training", {})
    fresh = nlp is None
    if fresh:
        nlp = blank(config_path)
    examples: list[SentenceExample] = []
    for rep in reports:
        examples.extend(sentence_examples(rep["text"], rep["facts"], float(rep.get("weight", 1.0)), all_sentences=True))
    log(f"{len(examples)} training sentences")
    lexicon = Lexicon.from_catalogue()
    t0 = time.time()
    if fresh:
        train_ner(nlp, examples, lexicon, ner_epochs or int(tcfg.get("ner_epochs", 12)), float(tcfg.get("ner_dropout", 0.2)),
                  int(tcfg.get("ner_batch_size", 32)), int(cfg["system"].get("seed", 0)), log)
    else:
        resume_ner(nlp, examples, lexicon, 4 if ner_epochs is None else ner_epochs, log, int(cfg["system"].get("seed", 0)))
    log(f"ner trained in {time.time() - t0:.0f}s")
    docs = [add_gold_spans(d, ex) for d, ex in zip(annotate_docs(nlp, examples), examples)]
    train_linker(nlp, docs, examples)
    X, y, w = relation_data(nlp, docs, examples)
    log(f"relations: {len(y)} candidate pairs, {sum(y)} gold")
    nlp.get_pipe("gaoie_relations").fit(X, y, w)
    log(f"trained in {time.time() - t0:.0f}s")
    if output:
        Path(output).mkdir(parents=True, exist_ok=True)
        nlp.to_disk(output)
        log(f"saved to {output}")
    return nlp


def resume_ner(nlp, examples: list[SentenceExample], lexicon, epochs: int, log: Callable[[str], None],
               seed: int = 0) -> None:
    from spacy.util import fix_random_seed

    fix_random_seed(seed)  # dropout masks: the same run gives the same model
    egs = ner_examples(nlp, examples, lexicon)
    update_ner(nlp, egs, nlp.resume_training(), epochs, 0.2, 32, seed, "ner fine-tune epoch", log)


MIXES = ("both", "real", "generated")


def check_mix(mix: str) -> str:
    """``mix`` if it names a training mix; a ValueError (a config's typo is no mix) if not."""
    if mix not in MIXES:
        raise ValueError(f"mix must be both, real or generated, not {mix!r}")
    return mix


def training_reports(mix: str = "both", annotations: str | Path | None = None, split: str = "train",
                     generated: int = 600, generator_seed: int = 1, real_weight: float = 1.0,
                     log: Callable[[str], None] = print, written: str | Path | None = None,
                     written_weight: float = 1.0) -> list[dict[str, Any]]:
    """The reports a training run learns from: real (one split), made by the project (generated,
    and the written excerpts of ``written``, if given), or both."""
    from .data import load_reports

    check_mix(mix)
    reports: list[dict[str, Any]] = []
    if mix in ("both", "real"):
        real = load_reports(annotations, split=split)
        for r in real:
            r["weight"] = real_weight
        reports += real
        log(f"{len(real)} real reports ({split} split)")
    if mix in ("both", "generated"):
        reports += made_reports(generated, generator_seed, written, written_weight, log)
    return reports


def made_reports(generated: int = 600, generator_seed: int = 1, written: str | Path | None = None,
                 written_weight: float = 1.0, log: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """The training reports the project makes: ``generated`` reports of the generator, and the
    written excerpts (:mod:`gaoie.generator.written`) of the folder ``written``."""
    from .generator import generate_reports
    from .generator.written import written_reports

    excerpts = written_reports([written]) if written else []  # read first: a markup error stops at once
    for r in excerpts:
        r["weight"] = written_weight
    reports = generate_reports(generated, seed=generator_seed)
    log(f"{len(reports)} generated reports (seed {generator_seed})")
    if written:
        log(f"{len(excerpts)} written excerpts ({written})")
    return reports + excerpts


def training_settings(config_path: str | Path | None = None) -> dict[str, Any]:
    """The [training] section of a config: the mix, the real reports' weight, how many generated
    reports and from which generator seed, the folder of written excerpts (relative to the config
    file; None if the config names none or the folder is not there) and their weight."""
    from spacy.util import load_config

    from .pipeline import default_config_path

    path = Path(config_path or default_config_path())
    t = load_config(path).get("training", {})
    written = (path.parent / t["written"]).resolve() if t.get("written") else None
    return {"mix": t.get("mix", "both"), "real_weight": float(t.get("real_weight", 1.0)),
            "generated": int(t.get("generated_reports", 600)), "generator_seed": int(t.get("generator_seed", 1)),
            "written": written if written and written.is_dir() else None,
            "written_weight": float(t.get("written_weight", 1.0))}


def configured_reports(mix: str | None = None, config_path: str | Path | None = None,
                       annotations: str | Path | None = None, split: str = "train",
                       log: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """:func:`training_reports` as the config's [training] section sets it: the mix (unless given),
    the real reports' weight, the generated reports and the written excerpts."""
    t = training_settings(config_path)
    return training_reports(mix or t["mix"], annotations, split, t["generated"], t["generator_seed"],
                            t["real_weight"], log, t["written"], t["written_weight"])


def train_from_config(config_path: str | Path | None = None, output: str | Path | None = None,
                      mix: str | None = None, annotations: str | Path | None = None,
                      log: Callable[[str], None] = print):
    """``gaoie train``: the mix, weights and sizes come from the config's [training] section."""
    return train_pipeline(configured_reports(mix, config_path, annotations, "train", log), config_path, output, log)
