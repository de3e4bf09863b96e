"""What every report rule reads with: the clause before a quantity, items listed after it, a fact stated by a
fixed construction, and the channels of proactive disclosure a clause names.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator


def clause_start(text: str, pos: int, stops: str = ",，;；。:：\n") -> int:
    """Where the clause (or, with ``stops`` 。 and a line end, the sentence) holding ``pos`` starts."""
    return max(text.rfind(c, 0, pos) for c in stops) + 1


def words_before(text: str, pos: int) -> str:
    """The words of the clause holding ``pos`` before it, back to a comma or a sentence's end (a colon does not
    end it: 其中：县政府本级…)."""
    return text[clause_start(text, pos, "，,；;。\n"):pos]


# The channels a clause can name for a count of proactive disclosure (GUIDELINES.md: the headline
# count is proactive.total even on a named channel; a channel count beside other counts is the channel's).
CHANNELS = {
    "proactive.website": re.compile(r"网站|门户|政府网|网页"),
    "proactive.weibo": re.compile(r"微博"),
    "proactive.wechat": re.compile(r"微信|公众号"),
    # GUIDELINES (Other named platforms): one fact per platform, other_channels
    "proactive.other_channels": re.compile(r"头条号|今日头条|抖音|南方号|视频号|快手|百家号|人民号|澎湃号|网易号|"
                                           r"强国号|学习强国"),
}
PROACTIVE_COUNTS = {"proactive.total", *CHANNELS}
_CLAUSE_START = re.compile(r"[,，;；:：。]|\d[\d.]*")  # a clause starts after punctuation or another number


def channels_named(clause: str) -> list[str]:
    return [ind for ind, pattern in CHANNELS.items() if pattern.search(clause)]


# Visits, views and followers of a channel are no items disclosed on it (网站总访问量超1亿次)
NOT_ITEMS = re.compile(r"访问|浏览|点击|阅读量|阅读数|粉丝|关注量|关注数|关注人数|订阅|转发|评论|留言")
# the year's part of a running total (累计公开846条,其中本年度…214条)
YEARS_PART = re.compile(r"(?:其中|含)[^。;；]{0,6}?(?:本年度?|当年|今年|新增|\d{4}年)")
REQUEST_WORDS = re.compile(r"依申请公开|申请公开|公开申请")  # a request for disclosure (政府信息公开申请 too)
WAYS = re.compile(r"渠道|途径|方式|媒体|平台|形式")  # 通过网站、《政报》等渠道: several channels


_ITEM_SEP = re.compile(r"\s*[；;，,、]")


def listed_items(text: str, pos: int | None, item: re.Pattern) -> Iterator[re.Match]:
    """The items ``item`` matches one after another from ``pos``, parted by ；，、 (其中:维持5宗;纠正2宗;…)."""
    while pos is not None and (m := item.match(text, pos)):
        yield m
        sep = _ITEM_SEP.match(text, m.end())
        pos = sep.end() if sep else None


def stated_fact(indicator: str, unit: str, q, at: int, mention: tuple[int, int, str]) -> dict[str, Any]:
    """A fact a report rule reads: the quantity ``q`` found in the text from offset ``at``, and its mention."""
    from ..components import prose_fact

    a0 = at + q.start
    return prose_fact(indicator, q.value, unit, q.approx, False, None, (a0, a0 + len(q.text), q.text), mention)


def fact_of_match(indicator: str, unit: str, m: re.Match, q) -> dict[str, Any]:
    """A stated fact: the quantity ``q`` found in group ``q`` of ``m``, its mention group ``m``."""
    return stated_fact(indicator, unit, q, m.start("q"), (m.start("m"), m.end("m"), m.group("m")))


def matched_counts(text: str, pattern: re.Pattern, indicator: str, unit: str) -> Iterator[dict[str, Any]]:
    """Facts of ``indicator`` wherever ``pattern`` finds a mention (group ``m``) and one quantity (group ``q``), the
    pattern's words alone saying what is counted (no channel checks, unlike :func:`stated_counts`)."""
    from ...quantities import find_quantities

    for m in pattern.finditer(text):
        qs = find_quantities(m.group("q"))
        if len(qs) == 1:
            yield fact_of_match(indicator, unit, m, qs[0])


def stated_counts(text: str, pattern: re.Pattern, indicator: str, unit: str, skip: re.Pattern | None = None,
                  keep: Callable[[re.Match], bool] | None = None) -> Iterator[dict[str, Any]]:
    """Facts of ``indicator`` where ``pattern`` finds a channel's name (group ``m``) and its count (group ``q``,
    in the indicator's ``unit``) in one clause whose words name no other channel (nor match ``skip``), and
    which ``keep``, if given, keeps."""
    from ...quantities import find_quantities, to_unit

    for m in pattern.finditer(text):
        words = text[clause_start(text, m.start()):m.start("q")]
        qs = find_quantities(text[m.start("q"):m.end("q")])
        if (len(qs) != 1 or set(channels_named(words)) - {indicator} or NOT_ITEMS.search(words)
                or WAYS.search(words) or skip is not None and skip.search(words) or keep is not None and not keep(m)):
            continue
        value = to_unit(qs[0].value, qs[0].unit, unit)  # 3940元 in 万元
        if value is not None:
            yield {**fact_of_match(indicator, unit, m, qs[0]), "value": value}


_PART_OF = re.compile(r"其中|含|包括")  # what follows is a part of the count before it (or in its brackets)


def part_of(between: str) -> bool:
    """The words between a count and a later one make the later a part of it: 其中, 含, 包括, or a bracket
    opened after the count and still open (2514条(含…1273条); not 2514条(同比增长12%),…300条)."""
    opened = between.count("(") + between.count("（") - between.count(")") - between.count("）")
    return bool(_PART_OF.search(between)) or opened > 0


# after 其中, or in brackets right after the total (共收到申请1,608件（区政府本级312件、区政府部门1,161件、街道镇135件）)
# (a clause may come between: 8,437条，较上年的6,215条增长35.8%，其中…)
_IN_CLAUSE = r"(?:[^。;；,，]|(?<=\d),(?=\d{3}))"  # a clause's character, or a comma grouping thousands
_COMPARISON = r"(?:较|比|同比|环比|增长|下降|减少|增加|占|倍|上年|去年)"
PARTS_START = re.compile(rf"\s*[,，]?\s*(?:(?:(?={_IN_CLAUSE}{{0,20}}?{_COMPARISON}){_IN_CLAUSE}{{0,24}}|[^。;；,，\d]{{0,12}})"
                         r"[,，。]\s*)?其中\s*[:：,，]?|\s*[(（]\s*(?:其中\s*[:：]?)?")
# the words between 等 and what a list of kinds counts (预决算、政府采购等各类政府信息): the list is of kinds, no channels
KINDS_END = r"(?:各类|各项|相关|方面)?的?(?:政府|政务)?"
OWN_LEVEL = "本级"  # the body's own level, beside its area (区政府本级…，全区各单位…)
# a clause naming a scope: a level, or a government as its subject
SCOPE = re.compile(r"[省市县区乡镇]级|本级|[省市县区]直|各[市县区乡镇]|各街道|全[省市县区镇乡]|"
                   r"(?:^|其中)[\s,，:：]*(?:[省市县区旗]|自治区)政府(?!门户|网站|网|信息|公报|文件|主要|领导|负责)")  # 省政府本年新收…


def clause_before(sentence: str, anchor_start: int) -> str:
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, anchor_start)]
    return sentence[starts[-1] if starts else 0: anchor_start]


# the words of a plan, no count of the year (力争实现零投诉, 下一步…各培训1名信息员)
PLANNED = re.compile(r"力争|努力|确保|争取|下一步|将|计划|打算")
# the words that make a count a plan in its own clause (计划开展培训2次, 拟出台3件), not a plan's name or a kind of
# information (大气污染防治行动计划, 规划计划类信息12条)
_PLAN_CLAUSE = re.compile(r"(?:(?<=[年局委办府镇乡区县市我还并再将另])|^)计划(?=[于在将再开举组召出制完新增建推实印发全])|"
                          r"拟(?=[出开举召组建发印])|下一步|力争|打算")  # 拟定: drafted, done; 争取…经费: secured
_YEAR = re.compile(r"(20\d\d)\s*年")
# a plan that goes on over commas, said where its sentence starts (下一步，县政府办将再举办…2期; not 为做好今后的…工作)
_PLAN_SENTENCE = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.]|[(（]?[一二三四五六七八九十\d]+[)）.、])?\s*(?:下一步|今后|明年)")
_CARRIED = re.compile(r"转|延期|顺延|继续办理")  # 结转2023年度继续办理2件, 延期至2021年答复: of the report's year
_EARLIER = re.compile(r"(?:较|比)\s*(20\d\d)\s*年")  # 较2024年的213条: the count of a year before


_TARGET = re.compile(r"(?:不少于|至少|不低于)\s*$")  # 每年组织培训不少于2次: a target, not a count of the year


def planned(text: str, fact: dict[str, Any], year: int | None) -> bool:
    """Whether ``fact`` is planned, not done: its clause (up to a comma) has a word of a plan or names a later
    year than the report's (2019年计划开展…培训2次 in the report of 2018), or its sentence speaks of next year
    (下一步，…将再举办业务培训班2期)."""
    pos = fact["start"]
    seg = words_before(text, pos)
    return (bool(_PLAN_CLAUSE.search(seg)) or bool(_TARGET.search(seg))
            or bool(_PLAN_SENTENCE.match(text, clause_start(text, pos, "。；;\n"), pos))
            or bool(year) and not _CARRIED.search(seg) and any(int(y) > year for y in _YEAR.findall(seg)))


def earlier_year(text: str, fact: dict[str, Any], year: int | None) -> bool:
    """Whether ``fact`` counts an earlier year's, named in its clause to compare with (全年发布信息较2024年的213条
    有所减少 in the report of 2025); the licensing items' change and last year's items are stated so (比2019年减少3项)."""
    return (bool(year) and fact["indicator"] not in ("license.items_change", "license.items_prev")
            and any(int(y) < year for y in _EARLIER.findall(words_before(text, fact["start"]))))


SCOPE_PART = "scope part"  # the clause of a fact found by scope_parts: one value of several, by level
