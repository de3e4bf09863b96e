"""Zeros (FACTS rule 2): negations that state no zero, 零 before what it negates, and fees (negated, or
stated under their 2021 name).
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from ..components import in_a_word
from .base import PLANNED, clause_start, stated_counts, words_before


# a cue in brackets belongs to a name (取消(无)婚姻登记记录证明); a cue in a statement of rights is no report of
# the year (公民…认为本机关未依法履行政府信息公开义务的,可以向…举报); negating the forms of interpretation
# (没有通过新闻媒体、新闻发布会、网络访谈等形式…进行解读) zeroes the forms named as such, not interpretations
# nor channels (GUIDELINES)
_RIGHTS = re.compile(r"认为[^。]*(?:未|没有)[^。]*的[,，]?[^。]*(?:可以|可向|有权)")
_FORMS = re.compile(r"形式[^。]{0,30}解读")


_WAIVED = re.compile(r"\s*(?:减免|免除|免收|退还|退回)")
_FEES_NEGATED = re.compile(r"[^。；;，,、和及与]{0,14}?(?:收取|收费)")


_RESULTS = ("request.result_total", "request.closed", "request.answered")
_NOT_NONE = re.compile(r"[^，,；;。]{0,4}?(?:单独|专门|另行|独立)")  # 未单独召开, 未开设独立的政务微博
_CONCERNS = re.compile(r"\s*(?:涉及|发生泄露|发生泄密|泄露|泄密|予以?公开)")  # 未予公开: refused, no zero of it
_MADE_UP_LATER = re.compile(r"已[^，,；;。]{0,6}?(?:补充)?公开|补充公开")
_NO_CHANGE = re.compile(r"\s*(?:变化|变动|调整|增减)")  # 收费项目无变化: no change, no zero
_LATE = re.compile(r"[^。；;，,]{0,4}?(?:超期|逾期|超时|延期|超过期限|超出期限)")


_FEE_ITEMS = re.compile(r"[^，,;；。]{0,4}?(?:行政事业性?收费)?(?:项目|事项)")


def not_a_zero(fact: dict[str, Any], sentence: str) -> bool:
    """A zero of ``sentence`` (offsets into it), negated or a word (均为零), that states no zero."""
    if fact["value"] != 0:
        return False
    s, e = fact["start"], fact["end"]
    if fact["negated"] and (sentence[s - 1:s] in ("(", "（") and sentence[e:e + 1] in (")", "）") or _RIGHTS.search(sentence)
                            or in_a_word(sentence, e)):
        return True
    if fact["negated"] and fact["indicator"] == "request.fees" and (_FEES_AS_CAUSE.match(sentence, e)
                                                                   or _WAIVED.match(sentence, e)):
        return True  # 没有因收费问题引发的投诉: fees are the cause of what is negated; 未减免任何费用: no fee waived
    if fact["negated"] and _MADE_UP_LATER.search(sentence, e):
        return True  # 未公开规范性文件已全部补充公开: not disclosed at first, disclosed since
    if fact["negated"] and (_NOT_NONE.match(sentence, e) or _NO_CHANGE.match(sentence, e)
                            or fact["indicator"].startswith("request.refused") and _CONCERNS.match(sentence, e)):
        return True  # 未单独召开新闻发布会: none of its own, maybe some with others; 均未涉及国家秘密: of what was published
    if fact["negated"] and fact["indicator"] == "fees.amount" and _FEE_ITEMS.match(sentence, e):
        return True  # 我局无行政事业性收费项目: no fee items, no sum of fees stated (GUIDELINES, stop 23)
    if fact["negated"] and fact["indicator"] in _RESULTS and _LATE.match(sentence, e):
        return True  # 未发生超期答复情况: no answer was late, not none was given
    if (fact["negated"] and fact["indicator"].startswith("request.") and fact["indicator"] != "request.fees"
            and _FEES_NEGATED.match(sentence, e)):
        return True  # 均未收取依申请公开费用: the fees are negated, not the requests named in their words (未发生收费、
        # 行政复议… negates each item of its list)
    return (fact["indicator"] == "interpret.policy_interpretations" or fact["indicator"].startswith("proactive.")) and bool(
        _FORMS.search(sentence))


_FEE_STATED = re.compile(r"(?P<m>信息处理费|(?:检索|复制|邮寄|打印)(?:[、和及]?(?:检索|复制|邮寄|打印))*等?费用?)"
                         r"[^,，;；。:：\d]{0,6}?(?P<q>\d[\d,.]*\s*(?:万元|千元|元))")
# 复制费每页0.5元: a rate; 减免检索复制费300元, 支出邮寄费86元, 经费…用于打印费: waived, or the body's own costs
_RATE = re.compile(r"每|单价")
_NOT_TAKEN = re.compile(r"减免|免收|免除|免费|支出|承担|用于|经费|开支")


def fee_counts(text: str) -> Iterator[dict[str, Any]]:
    """The fee for disclosure on request stated with its amount, under its 2021 name, 信息处理费, or the names of what it
    paid for (全年收取政府信息公开信息处理费3940元 -> 0.394 万元; 依申请公开共收取检索复制费2,100元): GUIDELINES,
    `request.fees`; a rate per page, a fee waived and the body's own costs (支出邮寄费86元) are none."""
    return stated_counts(text, _FEE_STATED, "request.fees", "万元",
                         keep=lambda m: not (_RATE.search(m.string, clause_start(m.string, m.start()), m.end())
                                             or _NOT_TAKEN.search(m.string, clause_start(m.string, m.start(), "。；;\n"),
                                                                  m.end())))


def fees_not_taken(fact: dict[str, Any], clause: str) -> bool:
    """A sum of fees waived, or of the body's own costs (减免检索、复制、邮寄等费用120元; 支出邮寄费86元), in the clause before
    it: no fee taken (request.fees are the fees collected)."""
    return fact["indicator"] == "request.fees" and not fact["negated"] and bool(_NOT_TAKEN.search(clause))


# the administrative fees of the 第二十条 table, in prose (行政事业性收费项目23个，收费金额1.27亿元): no disclosure fees
_DISCLOSURE_FEES = re.compile(r"依申请|信息处理费|检索|复制|邮寄")


def administrative_fees(fact: dict[str, Any], text: str) -> str:
    """A sum of fees in a sentence about administrative fees (行政事业性收费): fees.amount, not request.fees."""
    if fact["indicator"] != "request.fees" or fact["negated"]:
        return fact["indicator"]
    found = _ADMINISTRATIVE_FEES.search(text, clause_start(text, fact["start"], "。；;\n"), fact["start"])
    # not 严格执行行政事业性收费有关规定，全年依申请…收取信息处理费1200元: the disclosure fees named after it
    return ("fees.amount" if found and not _DISCLOSURE_FEES.search(text, found.end(), fact["start"])
            else fact["indicator"])


# FACTS rule 2: 零 before what it negates (零复议、零诉讼、零投诉) is a zero of each (GUIDELINES, stop 17). A rule, not a
# negation cue of the mention finder: the shipped pipeline was trained without it
_CAMPAIGN = re.compile(r"[”\"」]?\s*(?:窗口|活动|创建|单位|示范|品牌)")
_ZERO_PREFIX = re.compile(r"零(?P<m>复议|诉讼|投诉|举报|申诉|收费)")
_ZERO_PREFIXED = {"复议": "review.total", "诉讼": "litigation.total", "投诉": "complaints.total", "举报": "complaints.total",
                  "申诉": "complaints.total", "收费": "request.fees"}


def zero_prefixed(text: str) -> Iterator[dict[str, Any]]:
    from ...catalogue import get_catalogue
    from ..components import prose_fact

    cat = get_catalogue()
    for m in _ZERO_PREFIX.finditer(text):
        if PLANNED.search(words_before(text, m.start())) or _CAMPAIGN.match(text, m.end()):
            continue  # 力争实现零投诉: a plan, no zero of the year; “零投诉”窗口创建活动: a campaign's name
        indicator = _ZERO_PREFIXED[m.group("m")]
        yield prose_fact(indicator, 0.0, cat[indicator].unit, False, True, None, (m.start(), m.start() + 1, "零"),
                         (m.start("m"), m.end("m"), m.group("m")))


# GUIDELINES, FACTS rule 2: a sentence that negates fees charged (未发生政府信息公开的收费情况, 没有向申请人收取任何费用,
# 收费：无) gives them 0; administrative fees (行政事业性收费) are fees.amount, another indicator. Work that does not
# involve fees (工作内容不涉及有关收费) says nothing of them (the adjudicated gold of a seed)
_NO_FEES = re.compile(r"(?P<cue>没有|无|未|不(?=收取|收费)|均未|并未|从未)(?:发生|产生|存在|出现|向[^。；;，,]{0,8}?)?"
                      r"[^。；;，,\d]{0,14}?(?P<m>收费|收取[^。；;，,\d]{0,16}?费)"
                      r"|(?P<m2>收费|收取费用|处理费)[^。；;，,\d]{0,10}?[:：]?\s*(?:情况)?(?:均)?(?P<cue2>无|为零|为0(?![\d.]))(?!偿|变化|变动|调整)")
_ADMINISTRATIVE_FEES = re.compile(r"行政事业")
_FEE_NOTICE = re.compile(r"按|缴|逾期")  # 逾期未按收费通知要求缴纳费用: a fee notice not followed, no fees negated
# fees as the cause of what is negated (没有因政府信息公开收费问题引发的投诉: a complaint, not fees)
_FEES_AS_CAUSE = re.compile(r"[^。；;，,]{0,6}?因[^。；;，,]{0,14}?(?:收费|收取[^。；;，,]{0,6}?费)[^。；;，,]{0,6}?(?:引发|引起|产生|导致|而)")
_THE_LAW = re.compile(r"条例|规定")  # 根据《条例》规定,行政机关依申请提供政府信息,不收取费用: the law's words, not the body's


def fee_negations(text: str) -> Iterator[dict[str, Any]]:
    """Fees charged for disclosure on request, negated in their sentence: request.fees 0 (fees.amount where
    the fees are administrative ones). The evidence is the negation cue."""
    from ..components import prose_fact

    for m in _NO_FEES.finditer(text):
        s = clause_start(text, m.start(), "。；;\n")
        if (_FEE_NOTICE.search(m.group()) or (m.group("cue") == "不" and _THE_LAW.search(text, s, m.start()))
                or m.group("cue") and in_a_word(text, m.end("cue"))
                or m.group("cue") and _FEES_AS_CAUSE.match(text, m.end("cue"))):
            continue
        cue, name = ("cue", "m") if m.group("cue") else ("cue2", "m2")
        indicator = "fees.amount" if _ADMINISTRATIVE_FEES.search(text, s, m.end()) else "request.fees"
        if indicator == "fees.amount" and _FEE_ITEMS.match(text, m.end(name)):
            continue  # 我局无行政事业性收费项目: no fee items, no sum stated (GUIDELINES, stop 23)
        yield prose_fact(indicator, 0.0, "万元", False, True, None, (m.start(cue), m.end(cue), m.group(cue)),
                         (m.start(name), m.end(name), m.group(name)))


# GUIDELINES (无上年结转申请 -> 0): the same with the year first (上年无结转, 上年度也无结转申请): no request carried over
_LEFT_OVER = r"(?P<cue>无|没有)(?:结转(?:的)?(?:申请|件)?|遗留(?:的)?(?:申请|件))(?![\d一二三四五六七八九十])"  # not 无遗留问题
_NONE_CARRIED = re.compile(r"(?P<m>上(?:一)?年(?:度)?)(?:也|均)?" + _LEFT_OVER)


# and none left at the year's end (年末无结转, 年底没有结转的申请): no request carried forward
_NONE_LEFT = re.compile(r"(?P<m>年末|年底|年终)(?:也|均)?" + _LEFT_OVER)


def none_carried_over(text: str) -> Iterator[dict[str, Any]]:
    from ..components import prose_fact

    for pattern, indicator in ((_NONE_CARRIED, "request.carried_over"), (_NONE_LEFT, "request.carried_forward")):
        for m in pattern.finditer(text):
            yield prose_fact(indicator, 0.0, "件", False, True, None, (m.start("cue"), m.end("cue"), m.group("cue")),
                             (m.start("m"), m.end(), m.group()))
