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
_BODY_PREFIXES = ("关于", "本报告", "根据", "现将", "现公布", "现发布", "特向社会公布", "公布", "发布", "由")
_BODY_SUFFIX = re.compile(r"(?:编制|发布|制作)的?$")


def extract_meta(text: str, head: int = 1500) -> dict[str, Any]:
    """Body, year and region from the report's title or first paragraph (normalised text)."""
    top = text[:head]
    meta: dict[str, Any] = {"body": None, "year": None, "region": None}
    m = _TITLE.search(top)
    if m:
        body = m.group("body").strip("()（） ")
        for prefix in _BODY_PREFIXES:
            if prefix in body:
                body = body.split(prefix)[-1]
        body = _BODY_SUFFIX.sub("", body)
        meta["body"] = body if len(body) >= 2 else None
        meta["year"] = int(m.group("year"))
    else:
        m = _TITLE_NO_BODY.search(top)
        if m:
            meta["year"] = int(m.group("year"))
        else:
            years = [int(y) for y in _YEAR_IN_TEXT.findall(top)]
            if years:
                meta["year"] = max(set(years), key=years.count)
    if meta["body"] is None:
        for line in top.splitlines()[:3]:
            b = _BODY_AFTER.match(line.strip())
            if b:
                meta["body"] = b.group(0)
                break
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
