"""The small rules around the trained scorers: one-to-one decoding of enumerations, the ids of a
report's era, the year of a report without a title, the mentions the lexicon may propose."""
from __future__ import annotations

import spacy

from gaoie.catalogue import era_id
from gaoie.meta import guess_year
from gaoie.pipeline.lexicon import Lexicon
from gaoie.pipeline.relations import one_to_one


def spans(text: str, *parts: str):
    doc = spacy.blank("zh").make_doc(text)
    return [doc.char_span(text.index(p), text.index(p) + len(p), alignment_mode="expand") for p in parts]


def test_enumeration_is_decoded_by_the_best_total_not_greedily():
    # greedy would give 158 its best mention (专职 .97) and leave 2 with 兼职: both wrong
    q2, q158, full, part = spans("配备2名专职人员及158名兼职人员", "2名", "158名", "专职人员", "兼职人员")
    scored = [[(0.90, q2, full), (0.55, q2, part)], [(0.97, q158, full), (0.80, q158, part)]]
    pairs = {(a.text, m.text) for a, m, _ in one_to_one(scored)}
    assert pairs == {("2名", "专职人员"), ("158名", "兼职人员")}


def test_one_to_one_leaves_a_quantity_without_a_free_mention_unassigned():
    q1, q2, m = spans("主动公开信息1000条,其中市本级200条", "1000条", "200条", "主动公开信息")
    out = one_to_one([[(0.9, q1, m)], [(0.6, q2, m)]])
    assert [(a.text, p) for a, _, p in out] == [("1000条", 0.9)]


def test_era_ids():
    assert era_id("request.closed", 2020) == "request.result_total"
    assert era_id("request.result_total", 2016, "办结") == "request.closed"
    assert era_id("request.result_total", 2016, "已全部答复") == "request.answered"
    assert era_id("request.closed", None) == "request.closed"
    assert era_id("request.received", 2012) == "request.received"


def test_guess_year():
    assert guess_year("2019年孝感市政府研究室主动公开信息16条,对2018年5月1日前制发的文件进行清理") == 2019
    assert guess_year("2018年共收到申请12件。2019年我局将继续") == 2018  # a tie: the report's year comes first
    assert guess_year("根据《条例》(2019年修订),本年度收到申请3件,2017年度报告") == 2017
    assert guess_year("无年份") is None


def test_learned_short_mentions_do_not_propose_mentions():
    lex = Lexicon.from_catalogue()
    lex.update([("公开", "request.granted"), ("申请公开政府信息", "request.received")])
    found = {"信息公开7条,申请公开政府信息3件"[s:e] for s, e in lex.find("信息公开7条,申请公开政府信息3件")}
    assert "公开" not in found and "申请公开政府信息" in found
    assert lex.prior("公开")["request.granted"] == 1  # still a prior for the linker
