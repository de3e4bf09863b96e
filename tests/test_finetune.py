"""Fine-tuning on a new province: its held-out reports get better, the original dev set holds."""
from __future__ import annotations

from collections import defaultdict

import pytest

from gaoie.data import load_reports
from gaoie.finetune import finetune, format_scores
from gaoie.generator import generate_reports


@pytest.mark.slow
def test_finetune_new_province(tmp_path):
    by_province = defaultdict(list)
    for r in load_reports(split="test"):  # provinces the shipped pipeline never saw
        by_province[r["province"]].append(r)
    province = max(by_province, key=lambda p: (len(by_province[p]), p))
    new = sorted(by_province[province], key=lambda r: r["id"])
    assert len(new) >= 4
    train, held_out = new[0::2], new[1::2]  # alternate, so that both halves span the years
    rehearsal = load_reports(split="train") + generate_reports(150, seed=1)
    result = finetune("bundled", train, held_out, tmp_path / "tuned", original_dev=load_reports(split="dev"),
                      rehearsal=rehearsal, log=lambda m: None)
    scores = result["scores"]
    print(province, "\n" + format_scores(scores))
    assert scores["new_dev"]["after"]["f1"] > scores["new_dev"]["before"]["f1"]
    assert scores["original_dev"]["after"]["f1"] >= scores["original_dev"]["before"]["f1"] - 0.02
    import gaoie

    assert gaoie.load(tmp_path / "tuned").pipe_names == result["nlp"].pipe_names
