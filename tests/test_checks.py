"""勾稽关系: a changed number in a real table is named, with its cells."""
from __future__ import annotations

from gaoie.extraction import extract
from gaoie.readers import read
from gaoie.report import Fact
from gaoie.checks import check_tables, prose_table_warnings


def test_altered_realdoc_cell_is_named(shared):
    doc = read(shared / "realdocs" / "hongze_district_2024.pdf")
    line = "一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95"
    assert line in doc.text
    altered = doc.text.replace(line, "一、本年新收政府信息公开申请数量 95 0 0 0 0 0 96")
    report = extract(altered, prose=False)
    messages = [w.message for w in report.warnings]
    assert any("request.received=96" in m and "一+二" in m for m in messages), messages
    assert any("request.received 总计 = 96" in m and "sum to 95" in m for m in messages), messages
    assert all(w.cells for w in report.warnings)


def test_subtotal_rule_and_applicant_columns():
    facts = [Fact("request.refused", 3, "件", source="table", applicant="natural_person"),
             Fact("request.refused_state_secret", 1, "件", source="table", applicant="natural_person"),
             Fact("request.refused_process", 1, "件", source="table", applicant="natural_person")]
    facts += [Fact(i, 0, "件", source="table", applicant="natural_person") for i in (
        "request.refused_prohibited", "request.refused_security", "request.refused_third_party",
        "request.refused_internal", "request.refused_case_files", "request.refused_query")]
    (w,) = check_tables(facts)
    assert "不予公开" in w.message and "natural_person" in w.message and "= 3" in w.message and "= 2" in w.message


def test_prose_disagreeing_with_table():
    table = [Fact("request.received", 21, "件", source="table", start=100, end=102, text="21")]
    agree = [Fact("request.received", 21, "件", source="prose", start=10, end=13, text="21件")]
    hedged = [Fact("request.received", 20, "件", approx=True, source="prose", start=10, end=14, text="20余件")]
    differ = [Fact("request.received", 12, "件", source="prose", start=10, end=13, text="12件")]
    assert prose_table_warnings(agree, table) == []
    assert prose_table_warnings(hedged, table) == []
    (w,) = prose_table_warnings(differ, table)
    assert w.code == "prose_table" and "12" in w.message and "21" in w.message
