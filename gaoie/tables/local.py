"""Statistics tables of a body's own design: a title or a header, then label, value and unit rows.

Before 2019 many bodies printed their own table instead of the national 统计表 (政府信息公开工作主要数据统计,
``序号 | 指标名称 | 统计数 | 计量单位``, ``指标名称 单位 数量``, or two label/value pairs side by side:
``| 主动公开政府信息 | 1,582条 | 信息不存在 | 2件 |``). Their labels are free, so rows are read by their
words (:data:`LABELS`, the more specific first) in a unit their indicator is counted in; a row naming nothing of
the catalogue (其中：全文电子化), a rate or a visit count is no fact. Read only where no national layout is found,
and only in a run of rows right after the header, in columns (pipes, a tab or two spaces between label and value)
unless a header row names them (指标名称 单位 数量): a line of prose ends the table. A table of several values a
label (two years side by side, 本级 and 全县) is not this layout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..catalogue import get_catalogue
from ..quantities import to_unit, unit_fits

# a table's title or its header row: 情况统计表 / 主要数据统计 / 指标名称 单位 数量 / 项目 | 数量
_TITLE = re.compile(r"统计表|数据统计|情况统计|统计情况")
_HEADER = re.compile(r"(?:指标|项目|名称)[^。，,；;]{0,12}(?:数量|统计数|数值|数据|单位)")
_UNIT = r"(?:人次|万元|条|件|次|个|人|元|期|篇|项|场|份|%)"
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_VALUE = rf"(?:{_NUMBER}|[—–―－/／-]{{1,2}})"
# one row of a line: [serial] label [unit] value [unit]; the label no sentence, a unit before the value a column of
# its own (规范性文件18件: the 件 of 文件 is the label's)
_LINE_ROW = re.compile(rf"^\s*(?:\d{{1,2}}[.、]?\s+)?(?P<label>[^\d|:：。，,；;]{{2,24}}?|其中[:：][^\d|。，,；;]{{2,20}}?)"
                       rf"(?P<gap>\s*)(?:(?P<u1>{_UNIT})\s+)?(?P<value>{_VALUE})\s*(?P<u2>{_UNIT})?\s*$")
_CELL_VALUE = re.compile(rf"^\s*(?P<value>{_VALUE})\s*(?P<u2>{_UNIT})?\s*$")
_RULE = re.compile(r"^[\s|:\-]+$")  # a markdown rule under a header: | --- | --- |
_SUB = re.compile(r"^(?:其中|包括|含)\s*[:：]?")
_YEAR_COLUMNS = re.compile(r"(?:19|20)\d\d\s*年?[^\d]{0,12}(?:19|20)\d\d")  # | 指标 | 2015年 | 2016年 |
_NOT_A_COUNT = re.compile(r"率|访问|点击|浏览|比例|同比|增长")  # 按时答复率, 网站访问量: no count of the catalogue

# label words -> indicator, the more specific first
LABELS: list[tuple[str, re.Pattern]] = [(ind, re.compile(p)) for ind, p in (
    ("interpret.weibo_wechat_responses", r"微博微信回应|微博、微信回应"),
    ("interpret.other_responses", r"其他方式回应"),
    ("interpret.hot_responses", r"热点|舆情"),
    ("interpret.press_conferences", r"发布会"),
    ("interpret.online_interviews", r"访谈"),
    ("interpret.policy_interpretations", r"解读"),
    ("request.already_public", r"已主动公开|主动公开范围"),
    ("request.carried_over", r"上年结转|上年度结转"),
    ("request.carried_forward", r"结转下年|结转至下年"),
    ("proactive.normative_docs_issued", r"制发.*规范性文件"),
    ("proactive.normative_docs", r"规范性文件"),
    ("proactive.website", r"网站"),
    ("proactive.weibo", r"微博"),
    ("proactive.wechat", r"微信"),
    ("proactive.gazette_items", r"公报|政报"),
    ("proactive.gazette_issues", r"公报|政报"),
    ("proactive.other_channels", r"其[他它]方式(?!申请|咨询|回应)|公开栏|电子屏"),
    ("proactive.total", r"主动公开"),
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
    ("capacity.trainees", r"培训人|参训|参加培训|受训"),
    ("capacity.trainings", r"培训"),
    ("capacity.staff_full_time", r"专职"),
    ("capacity.staff_part_time", r"兼职"),
    ("capacity.staff", r"工作人员|人员数"),
    ("request.received", r"(?<!其他方式)申请"),
)]
_OUTCOMES = (("upheld", re.compile(r"维持")), ("corrected", re.compile(r"纠正|纠错|撤销")), ("other", re.compile(r"其他")))
_FAMILY = (("review", re.compile(r"复议")), ("litigation", re.compile(r"诉讼")))


@dataclass
class Cell:
    indicator: str
    value: float
    start: int  # the value's span in the normalised text
    end: int


def family_of(label: str) -> str | None:
    """The case a label names: review (复议) or litigation (诉讼)."""
    return next((name for name, pattern in _FAMILY if pattern.search(label)), None)


def indicators_of(label: str, family: str | None) -> list[str]:
    """The indicators a row's label may name, the likeliest first (the row's unit decides between them: 政府公报 条 is
    the gazette's items, 政府公报 期 its issues); ``family``: review or litigation, the case row above in the same
    column (行政复议 2件 / 维持 1件), or named in the label itself (行政复议维持)."""
    label = _SUB.sub("", re.sub(r"\s+", "", label))
    if _NOT_A_COUNT.search(label):
        return []
    own = family_of(label)
    for outcome, pattern in _OUTCOMES:
        if (own or family) and pattern.search(label):
            return [f"{own or family}.{outcome}"]
    return [ind for ind, pattern in LABELS if pattern.search(label)]


def _cell(indicator: str, value: str, unit: str | None, start: int, end: int) -> Cell | None:
    if not re.match(r"\d", value):
        return None  # a dash: nothing counted
    number = float(value.replace(",", ""))
    target = get_catalogue()[indicator].unit
    if target == "万元":
        if unit not in ("元", "万元"):
            return None  # money with no unit is left out (GUIDELINES)
        number = to_unit(number, unit, target)
    elif unit is not None and not unit_fits(unit, target):
        return None
    return Cell(indicator, number, start, end)


_NOT_THIS_LAYOUT = object()


def _pairs(line: str, offset: int, columns: bool):
    """(label, value, unit, start, end) of a row; None when the line is no row; _NOT_THIS_LAYOUT for a row of several
    values a label. ``columns``: a line's value must stand in a column of its own (no header row names the columns).
    A pipe row may hold two label/value pairs side by side, and a pair's label and value may both be split by a
    slash (行政复议 / 行政诉讼 | 0件 / 0件); a unit may have a cell of its own, before or after the value."""
    if "|" not in line:
        m = _LINE_ROW.match(line)
        if m is None or columns and not ("\t" in m.group("gap") or len(m.group("gap")) >= 2):
            return None
        return [(m.group("label"), m.group("value"), m.group("u1") or m.group("u2"),
                 offset + m.start("value"), offset + m.end("value"))]
    out: list[list] = []
    label, values_of_label = None, 0
    for c in re.finditer(r"[^|]+", line):
        cell = c.group().strip()
        if not cell:
            continue
        if re.fullmatch(_UNIT, cell):
            if out and out[-1][2] is None and values_of_label:
                out[-1][2] = cell  # the unit column after the value
            elif label is not None:
                label = (label[0], cell)  # the unit column before it
            continue
        parts = list(re.finditer(r"[^/]+", c.group()))
        values = [_CELL_VALUE.match(part.group()) for part in parts]
        if all(values):
            if label is None:
                if values_of_label:
                    return _NOT_THIS_LAYOUT  # a second value of one label: columns of years or scopes
                continue  # a serial number before its label
            words, unit = label
            labels = re.split(r"\s*/\s*", words)
            labels = labels if len(labels) == len(values) else [words] * len(values)
            for lab, part, m in zip(labels, parts, values):
                at = offset + c.start() + part.start()
                out.append([lab, m.group("value"), m.group("u2") or unit, at + m.start("value"), at + m.end("value")])
            label, values_of_label = None, 1
        elif re.search(r"[。，,；;]", cell) or len(cell) > 30:
            return None
        else:
            label, values_of_label = (cell, None), 0
    return [tuple(p) for p in out]


def _table_at(text: str, pos: int, header: bool) -> list[Cell]:
    cells: list[Cell] = []
    families: dict[int, str | None] = {}  # the case named last in each column of pairs
    rows = headers = 0
    for line in text[pos:].split("\n"):
        offset, pos = pos, pos + len(line) + 1
        if not line.strip() or _RULE.match(line):
            continue
        if rows == 0 and _YEAR_COLUMNS.search(line):
            return []  # this year's and last year's columns: not a table of one value a row
        pairs = _pairs(line, offset, columns=not header)
        if pairs is _NOT_THIS_LAYOUT:
            return []
        if not pairs:  # no row, or a pipe row of labels only (| 项目 | 数量 |)
            headers += 1
            header = header or bool(_HEADER.search(line))
            if rows or headers > 2:  # a line of prose: the table ended, or there is none
                break
            continue  # a header row (序号 项目 统计数)
        rows += 1
        for slot, (label, value, unit, start, end) in enumerate(pairs):
            family = family_of(label)
            if family or not any(p.search(label) for _, p in _OUTCOMES):
                families[slot] = family
            cell = next((c for ind in indicators_of(label, families.get(slot))
                         if (c := _cell(ind, value, unit, start, end)) is not None), None)
            if cell is not None and not any(c.indicator == cell.indicator for c in cells):
                cells.append(cell)
    return cells if rows >= 4 else []


def read_table(text: str) -> list[Cell]:
    """The cells of the first table of a body's own design in ``text`` (normalised): after a title or a header line,
    the first that starts a run of at least four rows."""
    for head in re.finditer(r"(?m)^.*$", text):
        line = head.group()
        if len(line) > 80 or "。" in line or not (_HEADER.search(line) or _TITLE.search(line)):
            continue
        cells = _table_at(text, head.end() + 1, header=bool(_HEADER.search(line)))
        if cells:
            return cells
    return []
