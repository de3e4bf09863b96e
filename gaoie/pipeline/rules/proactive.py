"""Proactive disclosure (GUIDELINES.md, mapping and headline): which channel a count is on, whether it is
the headline, what is no count of the year (running totals, visits, another body's portal), and the counts
stated on the gazette, boards and new-media accounts.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Sequence

from .base import (CHANNELS, KINDS_END, NOT_ITEMS, OWN_LEVEL, PROACTIVE_COUNTS, SCOPE, SCOPE_PART, WAYS, YEARS_PART,
                   channels_named, clause_before, clause_start, fact_of_match, part_of, stated_counts, words_before)
from .scopes import names_a_level


_LISTED = re.compile(r"[、和及与]|微信微博|微博微信")
# 信息公开平台, 政府网站平台: the portal; 预决算、政府债务等信息: the kinds of what is counted, no channels
_MIXED = re.compile(rf"等(?!{KINDS_END}(?:信息|内容|事项|文件))|各种|多种|各类渠道|渠道|(?<!公开)(?<!网站)平台|媒体")


_OTHER_WAYS = re.compile(r"等其[他它](?:渠道|途径|方式|形式)")
_ALL_WAYS = re.compile(r"网络|互联网|各种|多种|各类|新闻媒体")


def other_ways(fact: dict[str, Any], clause: str) -> str:
    """A count on the other ways, none of them a channel of the catalogue (通过县广播电视台、《融水苗乡》报等其他渠道公开
    信息620余条): proactive.other_channels; with the accounts named (官方微信微博等其他途径) it stays a mixed count."""
    if (fact["indicator"] == "proactive.total" and _OTHER_WAYS.search(clause) and not channels_named(clause)
            and not _ALL_WAYS.search(clause)):
        return "proactive.other_channels"
    return fact["indicator"]


def mixed_channels(fact: dict[str, Any], clause: str) -> bool:
    """A count over several channels together: a count whose clause lists several channels
    (通过微博、微信发送消息2600余条, 官方微信微博等其他途径…18390条), or on the new-media accounts as a
    whole (通过各类政务新媒体共发布政府信息44845条); listed with the portal or a column it is the headline."""
    if fact["indicator"] not in PROACTIVE_COUNTS or "分别" in clause or "依次" in clause:  # 网站、微信分别发布74条、124条: one each
        return False
    if CHANNELS["proactive.website"].search(clause):  # with a board listed too (通过镇政务公开栏、县政府门户网站…)
        named = len(channels_named(clause)) + bool(re.search(_BOARD, clause))
        return fact["indicator"] in CHANNELS and named > 1 and bool(_LISTED.search(clause))
    if "新媒体" in clause and not _LISTED.search(clause):  # the new-media accounts alone (with 专栏和… a headline)
        return True
    return len(channels_named(clause)) > 1 and bool(_LISTED.search(clause))


_PORTAL = re.compile(r"门户网站|政府网站|政府网")
_MEDIA_AT_LARGE = re.compile(r"新媒体|其他|其它|媒体|客户端|途径|平台")


def over_portal_and_accounts(clause: str) -> bool:
    """A count over the body's portal and its named accounts together (在县政府门户网站和“桃江教育”微信公众号共发布信息
    2100余条): the headline (GUIDELINES), where the scorer took it for one account's; not over media at large."""
    return bool(_PORTAL.search(clause)) and not _MEDIA_AT_LARGE.search(clause)


# GUIDELINES (Not the body's own output): in a department's report (我局, 本委 ...), a count whose subject is a government's
# portal or a group of sites (区政府门户网站全年发布信息1.3万余条, 全市政府网站群共发布…4.7万余条) is the portal's, not the body's;
# the department's own on that portal (依托区政府门户网站“部门信息公开”专栏…, 我局在县政府网站…) is its own
_DEPARTMENT = re.compile(r"我局|本局|我委|本委|我厅|本厅")
_GOVERNMENT_PORTAL = re.compile(r"(?:[省市县区旗]|人民)政府(?:门户)?网站?|政府网站群|各[^，,;；。]{0,8}网站")
_PART_END = re.compile(r"[。；;\n]")
_OWN_CHANNEL = re.compile(r"微信|微博|公众号|抖音|头条|公开栏|视频号")
_OWN_USE = re.compile(rf"通过|依托|在|利用|借助|向|于|其中|本单位|本部门|{_DEPARTMENT.pattern}|专栏|栏目|部门信息|[:：]")


def other_bodys_portal(fact: dict[str, Any], clause: str, text: str) -> bool:
    """In a department's report, a count whose sentence, up to it, names a government's portal and not the department
    or its use of the portal (区政府门户网站全年发布信息1.3万余条): the portal's whole count."""
    if fact["indicator"] not in ("proactive.website", "proactive.total") or not _DEPARTMENT.search(text):
        return False
    s0 = clause_start(text, fact["start"], "。\n")
    end = _PART_END.search(text, fact["end"])
    return (bool(_GOVERNMENT_PORTAL.search(clause)) and not _OWN_USE.search(text, s0, fact["start"])
            and not _OWN_CHANNEL.search(text, s0, end.start() if end else len(text)))  # 县政府网站公开80条，微信公众号
    # 公开6条: the body's own, by channel


# columns or sections of a site (新增“政策解读”等栏目8个) are no count of what they are named after
_COLUMNS = re.compile(r"栏目|专栏|板块|频道")


def columns_opened(fact: dict[str, Any], clause: str) -> bool:
    """A count of columns (开设“政策解读”专栏3个), no count of what a column is named after; capacity counts may be."""
    return (not fact["indicator"].startswith("capacity.") and fact.get("text", "").rstrip().endswith("个")
            and bool(_COLUMNS.search(clause)))


# the information a body made or obtained is no count of what it disclosed (共制作政府信息3021条,其中主动公开信息1027条)
_PRODUCED = re.compile(r"制作|获取")


# GUIDELINES: 累计 since an earlier year (历年累计, 自2008年以来) or up to no date (截至目前) is no count of the
# year; nor is a running total followed by the year's own part (累计公开846条,其中本年度…214条).
_RUNNING = re.compile(r"累计")
_SINCE = re.compile(r"截[至止]目前|历年|(?<![今本]年)(?<!年初)以来|(?<!年初)至今|[自从](\d{4})年(?!1月1日)")


_OPENED_BEFORE = re.compile(r"(\d{4})\s*年[^，,。；;]{0,12}?(?:开通|上线|创建|开设|注册)")
_SO_FAR = re.compile(r"已|至今|以来|累计")
_THIS_YEAR = re.compile(r"全年|本年|今年|年内|当年")


def of_this_year(words: str, year: int | None) -> bool:
    """The words say the count is the year's (全年, 本年度, or the report's year written out: 2020年共发布…)."""
    return bool(_THIS_YEAR.search(words)) or year is not None and f"{int(year)}年" in words.replace(" ", "")


def running_total(fact: dict[str, Any], before: str, after: str, year: int | None = None) -> bool:
    """``before``: its sentence up to the quantity; ``after``: the rest of the sentence; ``year``: the
    report's (自2018年1月至12月累计 in a report of 2018 is the year's count)."""
    clause = clause_before(before, len(before))
    opened = [int(m.group(1)) for m in _OPENED_BEFORE.finditer(before)]
    if (fact["indicator"] in PROACTIVE_COUNTS and opened and year and min(opened) < int(year) and _SO_FAR.search(clause)
            and not of_this_year(clause, year)):
        return True  # an account opened years ago, its posts so far (于2014年3月开通，已推送信息600多条)
    if not _RUNNING.search(clause):
        return False
    since = [m for m in _SINCE.finditer(before[-40:]) if not (m.group(1) and year and int(m.group(1)) >= year)]
    if fact["indicator"] not in PROACTIVE_COUNTS:  # 自2008年以来，全省累计召开政府新闻发布会6,300余场: since a year named
        return any(m.group(1) for m in since)
    return bool(since or YEARS_PART.search(after[:30]))


_TO_BE_DISCLOSED = re.compile(r"拟(?:公开|发布)")
_INSPECTED = re.compile(r"检查|督查|巡查|抽查|通报|考核|测评")
_TIMES = re.compile(r"(?<![条件篇份则])次$")
_POSTED_VERB = re.compile(r"发布|公开|推送|更新|刊登|刊发|播发|发送|张贴|公示")


def not_items(fact: dict[str, Any], clause: str) -> bool:
    """Visits, information made, or accounts (政务新媒体账号3个（微信公众号2个、微博1个）) counted on a channel: no items."""
    if fact["indicator"] not in PROACTIVE_COUNTS:
        return False
    return bool(NOT_ITEMS.search(clause) or (fact["indicator"] == "proactive.total" and _PRODUCED.search(clause))
                or fact.get("text", "").rstrip().endswith("个")
                or _TIMES.search(fact.get("text", "").rstrip()) is not None and (  # 开展政府网站专项检查4次, 在…
                    _INSPECTED.search(clause) is not None or not _POSTED_VERB.search(clause))  # 媒体开展政策宣传23次
                or bool(_TO_BE_DISCLOSED.search(clause)))  # 审核拟公开信息600余条: checked before disclosure


_CATEGORY = re.compile(r"(?<!各)类(?:政府)?信息")
_PROACTIVE_CLASS = re.compile(r"(?<!其他)(?<!其它)主动公开类")  # 其中主动公开类信息1200条: the class, the headline


def category_part(fact: dict[str, Any], clause: str, text: str) -> bool:
    """A count of one category in a list of categories after 其中 is no headline, though its name says
    主动公开 (其中:工作动态类信息38条;…;其他主动公开类信息4条): GUIDELINES, one series among several."""
    if fact["indicator"] != "proactive.total" or not _CATEGORY.search(clause) or _PROACTIVE_CLASS.search(clause):
        return False
    s = clause_start(text, fact["start"], "。\n")
    return "其中" in text[s:fact["start"]]


# GUIDELINES (stop 23): documents marked for disclosure as they are issued (公文公开属性源头认定: 发文312件，主动公开273件，
# 依申请公开19件) are documents by their disclosure attribute, no items disclosed in the year
_DOCUMENTS_ISSUED = re.compile(r"(?:发文|公文|制发文件|印发文件)(?:[^。；;，,\d]{0,8}?\d+\s*件|中)")  # 发文387件, 印发公文中
_BY_ATTRIBUTE = re.compile(r"(?:主动|依申请|不予|部分|不)公开(?:的)?(?:公文|文件)?\s*(?:为|有|共)?\s*$")


def documents_by_attribute(fact: dict[str, Any], clause: str, text: str) -> bool:
    """A count in 件 of the documents issued, by how they are to be disclosed (主动公开273件, 依申请公开19件,
    不予公开261件 after 发文387件): no proactive count, and no requests."""
    if not (fact["indicator"] in PROACTIVE_COUNTS or fact["indicator"].startswith("request.")) or not (
            fact.get("text", "").rstrip().endswith("件") and _BY_ATTRIBUTE.search(clause)):
        return False
    issued = _DOCUMENTS_ISSUED.search(text, clause_start(text, fact["start"], "。；;\n"), fact["start"])
    return issued is not None and "申请" not in text[issued.end():fact["start"]].replace("依申请公开", "")


_GAZETTE = re.compile(r"公报|政报")


_GAZETTE_ISSUES_BEFORE = re.compile(r"(?:公报|政报)》?[^,，;；。]{0,6}?(?:\d+|[一二三四五六七八九十]+)\s*期\s*[,，;；]?\s*$")


def gazette_items(fact: dict[str, Any], clause: str, text: str) -> bool:
    """A count of items disclosed in the gazette, not on the portal nor the headline: its clause names the
    gazette and no other channel (公报刊登规章、规范性文件等143件; with the portal, a board or 等渠道 it is
    the headline: GUIDELINES), or the clause before it counts the gazette's issues and its own names no
    channel, no scope and no 主动公开 (发行《政报》12期,发布政府信息662条)."""
    if fact["indicator"] not in PROACTIVE_COUNTS or clause in ("", SCOPE_PART):
        return False
    if _GAZETTE.search(clause):
        return not (channels_named(clause) or WAYS.search(clause) or _OTHER_CHANNEL_WORD.search(clause))
    if channels_named(clause) or _OTHER_CHANNEL_WORD.search(clause) or SCOPE.search(clause) or "主动" in clause:
        return False
    return bool(_GAZETTE_ISSUES_BEFORE.search(text[clause_start(text, fact["start"] - len(clause), "。\n"):
                                            fact["start"] - len(clause)]))


_PRINTS = r"(?:刊登|刊载|刊发|登载|发布|公开)[^,，;；。:：\d]{0,30}?(?P<q>\d[\d,.]*\s*(?:件|条|份|篇))"
# the government's gazette by name, no statistics or news 公报
_GAZETTE_NAME = r"(?P<m>(?<!统计)(?<!新闻)(?<!环境)(?:政府)?(?:公报|政报)》?)"
_GAZETTE_PRINTED = re.compile(_GAZETTE_NAME + r"[^,，;；。:：\d]{0,8}?" + _PRINTS)
# its issues first (编印《…公报》24期,刊登…公文316件; 《…公报》全年出刊12期,刊登…共计87件)
_GAZETTE_ISSUES_THEN_PRINTED = re.compile(_GAZETTE_NAME + r"[^,，;；。:：\d]{0,8}?\d+\s*期\s*[,，]\s*(?:全年|共|累计)?" + _PRINTS)
_GAZETTE_ISSUES = re.compile(_GAZETTE_NAME + r"(?:(?!较|增加|减少|比|第)[^,，;；。:：\d]){0,8}?(?<!第)(?P<q>\d+\s*期)")


def gazette_counts(text: str) -> Iterator[dict[str, Any]]:
    """Items printed in the gazette, stated where its name and a verb of printing or disclosing come before the
    count in one clause (政府公报全年刊登市政府规章、规范性文件及其他重要文件186件) or right after its issues
    (编印《…公报》24期,刊登…公文316件), and its issues (编发《…公报》6期): the scorer, seeing the list
    between, is unsure of them. With the portal or a board in the clause (公报和门户网站…) it is no gazette count."""
    yield from stated_counts(text, _GAZETTE_PRINTED, "proactive.gazette_items", "条", _OTHER_CHANNEL_WORD)
    yield from stated_counts(text, _GAZETTE_ISSUES_THEN_PRINTED, "proactive.gazette_items", "条", _OTHER_CHANNEL_WORD)
    yield from stated_counts(text, _GAZETTE_ISSUES, "proactive.gazette_issues", "期", _OTHER_CHANNEL_WORD)


_BOARD = r"(?:(?:公开|公告|公示|宣传|信息)栏(?!目)|显示屏|电子屏|触摸屏|广播|报纸|电视)"  # 公开栏目: a column of the portal
_OTHER_CHANNEL_WORD = re.compile(_BOARD + r"|网|客户端|新媒体|公众号")
_BOARD_COUNT = re.compile(rf"(?P<m>{_BOARD})[^,，;；。:：\d]{{0,30}}?(?:公开|公布|张贴|公示|发布|播放|刊登)"
                          r"[^,，;；。:：\d]{0,30}?(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*(?:条|份|篇|则))")
# several ways together (等载体), or the villages' and residents' own boards, posted as the body guided them
# (指导各村通过村务公开栏公示...630余条): GUIDELINES, not the body's own output
_NOT_OWN_BOARD = re.compile(r"载体|网|公报|政报|村务|居务|村\(居\)务|党务|村级|指导")


def board_counts(text: str) -> Iterator[dict[str, Any]]:
    """Items posted on boards, screens, radio, papers or TV, stated where one of them and a verb of posting
    come before the count in one clause (在乡镇卫生院和村卫生室公开栏公布药品价格、收费标准等信息120条):
    GUIDELINES, other channels. Beside the portal, Weibo or WeChat in the clause it is a mixed count, left out."""
    return stated_counts(text, _BOARD_COUNT, "proactive.other_channels", "条", _NOT_OWN_BOARD)


_POSTED = (r"(?:于?\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?[^,，;；。:：\d]{0,30}?"
           r"(?:[,，]\s*(?:全年|截至年底|截至年末|已|共)?)?(?:发布|公开|推送|更新|发送|新增|刊发|编发|推出)[^,，;；。:：\d]{0,20}?"
           r"(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*(?:条|篇|则))")  # 开通政务视频号,发布短视频90余条: the verb may follow a comma,
# and the month it opened come first (微信公众号于2020年2月开通，全年推送信息183条)
# several ways together (微博、微信等渠道, 各类新媒体; a list of contents, 疫情防控等信息, is no list of channels), or
# interpretations posted on an account (微信公众号刊发解读报道13篇: interpret's count, not the channel's)
_NOT_ONE_ACCOUNT = re.compile(r"等(?:渠道|平台|途径|方式|新媒体|媒体|载体)|各种|多种|各类|渠道|途径|新媒体|解读")


# an account's name, a verb of posting and its count, per channel but the portal (a portal count may be the headline:
# the scorer and reconcile_channels read it)
_ACCOUNT_POSTS = {indicator: re.compile(rf"(?P<m>{name.pattern}){_POSTED}")
                  for indicator, name in CHANNELS.items() if indicator != "proactive.website"}


_OPENED_IN = re.compile(r"(\d{4})\s*年\s*\d{1,2}\s*月")


def new_media_counts(text: str, year: int | None = None) -> Iterator[dict[str, Any]]:
    """Items posted on one new-media account, stated where its name and a verb of posting come before the
    count in one clause (“某市自然资源”官方微信号公开信息962篇; 南方号公开信息407篇): its channel's count
    (GUIDELINES: Weibo, WeChat, one fact per other platform). A clause naming several is a mixed count; an account
    opened in a year before the report's (``year``) counts since then (于2014年3月开通，已推送信息600多条), unless the
    count says it is the year's (全年推送信息183条)."""
    def this_year(m: re.Match) -> bool:
        opened = _OPENED_IN.search(m.group())
        return (opened is None or year is None or int(opened.group(1)) == int(year)
                or of_this_year(m.group()[opened.end():], year))  # 于2018年2月开通，全年推送信息183条

    for indicator, posts in _ACCOUNT_POSTS.items():
        name = CHANNELS[indicator]
        for f in stated_counts(text, posts, indicator, "条", _NOT_ONE_ACCOUNT, keep=this_year):
            named = list(name.finditer(text, clause_start(text, f["mention"]["start"]), f["start"]))
            if len({m.group() for k, m in enumerate(named) if k == 0 or named[k - 1].end() != m.start()}) == 1:
                yield f  # one account (微信公众号 is one name), not 头条号、抖音


_COUNT_FIRST = re.compile(r"(?P<m>(?:全年|共计?|合计|总计)(?:主动)?(?:发布|公开|推送|更新)了?)(?:各类|相关)?"
                          r"(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*(?:条|件|篇))(?:主动公开的?|各类|政府|政务)?信息")
_NOT_HEADLINE = re.compile(r"其中|含|包括|累计|栏目|专栏|指导|转发|转载")


def counted_first(text: str) -> Iterator[dict[str, Any]]:
    """The headline count of the year written before what it counts, on no named channel (全年发布612条政务信息,
    2022年共发布215件主动公开信息): proactive.total; a category (共公开56条财政预决算信息), a part (其中发布3条信息), a
    series (按季度发布了64条信息) or a running total is none."""
    return stated_counts(text, _COUNT_FIRST, "proactive.total", "条", _NOT_HEADLINE)


_NORMATIVE_PART = re.compile(r"(?:主动)?公开[^。；;\d]{0,20}?\d[\d,.]*\s*(?:万|余|多)*\s*条[^。；;]{0,20}?"
                             r"(?P<m>(?:其中|包括|含)[:：]?\s*(?:主动公开的?)?(?:行政)?规范性文件(?:类)?(?:信息)?)"
                             r"\s*(?:共|为)?\s*(?P<q>\d+\s*(?:件|条|份))")


_SINCE_OR_RUNNING = re.compile(r"累计|以来|历年|至今")  # 自2008年以来累计…,其中规范性文件120件: no count of the year


def normative_part(text: str) -> Iterator[dict[str, Any]]:
    """The normative documents among the year's disclosures, named after 其中 in the sentence of the headline count
    (全年主动公开政府信息243条,其中规范性文件2件): GUIDELINES, proactive.normative_docs before 2019 (the report's
    era names it: :func:`gaoie.catalogue.era_id`)."""
    return stated_counts(text, _NORMATIVE_PART, "proactive.normative_docs", "件", _SINCE_OR_RUNNING)


_CHANNEL_CLAUSE = re.compile(r"\s*(?:通过|依托|利用|借助)")  # a clause that names its own channel first


# a channel as its sentence's subject (县政府网站作为政府信息公开的第一平台，…), not work on it (加强政府网站建设，…)
_CHANNEL_AS_SUBJECT = re.compile(r"\s*(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）])?\s*[^，,；;。\d、]{0,10}?"
                                 r"(?:网站|门户网站|政府网|微博|微信公众号)\s*(?:作为|是)")


def count_channel(text: str, fact: dict[str, Any], clause: str) -> str | None:
    """The one channel a proactive count is on: named in its clause (:func:`clause_channel`), or, where its clause
    names none, the subject of its sentence, with no other number before the count (县政府网站作为政府信息公开的第一平台，
    全年发布信息2700余条)."""
    named = clause_channel(clause)
    if named is not None or fact["indicator"] not in PROACTIVE_COUNTS or channels_named(clause) or _MIXED.search(clause):
        return named
    before = text[clause_start(text, fact["start"], "。；;\n"):fact["start"]]
    subject = _CHANNEL_AS_SUBJECT.match(before)
    named = channels_named(subject.group()) if subject and not re.search(r"\d", before) else []
    return named[0] if len(named) == 1 else None


def part_after(between: str) -> bool:
    """The words between a proactive count and a later one in its sentence make the later its part (:func:`part_of`),
    unless the parts' list ended at ； and the later count's clause names its own channel first (…其中工作动态512条，
    通知公告376条；通过微信公众号发布信息430条: a sibling channel)."""
    return (part_of(between) and not re.search(r"[。\n]", between)  # a part stands in the count's sentence
            and not _CHANNEL_CLAUSE.match(re.split(r"[；;]", between)[-1]))


def clause_channel(clause: str) -> str | None:
    """The one channel the clause before a quantity names (通过区门户网站主动公开信息8466条 -> website),
    or None if it names none, several, or an aggregate (通过网站、微博等渠道)."""
    if _MIXED.search(clause):
        return None
    named = channels_named(clause)
    return named[0] if len(named) == 1 else None


def reconcile_channels(facts: list[tuple[dict[str, Any], str | None]], text: str = "",
                       running: Sequence[dict[str, Any]] = ()) -> None:
    """The headline rule over a report's proactive counts, in place. ``facts``: (fact dict, channel
    its clause names), offsets into ``text``; ``running``: the running totals of the report (no facts of
    the year). A count linked to the total on a named channel, with no parts of its own after it (其中…门户网站
    发布359条,其他子网站发布2544条: the headline), is that channel's count when the report states another total
    (not its own part: 其中县政府本级604条; nor its area's beside the body's own), a running total in its sentence
    (累计公开846条,其中本年度在门户网站公开214条; 在区政府网站主动公开信息20条,历年累计345条), or another channel's count
    beside it (not its part: 其中, 含, in brackets); a website count that is the report's only proactive count is its total
    (区政府网站发布各类信息3690条)."""
    counts = [(f, ch) for f, ch in facts if f["indicator"] in PROACTIVE_COUNTS and not f["negated"]]
    # the gazette's items are a channel's count too (县政府公报发布信息96条), in the sentence of a portal count (not
    # another body's gazette reprinted on the portal: 将市政府公报刊发的文件45件转载至门户网站)
    gazette = [(f, None) for f, _ in facts if f["indicator"] == "proactive.gazette_items" and not f["negated"]
               and not re.search(r"转载|转发", text[clause_start(text, f["start"], "。；;\n"):f["end"]])]
    anchors = {(f["start"], f["value"]) for f, _ in counts}

    def same_sentence(f, g) -> bool:
        return not re.search(r"[。；;\n]", text[min(f["end"], g["end"]):max(f["start"], g["start"])])

    def own_part(f, g) -> bool:  # g is a smaller count after f, in f's sentence, after 其中, 含 or in brackets
        between = text[f["end"]:g["start"]]
        return g["start"] >= f["end"] and g["value"] < f["value"] and part_after(between)

    def scopes_apart(f, g) -> bool:  # the body's own count (区政府本级…) and its area's (全区各单位…)
        own, area = [words_before(text, x["start"]) for x in ((f, g) if OWN_LEVEL in words_before(text, f["start"])
                                                                  else (g, f))]
        return OWN_LEVEL in own and OWN_LEVEL not in area and bool(SCOPE.search(area))

    def level_part(f, g) -> bool:  # 其中区政府本级公开2147条，…各镇、街道公开2494条: a part by level names no channel
        words = words_before(text, g["start"])
        return own_part(f, g) and names_a_level(words) and not channels_named(words) and "子站" not in words

    def has_parts(f) -> bool:  # parts by channel or site (其中县政府门户网站发布359条,其他子网站发布2544条)
        return any(own_part(f, g) and not level_part(f, g) for g, _ in counts if g is not f)

    def another_total(f) -> bool:  # not its own part, nor another scope's count beside the body's own
        return any(g["indicator"] == "proactive.total" and g["value"] != f["value"] and not own_part(f, g)
                   and not scopes_apart(f, g) for g, _ in counts)

    def sibling_channel(f) -> bool:
        return any(g["indicator"] != "proactive.total" and g is not f and g["value"] != f["value"]
                   and (g["start"] < f["start"] or not part_after(text[f["end"]:g["start"]])) for g, _ in counts) or any(
            same_sentence(f, g) and g["start"] > f["end"] and not part_after(text[f["end"]:g["start"]]) for g, _ in gazette)

    def running_beside(f) -> bool:
        return any(not re.search(r"[。；;\n]", text[min(f["end"], r["end"]):max(f["start"], r["start"])]) for r in running)

    for f, ch in counts:
        if ch is None:
            continue
        if f["indicator"] == "proactive.total" and ch != "proactive.website":  # a Weibo or WeChat count is no headline
            f["indicator"] = ch
        elif f["indicator"] == "proactive.total" and not has_parts(f) and (
                another_total(f) or sibling_channel(f) or running_beside(f)
                or other_channels_beside(text, f["start"], f["end"])):
            f["indicator"] = ch
            for g, _ in counts:  # its parts by level are the channel's too
                if g is not f and g["indicator"] == "proactive.total" and level_part(f, g):
                    g["indicator"] = ch
        elif (f["indicator"] == ch == "proactive.website" and len(anchors) == 1 and not running_beside(f)
              and not other_channels_beside(text, f["start"], f["end"])
              and not any(same_sentence(f, g) for g, _ in gazette)):
            f["indicator"] = "proactive.total"


_OTHER_CHANNEL_COUNT = re.compile(r"(?:微博|微信|公众号|新媒体|其他途径|其他渠道|客户端|头条|抖音|视频号)[^。；;，,\d]{0,20}?"
                                  r"\d[\d,.]*\s*(?:万|余|多)?\s*条")


def other_channels_beside(text: str, start: int, end: int) -> bool:
    """The sentence of a portal count also counts items on other channels, not as its parts (其中):
    我区通过区门户网站主动公开信息8466条,官方微信微博等其他途径主动发布信息18390条."""
    if not text:
        return False
    s = clause_start(text, start, "。\n")
    e = min(x for x in (text.find("。", end), text.find("\n", end), len(text)) if x >= 0)
    before = [m for m in _OTHER_CHANNEL_COUNT.finditer(text, s, start) if not NOT_ITEMS.search(m.group())]
    after = next((m for m in _OTHER_CHANNEL_COUNT.finditer(text, end, e) if not NOT_ITEMS.search(m.group())), None)
    return bool(before) or bool(after and not part_after(text[end:after.start()]))

# the year's part of a running total (自…以来累计主动公开政府信息5623条，其中2009年公开3120条): the year's count
_RUNNING_YEARS_PART = re.compile(r"(?:累计|以来)[^。；;]{0,40}?\d[\d,.]*\s*(?:万|余|多)*\s*条\s*[,，]?\s*其中\s*"
                         r"(?P<m>(?:本年度?|今年|(?P<y>\d{4})\s*年度?)(?:全年)?(?:共|共计)?(?:新增|新)?(?:主动)?(?:公开|发布|更新)?了?"
                         r"(?:各类|政府|政务)?(?:信息)?)\s*(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*条)")


def years_part(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """The report's year's part of a running total, named by its year (其中2009年公开3120条) on no named channel:
    proactive.total (the running total is no fact of the year)."""
    return stated_counts(text, _RUNNING_YEARS_PART, "proactive.total", "条",
                         keep=lambda m: m.group("y") is None or year is not None and int(m.group("y")) == year)


# the channels' counts summed after them (通过局门户网站发布信息285条、微信公众号发布信息43条，合计328条): the headline
_SUMMED = re.compile(r"[,，、]\s*(?P<m>合计|总计|共计)\s*(?:为|达)?\s*(?P<q>\d[\d,]*\s*(?:余|多)?\s*条)")
_ITEM_COUNT = re.compile(r"\d[\d,]*\s*(?:余|多)?\s*条")


def channels_summed(text: str) -> Iterator[dict[str, Any]]:
    """A sum after two or more counts of named channels in its sentence: proactive.total (GUIDELINES: a count over
    several channels is the headline)."""
    from ...quantities import find_quantities

    for m in _SUMMED.finditer(text):
        before = text[clause_start(text, m.start(), "。；;\n"):m.start("m")]
        qs = find_quantities(m.group("q"))
        if (len(_ITEM_COUNT.findall(before)) >= 2 and len(set(channels_named(before))) >= 2 and len(qs) == 1
                and not _SINCE_OR_RUNNING.search(before)):
            yield fact_of_match("proactive.total", "条", m, qs[0])


# the year's items named 政务信息 / 政府信息 after a verb of publishing, on no channel (全年累计发布政务信息1560条): the headline;
# not a part, a category, a column, a running total since an earlier year, nor items sent up or reprinted
_PUBLISHED = re.compile(r"(?P<m>(?:主动)?(?:发布|公开)了?(?:各类)?(?:政务|政府)信息)\s*(?:共|共计|合计)?\s*"
                        r"(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*条)")
_NOT_PUBLISHED_HEADLINE = re.compile(r"其中|类|专栏|栏目|专题|转载|转发|报送|采用|以来|历年|自\s*\d{4}|各[乡镇街部单村]")


def published_items(text: str) -> Iterator[dict[str, Any]]:
    """The year's items published, named 政务信息 or 政府信息 (a word the lexicon does not propose after 发布): proactive.total."""
    return stated_counts(text, _PUBLISHED, "proactive.total", "条", _NOT_PUBLISHED_HEADLINE,  # 累计…，其中2008年…: a running total
                         keep=lambda m: not ("累计" in m.string[clause_start(m.string, m.start()):m.start()]
                                             and YEARS_PART.search(m.string, m.end(), m.end() + 30)))

