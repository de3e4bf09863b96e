"""Does a real report read the same in another dress? Metamorphic checks on the real train+dev excerpts.

Each transform writes an annotated excerpt the way other real input writes the same report: as PDF text
(spaces around numbers, hard line breaks, radicals from the font), in traditional script (with or without
Taiwan phrasing, with pinyin glosses), as a web page (furniture, no line breaks, HTML), with thousands separators or small
numbers in Chinese numerals. The shipped pipeline reads the excerpt and its transform; the facts should be
the same. Printed per transform: the reports the transform changed, those whose facts differ, the facts
lost and gained. No gold is used, and the test split is never read.

    python training/robustness.py [--only NAME ...]
"""
from __future__ import annotations

import argparse
import html
import random
import re
import tempfile
from pathlib import Path

import gaoie
from gaoie.data import load_reports
from gaoie.extraction import extract
from gaoie.generator import noise
from gaoie.normalize import apply_edits, gloss_edits, identity

_UNITS = "件条次场期篇人名个项"
_CN = "零一二三四五六七八九"
_FILL = {"code": "000014348/2020-00012", "body": "某某县人民政府办公室", "date": "2020-01-20"}


def edited(text: str, edits) -> str:
    return apply_edits(identity(text), edits).text


def pdf_text(text: str, rng: random.Random) -> str:
    spaced = edited(text, noise.number_space_edits(text, rng))
    return edited(spaced, noise.line_break_edits(spaced, rng, rng.randint(28, 36)))


def html_page(text: str) -> str:
    out, rows = ["<html><head><meta charset='utf-8'><script>var a=1;</script></head><body>"
                 "<div class='nav'>首页 &gt; 政务公开</div><div class='content'>"], []

    def flush():
        if rows:
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c.strip())}</td>"
                                                            for c in r.strip().strip("|").split("|")) + "</tr>"
                                           for r in rows) + "</table>")
            rows.clear()
    for line in text.split("\n"):
        if "|" in line:
            rows.append(line)
            continue
        flush()
        out.append(f"<p>{html.escape(line)}</p>")
    flush()
    out.append("</div><div class='footer'>版权所有 联系我们</div></body></html>")
    return "\n".join(out)


TRANSFORMS = {
    "pdf: spaces around numbers": lambda t, rng: re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])", r" \1 ", t),
    "pdf: spaces and hard line breaks": pdf_text,
    "pdf: radicals for characters": lambda t, rng: edited(t, noise.kangxi_edits(t, rng, 0.8)),
    "pdf: full-width digits": lambda t, rng: edited(t, noise.fullwidth_digit_edits(t)),
    "traditional (s2t)": lambda t, rng: edited(t, noise.traditional_edits(t, "s2t")),
    "traditional, Hong Kong (s2hk)": lambda t, rng: edited(t, noise.traditional_edits(t, "s2hk")),
    "traditional, Taiwan phrasing (s2twp)": lambda t, rng: edited(t, noise.traditional_edits(t, "s2twp")),
    "traditional with pinyin glosses (公開(kāi))": lambda t, rng: (lambda tt: edited(tt, noise.gloss_edits(tt, rng, 0.6)))(
        edited(unglossed := edited(t, gloss_edits(t)), noise.traditional_edits(unglossed, "s2t"))),  # not 報(bào)(bào)
    "web: page furniture": lambda t, rng: rng.choice(noise.JUNK_HEAD).format(**_FILL) + t + rng.choice(noise.JUNK_TAIL),
    "web: indented paragraphs": lambda t, rng: "\n".join("\u3000\u3000" + x if x.strip() else x for x in t.split("\n")),
    "web: no line breaks": lambda t, rng: t.replace("\n", ""),
    "web: HTML page": None,  # read through the HTML reader, below
    "numbers: thousands separators": lambda t, rng: re.sub(rf"(?<![\d.])(\d{{4,}})(?=[{_UNITS}余多])",
                                                           lambda m: f"{int(m.group(1)):,}", t),
    "numbers: 1-9 in Chinese numerals": lambda t, rng: re.sub(rf"(?<![\d.年月日])([1-9])(?=[{_UNITS}])",
                                                              lambda m: _CN[int(m.group(1))], t),
}


def facts(report) -> dict[str, set[tuple[str, float]]]:
    return {source: {(f.indicator, f.value) for f in report.facts if f.source == source} for source in SOURCES}


SOURCES = ("prose", "table")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="transforms whose name contains one of these words")
    ap.add_argument("--show", action="store_true", help="print each report whose facts differ")
    args = ap.parse_args()
    nlp = gaoie.load()
    reports = load_reports(split="train") + load_reports(split="dev")
    clean = {r["id"]: facts(extract(r["text"], nlp=nlp)) for r in reports}
    tmp = Path(tempfile.mkdtemp())
    n = {s: sum(len(c[s]) for c in clean.values()) for s in SOURCES}
    print(f"{len(reports)} real train+dev excerpts; read as given: {n['prose']} prose facts, {n['table']} table facts\n")
    print("| transform | reports changed | prose: reports differing, facts lost / gained | tables: the same |")
    print("|---|---|---|---|")
    for name, transform in TRANSFORMS.items():
        if args.only and not any(w in name for w in args.only):
            continue
        changed, score = 0, {s: [0, 0, 0] for s in SOURCES}
        for r in reports:
            rng = random.Random(r["id"])
            if transform is None:
                path = tmp / f"{r['id']}.html"
                path.write_text(html_page(r["text"]), encoding="utf-8")
                got = facts(extract(path, nlp=nlp))
            else:
                text = transform(r["text"], rng)
                if text == r["text"]:
                    continue
                got = facts(extract(text, nlp=nlp))
            changed += 1
            for s in SOURCES:
                was, now = clean[r["id"]][s], got[s]
                if now != was:
                    score[s][0] += 1
                    score[s][1] += len(was - now)
                    score[s][2] += len(now - was)
                    if args.show:
                        print(f"    {name}, {s}: {r['id']} lost {sorted(was - now)} gained {sorted(now - was)}")
        cells = " | ".join(f"{d}, -{lo} / +{g}" for d, lo, g in score.values())
        print(f"| {name} | {changed} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
