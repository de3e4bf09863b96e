"""The number grammar on real phrasing, and its properties over generated numerals."""
from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gaoie.normalize import normalize
from gaoie.quantities import find_quantities, parse_number, to_unit


def quantities(text):
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text)]


@pytest.mark.parametrize("text,expected", [
    ("全年共受理政府信息公开申请813余件次", [("813余件次", 813, "件次", True)]),
    ("2名专职人员及158名兼职人员", [("2名", 2, "名", False), ("158名", 158, "名", False)]),
    ("网站发布信息近2万条", [("近2万条", 20000, "条", True)]),
    ("发布3.1万条", [("3.1万条", 31000, "条", False)]),
    ("主动公开信息1万2千条", [("1万2千条", 12000, "条", False)]),
    ("资金1万2千万元", [("1万2千万元", 12000, "万元", False)]),
    ("全年主动公开政府信息4千余条", [("4千余条", 4000, "条", True)]),
    ("经费5千元,距离4千米", [("5千元", 5, "千元", False)]),
    ("主动公开政府信息数(不同渠道和方式公开相同信息计1条):1234条", [("1234条", 1234, "条", False)]),
    ("采购总金额1.2亿元", [("1.2亿元", 1.2, "亿元", False)]),
    ("公开信息两千三百条", [("两千三百条", 2300, "条", False)]),
    ("政府网站发布信息11,457条", [("11,457条", 11457, "条", False)]),
    ("主动公开政府信息 1136 条。", [("1136 条", 1136, "条", False)]),
    ("召开新闻发布会三次", [("三次", 3, "次", False)]),
    ("接待群众约50人左右", [("约50人左右", 50, "人", True)]),
    ("收到申请超过300件", [("超过300件", 300, "件", True)]),
    ("收取费用0元", [("0元", 0, "元", False)]),
    ("信息公开类行政复议案件8宗,其中:维持具体行政行为的5宗", [("8宗", 8, "宗", False), ("5宗", 5, "宗", False)]),
    ("全镇政府信息公开依申请办理事项为零。", [("零", 0, None, False)]),
    ("规范性文件、动态信息等各类信息2903其中,县政府门户网站发布359条", [("2903", 2903, None, False), ("359条", 359, "条", False)]),
    # a count with its unit after a parenthesis or a colon (as the normaliser leaves them: ASCII)
    ("全年主动公开政府信息(1,362条),依申请公开(12件)", [("1,362条", 1362, "条", False), ("12件", 12, "件", False)]),
    ("主动公开政府信息数:3126条;其中政府网站公开数:2418条", [("3126条", 3126, "条", False), ("2418条", 2418, "条", False)]),
    # a bare 百 / 千 is a number when hedged
    ("发布政策解读近百篇,收到申请上百件,更新信息千余条", [("近百篇", 100, "篇", True), ("上百件", 100, "件", True),
                                                        ("千余条", 1000, "条", True)]),
    ("线上千余人次,近万件,百件左右", [("千余人次", 1000, "人次", True), ("近万件", 10000, "件", True),
                                    ("百件左右", 100, "件", True)]),
    # 数 ending a noun is no vague 数十
    ("参训人数二百余人,申请总数十二件", [("二百余人", 200, "人", True), ("十二件", 12, "件", False)]),
])
def test_real_phrasings(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止",
    "联系电话:0311-82911059,邮编:661000,电话:0873—2122699",
    "根据《通知》(国办公开办函〔2021〕30号)要求,国令第711号",
    "第二十条第(五)项",
    "一、概述 (三)工作保障 1.主动公开",
    "依申请公开办结率达100%,按时答复率98.5%",
    "地址:个旧市行政中心6栋205室,工作时间:8:00-11:30",
    "(2)加强培训,编号:3,上午10:30",
    "电子邮件:TCTYZ305@126.COM,网址http://www.gj.hh.gov.cn/",
    "12345热线,一是加强领导",
    "按照《条例》第9至12条规定的主动公开政府信息",
    "依据第9、10、11条和第 9 至 12 条,第十四、十五、十六条",
    "发现问题均为零星个案",
    "全镇未发生一起因政府信息公开申请行政复议的案件",
    "采用文字、图文等形式解读了《2025年开远市10件惠企实事》《关于3项措施的通知》",
    "办理群众咨询数十件,发布信息几百条,百件实事,十几件",  # vague: no number
    "共计3百余件",  # not 100
])
def test_never_quantities(text):
    assert quantities(text) == []


def test_normalised_fullwidth_and_kangxi():
    norm = normalize("⼀年来受理申请２１件")
    (q,) = find_quantities(norm.text)
    assert q.value == 21 and norm.original_text(q.start, q.end) == "２１件"


def test_money_to_catalogue_unit():
    assert to_unit(5000, "元", "万元") == 0.5
    assert to_unit(1.2, "亿元", "万元") == 12000
    assert to_unit(3, "件", "万元") is None
    assert to_unit(7, "件", "件") == 7


UNITS = ["条", "件", "份", "次", "人次", "名", "期", "篇", "项", "个"]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**7), st.sampled_from(UNITS), st.sampled_from(["", "余", "多"]),
       st.sampled_from(["", "约", "近", "超过", "逾"]), st.sampled_from(["共收到申请", "发布信息", "，", "全年"]))
def test_arabic_numbers_round_trip(n, unit, post, pre, lead):
    text = f"{lead}{pre}{n}{post}{unit}。"
    (q,) = find_quantities(text)
    assert q.value == n and q.approx == bool(pre or post)
    assert text[q.start:q.end] == f"{pre}{n}{post}{unit}"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99999), st.sampled_from(UNITS))
def test_chinese_numerals(n, unit):
    numeral = cn2an.an2cn(n)
    text = f"全年办理{numeral}{unit},"
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(n, unit)]
    assert parse_number(numeral) == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators(n):
    text = f"发布信息{n:,}条"
    (q,) = find_quantities(text)
    assert q.value == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=2000, max_value=2030), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=28), st.integers(min_value=10**6, max_value=10**8 - 1))
def test_dates_phones_and_document_numbers_are_not_quantities(year, month, day, phone):
    text = (f"{year}年{month}月{day}日印发《通知》(政办发〔{year}〕{day}号),"
            f"联系电话:0{month}{day}-{phone},邮编{phone % 900000 + 100000}。")
    assert find_quantities(text) == []
