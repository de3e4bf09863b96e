"""Prose facts of a normalised report: the pipeline runs only where it can find something.

Most of a report is boilerplate; the trained components see only the sentences that hold a
quantity or a negation cue, and never the statistics-table rows (read by :mod:`gaoie.tables`).
Each fact's span is mapped back to the input as given.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from ..normalize import Normalized
from ..report import Fact
from .components import NEG_CUE

_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_HAS_NUMBER = re.compile(r"\d|[零〇一二两三四五六七八九十百千万]+[条件份封次场期个人名批篇项元]")
_TABLE_ROW = re.compile(r"\||(?:^|\s)\d[\d.]*(?:\s+\d[\d.]*){2,}\s*$")  # pipe cells, or a run of numbers


def relevant_sentences(text: str, lexicon=None) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for every sentence with a quantity, or with a negation cue and (given a
    lexicon) a word that names an indicator; table rows are left to the table layouts."""
    from ..quantities import find_quantities

    lexicon = lexicon or default_lexicon()
    for m in _SENTENCE.finditer(text):
        s = m.group()
        if len(s.strip()) < 3 or _TABLE_ROW.search(s):
            continue
        if (_HAS_NUMBER.search(s) and find_quantities(s)) or (NEG_CUE.search(s) and lexicon.pattern.search(s)):
            yield m.start(), s


@lru_cache(maxsize=1)
def default_lexicon():
    from .lexicon import Lexicon

    return Lexicon.from_catalogue()


def doc_facts(doc) -> list[dict[str, Any]]:
    return list(doc._.facts or [])


def prose_facts(nlp, norm: Normalized, batch_size: int = 64, year: int | None = None) -> list[Fact]:
    """The pipeline's facts over the relevant sentences of ``norm``, spans in the input; ids as
    the report's era names them (``year``, by default :func:`gaoie.meta.report_year`)."""
    from ..catalogue import era_id
    from ..meta import report_year

    if year is None:
        year = report_year(norm.text)
    sentences = list(relevant_sentences(norm.text))
    facts: list[Fact] = []
    for (offset, _), doc in zip(sentences, nlp.pipe((s for _, s in sentences), batch_size=batch_size)):
        for f in doc_facts(doc):
            start, end = norm.to_original(offset + f["start"], offset + f["end"])
            ms, me = norm.to_original(offset + f["mention"]["start"], offset + f["mention"]["end"])
            indicator = era_id(f["indicator"], year, f["mention"]["text"])
            facts.append(Fact(indicator=indicator, value=f["value"], unit=f["unit"], approx=f["approx"],
                              source="prose", start=start, end=end, text=norm.original[start:end],
                              applicant=None, score=f.get("score"), negated=f["negated"],
                              mention={"start": ms, "end": me, "text": norm.original[ms:me]}))
    return facts
