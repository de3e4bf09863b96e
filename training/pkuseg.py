"""Train the pkuseg word segmenter gaoie can use instead of spaCy's character segmentation.

No pkuseg model can be downloaded here, so one is trained from a silver-segmented corpus:
the texts are the real corpus excerpts and seeds (read from ../shared, normalised) and
generated reports; the silver segmentation is forward maximum matching with the dictionary
that spacy-pkuseg bundles (dicts/default.pkl) plus the catalogue's names and aliases and the
prose lexicon's terms, with numbers and their units kept whole.

    python training/pkuseg.py -o training/output/pkuseg     # about 2 minutes on one core

Then set ``segmenter = "pkuseg"`` in training/configs/gaoie.cfg ([nlp.tokenizer]) and point
``[initialize.tokenizer] pkuseg_model`` at the output folder (training/configs/gaoie-pkuseg.cfg
does both).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import re
from pathlib import Path

from gaoie.annotations import shared_dir
from gaoie.catalogue import get_catalogue
from gaoie.generator import generate_reports
from gaoie.normalize import normalize
from gaoie.pipeline.lexicon import PROSE_TERMS

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def dictionary() -> set[str]:
    import spacy_pkuseg

    path = Path(spacy_pkuseg.__file__).parent / "dicts" / "default.pkl"
    words = set(w for w in pickle.loads(path.read_bytes()).split("\n") if 1 < len(w) <= 8)
    for ind in get_catalogue():
        words.update(n for n in ind.names if len(n) <= 12)
    for terms in PROSE_TERMS.values():
        words.update(terms)
    return words


def segment(text: str, words: set[str], max_len: int = 12) -> list[str]:
    """Forward maximum matching; runs of digits stay one token."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        m = _NUMBER.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
            continue
        for n in range(min(max_len, len(text) - i), 1, -1):
            if text[i:i + n] in words:
                out.append(text[i:i + n])
                i += n
                break
        else:
            out.append(ch)
            i += 1
    return out


def texts(n_generated: int) -> list[str]:
    root = shared_dir()
    out = [normalize(p.read_text(encoding="utf-8")).text for p in sorted((root / "seeds").glob("*.txt"))]
    for name in ("c1.jsonl", "c2.jsonl", "c3.jsonl"):
        out += [normalize(json.loads(l)["text"]).text for l in open(root / "corpus" / name, encoding="utf-8") if l.strip()]
    out += [normalize(r["text"]).text for r in generate_reports(n_generated, seed=77)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default="training/output/pkuseg")
    ap.add_argument("--generated", type=int, default=300)
    ap.add_argument("--iterations", type=int, default=8)
    args = ap.parse_args()
    import spacy_pkuseg

    words = dictionary()
    lines = [line for t in texts(args.generated) for line in t.split("\n") if len(line.strip()) > 4]
    random.Random(0).shuffle(lines)
    split = int(len(lines) * 0.95)
    work = Path(args.output).resolve()
    work.mkdir(parents=True, exist_ok=True)
    for name, part in (("train.txt", lines[:split]), ("dev.txt", lines[split:])):
        (work / name).write_text("\n".join(" ".join(segment(l, words)) for l in part) + "\n", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(work)  # pkuseg writes its temporary files to the working directory
    try:
        spacy_pkuseg.train(str(work / "train.txt"), str(work / "dev.txt"), str(work / "model"),
                           train_iter=args.iterations)
    finally:
        os.chdir(cwd)
    print(f"pkuseg model in {work / 'model'}")


if __name__ == "__main__":
    main()
