"""Standoff annotations (annotations/FORMAT.md): load, join with the texts in ``shared/``, check."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from .catalogue import get_catalogue


class AnnotationError(ValueError):
    pass


def find_upwards(relative: str, marker: str, env: str) -> Path:
    """``$env`` if set, else ``relative`` in the working directory, the package's checkout or any
    of their parents, where ``relative/marker`` exists (a notebook runs from ``notebooks/``, an
    installed package lives in ``site-packages``: both still find the checkout's folders)."""
    if os.environ.get(env):
        return Path(os.environ[env])
    for start in (Path.cwd().resolve(), Path(__file__).resolve().parent.parent):
        for folder in (start, *start.parents):
            if (folder / relative / marker).exists():
                return folder / relative
    raise AnnotationError(f"cannot find the {relative}/ folder (run inside the checkout, or set {env})")


def shared_dir() -> Path:
    """``shared/`` beside the clone (or above the working directory), or ``$GAOIE_SHARED``."""
    return find_upwards("shared", "spec", "GAOIE_SHARED")


@lru_cache(maxsize=None)
def _corpus(path: str) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, filter(str.strip, fh))}


def source_text(source: str, rid: str, root: Path | None = None) -> tuple[str, dict[str, Any]]:
    """The text and meta of an annotated record, read from ``shared/``."""
    root = root or shared_dir()
    path = root / source
    if not path.exists():
        raise AnnotationError(f"{source}: no such file under {root}")
    if path.suffix == ".jsonl":
        records = _corpus(str(path))
        if rid not in records:
            raise AnnotationError(f"{source}: no record with id {rid!r}")
        rec = records[rid]
        return rec["text"], dict(rec.get("meta") or {})
    return path.read_text(encoding="utf-8"), {}


@dataclass
class AnnotatedReport:
    source: str
    id: str
    text: str
    meta: dict[str, Any]
    facts: list[dict[str, Any]] = field(default_factory=list)

    def to_spans_relations(self) -> dict[str, Any]:
        """The common ``text``/``spans``/``relations`` shape of annotation tools."""
        spans: list[dict[str, Any]] = []
        index: dict[tuple, int] = {}

        def add(start: int, end: int, label: str) -> int:
            key = (start, end, label)
            if key not in index:
                index[key] = len(spans)
                spans.append({"start": start, "end": end, "label": label, "text": self.text[start:end]})
            return index[key]

        relations = []
        for f in self.facts:
            q = add(f["start"], f["end"], "NEG" if f.get("negated") else "QUANTITY")
            m = f.get("mention")
            if m:
                i = add(m["start"], m["end"], "INDICATOR")
                spans[i].setdefault("indicators", [])
                if f["indicator"] not in spans[i]["indicators"]:
                    spans[i]["indicators"].append(f["indicator"])
                relations.append({"head": q, "child": i, "label": f["indicator"],
                                  "value": f["value"], "applicant": f.get("applicant")})
        return {"text": self.text, "meta": {**self.meta, "source": self.source, "id": self.id},
                "spans": spans, "relations": relations}


def check_record(rec: dict[str, Any], text: str) -> list[str]:
    cat = get_catalogue()
    problems = []
    where = f"{rec.get('source')}#{rec.get('id')}"
    for i, f in enumerate(rec.get("facts", [])):
        tag = f"{where} fact {i} ({f.get('indicator')}={f.get('value')})"
        if f.get("indicator") not in cat:
            problems.append(f"{tag}: unknown indicator")
        if not isinstance(f.get("value"), (int, float)):
            problems.append(f"{tag}: value is not a number")
        s, e = f.get("start"), f.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{tag}: bad offsets {s}-{e}")
        elif text[s:e] != f.get("text"):
            problems.append(f"{tag}: offsets {s}-{e} give {text[s:e]!r}, not {f.get('text')!r}")
        m = f.get("mention")
        if m is not None:
            ms, me = m.get("start"), m.get("end")
            if not (isinstance(ms, int) and isinstance(me, int) and 0 <= ms < me <= len(text)):
                problems.append(f"{tag}: bad mention offsets {ms}-{me}")
            elif text[ms:me] != m.get("text"):
                problems.append(f"{tag}: mention {ms}-{me} gives {text[ms:me]!r}, not {m.get('text')!r}")
        if f.get("source", "prose") not in ("prose", "table"):
            problems.append(f"{tag}: source must be prose or table")
    return problems


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as err:
                    raise AnnotationError(f"{path}:{n}: not JSON ({err.msg})") from None


def load(path: str | Path, root: Path | None = None, strict: bool = True) -> list[AnnotatedReport]:
    """Annotated reports of a standoff file, joined with their texts; offsets checked."""
    out = []
    for rec in read_jsonl(path):
        text, meta = source_text(rec["source"], rec["id"], root)
        problems = check_record(rec, text)
        if problems and strict:
            raise AnnotationError(f"{path}: " + "; ".join(problems[:5]) + (" ..." if len(problems) > 5 else ""))
        out.append(AnnotatedReport(rec["source"], rec["id"], text, {**meta, **(rec.get("meta") or {})},
                                   list(rec.get("facts", []))))
    return out


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2 or args[0] != "check":
        print("usage: python -m gaoie.annotations check FILE...", file=sys.stderr)
        return 2
    bad = 0
    for path in args[1:]:
        n = 0
        for rec in read_jsonl(path):
            n += 1
            try:
                text, _ = source_text(rec["source"], rec["id"])
            except AnnotationError as err:
                print(f"{path}: {err}")
                bad += 1
                continue
            for p in check_record(rec, text):
                print(p)
                bad += 1
        print(f"{path}: {n} records checked")
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
