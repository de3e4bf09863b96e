"""Written excerpts (training/written): the markup reader and its place in the training mix."""
from pathlib import Path

import pytest

from gaoie.catalogue import get_catalogue
from gaoie.generator.written import MarkupError, parse_file, written_reports
from gaoie.train import sentence_examples, training_reports, training_settings

WRITTEN = Path(__file__).resolve().parents[1] / "training" / "written"


def write(tmp_path, body: str) -> Path:
    p = tmp_path / "w.txt"
    p.write_text(body, encoding="utf-8")
    return p


def test_markup_gives_facts_with_offsets_into_the_plain_text(tmp_path):
    p = write(tmp_path, "### id=w-t-1 year=2018\n"
                        "2018年，全县共受理[政府信息公开申请|request.received]{56余件|request.received}，比上年增加12件；\n"
                        "{均未|review.total;litigation.total}发生[行政复议|review.total]和[行政诉讼|litigation.total]。\n")
    (rep,) = parse_file(p)
    assert "[" not in rep["text"] and "{" not in rep["text"]
    got = {(f["indicator"], f["value"], f["negated"], f["approx"]) for f in rep["facts"]}
    assert got == {("request.received", 56.0, False, True), ("review.total", 0.0, True, False),
                   ("litigation.total", 0.0, True, False)}
    for f in rep["facts"]:
        assert rep["text"][f["start"]:f["end"]] == f["text"]
        assert rep["text"][f["mention"]["start"]:f["mention"]["end"]] == f["mention"]["text"]
    # 12件 is no fact: the pipeline's training sentences see it unmarked
    (ex,) = [e for e in sentence_examples(rep["text"], rep["facts"]) if "56" in e.text]
    assert [f["value"] for f in ex.facts] == [56.0]


def test_a_zero_written_as_a_word_is_the_value_zero(tmp_path):
    (rep,) = parse_file(write(tmp_path, "### id=w-t-2 year=2012\n"
                                        "2012年，全镇[依申请公开|request.received]办理事项{为零|request.received}。\n"))
    (f,) = rep["facts"]
    assert (f["indicator"], f["value"], f["negated"], f["text"]) == ("request.received", 0.0, False, "零")
    assert rep["text"][f["start"]:f["end"]] == "零"
    # a shared zero: every id gets it
    (rep,) = parse_file(write(tmp_path, "### id=w-t-3 year=2012\n"
                                        "[行政复议|review.total]、[行政诉讼|litigation.total]均{为零|review.total;litigation.total}。\n"))
    assert {(f["indicator"], f["value"], f["negated"]) for f in rep["facts"]} == {("review.total", 0.0, False),
                                                                                ("litigation.total", 0.0, False)}


@pytest.mark.parametrize("body, problem", [
    ("收到[申请|request.recieved]{5件|request.recieved}。", "unknown indicator id 'request.recieved'"),
    ("收到[申请|request.received]。共{5件|request.received}。", "no [...|request.received] in its sentence"),
    ("收到[申请|request.received]{5件和6件|request.received}。", "is not one quantity"),
    ("收到[申请|request.received]{5件|request.received。", "unbalanced markup"),
    ("[申请|request.received]{为零，|request.received}", "is not one quantity"),
    ("[政策解读|interpret.policy_interpretations]{3篇|interpret.policy_interpretations}，"
     "[发布政府规章|rules.published]{1件|rules.published}。", "rules.published (era 2019) is not an id of a 2016 report"),
])
def test_markup_problems_name_the_file_and_line(tmp_path, body, problem):
    p = write(tmp_path, "### id=w-t-1 year=2015\n\n### id=w-t-2 year=2016\n" + body + "\n")
    with pytest.raises(MarkupError) as e:
        parse_file(p)
    assert f"{p}:3" in str(e.value) and problem in str(e.value)


def test_the_written_excerpts_parse_and_keep_to_the_catalogue():
    reports = written_reports([WRITTEN])
    assert len(reports) >= 50
    cat = get_catalogue()
    assert len({r["id"] for r in reports}) == len(reports)
    for r in reports:
        assert r["facts"], r["id"]
        for f in r["facts"]:
            assert cat[f["indicator"]].reported_in(r["meta"]["year"]), (r["id"], f["indicator"])


def test_the_training_mix_takes_the_written_excerpts_with_the_made_reports():
    t = training_settings()
    assert t["written"] == WRITTEN
    reports = training_reports("generated", generated=3, log=lambda m: None, written=t["written"],
                               written_weight=t["written_weight"])
    written = [r for r in reports if r["source"] == "written"]
    assert len(reports) - len(written) == 3 and len(written) >= 50
    assert not [r for r in training_reports("real", written=t["written"], log=lambda m: None) if r["source"] == "written"]


def test_held_out_written_excerpts_score_the_shipped_pipeline_from_the_command_line(tmp_path, capsys):
    # training/written_heldout: excerpts written after the shipped pipeline was trained, never in its mix
    import json

    from gaoie.cli import main

    heldout = WRITTEN.parent / "written_heldout"
    assert not {p.name for p in heldout.glob("*.txt")} & {p.name for p in WRITTEN.glob("*.txt")}
    out = tmp_path / "scores.json"
    assert main(["evaluate", "bundled", f"written:{heldout / 'AB.txt'}", "--by", "era", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "prose facts (15 reports, written:" in printed and "2021-2025" in printed
    prose = json.loads(out.read_text(encoding="utf-8"))["prose"]["overall"]
    assert prose["tp"] + prose["fn"] >= 150  # every fact of the file is scored
    assert prose["f1"] >= 0.90
