"""Statistics tables of a body's own design: a title or a header, then label, value and unit rows.

Before 2019 many bodies printed their own table instead of the national 统计表 (政府信息公开工作主要数据统计,
``序号 | 指标名称 | 统计数 | 计量单位``, ``指标名称 单位 数量``, or two label/value pairs side by side:
``| 主动公开政府信息 | 1,582条 | 信息不存在 | 2件 |``). Their labels are free, so rows are read by their
words (:data:`LABELS`, the more specific first); a row naming nothing of the catalogue (其中：全文电子化) is
no fact. Read only where no national layout is found, and only in a run of rows right after the header: a
line of prose ends the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..quantities import to_unit
from ..catalogue import get_catalogue

# a table's title or its header row: 情况统计表 / 主要数据统计 / 指标名称 单位 数量 / 项目 | 数量
_TITLE = re.compile(r"统计表|数据统计|情况统计|统计情况")
_HEADER = re.compile(r"(?:指标|项目|名称)[^。，,；;]{0,12}(?:数量|统计数|数值|数据|单位)")
_UNIT = r"(?:人次|万元|条|件|次|个|人|元|期|篇|项|场|份)"
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_VALUE = rf"(?:{_NUMBER}|[—–―－/／-]{{1,2}})"
# one row of a line: [serial] label [unit] value [unit]; the label no sentence, a unit before the value a column of
# its own (规范性文件18件: the 件 of 文件 is the label's)
_LINE_ROW = re.compile(rf"^\s*(?:\d{{1,2}}[.、]?\s+)?(?P<label>[^\d|:：。，,；;]{{2,24}}?|其中[:：][^\d|。，,；;]{{2,20}}?)"
                       rf"\s*(?:(?P<u1>{_UNIT})\s+)?(?P<value>{_VALUE})\s*(?P<u2>{_UNIT})?\s*$")
_CELL_VALUE = re.compile(rf"^\s*(?P<value>{_VALUE})\s*(?P<u2>{_UNIT})?\s*$")
_RULE = re.compile(r"^[\s|:\-]+$")  # a markdown rule under a header: | --- | --- |
_SUB = re.compile(r"^(?:其中|包括|含)\s*[:：]?")

# label words -> indicator, the more specific first; a family word (复议, 诉讼) sets the outcomes after it
LABELS: list[tuple[str, re.Pattern]] = [(ind, re.compile(p)) for ind, p in (
    ("proactive.normative_docs_issued", r"制发.*规范性文件"),
    ("proactive.normative_docs", r"规范性文件"),
    ("proactive.website", r"网站(?!.*咨询)"),
    ("proactive.weibo", r"微博"),
    ("proactive.wechat", r"微信"),
    ("proactive.gazette_items", r"公报"),
    ("proactive.other_channels", r"其他方式|其它方式|公开栏|电子屏"),
    ("proactive.total", r"主动公开"),
    ("interpret.hot_responses", r"热点|舆情"),
    ("interpret.press_conferences", r"发布会"),
    ("interpret.online_interviews", r"在线访谈"),
    ("interpret.policy_interpretations", r"解读"),
    ("request.received_in_person", r"当面申请|现场申请"),
    ("request.received_online", r"网上申请|网络申请|在线申请"),
    ("request.received_mail", r"信函申请|邮寄申请"),
    ("request.received_fax", r"传真申请"),
    ("request.closed_on_time", r"按时办结"),
    ("request.closed_extended", r"延期办结"),
    ("request.closed", r"办结"),
    ("request.answered", r"答复"),
    ("request.partial", r"部分公开"),
    ("request.refused", r"不同意公开|不予公开"),
    ("request.granted", r"同意公开|予以公开"),
    ("request.not_exist", r"不存在"),
    ("request.not_this_agency", r"非本机关|不属于本"),
    ("capacity.budget", r"经费"),
    ("request.fees", r"收费|费用"),
    ("consult.phone", r"电话咨询"),
    ("consult.online", r"网上咨询|网络咨询|在线咨询"),
    ("consult.in_person", r"现场咨询|当面咨询"),
    ("consult.total", r"咨询"),
    ("capacity.reading_points", r"查阅点|查阅场所数|查阅室"),
    ("capacity.reading_visits", r"查阅.*接待|接待.*查阅|查阅人次"),
    ("review.total", r"行政复议"),
    ("litigation.total", r"行政诉讼"),
    ("complaints.total", r"申诉|举报|投诉"),
    ("capacity.staff_full_time", r"专职"),
    ("capacity.staff_part_time", r"兼职"),
    ("capacity.staff", r"工作人员|人员数"),
    ("capacity.trainees", r"参训|培训人员|参加培训"),
    ("capacity.trainings", r"培训"),
    ("request.received", r"申请"),
)]
_OUTCOMES = (("upheld", re.compile(r"维持")), ("corrected", re.compile(r"纠正|纠错|撤销")), ("other", re.compile(r"其他")))


@dataclass
class Cell:
    indicator: str
    value: float
    start: int  # the value's span in the normalised text
    end: int


def indicator_of(label: str, family: str | None) -> str | None:
    """The indicator a row's label names; ``family``: review or litigation, the case row above."""
    label = _SUB.sub("", re.sub(r"\s+", "", label))
    if family and not re.search(r"复议|诉讼", label):
        for outcome, pattern in _OUTCOMES:
            if pattern.search(label):
                return f"{family}.{outcome}"
    return next((ind for ind, pattern in LABELS if pattern.search(label)), None)


def _cell(indicator: str, value: str, unit: str | None, start: int, end: int) -> Cell | None:
    if not re.match(r"\d", value):
        return None  # a dash: nothing counted
    number = float(value.replace(",", ""))
    target = get_catalogue()[indicator].unit
    if target == "万元":
        number = to_unit(number, unit, target)
        if number is None:
            return None
    return Cell(indicator, number, start, end)


def _pairs(line: str, offset: int) -> list[tuple[str, str, str | None, int, int]] | None:
    """(label, value, unit, start, end) of a row, or None when the line is no row. A pipe row may hold two
    label/value pairs side by side, and a pair's label and value may both be split by a slash
    (行政复议 / 行政诉讼 | 0件 / 0件)."""
    if "|" not in line:
        m = _LINE_ROW.match(line)
        if m is None:
            return None
        return [(m.group("label"), m.group("value"), m.group("u1") or m.group("u2"),
                 offset + m.start("value"), offset + m.end("value"))]
    out, label = [], None
    for c in re.finditer(r"[^|]+", line):
        cell = c.group().strip()
        if not cell:
            continue
        parts = list(re.finditer(r"[^/]+", c.group()))
        values = [_CELL_VALUE.match(part.group()) for part in parts]
        if all(values):
            if label is None:
                continue  # a serial number before its label
            labels = re.split(r"\s*/\s*", label)
            labels = labels if len(labels) == len(values) else [label] * len(values)
            for lab, part, m in zip(labels, parts, values):
                at = offset + c.start() + part.start()
                out.append((lab, m.group("value"), m.group("u2"), at + m.start("value"), at + m.end("value")))
            label = None
        elif re.fullmatch(_UNIT, cell):
            continue  # a unit column
        elif re.search(r"[。，,；;]", cell) or len(cell) > 30:
            return None
        else:
            label = cell
    return out


def read_table(text: str) -> list[Cell]:
    """The cells of the first table of a body's own design in ``text`` (normalised)."""
    head = next((m for m in re.finditer(r"(?m)^.*$", text) if len(m.group()) <= 80
                 and (_HEADER.search(m.group()) or _TITLE.search(m.group())) and "。" not in m.group()), None)
    if head is None:
        return []
    cells: list[Cell] = []
    family = None
    pos, rows, headers = head.end() + 1, 0, 0
    for line in text[pos:].split("\n"):
        offset, pos = pos, pos + len(line) + 1
        if not line.strip() or _RULE.match(line):
            continue
        pairs = _pairs(line, offset)
        if pairs is None:
            headers += 1
            if rows or headers > 2:  # a line of prose: the table ended, or there is none
                break
            continue  # a header row (序号 项目 统计数)
        rows += 1
        for label, value, unit, start, end in pairs:
            if re.search(r"复议", label):
                family = "review"
            elif re.search(r"诉讼", label):
                family = "litigation"
            elif not any(p.search(label) for _, p in _OUTCOMES):
                family = None
            ind = indicator_of(label, family)
            cell = _cell(ind, value, unit, start, end) if ind else None
            if cell is not None and not any(c.indicator == cell.indicator for c in cells):
                cells.append(cell)
    return cells if rows >= 4 else []
