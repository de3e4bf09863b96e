"""Fine-tuning on a province's corrected reports: the pipeline learns them, its held-out reports lose
at most a little, and the original dev set holds.

The reports are held-out written excerpts (``training/written_heldout``) of one province: annotated
report text that the shipped pipeline never saw (it did see other excerpts labelled with the same
province), and no document of the real test split, which is never trained or tuned on -- not even by
a test."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

import gaoie
from gaoie.data import load_reports
from gaoie.finetune import finetune, format_scores, prose_f1
from gaoie.generator.written import written_reports

HELD_OUT = Path(__file__).resolve().parents[1] / "training" / "written_heldout"


@pytest.mark.slow
def test_finetune_new_province(tmp_path):
    # The new province: of the provinces with at least 6 held-out excerpts, the one the shipped
    # pipeline reads worst -- where a user would fine-tune.
    by_province = defaultdict(list)
    for r in written_reports([HELD_OUT]):
        by_province[r["province"]].append(r)
    candidates = sorted(p for p in by_province if p and len(by_province[p]) >= 6)
    assert len(candidates) >= 2
    base = gaoie.load()
    province = min(candidates, key=lambda p: prose_f1(base, by_province[p]).overall.f1)
    new = sorted(by_province[province], key=lambda r: r["id"])
    train, held_out = new[0::2], new[1::2]  # alternate, so that both halves span the years
    result = finetune("bundled", train, held_out, tmp_path / "tuned", original_dev=load_reports(split="dev"),
                      log=lambda m: None)  # rehearses the shipped mix
    scores = result["scores"]
    print(province, "\n" + format_scores(scores))
    # the corrected reports it was given are read better: the fine-tuning took. The trained stages learn them (the
    # relation scorer and the linker); the facts read no worse (what is left may be the report rules', which
    # fine-tuning does not touch: an excerpt without its year in its text, read in the wrong era)
    from gaoie.evaluate import stage_scores

    before_stages, after_stages = stage_scores(base, train), stage_scores(result["nlp"], train)
    assert after_stages["relations"]["f1"] > before_stages["relations"]["f1"]
    assert after_stages["linking"]["accuracy"] >= before_stages["linking"]["accuracy"]
    assert prose_f1(result["nlp"], train).overall.f1 >= prose_f1(base, train).overall.f1
    # four or five held-out excerpts (about 50 facts) are too few to demand a gain; they may lose a
    # flattened table line's two facts and a pair scored at the threshold (0.53 before, 0.47 after), no more
    before, after = scores["new_dev"]["before"], scores["new_dev"]["after"]
    assert before["tp"] - after["tp"] <= 3 and after["fp"] - before["fp"] <= 3
    assert scores["original_dev"]["after"]["f1"] >= scores["original_dev"]["before"]["f1"] - 0.02
    assert gaoie.load(tmp_path / "tuned").pipe_names == result["nlp"].pipe_names


@pytest.mark.parametrize("mix, real, made", [("both", True, True), ("generated", False, True), ("real", True, False)])
def test_cross_validation_trains_the_configs_mix(tmp_path, monkeypatch, nlp, mix, real, made):
    """Each fold of the cross-validation trains on what the config's mix says (the ablation's mixes can be
    cross-validated too), and never on the fold it scores."""
    import gaoie.train
    from gaoie.evaluate import cross_evaluate

    seen = []
    monkeypatch.setattr(gaoie.train, "train_pipeline", lambda train, config, **kw: seen.append(train) or nlp)
    source = Path(gaoie.__file__).parent.parent / "training" / "configs" / "gaoie.cfg"
    config = tmp_path / "configs" / "mix.cfg"
    config.parent.mkdir()
    config.write_text(source.read_text(encoding="utf-8").replace('mix = "both"', f'mix = "{mix}"')
                      .replace("generated_reports = 600", "generated_reports = 3"), encoding="utf-8")
    reports = load_reports(split="dev")[:6]
    cross_evaluate(reports, key=lambda r: str(reports.index(r) % 2), generated=3, min_reports=1, config=config,
                   log=lambda m: None)
    assert len(seen) == 2
    config.write_text(config.read_text(encoding="utf-8").replace(f'mix = "{mix}"', 'mix = "generated_only"'),
                      encoding="utf-8")
    with pytest.raises(ValueError, match="mix must be"):  # a typo is no mix, not "both"
        cross_evaluate(reports, key="era", config=config, log=lambda m: None)
    for k, train in enumerate(seen):
        ids = {r.get("id") for r in train}
        held = {r["id"] for i, r in enumerate(reports) if i % 2 == k}
        assert not ids & held
        assert bool(ids & {r["id"] for r in reports}) == real
        assert any(r.get("id") not in {x["id"] for x in reports} for r in train) == made
