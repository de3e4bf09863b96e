"""Web pages: the main content as text lines, tables as cell grids.

Scripts, styles, navigation, headers, footers, forms and page furniture are dropped; the
element holding most of the report's text is kept. A ``<table>`` becomes one line per row,
cells joined by `` | `` (as reports pasted from pages look), and a TableBlock whose cells point
at their text in ``Document.text``.
"""
from __future__ import annotations

import re

from ..document import Cell, Document, ReadError, TableBlock, TextBlock
from .text import decode

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
DROP = ("script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "button", "select", "input",
        "svg", "object", "aside")
BLOCK = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
         "br", "hr", "pre", "blockquote", "dd", "dt", "center", "main", "tbody", "thead"}
_FURNITURE = re.compile(r"(nav|menu|breadcrumb|crumb|footer|header|share|sidebar|toolbar|banner|copyright|"
                        r"position|location|dqwz|bdsharebuttonbox|print|related)", re.I)
_KEYWORDS = ("年度报告", "政府信息公开", "信息公开", "主动公开", "依申请")


def _decode(data: bytes, label: str) -> str:
    m = _CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        enc = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5"}.get(enc, enc)
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, label)


def _main_content(soup):
    """The element with the most report text, not counting furniture."""
    best, best_score = soup.body or soup, -1.0
    for el in soup.find_all(["div", "article", "section", "td", "main"]):
        text = el.get_text("", strip=True)
        if len(text) < 200:
            continue
        score = len(text) + 500 * sum(k in text for k in _KEYWORDS)
        # prefer the innermost element that still holds most of it
        if score >= best_score * 0.9 and (best_score < 0 or len(text) <= len(best.get_text("", strip=True))):
            best, best_score = el, max(score, best_score)
    return best


class _Writer:
    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list = []

    def write(self, s: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        return start, self.length

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.write("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _clean(s: str) -> str:
    return re.sub(r"[ \t\r\n\u00a0\u3000]+", " ", s).strip()


def table_grid(table) -> list[list[str]]:
    """Cell texts of a table with rowspan/colspan expanded (a spanned cell repeats)."""
    grid: list[list[str | None]] = []
    for r, tr in enumerate(table.find_all("tr")):
        while len(grid) <= r:
            grid.append([])
        row = grid[r]
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while c < len(row) and row[c] is not None:
                c += 1
            text = _clean(cell.get_text(" "))
            rs = int(cell.get("rowspan", 1) or 1) if str(cell.get("rowspan", "1")).isdigit() else 1
            cs = int(cell.get("colspan", 1) or 1) if str(cell.get("colspan", "1")).isdigit() else 1
            for dr in range(rs):
                while len(grid) <= r + dr:
                    grid.append([])
                target = grid[r + dr]
                while len(target) < c + cs:
                    target.append(None)
                for dc in range(cs):
                    target[c + dc] = text
            c += cs
    return [[x or "" for x in row] for row in grid if any(row)]


def write_table(w: _Writer, rows: list[list[str]]) -> TableBlock:
    """Render a grid as pipe rows and record each cell's span."""
    w.newline()
    start = w.length
    grid = []
    for row in rows:
        cells = []
        for text in row:
            s, e = w.write(text)
            cells.append(Cell(text, s, e))
            w.write(" | ")
        w.write("\n")
        grid.append(cells)
    return TableBlock(grid, start, w.length)


def _walk(node, w: _Writer) -> None:
    from bs4 import NavigableString, Tag

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                continue
            s = re.sub(r"[ \t\r\n\u00a0]+", " ", str(child))
            if s.strip():
                if w.parts and w.parts[-1].endswith("\n"):
                    s = s.lstrip()
                w.write(s)
        elif isinstance(child, Tag):
            if child.name in DROP:
                continue
            if child.name == "table":
                rows = table_grid(child)
                if rows:
                    w.blocks.append(write_table(w, rows))
                continue
            block = child.name in BLOCK
            if block:
                w.newline()
            _walk(child, w)
            if block:
                w.newline()


def read_html(data: bytes, label: str) -> Document:
    try:
        from bs4 import BeautifulSoup
    except ImportError as err:  # pragma: no cover - a dependency
        raise ReadError(label, f"HTML support needs beautifulsoup4 ({err})") from None
    html = _decode(data, label)
    try:
        soup = BeautifulSoup(html, "lxml")
    except Exception as err:  # noqa: BLE001 - the parser's own failure, named
        raise ReadError(label, f"cannot parse HTML ({err})") from None
    for el in soup(list(DROP)):
        el.decompose()
    for el in soup.find_all(True, attrs={"class": _FURNITURE}):
        if el.name not in ("body", "html") and len(el.get_text("", strip=True)) < 300:
            el.decompose()
    for el in soup.find_all(True, attrs={"id": _FURNITURE}):
        if el.name not in ("body", "html") and len(el.get_text("", strip=True)) < 300:
            el.decompose()
    main = _main_content(soup)
    title = soup.title.get_text(strip=True) if soup.title else ""
    w = _Writer()
    body_text = main.get_text("", strip=True)
    if title and title[:8] not in body_text:
        w.write(title + "\n")
    _walk(main, w)
    text = w.text
    text_blocks = [TextBlock(0, len(text))]
    return Document(text, text_blocks + w.blocks, source=label, format="html")
