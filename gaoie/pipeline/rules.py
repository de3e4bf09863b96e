"""The report rules of annotations/GUIDELINES.md: what the trained components found, read as the
guidelines read it, over a whole report.

Each rule is a small function of a fact (a dict, offsets into the normalised text) and its words:
which channel a proactive count is on and whether it is the headline, what is no count of the year
(running totals, hotline caseloads, items made rather than disclosed), what is no request, which
case an outcome belongs to, the parts of a total by level, and the counts stated by a fixed
construction the scorer is unsure of (items printed in the gazette, posted on boards, a case's
outcomes listed after 其中).
:func:`gaoie.pipeline.facts.prose_facts` applies them in order.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator, Sequence


def _clause_start(text: str, pos: int, stops: str = ",，;；。:：\n") -> int:
    """Where the clause (or, with ``stops`` 。 and a line end, the sentence) holding ``pos`` starts."""
    return max(text.rfind(c, 0, pos) for c in stops) + 1


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
_LISTED = re.compile(r"[、和及与]|微信微博|微博微信")
_MIXED = re.compile(r"等|各种|多种|各类渠道|渠道|(?<!公开)(?<!网站)平台|媒体")  # 信息公开平台, 政府网站平台: the portal


def channels_named(clause: str) -> list[str]:
    return [ind for ind, pattern in CHANNELS.items() if pattern.search(clause)]


def mixed_channels(fact: dict[str, Any], clause: str) -> bool:
    """A count over several channels together: a count whose clause lists several channels
    (通过微博、微信发送消息2600余条, 官方微信微博等其他途径…18390条), or on the new-media accounts as a
    whole (通过各类政务新媒体共发布政府信息44845条); listed with the portal or a column it is the headline."""
    if fact["indicator"] not in PROACTIVE_COUNTS or "分别" in clause or "依次" in clause:  # 网站、微信分别发布74条、124条: one each
        return False
    if CHANNELS["proactive.website"].search(clause):
        return fact["indicator"] in CHANNELS and len(channels_named(clause)) > 1 and bool(_LISTED.search(clause))
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
    s0 = _clause_start(text, fact["start"], "。\n")
    end = _PART_END.search(text, fact["end"])
    return (bool(_GOVERNMENT_PORTAL.search(clause)) and not _OWN_USE.search(text, s0, fact["start"])
            and not _OWN_CHANNEL.search(text, s0, end.start() if end else len(text)))  # 县政府网站公开80条，微信公众号
    # 公开6条: the body's own, by channel


# Visits, views and followers of a channel are no items disclosed on it (网站总访问量超1亿次); the
# information a body made or obtained is no count of what it disclosed (共制作政府信息3021条,其中主动公开信息1027条).
_NOT_ITEMS = re.compile(r"访问|浏览|点击|阅读量|阅读数|粉丝|关注量|关注数|关注人数|订阅|转发|评论|留言")
_PRODUCED = re.compile(r"制作|获取")


# GUIDELINES: 累计 since an earlier year (历年累计, 自2008年以来) or up to no date (截至目前) is no count of the
# year; nor is a running total followed by the year's own part (累计公开846条,其中本年度…214条).
_RUNNING = re.compile(r"累计")
_SINCE = re.compile(r"截[至止]目前|历年|(?<![今本]年)(?<!年初)以来|(?<!年初)至今|[自从](\d{4})年(?!1月1日)")
_YEARS_PART = re.compile(r"(?:其中|含)[^。;；]{0,6}?(?:本年度?|当年|今年|新增|\d{4}年)")


def running_total(fact: dict[str, Any], before: str, after: str, year: int | None = None) -> bool:
    """``before``: its sentence up to the quantity; ``after``: the rest of the sentence; ``year``: the
    report's (自2018年1月至12月累计 in a report of 2018 is the year's count)."""
    if not _RUNNING.search(clause_before(before, len(before))):
        return False
    since = [m for m in _SINCE.finditer(before[-40:]) if not (m.group(1) and year and int(m.group(1)) >= year)]
    if fact["indicator"] not in PROACTIVE_COUNTS:  # 自2008年以来，全省累计召开政府新闻发布会6,300余场: since a year named
        return any(m.group(1) for m in since)
    return bool(since or _YEARS_PART.search(after[:30]))


# GUIDELINES: counts of letters, visits, complaints or problems handled are no disclosure requests, and
# consultation mixed with complaints (受理咨询投诉938件) is left out.
_REQUEST_COUNTS = re.compile(r"request\.(?:received\w*|result_total|closed|answered)$")
_NOT_REQUESTS = re.compile(r"咨询|投诉|信访|来访|信件|诉求|问题|建议|提案|留言|举报")
_REQUEST_WORD = re.compile(r"申请|依申请|申请件")
# the clause counts items of information by how they are disclosed (依申请公开信息459条, 不予公开的信息为1535条),
# not requests to disclose information (受理群众申请公开政府信息25条)
_INFO_COUNTED = re.compile(r"(?:依申请|不予|部分|免予)公开(?:类|的)?(?:政府)?信息\s*(?:为|共计|共|合计|计|有)?\s*$")
_CONSULT_AND_COMPLAINT = re.compile(r"咨询投诉|投诉咨询|咨询、投诉|投诉、咨询")


def not_requests(fact: dict[str, Any], before: str, clause: str | None = None, window: int = 30) -> bool:
    """``before``: the fact's sentence up to its quantity; ``clause``: its last clause, if computed. A
    request count in 条 of items of information (不予公开信息1535条); a count of requests (or a consultation
    count) whose words since the last 申请 within ``window`` characters name letters, visits, complaints or
    problems: 共受理群众网上来访信件34件,办结34件; 办结涉企问题480个."""
    ind = fact["indicator"]
    is_request = bool(_REQUEST_COUNTS.match(ind))
    if not ind.startswith(("request.", "consult.")):
        return False
    clause = clause_before(before, len(before)) if clause is None else clause
    if ind.startswith("request.") and fact.get("text", "").rstrip().endswith("条") and _INFO_COUNTED.search(clause):
        return True  # 依申请公开信息459条, 不予公开信息1535条: information classed by how it is disclosed, no requests
    if is_request:
        near = before[-window:]
        last = max((m.end() for m in _REQUEST_WORD.finditer(near)), default=0)
        return bool(_NOT_REQUESTS.search(near, last))
    return ind.startswith("consult.") and bool(_CONSULT_AND_COMPLAINT.search(clause))


# GUIDELINES: parts by applicant (自然人申请80件, 法人或其他组织申请件0件) are no facts in prose (FACTS.md: the
# applicant is a column of the 2019+ table only).
_APPLICANT = re.compile(r"自然人|公民|法人|其他组织|商业企业|科研机构|社会公益组织|法律服务机构|个人申请|企业申请")
_ALL_APPLICANTS = re.compile(r"公民[、，,]?法人(?:和|或|及|或者|、)其他组织")  # all of them: the total


def by_applicant(fact: dict[str, Any], before: str, clause: str | None = None, window: int = 60) -> bool:
    """``before``: the fact's sentence up to its quantity; ``clause``: its last clause, if computed. A
    request count of one kind of applicant in a breakdown after 其中 (其中自然人申请件3件,法人或其他组织申请件0件)."""
    clause = clause_before(before, len(before)) if clause is None else clause
    return (fact["indicator"].startswith("request.") and bool(_APPLICANT.search(clause))
            and not _ALL_APPLICANTS.search(clause) and "其中" in before[-window:])


# GUIDELINES: hotline (12345) or mailbox (市长信箱) caseloads are no facts; a consultation count over the hotline
# and other channels (通过政务服务热线、门户网站等渠道受理咨询420余次) is.
_HOTLINE = re.compile(r"热线|信箱|市长电话|(?<![\d.])(?:12\d{3}(?![\d.,]|\s*[人件条次个余多万])|"
                      r"\d{5}(?=\s*(?:热线|电话|服务|平台|专线|咨询|投诉|举报|[”\"」)])))")  # 12358价格举报电话; not 12000人次
_OTHER_WAYS = re.compile(r"网站|门户|微信|微博|当面|现场|窗口|信函|网上|渠道|途径")
_DISCLOSURE_LINE = re.compile(r"信息公开|政务公开|政务信息")  # “96128”政务信息公开专线: the disclosure's own line


def hotline_caseload(fact: dict[str, Any], before: str) -> bool:
    """A consultation or complaint count of a hotline or mailbox (12333电话咨询服务热线全年受理咨询2.7万人次,
    12315投诉举报平台受理消费投诉412件): the caseload of a service, no fact, unless the line is the
    disclosure's own (政务信息公开专线电话224次). ``before``: the sentence up
    to the quantity; read back to the last punctuation (a service's number starts no clause here)."""
    if not fact["indicator"].startswith(("consult.", "complaints.")):
        return False
    words = before[_clause_start(before, len(before)):]
    return bool(_HOTLINE.search(words)) and not _OTHER_WAYS.search(words) and not _DISCLOSURE_LINE.search(words)


# a cue in brackets belongs to a name (取消(无)婚姻登记记录证明); a cue in a statement of rights is no report of
# the year (公民…认为本机关未依法履行政府信息公开义务的,可以向…举报); negating the forms of interpretation
# (没有通过新闻媒体、新闻发布会、网络访谈等形式…进行解读) zeroes the forms named as such, not interpretations
# nor channels (GUIDELINES)
_RIGHTS = re.compile(r"认为[^。]*(?:未|没有)[^。]*的[,，]?[^。]*(?:可以|可向|有权)")
_FORMS = re.compile(r"形式[^。]{0,30}解读")


_FEES_NEGATED = re.compile(r"[^。；;，,、和及与]{0,14}?(?:收取|收费)")
# a cue that is part of a word: 未经 (未经复议直接起诉 names a lawsuit), 未来, 无力 (无力运维), 无误, 无死角, 无障碍, 无需
_IN_A_WORD = re.compile(r"(?<=未)(?:经|来)|(?<=无)(?:力|误|死角|障碍|需|限)")


def not_a_zero(fact: dict[str, Any], sentence: str) -> bool:
    """A zero of ``sentence`` (offsets into it), negated or a word (均为零), that states no zero."""
    if fact["value"] != 0:
        return False
    s, e = fact["start"], fact["end"]
    if fact["negated"] and (sentence[s - 1:s] in ("(", "（") and sentence[e:e + 1] in (")", "）") or _RIGHTS.search(sentence)
                            or _IN_A_WORD.match(sentence, e)):
        return True
    if fact["negated"] and fact["indicator"] == "request.fees" and _FEES_AS_CAUSE.match(sentence, e):
        return True  # 没有因收费问题引发的投诉: fees are the cause of what is negated
    if (fact["negated"] and fact["indicator"].startswith("request.") and fact["indicator"] != "request.fees"
            and _FEES_NEGATED.match(sentence, e)):
        return True  # 均未收取依申请公开费用: the fees are negated, not the requests named in their words (未发生收费、
        # 行政复议… negates each item of its list)
    return (fact["indicator"] == "interpret.policy_interpretations" or fact["indicator"].startswith("proactive.")) and bool(
        _FORMS.search(sentence))


def not_items(fact: dict[str, Any], clause: str) -> bool:
    """Visits, information made, or accounts (政务新媒体账号3个（微信公众号2个、微博1个）) counted on a channel: no items."""
    if fact["indicator"] not in PROACTIVE_COUNTS:
        return False
    return bool(_NOT_ITEMS.search(clause) or (fact["indicator"] == "proactive.total" and _PRODUCED.search(clause))
                or fact.get("text", "").rstrip().endswith("个"))


# one person in each unit (委属各单位均明确1名兼职信息员): no count of the staff
_EACH = r"(?:各|每个?)[^，,;；。]{0,2}?(?:单位|科室|部门|乡镇|街道|村|社区|处室|司局|分局|学校|医院)"
_EACH_UNIT = re.compile(_EACH + r"[^，,;；。]{0,10}?(?:均|都)")
_EACH_ONE = re.compile(_EACH)
_SUMMED_OVER = re.compile(r"共|合计|总计|累计")


def each_unit(fact: dict[str, Any], clause: str) -> bool:
    """One person in each unit (委属各单位均明确1名兼职信息员, 各社区明确兼职信息员1名), not those of all units together
    (全县各乡镇、各部门共配备兼职人员一百二十余名)."""
    return (fact["indicator"].startswith("capacity.staff") and bool(_EACH_ONE.search(clause))
            and not _SUMMED_OVER.search(clause) and (bool(_EACH_UNIT.search(clause)) or fact["value"] == 1))


# a case count said not to be about disclosure (因劳动保障监察投诉处理引发的行政复议42件，不属于政府信息公开类)
_NOT_DISCLOSURE_CASE = re.compile(r"[^。]{0,6}?(?:(?:不属于|不涉及)(?:政府)?信息公开|与(?:政府)?信息公开(?:工作)?无关)")


def not_about_disclosure(text: str, fact: dict[str, Any]) -> bool:
    return (not fact["negated"] and fact["indicator"].split(".")[0] in ("review", "litigation", "complaints")
            and bool(_NOT_DISCLOSURE_CASE.match(text, fact["end"])))


# GUIDELINES (What is a fact): sums the catalogue has no id for: requests new and carried over (申请总数为137件（含上年结转
# 9件）)
_HANDLED = re.compile(r"办理|答复|办结|处理")
_WITH_CARRIED_OVER = re.compile(r"\s*[(（]\s*(?:其中)?\s*(?:含|包括|包含)\s*(?:上年|上一年|上年度)(?:度)?结转")


def with_carried_over(text: str, fact: dict[str, Any], clause: str) -> bool:
    """A count of requests received that says it holds those carried over from last year: a sum, no count
    received (one handled, 办理回复…6件(含上年结转3件), is the count of results)."""
    return (fact["indicator"] == "request.received" and bool(_WITH_CARRIED_OVER.match(text, fact["end"]))
            and not _HANDLED.search(clause))


# and sums over cases of two kinds (全市行政复议、行政诉讼案件合计32件)
_CASE_KIND = (("复议", "review"), ("诉讼", "litigation"), ("申诉", "complaints"), ("投诉", "complaints"),
              ("举报", "complaints"))
_SUMMED = re.compile(r"(?:合计|共计|总计|总数|共)(?:为|达)?\s*$")
_KIND_WORD = r"(?:复议|诉讼|申诉|投诉|举报)"
_KINDS_LISTED = re.compile(rf"{_KIND_WORD}[^，,;；。]{{0,4}}?[、和及与][^，,;；。]{{0,6}}?{_KIND_WORD}")


def sum_of_kinds(fact: dict[str, Any], clause: str) -> bool:
    """A count summed over cases of two kinds (行政复议、行政诉讼案件合计32件): no fact of either (a sum of 0 is
    each one's 0)."""
    if fact["negated"] or fact["value"] == 0 or not _SUMMED.search(clause):
        return False
    listed = _KINDS_LISTED.search(clause)  # siblings of a list (复议、诉讼), not 复议后提起行政诉讼合计2件
    kinds = {kind for word, kind in _CASE_KIND if listed and word in listed.group()}
    return len(kinds) > 1


_CATEGORY = re.compile(r"(?<!各)类(?:政府)?信息")
_PROACTIVE_CLASS = re.compile(r"(?<!其他)(?<!其它)主动公开类")  # 其中主动公开类信息1200条: the class, the headline


def category_part(fact: dict[str, Any], clause: str, text: str) -> bool:
    """A count of one category in a list of categories after 其中 is no headline, though its name says
    主动公开 (其中:工作动态类信息38条;…;其他主动公开类信息4条): GUIDELINES, one series among several."""
    if fact["indicator"] != "proactive.total" or not _CATEGORY.search(clause) or _PROACTIVE_CLASS.search(clause):
        return False
    s = _clause_start(text, fact["start"], "。\n")
    return "其中" in text[s:fact["start"]]


_GAZETTE = re.compile(r"公报|政报")
_WAYS = re.compile(r"渠道|途径|方式|媒体|平台|形式")  # 通过网站、《政报》等渠道: several channels
_GAZETTE_ISSUES = re.compile(r"(?:公报|政报)》?[^,，;；。]{0,6}?(?:\d+|[一二三四五六七八九十]+)\s*期\s*[,，;；]?\s*$")


def gazette_items(fact: dict[str, Any], clause: str, text: str) -> bool:
    """A count of items disclosed in the gazette, not on the portal nor the headline: its clause names the
    gazette and no other channel (公报刊登规章、规范性文件等143件; with the portal, a board or 等渠道 it is
    the headline: GUIDELINES), or the clause before it counts the gazette's issues and its own names no
    channel, no scope and no 主动公开 (发行《政报》12期,发布政府信息662条)."""
    if fact["indicator"] not in PROACTIVE_COUNTS or clause in ("", SCOPE_PART):
        return False
    if _GAZETTE.search(clause):
        return not (channels_named(clause) or _WAYS.search(clause) or _OTHER_CHANNEL_WORD.search(clause))
    if channels_named(clause) or _OTHER_CHANNEL_WORD.search(clause) or _SCOPE.search(clause) or "主动" in clause:
        return False
    return bool(_GAZETTE_ISSUES.search(text[_clause_start(text, fact["start"] - len(clause), "。\n"):
                                            fact["start"] - len(clause)]))


_ITEM_SEP = re.compile(r"\s*[；;，,、]")


def listed_items(text: str, pos: int | None, item: re.Pattern) -> Iterator[re.Match]:
    """The items ``item`` matches one after another from ``pos``, parted by ；，、 (其中:维持5宗;纠正2宗;…)."""
    while pos is not None and (m := item.match(text, pos)):
        yield m
        sep = _ITEM_SEP.match(text, m.end())
        pos = sep.end() if sep else None


def stated_fact(indicator: str, unit: str, q, at: int, mention: tuple[int, int, str]) -> dict[str, Any]:
    """A fact a report rule reads: the quantity ``q`` found in the text from offset ``at``, and its mention."""
    from .components import prose_fact

    a0 = at + q.start
    return prose_fact(indicator, q.value, unit, q.approx, False, None, (a0, a0 + len(q.text), q.text), mention)


def fact_of_match(indicator: str, unit: str, m: re.Match, q) -> dict[str, Any]:
    """A stated fact: the quantity ``q`` found in group ``q`` of ``m``, its mention group ``m``."""
    return stated_fact(indicator, unit, q, m.start("q"), (m.start("m"), m.end("m"), m.group("m")))


def stated_counts(text: str, pattern: re.Pattern, indicator: str, unit: str, skip: re.Pattern | None = None,
                  keep: Callable[[re.Match], bool] | None = None) -> Iterator[dict[str, Any]]:
    """Facts of ``indicator`` where ``pattern`` finds a channel's name (group ``m``) and its count (group ``q``,
    in the indicator's ``unit``) in one clause whose words name no other channel (nor match ``skip``), and
    which ``keep``, if given, keeps."""
    from ..quantities import find_quantities, to_unit

    for m in pattern.finditer(text):
        words = text[_clause_start(text, m.start()):m.start("q")]
        qs = find_quantities(text[m.start("q"):m.end("q")])
        if (len(qs) != 1 or set(channels_named(words)) - {indicator} or _NOT_ITEMS.search(words)
                or _WAYS.search(words) or skip is not None and skip.search(words) or keep is not None and not keep(m)):
            continue
        value = to_unit(qs[0].value, qs[0].unit, unit)  # 3940元 in 万元
        if value is not None:
            yield {**fact_of_match(indicator, unit, m, qs[0]), "value": value}


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


_BOARD = r"(?:公开栏|公告栏|公示栏|宣传栏|信息栏|显示屏|电子屏|触摸屏|广播|报纸|电视)"
_OTHER_CHANNEL_WORD = re.compile(_BOARD[3:-1] + r"|网|客户端|新媒体|公众号")
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


_POSTED = (r"[^,，;；。:：\d]{0,30}?(?:[,，]\s*)?(?:发布|公开|推送|更新|发送|新增|刊发|编发|推出)[^,，;；。:：\d]{0,20}?"
           r"(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*(?:条|篇|则))")  # 开通政务视频号,发布短视频90余条: the verb may follow a comma
# several ways together (微博、微信等渠道, 各类新媒体; a list of contents, 疫情防控等信息, is no list of channels), or
# interpretations posted on an account (微信公众号刊发解读报道13篇: interpret's count, not the channel's)
_NOT_ONE_ACCOUNT = re.compile(r"等(?:渠道|平台|途径|方式|新媒体|媒体|载体)|各种|多种|各类|渠道|途径|新媒体|解读")


# an account's name, a verb of posting and its count, per channel but the portal (a portal count may be the headline:
# the scorer and reconcile_channels read it)
_ACCOUNT_POSTS = {indicator: re.compile(rf"(?P<m>{name.pattern}){_POSTED}")
                  for indicator, name in CHANNELS.items() if indicator != "proactive.website"}


def new_media_counts(text: str) -> Iterator[dict[str, Any]]:
    """Items posted on one new-media account, stated where its name and a verb of posting come before the
    count in one clause (“某市自然资源”官方微信号公开信息962篇; 南方号公开信息407篇): its channel's count
    (GUIDELINES: Weibo, WeChat, one fact per other platform). A clause naming several is a mixed count."""
    for indicator, posts in _ACCOUNT_POSTS.items():
        name = CHANNELS[indicator]
        for f in stated_counts(text, posts, indicator, "条", _NOT_ONE_ACCOUNT):
            named = list(name.finditer(text, _clause_start(text, f["mention"]["start"]), f["start"]))
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


_NOT_DISCLOSURE_REQUEST = re.compile(r"复议|诉讼|建议|提案|信访|来信|来访|投诉|举报|咨询")
_HANDLED_BESIDE = re.compile(r"(?:收到|受理|接收|接到)[^。；;\d]{0,20}?申请[^。；;\d]{0,8}?\d+\s*(?:件|项|个|宗)\s*[,，、]\s*"
                             r"(?:均已|已|全部)?(?P<m>办理|办结|答复)(?:完毕)?了?\s*(?P<q>\d+\s*(?:件|项|个|宗))")


def handled_beside_received(text: str) -> Iterator[dict[str, Any]]:
    """A count of requests handled right after the count received (收到依申请公开16项,办理15项): the count of
    results (GUIDELINES: 办理 beside 收到; before 2019 答复 -> answered, 办结 -> closed, by the report's era). Requests
    for review, letters, visits or proposals (收到行政复议申请3件,办理2件) are no disclosure requests."""
    def disclosure(m: re.Match) -> bool:
        received = m.string[m.start():m.start("m")]
        return "公开" in received and not _NOT_DISCLOSURE_REQUEST.search(received)

    return stated_counts(text, _HANDLED_BESIDE, "request.result_total", "件", keep=disclosure)


# GUIDELINES (Mapping, staff): the people put in charge of the disclosure work are its staff (由1人专门负责此项工作,
# 指派1名…人员负责政府信息公开发布工作); full- and part-time ones are the scorer's, leaders in charge are no staff
_IN_CHARGE = re.compile(r"(?:由|指派|安排|明确|确定|落实|配备|有)[^。；;，,\d]{0,12}?(?P<q>\d+\s*(?:名|位|人))"
                        r"(?P<who>[^。；;，,\d]{0,14}?(?:人员|同志|专人|人))?\s*(?:专门|具体|专职)?(?P<m>负责)")
_NOT_STAFF = re.compile(r"专职|兼职|领导|主任|局长|镇长|乡长|县长|区长|市长|书记|分管|主管")
_DISCLOSURE_WORK = re.compile(r"信息公开|政务公开|此项工作|该项工作")
_CLAUSE_STOP = re.compile(r"[,，;；。\n]")


def staff_in_charge(text: str) -> Iterator[dict[str, Any]]:
    """The people in charge of the disclosure work, stated as such (由1人专门负责此项工作): capacity.staff."""
    def disclosure_staff(m: re.Match) -> bool:
        s0 = _clause_start(m.string, m.start(), "。\n")  # the work named before, in its sentence, or in its clause
        end = _CLAUSE_STOP.search(m.string, m.end())
        s1 = end.start() if end else len(m.string)
        duty = m.string[m.end():s1]  # what they are in charge of: the disclosure work, or said before
        return (not _NOT_STAFF.search(m.group()) and not (m.group("q").endswith("人") and m.group("who"))
                and not _EACH_ONE.search(m.string, s0, m.start("q"))
                and (bool(_DISCLOSURE_WORK.search(duty)) or not duty.strip() and bool(_DISCLOSURE_WORK.search(m.string, s0, s1))))

    return stated_counts(text, _IN_CHARGE, "capacity.staff", "人", keep=disclosure_staff)


# The 第二十条 table (二) of the 2019 and 2021 formats written as prose, a row's name and its columns' labels with
# their values: 规范性文件：本年新制作数量2件，本年新公开数量2件，对外公开总数量118件; 行政许可：上一年项目数量12项，
# 本年增/减0项，本年处理决定数量286件; 规章本年新制作数量、本年新公开数量、对外公开总数量均为0件. The ids are the table's
# (gaoie.tables.national: 对外公开总数量 is the count in force)
_ITEM_20_ROW = re.compile(r"规章(?!制度)|(?:行政)?规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购")
_ITEM_20_COLUMNS = (
    (r"(?:本年)?新制作(?:数量)?|(?:本年)?制发(?:件数)?", {"规章": "rules.issued", "规范性文件": "normative.issued"}),
    (r"(?:本年)?新公开(?:数量)?", {"规章": "rules.published", "规范性文件": "normative.published"}),
    (r"对外公开总数量|现行有效(?:件数)?", {"规章": "rules.valid", "规范性文件": "normative.valid"}),
    (r"(?:本年)?废止(?:件数)?", {"规章": "rules.repealed", "规范性文件": "normative.repealed"}),
    (r"上一年项目数量", {"行政许可": "license.items_prev"}),
    (r"本年增\s*/?\s*减(?:数量)?", {"行政许可": "license.items_change"}),
    (r"(?:本年)?处理决定数量", {"行政许可": "license.decisions", "其他对外管理服务事项": "other_services.decisions",
                            "行政处罚": "penalty.decisions", "行政强制": "coercion.decisions"}),
    (r"(?:本年)?收费金额", {"行政事业性收费": "fees.amount"}),
    (r"采购项目数量", {"政府集中采购": "procurement.items"}),
    (r"采购总金额", {"政府集中采购": "procurement.amount"}),
)
_ITEM_20_LABEL = "|".join(f"(?:{label})" for label, _ in _ITEM_20_COLUMNS)
_ITEM_20_LABELS = re.compile(_ITEM_20_LABEL)
_ITEM_20_ROW_LABEL = re.compile(rf"[\s:：,，]*(?:{_ITEM_20_LABEL})")
_ITEM_20_VALUES = re.compile(rf"(?P<labels>(?:{_ITEM_20_LABEL})(?:\s*、\s*(?:{_ITEM_20_LABEL}))*)\s*[:：]?\s*(?P<all>均)?为?\s*"
                             r"(?P<q>(?:约|近|逾|超过)?\s*-?\d[\d,.]*\s*(?:万|余|多)*\s*(?:万元|元|件|项|个)?)")
_ITEM_20_STOP = re.compile(r"[。\n]")


ITEM_20_IDS = frozenset(ind for _, ids in _ITEM_20_COLUMNS for ind in ids.values())


def item_20_rows(text: str, table_form: bool = False) -> list[tuple[re.Match, int]]:
    """Each row name of the 第二十条 table and where its row ends: at the end of its sentence or the next row's name;
    ``table_form``: only rows written as the table's, a row name right before a column label (规范性文件：本年新制作数量…,
    行政许可，本年处理决定数量…; not 制发规范性文件3件，废止1件)."""
    rows = list(_ITEM_20_ROW.finditer(text))
    out = []
    for i, row in enumerate(rows):
        if table_form and not _ITEM_20_ROW_LABEL.match(text, row.end()):
            continue
        stop = _ITEM_20_STOP.search(text, row.end())
        out.append((row, min(stop.start() if stop else len(text), rows[i + 1].start() if i + 1 < len(rows) else len(text))))
    return out


def item_20_counts(text: str) -> Iterator[dict[str, Any]]:
    """The 第二十条 table written as prose (:data:`_ITEM_20_COLUMNS`): each labelled value of a row, in the row's
    sentence up to the next row; a money value only with its unit (GUIDELINES: money with no unit is left out)."""
    from ..catalogue import get_catalogue
    from ..quantities import find_quantities, to_unit

    cat = get_catalogue()
    for row, end in item_20_rows(text):
        name = "规范性文件" if row.group().endswith("规范性文件") else row.group()
        for m in _ITEM_20_VALUES.finditer(text, row.end(), end):
            qs = find_quantities(m.group("q"))
            labels = list(_ITEM_20_LABELS.finditer(text, m.start("labels"), m.end("labels")))
            if len(qs) != 1 or len(labels) > 1 and not m.group("all"):
                continue
            q = qs[0]
            for label in labels:
                ids = next(ids for pattern, ids in _ITEM_20_COLUMNS if re.fullmatch(pattern, label.group()))
                indicator = ids.get(name)
                unit = cat[indicator].unit if indicator else None
                value = to_unit(q.value, q.unit, unit) if unit and (q.unit or unit != "万元") else None
                if value is not None:
                    yield {**stated_fact(indicator, unit, q, m.start("q"), (label.start(), label.end(), label.group())),
                           "value": value}


# table 三 written as prose ends with its total: …不予处理1件，其他处理1件，总计22件 (办理结果合计77件)
_OUTCOME_WORD = r"(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)"
_RESULTS_SUMMED = re.compile(rf"{_OUTCOME_WORD}(?:(?!结转|新收|办理中|正在|尚在|顺延|下一?年|复议|诉讼)[^。；;]){{0,200}}?[,，、]\s*"
                             r"(?P<m>(?:办理结果)?(?:总计|合计|共计))\s*[:：]?\s*为?\s*(?P<q>\d[\d,]*\s*件)")
# its rows as labels (…其他处理：6件；总计：93件)
_RESULTS_ROWS_SUMMED = re.compile(rf"{_OUTCOME_WORD}[^。；;]{{0,40}}?[:：]\s*\d+\s*件\s*[；;]\s*(?P<m>总计)\s*[:：]\s*"
                                  r"(?P<q>\d[\d,]*\s*件)")


def results_summed(text: str) -> Iterator[dict[str, Any]]:
    """The total after the outcomes of requests (…其他处理1件，总计22件): the count of results."""
    yield from stated_counts(text, _RESULTS_SUMMED, "request.result_total", "件")
    yield from stated_counts(text, _RESULTS_ROWS_SUMMED, "request.result_total", "件")


_LEFT_OVER = re.compile(r"另有(?P<q>\d+\s*(?:件|项|个))[^。；;]{0,30}?"
                        r"(?P<m>结转(?:至|到)?下一?年度?|转入下一?年度?|下一?年度继?续办理)")


def carried_forward(text: str) -> Iterator[dict[str, Any]]:
    """Requests left for next year, counted before the reason they wait (另有3件因需征求第三方意见，结转下年度继续办理)."""
    return stated_counts(text, _LEFT_OVER, "request.carried_forward", "件")


# the body's head at its press conferences or online interviews (其中局主要负责同志参加新闻发布会3场; 召开新闻发布会9场，旗长
# 出席3场): the head's count; deputies or leaders at large (部领导出席, 县长、副县长出席) are not the head (GUIDELINES)
_HEAD_ATTENDS = re.compile(r"(?<![副、])(?P<m>主要负责同志|主要负责人|主要领导|一把手|(?<![部厅局委办])[省市县区旗镇乡]长|局长|厅长|部长|主任)"
                           r"(?:亲自)?(?:参加|出席)(?:了)?(?:[^，,;；。\d]{0,6}?(?P<what>新闻发布会|发布会|在线访谈|访谈))?的?\s*"
                           r"(?P<q>\d+\s*(?:场|次|期))")
_EVENT = re.compile(r"新闻发布会|发布会|在线访谈|访谈")
_NOT_THE_HEAD = re.compile(r"邀请|相关部门|各[^，,;；。]{0,2}?(?:单位|部门|镇|乡|街道|区|县|市|局)")
_HEAD_ATTENDS_TOO = re.compile(r"\s*[、,，]\s*(?:参加|出席)(?:了)?[^，,;；。\d]{0,8}?(?P<what>新闻发布会|发布会|在线访谈|访谈)的?\s*"
                               r"(?P<q>\d+\s*(?:场|次|期))")


def heads_attending(text: str) -> Iterator[dict[str, Any]]:
    """The body's head's press conferences or online interviews, after the count of them (其中区长参加在线访谈1次):
    interpret.*_head, the event named with the head's count or last before it in its sentence."""
    from ..quantities import find_quantities

    for m in _HEAD_ATTENDS.finditer(text):
        if _NOT_THE_HEAD.search(text, max(_clause_start(text, m.start(), "，,；;。\n"), m.start() - 8), m.start()) or (
                m.group("m") == "主任" and text[max(0, m.start() - 3):m.start()].endswith(("办公室", "办", "室"))):
            continue  # 邀请相关部门主要负责同志出席, 各镇镇长, 局办公室主任: not the body's head
        what = m.group("what") or next(iter(reversed(_EVENT.findall(text, _clause_start(text, m.start(), "。\n"),
                                                                    m.start()))), None)
        events = [(what, m.group("q"), m.start("q"))]
        more = _HEAD_ATTENDS_TOO.match(text, m.end())  # …参加新闻发布会2次、参加政府网站在线访谈1次: the head's too
        if more:
            events.append((more.group("what"), more.group("q"), more.start("q")))
        for what, q_text, q_start in events:
            qs = find_quantities(q_text)
            if what is None or len(qs) != 1:
                continue
            indicator = "interpret.online_interviews_head" if "访谈" in what else "interpret.press_conferences_head"
            yield stated_fact(indicator, "次", qs[0], q_start, (m.start("m"), m.end("m"), m.group("m")))


# a review's outcome stated with the reviewer (复议维持十一件, 经复议维持原答复1件, 其中复议维持5件); the count first (其余3件
# 复议机关维持具体行政行为)
_REVIEW_UPHELD = re.compile(r"(?P<m>(?:经)?(?:行政)?复议(?:机关)?(?:决定)?维持)(?:了)?(?:原(?:答复|行政行为|决定)|具体行政行为|原具体行政行为)?"
                            r"的?\s*(?P<q>\d+\s*(?:件|宗|起))")
_REVIEW_UPHELD_AFTER = re.compile(r"(?P<q>\d+\s*(?:件|宗|起))\s*(?P<m>(?:经)?(?:行政)?复议(?:机关)?(?:决定)?维持)")
# responses to public concern by the way made (其中通过政务微博、微信回应事件31次，通过其他方式回应事件11次)
_RESPONSES_ON_ACCOUNTS = re.compile(r"(?P<m>通过(?:政务)?微博[、和及与]?(?:政务)?微信)回应(?:事件|热点)?\s*(?P<q>\d+\s*次)")
_RESPONSES_OTHERWISE = re.compile(r"(?P<m>通过其[他它]方式)回应(?:事件|热点)?\s*(?P<q>\d+\s*次)")


def stated_outcomes(text: str) -> Iterator[dict[str, Any]]:
    """Review outcomes stated with the reviewer, and responses to public concern by the way they were made."""
    from ..quantities import find_quantities

    yield from stated_counts(text, _REVIEW_UPHELD, "review.upheld", "件")
    yield from stated_counts(text, _REVIEW_UPHELD_AFTER, "review.upheld", "件")
    for pattern, indicator in ((_RESPONSES_ON_ACCOUNTS, "interpret.weibo_wechat_responses"),
                               (_RESPONSES_OTHERWISE, "interpret.other_responses")):
        for m in pattern.finditer(text):  # the accounts are the way, no channel's count
            yield fact_of_match(indicator, "次", m, find_quantities(m.group("q"))[0])


# the 统计表 (before 2019) written as prose, label and colon: 收到申请数：247件; 政务微信公开政府信息数：1721条; the row
# phrases only one section of the table uses name the ids (gaoie.tables.pre2019)
_STATISTIC = re.compile(r"(?P<m>[^：:；;。，,、\d\s]{2,30}?数)\s*[:：]\s*(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*"
                        r"(?:条|件|个|人次|人|次|万元|元|项|篇|期|场)?)")


_NOT_A_ROW = re.compile(r"人次?数|人员|媒体|天数|占比|比例|比重|访问|阅读|点击|浏览|率|增长|增加|减少|比上年|较上年")  # 培训班参训人数, 平均天数: no row of the table


def statistics_rows(text: str) -> Iterator[dict[str, Any]]:
    """The 统计表's rows written as prose (收到申请数：247件): the id of the row phrase the label holds."""
    from ..catalogue import get_catalogue
    from ..quantities import find_quantities, to_unit, unit_fits
    from ..tables.pre2019 import UNIQUE_PHRASES

    cat = get_catalogue()
    for m in _STATISTIC.finditer(text):
        if _NOT_A_ROW.search(m.group("m")):
            continue
        ids = {ind for phrase, _, ind in UNIQUE_PHRASES if phrase in m.group("m")}
        if len(ids) > 1:  # the longest phrase's (主要负责同志参加新闻发布会, not 新闻发布会)
            longest = max((p for p, _, ind in UNIQUE_PHRASES if p in m.group("m")), key=len)
            ids = {ind for p, _, ind in UNIQUE_PHRASES if p == longest}
        qs = find_quantities(m.group("q"))
        if len(ids) != 1 or len(qs) != 1:
            continue
        indicator = ids.pop()
        unit = cat[indicator].unit
        if not qs[0].unit or not unit_fits(qs[0].unit, unit) or indicator.startswith("request.") and qs[0].unit == "条":
            continue  # a row of the table states its unit; requests are no items (其他途径公开信息数：500条)
        value = to_unit(qs[0].value, qs[0].unit, unit)
        if value is not None:
            yield {**fact_of_match(indicator, unit, m, qs[0]), "value": value}


_NORMATIVE_PART = re.compile(r"(?:主动)?公开[^。；;\d]{0,20}?\d[\d,.]*\s*(?:万|余|多)*\s*条[^。；;]{0,20}?"
                             r"(?P<m>(?:其中|包括|含)[:：]?\s*(?:主动公开的?)?(?:行政)?规范性文件(?:类)?(?:信息)?)"
                             r"\s*(?:共|为)?\s*(?P<q>\d+\s*(?:件|条|份))")


_SINCE_OR_RUNNING = re.compile(r"累计|以来|历年|至今")  # 自2008年以来累计…,其中规范性文件120件: no count of the year


def normative_part(text: str) -> Iterator[dict[str, Any]]:
    """The normative documents among the year's disclosures, named after 其中 in the sentence of the headline count
    (全年主动公开政府信息243条,其中规范性文件2件): GUIDELINES, proactive.normative_docs before 2019 (the report's
    era names it: :func:`gaoie.catalogue.era_id`)."""
    return stated_counts(text, _NORMATIVE_PART, "proactive.normative_docs", "件", _SINCE_OR_RUNNING)


_FEE_STATED = re.compile(r"(?P<m>信息处理费)[^,，;；。:：\d]{0,6}?(?P<q>\d[\d,.]*\s*(?:万元|千元|元))")


def fee_counts(text: str) -> Iterator[dict[str, Any]]:
    """The fee for disclosure on request under its 2021 name, 信息处理费, stated with its amount
    (全年收取政府信息公开信息处理费3940元 -> 0.394 万元): GUIDELINES, `request.fees`."""
    return stated_counts(text, _FEE_STATED, "request.fees", "万元")


_CONSULTATION_WAYS = (("consult.phone", re.compile(r"电话|来电")),
                      ("consult.in_person", re.compile(r"来访|当面|现场")))
_SEVERAL_WAYS = re.compile(r"等|渠道|途径|方式|[、和及与或]|来信来访")  # 来信来访咨询: by letter and in person
_LISTED_BEFORE = re.compile(r"^[^\u4e00-\u9fff]*(?:万|余|多)?(?:人次|次|件|条|个|人)?\s*[、,，;；]\s*")  # 次、来访咨询


def consultation_way(fact: dict[str, Any], clause: str) -> str:
    """A count of consultations whose clause names one way of consulting: that way's id (电话接听咨询约1.2万人次
    -> consult.phone, 来访咨询31人次 -> consult.in_person; the catalogue's words: 电话咨询, 现场咨询); over several
    ways (电话、网络等) it is the total."""
    clause = _LISTED_BEFORE.sub("", clause)  # the clause after the item listed before it
    if fact["indicator"] != "consult.total" or _SEVERAL_WAYS.search(clause):
        return fact["indicator"]
    ways = [ind for ind, words in _CONSULTATION_WAYS if words.search(clause)]
    return ways[0] if len(ways) == 1 else fact["indicator"]


_TRAINEES = re.compile(r"人|参训|参加|学员|干部|职工")


def trainings_negated(fact: dict[str, Any], clause: str) -> str:
    """Training negated with no word of people (培训：无) is no training held: capacity.trainings, not trainees."""
    if fact["indicator"] == "capacity.trainees" and fact["negated"] and not _TRAINEES.search(
            fact["mention"]["text"] + clause):
        return "capacity.trainings"
    return fact["indicator"]


# FACTS rule 2: 零 before what it negates (零复议、零诉讼、零投诉) is a zero of each (GUIDELINES, stop 17). A rule, not a
# negation cue of the mention finder: the shipped pipeline was trained without it
_PLANNED = re.compile(r"力争|努力|确保|争取|下一步|将|计划")
_CAMPAIGN = re.compile(r"[”\"」]?\s*(?:窗口|活动|创建|单位|示范|品牌)")
_ZERO_PREFIX = re.compile(r"零(?P<m>复议|诉讼|投诉|举报|申诉|收费)")
_ZERO_PREFIXED = {"复议": "review.total", "诉讼": "litigation.total", "投诉": "complaints.total", "举报": "complaints.total",
                  "申诉": "complaints.total", "收费": "request.fees"}


def zero_prefixed(text: str) -> Iterator[dict[str, Any]]:
    from ..catalogue import get_catalogue
    from .components import prose_fact

    cat = get_catalogue()
    for m in _ZERO_PREFIX.finditer(text):
        if _PLANNED.search(text, _clause_start(text, m.start(), "，,；;。\n"), m.start()) or _CAMPAIGN.match(text, m.end()):
            continue  # 力争实现零投诉: a plan, no zero of the year; “零投诉”窗口创建活动: a campaign's name
        indicator = _ZERO_PREFIXED[m.group("m")]
        yield prose_fact(indicator, 0.0, cat[indicator].unit, False, True, None, (m.start(), m.start() + 1, "零"),
                         (m.start("m"), m.end("m"), m.group("m")))


# GUIDELINES, FACTS rule 2: a sentence that negates fees charged (未发生政府信息公开的收费情况, 没有向申请人收取任何费用,
# 收费：无) gives them 0; administrative fees (行政事业性收费) are fees.amount, another indicator. Work that does not
# involve fees (工作内容不涉及有关收费) says nothing of them (the adjudicated gold of a seed)
_NO_FEES = re.compile(r"(?P<cue>没有|无|未|不(?=收取|收费)|均未|并未|从未)(?:发生|产生|存在|出现|向[^。；;，,]{0,8}?)?"
                      r"[^。；;，,\d]{0,14}?(?P<m>收费|收取[^。；;，,\d]{0,10}?费)"
                      r"|(?P<m2>收费|收取费用|处理费)[^。；;，,\d]{0,10}?[:：]?\s*(?:情况)?(?:均)?(?P<cue2>无|为零|为0(?![\d.]))(?!偿)")
_ADMINISTRATIVE_FEES = re.compile(r"行政事业")
_FEE_NOTICE = re.compile(r"按|缴|逾期")  # 逾期未按收费通知要求缴纳费用: a fee notice not followed, no fees negated
# fees as the cause of what is negated (没有因政府信息公开收费问题引发的投诉: a complaint, not fees)
_FEES_AS_CAUSE = re.compile(r"[^。；;，,]{0,6}?因[^。；;，,]{0,14}?(?:收费|收取[^。；;，,]{0,6}?费)[^。；;，,]{0,6}?(?:引发|引起|产生|导致|而)")
_THE_LAW = re.compile(r"条例|规定")  # 根据《条例》规定,行政机关依申请提供政府信息,不收取费用: the law's words, not the body's


def fee_negations(text: str) -> Iterator[dict[str, Any]]:
    """Fees charged for disclosure on request, negated in their sentence: request.fees 0 (fees.amount where
    the fees are administrative ones). The evidence is the negation cue."""
    from .components import prose_fact

    for m in _NO_FEES.finditer(text):
        s = _clause_start(text, m.start(), "。；;\n")
        if (_FEE_NOTICE.search(m.group()) or (m.group("cue") == "不" and _THE_LAW.search(text, s, m.start()))
                or m.group("cue") and _FEES_AS_CAUSE.match(text, m.end("cue"))):
            continue
        cue, name = ("cue", "m") if m.group("cue") else ("cue2", "m2")
        indicator = "fees.amount" if _ADMINISTRATIVE_FEES.search(text, s, m.end()) else "request.fees"
        yield prose_fact(indicator, 0.0, "万元", False, True, None, (m.start(cue), m.end(cue), m.group(cue)),
                         (m.start(name), m.end(name), m.group(name)))


_CASE_TOTAL = re.compile(r"(?P<case>行政复议|未经复议(?:直接)?(?:提起|提出)?(?:行政)?(?:起诉|诉讼)|直接(?:提起)?(?:行政)?(?:起诉|诉讼)|"
                         r"(?:经)?复议后(?:提起|提出)?(?:行政)?(?:起诉|诉讼)|行政诉讼)(?:案件)?[^。;；\d]{0,6}?(?P<q>\d+\s*(?:件|宗|起))")
_OUTCOME_ITEM = re.compile(r"\s*(?P<m>(?:结果)?被?(?:维持(?:具体行政行为|原(?:行政行为|答复|决定))?|纠正|其他(?:结果)?(?!处理)|"
                           r"尚未审结))的?\s*(?P<q>\d+\s*(?:件|宗|起))")
_OUTCOME_WORDS = (("维持", "upheld"), ("纠正", "corrected"), ("其他", "other"), ("尚未", "pending"))
_OUTCOMES_AFTER_COMMA = re.compile(r"\s*[,，]\s*(?=(?:结果)?被?(?:维持|纠正|其他结果|尚未审结)[^，,;；。]{0,12}?\d)")  # 2件，结果维持1件、…


_SHARED_COUNT = re.compile(r"[均都各、和及与]|分别")


def case_kind(case: str, year: int | None = None) -> str:
    """The id prefix of a case's words: a review, a lawsuit, from 2019 (``year``) one filed directly (未经复议直接起诉)
    or after review (经复议后提起行政诉讼); before, the format counts lawsuits alone."""
    if year is not None and year < 2019:
        return "review." if case == "行政复议" else "litigation."
    if "复议后" in case:
        return "litigation.after_review_"
    if "未经" in case or "直接" in case:
        return "litigation.direct_"
    return "review." if "复议" in case else "litigation."


def case_outcomes(text: str) -> Iterator[dict[str, Any]]:
    """A case total's outcomes listed after 其中 or in brackets (行政复议案件8宗,其中:维持具体行政行为的5宗;结果被纠正2宗;
    尚未审结1宗; 未经复议直接起诉33件（结果维持19件、结果纠正2件…）): each item's outcome of that case (a lawsuit filed
    directly or after review: the table 四 ids of its kind). The items stand in sentences of their own (a sentence
    ends at ；), where the scorer cannot see the case they belong to."""
    from ..quantities import find_quantities

    from ..meta import report_year

    year = report_year(text) if _CASE_TOTAL.search(text) else None
    for total in _CASE_TOTAL.finditer(text):
        kind = case_kind(total.group("case"), year)
        shared = _SHARED_COUNT.search(text, total.end("case"), total.start("q"))  # 直接起诉、复议后起诉均为0件: the scorer's
        if kind.endswith("_") and not shared and len(qs := find_quantities(total.group("q"))) == 1:  # the suit's total
            yield stated_fact(f"{kind}total", "件", qs[0], total.start("q"), (total.start("case"), total.end("case"),
                                                                            total.group("case")))
        start = _PARTS_START.match(text, total.end()) or _OUTCOMES_AFTER_COMMA.match(text, total.end())
        for m in listed_items(text, start.end() if start else None, _OUTCOME_ITEM):
            qs = find_quantities(m.group("q"))
            outcome = next(o for w, o in _OUTCOME_WORDS if w in m.group("m"))
            if len(qs) == 1:
                yield fact_of_match(f"{kind}{outcome}", "件", m, qs[0])


def clause_channel(clause: str) -> str | None:
    """The one channel the clause before a quantity names (通过区门户网站主动公开信息8466条 -> website),
    or None if it names none, several, or an aggregate (通过网站、微博等渠道)."""
    if _MIXED.search(clause):
        return None
    named = channels_named(clause)
    return named[0] if len(named) == 1 else None


_PART_OF = re.compile(r"其中|含|包括")  # what follows is a part of the count before it (or in its brackets)


def part_of(between: str) -> bool:
    """The words between a count and a later one make the later a part of it: 其中, 含, 包括, or a bracket
    opened after the count and still open (2514条(含…1273条); not 2514条(同比增长12%),…300条)."""
    return bool(_PART_OF.search(between)) or between.count("(") + between.count("（") > between.count(")") + between.count("）")


def reconcile_channels(facts: list[tuple[dict[str, Any], str | None]], text: str = "",
                       running: Sequence[dict[str, Any]] = ()) -> None:
    """The headline rule over a report's proactive counts, in place. ``facts``: (fact dict, channel
    its clause names), offsets into ``text``; ``running``: the running totals of the report (no facts of
    the year). A count linked to the total on a named channel is that channel's count when the report
    states another total, a running total in its sentence (累计公开846条,其中本年度在门户网站公开214条;
    在区政府网站主动公开信息20条,历年累计345条), or another channel's count beside it (not its part:
    其中, 含, in brackets); a website count that is the report's only proactive count is its total
    (区政府网站发布各类信息3690条)."""
    counts = [(f, ch) for f, ch in facts if f["indicator"] in PROACTIVE_COUNTS and not f["negated"]]
    totals = {f["value"] for f, _ in counts if f["indicator"] == "proactive.total"}
    anchors = {(f["start"], f["value"]) for f, _ in counts}

    def sibling_channel(f) -> bool:
        return any(g["indicator"] != "proactive.total" and g is not f and g["value"] != f["value"]
                   and (g["start"] < f["start"] or not part_of(text[f["end"]:g["start"]])) for g, _ in counts)

    def running_beside(f) -> bool:
        return any(not re.search(r"[。；;\n]", text[min(f["end"], r["end"]):max(f["start"], r["start"])]) for r in running)

    for f, ch in counts:
        if ch is None:
            continue
        if f["indicator"] == "proactive.total" and ch != "proactive.website":  # a Weibo or WeChat count is no headline
            f["indicator"] = ch
        elif f["indicator"] == "proactive.total" and (totals - {f["value"]} or sibling_channel(f) or running_beside(f)
                                                    or other_channels_beside(text, f["start"], f["end"])):
            f["indicator"] = ch
        elif (f["indicator"] == ch == "proactive.website" and len(anchors) == 1 and not running_beside(f)
              and not other_channels_beside(text, f["start"], f["end"])):
            f["indicator"] = "proactive.total"


_OTHER_CHANNEL_COUNT = re.compile(r"(?:微博|微信|公众号|新媒体|其他途径|其他渠道|客户端|头条|抖音|视频号)[^。；;，,\d]{0,20}?"
                                  r"\d[\d,.]*\s*(?:万|余|多)?\s*条")


def other_channels_beside(text: str, start: int, end: int) -> bool:
    """The sentence of a portal count also counts items on other channels, not as its parts (其中):
    我区通过区门户网站主动公开信息8466条,官方微信微博等其他途径主动发布信息18390条."""
    if not text:
        return False
    s = _clause_start(text, start, "。\n")
    e = min(x for x in (text.find("。", end), text.find("\n", end), len(text)) if x >= 0)
    before = [m for m in _OTHER_CHANNEL_COUNT.finditer(text, s, start) if not _NOT_ITEMS.search(m.group())]
    after = next((m for m in _OTHER_CHANNEL_COUNT.finditer(text, end, e) if not _NOT_ITEMS.search(m.group())), None)
    return bool(before) or bool(after and "其中" not in text[end:after.start()])


# GUIDELINES (Scopes): a total's parts by level are each a value of its indicator: 全省共受理申请8453件,
# 其中省级受理6369件、市级受理1231件、县级受理853件. A part is a scope word, at most a verb, a number.
_SCOPE_BASE = (r"(?:省|自治区|市州|设区市|县市区|区县市|县区|区县|市县|县市|旗县区|旗县|盟市|旗区|乡镇|街道镇|街道|街镇|镇街|苏木镇|苏木|"
               r"市|州|盟|县|区|旗|"
               r"乡|镇|街)(?:\([省市县区州地盟旗乡镇街道、开发区园]+\))?")  # 市(州、地), 县(区、市), 乡镇(开发区)
_SCOPE_WORD = (rf"(?:各|全)?(?:各部门(?:及|和){_SCOPE_BASE}|市县两|[省市县区]直(?:部门|单位|各部门)?|"
               rf"{_SCOPE_BASE}(?:(?:及|和|与){_SCOPE_BASE})?)"
               r"(?:本级|级|直属部门|直部门)?(?:政府)?(?:办公厅|办公室)?(?:本级)?(?:(?:及其|及|和)?(?:部门|单位|各部门|机关))?"
               r"(?:\([^()]{1,12}\))?")  # 县本级(县政府办公室)
_SCOPE_PART = re.compile(rf"\s*({_SCOPE_WORD})\s*(?:共|受理|收到|公开|发布|办理|接收|开设|开通|召开|举办)?\s*"
                         r"(?:约|近|超过)?\s*\d[\d.]*(?:,\d{3})*\s*(?:万|余|多)*\s*[\u4e00-\u9fff]{0,2}")
# after 其中, or in brackets right after the total (共收到申请1,608件（区政府本级312件、区政府部门1,161件、街道镇135件）)
_PARTS_START = re.compile(r"\s*[,，]?\s*(?:[^。;；,，]{0,12}[,，。]\s*)?其中\s*[:：,，]?|\s*[(（]\s*(?:其中\s*[:：]?)?")
_LIST_WORDS = re.compile(r"\s*[、和及与]\s*")
_LEVELS_RESPECTIVELY = re.compile(rf"\s*[,，]\s*(?:全[省市县区])?(?P<levels>{_SCOPE_WORD}(?:\s*[、和及与]\s*{_SCOPE_WORD})+)\s*"
                                  r"(?:行政机关|三级|两级)?\s*(?:分别|依次)(?:受理|收到|公开|发布|为|是)?\s*"
                                  r"(?P<values>\d[\d,.]*\s*(?:万|余|多)*\s*[件条次场个篇](?:\s*[、和及与]\s*\d[\d,.]*\s*"
                                  r"(?:万|余|多)*\s*[件条次场个篇])+)")
_LEVEL = re.compile(r"\s*(?:[省市县区]级|[省市县区](?:政府)?本级|本级|[省市县区]直)")
_PARTS_SEP = re.compile(r"(?:\s*[,，]\s*占[^,，;；。]{0,12}%)?\s*[、,，;；]")  # 省级受理6369件,占总量的74.9%;


def scope_parts(text: str, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The values by level that follow a total after 其中 (offsets into ``text``), each a fact of the
    total's indicator: 其中省级1846件、市级3521件、县级5433件 after 全省共受理政府信息公开申请1.08万件; or listed after
    the levels (省级、市级、县级行政机关分别受理1,102件、2,317件和3,967件)."""
    from ..catalogue import get_catalogue
    from ..quantities import find_quantities, to_unit
    from .components import prose_fact

    if fact["negated"]:
        return []
    listed = _LEVELS_RESPECTIVELY.match(text, fact["end"])
    if listed:
        values = find_quantities(listed.group("values"))
        levels = _LIST_WORDS.split(listed.group("levels"))
        if len(values) != len(levels) or any(q.unit not in (None, fact["unit"]) for q in values):
            return []
        a = listed.start("values")
        return [prose_fact(fact["indicator"], q.value, fact["unit"], q.approx, False, fact.get("score"),
                           (a + q.start, a + q.end, q.text),
                           (fact["mention"]["start"], fact["mention"]["end"], fact["mention"]["text"])) for q in values]
    start = _PARTS_START.match(text, fact["end"])
    if not start:
        return []
    unit = get_catalogue()[fact["indicator"]].unit
    own = next(iter(find_quantities(fact["text"])), None)  # the total's unit as written (场 for a count of 次)
    units = {fact["unit"]} | ({own.unit} if own is not None and own.unit else set())
    parts, pos = [], start.end()
    while (m := _SCOPE_PART.match(text, pos)):
        qs = find_quantities(m.group())
        if len(qs) != 1:
            break
        q = qs[0]
        value = to_unit(q.value, q.unit, unit)
        if value is None or q.unit is not None and not any(u in q.unit or q.unit in u for u in units):
            break
        a0 = m.start() + q.start
        parts.append(prose_fact(fact["indicator"], value, unit, q.approx, False, fact.get("score"),
                                (a0, a0 + len(q.text), q.text),
                                (fact["mention"]["start"], fact["mention"]["end"], fact["mention"]["text"])))
        sep = _PARTS_SEP.match(text, m.end())
        if not sep:
            break
        pos = sep.end()
    if len(parts) == 1 and not _LEVEL.match(text, start.end()):  # one part: only a named level (其中省级部门…)
        return []
    return parts


# FACTS rule 1 (only the quantities that measure an indicator): a count of all cases whose part about disclosure
# follows (行政复议案件共9件，其中涉及政府信息公开的2件) is no count of disclosure cases, its part is; and GUIDELINES (sums
# the catalogue has no id for): requests new and carried over together (共受理申请41件，其中本年新收38件) are none,
# the new ones are the requests received
_PART_WORDS = r"\s*(?:为|有|共)?\s*[:：]?\s*"
_MEASURED_PART = (
    (("review", "litigation", "complaints"),
     re.compile(r"\s*[,，]?\s*其中\s*(?:涉及|关于|因|属于|为)?(?:政府)?信息公开(?:工作)?(?:的|类|方面的?)?"
                r"(?:行政复议|行政诉讼|复议|诉讼)?(?:案件|申请)?" + _PART_WORDS)),
    (("request.received",),
     re.compile(r"\s*(?:[,，]?\s*其中|[(（]\s*(?:其中)?)\s*(?:本年度?)?新收(?:到)?的?(?:政府信息公开)?(?:申请)?(?:数量)?"
                + _PART_WORDS)),
)


def measured_part(text: str, fact: dict[str, Any]) -> dict[str, Any]:
    """``fact``, or the part after it that its indicator measures (:data:`_MEASURED_PART`)."""
    from ..quantities import find_quantities

    if fact["negated"]:
        return fact
    pattern = next((p for ids, p in _MEASURED_PART
                    if fact["indicator"] in ids or fact["indicator"].split(".")[0] in ids), None)
    m = pattern.match(text, fact["end"]) if pattern else None
    qs = find_quantities(text[m.end():m.end() + 8]) if m else []
    if not qs or qs[0].start != 0 or qs[0].unit not in ("件", "宗", "起", "个", "项", "份"):
        return fact
    q, a0 = qs[0], m.end()
    return {**fact, "value": float(q.value), "approx": q.approx, "start": a0, "end": a0 + len(q.text), "text": q.text}


# A report states an indicator once (for itself): further values are parts (其中来自公民申请1482宗),
# running totals (历年累计52条) or another thing's count, unless their clause names a scope. Counts
# per channel or per platform and training rounds may come several to a report.
MULTI_VALUED = (PROACTIVE_COUNTS - {"proactive.total"}) | {"capacity.trainings", "capacity.trainees"}
_SCOPE = re.compile(r"[省市县区乡镇]级|本级|[省市县区]直|各[市县区乡镇]|各街道|全[省市县区镇乡]|"
                    r"(?:^|其中)[\s,，:：]*(?:[省市县区旗]|自治区)政府(?!门户|网站|网|信息|公报|文件)")  # 省政府本年新收…


def clause_before(sentence: str, anchor_start: int) -> str:
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, anchor_start)]
    return sentence[starts[-1] if starts else 0: anchor_start]


SCOPE_PART = "scope part"  # the clause of a fact found by scope_parts: one value of several, by level


def one_value_each(facts: list[tuple[dict[str, Any], str]]) -> list[tuple[dict[str, Any], str]]:
    """Of each indicator (but the multi-valued), the value the relation scorer is surest of, and values whose
    clause names a scope (全省共受理8453件, 其中省级受理6369件). ``facts``: (fact dict, its clause)."""
    def part(clause: str) -> bool:
        return clause.lstrip().startswith("其中") and not _YEARS_PART.search(clause)

    # a value after 其中 (其中文字解读144篇) is a part of a larger value of its indicator outside one
    # (政策解读205篇): it does not beat it; the year's part of a running total (其中2010年新增) is no such part
    outside: dict[str, float] = {}
    for f, clause in facts:
        if not part(clause):
            outside[f["indicator"]] = max(outside.get(f["indicator"], f["value"]), f["value"])
    best: dict[str, tuple[tuple[bool, float], float]] = {}
    for f, clause in facts:
        if f["indicator"] not in MULTI_VALUED:
            is_part = part(clause) and f["value"] < outside.get(f["indicator"], f["value"])
            score = (not is_part, float(f.get("score") or 0.0))
            if f["indicator"] not in best or score > best[f["indicator"]][0]:
                best[f["indicator"]] = (score, f["value"])
    return [(f, clause) for f, clause in facts
            if f["indicator"] not in best or f["value"] == best[f["indicator"]][1] or _SCOPE.search(clause)
            or clause == SCOPE_PART]


DECISIONS = {"license.decisions", "penalty.decisions", "coercion.decisions", "other_services.decisions"}
_NOT_DECIDED = re.compile(r"信息|(?:许可|处罚|强制)事项|清单|新增")  # 其他对外服务事项 is the indicator's own name
_DECIDED = re.compile(r"决定|作出|做出|办理|办结")


def documents_disclosed(fact: dict[str, Any], clause: str, year: int | None) -> bool:
    """From 2021 the format counts documents made, repealed and in force, none disclosed: a count of
    documents in 条 with no verb of making in its clause is a category of items disclosed
    (网站公开信息225条(包括工作动态125条,政策解读5条,规范性文件3条)), no fact."""
    from ..catalogue import ISSUED, VALID

    kind = fact["indicator"].split(".")[0]
    return (kind in ("normative", "rules") and bool(year) and int(year) >= 2021
            and fact["text"].rstrip().endswith("条") and not ISSUED.search(clause) and not VALID.search(clause))


_INTERNAL_RULES = re.compile(r"内部[^,，;；。]{0,6}规章|规章制度")


def internal_rules(fact: dict[str, Any], clause: str) -> bool:
    """A body's own internal rules (制定内部管理规章3件, 规章制度) are no 规章 of the formats (government rules)."""
    return fact["indicator"].startswith("rules.") and bool(_INTERNAL_RULES.search(clause + fact["mention"]["text"]))


_NOT_CLOSED = re.compile(r"(?:未|没有|不能|未能)(?:按期|按时|如期|在规定期限内|在法定期限内)?办结[^,，;；]{0,4}$")


def not_closed(fact: dict[str, Any], clause: str) -> bool:
    """Requests not closed (on time) are no count of requests closed (未按期办结2件): the formats have
    no such row, and the count is neither closed on time nor after an extension."""
    return fact["indicator"].startswith(("request.closed", "request.result_total")) and bool(_NOT_CLOSED.search(clause))


def not_decisions(fact: dict[str, Any], clause: str) -> bool:
    """A count of licences, penalties ... that is no count of decisions made: items of the power list
    (行政处罚事项202项, 新增行政强制3项) or records published (行政处罚信息16683条)."""
    if fact["indicator"] not in DECISIONS or _DECIDED.search(clause):
        return False
    return bool(_NOT_DECIDED.search(clause)) or fact["text"].rstrip().endswith("项")


_HANDLED = re.compile(r"办理|办结|(?<![予他])处理")  # 处理 as 办理 (GUIDELINES, stop 15), not 不予处理 / 其他处理
_RECEIVED = re.compile(r"收到|受理|接到|接收|新收|收悉|申请数")
_ANSWERED = re.compile(r"办理(?:回复|答复)|办结")  # handled and answered: the results, even alone
_RECEIVED_AND_HANDLED = re.compile(r"(?:收到|受理|接收)(?:并|和|及|与|、)[办处]理")  # both counts (GUIDELINES: 收到和办理, 收到和处理)
# the 2019+ section heading run into its text (三、收到和处理政府信息公开申请情况本年度共办理…) says nothing of the count
_REQUEST_HEADING = re.compile(r"收到和[处办]理[^\d,，。;；]{0,16}?情况")  # 收到和处理政府信息(公开)申请(工作)情况


def handled_requests(facts: list[tuple[dict[str, Any], str]]) -> list[tuple[dict[str, Any], str]]:
    """The counts of requests 办理 (handled), by GUIDELINES.md. Beside a count received it is the count
    handled (收到16项,办理15项), and so is a count handled and answered (办理回复依申请公开件6件). 收到和办理
    申请3件 gives both counts. 办理 N件 alone (received or handled?) gives none, unless the report breaks
    the requests down by channel (当面申请N件: then it is the count received) or N is 0."""
    # the clauses without a run-in section heading (its 收到和处理 is no count's)
    own = {id(f): clause if clause == SCOPE_PART else _REQUEST_HEADING.sub("", clause) for f, clause in facts}
    received = {f["value"] for f, _ in facts if f["indicator"] == "request.received" and not f["negated"]
                and _RECEIVED.search(own[id(f)])}
    by_channel = any(f["indicator"].startswith("request.received_") and not f["negated"] for f, _ in facts)
    both, alone = [], set()
    for f, clause in facts:
        if f["indicator"] != "request.received" or f["negated"] or clause == SCOPE_PART:
            continue
        words = own[id(f)]
        if _RECEIVED_AND_HANDLED.search(words):
            both.append(({**f, "indicator": "request.result_total"}, clause))
        elif _RECEIVED.search(words):
            continue
        elif received - {f["value"]} and _HANDLED.search(words) or _ANSWERED.search(words):
            f["indicator"] = "request.result_total"
        elif _HANDLED.search(words) and not by_channel and f["value"] != 0:
            alone.add(id(f))
    # a total's parts by level (其中市级办理600件) share its mention, and its reading
    totals = {f["mention"]["start"]: f for f, clause in facts if clause != SCOPE_PART}
    for f, clause in facts:
        total = totals.get(f["mention"]["start"]) if clause == SCOPE_PART else None
        if total is not None and f["indicator"] == "request.received":
            f["indicator"] = total["indicator"]
            if id(total) in alone:
                alone.add(id(f))
    return [(f, clause) for f, clause in facts if id(f) not in alone] + both


_CASE = re.compile(r"未经复议直接起诉|复议后起诉|复议|诉讼|起诉")  # a suit after review is a suit


_DOCUMENT_KIND = re.compile(r"规章(?!制度)|规范性文件")


def document_kind(fact: dict[str, Any], clause: str, text: str) -> str:
    """A count of rules or normative documents whose own words name neither (本年制发规章6件，废止4件，现行有效81件:
    废止 and 现行有效 say of what) counts the kind named last before it in its sentence."""
    indicator = fact["indicator"]
    kind = indicator.split(".")[0]
    if kind not in ("rules", "normative") or _DOCUMENT_KIND.search(clause + fact["mention"]["text"]):
        return indicator
    s0 = _clause_start(text, fact["start"], "。\n")
    named = _DOCUMENT_KIND.findall(text, s0, fact["start"])
    if not named:
        return indicator
    return ("rules" if named[-1] == "规章" else "normative") + indicator[len(kind):]


_UPHOLDS = re.compile(r"维持(?:了)?(?:原|我[局委厅部办])?(?:政府信息公开)?(?:答复|决定|具体行政行为)")


def upheld_answer(indicator: str, clause: str) -> str:
    """A count of answers upheld (经复议维持原答复的35件) is the upheld outcome of a case, not of requests
    answered; :func:`outcome_of` tells which case."""
    if indicator in ("request.answered", "request.result_total", "request.closed") and _UPHOLDS.search(clause):
        return "review.upheld"
    return indicator


# GUIDELINES (gold of the corpus: 因本机关不掌握相关政府信息无法提供1件 -> unavailable_not_held): an outcome whose own
# clause states its reason is the reason's count
_REASONS = {
    "request.not_processed": (("信访|举报|投诉", "petition"), ("重复申请", "repeat"), ("公开出版物", "publication"),
                              ("大量反复", "massive"), ("确认|重新出具", "confirm")),
    "request.refused": (("国家秘密", "state_secret"), ("第三方", "third_party"), ("内部事务", "internal"),
                        ("过程性", "process"), ("行政执法案卷", "case_files"), ("行政查询", "query"),
                        ("商业秘密", "commercial_secret"), ("个人隐私", "privacy"), ("三安全一稳定|危及国家安全", "security"),
                        ("禁止公开", "prohibited")),
    "request.unavailable": (("不掌握", "not_held"), ("另行制作|没有现成", "needs_creation"), ("不明确", "unclear")),
    "request.other_handling": (("逾期不补正|不补正", "no_amend"), ("收费通知|缴纳费用", "fee_unpaid")),
}


_OUTCOME_TOTAL = re.compile(r"在?(?P<o2>不予公开|不同意公开|无法提供|不予处理|其他处理)的\s*\d+\s*件中\s*[,，:：]?"
                            r"|(?P<o>不予公开|不同意公开|无法提供|不予处理|其他处理)的?\s*\d+\s*件")
_OUTCOME_IDS = {"不予公开": "request.refused", "不同意公开": "request.refused", "无法提供": "request.unavailable",
                "不予处理": "request.not_processed", "其他处理": "request.other_handling"}
_REASON_ITEM = re.compile(r"\s*(?P<m>[^，,;；。:：()（）\d]{2,30}?)的?\s*(?P<q>\d+\s*件)")


def outcome_reasons(text: str) -> Iterator[dict[str, Any]]:
    """An outcome's count split by its reasons, after 其中, in brackets or after …的N件中 (不予公开43件（其中属于行政执法案卷29件、
    危及“三安全一稳定”的3件）; 不予公开的23件中，属于国家秘密1件、…): each reason's count, where it names one reason."""
    from ..catalogue import get_catalogue
    from ..quantities import find_quantities

    cat = get_catalogue()
    for total in _OUTCOME_TOTAL.finditer(text):
        outcome = _OUTCOME_IDS[total.group("o") or total.group("o2")]
        start = total if total.group("o2") else _PARTS_START.match(text, total.end())
        for m in listed_items(text, start.end() if start else None, _REASON_ITEM):
            found = [sub for words, sub in _REASONS.get(outcome, ()) if re.search(words, m.group("m"))]
            reason = cat.get(f"{outcome.replace('request.other_handling', 'request.other')}_{found[0]}") if len(found) == 1 else None
            qs = find_quantities(m.group("q"))
            if reason is not None and len(qs) == 1:
                yield fact_of_match(reason.id, "件", m, qs[0])


_REQUEST_WAYS = (("request.received_online", re.compile(r"网上|网络|在线|网站|电子邮件|邮箱|互联网|平台")),
                 ("request.received_mail", re.compile(r"信函|邮寄|来信|写信")),
                 ("request.received_in_person", re.compile(r"当面|现场|窗口|来访")),
                 ("request.received_fax", re.compile(r"传真")))
_REQUESTS_THEN_PARTS = re.compile(r"(?:申请|受理|收到|接收)[^。]*?\d+\s*(?:件|项|个|份)[^。]*?其中")
_ABOUT = re.compile(r"涉及|关于|有关|内容")
_WAY_WORD = r"(?:网络|网上|在线|电子邮件|信函|邮寄|当面|现场|传真)"
_WAY_USED = re.compile(r"(?:通过|以|经|在|向|用|采取|采用)[^，,;；。]{0,16}?(?:网上|网络|在线|网站|电子邮件|邮箱|互联网|平台|信函|邮寄|"
                       rf"当面|现场|窗口|传真)|(?:{_WAY_WORD}|来信)(?:方式)?的?(?:申请|提交|提出|递交)")
_WAYS_RESPECTIVELY = re.compile(rf"(?P<ways>{_WAY_WORD}(?:\s*[、和及与]\s*{_WAY_WORD})+)(?:方式)?(?P<made>申请|提交|提出)?的?\s*"
                                r"(?:分别|依次)(?:为|是)?\s*(?P<values>\d[\d,]*\s*件(?:\s*[、和及与]\s*\d[\d,]*\s*件)+)")


_REQUESTS_BEFORE = re.compile(r"申请[^。；;]{0,12}?\d+\s*(?:件|项|个|份)|依申请公开")


def ways_respectively(text: str) -> Iterator[dict[str, Any]]:
    """Requests by the ways listed before 分别/依次 (网络、信函、当面和传真申请依次为688件、312件、41件和5件): each way's count."""
    from ..quantities import find_quantities

    for m in _WAYS_RESPECTIVELY.finditer(text):
        said = text[_clause_start(text, m.start(), "。\n"):m.start()]
        if not (m.group("made") or _REQUESTS_BEFORE.search(said)) or _NOT_REQUESTS.search(said):
            continue  # 受理咨询200件，其中网上、现场分别为…: no requests
        ways = list(re.finditer(_WAY_WORD, m.group("ways")))
        values = find_quantities(m.group("values"))
        if len(ways) != len(values):
            continue
        for way, q in zip(ways, values):
            indicator = next(ind for ind, words in _REQUEST_WAYS if words.search(way.group()))
            w0 = m.start("ways") + way.start()
            yield stated_fact(indicator, "件", q, m.start("values"), (w0, w0 + len(way.group()), way.group()))


def request_channel(indicator: str, before: str, clause: str) -> str:
    """A part of the requests received, after 其中, whose clause names one way of making them (其中通过政府网站申请9件、
    以信函方式提交19件、当面提交7件): that way's count (GUIDELINES: requests by channel), where the scorer read the
    count received or the portal's."""
    if indicator not in ("request.received", "proactive.website") and not indicator.startswith("request.received_"):
        return indicator
    if not _REQUESTS_THEN_PARTS.search(before) or not _WAY_USED.search(clause) or _ABOUT.search(clause):
        return indicator  # 其中涉及网站信息的申请10件: what the requests are about, no way
    ways = [ind for ind, words in _REQUEST_WAYS if words.search(clause)]
    return ways[0] if len(ways) == 1 else indicator


_REQUEST_TOTAL = re.compile(r"(?:受理|收到|接收|接到)[^。；;\d]{0,20}?申请[^。；;\d]{0,4}?\d+\s*(?:件|项|个|份)")
_WAY_ITEM = re.compile(r"\s*(?P<m>[^，,;；。、\d]{0,24}?(?:提交|申请|提出|递交))的?\s*(?P<q>\d+\s*(?:件|项|个|份))")


def requests_by_way(text: str) -> Iterator[dict[str, Any]]:
    """The requests received split by the way they were made, after 其中 (其中通过…网在线提交41件，以信函方式提交19件，
    当面提交7件): each way's count, where an item names one way (:func:`request_channel`)."""
    from ..quantities import find_quantities

    for total in _REQUEST_TOTAL.finditer(text):
        start = _PARTS_START.match(text, total.end())
        for m in listed_items(text, start.end() if start else None, _WAY_ITEM):
            ways = [ind for ind, words in _REQUEST_WAYS if words.search(m.group("m"))]
            qs = find_quantities(m.group("q"))
            if len(ways) == 1 and len(qs) == 1 and _WAY_USED.search(m.group("m")) and not _ABOUT.search(m.group("m")):
                yield fact_of_match(ways[0], "件", m, qs[0])


def reason_of(indicator: str, clause: str, year: int | None = None) -> str:
    """The outcome's count of the one reason its clause states (因属重复申请不予处理1件 -> not_processed_repeat), where
    the report's era (``year``) counts that reason; with none, or several, the outcome's."""
    from ..catalogue import get_catalogue

    found = [sub for words, sub in _REASONS.get(indicator, ()) if re.search(words, clause)]
    if len(found) != 1:
        return indicator
    reason = get_catalogue().get(f"{indicator.replace('request.other_handling', 'request.other')}_{found[0]}")
    return reason.id if reason is not None and (year is None or reason.reported_in(year)) else indicator


def outcome_of(indicator: str, text: str, mention_start: int, window: int = 80) -> str:
    """An outcome (维持, 纠正, 尚未审结 ...) belongs to the case named last before it: 行政诉讼案件7宗,
    其中:维持具体行政行为的6宗;尚未审结1宗 -> litigation.upheld, litigation.pending."""
    from ..catalogue import case_outcome

    outcome = case_outcome(indicator)
    if outcome is None:
        return indicator
    named = _CASE.findall(text, max(0, mention_start - window), mention_start)
    if not named:
        return indicator
    return f"{'review' if named[-1] == '复议' else 'litigation'}.{outcome}"
