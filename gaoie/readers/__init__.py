"""Readers: any report file (or bytes) -> :class:`gaoie.document.Document`.

The format is sniffed from the content first (``%PDF``, a DOCX zip, HTML tags), then from the
suffix. Heavy libraries are imported by the reader that needs them, so ``import gaoie`` stays
fast. Every failure is a :class:`ReadError` naming the file and the problem.
"""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from ..document import Document, ReadError

MAX_BYTES = 20 * 1024 * 1024  # a report is never this large; a 50 MB "report" is refused


def sniff(data: bytes, suffix: str = "") -> str:
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        return "docx" if suffix == ".docx" else "binary"
    low = head[:1024].lower()
    if any(tag in low for tag in (b"<html", b"<!doctype html", b"<body", b"<div", b"<p>", b"<table", b"<meta")):
        return "html"
    if suffix in (".htm", ".html", ".shtml", ".xhtml"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    return "text"


def read(source: str | os.PathLike | bytes, *, name: str | None = None) -> Document:
    """The Document of a file path or of raw bytes (``name`` names it in errors)."""
    if isinstance(source, (bytes, bytearray)):
        data, label, suffix = bytes(source), name or "<bytes>", Path(name or "").suffix.lower()
    else:
        path = Path(source)
        label, suffix = str(path), path.suffix.lower()
        if not path.exists():
            raise ReadError(label, "no such file")
        if path.is_dir():
            raise ReadError(label, "is a folder, not a report file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(label, f"file too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        try:
            data = path.read_bytes()
        except OSError as err:
            raise ReadError(label, f"cannot read ({err.strerror})") from None
    if not data.strip():
        raise ReadError(label, "empty file")
    if len(data) > MAX_BYTES:
        raise ReadError(label, f"file too large ({len(data) / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    kind = sniff(data, suffix)
    if kind == "pdf":
        from .pdf import read_pdf

        doc = read_pdf(data, label)
    elif kind == "docx":
        from .docx import read_docx

        doc = read_docx(data, label)
    elif kind == "html":
        from .html import read_html

        doc = read_html(data, label)
    elif kind == "binary":
        raise ReadError(label, "not a text document (binary data)")
    else:
        from .text import read_text

        doc = read_text(data, label)
    doc.source = None if isinstance(source, (bytes, bytearray)) and name is None else label
    if not doc.text.strip():
        raise ReadError(label, "no text in the document")
    return doc


__all__ = ["read", "sniff", "ReadError", "MAX_BYTES"]
