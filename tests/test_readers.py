"""Readers on real files and on the bad input users have: clear one-line errors, never tracebacks."""
from __future__ import annotations

import io
import os

import pytest

from gaoie.document import ReadError
from gaoie.readers import read


@pytest.mark.parametrize("name", ["hongze_district_2023", "hongze_district_2024", "huaian_city_2024"])
def test_realdoc_pdfs(shared, name):
    doc = read(shared / "realdocs" / f"{name}.pdf")
    assert doc.format == "pdf"
    assert "本年新收政府信息公开申请数量" in doc.text
    assert "政府信息公开工作年度报告" in doc.text.replace("\n", "")
    for line in doc.text.split("\n"):
        assert not line.strip().startswith("- ") or not line.strip().endswith(" -"), line  # page numbers dropped


def test_pdf_table_rows_keep_their_number_runs(shared):
    text = read(shared / "realdocs" / "hongze_district_2023.pdf").text
    assert "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21" in text
    assert "（七）总计 21 0 0 0 0 0 21" in text


@pytest.mark.parametrize("encoding,key", [("gb18030", "000"), ("gbk", "003"), ("big5", "001"), ("utf-8-sig", "002")])
def test_text_encodings_detected(tmp_path, seeds, encoding, key):
    text = seeds[key]
    if encoding == "big5":  # keep the characters Big5 has
        text = text.encode("big5", errors="ignore").decode("big5")
    if encoding == "gbk":
        text = text.encode("gbk", errors="ignore").decode("gbk")
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    doc = read(path)
    assert doc.text == text.lstrip("\ufeff")


GBK_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>临溪县2019年政府信息公开工作年度报告</title><script>var nav = "首页导航脚本";</script>
<style>.x{color:red}</style></head><body>
<div class="nav">首页 | 政务公开 | 互动交流 | 办事服务</div>
<div class="breadcrumb">当前位置:首页 > 政府信息公开年报</div>
<div class="content"><h1>临溪县2019年政府信息公开工作年度报告</h1>
<p>根据《中华人民共和国政府信息公开条例》要求,现公布临溪县2019年政府信息公开工作年度报告。</p>
<p>2019年,全县共受理政府信息公开申请36件,均在法定期限内答复。</p>
<table><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>
<tr><td>收到申请数</td><td>件</td><td>36</td></tr>
<tr><td rowspan="2">其中</td><td>当面申请数</td><td>12</td></tr>
<tr><td>网络申请数</td><td>24</td></tr></table>
<p>全年未发生行政复议和行政诉讼。</p></div>
<div class="footer">版权所有 临溪县人民政府 备案号 12345678</div>
<div class="share">分享到 微信 微博</div></body></html>"""


def test_gbk_html_page(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes(GBK_PAGE.encode("gbk"))
    doc = read(path)
    assert doc.format == "html"
    assert "全县共受理政府信息公开申请36件" in doc.text
    assert "全年未发生行政复议和行政诉讼" in doc.text
    for junk in ("首页导航脚本", "互动交流", "版权所有", "分享到", "color:red"):
        assert junk not in doc.text
    (table,) = doc.tables
    assert table.texts() == [["统计指标", "单位", "统计数"], ["收到申请数", "件", "36"],
                             ["其中", "当面申请数", "12"], ["其中", "网络申请数", "24"]]
    for row in table.rows:
        for cell in row:
            assert doc.text[cell.start:cell.end] == cell.text
    assert "收到申请数 | 件 | 36 |" in doc.text


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("平湖市2021年政府信息公开工作年度报告")
    d.add_paragraph("2021年,共收到政府信息公开申请58件。")
    t = d.add_table(rows=2, cols=3)
    for i, row in enumerate([["信息内容", "本年处理决定数量", ""], ["行政许可", "550", ""]]):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.add_paragraph("五、存在的主要问题及改进情况")
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "report.docx"
    path.write_bytes(buf.getvalue())
    doc = read(path)
    assert doc.format == "docx"
    assert doc.text.index("58件") < doc.text.index("行政许可 | 550") < doc.text.index("五、存在的主要问题")
    (table,) = doc.tables
    assert table.texts()[1][:2] == ["行政许可", "550"]
    assert all(doc.text[c.start:c.end] == c.text for row in table.rows for c in row)


def _scanned_pdf(path):
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument.new()
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(Image.new("RGB", (200, 280), "white")))
    image.set_matrix(pdfium.PdfMatrix().scale(200, 280))
    page = pdf.new_page(200, 280)
    page.insert_obj(image)
    page.gen_content()
    pdf.save(str(path))


@pytest.mark.parametrize("case,problem", [
    ("empty", "empty file"),
    ("binary", "not a text document"),
    ("scanned", "no text layer"),
    ("truncated", "damaged PDF"),
    ("huge", "file too large"),
    ("missing", "no such file"),
])
def test_bad_input_gives_one_line_error(tmp_path, shared, case, problem):
    path = tmp_path / f"{case}.pdf" if case in ("scanned", "truncated") else tmp_path / f"{case}.txt"
    if case == "empty":
        path.write_bytes(b"")
    elif case == "binary":
        path.write_bytes(os.urandom(4096) + b"\x00" * 64)
    elif case == "scanned":
        _scanned_pdf(path)
    elif case == "truncated":
        data = (shared / "realdocs" / "hongze_district_2023.pdf").read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif case == "huge":
        with open(path, "wb") as fh:
            line = ("全年共受理政府信息公开申请21件。" * 20 + "\n").encode("utf-8")
            for _ in range(50 * 2**20 // len(line) + 1):
                fh.write(line)
    with pytest.raises(ReadError) as err:
        read(path)
    message = str(err.value)
    assert problem in message and str(path) in message and "\n" not in message
