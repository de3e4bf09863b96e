"""Normalisation of real seeds: readable simplified Chinese, and an exact offset map."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gaoie.normalize import is_traditional, normalize

GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def test_seed_002_glosses_removed_and_simplified(seeds):
    text = seeds["002"]
    assert GLOSS.search(text)
    norm = normalize(text)
    assert not GLOSS.search(norm.text)
    assert "平山县2017年政府信息公开年度报告" in norm.text
    assert "中华人民共和国政府信息公开条例" in norm.text
    assert not is_traditional(norm.text)


def test_seed_001_traditional_with_taiwan_phrasing(seeds):
    norm = normalize(seeds["001"])
    assert "本溪市2012年度政府信息公开工作报告" in norm.text
    assert "人民群众" in norm.text and "民眾" not in norm.text  # Taiwan 民眾 read as 群众
    i = norm.text.index("人民群众")
    assert norm.original_text(i, i + 4) == "人民民眾"
    assert not is_traditional(norm.text)


def test_offset_map_points_into_the_input(seeds):
    for key in ("001", "002"):
        text = seeds[key]
        norm = normalize(text)
        for m in re.finditer(r"\d+", norm.text):
            s, e = norm.to_original(m.start(), m.end())
            assert text[s:e].replace("\n", "") .translate(str.maketrans("０１２３４５６７８９", "0123456789")) == m.group()


def test_pdf_line_joins_keep_headings_and_table_rows():
    text = ("（一）主动公开情况。主要通过政府门户网站主动公开政府\n"
            "文件、项目审批、通知公告等各类政府信息。2023 年，我区在政\n"
            "府网站平台主动公开政府信息 1136 条。\n"
            "（二）依申请公开情况。进一步规范依申请公开流程，畅通\n"
            "依申请公开受理渠道。\n"
            "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21\n"
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
            "- 3 -\n")
    norm = normalize(text)
    assert "我区在政府网站平台主动公开政府信息 1136 条。" in norm.text
    assert "\n(二)依申请公开情况" in norm.text
    assert "数量 21 0 0 0 0 0 21\n二、" in norm.text
    assert "- 3 -" not in norm.text
    i = norm.text.index("1136")
    assert norm.original_text(i, i + 4) == "1136"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="政府信息公開申請條例年度報告民眾檔案數位一二三０１２３ (kāi)\n，。、0123456789", max_size=200))
def test_offset_map_is_monotone_and_in_bounds(text):
    norm = normalize(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    prev = 0
    for s, e in zip(norm.starts, norm.ends):
        assert 0 <= s <= e <= len(text)
        assert s >= prev
        prev = s


def test_spaces_pdf_layout_puts_around_numbers_are_dropped_but_table_cells_keep_theirs():
    text = "2024 年，区政府受理政府信息公开申请 17 件，主动公开信息 5500 余条。\n规章 1 0 11\n行政许可 9487\n结果维持 0 结果纠正 0"
    norm = normalize(text, reading=True)
    assert norm.text.splitlines() == ["2024年,区政府受理政府信息公开申请17件,主动公开信息5500余条。", "规章 1 0 11",
                                      "行政许可 9487", "结果维持 0 结果纠正 0"]
    s, e = norm.to_original(norm.text.index("17件"), norm.text.index("17件") + 3)
    assert text[s:e] == "17 件"
    assert normalize(text).text.startswith("2024 年")  # what the training texts keep
    # a label after the number keeps its space (上年结转 2 本年新收…: 2 and 本年 are two things)
    assert normalize("上年结转 2 本年新收申请 15 件", reading=True).text == "上年结转 2 本年新收申请15件"


def test_spaces_around_numbers_change_no_prose_fact(corpus, nlp):
    """Spaces around numbers (what PDF text extraction gives: 受理申请 17 件) change no prose fact of real
    excerpts: the normalised text the pipeline reads is the same."""
    import re as _re

    from gaoie.extraction import extract

    changed = 0
    for rec in corpus[:60]:
        text = rec["text"]
        spaced = _re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])", r" \1 ", text)
        changed += spaced != text
        web = {(f.indicator, f.value) for f in extract(text, nlp=nlp).facts if f.source == "prose"}
        pdf = {(f.indicator, f.value) for f in extract(spaced, nlp=nlp).facts if f.source == "prose"}
        assert pdf == web, (rec["id"], web ^ pdf)
    assert changed > 40


def test_a_number_cut_by_the_line_end_is_joined_but_two_rows_are_not():
    """PDF text may cut a number at the end of a full line (处理决定数量 7 / 556 件): a line starting with the
    rest of a number and its unit goes on the line before, while two rows each ending in a spaced number
    (…数 条 65 / 其中：…数 件 12) stay two lines."""
    lines = ["我局无制作规章的职责权限。2020年我局行政许可事项 13 项", ",比 2019 年减少 3 项,行政许可处理决定数量 7",
             "556 件;其他对外管理服务事项 40 项,比 2019 年增加 3 ", "项,其他对外管理服务事项处理决定数量为 296 件;作出行",
             "政处罚 29 件;行政强制事项 3 项,比 2019 年增加 1 项。"]
    norm = normalize("\n".join(lines), reading=True)
    assert "行政许可处理决定数量7556件" in norm.text.replace(" ", "")
    assert "数量 7\n" not in norm.text
    # a full line closing a bracket goes on when the next starts with a number and its unit (《政府公报》 / 12期)
    lines = ["开展“民营经济32条”等各类优化营商环境政策进企", "活动,助力经济稳进提质。全市全年共刊发《政府公报》",
             "12期;召开新闻发布会 20 场;通过各类政务新媒体共", "发布政府信息 3000 余条,回应社会关切 40 次,政策", "解读 35 篇。"]
    assert "共刊发《政府公报》12期;" in normalize("\n".join(lines), reading=True).text
    assert "共刊发《政府公报》\n12期" in normalize("\n".join(lines)).text  # the training texts as they were
    # but not when it starts with a date: a title (…的报告(全文)) and its date stay two lines
    title = ["某某县人民政府关于印发2020年政府信息公开工作年度报告的通知(全文)", "2021年1月20日,本机关根据《条例》编制了本报告,全文包括",
             "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情", "况、政府信息公开行政复议和行政诉讼情况、存在的主要问题。"]
    assert "(全文)\n2021年1月20日" in normalize("\n".join(title), reading=True).text
    rows = "1.政府网站公开政府信息数 条 240\n2.政务微博公开政府信息数 条 65\n其中：主动公开规范性文件数 件 12\n"
    assert normalize(rows * 3, reading=True).text.count("\n") == 9


def test_taiwan_phrasing_changes_no_prose_fact(corpus, nlp):
    """A mainland report put into traditional script with Taiwan phrasing (OpenCC s2twp: 釋出資訊 for 发布信息,
    入口網站 for 门户网站) reads as the report itself."""
    import opencc

    from gaoie.extraction import extract

    s2twp = opencc.OpenCC("s2twp.json")
    assert normalize("全年通過政府入口網站釋出資訊3091條", reading=True).text == "全年通过政府门户网站发布信息3091条"
    phrased = 0
    for rec in corpus[60:120]:
        text = rec["text"]
        taiwan = s2twp.convert(text)
        phrased += "釋出" in taiwan or "入口網站" in taiwan
        web = {(f.indicator, f.value) for f in extract(text, nlp=nlp).facts if f.source == "prose"}
        tw = {(f.indicator, f.value) for f in extract(taiwan, nlp=nlp).facts if f.source == "prose"}
        assert tw == web, (rec["id"], web ^ tw)
    assert phrased > 20


def test_radicals_a_pdf_font_puts_for_characters_change_no_prose_fact(corpus, nlp):
    """PDF fonts may give radicals for whole characters: Kangxi ones (⼈, ⾏: NFKC mends them) and the CJK
    radicals supplement (⺠, ⻔, ⻓: NFKC keeps them). Either way a real excerpt reads as itself."""
    import random

    from gaoie.extraction import extract
    from gaoie.generator.noise import kangxi_edits
    from gaoie.normalize import apply_edits, identity

    assert normalize("⼈⺠政府⻔户⽹站发布信息12条", reading=True).text == "人民政府门户网站发布信息12条"
    supplement = 0
    for rec in corpus[120:160]:
        text = rec["text"]
        pdf = apply_edits(identity(text), kangxi_edits(text, random.Random(rec["id"]), 0.8)).text
        supplement += any(ch in pdf for ch in "⻔⻓⻅")
        web = {(f.indicator, f.value) for f in extract(text, nlp=nlp).facts if f.source == "prose"}
        got = {(f.indicator, f.value) for f in extract(pdf, nlp=nlp).facts if f.source == "prose"}
        assert got == web, (rec["id"], web ^ got)
    assert supplement > 20


def test_page_furniture_goes_but_not_the_report_on_its_line():
    """Furniture lines (字体大小, 分享到, 当前位置…) are dropped; where a page lost its line breaks the furniture
    shares one line with the report, and the report stays (it was dropped whole)."""
    page = ("当前位置:首页 > 信息公开 > 年度报告\n字体大小:A+ A A- 分享: 打印\n"
            "2025年全年,我办共通过门户网站及政务新媒体方式主动公开907条,其中通过政府网站公开86条。\n分享到:\n")
    assert normalize(page).text == "2025年全年,我办共通过门户网站及政务新媒体方式主动公开907条,其中通过政府网站公开86条。\n"
    one_line = page.replace("\n", " ")
    assert "主动公开907条" in normalize(one_line).text
    # a report's sentence that names the furniture is the report's
    for line in ("(三)推进网站适老化改造。门户网站增设字体大小调节和语音播报功能,全年发布信息1250条。",
                 "【字体:大 中 小】 本机关全年主动公开政府信息120条,其中规范性文件3件。"):
        assert "条" in normalize(line + "\n字体大小:A+ A A-\n").text.split("\n")[0]
    # nor does the pattern reach over a line break into the report (a PDF line …增设调节字体 / 大小功能，…)
    assert normalize("门户网站完成改版并增设调节字体\n大小功能,全年发布信息1250条。\n").text.count("1250条") == 1


def test_glosses_do_not_make_a_pdf_line_look_longer():
    """A web page's converter glosses characters (公開(kāi)) after the page layout wrapped its lines: a full line is a
    full line however many glosses it has, and joins the next."""
    lines = ["一、概述根據《條(tiáo)例》要求,統(tǒng)計(jì)局隊配備了專職人", "員四名,兼職人員六十名,設有一個專門的信息申請受理點",
             "和一個電子閱覽點。全年主動公開(kāi)政府信息八百條,統(tǒng)計(jì)", "公報(bào)十二期,受理政府信息公開(kāi)申請三十件,均按時答",
             "覆。全年未發(fā)生因政府信息公開(kāi)引起的行政復(fù)議和訴(sù)", "訟。統(tǒng)計(jì)局隊將繼續推進政府信息公開(kāi)工作,提高"]
    text = normalize("\n".join(lines), reading=True).text
    assert "\n" not in text, text
    assert "兼职人员60名,设有1个专门的信息申请受理点和1个电子阅览点" in text  # counts read in digits


def test_a_forms_filled_in_blank_is_read_as_its_count():
    text = "一、主動公開\n微信公眾號發布信息［306］條，政府網站發布信息[1,204]条。依据(某政办[2021]22号)"
    norm = normalize(text, reading=True)
    assert "发布信息306条" in norm.text and "发布信息1,204条" in norm.text
    assert "[2021]22号" in norm.text  # a document number's year in brackets is no blank
    i = norm.text.index("306")
    assert text[slice(*norm.to_original(i, i + 4))] == "306］條"  # the evidence points into the input
    assert "［306］" in normalize(text).text.replace("[", "［").replace("]", "］")  # training texts go without


def test_a_number_grouped_by_thousands_with_spaces_is_one_number_when_reading():
    text = "全年主动公开政府信息逾9 400条，其中门户网站发布6 835条。\n规章 1 0 11\n行政许可 9487"
    norm = normalize(text, reading=True)
    assert "逾9400条" in norm.text and "发布6835条" in norm.text
    assert "规章 1 0 11" in norm.text  # a table row's cells stay apart
    i = norm.text.index("6835")
    assert text[slice(*norm.to_original(i, i + 5))] == "6 835条"


def test_a_count_in_chinese_numerals_is_read_in_digits_and_names_stay_as_written():
    text = "全年公开各类信息九百一十七条，发布信息逾三百条，配备两名专职人员，属于四类过程性信息一件；一是加强，十三五规划，办理事项为零。"
    norm = normalize(text, reading=True)
    for read in ("信息917条", "逾300条", "2名专职人员", "四类过程性信息1件", "一是加强", "十三五规划", "为零"):
        assert read in norm.text, read
    i = norm.text.index("917")
    assert text[slice(*norm.to_original(i, i + 4))] == "九百一十七条"  # the evidence is the text as given
    assert "九百一十七条" in normalize(text).text  # training texts go without
