"""``gaoie_linker``: each indicator mention -> a catalogue id.

The lexicon (catalogue names, aliases and mention texts learned from annotations) proposes
ids; a trained classifier on the mention's characters and its context (the words before it,
the unit of the quantity beside it) decides, which is what resolves the ambiguous mentions
(结果维持 after 行政复议 or after 行政诉讼; 办结 in 2012 or in 2022; 咨询 by phone or online).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from spacy.util import minibatch

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..catalogue import get_catalogue
from ..quantities import find_quantities, unit_fits
from .lexicon import Lexicon
from .relations import sentence_bounds
from .scorer import FeatureClassifier, Features, char_ngrams

NONE = "NONE"  # a mention that names no indicator here
# a mention that is a catalogue name or alias of one indicator (专项经费, 微博微信回应事件数), four characters or more and
# no generic word, is that indicator's with at least this confidence where the classifier ranks it first, the count
# after it fits (fits_after) and, for a name of four or five characters, its sentence speaks of disclosure
# (about_disclosure): the catalogue's names are the forms' own, however rarely the training reports wrote them
OFFICIAL_FLOOR = 0.8


def about_disclosure(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` speaks of the disclosure work (公开): a short catalogue name (专项经费, 工作会议,
    在线提问) names its indicator there, not in 网站建设专项经费 or 经济工作会议 or 网友在线提问 in an interview."""
    start, end = sentence_bounds(text, pos)
    return "公开" in text[start:end]


def fits_after(text: str, end: int, indicator: str) -> bool:
    """Whether the count right after a mention (if any) is in a unit of the indicator: 政务新媒体发布1,422条 is no
    count of accounts (个)."""
    after = find_quantities(text[end: end + 10])[:1]
    return not after or unit_fits(after[0].unit, get_catalogue()[indicator].unit)


@lru_cache(maxsize=1)
def official_pattern() -> re.Pattern:
    """The catalogue names of :func:`official_names` as one alternation, longest first."""
    return re.compile("|".join(map(re.escape, sorted(official_names(), key=len, reverse=True))))


@lru_cache(maxsize=1)
def official_names() -> dict[str, str]:
    """Catalogue names and aliases of four characters or more that denote one indicator -> its id."""
    from .lexicon import GENERIC

    return {name: ids[0] for name, ids in get_catalogue().names().items()
            if len(ids) == 1 and len(name) >= 4 and name not in GENERIC}


def mention_features(text: str, start: int, end: int, lexicon: Lexicon) -> Features:
    m = text[start:end]
    left = text[max(0, start - 24): start]
    right = text[end: end + 10]
    feats: Features = {f"m={m}": 1.0, "len": min(len(m), 12) / 12}
    feats.update(char_ngrams("mc=", m, 2))
    feats.update(char_ngrams("L=", left[-12:], 2))
    feats.update(char_ngrams("R=", right[:6], 1))
    feats[f"L2={left[-2:]}"] = 1.0
    feats[f"R2={right[:2]}"] = 1.0
    for kw in ("复议", "诉讼", "直接起诉", "复议后", "申请", "咨询", "公开", "不予公开", "无法提供", "不予处理", "主动", "培训",
               "网站", "微博", "微信", "公报", "发布会", "解读", "其中", "电话", "网上", "现场", "当面", "信函", "传真"):
        if kw in left:
            feats[f"Lkw={kw}"] = 1.0
    for q in find_quantities(right[:10])[:1]:
        feats[f"unit={q.unit}"] = 1.0
    for ind, count in lexicon.prior(m).items():
        feats[f"lex={ind}"] = 1.0
    return feats


@Language.factory("gaoie_linker", default_config={"threshold": 0.3, "C": 2.0})
def make_linker(nlp: Language, name: str, threshold: float, C: float):
    return IndicatorLinker(nlp, name, threshold=threshold, C=C)


class IndicatorLinker:
    def __init__(self, nlp: Language, name: str = "gaoie_linker", threshold: float = 0.3, C: float = 2.0):
        self.name = name
        self.nlp = nlp
        self.threshold = threshold
        self.lexicon = Lexicon.from_catalogue()
        self.classifier = FeatureClassifier(C=C)
        self._share_lexicon(nlp)

    def _share_lexicon(self, nlp: Language) -> None:
        if "gaoie_mentions" in nlp.pipe_names:
            nlp.get_pipe("gaoie_mentions").lexicon = self.lexicon

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Link the mentions of a batch of docs with one call of the classifier."""
        for batch in minibatch(docs, batch_size):
            mentions: list[Span] = [m for doc in batch for m in doc.spans.get("mentions", [])]
            if mentions:
                self.link(mentions)
            yield from batch

    def link(self, mentions: list[Span]) -> None:
        texts: dict[int, str] = {}  # each doc's text read once (spaCy joins the tokens at each read)
        for m in mentions:
            if id(m.doc) not in texts:
                texts[id(m.doc)] = m.doc.text
        feats = [mention_features(texts[id(m.doc)], m.start_char, m.end_char, self.lexicon) for m in mentions]
        if self.classifier.is_trained:
            official = official_names()
            probs = self.classifier.predict_proba(feats)
            classes = self.classifier.classes
            for m, row in zip(mentions, probs):
                ranked = sorted(zip(classes, row), key=lambda x: -x[1])
                m._.candidates = [(c, float(p)) for c, p in ranked[:3] if c != NONE]
                best, p = ranked[0]
                text = texts[id(m.doc)]
                name = text[m.start_char:m.end_char]
                if best != NONE and official.get(name) == best and fits_after(text, m.end_char, best) and (
                        len(name) >= 6 or about_disclosure(text, m.start_char)):
                    p = max(p, OFFICIAL_FLOOR)
                m._.indicator = best if best != NONE and p >= self.threshold else None
                m._.indicator_prob = float(p)
        else:  # untrained: the lexicon's most frequent id
            for m in mentions:
                prior = self.lexicon.prior(m.text)
                m._.indicator = prior.most_common(1)[0][0] if prior else None
                m._.indicator_prob = 1.0 if prior else 0.0

    def fit(self, examples: Iterable[tuple[str, int, int, str]], sample_weight: Iterable[float] | None = None) -> None:
        """Train on (text, start, end, indicator id or NONE) mentions, optionally weighted."""
        X, y = [], []
        for text, start, end, label in examples:
            X.append(mention_features(text, start, end, self.lexicon))
            y.append(label)
        self.classifier.fit(X, y, list(sample_weight) if sample_weight is not None else None)

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_text(json.dumps(self.lexicon.to_dict(), ensure_ascii=False), encoding="utf-8")
        (path / "cfg.json").write_text(json.dumps({"threshold": self.threshold}), encoding="utf-8")
        if self.classifier.is_trained:
            self.classifier.to_disk(path / "model.pkl")

    def from_disk(self, path, exclude=tuple()):
        path = Path(path)
        self.lexicon = Lexicon.from_dict(json.loads((path / "lexicon.json").read_text(encoding="utf-8")))
        self.threshold = json.loads((path / "cfg.json").read_text(encoding="utf-8"))["threshold"]
        if (path / "model.pkl").exists():
            self.classifier.from_disk(path / "model.pkl")
        self._share_lexicon(self.nlp)
        return self
