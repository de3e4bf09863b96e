"""Written excerpts: report excerpts written for training (not copied from any real report) in an
inline markup, read into annotated reports of the same shape as the generator's.

The markup, one excerpt after a header line::

    ### id=w-a-001 year=2018 level=county province=广西壮族自治区 body=某县人民政府办公室
    2018年，全县共受理[政府信息公开申请|request.received]{56件|request.received}，
    {未|review.total}发生因政府信息公开引起的[行政复议|review.total]。

- ``[words|id]`` names an indicator (the fact's mention);
- ``{quantity|id}`` is a fact of that id, measured by the nearest ``[...|id]`` of its sentence;
- ``{cue|id;id2}``: a negation cue (没有, 未, 无, 均未 ...) states a zero for each id named;
- every other number is no fact (percentages, last year's figures, hotline caseloads ...).

``python -m gaoie.generator.written check FILE...`` parses files and reports every problem with
its file and line.
"""
from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

_HEADER = re.compile(r"^###\s+(.*)$")
_MARK = re.compile(r"\[([^\[\]{}|]+)\|([a-z_.;]+)\]|\{([^\[\]{}|]+)\|([a-z_.;]+)\}")
_STRAY = re.compile(r"[\[\]{}]|\|[a-z]")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


class MarkupError(ValueError):
    pass


def parse_excerpt(body: str, meta: dict[str, Any], where: str = "") -> dict[str, Any]:
    """One excerpt's marked-up text -> a report dict (``text``, ``facts``, ``meta``)."""
    from ..catalogue import get_catalogue
    from ..normalize import normalize
    from ..quantities import find_quantities, to_unit

    cat = get_catalogue()
    text, mentions, anchors, pos = [], [], [], 0
    out_len = 0
    for m in _MARK.finditer(body):
        text.append(body[pos:m.start()])
        out_len += m.start() - pos
        words, ids = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        ids = [i for i in ids.split(";") if i]
        for i in ids:
            if i not in cat:
                raise MarkupError(f"{where}: unknown indicator id {i!r} in {m.group()!r}")
            if not cat[i].reported_in(meta.get("year")):
                raise MarkupError(f"{where}: {i} (era {cat[i].era}) is not an id of a {meta.get('year')} report, in {m.group()!r}")
        span = (out_len, out_len + len(words))
        (mentions if m.group(1) is not None else anchors).append((span, words, ids))
        text.append(words)
        out_len += len(words)
        pos = m.end()
    text.append(body[pos:])
    plain = "".join(text)
    stray = _STRAY.search(plain)
    if stray:
        raise MarkupError(f"{where}: unbalanced markup at {plain[max(0, stray.start() - 10):stray.end() + 10]!r}")
    facts = []
    in_text = None  # the quantities of the whole excerpt, read once if a zero word is marked
    for (start, end), words, ids in anchors:
        plain_words = normalize(words).text  # ２０件 is 20件, 3126條 is 3126条
        qs = find_quantities(plain_words)
        if "零" in words and not re.search(r"\d", words):
            # {为零|id}: a zero word reads with its verb, the value 0 on 零. (为{零|id} stays a negation cue,
            # as the shipped pipeline was trained: retrained as a value, it read dev worse, stop 12.)
            in_text = find_quantities(plain) if in_text is None else in_text
            zero = next((q for q in in_text if q.unit is None and q.value == 0 and q.end == end
                         and plain[start:q.start] in ("为", "是")), None)
            if zero is not None:
                start, words, plain_words, qs = (zero.start, zero.text, zero.text,
                                                 [replace(zero, start=0, end=len(zero.text))])
        negated = not qs
        if negated and re.search(r"\d", words):
            raise MarkupError(f"{where}: {words!r} has a number the number grammar does not read")
        if qs and (len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(plain_words)):
            raise MarkupError(f"{where}: {words!r} is not one quantity (the number grammar reads {[q.text for q in qs]})")
        s0 = max((x.end() for x in _SENTENCE_END.finditer(plain, 0, start)), default=0)
        s1 = next((x.start() for x in _SENTENCE_END.finditer(plain, end)), len(plain))
        for ind in ids:
            candidates = [(ms, mw) for ms, mw, mids in mentions if ind in mids and s0 <= ms[0] and ms[1] <= s1]
            if not candidates:
                raise MarkupError(f"{where}: {{{words}|{ind}}} has no [...|{ind}] in its sentence")
            (ms, mw) = min(candidates, key=lambda c: min(abs(c[0][0] - end), abs(start - c[0][1])))
            unit = cat[ind].unit
            if negated:
                value = 0.0
            else:
                value = to_unit(qs[0].value, qs[0].unit, unit)
                if value is None:
                    raise MarkupError(f"{where}: {words!r} cannot be expressed in {unit} ({ind})")
            facts.append({"indicator": ind, "value": float(value), "unit": unit,
                          "approx": bool(qs and qs[0].approx), "source": "prose", "applicant": None,
                          "start": start, "end": end, "text": words, "negated": negated,
                          "mention": {"start": ms[0], "end": ms[1], "text": mw}})
    return {"source": "written", "text": plain, "facts": facts, "meta": meta}


def parse_file(path: str | Path) -> list[dict[str, Any]]:
    """Every excerpt of a written file (header lines ``### key=value ...``)."""
    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[tuple[int, dict[str, Any], list[str]]] = []
    for n, line in enumerate(lines, 1):
        h = _HEADER.match(line)
        if h:
            meta = dict(kv.split("=", 1) for kv in h.group(1).split() if "=" in kv)
            blocks.append((n, meta, []))
        elif blocks:
            blocks[-1][2].append(line)
        elif line.strip():
            raise MarkupError(f"{path}:{n}: text before the first ### header")
    reports = []
    for n, meta, body in blocks:
        where = f"{path}:{n}"
        if "id" not in meta or "year" not in meta:
            raise MarkupError(f"{where}: the header needs id= and year=")
        meta["year"] = int(meta["year"])
        rep = parse_excerpt("\n".join(body).strip("\n"), meta, where)
        rep["id"] = meta["id"]
        reports.append(rep)
    return reports


def written_reports(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """The excerpts of files or folders, each with the era and province of its header, like the
    records of :func:`gaoie.data.load_reports`."""
    from ..data import era_of

    reports = []
    for p in paths:
        p = Path(p)
        for f in sorted(p.glob("*.txt")) if p.is_dir() else [p]:
            reports.extend(parse_file(f))
    for r in reports:
        r["era"], r["province"] = era_of(r["meta"].get("year")), r["meta"].get("province")
    return reports


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] != "check":
        print("usage: python -m gaoie.generator.written check FILE...", file=sys.stderr)
        return 2
    status = 0
    for f in argv[1:]:
        try:
            reps = parse_file(f)
        except (MarkupError, OSError, ValueError) as e:
            print(f"error: {e}")
            status = 1
            continue
        n = sum(len(r["facts"]) for r in reps)
        print(f"{f}: {len(reps)} excerpts, {n} facts")
        for r in reps:
            print(f"  {r['id']} ({r['meta'].get('year')}): "
                  + ", ".join(f"{x['indicator']}={x['value']:g}{'(neg)' if x['negated'] else ''}" for x in r["facts"]))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
