"""One report in, its facts out: read -> normalise -> tables + prose -> checks -> Report."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .document import Document, ReadError, TextBlock
from .meta import extract_meta, report_year
from .normalize import Normalized, normalize
from .report import Fact, Report, ReportWarning

_NO_PIPELINE = object()


def as_document(source: str | os.PathLike | bytes | Document, name: str | None = None) -> Document:
    """A Document from a path, raw bytes, a text, or a Document."""
    from . import readers

    if isinstance(source, Document):
        return source
    if isinstance(source, (bytes, bytearray)):
        return readers.read(bytes(source), name=name)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        return readers.read(source)
    if not isinstance(source, str):
        raise TypeError(f"cannot extract from {type(source).__name__}: give a path, bytes or text")
    return Document(source, [TextBlock(0, len(source))], source=name, format="text")


def _looks_like_path(s: str) -> bool:
    return len(s) < 4096 and "\n" not in s and os.path.exists(s)


def extract(source: str | os.PathLike | bytes | Document, nlp: Any = None, *, name: str | None = None,
            prose: bool = True) -> Report:
    """The facts of one report (a file path, bytes, or the report's text).

    ``nlp`` is a loaded pipeline (``gaoie.load()``); by default the bundled one is loaded once.
    With ``prose=False`` only the statistics tables are read."""
    doc = as_document(source, name)
    norm = normalize(doc.text, reading=True)
    return extract_normalized(doc, norm, nlp if nlp is not None else (_default_nlp() if prose else None))


def extract_normalized(doc: Document, norm: Normalized, nlp: Any = None) -> Report:
    from .checks import check_tables, prose_table_warnings
    from .tables import read_tables

    meta = extract_meta(norm.text)  # once: the tables and the prose take its year
    table_facts, table_spans = read_tables(norm, meta["year"])
    warnings = check_tables(table_facts)
    prose_facts: list[Fact] = []
    if nlp is not None:
        from .pipeline.facts import prose_facts as run_prose

        prose_facts = run_prose(nlp, norm, year=report_year(norm.text, meta), skip=table_spans)
        warnings = warnings + prose_table_warnings(prose_facts, table_facts)
    meta["format"] = doc.format
    facts = sorted(prose_facts + table_facts, key=lambda f: (f.start, f.indicator))
    return Report(facts=facts, meta=meta, warnings=warnings, text=doc.text, file=doc.source)


_nlp_cache: dict[str, Any] = {}


def _default_nlp():
    if "default" not in _nlp_cache:
        from .pipeline import bundled_pipeline_available, load

        _nlp_cache["default"] = load() if bundled_pipeline_available() else None
    return _nlp_cache["default"]


def error_report(path: str | Path, err: Exception) -> dict[str, Any]:
    """The JSON record of a file that failed: file and a one-line reason."""
    reason = err.problem if isinstance(err, ReadError) else f"{type(err).__name__}: {err}"
    return {"file": str(path), "meta": {}, "facts": [], "warnings": [], "error": reason.splitlines()[0] if reason else type(err).__name__}


__all__ = ["extract", "extract_normalized", "as_document", "error_report", "ReportWarning"]
