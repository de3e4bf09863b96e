"""The mention lexicon: catalogue names and aliases, plus mention texts learned from annotations.

It proposes indicator-mention candidates (beside the trained NER) and gives the linker a
prior for each mention text. Matching is one compiled alternation, longest names first.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from ..catalogue import get_catalogue

# Short generic words that name an indicator only in context (the NER and linker decide).
GENERIC = {"答复", "办结", "其他", "收费", "网站", "投诉", "举报", "诉讼", "复议", "培训", "咨询", "兼职", "专职",
           "政府公报", "工作人员", "规范性文件", "结果维持", "结果纠正", "其他结果", "尚未审结", "其他处理"}
# Phrases of prose that name indicators and are not in the catalogue's aliases.
PROSE_TERMS = {
    "request.received": ["政府信息公开申请", "依申请公开", "信息公开申请", "申请公开", "公开申请", "申请", "受理"],
    "proactive.total": ["主动公开政府信息", "主动公开信息", "主动公开各类信息", "公开政府信息", "各类信息", "发布信息",
                        "公开信息", "更新信息"],
    "proactive.website": ["门户网站", "政府网站", "网站发布", "政务外网", "信息公开网", "政府网", "网上公开"],
    "proactive.weibo": ["政务微博", "官方微博", "微博"],
    "proactive.wechat": ["政务微信", "微信公众号", "微信"],
    "proactive.gazette_items": ["政府公报"],
    "proactive.other_channels": ["今日头条", "头条号", "抖音", "快手", "视频号", "南方号", "公开栏", "档案馆", "揭示板",
                                 "媒体刊登", "主流媒体", "其它方式"],
    "interpret.press_conferences": ["新闻发布会", "发布会"],
    "interpret.policy_interpretations": ["政策解读", "解读"],
    "interpret.hot_responses": ["回应社会关切", "回应关切", "舆情"],
    "review.total": ["行政复议"],
    "litigation.total": ["行政诉讼"],
    "complaints.total": ["申诉", "申述", "举报", "投诉"],
    "consult.total": ["咨询"],
    "request.granted": ["予以公开", "同意公开"],
    "request.partial": ["部分公开"],
    "request.refused": ["不予公开"],
    "request.unavailable": ["无法提供"],
    "request.not_processed": ["不予处理"],
    "request.result_total": ["办结"],
    "request.carried_over": ["上年结转", "上年度结转", "接办上年"],
    "request.carried_forward": ["结转下年度", "转下一年", "转下年度", "结转至下年", "结转下年", "下年度结转", "结转到下年度"],
    "capacity.trainings": ["培训班", "培训"],
    "capacity.reading_visits": ["查阅"],
    "capacity.trainees": ["参训", "培训人员"],
    "capacity.staff": ["专兼职工作人员", "专兼职", "政府信息公开工作人员", "信息公开工作人员"],
    "capacity.staff_full_time": ["专职", "全职"],
    "capacity.staff_part_time": ["兼职"],
    "request.fees": ["收取费用", "收费", "费用"],
    "fees.amount": ["行政事业性收费", "行政事业收费"],
    "request.received_online": ["网上申请", "网络申请", "在线申请", "网络形式申请"],
    "request.received_mail": ["信函申请", "邮寄申请", "信函形式申请", "来信申请"],
    "request.received_in_person": ["当面申请", "现场申请"],
    "request.received_fax": ["传真申请"],
    "rules.issued": ["规章", "新制定规章", "制发规章"],
    "normative.issued": ["新制定行政规范性文件", "新制定规范性文件", "新制发行政规范性文件", "新制发规范性文件"],
    "normative.valid": ["现行有效的行政规范性文件", "现行有效规范性文件", "继续有效的行政规范性文件"],
}


@lru_cache(maxsize=1)
def seed_terms() -> frozenset[str]:
    """The catalogue's names and aliases and the prose terms."""
    terms = {name for ind in get_catalogue() for name in ind.names}
    return frozenset(terms | {t for ts in PROSE_TERMS.values() for t in ts})


class Lexicon:
    """Mention text -> counts of the indicator ids it named."""

    def __init__(self, entries: dict[str, Counter] | None = None):
        self.entries: dict[str, Counter] = defaultdict(Counter)
        for text, ids in (entries or {}).items():
            self.entries[text].update(ids)
        self._pattern: re.Pattern | None = None

    @classmethod
    def from_catalogue(cls) -> "Lexicon":
        lex = cls()
        for ind in get_catalogue():
            for name in ind.names:
                lex.add(name, ind.id)
        for ind_id, terms in PROSE_TERMS.items():
            for term in terms:
                lex.add(term, ind_id)
        return lex

    def add(self, text: str, indicator: str, count: int = 1) -> None:
        text = text.strip()
        if 2 <= len(text) <= 30:
            self.entries[text][indicator] += count
            self._pattern = None

    def update(self, pairs: Iterable[tuple[str, str]]) -> None:
        for text, ind in pairs:
            self.add(text, ind)

    def prior(self, text: str) -> Counter:
        return self.entries.get(text, Counter())

    @property
    def pattern(self) -> re.Pattern:
        """Every name that proposes a mention: the catalogue's and the prose terms, and learned
        mention texts of three characters or more (a learned 公开 or 办理 names nothing alone)."""
        if self._pattern is None:
            seeded = seed_terms()
            names = sorted((t for t in self.entries if len(t) >= 3 or t in seeded), key=len, reverse=True)
            self._pattern = re.compile("|".join(map(re.escape, names))) if names else re.compile(r"(?!)")
        return self._pattern

    def find(self, text: str) -> list[tuple[int, int]]:
        """Non-overlapping matches, longest first at each position."""
        return [(m.start(), m.end()) for m in self.pattern.finditer(text)]

    def to_dict(self) -> dict[str, dict[str, int]]:
        return {k: dict(v) for k, v in self.entries.items()}

    @classmethod
    def from_dict(cls, data: dict[str, dict[str, int]]) -> "Lexicon":
        return cls({k: Counter(v) for k, v in data.items()})
