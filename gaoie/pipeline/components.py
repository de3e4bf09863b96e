"""spaCy components of the gaoie pipeline, in pipeline order.

    gaoie_quantities -> ner -> gaoie_mentions -> gaoie_linker -> gaoie_relations -> gaoie_facts

- ``gaoie_quantities``: the number grammar (:mod:`gaoie.quantities`) as spans in
  ``doc.spans["quantities"]`` with ``._.value``, ``._.unit`` and ``._.approx``.
- ``ner`` (spaCy's, trained): INDICATOR mentions and NEG negation cues.
- ``gaoie_mentions``: the NER's mentions joined with the lexicon's and the negation rules'
  (rule-assisted: recall from rules, precision from the trained scorers after it).
- ``gaoie_linker``: each mention -> a catalogue id (:mod:`.linker`).
- ``gaoie_relations``: quantity/cue -> mention pairs scored (:mod:`.relations`).
- ``gaoie_facts``: the linked pairs as facts in ``doc._.facts``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..quantities import find_quantities

for _name, _default in (("value", None), ("unit", None), ("approx", False), ("indicator", None),
                        ("indicator_prob", 0.0), ("candidates", None)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)
for _name in ("relations", "facts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Negation cues: 没有收到申请, 未发生行政复议, 无行政诉讼, 均未, 零.
NEG_CUE = re.compile(r"均没有|均未|没有|暂不存在|并未|未曾|尚未(?!审结)|未|无(?!法|关|论|偿|纸|线|不(?!予)|缝|私|人机|正当)|零(?=[起件次条例])")
# a cue that is part of a word: 未经 (未经复议直接起诉 names a lawsuit), 未来, 无力 (无力运维), 无误, 无死角, 无障碍, 无需;
# or of a place: 无锡, 无棣, 无极, 无为县
_IN_A_WORD = re.compile(r"(?<=未)(?:经|来)|(?<=无)(?:力|误|死角|障碍|需|限|锡|棣|极|为[县市区])")


def in_a_word(text: str, cue_end: int) -> bool:
    """Whether the negation cue ending at ``cue_end`` is part of a word or a place's name (未经, 无锡), no negation."""
    return bool(_IN_A_WORD.match(text, cue_end))


# the cues as the shipped pipeline was trained with them (无正当理由 was one): training reads with these, so that
# training/ makes the shipped pipeline byte for byte; reading uses NEG_CUE
TRAINED_NEG_CUE = re.compile(r"均没有|均未|没有|暂不存在|并未|未曾|尚未(?!审结)|未|无(?!法|关|论|偿|纸|线|不(?!予)|缝|私|人机)|"
                             r"零(?=[起件次条例])")


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def clear_of(doc: Doc, mention: Span, quantities: list[Span]) -> Span | None:
    """A mention the NER ran into a quantity that goes on after it (主动公开政府信息逾9|400条) ends where the
    quantity starts (none is left if it starts there); a quantity wholly inside a mention is part of its name
    (属于四类过程性信息)."""
    cut = min((q.start_char for q in quantities if mention.start_char <= q.start_char < mention.end_char < q.end_char
               or q.start_char < mention.start_char < q.end_char), default=None)
    if cut is None:
        return mention
    if cut <= mention.start_char:
        return None
    return doc.char_span(mention.start_char, cut, label=mention.label_, alignment_mode="contract")


_QUALIFIER = re.compile(r"^(?:政府信息公开|政务信息公开|信息公开|政务公开)(?:工作)?")  # 政府信息公开|举报投诉数量


def to_official_name(doc: Doc, mention: Span) -> Span:
    """A mention the NER ran one or two characters past a catalogue name of one indicator (专项经费投|入5万元) ends
    with the name (:func:`gaoie.pipeline.linker.official_names`), and one that is the work's name before a catalogue
    name (政府信息公开举报投诉数量) is the name; a mention that is a name, or holds more, stays."""
    from .linker import official_names

    text = mention.text
    names = official_names()
    if text in names:
        return mention
    qualified = _QUALIFIER.match(text)
    if qualified and text[qualified.end():] in names:
        return doc.char_span(mention.start_char + qualified.end(), mention.end_char, label=mention.label_,
                             alignment_mode="contract") or mention
    inside = max((n for n in names if text.startswith(n) and len(text) - len(n) <= 2), key=len, default=None)
    if inside is None:
        return mention
    return doc.char_span(mention.start_char, mention.start_char + len(inside), label=mention.label_,
                         alignment_mode="contract") or mention


# 涉及国家秘密、…及法律法规规定的其他情形: one of several reasons, the outcome's (GUIDELINES); not after a counted part
# (其中涉及国家秘密1件、法律法规规定的其他情形2件)
_LISTED_AFTER = set("、和及与或")
_COUNTED = re.compile(r"\d\s*[件项个次]$")


def whole_official_names(doc: Doc, mentions: dict[tuple[int, int], Span]) -> dict[tuple[int, int], Span]:
    """A catalogue name of one indicator that the NER cut short or into pieces (法律法规规定的|其他情形|; 申请人无正当理由
    逾期不补正|、行政机关不再处理其|政府信息公开申请|) is one mention: the name's span replaces the mentions inside it,
    where none reaches outside it and none is a catalogue name itself; not the last of a list of reasons."""
    from .linker import official_names, official_pattern

    names = official_names()
    out = dict(mentions)
    text = doc.text  # read once: spaCy joins the tokens at each read
    for m in official_pattern().finditer(text):
        s, e = m.span()
        if e - s < 8 or (s, e) in out:
            continue
        inside = [k for k in out if s <= k[0] and k[1] <= e]
        crossing = any(k[0] < e and s < k[1] and k not in inside for k in out)
        listed = text[s - 1:s] in _LISTED_AFTER and not _COUNTED.search(text, max(0, s - 8), s - 1)
        # a name inside a longer one (专项经费 in 政府信息公开专项经费) or one long part is mention enough
        enough = any(out[k].text in names for k in inside) or len(inside) == 1 and len(out[inside[0]].text) > 4
        if not inside or crossing or listed or enough:
            continue
        span = doc.char_span(s, e, label="INDICATOR", alignment_mode="contract")
        if span is not None:
            for k in inside:
                del out[k]
            out[(s, e)] = span
    return out


@Language.component("gaoie_quantities")
def quantity_ruler(doc: Doc) -> Doc:
    spans = []
    for q in find_quantities(doc.text):
        span = char_span(doc, q.start, q.end, "QUANTITY")
        if span is None:
            continue
        span._.value, span._.unit, span._.approx = q.value, q.unit, q.approx
        spans.append(span)
    doc.spans["quantities"] = spans
    return doc


@Language.factory("gaoie_mentions", default_config={"use_lexicon": True, "use_rules": True})
def make_mentions(nlp: Language, name: str, use_lexicon: bool, use_rules: bool):
    return MentionMerger(use_lexicon, use_rules)


class MentionMerger:
    """INDICATOR and NEG spans from the NER, the lexicon and the negation rules, merged. ``reading`` (the default):
    with the repairs found after the shipped pipeline was trained (a mention cut where a count starts, :func:`clear_of`;
    无正当理由 no cue); training switches them off (:func:`gaoie.train.annotate_docs`), as the training texts go
    without the reading repairs of :func:`gaoie.normalize.normalize`, so that training/ remakes the shipped pipeline."""

    def __init__(self, use_lexicon: bool = True, use_rules: bool = True):
        self.use_lexicon = use_lexicon
        self.use_rules = use_rules
        self.lexicon = None  # set by the linker at load time (shared lexicon)
        self.reading = True

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents  # computed from the tokens at each access: read once
        quantities = list(doc.spans.get("quantities", []))
        quantity_chars = set()
        for q in quantities:
            quantity_chars.update(range(q.start_char, q.end_char))
        mentions = {}
        for e in ents:
            if e.label_ == "INDICATOR" and (e := clear_of(doc, e, quantities) if self.reading else e) is not None:
                e = to_official_name(doc, e) if self.reading else e
                mentions[(e.start_char, e.end_char)] = e
        if self.reading:
            mentions = whole_official_names(doc, mentions)
        negs = {(e.start_char, e.end_char): e for e in ents if e.label_ == "NEG"}
        if self.use_lexicon and self.lexicon is not None:
            taken = set()
            for s, e in mentions:
                taken.update(range(s, e))
            for s, e in self.lexicon.find(doc.text):
                if taken.isdisjoint(range(s, e)):
                    span = char_span(doc, s, e, "INDICATOR")
                    if span is not None:
                        mentions[(s, e)] = span
        if self.use_rules:
            for m in (NEG_CUE if self.reading else TRAINED_NEG_CUE).finditer(doc.text):
                if m.start() not in quantity_chars and (m.start(), m.end()) not in negs:
                    span = char_span(doc, m.start(), m.end(), "NEG")
                    if span is not None:
                        negs[(m.start(), m.end())] = span
        doc.spans["mentions"] = sorted(mentions.values(), key=lambda s: s.start_char)
        doc.spans["negations"] = sorted(negs.values(), key=lambda s: s.start_char)
        return doc


@Language.component("gaoie_facts")
def assemble_facts(doc: Doc) -> Doc:
    """Linked (anchor, mention) pairs as fact dicts (character offsets into ``doc.text``)."""
    from ..catalogue import get_catalogue
    from ..quantities import to_unit

    cat = get_catalogue()
    facts = []
    for anchor, mention, prob in doc._.relations or []:
        ind = cat.get(mention._.indicator or "")
        if ind is None:
            continue
        negated = anchor.label_ == "NEG"
        value = 0.0 if negated else to_unit(anchor._.value, anchor._.unit, ind.unit)
        if value is None:
            continue
        facts.append(prose_fact(ind.id, value, ind.unit, bool(anchor._.approx) and not negated, negated,
                                round(float(prob), 4), (anchor.start_char, anchor.end_char, anchor.text),
                                (mention.start_char, mention.end_char, mention.text)))
    doc._.facts = facts
    return doc


def prose_fact(indicator: str, value: float, unit: str, approx: bool, negated: bool, score: float,
               anchor: tuple[int, int, str], mention: tuple[int, int, str]) -> dict:
    """A prose fact as the pipeline passes it on: anchor and mention as (start, end, text)."""
    return {"indicator": indicator, "value": value, "unit": unit, "approx": approx, "source": "prose",
            "start": anchor[0], "end": anchor[1], "text": anchor[2], "applicant": None, "negated": negated,
            "score": score, "mention": {"start": mention[0], "end": mention[1], "text": mention[2]}}
