"""The command line over folders: every good file's facts written, bad files reported, exit 1."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from importlib import resources

from gaoie.cli import main

EXAMPLE = resources.files("gaoie") / "data/examples/example_report.txt"


def test_folder_with_one_bad_file(tmp_path, shared, capsys):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(shared / "realdocs" / "hongze_district_2024.pdf", folder / "a.pdf")
    shutil.copy(shared / "seeds" / "003_d56b836ff3b8aa47.txt", folder / "sub" / "b.txt")
    (folder / "c.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "d.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(folder), "-o", str(out), "-q"])
    assert status == 1
    records = {r["file"].rsplit("/", 1)[-1]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert set(records) == {"a.pdf", "b.txt", "c.pdf", "d.txt"}
    assert records["c.pdf"]["error"].startswith("damaged PDF") and records["c.pdf"]["facts"] == []
    assert records["d.txt"]["error"] == "empty file"
    assert records["a.pdf"]["error"] is None and records["b.txt"]["error"] is None
    a = {(f["indicator"], f["applicant"], f["value"]) for f in records["a.pdf"]["facts"]}
    assert ("request.received", None, 95) in a and ("penalty.decisions", None, 2776) in a
    assert ("proactive.total", None, 1264) in {(f["indicator"], f["applicant"], f["value"]) for f in records["b.txt"]["facts"]}
    err = capsys.readouterr().err
    assert "c.pdf: damaged PDF" in err and "d.txt: empty file" in err and "Traceback" not in err


def test_bad_training_data_is_an_error_naming_it_not_a_traceback(tmp_path, capsys):
    from gaoie.pipeline import default_config_path

    written = tmp_path / "written"
    written.mkdir()
    (written / "A.txt").write_text("### id=w-t-1 year=2018\n收到[申请|request.recieved]{5件|request.recieved}。\n",
                                   encoding="utf-8")
    config = tmp_path / "bad.cfg"
    config.write_text(default_config_path().read_text(encoding="utf-8").replace('written = "../written"', f'written = "{written}"'),
                      encoding="utf-8")
    assert main(["train", "--config", str(config), "-o", str(tmp_path / "model"), "--no-eval"]) == 2
    err = capsys.readouterr().err
    assert f"{written / 'A.txt'}:1" in err and "unknown indicator id 'request.recieved'" in err and "Traceback" not in err
    assert not (tmp_path / "model").exists()
    assert main(["evaluate", "bundled", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert "gaoie evaluate: error:" in err and "missing" in err


def test_csv_one_row_a_fact(tmp_path):
    out = tmp_path / "facts.csv"
    assert main(["extract", str(EXAMPLE), "-o", str(out), "-q"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and {"file", "indicator", "value", "source", "start", "end", "text"} <= set(rows[0])
    text = EXAMPLE.read_text(encoding="utf-8")
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    assert {"prose", "table"} <= {r["source"] for r in rows}


def test_console_script_two_processes(tmp_path, corpus):
    folder = tmp_path / "many"
    folder.mkdir()
    for rec in corpus[:12]:
        (folder / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "gaoie.cli", "extract", str(folder), "-o", str(out), "-n", "2"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in records] == sorted(f"{r['id']}.txt" for r in corpus[:12])
    assert sum(len(r["facts"]) for r in records) > 12
    assert "12 of 12 files extracted" in done.stderr
