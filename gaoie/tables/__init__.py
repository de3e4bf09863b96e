"""Rule-based extraction of the statistics tables: pre-2019 统计表, the 2019 and 2021 formats, and before 2019
a table of the body's own design (:mod:`gaoie.tables.local`).

``extract_tables(norm)`` reads the normalised text of a report (tables come as pipe rows from
web pages and Word files, and as text lines from PDFs) and returns table facts, their spans
mapped back into the input as given, and the consistency warnings of :mod:`gaoie.checks`.
"""
from __future__ import annotations

from ..catalogue import get_catalogue
from ..meta import extract_meta
from ..normalize import Normalized
from ..report import Fact, ReportWarning
from . import local, national, pre2019
from .grid import Row


def _fact(norm: Normalized, indicator: str, row: Row, col: int, applicant: str | None = None) -> Fact | None:
    """The fact of one cell; None for a cell printed empty (—, /): no value, no fact."""
    cell = row.numbers[col]
    return None if cell.value is None else _value_fact(norm, indicator, cell.value, cell.start, cell.end, applicant)


def _value_fact(norm: Normalized, indicator: str, value: float, start: int, end: int,
                applicant: str | None = None) -> Fact:
    """A table fact of ``value`` at ``start:end`` of the normalised text."""
    start, end = norm.to_original(start, end)
    unit = get_catalogue()[indicator].unit
    return Fact(indicator=indicator, value=value, unit=unit, approx=False, source="table", start=start,
                end=end, text=norm.original[start:end], applicant=applicant)


def read_tables(norm: Normalized, year: int | None = None) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The table facts, and the span of the normalised text each table read takes (from the line of its
    first number to its last number): the prose pipeline leaves the labels and rows in it to the tables,
    and reads there only lines of prose (between the sub-tables of table 二: :func:`gaoie.pipeline.facts.in_table`)."""
    text = norm.text
    facts: list[Fact] = []
    regions: list[tuple[int, int]] = []

    def take_spans(spans: list[tuple[int, int]]) -> None:
        if spans:
            first = min(s for s, _ in spans)
            regions.append((text.rfind("\n", 0, first) + 1, max(e for _, e in spans)))

    def take(rows: list[Row]) -> None:
        take_spans([(n.start, n.end) for row in rows for n in row.numbers])

    if year is None:
        year = extract_meta(text).get("year")
    is_2021 = national.is_2021_format(text, year)
    cells2 = national.read_table_2(text, is_2021)
    facts += [_fact(norm, ind, row, c) for ind, row, c in cells2 if ind]  # None: a money cell with no unit
    cells3 = national.read_table_3(text, is_2021)
    facts += [_fact(norm, ind, row, c, app) for ind, app, row, c in cells3]
    after = max((row.end for _, _, row, _ in cells3), default=0)
    cells4 = national.read_table_4(text, after)
    facts += [_fact(norm, ind, row, c) for ind, row, c in cells4]
    for cells in (cells2, cells3, cells4):
        take([c[-2] for c in cells])
    if not facts:
        cells = pre2019.read_table(text)
        facts += [_fact(norm, ind, row, c) for ind, row, c in cells]
        take([c[-2] for c in cells])
    if not facts and (year is None or year < 2019):  # a table of the body's own design
        own = local.read_table(text)
        facts += [_value_fact(norm, c.indicator, c.value, c.start, c.end) for c in own]
        take_spans([(c.start, c.end) for c in own])
    return [f for f in facts if f is not None], sorted(regions)


def table_facts(norm: Normalized, year: int | None = None) -> list[Fact]:
    return read_tables(norm, year)[0]


def extract_tables(norm: Normalized, year: int | None = None) -> tuple[list[Fact], list[ReportWarning]]:
    from ..checks import check_tables

    facts = table_facts(norm, year)
    return facts, check_tables(facts)
