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


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def cmd_train(args: argparse.Namespace) -> int:
    from .train import train_from_config

    train_from_config(args.config, args.output, args.mix, args.annotations, log=_log)
    if not args.no_eval:
        from .pipeline import load

        return _evaluate_and_print(load(args.output), args.annotations, "dev", None, None)
    return 0


def _load_model(name: str):
    from .pipeline import load

    return load(None if name == "bundled" else name)


def _reports_for(data: str | None, split: str | None):
    """Annotated reports named on the command line: a folder or JSONL file of gold annotations,
    ``generated:N:SEED`` for held-out generated reports, or ``written:PATH`` for written excerpts
    (a file or folder in the markup of :mod:`gaoie.generator.written`)."""
    if data and data.startswith("written:"):
        from .generator.written import written_reports

        return written_reports([data.split(":", 1)[1]])
    if data and data.startswith("generated:"):
        from .generator import generate_reports

        _, n, seed = (data.split(":") + ["1000"])[:3]
        return generate_reports(int(n), seed=int(seed))
    from .data import load_reports

    return load_reports(data, split=None if split in (None, "all") else split)


def _evaluate_and_print(nlp, data, split, output, group) -> int:
    from .evaluate import evaluate, format_table, meta_scores, stage_scores

    reports = _reports_for(data, split)
    if not reports:
        _log(f"gaoie: no annotated reports in {data or 'annotations/'} (split {split})")
        return 1
    key = {"era": lambda r: r.get("era") or "unknown", "province": lambda r: r.get("province") or "unknown",
           None: None}[group]
    views = evaluate(nlp, reports, group_by=key)
    made = data and data.split(":")[0] in ("written", "generated")
    for name, ev in views.items():
        print(format_table(ev, f"{name} facts ({len(reports)} reports, {data if made else f'split {split}'})"))
        print()
    stages = stage_scores(nlp, reports)
    print("stages:", json.dumps(stages, ensure_ascii=False))
    meta = meta_scores(reports) if all("body" in r for r in reports) else None  # generated and written excerpts name none
    if meta:
        print("metadata:", json.dumps(meta, ensure_ascii=False))
    if output:
        payload = {name: ev.to_dict() for name, ev in views.items()}
        payload["stages"] = stages
        payload["metadata"] = meta
        payload["n_reports"] = len(reports)
        Path(output).write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        _log(f"scores written to {output}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.cross:
        from .evaluate import Evaluation, cross_evaluate, format_table

        reports = _reports_for(args.data, "all" if args.split == "test" else args.split)
        per = cross_evaluate(reports, args.cross, generated=args.generated, epochs=args.epochs, log=_log)
        total = Evaluation()
        for name, ev in per.items():
            total.by_group[name] = ev.overall
            total.overall += ev.overall
        print(format_table(total, f"leave-one-{args.cross}-out prose facts ({len(per)} {args.cross}s)"))
        if args.output:
            Path(args.output).write_text(json.dumps({k: v.to_dict() for k, v in per.items()}, ensure_ascii=False,
                                                    indent=1), encoding="utf-8")
        return 0
    return _evaluate_and_print(_load_model(args.model), args.data, args.split, args.output, args.by)


def cmd_finetune(args: argparse.Namespace) -> int:
    from .data import load_reports
    from .finetune import finetune, format_scores

    train, dev = load_reports(args.train), load_reports(args.dev)
    if not train or not dev:
        _log("gaoie: --train and --dev must each hold annotated reports")
        return 1
    result = finetune(args.base, train, dev, args.output, new_weight=args.weight, epochs=args.epochs, log=_log)
    print(format_scores(result["scores"]))
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    """Pre-annotations: the pipeline's facts in the annotation format, with the text, for correction."""
    from tqdm import tqdm

    from .annotations import AnnotatedReport
    from .batch import iter_files
    from .extraction import error_report, extract
    from .pipeline import load

    nlp = load(None if args.model == "bundled" else args.model)
    files = list(iter_files(args.paths))
    failed = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for path in tqdm(files, unit="file", disable=len(files) < 2, file=sys.stderr):
            try:
                report = extract(path, nlp)
            except Exception as err:  # noqa: BLE001 - reported, the batch goes on
                failed += 1
                _log(f"gaoie: {path}: {error_report(path, err)['error']}")
                continue
            facts = [f.to_dict() for f in report.facts]
            rec = AnnotatedReport(str(path), Path(path).stem, report.text, report.meta, facts)
            out.write(json.dumps({"source": str(path), "id": Path(path).stem, "meta": report.meta, "facts": facts,
                                  **rec.to_spans_relations()}, ensure_ascii=False) + "\n")
    _log(f"gaoie: {len(files) - failed} of {len(files)} files pre-annotated -> {args.output}")
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

    p = sub.add_parser("train", help="train the prose pipeline (real and generated annotated reports)")
    p.add_argument("--config", help="pipeline config (default training/configs/gaoie.cfg)")
    p.add_argument("--mix", choices=["both", "real", "generated"], help="training data (default: the config's)")
    p.add_argument("--annotations", help="gold annotations folder (default annotations/)")
    p.add_argument("-o", "--output", default="training/output/gaoie_zh", help="where to save the pipeline")
    p.add_argument("--no-eval", action="store_true", help="skip the dev-split evaluation")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="score a pipeline on annotated reports (FACTS.md scoring)")
    p.add_argument("model", help="'bundled' or a trained pipeline folder")
    p.add_argument("data", nargs="?", help="annotations folder or JSONL, generated:N:SEED, or written:PATH "
                   "(written excerpts; default annotations/)")
    p.add_argument("--split", default="test", help="train, dev, test or all (default test)")
    p.add_argument("--by", choices=["era", "province"], help="also score per era or per province")
    p.add_argument("-o", "--output", help="write the scores as JSON")
    p.add_argument("--cross", choices=["province", "era"], help="leave-one-out: train without a group, score it "
                   "(MODEL's config is not used: each fold trains from training/configs/gaoie.cfg)")
    p.add_argument("--generated", type=int, default=200, help="with --cross: generated reports per fold")
    p.add_argument("--epochs", type=int, default=4, help="with --cross: NER epochs per fold")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("annotate", help="pre-annotate raw reports with the pipeline's facts, for correction")
    p.add_argument("paths", nargs="+")
    p.add_argument("-o", "--output", required=True, help="pre.jsonl")
    p.add_argument("--model", default="bundled")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("finetune", help="continue training on a new province's annotations")
    p.add_argument("--base", default="bundled", help="'bundled' or a pipeline folder")
    p.add_argument("--train", required=True, help="the new province's training annotations (JSONL)")
    p.add_argument("--dev", required=True, help="the new province's dev annotations (JSONL)")
    p.add_argument("-o", "--output", required=True, help="where to save the fine-tuned pipeline")
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--weight", type=float, default=4.0, help="weight of a new-province example against a rehearsed one")
    p.set_defaults(func=cmd_finetune)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .annotations import AnnotationError
    from .generator.written import MarkupError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except (OSError, AnnotationError, MarkupError) as err:  # bad data named on the command line or in the config
        print(f"gaoie {args.command}: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
