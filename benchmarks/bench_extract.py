"""Speed and memory of gaoie extract, with the pipeline loaded once (prints figures; no asserts).

    python benchmarks/bench_extract.py [--rounds 5]

Text reports: the five seeds and the 168 corpus excerpts (read from ../shared) and generated
reports; PDF reports: the three real PDFs. Also: import time, model size, peak memory, and
batch extraction over worker processes (1 vs 2) on a folder of files.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    t = subprocess.run([sys.executable, "-c", "import time; t=time.perf_counter(); import gaoie; "
                        "print(time.perf_counter()-t)"], capture_output=True, text=True, check=True)
    print(f"import gaoie: {float(t.stdout):.3f} s")

    import gaoie
    from gaoie.annotations import shared_dir
    from gaoie.generator import generate_reports
    from gaoie.pipeline import bundled_path

    size = sum(p.stat().st_size for p in bundled_path().rglob("*") if p.is_file())
    print(f"shipped model: {size / 1e6:.1f} MB")
    t0 = time.perf_counter()
    nlp = gaoie.load()
    print(f"load pipeline: {time.perf_counter() - t0:.2f} s")

    shared = shared_dir()
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    for name in ("c1.jsonl", "c2.jsonl", "c3.jsonl"):
        texts += [json.loads(l)["text"] for l in open(shared / "corpus" / name, encoding="utf-8") if l.strip()]
    generated = [r["text"] for r in generate_reports(50, seed=4242)]
    pdfs = sorted((shared / "realdocs").glob("*.pdf"))

    for label, items in (("seeds", texts[:5]), ("corpus excerpts", texts[5:]), ("generated reports", generated)):
        gaoie.extract(items[0], nlp)
        t0 = time.perf_counter()
        for _ in range(args.rounds):
            for x in items:
                gaoie.extract(x, nlp)
        dt = time.perf_counter() - t0
        n = len(items) * args.rounds
        chars = sum(map(len, items)) * args.rounds
        print(f"text, {label}: {n / dt:.1f} reports/s ({chars / dt / 1000:.0f}k chars/s, {len(items)} reports)")

    gaoie.extract(pdfs[0], nlp)
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for p in pdfs:
            gaoie.extract(p, nlp)
    dt = time.perf_counter() - t0
    print(f"pdf (realdocs): {len(pdfs) * args.rounds / dt:.1f} reports/s")
    print(f"peak memory (one process, everything above): {peak_mb():.0f} MB")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "reports")
        folder.mkdir()
        for i, x in enumerate(texts * 6):
            Path(folder, f"r{i:04d}.txt").write_text(x, encoding="utf-8")
        for p in pdfs:
            for k in range(30):
                os.symlink(p, Path(folder, f"{p.stem}_{k}.pdf"))
        n_files = len(list(folder.iterdir()))
        # start-up: interpreter, import, pipeline load in every worker (eight tiny files: two chunks, both workers)
        tiny = Path(tmp, "tiny")
        tiny.mkdir()
        for i in range(8):
            Path(tiny, f"t{i}.txt").write_text("2020年共收到政府信息公开申请3件。", encoding="utf-8")

        def run(path: Path, n: int) -> float:
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "gaoie.cli", "extract", str(path), "-o", str(Path(tmp, "out.jsonl")),
                            "-n", str(n), "-q"], check=True)
            return time.perf_counter() - t0

        rates = {}
        for n in (1, 2):
            start = run(tiny, n)
            dt = run(folder, n)
            rates[n] = n_files / (dt - start)
            print(f"batch, {n} process(es): {n_files} files in {dt:.1f} s = {n_files / dt:.1f} files/s with start-up "
                  f"({start:.1f} s); {rates[n]:.1f} files/s after it")
        print(f"batch scaling, 2 processes over 1 (after start-up): {rates[2] / rates[1]:.2f}x")

if __name__ == "__main__":
    main()
