"""``gaoie_relations``: which mention does each quantity (or negation cue) measure?

Candidate pairs come from rules: an anchor (a quantity, or a negation cue) and an indicator
mention in the same sentence, at most ``max_distance`` characters apart. A trained classifier
scores each pair on its shape (direction, distance, what lies between: commas, 其中, other
quantities or mentions), on whether the quantity's unit fits the indicator, and on the words
around. Decoding: a quantity keeps its best mention; 均为 / 都是 quantities and negation cues
keep every mention scored above the threshold (没有...申诉、行政复议和行政诉讼), and those listed with the
best one (行政复议、行政诉讼和申诉均为0: the scorer is sure of the nearest only).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from ..catalogue import family, get_catalogue
from ..quantities import unit_fits
from .rules.base import KINDS_END
from .scorer import FeatureClassifier, Features, char_ngrams

SENTENCE_END = re.compile(r"[。；;！!？?\n]")
# Words of a sentence that make its numbers something else than this year's facts.
_SENTENCE_CUES = ("计划", "将", "拟", "下一步", "上年", "去年", "同比", "比上年", "累计", "以来", "其中", "办结率",
                  "服务事项", "热线", "信箱")
_CLAUSE_END = re.compile(r"[,，;；:：、]")
_SHARED_VALUE = re.compile(r"(?:均|都|皆|全部|各)(?:为|是|有|达)?\s*$")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    m = SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def candidate_pairs(doc: Doc, max_distance: int = 60) -> list[tuple[Span, Span]]:
    mentions = list(doc.spans.get("mentions", []))
    anchors = list(doc.spans.get("quantities", [])) + list(doc.spans.get("negations", []))
    pairs = []
    text = doc.text
    for a in anchors:
        s0, s1 = sentence_bounds(text, a.start_char)
        for m in mentions:
            if m.start_char < s0 or m.end_char > s1 or m.start_char < a.end_char and a.start_char < m.end_char:
                continue
            gap = m.start_char - a.end_char if m.start_char >= a.end_char else a.start_char - m.end_char
            if gap <= max_distance:
                pairs.append((a, m))
    return pairs


def pair_features(doc: Doc, anchor: Span, mention: Span, anchors: Sequence[Span], mentions: Sequence[Span],
                  context: Features | None = None, text: str | None = None) -> Features:
    """The features of one (anchor, mention) pair; ``context``: :func:`anchor_context` of the anchor,
    if already computed; ``text``: ``doc.text``, if already read (spaCy joins the tokens at each read)."""
    text = doc.text if text is None else text
    neg = anchor.label_ == "NEG"
    after = mention.start_char >= anchor.end_char  # mention after the anchor
    lo, hi = (anchor.end_char, mention.start_char) if after else (mention.end_char, anchor.start_char)
    between = text[lo:hi]
    ind = family(mention._.indicator) if mention._.indicator else "NONE"  # era variants share their weights
    kind = "N" if neg else "Q"
    f: Features = {
        f"kind={kind}": 1.0,
        f"dir={kind}{'A' if after else 'B'}": 1.0,
        "gap": min(len(between), 60) / 60,
        f"gapb={kind}{min(len(between), 20) // 2}": 1.0,
        f"commas={min(between.count(',') + between.count('，'), 3)}": 1.0,
        f"dun={min(between.count('、'), 2)}": 1.0,
        f"ind={ind}": 1.0,
        f"ind_dir={ind}|{'A' if after else 'B'}": 1.0,
        "link_p": float(mention._.indicator_prob or 0.0),
    }
    if "其中" in between:
        f["qizhong"] = 1.0
    if ":" in between or "：" in between:
        f["colon"] = 1.0
    n_anchor_between = sum(1 for a in anchors if a is not anchor and lo <= a.start_char < hi)
    n_mention_between = sum(1 for m in mentions if m is not mention and lo <= m.start_char and m.end_char <= hi)
    f[f"anch_between={min(n_anchor_between, 3)}"] = 1.0
    f[f"ment_between={min(n_mention_between, 3)}"] = 1.0
    # Is this the nearest mention on its side of the anchor, and the nearest anchor of the mention?
    f[f"nearest_m={n_mention_between == 0}"] = 1.0
    f[f"nearest_a={n_anchor_between == 0}"] = 1.0
    if not neg:
        unit = anchor._.unit or "NONE"
        f[f"unit={unit}"] = 1.0
        cat_ind = get_catalogue().get(mention._.indicator or "")
        if cat_ind is not None:
            f[f"fits={unit_fits(anchor._.unit, cat_ind.unit)}"] = 1.0
        if _SHARED_VALUE.search(text[max(0, anchor.start_char - 4): anchor.start_char]):
            f["shared_value"] = 1.0
        if anchor._.value == 0:
            f["zero"] = 1.0
    else:
        f[f"cue={anchor.text}"] = 1.0
    if len(between) <= 14:
        f.update(char_ngrams(f"B{kind}=", between, 2))
    else:
        f.update(char_ngrams(f"Bh{kind}=", between[:6], 1))
        f.update(char_ngrams(f"Bt{kind}=", between[-6:], 1))
    f.update(anchor_context(text, anchor.start_char, anchor.end_char) if context is None else context)
    f.update(char_ngrams("Lm=", text[max(0, mention.start_char - 4): mention.start_char], 1))
    return f


def anchor_context(text: str, start: int, end: int) -> Features:
    """The features of an anchor's surroundings, whatever mention it is paired with: the cues of its
    sentence, a category cue in its own clause, and the characters after it."""
    f: Features = {}
    s0, s1 = sentence_bounds(text, start)
    sentence = text[s0:s1]
    for cue in _SENTENCE_CUES:
        if cue in sentence:
            f[f"sent={cue}"] = 1.0
    # 类信息 cues a category's count (工作动态类信息38条) in the anchor's own clause, not the headline
    # count before its 其中; 各类信息 names all of them
    c0 = max((m.end() for m in _CLAUSE_END.finditer(text, s0, start)), default=s0)
    c1 = next((m.start() for m in _CLAUSE_END.finditer(text, end, s1)), s1)
    if "类信息" in text[c0:c1].replace("各类信息", ""):
        f["clause=类信息"] = 1.0
    f.update(char_ngrams("Ra=", text[end: end + 3], 1))
    return f


_LABEL_COLON = re.compile(r"\s*(?:[(（][^()（）\d]{0,40}(?:计\s*1\s*[条次件])?[)）])?\s*[:：]\s*")  # a note may stand before the colon
_NEG_LABEL = re.compile(r"(?:举报|投诉|申诉|情况|数量|数)?\s*[:：]\s*")  # 投诉|举报：无 (the label's last word unlinked)
_LABEL_END = re.compile(r"\s*(?:[。；;，,\n]|$)")


def labelled(text: str, anchor: Span, mention: Span) -> bool:
    """The count is the value of a label, the mention right before it and a colon between (a statistics
    table's row written as prose: 本年新收政府信息公开申请数量：47件；上年结转：3件), in a unit the indicator
    is counted in. A negation is a label's value too (投诉举报：无。)."""
    if not mention._.indicator:
        return False
    if anchor.label_ == "NEG":
        return (anchor.text in ("无", "没有") and mention.end_char <= anchor.start_char
                and bool(_NEG_LABEL.fullmatch(text[mention.end_char:anchor.start_char]))
                and bool(_LABEL_END.match(text, anchor.end_char)))
    if mention.end_char > anchor.start_char:
        return False
    cat_ind = get_catalogue().get(mention._.indicator)
    return (bool(_LABEL_COLON.fullmatch(text[mention.end_char:anchor.start_char]))
            and cat_ind is not None and unit_fits(anchor._.unit, cat_ind.unit))


_ADJACENT = re.compile(r"\s*(?:共|共计|合计|总计|为|达|计|有|达到|累计)?\s*")
# a mention that is a verb, what it counts after it (主动公开|各类信息3.6万余条, 解读|信息977条)
_VERB_END = ("公开", "发布", "推送", "更新", "解读")
_ADJACENT_AFTER_VERB = re.compile(r"\s*(?:(?:各类|各项|相关)?(?:政府|政务)?信息)?" + _ADJACENT.pattern)
# the kinds of what is counted, listed between the mention and its count (主动公开预决算、政府采购、政府债务等信息319条)
_SUMMING = r"\s*(?:共|共计|合计|总计|计|达)?\s*"
_KINDS_OF_ITEMS = re.compile(rf"[^,，;；:：。\d]{{0,40}}?等{KINDS_END}(?:信息|内容|事项)[)）]?{_SUMMING}")
# or given in a bracket after the mention (主动公开政府信息（含政策文件、规划计划等内容）共计4256条)
_ASIDE = re.compile(rf"\s*[(（][^()（）\d。;；]{{2,60}}[)）]{_SUMMING}")
ADJACENT_MIN = 0.8  # how sure the linker must be of a mention right before its count
KINDS_MIN = 0.5  # of the headline's mention before a list of kinds: the list says what the count is


_MADE_OR_DISCLOSED = re.compile(r"(?:公开|发布|制发|印发|制定|出台)了?$")


def family_prob(mention: Span) -> float:
    """How sure the linker is of the mention's indicator, its era variants summed (规范性文件: normative_docs,
    normative.issued, normative.published are one name; the report's era and clause pick the id)."""
    own = family(mention._.indicator)
    return max(float(mention._.indicator_prob or 0.0),
               sum(float(p) for ind, p in (mention._.candidates or ()) if family(ind) == own))


def adjacent(text: str, anchor: Span, mention: Span) -> bool:
    """The count follows the mention it measures with nothing but a word of summing between (制定并发布规范性文件7件,
    其他公开360条, 省政府门户网站主动发布各类信息共61642条), the linker sure of the mention and the unit its
    indicator's: the scorer, torn between that mention and one further off, must not lose the count."""
    if anchor.label_ == "NEG" or not mention._.indicator or mention.end_char > anchor.start_char:
        return False
    cat_ind = get_catalogue().get(mention._.indicator)
    between = text[mention.end_char:anchor.start_char]
    p = mention._.indicator_prob or 0.0
    if cat_ind is None or not unit_fits(anchor._.unit, cat_ind.unit):
        return False
    if _KINDS_OF_ITEMS.fullmatch(between) or _ASIDE.fullmatch(between):
        return p >= ADJACENT_MIN or p >= KINDS_MIN and mention._.indicator == "proactive.total"
    # what was made or disclosed, named right after its verb (公开规范性文件38件): the linker may be torn between
    # the era's ids of one name, sure of the name
    if _MADE_OR_DISCLOSED.search(text, max(0, mention.start_char - 4), mention.start_char):
        p = family_prob(mention)
    after_verb = text[mention.start_char:mention.end_char].endswith(_VERB_END)
    return p >= ADJACENT_MIN and bool((_ADJACENT_AFTER_VERB if after_verb else _ADJACENT).fullmatch(between))


_RESPECTIVELY = re.compile(r"分别|依次")
_PAUSE = re.compile(r"[,，;；:：。]")  # the values after 分别 may follow their measure's words (分别发布警情通报、防范提示等信息…)
_RUNNING = re.compile(r"累计|以来")  # but not a running total's (分别开通以来累计发布信息12000条和8000条)
_VALUE_END = re.compile(r"\s*(?:[、,，;；。和及与]|$)")
_LIST_SEP = re.compile(r"\s*[、,，和及与]\s*")
_ITEM_SEP = re.compile(r"[、,，和及与]")


def respectively(doc: Doc, reach: int = 6) -> list[tuple[Span, Span, float]]:
    """Values listed after 分别 (依次) measure the mentions listed before it, in order: 通过区政府门户网站、
    “城南之声”微信公众号分别发布74条、124条; 行政复议、行政诉讼分别为3件、2件. The mentions are the
    last list before 分别 (after any quantity of the sentence before it): mentions parted by 、 / 和 ...,
    not the measure named after the list (门户网站、微信公众号、政务微博发布信息数分别为…)."""
    text = doc.text
    quantities = sorted(doc.spans.get("quantities", []), key=lambda q: q.start_char)
    mentions = [m for m in doc.spans.get("mentions", []) if m._.indicator]
    out = []
    for cue in _RESPECTIVELY.finditer(text):
        values = [q for q in quantities if cue.end() <= q.start_char <= cue.end() + reach
                  or cue.end() <= q.start_char <= cue.end() + 30 and not _PAUSE.search(text, cue.end(), q.start_char)
                  and not _RUNNING.search(text, cue.end(), q.start_char)][:1]
        for q in quantities:
            if values and q.start_char >= values[-1].end_char:
                sep = text[values[-1].end_char:q.start_char]
                if not _LIST_SEP.fullmatch(sep) or ("," in sep or "，" in sep) and not _VALUE_END.match(text, q.end_char):
                    break  # …1,846条和693条，两个账号…: after a comma, a value stands alone (5,12,3件)
                values.append(q)
        if len(values) < 2:
            continue
        s0, _ = sentence_bounds(text, cue.start())
        after = max((q.end_char for q in quantities if s0 <= q.start_char and q.end_char <= cue.start()), default=s0)
        named = [m for m in mentions if after <= m.start_char and m.end_char <= cue.start()]
        while len(named) > len(values) and not _ITEM_SEP.search(text[named[-2].end_char:named[-1].start_char]):
            named = named[:-1]  # the measure after the list, not an item of it
        if len(named) >= len(values):
            out += [(q, m, 1.0) for q, m in zip(values, named[-len(values):])]
    return out


# after a negation cue that follows its list, only words that say nothing happened: it negates the list
# (行政复议、行政诉讼及投诉均未发生), not a thing named after it (…均未发生泄密事件)
_NEGATES_LIST = re.compile(r"\s*(?:发生|出现|收到|接到|产生|有)?过?(?:相关|此类|该类|上述)?的?(?:情况|案件|事项)?\s*(?:[。,，;；]|$)")
_LIST_JOIN = re.compile(r"\s*(?:[、/]|和|及|与|或|以及|或者)\s*")


def listed_with(text: str, mention: Span, mentions: Sequence[Span]) -> list[Span]:
    """The mentions listed with ``mention`` (joined by 、 / 和 / 及 / 与 / 或 / 以及 / 或者 / a slash, and nothing
    else), itself included:
    行政复议、行政诉讼和申诉 -> all three."""
    ordered = sorted((m for m in mentions if m._.indicator), key=lambda m: m.start_char)
    if mention not in ordered:
        return [mention]
    i = j = ordered.index(mention)
    while i > 0 and _LIST_JOIN.fullmatch(text[ordered[i - 1].end_char:ordered[i].start_char]):
        i -= 1
    while j + 1 < len(ordered) and _LIST_JOIN.fullmatch(text[ordered[j].end_char:ordered[j + 1].start_char]):
        j += 1
    return ordered[i:j + 1]


def reaches_list(text: str, anchor: Span, mention: Span) -> bool:
    """Whether a shared value or negation cue reaching ``mention`` reaches the mentions listed with it: a
    shared value always; a cue before its list always, after it only where the words after the cue
    say nothing happened (行政复议、行政诉讼及投诉均未发生, not …均未发生泄密事件)."""
    return (anchor.label_ != "NEG" or mention.start_char > anchor.start_char
            or bool(_NEGATES_LIST.match(text, anchor.end_char)))


def area_links(pairs: Sequence[tuple[Span, Span]], probs: Sequence[float], threshold: float,
               area_min: float) -> list[bool]:
    """Which pairs are links: those scored at or above ``threshold``, and an anchor's best pair scored
    at least ``area_min`` when the anchor's pairs with mentions of the same area (the id before its
    dot: proactive, request, review ...) reach ``threshold`` together. The model can be sure a count
    is of proactive disclosure and torn between the portal and the total named before it
    (通过政府网站主动公开政府信息7870条): the report rules then tell the channel."""
    area_p: dict[tuple[int, str], float] = {}
    best: dict[int, float] = {}
    for (a, m), p in zip(pairs, probs):
        if m._.indicator:
            key = (id(a), m._.indicator.split(".")[0])
            area_p[key] = area_p.get(key, 0.0) + p
            best[id(a)] = max(best.get(id(a), 0.0), p)
    return [p >= threshold or bool(m._.indicator) and p >= area_min and p == best[id(a)]
            and area_p[(id(a), m._.indicator.split(".")[0])] >= threshold
            for (a, m), p in zip(pairs, probs)]


def one_to_one(scored_by_anchor: list[list[tuple[float, Span, Span]]]) -> list[tuple[Span, Span, float]]:
    """The assignment of quantities to mentions, each used at most once, with the greatest total
    probability (Hungarian algorithm over the pairs above threshold)."""
    from scipy.optimize import linear_sum_assignment

    anchors = [scored[0][1] for scored in scored_by_anchor]
    mentions = list({id(m): m for scored in scored_by_anchor for _, _, m in scored}.values())
    if not anchors or not mentions:
        return []
    col = {id(m): j for j, m in enumerate(mentions)}
    prob = np.zeros((len(anchors), len(mentions)))
    for i, scored in enumerate(scored_by_anchor):
        for p, _, m in scored:
            prob[i, col[id(m)]] = max(prob[i, col[id(m)]], p)
    rows, cols = linear_sum_assignment(prob, maximize=True)
    return [(anchors[i], mentions[j], float(prob[i, j])) for i, j in zip(rows, cols) if prob[i, j] > 0]


@Language.factory("gaoie_relations", default_config={"threshold": 0.5, "area_min": 0.25, "max_distance": 60,
                                                     "C": 1.0})
def make_relations(nlp: Language, name: str, threshold: float, area_min: float, max_distance: int, C: float):
    return RelationExtractor(name, threshold=threshold, area_min=area_min, max_distance=max_distance, C=C)


class RelationExtractor:
    def __init__(self, name: str = "gaoie_relations", threshold: float = 0.5, area_min: float = 0.25,
                 max_distance: int = 60, C: float = 1.0):
        self.name = name
        self.threshold = threshold
        self.area_min = area_min
        self.max_distance = max_distance
        self.classifier = FeatureClassifier(C=C, class_weight=None)

    def features(self, doc: Doc) -> tuple[list[tuple[Span, Span]], list[Features]]:
        pairs = candidate_pairs(doc, self.max_distance)
        anchors = list(doc.spans.get("quantities", [])) + list(doc.spans.get("negations", []))
        mentions = list(doc.spans.get("mentions", []))
        text = doc.text
        context: dict[int, Features] = {}
        for a, _ in pairs:
            if id(a) not in context:
                context[id(a)] = anchor_context(text, a.start_char, a.end_char)
        return pairs, [pair_features(doc, a, m, anchors, mentions, context[id(a)], text) for a, m in pairs]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Score the candidate pairs of a batch of docs with one call of the classifier."""
        for batch in minibatch(docs, batch_size):
            per_doc = [self.features(doc) for doc in batch]
            feats = [f for _, fs in per_doc for f in fs]
            probs = []
            if feats and self.classifier.is_trained:
                probs = list(self.classifier.predict_proba(feats)[:, self.classifier.classes.index(1)])
            k = 0
            for doc, (pairs, _) in zip(batch, per_doc):
                scored = probs[k:k + len(pairs)]
                k += len(pairs)
                doc._.relations = self.decode(doc, pairs, scored) if scored else []
            yield from batch

    def decode(self, doc: Doc, pairs, probs) -> list[tuple[Span, Span, float]]:
        """Each quantity gets its best mention; an enumeration (2名专职人员及158名兼职人员) is read
        one to one: mentions are first assigned, each to one quantity, by the best total probability
        (:func:`one_to_one`), and only then may a quantity left over take its best mention though
        another quantity has it (a value per scope).
        A negation cue or a shared value (均为0件) keeps every indicator it reaches; values listed
        after 分别 go to the mentions listed before it, in order (:func:`respectively`)."""
        out = respectively(doc)
        fixed = {(a.start_char, a.end_char) for a, _, _ in out}
        text = doc.text
        probs = [max(p, self.threshold) if labelled(text, a, m) or adjacent(text, a, m) else p
                 for (a, m), p in zip(pairs, probs)]
        kept = area_links(pairs, probs, self.threshold, self.area_min)
        by_anchor: dict[int, list[tuple[float, Span, Span]]] = {}
        for (a, m), p, keep in zip(pairs, probs, kept):
            if keep and m._.indicator and (a.start_char, a.end_char) not in fixed:
                by_anchor.setdefault(id(a), []).append((float(p), a, m))
        single = []
        for scored in by_anchor.values():
            scored.sort(key=lambda x: -x[0])
            a = scored[0][1]
            if a.label_ == "NEG" and a.text == "零":  # 零复议、零诉讼: each 零 negates what it prefixes
                scored = [x for x in scored if x[2].start_char == a.end_char] or scored
            if a.label_ == "NEG" or _SHARED_VALUE.search(text[max(0, a.start_char - 4): a.start_char]):
                # every indicator it reaches, and those listed with the one it reaches surest (行政复议、行政诉讼
                # 和申诉均为0: the scorer is sure of 申诉 only, the nearest)
                p0, _, m0 = scored[0]
                listed = [(p0, a, m) for m in listed_with(text, m0, doc.spans.get("mentions", []))
                          if m is not m0] if reaches_list(text, a, m0) else []
                seen = set()
                for p, a, m in scored + listed:
                    if m._.indicator not in seen:
                        seen.add(m._.indicator)
                        out.append((a, m, p))
            else:
                single.append(scored)
        taken_anchor = set()
        for a, m, p in one_to_one(single):
            taken_anchor.add(id(a))
            out.append((a, m, p))
        for scored in single:
            p, a, m = scored[0]
            if id(a) not in taken_anchor:
                out.append((a, m, p))
        return sorted(out, key=lambda r: r[0].start_char)

    def fit(self, X: Iterable[Features], y: Iterable[int], sample_weight=None) -> None:
        self.classifier.fit(list(X), list(y), sample_weight)

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps({"threshold": self.threshold, "area_min": self.area_min,
                                                         "max_distance": self.max_distance}))
        if self.classifier.is_trained:
            self.classifier.to_disk(path / "model.pkl")

    def from_disk(self, path, exclude=tuple()):
        path = Path(path)
        cfg = json.loads((path / "cfg.json").read_text())
        self.threshold, self.max_distance = cfg["threshold"], cfg["max_distance"]
        self.area_min = cfg.get("area_min", self.area_min)
        if (path / "model.pkl").exists():
            self.classifier.from_disk(path / "model.pkl")
        return self
