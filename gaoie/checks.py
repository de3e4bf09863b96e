"""Consistency checks (勾稽关系): totals equal their parts; prose agrees with the table.

Each rule says a total equals the sum of its parts. A rule is checked where the table printed
the total and every part (per applicant column for table 三); a failure is a warning naming the
cells and their values. Nothing is ever corrected.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .report import APPLICANTS, Fact, ReportWarning

_REFUSED = ["request.refused_state_secret", "request.refused_prohibited", "request.refused_security",
            "request.refused_third_party", "request.refused_internal", "request.refused_process",
            "request.refused_case_files", "request.refused_query"]
_UNAVAILABLE = ["request.unavailable_not_held", "request.unavailable_needs_creation", "request.unavailable_unclear"]
_NOT_PROCESSED = ["request.not_processed_petition", "request.not_processed_repeat", "request.not_processed_publication",
                  "request.not_processed_massive", "request.not_processed_confirm"]
_OTHER_2021 = ["request.other_no_amend", "request.other_fee_unpaid", "request.other_other"]
_RESULTS = ["request.granted", "request.partial"] + _REFUSED + _UNAVAILABLE + _NOT_PROCESSED

# (rule name, left-hand ids, right-hand ids, per applicant column?); rules named 统计表 are the
# pre-2019 table's and apply only where the report has no 2019+ table 三.
RULES: list[tuple[str, list[str], list[str], bool]] = [
    ("三: 一+二 = 三(七)总计 + 四", ["request.received", "request.carried_over"],
     ["request.result_total", "request.carried_forward"], True),
    ("三: (七)总计 = (一)..(六)", ["request.result_total"], _RESULTS + ["request.other_handling"], True),
    ("三: (七)总计 = (一)..(六)", ["request.result_total"], _RESULTS + _OTHER_2021, True),
    ("三: 不予公开 = its reasons", ["request.refused"], _REFUSED, True),
    ("三: 无法提供 = its reasons", ["request.unavailable"], _UNAVAILABLE, True),
    ("三: 不予处理 = its reasons", ["request.not_processed"], _NOT_PROCESSED, True),
    ("三: 其他处理 = its items", ["request.other_handling"], _OTHER_2021, True),
    ("四: 行政复议总计 = its outcomes", ["review.total"],
     ["review.upheld", "review.corrected", "review.other", "review.pending"], False),
    ("四: 未经复议直接起诉总计 = its outcomes", ["litigation.direct_total"],
     ["litigation.direct_upheld", "litigation.direct_corrected", "litigation.direct_other",
      "litigation.direct_pending"], False),
    ("四: 复议后起诉总计 = its outcomes", ["litigation.after_review_total"],
     ["litigation.after_review_upheld", "litigation.after_review_corrected", "litigation.after_review_other",
      "litigation.after_review_pending"], False),
    # pre-2019 统计表
    ("统计表: 收到申请数 = its channels", ["request.received"],
     ["request.received_in_person", "request.received_fax", "request.received_online", "request.received_mail"], False),
    ("统计表: 申请办结数 = 按时 + 延期", ["request.closed"], ["request.closed_on_time", "request.closed_extended"], False),
    ("统计表: 申请答复数 = its items", ["request.answered"],
     ["request.already_public", "request.granted", "request.partial", "request.refused", "request.not_this_agency",
      "request.not_exist", "request.told_to_amend", "request.told_other_channel"], False),
    ("统计表: 不同意公开 = its reasons", ["request.refused"],
     ["request.refused_state_secret", "request.refused_commercial_secret", "request.refused_privacy",
      "request.refused_security", "request.refused_not_gov_info", "request.refused_other_law"], False),
    ("统计表: 工作人员 = 专职 + 兼职", ["capacity.staff"], ["capacity.staff_full_time", "capacity.staff_part_time"], False),
    ("统计表: 行政复议 = its outcomes", ["review.total"], ["review.upheld", "review.corrected", "review.other"], False),
    ("统计表: 行政诉讼 = its outcomes", ["litigation.total"],
     ["litigation.upheld", "litigation.corrected", "litigation.other"], False),
]


def _cells(facts: Iterable[Fact]) -> dict[tuple[str, str | None], Fact]:
    cells: dict[tuple[str, str | None], Fact] = {}
    for f in facts:
        if f.source == "table":
            cells.setdefault((f.indicator, f.applicant), f)
    return cells


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def check_rule(cells, name: str, left: list[str], right: list[str], applicant: str | None) -> ReportWarning | None:
    lhs = [cells.get((i, applicant)) for i in left]
    rhs = [cells.get((i, applicant)) for i in right]
    if any(c is None for c in lhs) or any(c is None for c in rhs):
        return None
    a, b = sum(c.value for c in lhs), sum(c.value for c in rhs)
    if _close(a, b):
        return None
    col = f" [{applicant}]" if applicant else ""
    def show(cs):
        return " + ".join(f"{c.indicator}={c.value:g}" for c in cs)
    return ReportWarning("table_sum", f"{name}{col}: {show(lhs)} = {a:g}, but {show(rhs)} = {b:g}",
                         [f"{c.indicator}{col}@{c.start}" for c in lhs + rhs])


def check_tables(facts: Iterable[Fact]) -> list[ReportWarning]:
    """Warnings for every 勾稽 rule the table facts break."""
    facts = list(facts)
    cells = _cells(facts)
    warnings: list[ReportWarning] = []
    seen_rules = set()
    national = any(f.applicant is not None or f.indicator == "request.result_total" for f in cells.values())
    for name, left, right, per_column in RULES:
        if national and name.startswith("统计表"):
            continue
        for applicant in ((None,) + APPLICANTS if per_column else (None,)):
            w = check_rule(cells, name, left, right, applicant)
            if w is not None and (name, applicant) not in seen_rules:
                seen_rules.add((name, applicant))
                warnings.append(w)
    # 总计 column = the sum of the six applicant columns, for every row of table 三
    by_row: dict[str, dict[str | None, Fact]] = defaultdict(dict)
    for (ind, app), f in cells.items():
        by_row[ind][app] = f
    for ind, row in by_row.items():
        if all(a in row for a in APPLICANTS) and None in row:
            s = sum(row[a].value for a in APPLICANTS)
            if not _close(s, row[None].value):
                warnings.append(ReportWarning(
                    "table_sum", f"三: {ind} 总计 = {row[None].value:g}, but the applicant columns sum to {s:g}",
                    [f"{ind}[{a}]@{row[a].start}" for a in APPLICANTS] + [f"{ind}@{row[None].start}"]))
    return warnings


def prose_table_warnings(prose: Iterable[Fact], table: Iterable[Fact]) -> list[ReportWarning]:
    """Prose that states a table indicator with a value the table does not have."""
    totals: dict[str, list[Fact]] = defaultdict(list)
    for f in table:
        if f.applicant is None:
            totals[f.indicator].append(f)
    warnings = []
    for p in prose:
        cells = totals.get(p.indicator)
        if not cells or any(_close(p.value, c.value) for c in cells):
            continue
        if p.approx and any(abs(p.value - c.value) <= 0.15 * max(1.0, c.value) for c in cells):
            continue
        table_values = ", ".join(f"{c.value:g}" for c in cells)
        warnings.append(ReportWarning(
            "prose_table", f"{p.indicator}: the prose says {p.value:g} ({p.text!r} at {p.start}), "
                           f"the table says {table_values}", [f"{p.indicator}@{p.start}"] + [f"{p.indicator}@{c.start}" for c in cells]))
    return warnings
