"""PDF: the text layer read with pypdfium2 (fast; pdfplumber reads about one report a second).

pdfium keeps a table row's label and its run of numbers on one line
(``一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21``), which is what the table layouts read.
Page numbers (``- 3 -``, ``第3页 共5页``) and running heads or feet repeated on most pages are
dropped. A PDF without a text layer (scanned), a damaged or an encrypted one gives a clear error.
"""
from __future__ import annotations

import re
from collections import Counter

from ..document import Document, ReadError, TextBlock

_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d+\s*页(?:\s*[/,，]?\s*共\s*\d+\s*页)?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})\s*$")
_ARTEFACTS = str.maketrans({"\x02": "", "\ufffe": "", "\u00ad": "", "\x00": ""})


def page_lines(pdf) -> list[list[str]]:
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n").translate(_ARTEFACTS)
        textpage.close()
        page.close()
        pages.append([line.rstrip() for line in text.split("\n")])
    return pages


def drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Page numbers, and first or last lines repeated on most pages (running heads and feet)."""
    n = len(pages)
    edges = Counter()
    for lines in pages:
        content = [l.strip() for l in lines if l.strip()]
        for l in set(content[:2] + content[-2:]):
            edges[re.sub(r"\d+", "#", l)] += 1
    running = {l for l, c in edges.items() if n >= 3 and c >= max(3, 0.6 * n) and len(l) < 60}
    out = []
    for lines in pages:
        kept = [l for l in lines if not _PAGE_NUMBER.match(l) and re.sub(r"\d+", "#", l.strip()) not in running]
        while kept and not kept[-1].strip():
            kept.pop()
        while kept and not kept[0].strip():
            kept.pop(0)
        out.append(kept)
    return out


def read_pdf(data: bytes, label: str) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        msg = str(err)
        if "password" in msg.lower() or "security" in msg.lower():
            raise ReadError(label, "encrypted PDF (a password is needed)") from None
        raise ReadError(label, f"damaged PDF ({msg.strip().rstrip('.')})") from None
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ReadError(label, "damaged PDF (no pages)")
        try:
            pages = drop_furniture(page_lines(pdf))
        except pdfium.PdfiumError as err:
            raise ReadError(label, f"damaged PDF ({str(err).strip()})") from None
    finally:
        pdf.close()
    text = "\n".join("\n".join(lines) for lines in pages if lines)
    if len(re.findall(r"[\u4e00-\u9fff\w]", text)) < 20:
        raise ReadError(label, f"no text layer ({n_pages} page(s) of images: a scanned PDF? OCR it first)")
    return Document(text, [TextBlock(0, len(text))], source=label, format="pdf")
