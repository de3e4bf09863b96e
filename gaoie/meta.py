"""Report metadata where the report states it: issuing body, report year, region."""
from __future__ import annotations

import re
from typing import Any

_TITLE = re.compile(
    r"(?P<body>[\u4e00-\u9fff()（）]{2,40}?)\s*(?P<year>(?:19|20)\d\d)\s*年(?:度)?\s*"
    r"(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?报告"
)
_TITLE_NO_BODY = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年(?:度)?\s*(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?报告")
_BODY_AFTER = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|办公室|办公厅|局|委员会|厅|委|办事处|街道|镇|乡)")
_REGION = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|区|旗)"
)
_YEAR_IN_TEXT = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年(?:度)?[,，\s]")
_ANY_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月|修订|修正|以来|起|至今)")
_DATE_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*\d{1,2}\s*月")  # 截至2023年12月31日
_BODY_PREFIXES = ("关于", "本报告", "根据", "现将", "现公布", "现发布", "特向社会公布", "向社会公开", "现公开", "公布", "发布",
                  "编制的", "编制", "由")
_BODY_SUFFIX = re.compile(r"(?:编制|发布|制作)的?$")
_ASIDE = re.compile(r"[(（][^()（）]{0,20}[)）]")  # (以下简称统计局队), (或委、办、局)
# a body names an organ, a place or a unit: its last words say which
_ORGAN_END = re.compile(
    r"(?:政府|办公室|办公厅|局|委员会|委|厅|办|办事处|街道|镇|乡|中心|院|署|总队|支队|大队|所|站|馆|会|处|部|室|区|县|市|州|旗|盟|省"
    r"|自治区|管委会|管理区|开发区|集团|公司)$")
# words that make a phrase no body: a notice's verbs (关于做好2019年…报告), pronouns (我镇, 本机关), generic parts
_NOT_BODY = re.compile(r"做好|开展|完成|编制|编写|关于|根据|按照|印发|通知|要求|公布|报告|工作|全县|全市|所有|以来|牵头|年度|^年|的|在|包括|网站|门户|平台|信息(?!化)"
                       r"|[我本该各全](?:镇|乡|局|委|办|厅|区|县|市|省|单位|机关|部门|街道|科室|中心|院|所|站|处)|^我"  # not 本溪市, 全椒县
                       r"|^(?:(?:镇|乡|区|县|市|人民)?政府|政务|科室|单位|部门|机关)$"
                       r"|委[省市县区镇乡]?政府|党委、?政府")  # 区委区政府, 镇党委政府: the party and the government, no body
# where a report names its author outside a title: 由X编制, a page's 发布机构/来源, 现公布X…报告, the first sentence's subject
_BY = re.compile(r"由\s*(?P<body>[\u4e00-\u9fff、]{2,40}?)\s*(?:综合|根据|汇总|编制|编写|编)")  # not 由办公室负责: the work's unit
# a page's publisher field; 来源 (source) at a field's start and naming a government organ (not 来源于, 经费来源, a news outlet)
_PAGE_FIELD = re.compile(r"(?:发布机构|发布单位|发文机关)\s*[:：|]?\s*\|?\s*(?P<body>[\u4e00-\u9fff]{2,30})"
                         r"|(?:^|[|\s])来源\s*[:：|]\s*\|?\s*(?P<source>[\u4e00-\u9fff]{2,30}?(?:政府|办公室|办公厅|局|委员会|厅|办事处|街道"
                         r"|镇|乡))(?![\u4e00-\u9fff])", re.M)
# lines of a page that name other reports (上一篇：2018年某县财政局…报告) or a regulation's title 《…报告制度》
_OTHER_REPORTS = re.compile(r"^\s*(?:上一篇|下一篇|上一条|下一条)[^\n]*$|^\s*(?:相关阅读|相关文章|相关链接|推荐阅读)[^\n]*(?:\n[^\n]*){0,5}"
                            r"|《[^》\n]{0,60}(?:报告|年报)[^》\n]{0,8}》", re.M)
_TITLE_YEAR_FIRST = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*年?(?:度)?\s*(?P<body>[\u4e00-\u9fff]{2,40}?)\s*(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)")
_TITLE_NO_YEAR = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,40}?)(?:政府|政务)?信息公开(?:工作)?年度报告")
_SUBJECT = re.compile(
    r"(?:19|20)\d\d\s*年(?:度|以来)?\s*[,，]\s*(?P<body>[\u4e00-\u9fff]{2,30}?)"
    r"(?:认真|全面|坚持|深入|严格|紧紧|按照|根据|围绕|持续|进一步|切实|积极|不断|高度)")


def clean_body(phrase: str | None) -> str | None:
    """A phrase that may name a report's author -> the body's name, or None where it names none (a
    notice's words, a pronoun, no organ's or place's ending)."""
    if not phrase:
        return None
    body = _ASIDE.sub("", phrase).strip("()（） ")
    for prefix in _BODY_PREFIXES:
        if prefix in body:
            body = body.split(prefix)[-1]
    body = _BODY_SUFFIX.sub("", body).lstrip("的")
    end = _ORGAN_END.search(body)
    if len(body) < 2 or _NOT_BODY.search(body) or not end or end.start() == 0:
        return None  # 中心, 办公室, 委员会 alone name no body
    return body


def find_body(top: str) -> tuple[str | None, int | None]:
    """The report's body from its head (normalised text), with the year of the title that names it: its
    title, else the first line that names one, the page's publisher field, 由X编制, 现公布X…报告, or the
    subject of its first dated sentence (no year then)."""
    for pattern in (_TITLE, _TITLE_YEAR_FIRST):
        for m in pattern.finditer(top):
            body = clean_body(m.group("body"))
            if body:  # a title starts its line: a sentence's 公布2013年度X…报告 may name another year
                at_line_start = pattern is _TITLE or not top[top.rfind("\n", 0, m.start()) + 1:m.start()].strip()
                return body, int(m.group("year")) if at_line_start else None
    for line in top.splitlines()[:3]:
        b = _BODY_AFTER.match(line.strip())
        body = clean_body(b.group(0)) if b else None
        if body:
            return body, None
    for pattern in (_PAGE_FIELD, _BY, _TITLE_NO_YEAR, _SUBJECT):
        for m in pattern.finditer(top):
            body = clean_body(m.group("body") or m.groupdict().get("source"))
            if body:
                return body, None
    return None, None


def extract_meta(text: str, head: int = 1500) -> dict[str, Any]:
    """Body, year and region from the report's title or first paragraph (normalised text)."""
    top = _OTHER_REPORTS.sub(lambda m: "_" * len(m.group()), text[:head])  # no space: 2008年《条例》 is no 2008年 + space
    body, title_year = find_body(top)
    meta: dict[str, Any] = {"body": body, "year": title_year, "region": None}
    m = _TITLE.search(top) or _TITLE_NO_BODY.search(top)
    if m:
        meta["year"] = int(m.group("year"))
    elif title_year is None:
        years = [int(y) for y in _YEAR_IN_TEXT.findall(top)]
        if years:
            meta["year"] = max(set(years), key=years.count)
    if meta["body"]:
        r = _REGION.match(meta["body"])
        if r:
            meta["region"] = r.group(0)
    return meta


def guess_year(text: str) -> int | None:
    """The year a report without a title speaks of: the year it names most often, the earliest of
    a tie (a report names its year before its plans); dates, revision years and the start of a
    running count (2008年以来) left out, unless the report names no other year: then its dates' years."""
    years = [int(y) for y in _ANY_YEAR.findall(text)] or [int(y) for y in _DATE_YEAR.findall(text)]
    return max(sorted(set(years)), key=years.count) if years else None


def report_year(text: str, meta: dict[str, Any] | None = None) -> int | None:
    """The year whose format a report follows: its title's (``meta`` if already extracted), else
    the year it names most often."""
    return (meta if meta is not None else extract_meta(text)).get("year") or guess_year(text)
