"""Word (.docx): paragraphs and tables in body order; tables as pipe rows and cell grids."""
from __future__ import annotations

import io

from ..document import Document, ReadError, TextBlock
from .html import _Writer, write_table


def read_docx(data: bytes, label: str) -> Document:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as err:  # pragma: no cover - a dependency
        raise ReadError(label, f"DOCX support needs python-docx ({err})") from None
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - python-docx raises many kinds; the file is damaged
        raise ReadError(label, f"damaged Word document ({type(err).__name__}: {str(err)[:80]})") from None
    w = _Writer()
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, d).text.strip()
            if text:
                w.newline()
                w.write(text + "\n")
        elif tag == "tbl":
            rows = []
            for row in Table(child, d).rows:
                cells, last = [], None
                for cell in row.cells:
                    # merged cells repeat the same object: keep the text in every grid position
                    cells.append(" ".join(cell.text.split()))
                    last = cell
                rows.append(cells)
            if rows:
                w.blocks.append(write_table(w, rows))
    text = w.text
    return Document(text, [TextBlock(0, len(text))] + w.blocks, source=label, format="docx")
