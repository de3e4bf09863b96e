"""Statistics tables of real reports: every cell to its indicator, evidence in the input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gaoie.extraction import extract
from gaoie.normalize import normalize
from gaoie.tables import extract_tables

GOLD = Path(__file__).parent / "gold"


def cells(facts):
    return sorted((f.indicator, f.applicant or "", float(f.value)) for f in facts if f.source == "table")


@pytest.mark.parametrize("name", ["hongze_district_2023", "hongze_district_2024", "huaian_city_2024"])
def test_realdoc_tables_match_gold(shared, name):
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    report = extract(shared / "realdocs" / f"{name}.pdf", prose=False)
    assert cells(report.facts) == sorted((g["indicator"], g["applicant"] or "", g["value"]) for g in gold["facts"])
    for f in report.facts:
        assert report.text[f.start:f.end] == f.text
        assert float(f.text.replace(",", "")) == f.value
        assert f.source == "table"


def test_consistent_realdocs_have_no_warnings(shared):
    for name in ("hongze_district_2024", "huaian_city_2024"):
        assert extract(shared / "realdocs" / f"{name}.pdf", prose=False).warnings == []


def test_inconsistent_realdoc_is_reported_not_fixed(shared):
    """洪泽区 2023 prints 行政复议 结果维持 10, 结果纠正 1 but 总计 0 (and 复议后起诉 5 / 总计 0)."""
    report = extract(shared / "realdocs" / "hongze_district_2023.pdf", prose=False)
    messages = sorted(w.message for w in report.warnings)
    assert len(messages) == 2
    assert messages[0].startswith("四: 复议后起诉总计") and "litigation.after_review_total=0" in messages[0]
    assert messages[1].startswith("四: 行政复议总计") and "review.upheld=10" in messages[1]
    assert [f.value for f in report.get("review.total", source="table")] == [0]


def test_seed_003_statistics_table(seeds):
    gold = json.loads((GOLD / "seed_003_table.json").read_text(encoding="utf-8"))
    facts, warnings = extract_tables(normalize(seeds["003"]))
    assert sorted((f.indicator, f.value) for f in facts) == sorted((i, float(v)) for i, v in gold["facts"])
    assert warnings == []
    for f in facts:
        assert seeds["003"][f.start:f.end] == f.text


TABLE_2019 = """三、收到和处理政府信息公开申请情况
申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
三、本年度办理结果 | (一)予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
(四)无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
(七)总计 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
"""


def test_pipe_table_2019_by_labels_with_rows_missing():
    """A web-page table with rows left out: labels, not row order, decide."""
    facts, warnings = extract_tables(normalize(TABLE_2019), year=2020)
    totals = {(f.indicator, f.value) for f in facts if f.applicant is None}
    assert totals == {("request.received", 6), ("request.carried_over", 0), ("request.granted", 4),
                      ("request.partial", 1), ("request.refused_state_secret", 0),
                      ("request.unavailable_not_held", 1), ("request.result_total", 6), ("request.carried_forward", 0)}
    assert {f.applicant for f in facts} == {None, "natural_person", "commercial", "research", "public_interest",
                                            "legal_service", "other_org"}
    assert warnings == []


def test_tables_of_corpus_excerpts_point_into_their_text(corpus):
    found = 0
    for rec in corpus:
        if "|" not in rec["text"]:
            continue
        facts, _ = extract_tables(normalize(rec["text"]), year=rec["meta"]["year"])
        for f in facts:
            assert rec["text"][f.start:f.end] == f.text
        found += len(facts)
    assert found > 50


REALDOCS = ["hongze_district_2023", "hongze_district_2024", "huaian_city_2024"]


def test_prose_never_reads_the_tables_again(shared, nlp):
    """A 2021-format PDF's table rows (行政许可 9487, 行政事业性收费 7545, the header 未经复议直接起诉) belong to
    the tables: the prose pipeline reads what they leave."""
    for name in REALDOCS:
        report = extract(shared / "realdocs" / f"{name}.pdf", nlp=nlp)
        table_spans = [(f.start, f.end) for f in report.facts if f.source == "table"]
        prose = [f for f in report.facts if f.source == "prose"]
        assert prose, name
        for f in prose:
            assert not any(s < f.end and f.start < e for s, e in table_spans), (name, f.indicator, f.text)
            assert not f.indicator.startswith(("license.", "penalty.", "coercion.", "fees.", "litigation.direct",
                                               "litigation.after_review")), (name, f.indicator, f.value)


def test_realdoc_prose_against_two_pass_gold(shared, nlp):
    """The prose facts of the three real PDFs against their two-pass gold (tests/gold, "prose"). Fresh
    real text: no rule or training example came from it before its gold was fixed."""
    from gaoie.scoring import Evaluation

    ev = Evaluation()
    for name in REALDOCS:
        gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["prose"]
        report = extract(shared / "realdocs" / f"{name}.pdf", nlp=nlp)
        ev.add(report.facts, [dict(g, source="prose") for g in gold], source="prose", doc_id=name)
    o = ev.overall
    assert o.precision >= 0.95 and o.f1 >= 0.9, (o, ev.errors)
    hongze = extract(shared / "realdocs" / "hongze_district_2024.pdf", nlp=nlp)
    # 在政府网站平台主动发布各类政府信息2428条: the portal's platform is one channel, the report's only count
    assert [f.value for f in hongze.get("proactive.total", source="prose")] == [2428]


def test_prose_between_sub_tables_is_still_read(nlp):
    """Only the rows a table layout read are the tables': prose between the sub-tables of table 二 stays prose."""
    text = ("某市生态环境局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | | | |\n"
            "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n行政规范性文件 | 2 | 1 | 15 |\n"
            "2023年，我局通过门户网站主动公开政府信息1136条，其中政策解读稿件36篇，召开新闻发布会4场。\n"
            "第二十条第(五)项 | |\n信息内容 | 本年处理决定数量 |\n行政许可 | 320 |\n"
            "全年办理建设项目环评审批320件，本年度共受理政府信息公开申请15件，办理情况如下：\n第二十条第(六)项 | |\n"
            "信息内容 | 本年处理决定数量 |\n行政处罚 | 58 |\n行政强制 | 3 |\n")
    report = extract(text, nlp=nlp)
    prose = {(f.indicator, f.value) for f in report.facts if f.source == "prose"}
    assert {("proactive.total", 1136), ("interpret.policy_interpretations", 36), ("interpret.press_conferences", 4),
            ("request.received", 15)} <= prose
    assert {(f.indicator, f.value) for f in report.facts if f.source == "table"} >= {
        ("normative.issued", 2), ("license.decisions", 320), ("coercion.decisions", 3)}


def test_the_2019_format_is_told_by_its_table_headings_not_by_prose():
    text = ("2020年政府信息公开工作年度报告\n本年废止规范性文件2件,现行有效规范性文件30件。\n"
            "第二十条第(一)项 | | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
            "规范性文件 | 3 | 3 | 30 |\n第二十条第(五)项 | | | |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
            "行政许可 | 45 | 2 | 1380 |\n")
    facts, _ = extract_tables(normalize(text), year=2020)
    assert sorted((f.indicator, f.value) for f in facts) == [
        ("license.decisions", 1380), ("license.items_change", 2), ("license.items_prev", 45),
        ("normative.issued", 3), ("normative.published", 3), ("normative.valid", 30)]


def test_a_pre2019_row_variant_does_not_take_another_sections_row(seeds):
    """5.其他途径公开政府信息数 (a variant of 其他方式) names no row of 主动公开; the unique phrase 其他途径 of 依申请
    must not take 告知通过其他途径办理数 from its own row."""
    text = seeds["003"].replace("5.其他方式公开政府信息数", "5.其他途径公开政府信息数")
    facts, _ = extract_tables(normalize(text))
    assert [f.value for f in facts if f.indicator == "request.told_other_channel"] == [0]


def test_table_4_ends_where_section_5_starts_whatever_its_wording():
    from gaoie.tables import national

    for heading in ("五、存在的主要问题及改进情况", "五、存在的问题及改进措施", "五、政府信息公开工作存在的主要问题及改进情况"):
        assert national._HEADING_5.search(heading), heading
    assert not national._HEADING_5.search("五、其他需要报告的事项")


def test_pre2019_tables_that_lost_heading_rows_or_name_a_row_differently(nlp):
    """PDF-text rows with no section heading are read by the phrases only one section uses; a label variant
    (其他途径) takes no row of another section for good, nor the rest of its own section."""
    text = ("2016年报告\n政府信息公开情况统计表\n统计指标 单位 统计数\n1.政府网站公开政府信息数 条 240\n"
            "2.政务微博公开政府信息数 条 65\n(一)收到申请数 件 2\n1.当面申请数 件 1\n")
    assert sorted((f.indicator, f.value) for f in extract_tables(normalize(text), 2016)[0]) == [
        ("proactive.website", 240), ("proactive.weibo", 65), ("request.received", 2), ("request.received_in_person", 1)]
    text = ("2016年报告\n统计指标 | 单位 | 统计数 |\n一、主动公开情况 | | |\n1.其他途径公开政府信息数 | 条 | 5 |\n"
            "2.政府网站公开政府信息数 | 条 | 240 |\n3.政务微博公开政府信息数 | 条 | 65 |\n三、依申请公开情况 | | |\n"
            "(一)收到申请数 | 件 | 3 |\n8.告知通过其他途径办理数 | 件 | 0 |\n")
    assert sorted((f.indicator, f.value) for f in extract_tables(normalize(text), 2016)[0]) == [
        ("proactive.website", 240), ("proactive.weibo", 65), ("request.received", 3), ("request.told_other_channel", 0)]
    # a label on its own line inside the table is the table's, not prose (计1次 is no count of responses)
    text = ("2016年政府信息公开工作年度报告\n政府信息公开情况统计表\n统计指标 单位 统计数\n一、主动公开情况\n"
            "(一)主动公开政府信息数 条 1264\n1.政府网站公开政府信息数 条 240\n二、回应解读情况\n"
            "(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)\n次 0\n3.政策解读稿件发布数 篇 4\n")
    assert [f for f in extract(text, nlp=nlp).facts if f.source == "prose"] == []


def test_prose_words_of_the_other_format_do_not_change_how_table_2_is_read(shared):
    from gaoie.readers import read

    text = read(shared / "realdocs" / "hongze_district_2023.pdf").text
    at = text.index("一、总体情况")
    mixed = text[:at] + "全年本年新公开政府信息1136条。\n" + text[at:]
    cells = lambda t: sorted((f.indicator, f.applicant or "", f.value) for f in extract_tables(normalize(t), 2023)[0])
    assert cells(mixed) == cells(text)


def test_pdf_rows_ending_in_one_number_stay_rows(nlp):
    """Two PDF-text lines each ending in one spaced number are two rows of a table, not one line joined
    by the page-layout repair (…政务微博公开政府信息数 条 65 / 其中：主动公开规范性文件数 件 12)."""
    text = ("某县2016年政府信息公开工作年度报告\n一、概述\n2016年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政府信息公开工作。\n"
            "附件\n政府信息公开情况统计表\n统计指标 单位 统计数\n一、主动公开情况\n（一）主动公开政府信息数 条 1264\n"
            "1.政府网站公开政府信息数 条 240\n2.政务微博公开政府信息数 条 65\n其中：主动公开规范性文件数 件 12\n"
            "三、依申请公开情况\n（一）收到申请数 件 2\n1.当面申请数 件 1\n四、行政复议数量 件 1\n六、举报投诉数量 件 0\n")
    report = extract(text, nlp=nlp)
    assert sorted((f.source, f.indicator, f.value) for f in report.facts) == sorted(
        ("table", ind, v) for ind, v in [("proactive.total", 1264), ("proactive.website", 240), ("proactive.weibo", 65),
                                         ("proactive.normative_docs", 12), ("request.received", 2),
                                         ("request.received_in_person", 1), ("review.total", 1), ("complaints.total", 0)])


def test_pre2019_case_sections_named_with_anjian():
    text = ("2016年政府信息公开工作年度报告\n政府信息公开情况统计表\n统计指标 | 单位 | 统计数 |\n四、行政复议数量 | 件 | 1 |\n"
            "(一)维持具体行政行为数 | 件 | 1 |\n(二)被依法纠错数 | 件 | 0 |\n(三)其他情形数 | 件 | 0 |\n"
            "五、行政诉讼案件数量 | 件 | 2 |\n(一)维持具体行政行为或者驳回原告诉讼请求数 | 件 | 1 |\n(二)被依法纠错数 | 件 | 1 |\n"
            "(三)其他情形数 | 件 | 0 |\n")
    assert sorted((f.indicator, f.value) for f in extract_tables(normalize(text), 2016)[0]) == [
        ("litigation.corrected", 1), ("litigation.other", 0), ("litigation.total", 2), ("litigation.upheld", 1),
        ("review.corrected", 0), ("review.other", 0), ("review.total", 1), ("review.upheld", 1)]


def test_article_twenty_in_digits_is_the_same_table(shared, nlp):
    """Reports write 第20条第(1)项 as well as 第二十条第（一）项: table 二 is read the same either way, and its
    rows stay table facts, not prose."""
    from gaoie.readers import read

    text = read(shared / "realdocs" / "huaian_city_2024.pdf").text
    facts = lambda t: sorted((f.source, f.indicator, f.applicant or "", f.value) for f in extract(t, nlp=nlp).facts)
    words = facts(text)
    assert any(source == "table" and ind == "license.decisions" for source, ind, _, _ in words)
    digits = text.replace("第二十条 第（一）项", "第20条第(1)项").replace("第二十条 第（五）项", "第20条 第（5）项")
    assert facts(text.replace("第二十条", "第20条")) == words
    assert facts(digits) == words
    from gaoie.tables.national import _ITEM_20

    assert _ITEM_20.search("第二十条第(十一)项").group(1) == "十一" and _ITEM_20.search("第20条第(11)项").group(1) == "11"


def test_money_in_table_two_needs_its_unit():
    """GUIDELINES: money with no unit is left out. A 采购总金额 or 收费 cell counts in 万元 where the cell or its
    sub-table's headings say 万元, is converted where they say 元, and is no fact where nothing says."""
    def money(head: str, cell: str) -> list[tuple[str, float]]:
        text = ("二、主动公开政府信息情况\n第二十条第(一)项 | | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
                "规章 | 0 | 0 | 3 |\n规范性文件 | 2 | 2 | 9 |\n第二十条第(九)项 | | |\n"
                f"信息内容 | 采购项目数量 | {head} |\n政府集中采购 | 8 | {cell} |\n")
        facts, _ = extract_tables(normalize(text), year=2019)
        assert ("normative.valid", 9) in [(f.indicator, f.value) for f in facts]
        return [(f.indicator, f.value) for f in facts if f.indicator.startswith("procurement")]

    assert money("采购总金额", "160.5964万元") == [("procurement.items", 8), ("procurement.amount", 160.5964)]
    assert money("采购总金额(万元)", "160.5964") == [("procurement.items", 8), ("procurement.amount", 160.5964)]
    assert money("采购总金额(元)", "1605964") == [("procurement.items", 8), ("procurement.amount", 160.5964)]
    assert money("采购总金额", "1605964") == [("procurement.items", 8)]
    assert money("采购总金额", "0") == [("procurement.items", 8)]
    # units in the cell, any width of money, and only a unit named as one (not 元氏县 in a running header)
    assert money("采购总金额", "1605964元") == [("procurement.items", 8), ("procurement.amount", 160.5964)]
    assert money("采购总金额", "160.5964 万元") == [("procurement.items", 8), ("procurement.amount", 160.5964)]
    assert money("采购总金额(单位:亿元)", "1.2") == [("procurement.items", 8), ("procurement.amount", 12000)]
    assert money("采购总金额(千元)", "125") == [("procurement.items", 8), ("procurement.amount", 12.5)]
    assert money("采购总金额\n元氏县人民政府办公室\n|", "160") == [("procurement.items", 8)]


def test_money_unit_of_another_sub_table_is_not_taken():
    """The unit of the fees sub-table (万元) says nothing of the procurement one after it, however its article
    marker is written (第二十条第九项, 第二十条(九)项); a money row with no unit still belongs to the table, so
    the prose pipeline does not read it."""
    for marker in ("第二十条第(九)项", "第二十条第九项", "第二十条(九)项", "第二十条第〔九〕项"):
        text = ("第二十条第(一)项 | | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | 0 | 0 | 3 |\n"
                "第二十条第(八)项 | | | |\n信息内容 | 上一年项目数量 | 本年增/减 | 本年收费金额(万元) |\n行政事业性收费 | 0 | 0 | 5 |\n"
                f"{marker} | | |\n信息内容 | 采购项目数量 | 采购总金额 |\n政府集中采购 | 8 | 1605964 |\n")
        facts, _ = extract_tables(normalize(text), year=2019)
        got = {(f.indicator, f.value) for f in facts}
        assert ("fees.amount", 5) in got and ("procurement.items", 8) in got, marker
        assert not any(i == "procurement.amount" for i, _ in got), marker


def test_a_money_row_without_unit_is_no_prose_fact(shared, nlp):
    """A 2021 PDF whose fees heading gives no unit: the row is the table's, and no fact (not a prose one)."""
    from gaoie.readers import read

    text = read(shared / "realdocs" / "hongze_district_2023.pdf").text
    assert "本年收费金额（单位：万元）" in text
    report = extract(text.replace("本年收费金额（单位：万元）", "本年收费金额"), nlp=nlp)
    assert not report.get("fees.amount")
    assert extract(text, nlp=nlp).get("fees.amount", source="table")


def test_tables_that_lost_their_line_breaks_read_as_with_them():
    """A web table whose line breaks a scraper dropped (规章|0|0|0|规范性文件|30|30|30|…, …数 | 条 | 1264 |其中:…) holds
    several rows on one line: its cells are read as a stream, the unit cell staying with its label. On the real train
    and dev excerpts with tables (never the test split), every table fact is read as with the line breaks."""
    from gaoie.data import load_reports

    checked = 0
    for rep in load_reports(split=["train", "dev"]):
        if not any(f.get("source") == "table" for f in rep["facts"]):
            continue
        with_breaks, _ = extract_tables(normalize(rep["text"]), year=rep["year"])
        without, _ = extract_tables(normalize(rep["text"].replace("\n", "")), year=rep["year"])
        assert {(f.indicator, f.applicant, f.value) for f in without} == {
            (f.indicator, f.applicant, f.value) for f in with_breaks}, rep["id"]
        checked += 1
    assert checked >= 8


def test_prose_run_on_after_a_tables_last_cell_is_read(nlp):
    """With its line breaks lost, a sentence may start after a table's last cell or a page's furniture
    (…行政事业性收费 |0 | ||三、收到和处理政府信息公开申请情况2022年,区政府办公室共收到8份政府信息公开申请): its prose is read."""
    from gaoie.evaluate import predict

    text = ("第二十条第(八)项 | |||\n|\n信息内容 |\n本年收费金额(单位:万元) | ||\n|\n行政事业性收费 |\n0 | ||\n"
            "三、收到和处理政府信息公开申请情况\n2022年,区政府办公室共收到8份政府信息公开申请,均为自然人申请。")
    for given in (text, text.replace("\n", "")):
        assert ("request.received", 8) in {(f.indicator, f.value) for f in predict(nlp, given, tables=False)}, given


def table_facts(nlp, text: str, cells: bool = False) -> set[tuple]:
    """(indicator, value) of the table facts gaoie reads in ``text``; with ``cells``, (indicator, applicant, value)."""
    from gaoie.evaluate import predict

    return {(f.indicator, f.applicant, f.value) if cells else (f.indicator, f.value)
            for f in predict(nlp, text) if f.source == "table"}


_TABLE_3_HEAD = ("三、收到和处理政府信息公开申请情况\n"
                 "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）{s}申请人情况{s}{s}{s}{s}{s}\n"
                 "{s}自然人{s}法人或其他组织{s}{s}{s}{s}{s}总计\n"
                 "{s}{s}商业企业{s}科研机构{s}社会公益组织{s}法律服务机构{s}其他{s}\n")


def _table_3(sep: str, rows: list[tuple[str, list[str]]]) -> str:
    return "2020年政府信息公开工作年度报告\n" + _TABLE_3_HEAD.format(s=sep) + "\n".join(
        sep.join([label] + cells) for label, cells in rows)


def test_dashes_and_blank_cells_hold_their_columns(nlp):
    """A cell printed as a dash (—, -, /) or left blank between two numbers is no value, but it holds its column:
    the cells after it keep their applicants (pipes and tabs alike); a markdown rule (---) is no row of dashes."""
    rows = [("一、本年新收政府信息公开申请数量", ["59", "8", "1", "—", "1", "1", "70"]),
            ("二、上年结转政府信息公开申请数量", ["2", "1", "—", "—", "—", "—", "3"]),
            ("（一）予以公开", ["27", "4", "1", "/", "-", "1", "33"])]
    piped = _table_3(" | ", rows).replace("总计\n", "总计\n--- | --- | --- | --- | --- | --- | --- | ---\n", 1)
    blanks = _table_3("\t", [(label, ["" if c in "—/-" else c for c in cells]) for label, cells in rows])
    for text in (piped, blanks):
        facts = table_facts(nlp, text, cells=True)
        assert {("request.received", "legal_service", 1), ("request.received", "other_org", 1),
                ("request.received", None, 70), ("request.carried_over", None, 3),
                ("request.granted", "other_org", 1), ("request.granted", None, 33)} <= facts, text
        assert not any(f[1] == "public_interest" and f[0] == "request.received" for f in facts)  # the dash: no fact


def test_a_2021_table_3_with_subtotal_rows_reads_the_three_other_handlings(nlp):
    """The 2021 format printed with 小计 rows (（三）不予公开 小计 …, （六）其他处理 小计 …) as PDF text: each subtotal is its
    outcome's count, and the three reasons of 其他处理 that follow it are read, not skipped to 总计."""
    text = ("2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量 30 3 — — — — 33\n二、上年结转政府信息公开申请数量 2 — — — — — 2\n"
            "（一）予以公开 20 2 — — — — 22\n（三）不予公开 小计 2 — — — — — 2\n1.属于国家秘密 — — — — — — —\n"
            "2.其他法律行政法规禁止公开 2 — — — — — 2\n"
            "（六）其他处理 小计 5 1 — — — — 6\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 4 1 — — — — 5\n"
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 — — — — — — —\n3.其他 1 — — — — — 1\n"
            "（七）总计 27 3 — — — — 30\n四、结转下年度继续办理 5 — — — — — 5\n")
    facts = {(i, v) for i, a, v in table_facts(nlp, text, cells=True) if a is None}
    assert {("request.refused", 2), ("request.refused_prohibited", 2), ("request.other_handling", 6),
            ("request.other_no_amend", 5), ("request.other_other", 1), ("request.result_total", 30),
            ("request.carried_forward", 5)} <= facts
    assert ("request.refused_state_secret", 0) not in facts and ("request.other_fee_unpaid", 0) not in facts


def test_a_pdf_table_3_on_one_line_or_with_grouped_thousands(nlp):
    """Table 三 as PDF text: rows parted by spaces with their line breaks lost (一、本年新收…数量 9 1 0 0 0 0 10 二、…), and
    values with thousands separators (1,900 323 5 …): every row read, its applicants in their columns."""
    rows = [("一、本年新收政府信息公开申请数量", "1,900 323 5 4 61 31 2,324"),
            ("二、上年结转政府信息公开申请数量", "12 3 0 0 1 0 16"),
            ("三、本年度办理结果 （一）予以公开", "1,046 213 4 3 37 21 1,324"),
            ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "100 20 0 0 5 2 127")]
    head = ("2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n自然人 法人或其他组织 总计\n"
            "商业企业 科研机构 社会公益组织 法律服务机构 其他\n")
    for joint in ("\n", " "):
        text = head + joint.join(f"{label} {values}" for label, values in rows)
        facts = table_facts(nlp, text, cells=True)
        assert {("request.received", None, 2324), ("request.received", "natural_person", 1900),
                ("request.carried_over", None, 16), ("request.granted", None, 1324), ("request.granted", "commercial", 213),
                ("request.partial", None, 127), ("request.partial", "legal_service", 5)} <= facts, joint


def test_table_4_rows_without_outer_pipes_stay_rows(nlp):
    """Markdown rows without outer pipes whose line ends in a blank cell (… | 复议后起诉 |  |  |  | ) are no PDF line cut
    inside a sentence: reading joins no line with a pipe, and the numbers row is read under its headings."""
    text = ("2024年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n\n"
            "行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  | \n"
            "--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---\n"
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  | \n"
            " |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
            "２ | ０ | １ | ０ | ３ | １ | ０ | ０ | ０ | １ | ０ | ０ | ０ | ０ | ０\n")
    facts = table_facts(nlp, text)
    assert {("review.upheld", 2), ("review.other", 1), ("review.total", 3), ("litigation.direct_upheld", 1),
            ("litigation.direct_total", 1), ("litigation.after_review_total", 0)} <= facts


def test_a_pdf_statistics_table_with_dashes_and_serials_keeps_its_rows(nlp):
    """The pre-2019 统计表 as PDF text with a 序号 column and dashes for nothing (4 1.政府公报公开政府信息数 条 — / 5 2.政府
    网站公开政府信息数 条 598): reading joins no such rows, so each value stays with its row; and a 统计表 run on one line
    (主动公开政府信息数 条 356 其中：主动公开规范性文件数 条 4 …) is read row by row."""
    text = ("2014年政府信息公开工作年度报告\n政府信息公开情况统计表\n序号 统计指标 单位 统计数\n一、主动公开情况\n"
            "1 （一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） 条 ６５２\n（二）通过不同渠道和方式公开政府信息的情况\n"
            "4 1.政府公报公开政府信息数 条 —\n5 2.政府网站公开政府信息数 条 ５９８\n6 3.政务微博公开政府信息数 条 １０４\n"
            "二、依申请公开情况\n9 （一）收到申请数 件 ９\n10 1.当面申请数 件 ３\n11 2.传真申请数 件 —\n12 3.网络申请数 件 ５\n")
    facts = table_facts(nlp, text)
    assert {("proactive.total", 652), ("proactive.website", 598), ("proactive.weibo", 104), ("request.received", 9),
            ("request.received_in_person", 3), ("request.received_online", 5)} <= facts
    assert not any(ind == "proactive.gazette_items" or ind == "request.received_fax" for ind, _ in facts)
    one_line = ("2012年政府信息公开工作年度报告\n2012年度政府信息公开情况统计表 指标名称 单位 数量 一、主动公开情况 "
                "主动公开政府信息数 条 356 其中：主动公开规范性文件数 条 4 其中：政府网站公开信息数 条 331 二、依申请公开情况 "
                "收到申请数 件 6 其中：当面申请数 件 2 网络申请数 件 3 信函申请数 件 1 四、行政复议数 件 0 五、行政诉讼数 件 0")
    facts = table_facts(nlp, one_line)
    assert {("proactive.total", 356), ("proactive.normative_docs", 4), ("request.received", 6),
            ("request.received_in_person", 2), ("request.received_online", 3)} <= facts


def test_pdf_rows_keep_their_values_when_labels_wrap(nlp):
    """PDF rows whose label wraps to the next line keep their values: after a grouped run (一、本年新收政府信息公开 1,900 …
    2,324 / 申请数量) and after a 统计表 unit and value (（一）主动公开政府信息数（不同渠道和方式 条 2873 / 公开相同信息计1条）)."""
    pdf_3 = ("2019年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
             "（本列数据的勾稽关系为：第一项加第二 申请人情况\n项之和，等于第三项加第四项之和） 法人或其他组织\n"
             "自然人 商业 科研 社会公益 法律服务 其他 总计\n企业 机构 组织 机构\n"
             "一、本年新收政府信息公开 1,900 323 5 4 61 31 2,324\n申请数量\n二、上年结转政府信息公开 57 8 0 0 2 0 67\n申请数量\n")
    assert {("request.received", 2324), ("request.carried_over", 67)} <= table_facts(nlp, pdf_3)
    pdf_stats = ("2018年政府信息公开工作年度报告\n政府信息公开情况统计表\n统计指标 单位 统计数\n一、主动公开情况\n"
                 "（一）主动公开政府信息数（不同渠道和方式 条 2873\n公开相同信息计1条）\n其中：主动公开规范性文件数 条 12\n"
                 "制发规范性文件总数 件 12\n")
    assert {("proactive.total", 2873), ("proactive.normative_docs", 12)} <= table_facts(nlp, pdf_stats)


def test_table_cells_with_their_units_are_values(nlp):
    """Cells that carry their unit (| 59件 | 8件 | … | 70件 |) are values, as money cells with 元 already were."""
    text = _table_3(" | ", [("一、本年新收政府信息公开申请数量", ["59件", "8件", "1件", "0件", "1件", "1件", "70件"]),
                            ("二、上年结转政府信息公开申请数量", ["2件", "1件", "0件", "0件", "0件", "0件", "3件"]),
                            ("（一）予以公开", ["27件", "4件", "1件", "0件", "0件", "1件", "33件"])])
    assert {("request.received", "natural_person", 59), ("request.received", None, 70), ("request.carried_over", None, 3),
            ("request.granted", "other_org", 1)} <= table_facts(nlp, text, cells=True)


def test_the_table_reviews_forms(nlp):
    """A fresh review of this stop's table readers: each form reads as its table says."""
    rows = [("一、本年新收政府信息公开申请数量", "9 1 0 0 0 0 10"), ("二、上年结转政府信息公开申请数量", "1 0 0 0 0 0 1"),
            ("三、本年度办理结果", "— — — — — — —"), ("（一）予以公开", "6 1 0 0 0 0 7"),
            ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "2 0 0 0 0 0 2")]
    pdf = "2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + "\n".join(f"{a} {b}" for a, b in rows)
    # a heading's row of dashes is no row of the table: the rows after it keep their ids
    assert {("request.granted", 7), ("request.partial", 2)} <= table_facts(nlp, pdf)
    # a header of slashes (merged cells) holds no cells of table 四; a page's number between its lines is no row
    four = ("2020年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
            "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | / | / | / | / | 复议后起诉 | / | / | / | / |\n"
            "| / | / | / | / | / | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
            "― 7 ―\n| 2 | 1 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |\n")
    assert {("review.upheld", 2), ("review.total", 3), ("litigation.direct_total", 0),
            ("litigation.after_review_upheld", 1), ("litigation.after_review_total", 1)} <= table_facts(nlp, four)
    # tabs that only align a space-parted run leave the row to the spaces
    tabbed = "2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + "\n".join(
        f"{a}\t{b.rsplit(' ', 1)[0]}\t{b.rsplit(' ', 1)[1]}\t" for a, b in rows if "—" not in b)
    assert {("request.received", 10), ("request.granted", 7)} <= table_facts(nlp, tabbed)
    # prose of shares after a 统计表 is no row of tokens
    prose = ("2014年政府信息公开工作年度报告\n政府信息公开情况统计表\n统计指标 单位 统计数\n收到申请数 件 9\n"
             "从申请方式看，当面申请 占 30 % ，网络申请 占 50 % ，信函申请 占 20 % ；按时办结 占 95 % ，延期办结 占 5 % 。")
    assert table_facts(nlp, prose) == {("request.received", 9)}


def test_table_3_columns_in_another_order_follow_their_headings(nlp):
    """Table 三 whose heading row of cells puts the columns in another order (| 项目 | 商业企业 | … | 其他 | 自然人 | 总计 |)
    gives each value its heading's applicant; a two-level heading run into one line of text keeps the template's."""
    text = ("2024年政府信息公开工作年度报告\n（三）收到和处理政府信息公开申请情况\n\n"
            "| 项目 | 法人或其他组织 商业企业 | 法人或其他组织 科研机构 | 法人或其他组织 社会公益组织 | 法人或其他组织 法律服务机构 |"
            " 法人或其他组织 其他 | 自然人 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
            "| 一、本年新收政府信息公开申请数量 | 30 | - | 3 | 15 | 6 | 179 | 233 |\n"
            "| 二、上年结转政府信息公开申请数量 | 2 | - | 0 | 0 | 0 | 4 | 6 |\n"
            "| 三、本年度办理结果 （一）予以公开 | 17 | - | 2 | 6 | 4 | 96 | 125 |\n")
    facts = table_facts(nlp, text, cells=True)
    assert {("request.received", "commercial", 30), ("request.received", "natural_person", 179),
            ("request.received", None, 233), ("request.granted", "other_org", 4), ("request.granted", None, 125)} <= facts
    assert not any(app == "research" for _, app, _ in facts)  # its column is all dashes


def test_table_3_with_the_total_first_and_short_labels(nlp):
    """A table 三 copied from a spreadsheet: 总计 first, cells run together in its heading when read (项目\\t总计\\t自然人\\t
    法人或其他组织·商业企业…), short labels (本年度新收申请数量, 上年度结转): values go to their heading's columns."""
    text = ("2020年政府信息公开工作年度报告\n2020年度收到和处理政府信息公开申请情况（单位：件）\n"
            "项目\t总计\t自然人\t法人或其他组织·商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
            "本年度新收申请数量\t1067\t863\t121\t4\t3\t57\t19\n上年度结转\t25\t21\t3\t0\t0\t1\t0\n"
            "予以公开\t521\t412\t64\t3\t2\t29\t11\n部分公开\t51\t37\t8\t0\t0\t5\t1\n")
    facts = table_facts(nlp, text, cells=True)
    assert {("request.received", None, 1067), ("request.received", "natural_person", 863),
            ("request.received", "other_org", 19), ("request.carried_over", None, 25), ("request.granted", None, 521),
            ("request.granted", "legal_service", 29)} <= facts


def test_a_subtotal_labelled_only_xiaoji_closes_its_group(nlp):
    """A row labelled 小计 alone after a group's reasons (…2.其他法律行政法规禁止公开 1 … / 小计 2 0 0 0 0 0 2) is that
    group's subtotal, and the row after it keeps its own id."""
    text = ("2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量 10 0 0 0 0 0 10\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
            "（一）予以公开 4 0 0 0 0 0 4\n（三）不予公开 1.属于国家秘密 1 0 0 0 0 0 1\n2.其他法律行政法规禁止公开 1 0 0 0 0 0 1\n"
            "小计 2 0 0 0 0 0 2\n（四）无法提供 1.本机关不掌握相关政府信息 4 1 0 0 0 0 5\n")
    facts = table_facts(nlp, text)
    assert {("request.refused", 2), ("request.unavailable_not_held", 5)} <= facts
    assert ("request.unavailable_not_held", 2) not in facts


def _table_keys(text: str, nlp) -> set[tuple[str, float]]:
    return {(f.indicator, round(f.value, 6)) for f in extract(text, nlp).facts if f.source == "table"}


def test_a_table_of_the_bodys_own_design_in_text_columns(nlp):
    """Before 2019 a body may print its own table: label, unit and value columns (PDF full-width spaces), or a
    serial, the label, the value and its unit; free labels are read by their words, dashes count nothing, yuan
    become 万元, and a row of no catalogue indicator (全文电子化) is no fact."""
    text = ("某县民政局2012年政府信息公开工作年度报告\n一、概述\n今年我局认真落实《条例》要求。\n"
            "2012年政府信息公开工作统计表\n指标名称\u3000\u3000单位\u3000\u3000数量\n"
            "主动公开政府信息\u3000\u3000条\u3000\u3000４１２\n其中：全文电子化\u3000\u3000条\u3000\u3000４１２\n"
            "政府网站公开信息\u3000\u3000条\u3000\u3000390\n受理依申请公开申请\u3000\u3000件\u3000\u30006\n"
            "其中：网络申请\u3000\u3000件\u3000\u30004\n收取检索、复制等费用\u3000\u3000元\u3000\u3000120\n"
            "申诉\u3000\u3000件\u3000\u3000—\n专项经费\u3000\u3000元\u3000\u300030000\n"
            "二、存在的问题\n一是公开内容不够全面。\n")
    assert _table_keys(text, nlp) == {("proactive.total", 412), ("proactive.website", 390), ("request.received", 6),
                                      ("request.received_online", 4), ("request.fees", 0.012), ("capacity.budget", 3)}
    spaced = ("某区2017年政府信息公开工作主要数据统计\n序号  指标名称        统计数    计量单位\n"
              "1  主动公开信息总数  2236  条\n2  其中：规范性文件  9  件\n3  政务微博公开  633  条\n"
              "4  收到依申请公开申请  18  件\n5  申请办结  18  件\n6  其中：按时办结  17  件\n7  延期办结  1  件\n"
              "8  行政复议  1  件\n9  维持  1  件\n10  参训人员  60  人次\n")
    assert _table_keys(spaced, nlp) == {
        ("proactive.total", 2236), ("proactive.normative_docs", 9), ("proactive.weibo", 633), ("request.received", 18),
        ("request.closed", 18), ("request.closed_on_time", 17), ("request.closed_extended", 1), ("review.total", 1),
        ("review.upheld", 1), ("capacity.trainees", 60)}


def test_an_own_design_table_with_pairs_side_by_side_and_the_prose_after_it(nlp):
    text = ("2011年度政府信息公开工作情况统计\n| 项目 | 数量 | 项目 | 数量 |\n| --- | --- | --- | --- |\n"
            "| 主动公开政府信息 | 1,302条 | 信息不存在 | 1件 |\n| 其中：门户网站发布 | 1,100条 | 接受群众咨询 | 86人次 |\n"
            "| 受理政府信息公开申请 | 13件 | 其中：电话咨询 | 52人次 |\n| 行政复议 / 行政诉讼 | 0件 / 1件 | 申诉 | 0件 |\n"
            "全年共发布政务微博120条。\n")
    facts = extract(text, nlp).facts
    assert {(f.indicator, f.value) for f in facts if f.source == "table"} == {
        ("proactive.total", 1302), ("request.not_exist", 1), ("proactive.website", 1100), ("consult.total", 86),
        ("request.received", 13), ("consult.phone", 52), ("review.total", 0), ("litigation.total", 1),
        ("complaints.total", 0)}
    litigation = next(f for f in facts if f.indicator == "litigation.total")
    assert text[litigation.start:litigation.end] == "1"
    assert ("proactive.weibo", 120) in {(f.indicator, f.value) for f in facts if f.source == "prose"}


def test_a_statistics_title_over_prose_is_no_table(nlp):
    text = ("2016年政府信息公开工作情况统计\n2016年，全县共主动公开政府信息1560条，其中通过政府网站公开1320条。"
            "全年共受理政府信息公开申请12件，均已按期答复。\n")
    facts = extract(text, nlp).facts
    assert all(f.source == "prose" for f in facts)
    assert ("request.received", 12) in {(f.indicator, f.value) for f in facts}


def test_the_stop_20_reviews_own_design_tables(nlp):
    """A fresh review of the tables of a body's own design: money by its unit column, labels read with their units,
    outcomes by the case of their own column, year columns, a later table, and prose under a 统计情况 heading."""
    head = "2016年政府信息公开工作年度报告\n"
    money = head + ("二、政府信息公开工作主要数据统计\n| 序号 | 指标名称 | 统计数 | 计量单位 |\n| --- | --- | --- | --- |\n"
                    "| 1 | 主动公开政府信息 | 1582 | 条 |\n| 2 | 受理政府信息公开申请 | 25 | 件 |\n| 3 | 收取费用 | 500 | 元 |\n"
                    "| 4 | 政府信息公开专项经费 | 50000 | 元 |\n| 5 | 行政复议 | 0 | 件 |\n")
    assert {("request.fees", 0.05), ("capacity.budget", 5)} <= _table_keys(money, nlp)
    labels = head + ("2016年政府信息公开情况统计表\n指标名称  单位  数量\n主动公开政府信息  条  1582\n政府网站访问量  次  120000\n"
                     "政府公报  期  12\n举办培训班  期  3\n参加培训人员数  人次  86\n其他方式申请  件  2\n上年结转申请  件  3\n"
                     "本年新收申请  件  22\n按时答复率  %  100\n")
    assert _table_keys(labels, nlp) == {("proactive.total", 1582), ("proactive.gazette_issues", 12),
                                        ("capacity.trainings", 3), ("capacity.trainees", 86),
                                        ("request.carried_over", 3), ("request.received", 22)}
    pairs = head + ("2016年政府信息公开情况统计\n| 项目 | 数量 | 项目 | 数量 |\n| --- | --- | --- | --- |\n"
                    "| 主动公开政府信息 | 1,582条 | 行政复议 | 1件 |\n| 其中：政府网站 | 1,200条 | 维持 | 1件 |\n"
                    "| 同意公开 | 20件 | 行政诉讼 | 0件 |\n| 其他 | 2件 | 属于已主动公开范围 | 3件 |\n")
    assert _table_keys(pairs, nlp) == {("proactive.total", 1582), ("review.total", 1), ("proactive.website", 1200),
                                       ("review.upheld", 1), ("request.granted", 20), ("litigation.total", 0),
                                       ("request.already_public", 3)}
    years = head + ("主要指标对比情况统计表\n| 指标 | 2015年 | 2016年 |\n| --- | --- | --- |\n| 主动公开政府信息（条） | 1320 | 1582 |\n"
                    "| 受理申请（件） | 30 | 25 |\n| 行政复议（件） | 1 | 0 |\n| 行政诉讼（件） | 0 | 0 |\n")
    assert not {("proactive.total", 1320), ("request.received", 30), ("review.total", 1)} & _table_keys(years, nlp)
    later = head + ("（本报告数据统计期限为2016年1月1日至2016年12月31日）\n一、概述\n今年我局认真落实《条例》。\n"
                    "附表：政府信息公开情况统计表\n| 指标名称 | 单位 | 数量 |\n| --- | --- | --- |\n| 主动公开政府信息 | 条 | 980 |\n"
                    "| 其中：政府网站 | 条 | 760 |\n| 受理申请 | 件 | 12 |\n| 行政复议 | 件 | 0 |\n")
    assert _table_keys(later, nlp) == {("proactive.total", 980), ("proactive.website", 760), ("request.received", 12),
                                       ("review.total", 0)}
    prose = head + ("二、主动公开政府信息统计情况\n全年主动公开政府信息125条\n其中通过政府网站公开98条\n通过镇村公开栏公开27条\n"
                    "组织业务培训2次\n参加培训人员36人次\n三、依申请公开情况\n")
    facts = extract(prose, nlp).facts
    assert facts and all(f.source == "prose" for f in facts)
