"""The ``gaoie`` command line: extract, annotate, train, finetune, evaluate."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

FACT_COLUMNS = ["file", "body", "year", "region", "indicator", "value", "unit", "approx", "source", "applicant",
                "start", "end", "text"]


def _write_records(records, out: Path | None, fmt: str) -> int:
    """Write records as JSONL (one a file) or CSV (one row a fact); return the number failed."""
    failed = 0
    fh = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        writer = None
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=FACT_COLUMNS + ["error"], extrasaction="ignore")
            writer.writeheader()
        for rec in records:
            if rec.get("error"):
                failed += 1
                print(f"gaoie: {rec['file']}: {rec['error']}", file=sys.stderr)
            if writer is None:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            elif rec.get("error"):
                writer.writerow({"file": rec["file"], "error": rec["error"]})
            else:
                meta = rec.get("meta") or {}
                for fact in rec["facts"]:
                    writer.writerow({"file": rec["file"], "body": meta.get("body"), "year": meta.get("year"),
                                     "region": meta.get("region"), **fact})
            fh.flush()
    finally:
        if out:
            fh.close()
    return failed


def cmd_extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .batch import extract_files, iter_files

    files = list(iter_files(args.paths))
    if not files:
        print("gaoie: no report files found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    out = Path(args.output) if args.output else None
    fmt = args.format or ("csv" if out and out.suffix.lower() == ".csv" else "jsonl")
    records = extract_files(files, n_process=args.n_process, prose=not args.tables_only)
    records = tqdm(records, total=len(files), unit="file", disable=args.quiet or len(files) < 2, file=sys.stderr)
    failed = _write_records(records, out, fmt)
    if not args.quiet:
        print(f"gaoie: {len(files) - failed} of {len(files)} files extracted"
              + (f", {failed} failed" if failed else "") + (f" -> {out}" if out else ""), file=sys.stderr)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gaoie", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract facts from report files and folders")
    p.add_argument("paths", nargs="+", help="files (txt, html, pdf, docx) or folders")
    p.add_argument("-o", "--output", help="out.jsonl (one line a file) or out.csv (one row a fact); default stdout")
    p.add_argument("--format", choices=["jsonl", "csv"], help="output format (default: from the file name)")
    p.add_argument("-n", "--n-process", type=int, default=1, help="worker processes (0: all cores)")
    p.add_argument("--tables-only", action="store_true", help="read the statistics tables only")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
