"""Section headings, and the zero a bare negation under one states.

Older reports and small bodies answer a section of the national outline with a sentence that
names nothing: "五、因政府信息公开申请行政复议、提起行政诉讼的情况 / 我镇2016年度无申请。" or "无。".
The sentence-level pipeline cannot link that negation (the indicators are in the heading, a line
above), so this rule does (FACTS.md, zero by negation): the heading names the indicators, the
negation is the evidence.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from ..catalogue import get_catalogue
from .components import NEG_CUE, in_a_word, prose_fact
from .rules.base import REQUEST_WORDS

# An outline heading, on its own line or run into its first sentence: 五、……情况 / (三)……情况
HEADING = re.compile(r"(?m)(?:^|(?<=[\s。]))[ \t　]*((?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))"
                     r"[^\n。；;，,:：\d]{2,60}?情况)[\s:：。]*")
# The first sentence under it, when it is a bare negation: no number but a year, nothing named but
# the request or "this kind of case" (所有申请均未超期 negates something else).
# a whole sentence: 无。 / 我镇2016年度无申请。 / 2016年度，本局没有发生此类情况。 (a time before a comma)
_CLAUSE = re.compile(r"(?:\s*(?:\d{4}\s*年度?|本年度|本年|全年|今年|年内|报告期内)[^。；;，,\n\d]{0,6}[，,])?"
                     r"[^。；;，,\n]{1,40}(?=[。；;\n]|$)")
_BARE_ZERO = re.compile(r"\s*(?:均为|均|为)?\s*(?:0|零)\s*(?:件|起|宗|次|元)?\s*")
_YEARS = re.compile(r"\d{4}\s*年度?|\d{1,2}月\d{1,2}日")
_OWN_WORDS = re.compile(r"复议|诉讼|申诉|投诉|举报|收费|费用|咨询|公开|信息|网站|培训|解读|发布|结转|超期|逾期|答复|办理|办结")
# What a heading names -> the indicator its bare negation denies (an 依申请 heading: the requests).
_NAMED = (
    ("review.total", re.compile(r"行政复议|复议")),
    ("litigation.total", re.compile(r"行政诉讼|诉讼")),
    ("complaints.total", re.compile(r"申诉|投诉|举报")),
    ("request.fees", re.compile(r"收费|收取费用")),
)


# a sub-heading of one outcome (1.依申请公开不予公开情况 / 无。): its 无 denies the outcome, not the requests; not an
# outcome joined to the requests as the heading's second topic (依申请公开政府信息和不予公开政府信息情况)
_AN_OUTCOME = re.compile(r"(?<![和及与])(?:不予公开|不存在|延期|答复|办理结果|办结|部分公开|同意公开|不属于)")


def heading_indicators(heading: str) -> list[tuple[str, int, int]]:
    """(indicator, start, end of the word that names it) for the indicators a heading names. A request
    heading names the requests only when it names no review, lawsuit, complaint or fee."""
    named = []
    for ind, pattern in _NAMED:
        m = pattern.search(heading)
        if m:
            named.append((ind, m.start(), m.end()))
    if not named:
        m = REQUEST_WORDS.search(heading)
        if m:
            named.append(("request.received", m.start(), m.end()))
    return named


def heading_negations(text: str) -> Iterator[dict[str, Any]]:
    """Zero facts (the fact dicts of ``gaoie_facts``, offsets into ``text``) for headings whose first
    clause is a bare negation: 无。 / 本年度未发生此类情况 / 我镇2016年度无申请."""
    for m in HEADING.finditer(text):
        clause = _CLAUSE.match(text, m.end())
        if clause is None:
            continue
        body = clause.group()
        zero = _BARE_ZERO.fullmatch(body)  # 行政复议和行政诉讼情况：0件。
        cue = re.search(r"0|零", body) if zero else NEG_CUE.search(body)
        if not zero and (cue is None or in_a_word(body, cue.end()) or re.search(r"\d", _YEARS.sub("", body))
                         or _OWN_WORDS.search(body)):
            continue
        h0 = m.start(1)
        for ind, s, e in heading_indicators(m.group(1)):
            if ind == "request.fees" and "申请" in body:  # 无申请 under the fees heading: no fee is stated
                continue
            if ind == "request.received" and "申请" not in body and _AN_OUTCOME.search(m.group(1)):
                continue
            yield prose_fact(ind, 0.0, get_catalogue()[ind].unit, False, True, 0.5,
                             (clause.start() + cue.start(), clause.start() + cue.end(), cue.group()),
                             (h0 + s, h0 + e, text[h0 + s:h0 + e]))
