"""gaoie: evidence-linked facts from Chinese government information disclosure annual reports.

    import gaoie
    report = gaoie.extract("report.pdf")      # prose and table facts, meta, warnings
    nlp = gaoie.load()                         # the trained spaCy pipeline
    doc = nlp("全年共受理政府信息公开申请813件")  # doc._.facts

Heavy libraries (spaCy, pdf readers) load on first use, so ``import gaoie`` stays fast.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .report import Fact, Report, ReportWarning  # noqa: E402  (light: dataclasses only)

__all__ = ["extract", "load", "Fact", "Report", "ReportWarning", "get_catalogue", "__version__"]


def extract(source, nlp=None, **kwargs) -> Report:
    """The facts of one report: a path (txt, html, pdf, docx), bytes, or the report's text."""
    from .extraction import extract as _extract

    return _extract(source, nlp, **kwargs)


def load(path=None):
    """The trained prose pipeline: bundled by default, or one saved by train / finetune."""
    from .pipeline import load as _load

    return _load(path)


def get_catalogue():
    from .catalogue import get_catalogue as _get

    return _get()
