"""The pre-2019 统计表 (政府信息公开情况统计表): one value a row, ``label | 单位 | 统计数``.

Rows are matched by their words within their section (一 主动公开 ... 九 会议和培训), since some
labels repeat across sections (被依法纠错数 under 行政复议 and under 行政诉讼).
"""
from __future__ import annotations

import re

from .grid import Row, label_key, rows_between

# Sections by their heading words, and within each the rows: (id, phrases of the label).
SECTIONS = [
    ("主动公开情况", [
        ("proactive.normative_docs_issued", ("制发规范性文件",)),
        ("proactive.normative_docs", ("主动公开规范性文件",)),
        ("proactive.total", ("主动公开政府信息数",)),
        ("proactive.gazette_items", ("政府公报公开",)),
        ("proactive.website", ("政府网站公开", "门户网站公开")),
        ("proactive.weibo", ("政务微博公开",)),
        ("proactive.wechat", ("政务微信公开",)),
        ("proactive.other_channels", ("其他方式公开",)),
    ]),
    ("回应解读情况", [
        ("interpret.hot_responses", ("回应公众关注热点", "重大舆情数")),
        ("interpret.press_conferences_head", ("主要负责同志参加新闻发布会",)),
        ("interpret.press_conferences", ("新闻发布会",)),
        ("interpret.online_interviews_head", ("主要负责同志参加政府网站在线访谈", "主要负责同志参加在线访谈")),
        ("interpret.online_interviews", ("在线访谈",)),
        ("interpret.policy_interpretations", ("政策解读",)),
        ("interpret.weibo_wechat_responses", ("微博微信回应",)),
        ("interpret.other_responses", ("其他方式回应",)),
    ]),
    ("依申请公开情况", [
        ("request.received_in_person", ("当面申请",)),
        ("request.received_fax", ("传真申请",)),
        ("request.received_online", ("网络申请", "网上申请")),
        ("request.received_mail", ("信函申请",)),
        ("request.received", ("收到申请数",)),
        ("request.closed_on_time", ("按时办结",)),
        ("request.closed_extended", ("延期办结",)),
        ("request.closed", ("申请办结数",)),
        ("request.already_public", ("已主动公开范围",)),
        ("request.partial", ("同意部分公开",)),
        ("request.refused", ("不同意公开",)),
        ("request.granted", ("同意公开",)),
        ("request.answered", ("申请答复数",)),
        ("request.refused_state_secret", ("国家秘密",)),
        ("request.refused_commercial_secret", ("商业秘密",)),
        ("request.refused_privacy", ("个人隐私",)),
        ("request.refused_security", ("危及国家安全", "三安全一稳定")),
        ("request.refused_not_gov_info", ("所指政府信息",)),
        ("request.refused_other_law", ("法律法规规定的其他情形",)),
        ("request.not_this_agency", ("不属于本行政机关", "不属于本机关")),
        ("request.not_exist", ("申请信息不存在", "信息不存在")),
        ("request.told_to_amend", ("更改补充",)),
        ("request.told_other_channel", ("其他途径",)),
    ]),
    ("行政复议数量", [
        ("review.upheld", ("维持具体行政行为",)),
        ("review.corrected", ("依法纠错",)),
        ("review.other", ("其他情形",)),
        ("review.total", ("行政复议数量", "行政复议案件数量")),
    ]),
    ("行政诉讼数量", [
        ("litigation.upheld", ("维持具体行政行为", "驳回原告")),
        ("litigation.corrected", ("依法纠错",)),
        ("litigation.other", ("其他情形",)),
        ("litigation.total", ("行政诉讼数量", "行政诉讼案件数量")),
    ]),
    ("举报投诉数量", [("complaints.total", ("举报投诉数量", "举报投诉案件数量"))]),
    ("收取的费用", [("request.fees", ("收取的费用", "收取费用"))]),
    ("机构建设和保障经费", [
        ("capacity.dedicated_units", ("专门机构",)),
        ("capacity.reading_points", ("查阅点",)),
        ("capacity.staff_full_time", ("专职人员",)),
        ("capacity.staff_part_time", ("兼职人员",)),
        ("capacity.staff", ("从事政府信息公开工作人员",)),
        ("capacity.budget", ("专项经费",)),
    ]),
    ("会议和培训", [
        ("capacity.meetings", ("工作会议", "专题会议")),
        ("capacity.trainings", ("培训班",)),
        ("capacity.trainees", ("接受培训人员",)),
    ]),
]
_SECTION_START = re.compile(r"^[一二三四五六七八九十]+[、.]")


def find_table(text: str) -> tuple[int, int] | None:
    m = re.search(r"主动公开政府信息数|统计指标", text)
    if not m:
        return None
    return text.rfind("\n", 0, m.start()) + 1, len(text)


def _unique_phrases() -> list[tuple[str, int, str]]:
    """(phrase, section, id) for the row phrases that only one section uses (收到申请数, not 其他情形)."""
    sections_of: dict[str, set[int]] = {}
    for i, (_, rows) in enumerate(SECTIONS):
        for _, phrases in rows:
            for p in phrases:
                sections_of.setdefault(p, set()).add(i)
    return [(p, i, ind) for i, (_, rows) in enumerate(SECTIONS) for ind, phrases in rows for p in phrases
            if sections_of[p] == {i}]


UNIQUE_PHRASES = _unique_phrases()
# the 单位 column of a PDF-text row after its 数 (1.政府网站公开政府信息数 条 240, spaces gone: 数条)
_UNIT_BEFORE = re.compile(r"数\s*(?:条|件|个|人次|人|次|万元|元|项|篇|期|场)\s*$")


def read_table(text: str) -> list[tuple[str, Row, int]]:
    """(indicator, row, index of the value among the row's numbers) for each row of the 统计表. A row that no
    phrase of its section names, or that stands before any section heading (tables that lost heading rows,
    label variants), is read by a phrase only one section uses; before any heading that section goes on. A
    row naming the same indicator under its own heading later takes it back."""
    region = find_table(text)
    if region is None:
        return []
    out: list[tuple[str, Row, int]] = []
    section = None
    taken: dict[str, bool] = {}  # indicator -> read by the fallback
    for row in rows_between(text, *region):
        label = row.label.strip()
        key = label_key(label)
        if _SECTION_START.match(label):
            for i, (words, _) in enumerate(SECTIONS):
                if words in key.replace("案件数量", "数量"):  # 五、行政诉讼案件数量
                    section = i
                    break
        if not row.numbers or not key:
            continue
        found = None
        if section is not None:
            found = next((ind for ind, phrases in SECTIONS[section][1]
                          if taken.get(ind, True) and any(p in key for p in phrases)), None)
        if found is not None and taken.get(found):  # the row of its own section: the fallback's guess gives way
            out = [x for x in out if x[0] != found]
        fallback = False
        if found is None and (row.cells or _UNIT_BEFORE.search(label)):  # a table row, not a line of prose
            unique = next(((i, ind) for p, i, ind in UNIQUE_PHRASES if ind not in taken and p in key), None)
            if unique is not None:
                found, fallback = unique[1], True
                if section is None:
                    section = unique[0]
        if found is not None:
            taken[found] = fallback
            out.append((found, row, len(row.numbers) - 1))  # the 统计数 column is the last
    return out
