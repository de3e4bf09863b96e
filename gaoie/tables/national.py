"""The 2019 and 2021 national formats: tables 二, 三 and 四.

二 (第二十条 items) is read row by row by its labels and its column headings (the 2019 format has
本年新制作 / 本年新公开 / 对外公开总数量 and 上一年项目数量 / 本年增减 / 处理决定数量; the 2021 format
本年制发 / 本年废止 / 现行有效). 三 is read as the sequence of its seven-number rows in the fixed
row order of the format, a row's own label overriding the order where it names one. 四 is the
fifteen numbers of the reconsideration and litigation table, in the format's column order.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .grid import Row, has_values, label_key, rows_between

APPLICANT_COLUMNS = ("natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", None)
# the columns' headings, to read a table whose columns stand in another order (项目 | 总计 | 自然人 | 商业企业 | …)
_COLUMN_NAMES = (("natural_person", "自然人"), ("commercial", "商业企业"), ("research", "科研机构"),
                 ("public_interest", "社会公益组织"), ("legal_service", "法律服务机构"), ("other_org", "其他(?!组织)"),
                 (None, "总计"))
# the template's two-level heading run into one line: 自然人 法人或其他组织 总计 商业企业 …
_TWO_LEVEL_RUN_TOGETHER = ("natural_person", None, "commercial", "research", "public_interest", "legal_service",
                           "other_org")


def column_order(text: str, start: int, end: int) -> tuple[str | None, ...]:
    """The applicant of each column of table 三: the template's order, unless a heading line between ``start`` and
    ``end`` names all seven columns in another (项目 | 总计 | 自然人 | 商业企业 | …; its cells may have run together when
    reading). The template's two-level heading run into one line (自然人 法人或其他组织 总计 商业企业 …) is the template's."""
    for line in text[start:end].split("\n"):
        if re.search(r"\d", line):
            continue
        sep = "|" if "|" in line else "\t" if "\t" in line else None
        cells = [c for c in line.split(sep) if c.strip()] if sep else [line]
        found = {app: (i, m.start()) for app, name in _COLUMN_NAMES for i, c in enumerate(cells)
                 if (m := re.search(name, c))}
        if len(found) == len(_COLUMN_NAMES) and len(set(found.values())) == len(_COLUMN_NAMES):
            order = tuple(sorted(found, key=found.get))
            return APPLICANT_COLUMNS if order == _TWO_LEVEL_RUN_TOGETHER else order
    return APPLICANT_COLUMNS


# Table 三 rows in order: (id, key phrases of the label).
ROWS_3_HEAD = [
    ("request.received", ("本年新收", "本年度新收")),
    ("request.carried_over", ("上年结转", "上年度结转")),
    ("request.granted", ("予以公开",)),
    ("request.partial", ("部分公开",)),
    ("request.refused_state_secret", ("国家秘密",)),
    ("request.refused_prohibited", ("禁止公开", "其他法律", "止公开")),
    ("request.refused_security", ("三安全一稳定", "危及")),
    ("request.refused_third_party", ("第三方",)),
    ("request.refused_internal", ("内部事务",)),
    ("request.refused_process", ("过程性",)),
    ("request.refused_case_files", ("执法案卷",)),
    ("request.refused_query", ("查询事项",)),
    ("request.unavailable_not_held", ("不掌握",)),
    ("request.unavailable_needs_creation", ("另行制作", "没有现成")),
    ("request.unavailable_unclear", ("补正后", "仍不明确")),
    ("request.not_processed_petition", ("信访", "举报投诉类")),
    ("request.not_processed_repeat", ("重复申请",)),
    ("request.not_processed_publication", ("出版物",)),
    ("request.not_processed_massive", ("大量反复",)),
    ("request.not_processed_confirm", ("确认或重新出具", "重新出具")),
]
ROWS_3_OTHER_2019 = [("request.other_handling", ("其他处理",))]
ROWS_3_OTHER_2021 = [
    ("request.other_no_amend", ("逾期不补正", "不补正")),
    ("request.other_fee_unpaid", ("缴纳费用", "收费通知")),
    ("request.other_other", ("其他",)),
]
ROWS_3_TAIL = [
    ("request.result_total", ("总计",)),
    ("request.carried_forward", ("结转下年度", "继续办理")),
]
# Subtotal rows some tables print (their label alone, with numbers).
SUBTOTALS_3 = [("request.refused", ("不予公开",)), ("request.unavailable", ("无法提供",)),
               ("request.not_processed", ("不予处理",)), ("request.other_handling", ("其他处理",))]

TABLE_4 = [f"review.{k}" for k in ("upheld", "corrected", "other", "pending", "total")] + \
          [f"litigation.direct_{k}" for k in ("upheld", "corrected", "other", "pending", "total")] + \
          [f"litigation.after_review_{k}" for k in ("upheld", "corrected", "other", "pending", "total")]

_HEADING_3 = re.compile(r"(?:三|3)[、.]?\s*收到和处理政府信息公开申请情况")
_HEADING_4 = re.compile(r"(?:四|4)[、.]?\s*政府信息公开行政复议[、,]?\s*行政诉讼情况")
_HEADING_5 = re.compile(r"(?:五|5)[、.]?\s*(?:存在的?(?:主要)?问题|政府信息公开工作存在)")  # 五、存在的问题及改进措施
# 第二十条第(一)项, also 第20条第(1)项, 第二十条(九)项, 第二十条第〔九〕项, 第二十条第九项
_ITEM_20 = re.compile(r"第(?:二十|20)条\s*第?\s*[(〔\[]?\s*([一二三四五六七八九十]+|\d+)\s*[)〕\]]?\s*项")


def rows_3(is_2021: bool) -> list[tuple[str, tuple[str, ...]]]:
    return ROWS_3_HEAD + (ROWS_3_OTHER_2021 if is_2021 else ROWS_3_OTHER_2019) + ROWS_3_TAIL


def match_row(key: str, rows: list[tuple[str, tuple[str, ...]]], start: int = 0) -> int | None:
    """The index (from ``start``) of the first row whose phrases the label contains."""
    for i in range(start, len(rows)):
        if any(p in key for p in rows[i][1]):
            return i
    return None


def find_table_3(text: str) -> tuple[int, int] | None:
    """The span of table 三: from its heading to table 四's, at the first 本年新收 that starts rows of seven
    numbers (a prose section may say 本年新收政府信息公开申请数量为31件 before the table)."""
    first = None
    for m in re.finditer(r"本年度?新收", text):
        start = text.rfind("\n", 0, m.start()) + 1
        h3 = list(_HEADING_3.finditer(text, 0, m.start()))
        if h3:
            start = min(start, h3[-1].start())
        m4 = _HEADING_4.search(text, m.end())
        region = start, (m4.start() if m4 else len(text))
        first = first or region
        if sum(len(row.numbers) == 7 for row in rows_between(text, m.start(), region[1])) >= 3:
            return region
    return first


def subtotal_of(reason: str) -> str | None:
    """The outcome whose subtotal a reason of table 三 counts toward (request.refused_state_secret -> request.refused;
    the 2021 reasons of 其他处理, request.other_no_amend …, -> request.other_handling), or None."""
    return next((sid for sid, _ in SUBTOTALS_3 if reason.startswith(sid.replace("_handling", "") + "_")), None)


def read_table_3(text: str, is_2021: bool) -> list[tuple[str, str | None, Row, int]]:
    """(indicator, applicant, row, column) of every cell of table 三."""
    region = find_table_3(text)
    if region is None:
        return []
    rows = rows_3(is_2021)
    order = column_order(text, max(0, region[0] - 800), region[1])
    out = []
    expect = 0
    for row in rows_between(text, *region):
        if len(row.numbers) != 7:
            continue
        key = label_key(row.label)
        if not has_values(row) and (not key or match_row(key, rows, expect) is None):
            continue  # 三、本年度办理结果 — — — — — — —: a heading's row of dashes, no row of the table
        idx = None
        alone = re.sub(r"(?:小计|合计)$", "", key)  # （三）不予公开 小计 36 4 …: the subtotal row, named as such
        sub = next((sid for sid, phrases in SUBTOTALS_3 if alone in phrases), None) if key else None
        if key and not alone and expect:  # 小计 alone, after a group's reasons: that group's subtotal
            sub = subtotal_of(rows[expect - 1][0])
        if sub is not None:  # a subtotal row: (三)不予公开 / (四)无法提供 / (五)不予处理 / (六)其他处理
            out.extend((sub, app, row, c) for c, app in enumerate(order))
            if sub == "request.other_handling" and not is_2021:  # the 2019 row; the 2021 format's three follow it
                expect = max(expect, len(rows) - len(ROWS_3_TAIL))
            continue
        if key:
            idx = match_row(key, rows, expect) if expect < len(rows) else None
        if idx is None:
            idx = expect
        if idx >= len(rows):
            break
        ind = rows[idx][0]
        out.extend((ind, app, row, c) for c, app in enumerate(order))
        expect = idx + 1
    return out


def read_table_4(text: str, after: int = 0) -> list[tuple[str, Row, int]]:
    m4 = None
    for m in _HEADING_4.finditer(text, after):
        m4 = m
        # the heading that starts the table: numbers follow before the next section
        nxt = _HEADING_5.search(text, m.end())
        if re.search(r"\d", text[m.end(): nxt.start() if nxt else len(text)]):
            break
    if m4 is None:
        return []
    m5 = _HEADING_5.search(text, m4.end())
    end = m5.start() if m5 else min(len(text), m4.end() + 3000)
    cells = [(row, c) for row in rows_between(text, m4.end(), end) if has_values(row) for c in range(len(row.numbers))]
    if len(cells) < 15:  # (a header row of dashes, | / | / |, holds no cells of the table's)
        return []
    return [(ind, row, c) for ind, (row, c) in zip(TABLE_4, cells[:15])]


# Table 二: (row phrase, indicator per column) for each format.
ROWS_2_2021 = [
    (("规章",), ("rules.issued", "rules.repealed", "rules.valid")),
    (("规范性文件",), ("normative.issued", "normative.repealed", "normative.valid")),
    (("行政许可",), ("license.decisions",)),
    (("行政处罚",), ("penalty.decisions",)),
    (("行政强制",), ("coercion.decisions",)),
    (("行政事业性收费",), ("fees.amount",)),
]
ROWS_2_2019 = [
    (("规章",), ("rules.issued", "rules.published", "rules.valid")),
    (("规范性文件",), ("normative.issued", "normative.published", "normative.valid")),
    (("行政许可",), ("license.items_prev", "license.items_change", "license.decisions")),
    (("其他对外管理服务事项",), (None, None, "other_services.decisions")),
    (("行政处罚",), (None, None, "penalty.decisions")),
    (("行政强制",), (None, None, "coercion.decisions")),
    (("行政事业性收费",), (None, None, "fees.amount")),
    (("政府集中采购",), ("procurement.items", "procurement.amount")),
]


def read_table_2(text: str, is_2021: bool) -> list[tuple[str, Row, int]]:
    first = _ITEM_20.search(text)
    if not first:
        return []
    ends = [m.start() for m in (_HEADING_3.search(text, first.end()), re.compile("本年新收").search(text, first.end())) if m]
    end = min(ends) if ends else len(text)
    spec = ROWS_2_2021 if is_2021 else ROWS_2_2019
    out = []
    seen = set()
    for row in rows_between(text, first.start(), end):
        if not row.numbers:
            continue
        key = label_key(row.label)
        for phrases, ids in spec:
            if any(key.startswith(p) or key == p or (p == "规范性文件" and key.endswith(p)) for p in phrases):
                if phrases in seen:
                    break
                seen.add(phrases)
                nums = row.numbers
                if len(nums) == len(ids):
                    cols = list(zip(ids, range(len(nums))))
                elif len(nums) < len(ids):
                    # a short row: only its known columns, never a guess (2019 收费 rows often
                    # print 上一年项目数量 and 本年增/减 without the amount)
                    cols = [] if ids[0] is None else list(zip(ids, range(len(nums))))
                else:
                    cols = list(zip(ids, range(len(ids))))
                out.extend(money_cell(text, ind, row, c) if ind in _MONEY else (ind, row, c) for ind, c in cols if ind)
                break
    return out


def money_cell(text: str, indicator: str, row: Row, col: int) -> tuple[str | None, Row, int]:
    """A money cell as its value in 万元; with no unit stated, no indicator (GUIDELINES: money with no unit is
    left out), though the row stays the table's."""
    unit = money_unit(text, row, col)
    if unit is None:
        return None, row, col
    if unit == "万元" or row.numbers[col].value is None:  # a cell printed empty: no value to convert
        return indicator, row, col
    cells = list(row.numbers)
    cells[col] = replace(cells[col], value=round(cells[col].value * _IN_WAN[unit], 8))
    return indicator, replace(row, numbers=cells), col


_MONEY = {"fees.amount", "procurement.amount"}
_IN_WAN = {"万元": 1.0, "元": 1e-4, "千元": 0.1, "亿元": 1e4}
# a unit written after the number (160.5964万元), or named in a column heading: (万元), (单位:万元), 单位：元
_CELL_UNIT = re.compile(r"[-−\d.,]+[ \t]*([万千亿]?元)")
_HEADING_UNIT = re.compile(r"[(（〔\[][ \t]*(?:(?:金额)?单位[:：][ \t]*)?([万千亿]?元)[ \t]*[)）〕\]]|单位[:：][ \t]*([万千亿]?元)")


def money_unit(text: str, row: Row, col: int) -> str | None:
    """The unit a money cell of table 二 is stated in: after its number (160.5964万元), else in the column headings
    of its own sub-table, from its last 信息内容 or 第二十条 line (本年收费金额(单位:万元)); None where neither says."""
    cell = row.numbers[col]
    own = _CELL_UNIT.match(text, cell.start, cell.end + 4)
    if own:
        return own.group(1)
    start = max([m.end() for m in _ITEM_20.finditer(text, 0, cell.start)] + [text.rfind("信息内容", 0, cell.start), 0])
    said = [m.group(1) or m.group(2) for m in _HEADING_UNIT.finditer(text, start, cell.start)]
    return said[-1] if said else None


_COLUMN_HEADINGS = re.compile(r"信息内容[^\n]{0,60}")


def is_2021_format(text: str, year: int | None) -> bool:
    """Which national format the tables follow: by the column headings of table 二 wherever they stand (信息内容
    | 本年制发件数 … in 2021, 信息内容 | 本年新制作数量 … / 上一年项目数量 in 2019, even cut to 本年新), where prose
    cannot mislead (a 2019 report may say 本年废止, a 2021 one 本年新公开); without them by the words only one
    format uses anywhere, else by the year."""
    headings = " ".join(_COLUMN_HEADINGS.findall(text))
    if re.search(r"本年新|上一年项目|对外公开总", headings):
        return False
    if re.search(r"本年制发|本年废止|现行有效件数|本年处理决定数量", headings):
        return True
    if re.search(r"本年制发|本年废止|逾期不补正|缴纳费用", text):
        return True
    if re.search(r"本年新制作|本年新公开|对外公开总数量|上一年项目数量", text):
        return False
    return bool(re.search(r"现行有效", text)) or year is None or year >= 2021
