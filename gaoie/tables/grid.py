"""Rows of a statistics table from normalised text, whatever the source.

A row is a label and its numeric cells, each cell with its span in the normalised text. Two
shapes come in: pipe rows (web pages, DOCX and HTML tables rendered by the readers, pasted
tables: ``label | 单位 | 12 |``) and PDF text lines where the columns collapse into a run of
numbers after (or without) the label: ``一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# a cell printed empty, a dash or a slash where a table has nothing to count: it holds its column, no value
_DASH = r"(?:[—–―－─]{1,3}|--|[-/／\\])"  # not a markdown rule (---)
_EMPTY_CELL = re.compile(rf"^{_DASH}$")
_NUMBER = r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?"  # 1,900 as a PDF prints it
_RUN = re.compile(rf"(?:(?<=\s)|^)({_NUMBER}|{_DASH})(?=\s|$)")
_TRAILING_RUN = re.compile(rf"(?:^|\s)((?:(?:{_NUMBER}|{_DASH})\s+)*(?:{_NUMBER}|{_DASH}))\s*$")
_LABEL_JUNK = re.compile(r"[\s|:：,，、.．()（）\-—_“”\"'/]+")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\d+[.、])+")


@dataclass
class NumberCell:
    value: float | None  # None: a cell printed empty (—, /), no value
    start: int  # span in the normalised text
    end: int


@dataclass
class Row:
    label: str
    numbers: list[NumberCell] = field(default_factory=list)
    start: int = 0  # the line's span in the normalised text
    end: int = 0
    cells: list[str] = field(default_factory=list)  # pipe rows: every cell's text

    @property
    def key(self) -> str:
        return label_key(self.label)


def label_key(label: str) -> str:
    """A label reduced to its words: no numbering, spaces or punctuation."""
    return _LABEL_JUNK.sub("", _NUMBERING.sub("", label.strip()))


def has_values(row: "Row") -> bool:
    """Whether a row holds a value, not only cells printed empty (— / /)."""
    return any(n.value is not None for n in row.numbers)


def _value(s: str) -> float | None:
    return None if _EMPTY_CELL.match(s) else float(s.replace(",", "").replace("−", "-"))


def _starts_with_serial(cells: list[str]) -> bool:
    """Whether a row's filled cells start with its 序号 (| 1 | 主动公开政府信息数 | 条 | 1264 |): a small whole number
    before a label."""
    return len(cells) > 2 and re.fullmatch(r"\d{1,3}", cells[0]) is not None and not _is_value(cells[1])


def _separator(line: str) -> str | None:
    """The separator of a line's cells: pipes, or tabs as Word gives them where each tab-parted cell is one label or
    one value (a tab that only aligns a space-parted run, label\t9 1 0 0\t10, leaves the line to the spaces)."""
    if line.count("|") >= 1 and ("|" in line.strip()[-2:] or line.count("|") >= 2):
        return "|"
    if line.count("\t") < 2 or not _RUN.search(line):
        return None
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if _starts_with_serial(cells):
        cells = cells[1:]
    first = next((i for i, c in enumerate(cells) if _is_value(c)), None)
    if (first is None or first == 0 or re.search(r"\d$", cells[first - 1])
            or not all(_is_value(c) for c in cells[first:])):
        return None
    return "\t"


def parse_line(line: str, offset: int) -> Row:
    """One text line as a row (its numbers may be none). Cells parted by pipes, or by tabs as a table copied from
    Word gives them; a dash, or a cell left blank between two values after the label, holds its column (blanks
    spread evenly between all the values only align them)."""
    sep = _separator(line)
    if sep is not None:
        row = Row("", start=offset, end=offset + len(line))
        labels = []
        pos = 0
        parts = line.split(sep)
        filled = [(i, p.strip()) for i, p in enumerate(parts) if p.strip()]
        serial = filled[0][0] if _starts_with_serial([c for _, c in filled]) else None
        values = [i for i, c in filled if i != serial and _is_value(c)]
        gaps = {b - a - 1 for a, b in zip(values, values[1:])}
        hold_blanks = len(gaps) > 1  # | 98 | 13 |  |  | 3 |: empty columns; 9\t\t1\t\t0: alignment
        for i, part in enumerate(parts):
            s = part.strip()
            if i == serial:
                pos += len(part) + 1
                continue
            if s:
                cell_start = offset + pos + part.index(s)
                row.cells.append(s)
                num = _NUMBER_CELL.match(s)  # 160.5964万元: the number, its unit left to the reader of the cell
                if num:
                    row.numbers.append(NumberCell(_value(num.group(1)), cell_start, cell_start + len(num.group(1))))
                elif _EMPTY_CELL.match(s) and (labels or row.numbers or any(j > i for j in values)):
                    row.numbers.append(NumberCell(None, cell_start, cell_start + len(s)))
                elif not row.numbers:
                    labels.append(s)
            elif hold_blanks and labels and values and values[0] < i < values[-1]:
                row.numbers.append(NumberCell(None, offset + pos, offset + pos))
            pos += len(part) + 1
        row.label = " ".join(labels)
        return row
    m = _TRAILING_RUN.search(line)
    if not m:
        return Row(line.strip(), start=offset, end=offset + len(line))
    label = line[:m.start(1)].strip()
    numbers = [NumberCell(_value(n.group(1)), offset + m.start(1) + n.start(1), offset + m.start(1) + n.end(1))
               for n in _RUN.finditer(m.group(1))]
    return Row(label, numbers, offset, offset + len(line))


_CELL_LINE = re.compile(r"^\s*(?:[^|\n]{0,60}\|+|\|+|[-−]?\d+(?:\.\d+)?(?:[ \t]*[万千亿]?元)?)\s*$")
_CELL = re.compile(r"[^|\n]+")
# 160.5964万元: a money cell (its unit read where the money is); 12件: a count with its unit
_NUMBER_CELL = re.compile(r"^([-−+]?\d+(?:,\d{3})*(?:\.\d+)?)(?:[ \t]*(?:[万千亿]?元|件|条|次|个|人次|人|项|期|篇|场))?$")


_UNIT_CELL = re.compile(r"^(?:条|件|次|个|人|人次|万元|元|期|篇|项|场|份|家|户)$")
_SHORT_CELL = re.compile(r"^\s*[^。;；\n]{1,30}\s*$")
_NUMBER_LINE = re.compile(r"^\s*\|?\s*[-−]?\d+(?:\.\d+)?(?:[ \t]*[万千亿]?元)?\s*\|?\s*$")


def is_cell_per_line(text: str, start: int, end: int) -> bool:
    """A web table pasted one cell a line (``规章 |`` / ``0 |`` / ``|``, or bare cells between
    blank lines)."""
    lines = [l for l in text[start:end].split("\n") if l.strip()]
    if len(lines) < 6:
        return False
    if sum(1 for l in lines if _CELL_LINE.match(l)) >= 0.6 * len(lines):
        return True
    numbers = sum(1 for l in lines if _NUMBER_LINE.match(l))
    return numbers >= 0.3 * len(lines) and sum(1 for l in lines if _SHORT_CELL.match(l)) >= 0.8 * len(lines)


def stream_rows(text: str, start: int, end: int) -> list[Row]:
    """Rows from a stream of cells: label cells, then the numbers that follow them. In a table with a 序号 column, the
    next row's number right before its label is no value (…| 1264 || 2 | 其中：… | 条 | 12 |)."""
    rows: list[Row] = []
    cur: Row | None = None
    cells = [m for m in _CELL.finditer(text, start, end) if m.group().strip()]
    serial = 1 if any(m.group().strip() == "序号" for m in cells) else None  # the 序号 expected next
    for i, m in enumerate(cells):
        s = m.group().strip()
        cs = m.start() + m.group().index(s)
        token = _value_token(s, empty=cur is not None)  # a dash before any label is a cell of no row
        if serial is not None and s == str(serial) and i + 1 < len(cells) and not _NUMBER_CELL.match(
                cells[i + 1].group().strip()):
            serial += 1
            continue  # the row's 序号
        if token is not None:
            if cur is None:
                cur = Row("", start=cs)
            cur.numbers.append(NumberCell(_value(token), cs, cs + len(token)))
            cur.end = cs + len(s)
        else:
            if cur is not None and cur.numbers:
                rows.append(cur)
                cur = None
            if cur is None:
                cur = Row(s, start=cs, end=cs + len(s), cells=[s])
            else:  # the cell nearest the numbers names the row (三、本年度办理结果 | (一)予以公开); a unit cell
                cur.label = f"{cur.label} {s}" if _UNIT_CELL.match(s) else s  # follows its label (…数 | 条 | 1264)
                cur.cells.append(s)
                cur.end = cs + len(s)
    if cur is not None:
        rows.append(cur)
    return rows


def rows_of_one_line(line: str) -> bool:
    """A line that holds several rows of cells, its line breaks lost (规章|0|0|0|规范性文件|30|30|30|…): a label cell
    followed by a number cell more than once."""
    if line.count("|") < 6:
        return False
    cells = [c.strip() for c in line.split("|") if c.strip()]
    starts = sum(1 for a, b in zip(cells, cells[1:]) if not _NUMBER_CELL.match(a) and _NUMBER_CELL.match(b))
    return starts > 1


_TOKEN = re.compile(r"\S+")
_PAGE_MARK = re.compile(r"^\s*(?:[-－―—–−‒~～]\s*\d+\s*[-－―—–−‒~～]|第\s*\d+\s*页\s*(?:[,，/]?\s*共\s*\d+\s*页)?)\s*$")
_SENTENCE_PUNCT = re.compile(r"[，。；;]|(?<!\d),(?!\d)")  # prose (当面申请 占 30 % ，…) is no row of tokens
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")


def _value_token(cell: str, empty: bool = True) -> str | None:
    """The part of a cell that holds its value: the number (12 of 12件), or the dash of a cell printed empty (with
    ``empty``); None for a label."""
    num = _NUMBER_CELL.match(cell)
    return num.group(1) if num else cell if empty and _EMPTY_CELL.match(cell) else None


def _is_value(token: str) -> bool:
    return _value_token(token) is not None


def rows_of_spaced_line(line: str) -> bool:
    """A line of PDF or web text holding several rows parted by spaces, its line breaks lost (一、本年新收…数量 9 1 0 0 0 0
    10 二、上年结转…数量 0 0 …): a label followed by three values or more, more than twice; or, as the 统计表 has it, a
    label (and its unit) followed by one value more than five times (主动公开政府信息数 条 356 其中：…文件数 条 4 …)."""
    tokens = line.split()
    if len(tokens) < 12:
        return False
    starts = sum(1 for i in range(1, len(tokens) - 2)
                 if not _is_value(tokens[i - 1]) and all(_is_value(t) for t in tokens[i:i + 3]))
    single = sum(1 for i in range(1, len(tokens)) if not _is_value(tokens[i - 1]) and _is_value(tokens[i])
                 and (i + 1 == len(tokens) or not _is_value(tokens[i + 1])))  # a label, then its one value
    return starts > 2 or single > 5


def spaced_rows(text: str, start: int, end: int) -> list[Row]:
    """Rows from a line of space-parted tokens: the label tokens, then the values after them."""
    rows: list[Row] = []
    cur: Row | None = None
    for m in _TOKEN.finditer(text, start, end):
        s = m.group()
        token = _value_token(s)
        if token is not None:
            if cur is None:
                cur = Row("", start=m.start())
            cur.numbers.append(NumberCell(_value(token), m.start(), m.start() + len(token)))
            cur.end = m.end()
            continue
        if cur is not None and cur.numbers:
            rows.append(cur)
            cur = None
        if cur is None:
            cur = Row(s, start=m.start(), end=m.end())
        else:
            cur.label = f"{cur.label} {s}"
            cur.end = m.end()
    if cur is not None:
        rows.append(cur)
    return rows


def rows_between(text: str, start: int, end: int) -> list[Row]:
    if is_cell_per_line(text, start, end):
        return stream_rows(text, start, end)
    rows = []
    pos = start
    for line in text[start:end].split("\n"):
        if _PAGE_MARK.match(line):  # － 7 －, 第 3 页 共 5 页: a page's number, no row
            pos += len(line) + 1
            continue
        if rows_of_one_line(line):
            rows.extend(stream_rows(text, pos, pos + len(line)))
        elif "|" not in line and not _SENTENCE_PUNCT.search(_BRACKETS.sub("", line)) and rows_of_spaced_line(line):
            rows.extend(spaced_rows(text, pos, pos + len(line)))
        else:
            rows.append(parse_line(line, pos))
        pos += len(line) + 1
    return rows
