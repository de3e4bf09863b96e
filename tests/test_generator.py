"""The report generator: reproducible, gold spans exact, and as varied as real input."""
from __future__ import annotations

from collections import Counter

import pytest

from gaoie.catalogue import get_catalogue
from gaoie.generator import generate_report, generate_reports
from gaoie.normalize import normalize


@pytest.fixture(scope="module")
def reports():
    return generate_reports(150, seed=7)


def test_reproducible():
    assert generate_report(123) == generate_report(123)
    assert generate_report(123)["text"] != generate_report(124)["text"]


def test_gold_spans_point_at_their_text(reports):
    cat = get_catalogue()
    for r in reports:
        for f in r["facts"]:
            assert f["indicator"] in cat
            assert r["text"][f["start"]:f["end"]] == f["text"]
            assert f["text"].strip() == f["text"] and f["text"]
            if f["mention"]:
                m = f["mention"]
                assert r["text"][m["start"]:m["end"]] == m["text"]


def test_values_survive_noise(reports):
    """The quantity text of a non-negated prose fact, normalised, still reads as its value."""
    from gaoie.quantities import find_quantities, to_unit

    checked = 0
    for r in reports:
        norm = normalize(r["text"])
        for f in r["facts"]:
            if f["negated"] or f["source"] != "prose":
                continue
            span = norm.from_original(f["start"], f["end"])
            qs = find_quantities(norm.text[span[0]:span[1]])
            assert qs, f["text"]
            unit = get_catalogue()[f["indicator"]].unit
            assert to_unit(qs[0].value, qs[0].unit, unit) == pytest.approx(f["value"]), (f["text"], f["indicator"])
            checked += 1
    assert checked > 1000


def test_variety(reports):
    noise = Counter(k for r in reports for k in r["meta"]["noise"])
    assert {"traditional", "glosses", "pdf", "web"} <= set(noise)
    eras = Counter(r["meta"]["era"] for r in reports)
    assert set(eras) == {"pre2019", "2019", "2021"}
    negated = Counter(f["indicator"] for r in reports for f in r["facts"] if f["negated"])
    assert {"request.received", "review.total", "litigation.total", "request.fees"} <= set(negated)
    prose_ids = {f["indicator"] for r in reports for f in r["facts"] if f["source"] == "prose"}
    assert len(prose_ids) >= 30
    # no single phrasing dominates: the most common mention text of request.received is under half
    mentions = Counter(f["mention"]["text"] for r in reports for f in r["facts"]
                       if f["indicator"] == "request.received" and f["mention"] and not f["negated"])
    assert mentions.most_common(1)[0][1] < 0.5 * sum(mentions.values())


def test_distractors_are_not_facts(reports):
    for r in reports[:50]:
        fact_spans = [(f["start"], f["end"]) for f in r["facts"]]
        for marker in ("邮编", "〔"):
            i = r["text"].find(marker)
            if i >= 0:
                assert not any(s <= i + 4 < e for s, e in fact_spans)


def test_every_table_cell_of_generated_reports_is_read(reports):
    """The table layouts read every cell the generator wrote, in the three formats and under noise: tables
    that lost their section rows (pre-2019), a prose section saying 本年新收…31件 before table 三, a 2019
    report whose prose says 现行有效, and a body's rules row of zeros (facts too)."""
    from gaoie.evaluate import evaluate

    ev = evaluate(None, reports, sources=("table",))
    by_era = {}
    for r in reports:
        by_era.setdefault(r["meta"]["era"], []).append(r)
    assert set(by_era) == {"pre2019", "2019", "2021"}
    o = ev["table"].overall
    assert (o.fp, o.fn) == (0, 0) and o.tp > 1500, o
    assert ev["table_cells"].overall.fn == 0
