"""Rows of a statistics table from normalised text, whatever the source.

A row is a label and its numeric cells, each cell with its span in the normalised text. Two
shapes come in: pipe rows (web pages, DOCX and HTML tables rendered by the readers, pasted
tables: ``label | 单位 | 12 |``) and PDF text lines where the columns collapse into a run of
numbers after (or without) the label: ``一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

NUMBER = re.compile(r"^[-−]?\d+(?:,\d{3})*(?:\.\d+)?$")
_RUN = re.compile(r"(?:(?<=\s)|^)([-−]?\d+(?:,\d{3})*(?:\.\d+)?)(?=\s|$)")
_TRAILING_RUN = re.compile(r"(?:^|\s)((?:[-−]?\d+(?:\.\d+)?\s+)*[-−]?\d+(?:\.\d+)?)\s*$")
_LABEL_JUNK = re.compile(r"[\s|:：,，、.．()（）\-—_“”\"'/]+")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\d+[.、])+")


@dataclass
class NumberCell:
    value: float
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


def _value(s: str) -> float:
    return float(s.replace(",", "").replace("−", "-"))


def parse_line(line: str, offset: int) -> Row:
    """One text line as a row (its numbers may be none)."""
    if line.count("|") >= 1 and ("|" in line.strip()[-2:] or line.count("|") >= 2):
        row = Row("", start=offset, end=offset + len(line))
        labels = []
        pos = 0
        for part in line.split("|"):
            s = part.strip()
            if s:
                cell_start = offset + pos + part.index(s)
                row.cells.append(s)
                if NUMBER.match(s):
                    row.numbers.append(NumberCell(_value(s), cell_start, cell_start + len(s)))
                elif not row.numbers:
                    labels.append(s)
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


def rows_between(text: str, start: int, end: int) -> list[Row]:
    rows = []
    pos = start
    for line in text[start:end].split("\n"):
        rows.append(parse_line(line, pos))
        pos += len(line) + 1
    return rows
