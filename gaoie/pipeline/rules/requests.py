"""Requests for disclosure and consultations: what is no request (letters, complaints, hotline caseloads,
parts by applicant), counts handled beside counts received, the outcomes with their reasons, the ways
requests were made, and the ways of consulting.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from .base import (PARTS_START, REQUEST_WORDS, SCOPE_PART, clause_before, clause_start, fact_of_match, listed_items,
                   matched_counts, stated_counts, stated_fact)


# GUIDELINES: counts of letters, visits, complaints or problems handled are no disclosure requests, and
# consultation mixed with complaints (受理咨询投诉938件) is left out.
_REQUEST_COUNTS = re.compile(r"request\.(?:received\w*|result_total|closed|answered)$")
_NOT_REQUESTS = re.compile(r"咨询|投诉|信访|来访|来信|信件|信箱|诉求|问题|建议|提案|留言|举报")
_REQUEST_WORD = re.compile(r"申请|依申请|申请件")
# the clause counts items of information by how they are disclosed (依申请公开信息459条, 不予公开的信息为1535条),
# not requests to disclose information (受理群众申请公开政府信息25条)
_INFO_COUNTED = re.compile(r"(?:依申请|不予|部分|免予)公开(?:类|的)?(?:政府)?信息\s*(?:为|共计|共|合计|计|有)?\s*$")
_CONSULT_AND_COMPLAINT = re.compile(r"咨询投诉|投诉咨询|咨询、投诉|投诉、咨询")
_UNCLEAR = re.compile(r"内容不明确[的”\"]?(?:申请)?\s*(?:为|有|共)?\s*$")


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
    if ind.startswith("request.received") and _UNCLEAR.search(clause):
        return True  # 申请内容不明确1件: an outcome the catalogue has no id for, no count of requests
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
    words = before[clause_start(before, len(before)):]
    if not _HOTLINE.search(words) and not _COUNT_BEFORE.search(before):  # the line named first (依托12316三农服务热线，
        words = before  # 全年接听农户咨询电话2300余个)
    return bool(_HOTLINE.search(words)) and not _OTHER_WAYS.search(words) and not _DISCLOSURE_LINE.search(words)


_COUNT_BEFORE = re.compile(r"\d\s*(?:万|余|多)*\s*(?:件|条|次|人次|个|起|宗|场|篇)")  # another count earlier in the sentence
# GUIDELINES (What is a fact): sums the catalogue has no id for: requests new and carried over (申请总数为137件（含上年结转
# 9件）)
_WITH_CARRIED_OVER = re.compile(r"\s*[(（]\s*(?:其中)?\s*(?:含|包括|包含)\s*(?:上年|上一年|上年度)(?:度)?结转")


_CARRIED_OVER_NOTED = re.compile(r"[(（]\s*(?:其中)?\s*(?:含|包括|包含)\s*$")  # 申请（含上年结转）56件


def with_carried_over(text: str, fact: dict[str, Any], clause: str) -> bool:
    """A count of requests received that says it holds those carried over from last year: a sum, no count
    received (one handled, 办理回复…6件(含上年结转3件), is the count of results); nor is the count after such a
    note without a number of its own (收到申请（含上年结转）56件) the count carried over."""
    if fact["indicator"] == "request.carried_over" and not fact["negated"]:
        m = fact["mention"]
        return (bool(_CARRIED_OVER_NOTED.search(text, max(0, m["start"] - 6), m["start"]))
                and bool(re.fullmatch(r"\s*[)）]\s*(?:共|共计|合计)?\s*", text[m["end"]:fact["start"]])))
    return (fact["indicator"] == "request.received" and bool(_WITH_CARRIED_OVER.match(text, fact["end"]))
            and not _HANDLED.search(clause))


_NOT_DISCLOSURE_REQUEST = re.compile(r"复议|诉讼|建议|提案|信访|来信|来访|投诉|举报|咨询")
_HANDLED_BESIDE = re.compile(r"(?:收到|受理|接收|接到)[^。；;\d]{0,20}?申请[^。；;\d]{0,8}?\d+\s*(?:件|项|个|宗)\s*[,，、]\s*"
                             r"(?:上一?年度?结转(?:申请)?\s*\d+\s*件\s*[,，、]\s*)?(?:本年度?|全年)?"
                             r"(?:均已|已|全部)?(?P<m>办理|办结|答复)(?:完毕)?了?\s*(?P<q>\d+\s*(?:件|项|个|宗))")


def handled_beside_received(text: str) -> Iterator[dict[str, Any]]:
    """A count of requests handled right after the count received (收到依申请公开16项,办理15项): the count of
    results (GUIDELINES: 办理 beside 收到; before 2019 答复 -> answered, 办结 -> closed, by the report's era). Requests
    for review, letters, visits or proposals (收到行政复议申请3件,办理2件) are no disclosure requests."""
    def disclosure(m: re.Match) -> bool:
        received = m.string[m.start():m.start("m")]
        return "公开" in received and not _NOT_DISCLOSURE_REQUEST.search(received)

    return stated_counts(text, _HANDLED_BESIDE, "request.result_total", "件", keep=disclosure)


_HANDLED_ANSWERED = re.compile(r"(?P<m>办理(?:回复|答复|答覆))了?\s*(?:共|共计)?\s*(?P<q>\d+\s*(?:件|项|个|宗))")
_NOT_HANDLED_REQUESTS = re.compile(_NOT_DISCLOSURE_REQUEST.pattern + r"|热线|信箱|留言|诉求|许可|登记|审批|政务服务|"
                                   r"救助")


# before 2019, the requests answered or closed, on time or late, named by the form's words with their count after them
# (按时办结5836件，延期答复100件; 按时答复23件 is answered) or before them (11件申请均已按期答复; 298件申请已全部按期办结):
# the form's rows (GUIDELINES: 答复 -> answered, 按时/按期 -> closed on time, 延期 -> closed late, 办结 -> closed)
_ANSWERED_FIRST = re.compile(r"(?P<m>(?:按时|按期|如期|延期)办结|延期答复)\s*(?P<q>\d+\s*件)")
_COUNT_FIRST = (r"(?P<q>\d+\s*件)(?:政府信息公开)?申请(?:均已|已全部|均|全部|已)(?:在法定期限内|在规定时限内|按规定时限|依法)?"
                r"(?:予以)?")
_COUNT_FIRST_CLOSED = re.compile(_COUNT_FIRST + r"(?P<m>(?:按时|按期|如期)?办结)")
_COUNT_FIRST_ANSWERED = re.compile(_COUNT_FIRST + r"(?:按时|按期|如期)?(?P<m>答复)")  # answered, on time or not


def answered_before_2019(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """The form's rows of answers and closings before 2019, named by their words (:data:`_ANSWERED_FIRST`,
    :data:`_COUNT_FIRST`), of requests only."""
    if year is None or int(year) >= 2019:
        return

    def of_requests(f) -> bool:  # not 受理群众来信来访236件，按期办结230件
        before = text[clause_start(text, f["start"], "。；;\n"):f["start"]]
        return not _NOT_HANDLED_REQUESTS.search(before) and not _NOT_REQUESTS.search(before)

    for pattern in (_ANSWERED_FIRST, _COUNT_FIRST_CLOSED, _COUNT_FIRST_ANSWERED):
        for f in filter(of_requests, matched_counts(text, pattern, "request.answered", "件")):
            words = f["mention"]["text"]
            f["indicator"] = ("request.closed_extended" if "延期" in words else "request.closed_on_time"
                              if re.match(r"按时|按期|如期", words) else "request.answered" if "答复" in words
                              else "request.closed")
            yield f


def handled_and_answered(text: str) -> Iterator[dict[str, Any]]:
    """办理回复 / 办理答复 N件 (handled and answered), also alone: the count of results (GUIDELINES; before 2019
    request.answered, by the report's era), where the sentence before it names disclosure requests, not letters,
    hotline calls, reviews, proposals or applications for a licence."""
    def of_requests(m: re.Match) -> bool:
        before = m.string[clause_start(m.string, m.start(), "。；;\n"):m.start()]
        return bool(REQUEST_WORDS.search(before)) and not _NOT_HANDLED_REQUESTS.search(before)

    return stated_counts(text, _HANDLED_ANSWERED, "request.result_total", "件", keep=of_requests)


# the form's own words for the requests received (本年新收政府信息公开申请数量): never another count
_NEWLY_RECEIVED = re.compile(r"(?P<m>本年度?新收(?:到)?的?(?:政府信息公开|依申请公开)?(?:申请)?(?:数量|数)?)\s*(?:为|共|共计)?"
                             r"\s*[:：]?\s*(?P<q>\d[\d,]*\s*(?:件|项|个|宗))")


def newly_received(text: str) -> Iterator[dict[str, Any]]:
    """The requests newly received in the year, named by the form's words (其中本年新收40件，上年结转2件): request.received,
    however unsure the linker is of 本年新收 alone."""
    return stated_counts(text, _NEWLY_RECEIVED, "request.received", "件")


# the pre-2019 outcomes that tell the applicant what to do, the applicant named in between (告知申请人更改补充1件)
_TOLD = (
    ("request.told_to_amend", re.compile(r"(?P<m>告知(?:申请人)?(?:作出|进行)?(?:更改|补充|补正)(?:[、和]?(?:补充|补正))?(?:申请)?"
                                         r"(?:内容)?)的?\s*(?:共)?\s*(?P<q>\d+\s*件)")),
    ("request.told_other_channel", re.compile(r"(?P<m>告知(?:申请人)?(?:通过|按照|依|向)其他(?:途径|渠道|程序|方式|部门)"
                                              r"(?:办理|获取|申请|查询)?)的?\s*(?:共)?\s*(?P<q>\d+\s*件)")),
)
# not the body's to answer, the count after what the applicant was told (非本机关职责范围并告知申请人向有关机关申请的7件):
# before 2019 its own id, from 2019 the form's 本机关不掌握 (:func:`gaoie.catalogue.era_id`)
_NOT_THIS_AGENCY = re.compile(r"(?P<m>(?:不属于|非)本(?:行政)?(?:机关|单位|部门)(?:的)?(?:职责|职能|公开|掌握)?(?:范围)?)"
                              r"(?:[、并且]|[,，]\s*(?:且|并)?(?=已?告知)|(?=告知))[^，,;；。\d]{0,20}?告知[^，,;；。\d]{0,20}?的?"
                              r"\s*(?P<q>\d+\s*件)")


# requests the applicant did not amend when told to (申请内容不明确经告知后申请人未补正1件, 告知作出更改补充后申请人逾期未补正4件):
# before 2019 told to amend, from 2021 the form's 申请人无正当理由逾期不补正 (the 2019 form has no row of its own)
_NOT_AMENDED = re.compile(r"(?P<m>(?:逾期)?(?:未|不)(?:按要求)?补正(?:[、,，]?(?:行政机关)?不再处理(?:其)?(?:申请)?)?)的?\s*(?:共)?\s*"
                          r"(?P<q>\d+\s*件)")


def not_amended(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    indicator = ("request.told_to_amend" if year is not None and year < 2019 else
                 "request.other_no_amend" if year is not None and year >= 2021 else None)
    return matched_counts(text, _NOT_AMENDED, indicator, "件") if indicator else iter(())


def not_this_agency(text: str) -> Iterator[dict[str, Any]]:
    return matched_counts(text, _NOT_THIS_AGENCY, "request.not_this_agency", "件")


def told_to_act(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """Before 2019, requests answered by telling the applicant to amend them or to go another way, however the
    sentence names the applicant (告知申请人更改补充1件; 告知申请人通过其他途径获取2件)."""
    if year is not None and year >= 2019:
        return
    for indicator, pattern in _TOLD:  # not stated_counts: 其他途径 names no channels here
        yield from matched_counts(text, pattern, indicator, "件")


# table 三 written as prose ends with its total: …不予处理1件，其他处理1件，总计22件 (办理结果合计77件)
_OUTCOME_WORD = r"(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)"
_RESULTS_SUMMED = re.compile(rf"{_OUTCOME_WORD}(?:(?!结转|新收|办理中|正在|尚在|顺延|下一?年|复议|诉讼)[^。；;]){{0,200}}?[,，、]\s*"
                             r"(?P<m>(?:办理结果)?(?:总计|合计|共计))\s*[:：]?\s*为?\s*(?P<q>\d[\d,]*\s*件)")
# its rows as labels (…其他处理：6件；总计：93件; …（六）其他处理：1件；（七）总计：35件)
_RESULTS_ROWS_SUMMED = re.compile(rf"{_OUTCOME_WORD}[^。；;]{{0,40}}?[:：]\s*\d+\s*件\s*[；;]\s*"
                                  r"(?:[(（][一二三四五六七八九十]+[)）]|\d+[.、])?\s*(?P<m>总计)\s*[:：]\s*"
                                  r"(?P<q>\d[\d,]*\s*件)")


def results_summed(text: str) -> Iterator[dict[str, Any]]:
    """The total after the outcomes of requests (…其他处理1件，总计22件): the count of results."""
    yield from stated_counts(text, _RESULTS_SUMMED, "request.result_total", "件")
    yield from stated_counts(text, _RESULTS_ROWS_SUMMED, "request.result_total", "件")


_LEFT_OVER = re.compile(r"(?:另有|尚有|还有|仍有)(?P<q>\d+\s*(?:件|项|个))[^。；;]{0,30}?"
                        r"(?P<m>结转(?:(?:至|到)?下一?年度?|(?:至|到)(?P<y>\d{4})年度?)|转入(?:下一?年度?|(?P<y2>\d{4})年度?)|"
                        r"下一?年度继?续办理)")
_LAST_YEARS = re.compile(r"上一?年|去年|上年度|结转")  # 上年结转的申请还有2件: last year's requests, no count left over


def carried_forward(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """Requests left for next year, counted before the reason they wait (另有3件因需征求第三方意见，结转下年度继续办理), or
    before the year named, the report's next (尚有21件结转至2021年继续办理, in a report of 2020). ``year``: the report's."""
    def next_years(m: re.Match) -> bool:
        named = m.group("y") or m.group("y2")  # and no words of last year's requests in its own clause (上年结转的申请还有2件)
        return (named is None or year is not None and int(named) == year + 1) and not _LAST_YEARS.search(
            m.string, clause_start(m.string, m.start()), m.start("m"))

    return stated_counts(text, _LEFT_OVER, "request.carried_forward", "件", keep=next_years)


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


_NOT_CLOSED = re.compile(r"(?:未|没有|不能|未能)(?:按期|按时|如期|在规定期限内|在法定期限内)?办结[^,，;；]{0,4}$")


def not_closed(fact: dict[str, Any], clause: str) -> bool:
    """Requests not closed (on time) are no count of requests closed (未按期办结2件): the formats have
    no such row, and the count is neither closed on time nor after an extension."""
    return fact["indicator"].startswith(("request.closed", "request.result_total")) and bool(_NOT_CLOSED.search(clause))


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


def the_reason(outcome: str, words: str):
    """The catalogue's indicator of the one reason for ``outcome`` that ``words`` state, or None (none, or several)."""
    from ...catalogue import get_catalogue

    found = [(pattern, sub) for pattern, sub in _REASONS.get(outcome, ()) if re.search(pattern, words)]
    if len(found) != 1 or "|" not in found[0][0] and re.search(rf"(?:{found[0][0]})[^，,;；。\d]{{0,3}}?(?:和|及|以及|、|或)",
                                                               words):
        return None  # none, or several (因涉及国家秘密和正在侦查的案件信息不予公开2件: one named, one not); a reason of
        # several words is itself a list (信访、举报、投诉类; 危及国家安全、公共安全…)
    found = [sub for _, sub in found]
    return get_catalogue().get(f"{outcome.replace('request.other_handling', 'request.other')}_{found[0]}")


_MAINLY = re.compile(r"\s*[,，:：]\s*(?:其中)?(?:主要为|主要是|主要涉及|分别为)\s*[:：]?")  # 不予公开41件，主要为内部事务信息12件、…


def outcome_reasons(text: str) -> Iterator[dict[str, Any]]:
    """An outcome's count split by its reasons, after 其中, in brackets or after …的N件中 (不予公开43件（其中属于行政执法案卷29件、
    危及“三安全一稳定”的3件）; 不予公开的23件中，属于国家秘密1件、…): each reason's count, where it names one reason."""
    from ...quantities import find_quantities

    for total in _OUTCOME_TOTAL.finditer(text):
        outcome = _OUTCOME_IDS[total.group("o") or total.group("o2")]
        start = total if total.group("o2") else (PARTS_START.match(text, total.end()) or _MAINLY.match(text, total.end()))
        for m in listed_items(text, start.end() if start else None, _REASON_ITEM):
            reason = the_reason(outcome, m.group("m"))
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
    from ...quantities import find_quantities

    for m in _WAYS_RESPECTIVELY.finditer(text):
        said = text[clause_start(text, m.start(), "。\n"):m.start()]
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
    from ...quantities import find_quantities

    for total in _REQUEST_TOTAL.finditer(text):
        start = PARTS_START.match(text, total.end())
        for m in listed_items(text, start.end() if start else None, _WAY_ITEM):
            ways = [ind for ind, words in _REQUEST_WAYS if words.search(m.group("m"))]
            qs = find_quantities(m.group("q"))
            if len(ways) == 1 and len(qs) == 1 and _WAY_USED.search(m.group("m")) and not _ABOUT.search(m.group("m")):
                yield fact_of_match(ways[0], "件", m, qs[0])


def reason_of(indicator: str, clause: str, year: int | None = None) -> str:
    """The outcome's count of the one reason its clause states (因属重复申请不予处理1件 -> not_processed_repeat), where
    the report's era (``year``) counts that reason; with none, or several, the outcome's (a reason in brackets after
    the count, 不予公开2件（均涉及商业秘密）, leaves it the outcome's: the written excerpts' reading)."""
    reason = the_reason(indicator, clause)
    return reason.id if reason is not None and (year is None or reason.reported_in(year)) else indicator
