"""gaoie.meta: the report's issuing body and year, for a panel of body x year x indicator."""
from __future__ import annotations

import pytest

from gaoie.data import load_reports
from gaoie.evaluate import meta_scores
from gaoie.meta import extract_meta


@pytest.mark.parametrize("head, body, year", [
    # a title names the body before or after the year
    ("本溪市2012年度政府信息公开工作报告\n\n2012年,本溪市政务公开办以科学发展观为指导", "本溪市", 2012),
    ("2014年上海市青浦区环境保护局政府信息公开工作年度报告\n无\n主动公开\n青浦区环境保护局", "上海市青浦区环境保护局", 2014),
    ("全椒县2015年政府信息公开工作年度报告\n一、概述", "全椒县", 2015),
    # no title: who compiled it, the page's publisher field, the subject of the first dated sentence
    ("本年度报告是根据《中华人民共和国政府信息公开工作年度报告格式》的要求,由建章路街道办事处编制。全报告包括总体情况",
     "建章路街道办事处", None),
    ("索引号: | 610700003-/2020000781 | 发布时间: | 2012年02月17日 10:50 |\n来源: | 汉中市统计局 | 发布机构: | 汉中市统计局 |",
     "汉中市统计局", None),
    ("一、总体情况\n2019年,海珠区人民政府认真贯彻落实《中华人民共和国政府信息公开条例》及上级相关文件要求", "海珠区人民政府", None),
    # what names no body: a notice's title, a pronoun, a bare 政府 before 信息公开
    ("根据县政府《关于做好2021年政府信息公开工作年度报告有关事宜的通知》要求,现将我局情况报告如下", None, None),
    ("现将我镇2013年政府信息公开工作报告如下:一、概述", None, 2013),
    ("依据《条例》,特向社会公布2019年政府信息公开工作年度报告。", None, 2019),
    # a fresh review's cases: a generic word alone, the party and the government, the unit in charge of the work, a
    # source that is no publisher, other reports named on the page, a regulation's title
    ("一、总体情况\n2019年,中心认真落实《条例》", None, None),
    ("2019年,区委区政府高度重视政务公开工作", None, None),
    ("政府信息公开工作由办公室负责,日常工作由党政办负责。", None, None),
    ("本报告中的统计数据来源于县统计局。经费来源:县财政局", None, None),
    ("上一篇:2018年某县财政局政府信息公开工作年度报告\n一、总体情况", None, None),
    ("根据《德阳市政府信息公开工作年度报告制度》要求,现将情况报告如下", None, None),
    ("现向社会公开兴国县政府办2020年政府信息公开工作年度报告", "兴国县政府办", 2020),
])
def test_the_body_and_year_a_report_names(head, body, year):
    meta = extract_meta(head)
    assert meta["body"] == body
    if year is not None:
        assert meta["year"] == year


def test_the_bodies_of_the_real_excerpts():
    """On the real train+dev excerpts (many with no title at all) every year is read, most bodies are,
    and a name that is not the annotated body is at least a body's name (no 做好, 我局, 政府)."""
    reports = load_reports(split="train") + load_reports(split="dev")
    scores = meta_scores(reports)
    assert scores["year_right"] == scores["reports"]
    assert scores["body_right"] >= 0.7 * scores["reports"]
    assert scores["body_other"] <= 0.1 * scores["reports"]
