"""The small rules around the trained scorers: one-to-one decoding of enumerations, the ids of a
report's era, the year of a report without a title, the mentions the lexicon may propose."""
from __future__ import annotations

import spacy

from gaoie.catalogue import era_id
from gaoie.meta import guess_year
from gaoie.pipeline.lexicon import Lexicon
from gaoie.pipeline.relations import area_links, one_to_one


def facts_of(nlp, year: int, text: str) -> list[tuple[str, float]]:
    """(indicator, value) of the prose facts of ``text`` read as part of a report of ``year``."""
    from gaoie.evaluate import predict

    return sorted((f.indicator, f.value) for f in predict(nlp, f"{year}年政府信息公开工作年度报告\n{text}", tables=False))


def spans(text: str, *parts: str):
    doc = spacy.blank("zh").make_doc(text)
    return [doc.char_span(text.index(p), text.index(p) + len(p), alignment_mode="expand") for p in parts]


def test_enumeration_is_decoded_by_the_best_total_not_greedily():
    # greedy would give 158 its best mention (专职 .97) and leave 2 with 兼职: both wrong
    q2, q158, full, part = spans("配备2名专职人员及158名兼职人员", "2名", "158名", "专职人员", "兼职人员")
    scored = [[(0.90, q2, full), (0.55, q2, part)], [(0.97, q158, full), (0.80, q158, part)]]
    pairs = {(a.text, m.text) for a, m, _ in one_to_one(scored)}
    assert pairs == {("2名", "专职人员"), ("158名", "兼职人员")}


def test_a_count_sure_of_its_area_but_torn_between_two_of_its_mentions_keeps_the_best():
    import gaoie.pipeline.components  # noqa: F401  (the span extensions)

    text = "通过政府网站主动公开政府信息7870条,收到申请5件"
    q, q5, site, total, req = spans(text, "7870条", "5件", "政府网站", "主动公开政府信息", "申请")
    site._.indicator, total._.indicator, req._.indicator = "proactive.website", "proactive.total", "request.received"
    pairs = [(q, site), (q, total), (q, req), (q5, req), (q5, total)]
    # 7870: .42 + .33 in one area; 5件: its best pair alone; 0.2 below the floor of an area
    assert area_links(pairs, [0.42, 0.33, 0.05, 0.8, 0.1], 0.5, 0.25) == [True, False, False, True, False]
    assert area_links(pairs, [0.2, 0.33, 0.05, 0.8, 0.1], 0.5, 0.25) == [False, True, False, True, False]
    assert area_links(pairs, [0.2, 0.2, 0.4, 0.8, 0.1], 0.5, 0.25) == [False, False, False, True, False]


def test_one_to_one_leaves_a_quantity_without_a_free_mention_unassigned():
    q1, q2, m = spans("主动公开信息1000条,其中市本级200条", "1000条", "200条", "主动公开信息")
    out = one_to_one([[(0.9, q1, m)], [(0.6, q2, m)]])
    assert [(a.text, p) for a, _, p in out] == [("1000条", 0.9)]


def test_era_ids():
    assert era_id("request.closed", 2020) == "request.result_total"
    assert era_id("request.result_total", 2016, "办结") == "request.closed"
    assert era_id("request.result_total", 2016, "已全部答复") == "request.answered"
    assert era_id("request.closed", None) == "request.closed"
    # before 2019 requests closed on time and after an extension have their own ids; from 2019 one total
    assert era_id("request.result_total", 2017, "办结", "按时办结") == "request.closed_on_time"
    assert era_id("request.closed", 2015, "办结", "其中延期办结") == "request.closed_extended"
    assert era_id("request.result_total", 2019, "办结", "按时办结") == "request.result_total"
    assert era_id("request.closed", 2017, "办结", "其中未按期办结") == "request.closed"  # not closed on time
    assert era_id("request.received", 2012) == "request.received"
    # normative documents: one id before 2019, made / in force / disclosed after
    assert era_id("normative.issued", 2017, "规范性文件", "制定并发布") == "proactive.normative_docs"
    assert era_id("proactive.normative_docs", 2023, "行政规范性文件", "2023年度新发布的") == "normative.issued"
    assert era_id("proactive.normative_docs", 2023, "行政规范性文件", "确定继续有效的") == "normative.valid"
    assert era_id("proactive.normative_docs", 2020, "规范性文件", "其中") == "normative.published"
    assert era_id("proactive.normative_docs", 2022, "规范性文件", "发布") == "normative.issued"
    assert era_id("rules.issued", 2019, "规章", "2019年,全省共发布") == "rules.published"
    assert era_id("rules.issued", 2025, "规章", "主动公开本年度制发的省政府") == "rules.issued"
    assert era_id("rules.repealed", 2022, "规章", "废止") == "rules.repealed"


def test_an_outcome_belongs_to_the_case_named_last():
    from gaoie.pipeline.rules.cases import outcome_of

    text = "行政复议案件8宗,其中:维持具体行政行为的5宗;尚未审结1宗。信息公开类行政诉讼案件7宗,其中:维持具体行政行为的6宗;尚未审结1宗。"
    first, second = text.index("维持"), text.rindex("维持")
    assert outcome_of("review.upheld", text, first) == "review.upheld"
    assert outcome_of("review.upheld", text, second) == "litigation.upheld"
    assert outcome_of("review.pending", text, text.rindex("尚未审结")) == "litigation.pending"
    assert outcome_of("review.total", text, second) == "review.total"  # a total names its case itself
    # a suit brought after review (复议后起诉) or without it is a suit: its outcomes are the suit's
    text = "被提起行政诉讼5件,其中未经复议直接起诉3件,复议后起诉2件。从审理结果看:结果维持4件,尚未审结1件。"
    assert outcome_of("review.upheld", text, text.index("结果维持")) == "litigation.upheld"
    assert outcome_of("review.pending", text, text.index("尚未审结")) == "litigation.pending"
    # answers upheld on review are the review's outcome, not answers
    from gaoie.pipeline.rules.cases import upheld_answer

    assert upheld_answer("request.answered", "经复议维持原答复的") == "review.upheld"
    assert upheld_answer("request.result_total", "经审理,维持原政府信息公开答复") == "review.upheld"
    assert upheld_answer("request.answered", "已全部按时答复") == "request.answered"


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


def _fact(indicator, value, score=0.9, negated=False, start=0):
    return {"indicator": indicator, "value": value, "score": score, "negated": negated, "start": start, "end": start + 1,
            "mention": {"start": start + 1, "end": start + 2, "text": ""}}


def test_headline_on_the_portal_is_the_total_and_a_channel_beside_a_total_is_the_channel():
    from gaoie.pipeline.rules.base import clause_before
    from gaoie.pipeline.rules.proactive import clause_channel, reconcile_channels

    sentence = "2020年,我区通过区门户网站主动公开信息8466条,其中规范性文件12件"
    assert clause_channel(clause_before(sentence, sentence.index("8466"))) == "proactive.website"
    assert clause_channel("通过政府网站、微博、微信等渠道公开信息") is None  # an aggregate
    assert clause_channel("官方微信微博发布信息") is None  # two channels
    # the report's only proactive count stays (or becomes) the total
    only = [(_fact("proactive.website", 3690), "proactive.website")]
    reconcile_channels(only)
    assert only[0][0]["indicator"] == "proactive.total"
    # beside another total, the count on the portal is the portal's
    two = [(_fact("proactive.total", 3651, start=10), "proactive.website"), (_fact("proactive.total", 1027, start=90), None)]
    reconcile_channels(two)
    assert [f["indicator"] for f, _ in two] == ["proactive.website", "proactive.total"]
    # beside the counts of other channels: the portal's; with those counts under its 其中: the total
    assert _portal_count("通过政府网站主动公开政府信息7870条,通过政务微博公开信息1200条。", 7870) == "proactive.website"
    assert _portal_count("门户网站发布各类信息5110条,其中政务微博发布1200条。", 5110) == "proactive.total"


def _portal_count(text: str, value: int) -> str:
    """The id the headline rule gives a total-linked count on the portal, beside a Weibo count of 1200."""
    from gaoie.pipeline.rules.proactive import reconcile_channels

    site = _fact("proactive.total", value, start=text.index(str(value)))
    site["end"] = site["start"] + len(str(value)) + 1
    weibo = _fact("proactive.weibo", 1200, start=text.index("1200"))
    reconcile_channels([(site, "proactive.website"), (weibo, "proactive.weibo")], text)
    return site["indicator"]


def test_one_value_an_indicator_but_scopes_and_channels_keep_theirs():
    from gaoie.pipeline.rules.scopes import one_value_each

    facts = [
        (_fact("request.received", 1586, 0.99), "2020年我区(含各部门)共收到政府信息公开申请"),
        (_fact("request.received", 1482, 0.76), "其中来自公民申请"),
        (_fact("request.received", 6369, 0.70), "其中,省级受理"),
        (_fact("proactive.total", 52, 0.93), "截至2010年底,我局主动公开政府信息历年累计"),
        (_fact("proactive.total", 14, 0.95), "其中2010年新增主动公开政府信息"),
        (_fact("proactive.website", 60, 0.9), "全年我镇在市政府门户网站主动公开信息"),
        (_fact("proactive.website", 5, 0.8), "在镇门户网站主动公开信息"),
    ]
    kept = [(f["indicator"], f["value"]) for f, _ in one_value_each(facts)]
    assert kept == [("request.received", 1586), ("request.received", 6369), ("proactive.total", 14),
                    ("proactive.website", 60), ("proactive.website", 5)]
    # a part after 其中 does not beat the larger value of its indicator outside one, however sure of it
    parts = [(_fact("interpret.policy_interpretations", 205, 0.6), "2023年政府网站发布政策解读"),
             (_fact("interpret.policy_interpretations", 144, 0.9), "其中文字解读")]
    assert [f["value"] for f, _ in one_value_each(parts)] == [205]


def test_a_count_over_listed_channels_is_no_channels():
    from gaoie.pipeline.rules.base import clause_before
    from gaoie.pipeline.rules.proactive import mixed_channels

    sentence = "二是上报市政府网站信息187条,通过微博、微信发送消息2600余条。"
    assert mixed_channels(_fact("proactive.wechat", 2600), clause_before(sentence, sentence.index("2600")))
    sentence = "政府网站发布信息6577条、政务微博发布508条、政务微信1015条。"
    for value, indicator in (("6577", "proactive.website"), ("508", "proactive.weibo"), ("1015", "proactive.wechat")):
        assert not mixed_channels(_fact(indicator, int(value)), clause_before(sentence, sentence.index(value)))
    # the new-media accounts as a whole are several channels; with the portal they are the headline
    assert mixed_channels(_fact("proactive.total", 44845), "通过各类政务新媒体共发布政府信息")
    assert not mixed_channels(_fact("proactive.total", 96840), "全县通过门户网站、政务新媒体等渠道主动公开政府信息")
    assert mixed_channels(_fact("proactive.total", 18390), "官方微信微博等其他途径主动发布信息")


def test_a_weibo_or_wechat_count_is_never_the_headline_and_visits_are_no_items():
    from gaoie.pipeline.rules.proactive import not_items, reconcile_channels

    only = [(_fact("proactive.total", 2763), "proactive.wechat")]
    reconcile_channels(only)  # 微信公众号全年发布信息2763条, the report's only count
    assert only[0][0]["indicator"] == "proactive.wechat"
    assert not_items(_fact("proactive.website", 100000000), "网站总访问量超")
    assert not not_items(_fact("proactive.website", 19369), "2022年,福州市人民政府网站信息发布")
    assert not_items(_fact("proactive.total", 3021), "2018年,共制作政府信息")  # made, not disclosed
    assert not not_items(_fact("proactive.total", 1027), "其中主动公开信息")


def test_a_count_over_other_channels_makes_the_portal_count_the_portals(nlp):
    from gaoie.evaluate import predict

    for text in ("2024年,通过各类政务新媒体共发布政府信息44845条;通过政府门户网站信息公开平台共发布政府信息79603条。",
                 "2020年,我区通过区门户网站主动公开信息8466条,官方微信微博等其他途径主动发布信息18390条。"):
        facts = {(f.indicator, f.value) for f in predict(nlp, text, tables=False)}
        assert facts & {("proactive.website", 79603), ("proactive.website", 8466)}, text
        assert not any(i == "proactive.total" or v in (44845, 18390) for i, v in facts), text


def test_handled_beside_received_is_the_count_handled():
    from gaoie.pipeline.rules.base import SCOPE_PART
    from gaoie.pipeline.rules.requests import handled_requests

    facts = [(_fact("request.received", 1541), "全市全年新收政府信息公开申请"),
             (_fact("request.received", 1527), "共办理政府信息公开申请")]
    handled_requests(facts)
    assert [f["indicator"] for f, _ in facts] == ["request.received", "request.result_total"]
    # 办理 N件 alone: received or handled? No fact (GUIDELINES), unless broken down by channel, or 0
    assert handled_requests([(_fact("request.received", 96), "全年办理政府信息公开申请")]) == []
    by_channel = handled_requests([(_fact("request.received", 6), "全年共办理依申请公开件"),
                                   (_fact("request.received_in_person", 2), "其中当面申请")])
    assert [f["indicator"] for f, _ in by_channel] == ["request.received", "request.received_in_person"]
    # two counts handled are no count received beside each other
    assert handled_requests([(_fact("request.received", 30), "市本级共办理政府信息公开申请"),
                             (_fact("request.received", 66), "各区县共办理政府信息公开申请")]) == []
    # parts by level follow their total
    total = _fact("request.received", 1200)
    part = {**_fact("request.received", 600), "mention": total["mention"]}
    assert handled_requests([(total, "全市共办理政府信息公开申请"), (part, SCOPE_PART)]) == []
    zero = handled_requests([(_fact("request.received", 0), "全镇政府信息公开依申请办理事项为")])
    assert [f["indicator"] for f, _ in zero] == ["request.received"]
    answered = [(_fact("request.received", 6), "全年共办理回复依申请公开件")]  # handled and answered
    handled_requests(answered)
    assert answered[0][0]["indicator"] == "request.result_total"
    both = handled_requests([(_fact("request.received", 3), "全年共收到和办理依申请公开")])  # received and handled
    assert sorted(f["indicator"] for f, _ in both) == ["request.received", "request.result_total"]
    # 处理 reads as 办理 (GUIDELINES, stop 15), but 不予处理 / 其他处理 are outcomes, not handling
    both = handled_requests([(_fact("request.received", 2), "2023年我局收到和处理政府信息公开申请")])
    assert sorted(f["indicator"] for f, _ in both) == ["request.received", "request.result_total"]
    assert handled_requests([(_fact("request.received", 1), "共处理政府信息公开申请")]) == []
    # the 2019+ section heading run into its text is no 收到和处理 count (a page that lost its line breaks)
    heading = handled_requests([(_fact("request.received", 15), "三、收到和处理政府信息公开申请情况本年度共收到政府信息公开申请")])
    assert [f["indicator"] for f, _ in heading] == ["request.received"]
    for variant in ("收到和处理政府信息申请情况", "收到和办理政府信息公开申请情况", "收到和处理政府信息公开申请工作情况"):
        heading = handled_requests([(_fact("request.received", 15), f"三、{variant}本年度共收到政府信息公开申请")])
        assert [f["indicator"] for f, _ in heading] == ["request.received"], variant
    # nor does its 收到 make 办理 N件 alone a count received
    assert handled_requests([(_fact("request.received", 15),
                              "三、收到和处理政府信息公开申请情况本年度我局共办理政府信息公开申请")]) == []
    kept = handled_requests([(_fact("request.received", 5), "依申请公开申请(含不予处理)")])
    assert [f["indicator"] for f, _ in kept] == ["request.received"]


def test_a_bare_negation_under_a_heading_denies_what_the_heading_names():
    from gaoie.normalize import normalize
    from gaoie.pipeline.sections import heading_negations

    text = ("三、依申请公开政府信息和不予公开政府信息情况\n我镇2016年度无申请。\n"
            "四、依申请公开政府信息收费及减免情况\n我镇2016年度无申请。\n"
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n我镇2016年度无申请。\n"
            "六、政府信息公开的收费及减免情况 无。\n"
            "(一)主动公开情况 全年主动公开信息300条。\n"
            "(二)举报投诉情况 未收到投诉举报。\n")
    norm = normalize(text)  # short heading lines keep their breaks
    assert "情况\n我镇2016年度无申请" in norm.text
    found = [(f["indicator"], f["mention"]["text"], norm.text[f["start"]:f["end"]]) for f in heading_negations(norm.text)]
    # 无申请 under the fees heading states no fee; a sentence that names its own indicator is the model's
    assert found == [("request.received", "依申请公开", "无"), ("review.total", "行政复议", "无"),
                     ("litigation.total", "行政诉讼", "无"), ("request.fees", "收费", "无")]


def test_heading_negations_become_report_facts(nlp):
    from gaoie.evaluate import predict

    text = ("二、主动公开政府信息情况\n2016年,我镇主动公开信息568条。\n"
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n我镇2016年度无申请。\n")
    facts = {(f.indicator, f.value, text[f.start:f.end]) for f in predict(nlp, text, tables=False)}
    assert {("review.total", 0, "无"), ("litigation.total", 0, "无"), ("proactive.total", 568, "568条")} <= facts


def test_counts_of_items_and_records_are_no_decisions_and_ids_keep_to_their_outline():
    from gaoie.catalogue import get_catalogue
    from gaoie.pipeline.rules.documents import not_decisions

    def fact(indicator, text):
        return {**_fact(indicator, 1), "text": text}

    assert not_decisions(fact("penalty.decisions", "202项"), "共主动公开行政许可事项65项,行政处罚事项")
    assert not_decisions(fact("penalty.decisions", "16683条"), "归集全区各部门行政许可信息93842条、行政处罚信息")
    assert not_decisions(fact("coercion.decisions", "3项"), "新增行政处罚64项,新增行政强制")
    assert not not_decisions(fact("license.decisions", "7556件"), "行政许可处理决定数量")
    assert not not_decisions(fact("penalty.decisions", "29件"), "共作出行政处罚")
    cat = get_catalogue()
    assert not cat["penalty.decisions"].reported_in(2016) and cat["penalty.decisions"].reported_in(2022)
    assert not cat["other_services.decisions"].reported_in(2022)  # the 2019 outline only
    assert cat["request.received_online"].reported_in(2023)  # pre-2019 ids: later prose still counts by channel


def test_running_totals_since_earlier_years_are_no_counts_of_the_year():
    from gaoie.pipeline.rules.proactive import running_total

    def check(sentence, value):
        i = sentence.index(value)
        return running_total(_fact("proactive.total", int(value)), sentence[:i], sentence[i + len(value):])

    assert check("截至2014年12月31日,在县政府网站累计公开政府信息846条,其中本年度公开214条", "846")
    assert check("截至目前累计主动公开的政府信息44条。", "44")
    assert check("自2008年以来累计主动公开政府信息5210条", "5210")
    assert not check("截止2010年12月31日,全乡累计主动公开政府信息65条。其中,网上公开信息20条", "65")  # the year's
    assert not check("我镇自2016年1月1日到12月31日累计主动公开政府信息915条。", "915")
    assert not check("截至2010年底,我局主动公开政府信息历年累计52条,其中2010年新增主动公开政府信息14条。", "14")


def test_report_rules_leave_alone_what_they_do_not_describe():
    """What the rules must not remove or invent (from a review with fresh eyes)."""
    from gaoie.normalize import normalize
    from gaoie.pipeline.rules.documents import not_decisions
    from gaoie.pipeline.rules.proactive import mixed_channels, not_items, running_total
    from gaoie.pipeline.sections import heading_negations

    def running(sentence, value, year=None):
        i = sentence.index(value)
        return running_total(_fact("proactive.total", int(value)), sentence[:i], sentence[i + len(value):], year)

    assert not running("2020年,我局全年累计主动公开政府信息2563条,比上年新增312条。", "2563")
    assert not running("今年以来,我局累计主动公开政府信息1234条。", "1234")
    assert not running("我局自2018年1月至12月累计主动公开政府信息528条。", "528", year=2018)
    assert running("截至2010年底,我局主动公开政府信息历年累计52条,其中2010年新增14条。", "52")
    assert not mixed_channels(_fact("proactive.total", 2300), "我局通过政府信息公开专栏和政务新媒体等载体主动公开政府信息")
    assert not not_items(_fact("proactive.total", 1200), "2019年,我局主动公开群众关注度高的政府信息")
    assert not not_decisions({**_fact("other_services.decisions", 995), "text": "995起"}, "其他对外服务事项如群众到政府盖章等共计")
    for text in ("三、收到和处理政府信息公开申请情况\n所有申请均未超期。", "三、收到和处理政府信息公开申请情况\n本年度无上年结转申请。"):
        assert list(heading_negations(normalize(text).text)) == [], text
    fees = list(heading_negations("四、政府信息公开的收费及减免情况：\n无。"))
    assert [(f["indicator"], f["unit"]) for f in fees] == [("request.fees", "万元")]


def test_review_cases_titles_answers_and_replies():
    from gaoie.pipeline.rules.proactive import other_channels_beside
    from gaoie.quantities import find_quantities

    # an unclosed 《 hides no number of the next line
    assert [q.text for q in find_quantities("印发《关于进一步加强政务公开的通知\n全年公开信息300条")] == ["300条"]
    # 办理答复 before 2019 is the count answered
    assert era_id("request.result_total", 2015, "依申请公开", "全年共办理答复") == "request.answered"
    # replies to comments on WeChat are no other channel's count
    text = "通过门户网站主动公开信息8466条,回复微信网友留言32条。"
    assert not other_channels_beside(text, text.index("8466"), text.index("8466") + 5)


def test_a_totals_parts_by_level_are_values_of_its_indicator(nlp):
    import gaoie

    def facts(text):
        return sorted((f.indicator, f.value) for f in gaoie.extract(text, nlp).facts)

    # parts listed with 、, parts with a verb and a share between them, parts after the sentence's end
    assert facts("2011年,全省各级行政机关共受理政府信息公开申请1.08万件,其中省级1846件、市级3521件、县级5433件。") == [
        ("request.received", 1846), ("request.received", 3521), ("request.received", 5433), ("request.received", 10800)]
    assert facts("全省共受理依申请公开8453件,是上年的5.8倍。其中,省级受理6369件,占总量的74.9%;市级受理1231件,"
                 "占总量的14.8%;县级受理853件,占总量的10.1%。") == [
        ("request.received", 853), ("request.received", 1231), ("request.received", 6369), ("request.received", 8453)]
    # thousands separators (8,453件) change nothing
    assert facts("全省共受理依申请公开8,453件,是上年的5.8倍。其中,省级受理6,369件,占总量的74.9%;市级受理1,231件,"
                 "占总量的14.8%;县级受理853件,占总量的10.1%。") == [
        ("request.received", 853), ("request.received", 1231), ("request.received", 6369), ("request.received", 8453)]
    assert facts("2012年,全市主动公开政府信息12.7万余条,其中市本级2.1万余条、各县(市、区)10.6万条。") == [
        ("proactive.total", 21000), ("proactive.total", 106000), ("proactive.total", 127000)]
    # levels in brackets, joined, with their bodies; a part the scorer found itself is a part all the same
    assert facts("全县共受理政府信息公开申请58件,其中县政府本级9件、各部门及乡镇49件,较上年增长12%。") == [
        ("request.received", 9), ("request.received", 49), ("request.received", 58)]
    assert facts("全市本年新收政府信息公开申请1846件,其中市直部门512件、各市(区)政府及其部门1102件、镇(街)232件。") == [
        ("request.received", 232), ("request.received", 512), ("request.received", 1102), ("request.received", 1846)]
    assert facts("全市共收到政府信息公开申请640件,其中市本级187件,县(区、市)453件,总量较上年增长。") == [
        ("request.received", 187), ("request.received", 453), ("request.received", 640)]
    # subjects are no levels: 市场 is no 市
    assert facts("全市共收到政府信息公开申请96件,其中涉及市场监管12件、城市建设20件。") == [("request.received", 96)]
    # channels and applicants are no levels
    assert facts("2015年全年主动公开政府信息1264条,其中政府网站240条、政务微博65条。") == [
        ("proactive.total", 1264), ("proactive.website", 240), ("proactive.weibo", 65)]
    assert ("request.received", 80) not in facts("2016年全市共受理申请100件,其中自然人申请80件、法人申请20件。")


def test_values_after_fenbie_go_to_the_mentions_before_it_in_order(nlp):
    import gaoie

    def facts(text):
        return sorted((f.indicator, f.value) for f in gaoie.extract(text, nlp).facts)

    assert facts("2019年通过“云南市场监管”政务微博、微信分别发布1260条、1874条。") == [
        ("proactive.wechat", 1874), ("proactive.weibo", 1260)]
    assert facts("2018年因政府信息公开被申请行政复议、提起行政诉讼分别为3件、2件。") == [
        ("litigation.total", 2), ("review.total", 3)]
    # listed channels read one each are no count over several channels
    assert ("proactive.website", 74) in facts("2021年主动公开政府信息198条,其中通过区政府门户网站、“城南之声”微信公众号"
                                              "分别发布74条、124条。")
    # 分别 before a single value is no list
    assert facts("2018年全县共受理申请20件,分别是同意公开15件、不予公开5件。") == [
        ("request.granted", 15), ("request.received", 20), ("request.refused", 5)]


def test_letters_visits_and_problems_handled_are_no_requests():
    from gaoie.pipeline.rules.requests import not_requests

    def dropped(indicator, before):
        return not_requests({"indicator": indicator}, before)

    assert dropped("request.result_total", "2024年共受理群众网上来访信件34件,办结")
    assert dropped("request.result_total", "32场线下活动归集并办结涉企问题")
    assert dropped("request.received", "全年共受理各类网站咨询投诉")
    assert dropped("consult.total", "通过局门户网站受理咨询投诉")
    # requests named after the other words, and consultations alone, stay
    assert not dropped("request.received", "处理信访件5件,收到依申请公开")
    assert not dropped("request.received", "全年共收到政府信息公开申请")
    assert not dropped("consult.total", "全年受理群众咨询")
    assert not dropped("request.not_processed_petition", "其中信访举报投诉类申请")


def test_a_breakdown_by_applicant_is_no_request_count():
    from gaoie.pipeline.rules.requests import by_applicant

    s = "全年共收到和办理依申请公开3件,其中自然人申请件3件,法人或其他组织申请件"
    assert by_applicant({"indicator": "request.received"}, s)
    assert by_applicant({"indicator": "request.received"}, "其中来自公民申请62宗,商业企业申请")
    # all applicants together is the total; one kind without a breakdown is no part
    assert not by_applicant({"indicator": "request.received"}, "全年共受理公民、法人和其他组织政府信息公开申请")
    assert not by_applicant({"indicator": "request.received"}, "受理公民个人提出的政府信息公开申请")
    assert not by_applicant({"indicator": "consult.total"}, "其中自然人咨询")


def test_the_total_stays_when_its_applicant_parts_follow(nlp):
    from gaoie.evaluate import predict

    text = ("2021年某市人民政府办公室政府信息公开工作年度报告\n全年共收到和办理依申请公开3件,其中自然人申请件3件,"
            "法人或其他组织申请件0件,上年度结转政府信息公开申请0件。")
    facts = {(f.indicator, f.value) for f in predict(nlp, text, tables=False)}
    assert ("request.received", 3) in facts and ("request.received", 0) not in facts


def test_from_2021_documents_counted_in_items_disclosed_are_no_documents_made():
    from gaoie.pipeline.rules.documents import documents_disclosed

    part = {"indicator": "normative.issued", "text": "3条"}
    assert documents_disclosed(part, "政策解读5条,规范性文件", 2023)
    assert not documents_disclosed(part, "政策解读5条,规范性文件", 2020)  # the 2019 format counts them
    assert not documents_disclosed({"indicator": "normative.issued", "text": "3件"}, "发布行政规范性文件", 2023)
    assert not documents_disclosed(part, "新制定规范性文件", 2023)
    assert era_id("normative.issued", 2019, "规范性文件", "全年新制作") == "normative.issued"  # 新制作 is made


def test_requests_not_closed_on_time_are_no_count_closed(nlp):
    from gaoie.evaluate import predict
    from gaoie.pipeline.rules.requests import not_closed

    assert not_closed({"indicator": "request.closed"}, "按时办结10件,未按期办结")
    assert not not_closed({"indicator": "request.closed_on_time"}, "按时办结")
    assert not not_closed({"indicator": "request.received"}, "未按期办结")
    facts = {(f.indicator, f.value) for f in predict(
        nlp, "2016年,本局共收到政府信息公开申请12件,按时办结10件,未按期办结2件。", tables=False)}
    assert ("request.closed_on_time", 10.0) in facts
    assert not any(v == 2.0 for _, v in facts)


def test_cue_words_and_fees_of_full_pdf_reports(nlp):
    """What the three real PDFs taught (their table rows: tests/test_tables.py): a cue inside a word
    (未经复议直接起诉, 无力运维) negates nothing; 信息处理费 is the fee for disclosure on request."""
    from gaoie.evaluate import predict
    from gaoie.pipeline.rules.zeros import fee_counts, not_a_zero

    zero = {"value": 0.0, "negated": True, "indicator": "capacity.new_media_accounts", "start": 10, "end": 11}
    assert not_a_zero(zero, "关停整合更新不及时、无力运维的政务新媒体账号")
    assert not not_a_zero(zero, "关停整合更新不及时、无新增的政务新媒体账号")
    assert list(fee_counts("全年征收污水处理费1200万元,生活垃圾处理费每户每月15元。")) == []  # no disclosure fee
    fees = list(fee_counts("2024年,市政府严格落实《办法》,全年收取政府信息公开信息处理费 3940 元。"))
    assert [(f["indicator"], f["value"], f["text"]) for f in fees] == [("request.fees", 0.394, "3940 元")]
    facts = {(f.indicator, f.value) for f in predict(
        nlp, "2023年,区政府严格落实《政府信息公开信息处理费管理办法》,全年收取政府信息公开信息处理费 0 元。", tables=False)}
    assert facts == {("request.fees", 0.0)}


def test_information_classed_as_disclosed_on_request_is_no_request():
    from gaoie.pipeline.rules.requests import not_requests

    # 依申请公开信息459条 is information classed as disclosed on request, not 459 requests
    assert not_requests({"indicator": "request.received", "text": "459条"}, "其中主动公开信息1027条,依申请公开信息")
    assert not not_requests({"indicator": "request.received", "text": "0条"}, "受理公民个人提出的政府信息公开申请")
    # so is information classed as exempt, whatever outcome it was linked to; requests refused stay
    made = "2017年共制作政府信息2840条,其中主动公开信息1130条,依申请公开信息212条,不予公开信息"
    assert not_requests({"indicator": "request.refused", "text": "1498条"}, made)
    assert not not_requests({"indicator": "request.refused", "text": "3件"}, "收到申请40件,其中不予公开")
    assert not_requests({"indicator": "request.received", "text": "459条"}, "其中主动公开信息1027条,依申请公开信息为")
    # requests to disclose information, counted in 条, are requests
    assert not not_requests({"indicator": "request.received", "text": "25条"}, "全年共受理群众申请公开政府信息")
    # the consultation rule is no rule of outcomes
    assert not not_requests({"indicator": "request.refused", "text": "2件"}, "受理咨询投诉后不予公开")


def test_a_portal_count_beside_a_running_total_or_above_its_parts_in_brackets():
    from gaoie.pipeline.rules.proactive import reconcile_channels

    # GUIDELINES: under a running total (累计...,其中本年度...) a portal count stays the portal's
    text = "截至2016年12月31日,在区政府网站累计公开政府信息1532条,其中本年度在区政府网站公开397条。"
    running = _fact("proactive.website", 1532, start=text.index("1532"))
    for with_running, expected in (([running], "proactive.website"), ([], "proactive.total")):
        site = _fact("proactive.website", 397, start=text.index("397"))
        reconcile_channels([(site, "proactive.website")], text, with_running)
        assert site["indicator"] == expected
    # the running total in another sentence says nothing of it
    far = "在区政府网站公开信息397条。历年累计公开1532条。"
    site = _fact("proactive.website", 397, start=far.index("397"))
    reconcile_channels([(site, "proactive.website")], far, [_fact("proactive.total", 1532, start=far.index("1532"))])
    assert site["indicator"] == "proactive.total"
    # a part in brackets (含…) is no sibling channel: the count on the portal stays the headline
    text = "2022年,我委门户网站共发布各类信息3120条(含委属单位网站信息860条),均按时发布。"
    head = _fact("proactive.total", 3120, start=text.index("3120"))
    part = _fact("proactive.website", 860, start=text.index("860"))
    reconcile_channels([(head, "proactive.website"), (part, "proactive.website")], text)
    assert head["indicator"] == "proactive.total"
    assert _portal_count("门户网站发布各类信息5110条(其中政务微博转发1200条)。", 5110) == "proactive.total"
    assert _portal_count("门户网站发布各类信息5110条(同比增长12%),政务微博发布1200条。", 5110) == "proactive.website"


def test_a_category_in_a_list_after_qizhong_is_no_headline():
    from gaoie.pipeline.rules.base import clause_before
    from gaoie.pipeline.rules.proactive import category_part

    text = ("2023年度通过本单位门户网站主动公开政府信息215条,其中:工作动态类信息64条;政策文件类信息12条;"
            "其他主动公开类信息9条。")

    def rule(value, indicator="proactive.total"):
        start = text.index(value)
        sentence_start = text.rfind(";", 0, start) + 1  # the pipeline's sentences end at ; too
        f = {**_fact(indicator, int(value), start=start)}
        return category_part(f, clause_before(text[sentence_start:start], start - sentence_start), text)

    assert rule("9") and rule("64")
    assert not rule("215")  # the headline
    made = "全县共制作政府信息1500条,其中主动公开类信息1200条,依申请公开类信息200条。"
    f = _fact("proactive.total", 1200, start=made.index("1200"))
    assert not category_part(f, clause_before(made, f["start"]), made)  # the class disclosed proactively: the headline
    assert not rule("9", "proactive.website")  # only the total is guarded
    # a category named by a headline with no 其中 before it stays
    lone = "2023年,通过市生态环境局网站主动公开生态环境保护类信息1120条。"
    f = _fact("proactive.total", 1120, start=lone.index("1120"))
    assert not category_part(f, clause_before(lone, f["start"]), lone)


def test_a_shared_zero_or_negation_after_a_list_reaches_every_item_listed(nlp):
    from gaoie.evaluate import predict

    def facts(text):
        return sorted((f.indicator, f.value, f.negated) for f in predict(nlp, text, tables=False))

    cases = ("review.total", "litigation.total", "complaints.total")
    assert facts("2018年行政复议、行政诉讼和申诉案件数量均为0。") == [(c, 0, False) for c in sorted(cases)]
    assert facts("本年度行政复议、行政诉讼及投诉均未发生。") == [(c, 0, True) for c in sorted(cases)]
    # a comma ends the list: the fees after it are no case, and nothing is a request
    found = facts("全年没有因政府信息公开引发的投诉、行政复议和行政诉讼,依申请公开信息未收取费用。")
    assert {i for i, _, _ in found} >= set(cases) and not any(i.startswith("request.received") for i, _, _ in found)
    # a negation of something named after the cue is no zero of the list before it
    assert ("proactive.total", 0, True) not in facts("2018年,全年依申请公开和主动公开工作均未发生泄密事件。")


def test_listed_with_follows_list_joints_only():
    import gaoie.pipeline.components  # noqa: F401  (the span extensions)
    from gaoie.pipeline.relations import listed_with

    text = "全年没有投诉、行政复议和行政诉讼,依申请公开未收费"
    m = spans(text, "投诉", "行政复议", "行政诉讼", "依申请公开")
    for span, ind in zip(m, ("complaints.total", "review.total", "litigation.total", "request.received")):
        span._.indicator = ind
    assert [x.text for x in listed_with(text, m[2], m)] == ["投诉", "行政复议", "行政诉讼"]
    assert [x.text for x in listed_with(text, m[3], m)] == ["依申请公开"]


def test_items_printed_in_the_gazette_are_the_gazettes(nlp):
    from gaoie.evaluate import predict

    def facts(text):
        return sorted((f.indicator, f.value) for f in predict(nlp, text, tables=False))

    # the clause before counts the gazette's issues: the count after it is of the gazette's items, no headline
    found = facts("2012年度,共编印《临川政报》12期,发布政府信息318条,赠阅2.6万份。")
    assert ("proactive.gazette_items", 318) in found and ("proactive.total", 318) not in found
    # a list of documents between the gazette and its count
    assert ("proactive.gazette_items", 174) in facts("市政府公报全年刊登市政府规章、规范性文件及其他重要文件174件。")
    # the gazette among other channels (等渠道, boards, papers, the portal) is the headline's channel list
    assert ("proactive.total", 41000) in facts("全年通过政府网站、政务新媒体、《市政府公报》等渠道公开政府信息4.1万余条。")
    assert facts("2017年,通过政府公报、公开栏、报纸等公开政府信息1130条。") == [("proactive.total", 1130)]
    assert not any(i == "proactive.gazette_items" for i, _ in facts("2016年,市政府公报和门户网站全年刊登市政府规章、规范性文件等168件。"))
    # after the issue count, a count on the portal or the headline with its parts is no gazette count
    assert ("proactive.gazette_items", 3500) not in facts("2016年,编印《政府公报》12期,在区政府网站公开信息3500条。")
    found = facts("2012年,编印《政府公报》12期,全市主动公开政府信息12.7万余条,其中市本级2.1万余条、各县(市、区)10.6万条。")
    assert [v for i, v in found if i == "proactive.total"] == [21000, 106000, 127000]


def test_items_posted_on_boards_are_other_channels(nlp):
    from gaoie.evaluate import predict

    def facts(text):
        return sorted((f.indicator, f.value) for f in predict(nlp, text, tables=False))

    assert ("proactive.other_channels", 135) in facts(
        "全年在县政府网站发布信息1640条,在乡镇卫生院和村卫生室公开栏公布药品价格、收费标准等信息135条。")
    # the rule states no count of the villages' own boards as the body guided them, of boards with the portal
    # or several ways, nor a count of a board's updates (the scorer may still read them, by its own evidence)
    from gaoie.pipeline.rules.proactive import board_counts

    for text in ("镇里指导各村通过村务公开栏公示村级财务等事项540余条。", "通过县政府信息公开网、镇政务公开栏等载体公开信息约260条。",
                 "通过政府网站和公开栏公开信息500条。", "全年更新公开栏38次。"):
        assert list(board_counts(text)) == [], text
    assert [f["value"] for f in board_counts("另在各街道公告栏公开65条。")] == [65]


def test_hotline_and_mailbox_caseloads_are_no_consultations_or_complaints():
    from gaoie.pipeline.rules.requests import hotline_caseload

    def rule(indicator, sentence, value):
        return hotline_caseload({"indicator": indicator}, sentence[:sentence.index(value)])

    assert rule("consult.total", "12333电话咨询服务热线全年受理咨询2.6万人次。", "2.6万")
    assert rule("consult.phone", "全年接听12333咨询电话3900余次。", "3900")
    assert rule("complaints.total", "12315投诉举报平台全年受理消费投诉388件。", "388")
    assert rule("consult.total", "民政服务热线(96345)和局长信箱共受理群众咨询求助1210件。", "1210")
    # over the hotline and other channels, or on the disclosure's own line, a count is a fact
    assert not rule("consult.total", "通过政务服务热线、门户网站等渠道受理咨询380余次。", "380")
    assert not rule("consult.phone", "全年接听“96128”政务信息公开专线电话205次。", "205")
    assert not rule("consult.phone", "电话接听咨询约1.8万人次。", "1.8万")
    assert not rule("request.received", "12345热线转来政府信息公开申请3件。", "3件")  # requests are no caseload
    assert rule("complaints.total", "12358价格举报电话全年受理群众举报投诉3,108件。", "3,108")
    # a five-digit count before it is no service's number
    assert not rule("consult.total", "政务服务中心共接待办事群众35210人次、受理咨询1200人次。", "1200")
    assert not rule("consult.total", "全年接待群众12000人次、受理咨询860人次。", "860")


def test_zeros_that_are_none():
    from gaoie.pipeline.rules.zeros import not_a_zero

    def rule(indicator, sentence, cue, negated=True):
        s = sentence.index(cue)
        return not_a_zero({"indicator": indicator, "value": 0, "negated": negated, "start": s, "end": s + len(cue)}, sentence)

    # a cue in brackets is part of a name
    assert rule("interpret.policy_interpretations", "回应重大舆情4次,具体内容为取消(无)犯罪记录证明。", "无")
    # a statement of rights
    assert rule("complaints.total", "公民、法人或者其他组织认为本镇未依法履行政府信息公开义务的,可以向县政府办公室举报。", "未")
    # the forms of interpretation negated: not interpretations, not channels
    forms = "本年度没有通过新闻媒体、新闻发布会、网络访谈等形式就重大政策措施进行解读的次数也均为零。"
    assert rule("interpret.policy_interpretations", forms, "没有") and rule("proactive.other_channels", forms, "没有")
    assert rule("interpret.policy_interpretations", forms, "为零", negated=False)
    assert not rule("interpret.press_conferences", forms, "没有")
    # ordinary zeros stay
    assert not rule("review.total", "本年度未发生因政府信息公开引起的行政复议。", "未")
    assert not rule("complaints.total", "全年无(因政府信息公开引起的)投诉。", "无")


def test_a_case_totals_outcomes_listed_after_qizhong(nlp):
    import gaoie

    def facts(text):
        return sorted((f.indicator, f.value) for f in gaoie.extract(text, nlp).facts)

    # the items stand in sentences of their own (；), away from the case they belong to
    assert facts("2020年,全区信息公开类行政复议案件6宗,其中:维持具体行政行为的3宗;结果被纠正2宗;尚未审结1宗。") == [
        ("review.corrected", 2), ("review.pending", 1), ("review.total", 6), ("review.upheld", 3)]
    found = facts("2019年,被提起行政诉讼9件,比上年增加2件。其中,结果维持5件;其他结果3件;尚未审结1件。")
    assert {("litigation.upheld", 5), ("litigation.other", 3), ("litigation.pending", 1)} <= set(found)
    # routes of a suit are no outcomes; before 2019 the format has no pending cases
    assert not any(i.endswith((".upheld", ".pending")) for i, _ in facts("2019年,被提起行政诉讼11件,其中未经复议直接起诉8件,复议后起诉3件。"))
    assert ("review.pending", 1) not in facts("2016年,行政复议案件3件,其中:结果维持2件;尚未审结1件。")


def test_counts_on_one_new_media_account_are_its_channels(nlp):
    from gaoie.evaluate import predict
    from gaoie.pipeline.rules.proactive import new_media_counts

    def facts(text):
        return sorted((f.indicator, f.value) for f in predict(nlp, text, tables=False))

    found = facts("2020年,局门户网站新增信息8210条。“平安某市”官方微信号公开信息962篇,累计点击量31万;"
                  "“平安某市”南方号公开信息407篇,累计点击量9万。")
    assert ("proactive.wechat", 962) in found and ("proactive.other_channels", 407) in found
    assert ("proactive.total", 407) not in found  # a named platform's count is no headline
    assert [(f["indicator"], f["value"]) for f in new_media_counts("“某市环境”新浪微博账号发布更新信息85余条。")] == [
        ("proactive.weibo", 85)]
    # several accounts together, or a count of clicks or followers, is no channel's count
    for text in ("通过微博、微信发送消息2600余条。", "在头条号、抖音号发布短视频300条。", "微信公众号累计阅读量1200条。",
                 "通过政务新媒体平台推送信息900条。"):
        assert list(new_media_counts(text)) == [], text


def test_a_running_total_needs_no_link_to_make_a_portal_count_the_channels(nlp):
    from gaoie.evaluate import predict

    found = {(f.indicator, f.value) for f in
             predict(nlp, "1、主动公开政府信息的数量:2018年,我局在区政府网站主动公开信息36条,历年累计412条;", tables=False)}
    assert ("proactive.website", 36) in found and ("proactive.total", 36) not in found


def test_the_years_headline_written_before_what_it_counts(nlp):
    from gaoie.evaluate import predict
    from gaoie.pipeline.rules.proactive import counted_first

    assert ("proactive.total", 612) in {(f.indicator, f.value) for f in
                                         predict(nlp, "2015年,我局全年发布612条政务信息,信息公开及时准确。", tables=False)}
    assert [f["value"] for f in counted_first("2022年共发布215件主动公开信息,其中信用信息30件。")] == [215]
    # a series (按季度), a part (其中), a running total or a channel's count is no headline
    for text in ("按季度发布了64条项目批复信息。", "其中发布3条概况类信息。", "历年累计共发布980条信息。",
                 "在区政府网站全年发布120条信息。", "共公开56条财政预决算信息。", "全年推送120条微信信息。"):
        assert list(counted_first(text)) == [], text


def test_a_count_handled_beside_the_count_received_is_of_results(nlp):
    from gaoie.evaluate import predict

    def facts(text):
        return {(f.indicator, f.value) for f in predict(nlp, text, tables=False)}

    found = facts("2022年度政府信息公开工作年度报告\n2022年,我厅共收到依申请公开23项,办理21项,结转下年度继续办理2项。")
    assert {("request.received", 23), ("request.result_total", 21)} <= found
    # before 2019 the same count answered is request.answered
    assert ("request.answered", 17) in facts("2012年政府信息公开工作年度报告\n全年受理政府信息公开申请17件,已答复17件。")


def test_consultations_by_one_way_alone_are_its_count():
    from gaoie.pipeline.rules.requests import consultation_way

    total = {"indicator": "consult.total"}
    assert consultation_way(total, "电话接听咨询约") == "consult.phone"
    assert consultation_way(total, "次、来访咨询") == "consult.in_person"  # the item listed before is no way of its own
    assert consultation_way(total, "通过电话、网络等方式受理咨询") == "consult.total"  # several ways: the total
    assert consultation_way(total, "接待来电来访咨询") == "consult.total"
    assert consultation_way(total, "接受市民咨询") == "consult.total"
    assert consultation_way({"indicator": "request.received"}, "通过电话提出申请") == "request.received"



def test_a_tables_row_written_as_prose_links_each_label_to_its_value(nlp):
    from gaoie.evaluate import predict

    text = ("2022年政府信息公开工作年度报告\n（二）依申请公开情况\n本年新收政府信息公开申请数量：38件；\n"
            "本年新收申请数量：38件；上年结转：2件；\n其中：工作动态类信息41条；")
    found = {(f.indicator, f.value) for f in predict(nlp, text, tables=False)}
    assert {("request.received", 38), ("request.carried_over", 2)} <= found
    assert not any(v == 41 for _, v in found)  # 其中: is no label of a count


def test_fees_negated_in_their_sentence_are_zero(nlp):
    from gaoie.evaluate import predict
    from gaoie.pipeline.rules.zeros import fee_negations

    for text in ("2016年政府信息公开工作年度报告\n四、收费情况\n无政府信息公开收费。",
                 "2020年度报告\n（四）收费及减免情况\n收费：无。",
                 "2015年报告\n五、收费情况\n本局依申请公开政府信息不收取费用。"):
        assert ("request.fees", 0) in {(f.indicator, f.value) for f in predict(nlp, text, tables=False)}, text
    # a notice of fees not followed, or work that does not involve fees, negates no fees charged
    for text in ("其他处理2件,其中逾期未按收费通知要求缴纳费用1件。", "我县政府信息公开工作内容不涉及有关收费及减免情况。"):
        assert list(fee_negations(text)) == [], text
    assert [f["indicator"] for f in fee_negations("本厅未收取行政事业性收费。")] == ["fees.amount"]


def test_normative_documents_among_the_years_disclosures(nlp):
    from gaoie.evaluate import predict
    from gaoie.pipeline.rules.proactive import normative_part

    def facts(text):
        return {(f.indicator, f.value) for f in predict(nlp, text, tables=False)}

    assert ("proactive.normative_docs", 9) in facts(
        "2016年政府信息公开工作年度报告\n全年主动公开政府信息1,318条，较上年增加4.1%，其中规范性文件9件，全部实现全文电子化。")
    assert ("normative.published", 4) in facts("2020年政府信息公开工作年度报告\n2020年共公开政府信息212条，其中规范性文件4条、其他文件15条。")
    # documents a body made are no documents disclosed
    assert list(normative_part("本单位共计产生公文类政府信息14条(包含规范性文件12条)")) == []


def test_a_mention_run_into_a_hedged_count_leaves_the_count_whole(nlp):
    from gaoie.evaluate import predict

    found = {(f.indicator, f.value) for f in predict(
        nlp, "2019年政府信息公开工作年度报告\n全年通过各类渠道主动公开政府信息逾9 400条，其中市政府门户网站发布6 835条，"
             "“某某发布”公众号发布1 092条。", tables=False)}
    assert {("proactive.total", 9400), ("proactive.website", 6835), ("proactive.wechat", 1092)} <= found
    # a count inside a mention's name stays in it (属于四类过程性信息1件)
    found = {(f.indicator, f.value) for f in predict(
        nlp, "2022年政府信息公开工作年度报告\n其中,予以公开2件,部分公开2件,属于四类过程性信息1件。", tables=False)}
    assert ("request.refused_process", 1) in found


def test_an_outcome_with_its_reason_stated_is_the_reasons_count(nlp):
    from gaoie.evaluate import predict
    from gaoie.pipeline.rules.requests import reason_of

    found = {(f.indicator, f.value) for f in predict(
        nlp, "2022年政府信息公开工作年度报告\n其中,予以公开6件;部分公开1件;因属重复申请不予处理2件。", tables=False)}
    assert ("request.not_processed_repeat", 2) in found and ("request.not_processed", 2) not in found
    assert reason_of("request.refused", "属于四类过程性信息不予公开") == "request.refused_process"
    assert reason_of("request.other_handling", "因申请人逾期不补正作其他处理") == "request.other_no_amend"
    assert reason_of("request.refused", "不予公开") == "request.refused"  # no reason: the outcome's
    assert reason_of("request.refused", "涉及国家秘密和第三方合法权益不予公开") == "request.refused"  # two: the outcome's


def test_a_new_media_count_after_a_comma_or_with_its_contents_listed(nlp):
    from gaoie.pipeline.rules.proactive import new_media_counts

    def counts(text):
        return [(f["indicator"], f["value"]) for f in new_media_counts(text)]

    assert counts("6月开通微信公众号,发布信息57条。") == [("proactive.wechat", 57)]
    assert counts("“健康某市”公众号发布疫情防控等信息940余条。") == [("proactive.wechat", 940)]
    assert counts("“某市发布”微信公众号刊发解读报道21篇。") == []  # interpretations, not the channel's items



def test_the_stated_count_rules_keep_to_what_they_state(nlp):
    """Sentences a review found the rules of this kind misread: each gives what FACTS.md and GUIDELINES.md say."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # 不 negates fees only as 不收取 / 不收费, and the law's own words negate none of the body's
    assert facts(2020, "持续规范涉企收费，不断完善收费目录清单。") == []
    assert facts(2020, "根据《条例》规定，行政机关依申请提供政府信息，不收取费用。") == []
    # a reason the report's era does not count leaves the outcome's count
    assert facts(2018, "属于过程性信息不予公开1件。") == [("request.refused", 1)]
    assert facts(2020, "申请人逾期不补正作其他处理2件。") == [("request.other_handling", 2)]
    assert facts(2021, "申请人无正当理由逾期不补正的其他处理1件。") == [("request.other_no_amend", 1)]  # 无正当 negates nothing
    # visits counted since an earlier year are no running total of items
    assert ("proactive.total", 560) in facts(2018, "2018年在县政府网站主动公开政府信息560条，历年累计访问量达120万次。")
    # requests for review are no disclosure requests; 电话或当面 is two ways
    assert ("request.result_total", 2) not in facts(2020, "收到行政复议申请3件，办理2件。")
    assert facts(2020, "通过电话或当面答复群众咨询200人次。") == [("consult.total", 200)]
    # an account's count is never the headline, though the scorer took it for one
    assert ("proactive.wechat", 86) in facts(2020, "全年主动公开政府信息3000条。开通微信公众号，发布信息86条。")
    # another body's app, a running total's part, answers sent by post
    assert facts(2020, "依托政务服务APP，新增办事指南120条。") == []
    assert facts(2018, "自2008年以来累计主动公开政府信息12000条，其中规范性文件120件。") == []
    assert ("request.received_mail", 10) not in facts(2018, "全年共受理申请20件，均已办结，并通过邮寄送达10件。")


def test_phrasings_of_real_reports_the_probe_found(nlp):
    """Phrasings a probe of less common but real forms found misread (stop 17): lists read 依次 or with their
    measure named after them, a level's part alone, parts counted in 场, gazettes' issues and what they printed,
    labels negated by 无, 零复议, and the people put in charge of the work."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # the measure after the list (发布信息数) is no item of it; 依次 reads like 分别
    got = facts(2021, "市政府门户网站、“淄博发布”微信公众号、“淄博发布”政务微博发布信息数分别为12,345条、3,456条、2,789条。")
    assert got == [("proactive.website", 12345), ("proactive.wechat", 3456), ("proactive.weibo", 2789)]
    got = facts(2022, "其中，区政府门户网站、“北京朝阳”微信公众号、“北京朝阳”政务微博、“北京朝阳”抖音号发布数量依次为"
                      "18,236条、4,127条、2,903条、1,152条。")
    assert got == sorted([("proactive.website", 18236), ("proactive.wechat", 4127), ("proactive.weibo", 2903),
                          ("proactive.other_channels", 1152)])
    # a level's part alone after 其中, 区县 a level, parts counted in 场 of a count in 次
    assert ("proactive.total", 196000) in facts(2016, "全省各级行政机关主动公开政府信息逾236万条，其中省级部门公开19.6万条。")
    assert ("proactive.total", 118000) in facts(2021, "全市主动公开政府信息共计15.6万条，其中市级3.8万条、区县11.8万条。")
    assert facts(2017, "全省共召开新闻发布会386场，其中省级64场、州（市）级141场、县级181场。") == sorted(
        ("interpret.press_conferences", v) for v in (386, 64, 141, 181))
    # a gazette's issues, and what it printed after them
    assert facts(2016, "全年编印《四川省人民政府公报》24期，刊登省政府规章、规范性文件等公文316件。") == [
        ("proactive.gazette_issues", 24), ("proactive.gazette_items", 316)]
    assert facts(2012, "全年编发《国家林业局公报》6期。") == [("proactive.gazette_issues", 6)]
    # a label negated by 无, the label's last word unlinked; 零 before what it negates; a fee label
    assert facts(2021, "六、其他需要报告的事项\n1.信息处理费：无。\n2.投诉举报：无。") == [
        ("complaints.total", 0), ("request.fees", 0)]
    assert facts(2020, "本年度政府信息公开工作实现“零复议、零诉讼”。") == [("litigation.total", 0), ("review.total", 0)]
    # the people put in charge of the work; not a leader in charge, not a duty named in another clause
    assert facts(2010, "本乡主要领导高度重视政府信息公开工作，由1人专门负责此项工作。") == [("capacity.staff", 1)]
    assert facts(2017, "本街道政府資訊公開工作由黨政綜合辦公室1名工作人員負責。") == [("capacity.staff", 1)]
    assert facts(2017, "由1名副主任分管政府信息公开工作。") == []
    assert facts(2020, "（五）监督保障\n明确办公室1名同志具体负责，举报政府信息公开问题的渠道畅通。") == []
    # rules and documents named once for the counts after them; a count of all cases before its part about
    # disclosure, and all requests before the new ones; sums over two kinds of cases; one way of consulting
    assert facts(2023, "总署本部机关本年制发规章6件，废止4件，现行有效81件。") == sorted(
        [("rules.issued", 6), ("rules.repealed", 4), ("rules.valid", 81)])
    assert facts(2022, "本年度我局作为被申请人的行政复议案件共9件，其中涉及政府信息公开的2件，复议机关维持1件。") == [
        ("review.total", 2), ("review.upheld", 1)]
    assert facts(2020, "市政府办公室共受理政府信息公开申请41件，其中本年新收38件、上年结转3件。") == [
        ("request.carried_over", 3), ("request.received", 38)]
    assert facts(2022, "全市行政复议、行政诉讼案件合计32件，比上年下降11%。") == []
    assert facts(2022, "镇党政办全年接待群众来电咨询56次、来访咨询31人次。") == [
        ("consult.in_person", 31), ("consult.phone", 56)]
    # a count over the portal and named accounts is the headline; parts by level in brackets, by 机关, 街镇 ...
    assert ("proactive.total", 2100) in facts(2022, "全年在县政府门户网站教育专栏和“桃江教育”微信公众号共发布信息2100余条，"
                                                    "其中门户网站1302条、微信公众号868条。")
    assert facts(2022, "全区共收到政府信息公开申请1,608件（区政府本级312件、区政府部门1,161件、街道镇135件）。") == sorted(
        ("request.received", v) for v in (1608, 312, 1161, 135))
    assert ("proactive.total", 620000) in facts(2016, "全省各级行政机关主动公开政府信息逾106万条，其中省级机关12.6万条、"
                                                      "市级机关31.3万条、县级机关62万余条。")
    # the 第二十条 table written as prose names its ids by its labels, shared values included
    got = facts(2019, "第二十条第（一）项：规章本年新制作数量、本年新公开数量、对外公开总数量均为0件；规范性文件本年新制作11件、"
                      "新公开11件，对外公开总数量63件。行政许可：上一年项目数量12项，本年增/减0项，本年处理决定数量：8 693件。")
    assert got == sorted([("rules.issued", 0), ("rules.published", 0), ("rules.valid", 0), ("normative.issued", 11),
                          ("normative.published", 11), ("normative.valid", 63), ("license.items_prev", 12),
                          ("license.items_change", 0), ("license.decisions", 8693)])
    # fees negated are no requests negated, though the fees' words name the requests
    assert facts(2015, "全县没有对依申请公开收取任何费用。") == [("request.fees", 0)]
    # table 三 written as prose ends with its total; lawsuits filed directly or after review, outcomes in brackets
    assert ("request.result_total", 22) in facts(2020, "办理结果：予以公开8件，部分公开2件，无法提供5件，不予处理1件，"
                                                       "其他处理1件，总计22件；结转下年度继续办理0件。")
    got = facts(2021, "被提起行政诉讼共47件，其中未经复议直接起诉33件（结果维持19件、结果纠正2件、其他结果4件、尚未审结8件），"
                      "复议后起诉14件（结果维持9件、其他结果1件、尚未审结4件）。")
    assert {("litigation.direct_upheld", 19), ("litigation.direct_pending", 8), ("litigation.after_review_upheld", 9),
            ("litigation.after_review_other", 1)} <= set(got)
    assert not {f for f in got if f[0] in ("litigation.upheld", "litigation.pending", "litigation.other")}
    # all requests with those carried over are no count received; requests left over, counted before their reason
    assert ("request.received", 137) not in facts(2021, "全县收到申请总数为137件（含上年结转9件），办结128件。")
    assert ("request.received", 17) in facts(2021, "本年度街道共受理政府信息公开申请18件（本年新收17件，上年结转1件）。")
    assert ("request.carried_forward", 3) in facts(2021, "其他处理9件；另有3件因需征求第三方意见，结转下年度继续办理。")
    # an outcome split by its reasons; the head at press conferences and interviews, not deputies
    got = facts(2021, "不予公开的23件中，属于国家秘密1件、其他法律行政法规禁止公开2件、危及“三安全一稳定”1件、保护第三方合法权益5件。")
    assert {("request.refused_state_secret", 1), ("request.refused_prohibited", 2), ("request.refused_security", 1),
            ("request.refused_third_party", 5)} <= set(got)
    assert ("interpret.online_interviews_head", 1) in facts(2016, "全年举办新闻发布会9场，旗长出席3场；开展在线访谈3期，"
                                                                  "其中区长参加1期。")
    assert facts(2016, "举办新闻发布会5场，县长、副县长出席3场。") == [("interpret.press_conferences", 5)]
    # the requests received split by the way they were made; by applicant they are no ways
    got = facts(2016, "全年共接收依申请公开申请67件，其中通过“柳州市政府信息公开网”在线提交41件，以信函方式提交19件，当面提交7件。")
    assert {("request.received_online", 41), ("request.received_mail", 19), ("request.received_in_person", 7)} <= set(got)
    assert facts(2016, "共受理申请80件，其中自然人申请70件、法人申请10件。") == [("request.received", 80)]
    # accounts counted on a channel, one person in each unit, cases said not to be about disclosure: no facts;
    # a review upheld stated with its reviewer; responses by the way they were made
    assert facts(2017, "局现有政务新媒体账号3个（微信公众号2个、微博1个），由办公室统一管理。") == [("capacity.new_media_accounts", 3)]
    assert ("capacity.staff_part_time", 1) not in facts(2017, "委属各单位均明确1名兼职信息员。")
    assert ("review.total", 42) not in facts(2017, "此外，因劳动保障监察投诉处理引发的行政复议42件，不属于政府信息公开类案件。")
    assert ("review.total", 0) in facts(2017, "本年度我镇未发生与政府信息公开有关的行政复议。")
    assert ("review.upheld", 3) in facts(2017, "本年度因政府信息公开被申请行政复议4件，被依法纠错的1件，其余3件复议机关维持具体行政行为。")
    assert ("interpret.other_responses", 11) in facts(2017, "全年回应社会关切42次，其中通过政务微博、微信回应事件31次，"
                                                            "通过其他方式回应事件11次。")
    # a department's report: the government portal's own count is not the department's; its column on it is
    got = facts(2013, "2013年，我局在霍山县人民政府网站“部门信息公开”栏目主动公开信息216条。县政府网站全年共发布信息8,000余条。")
    assert got == [("proactive.total", 216)]
    # the 第二十条 table's rows bound their labels (其他对外管理服务事项 has no 上一年项目数量 of its own); 万 counts
    got = facts(2020, "第二十条第（五）项 行政许可　上一年项目数量：4项　本年增/减：0项　处理决定数量：14.6万件 "
                      "其他对外管理服务事项　上一年项目数量：21项　处理决定数量：1200件")
    assert got == sorted([("license.items_prev", 4), ("license.items_change", 0), ("license.decisions", 146000),
                          ("other_services.decisions", 1200)])
    # outcomes after a comma, and the head at another body's press conference
    assert ("litigation.pending", 1) in facts(2021, "被提起行政訴訟2件，結果維持1件、尚未審結1件。")
    assert facts(2021, "局主要负责同志参加区政府新闻发布会1次。") == [("interpret.press_conferences_head", 1)]
    # the 统计表 (before 2019) written as prose: its row phrases name the ids
    got = facts(2016, "主动公开政府信息总数：18642条；其中，县政府门户网站公开政府信息数：15027条；政务微信公开政府信息数：1721条。"
                      "收到申请数：247件。申请办结数：247件，其中按时办结数239件。申请答复数：247件。")
    assert {("proactive.website", 15027), ("proactive.wechat", 1721), ("request.received", 247),
            ("request.closed", 247), ("request.answered", 247)} <= set(got)
    # a province's report: the province-wide count and the provincial government's own are both facts (scopes)
    got = facts(2022, "全省各级行政机关共收到政府信息公开申请1.62万件，其中省本级1,934件。\n"
                      "三、收到和处理政府信息公开申请情况\n省政府本年新收政府信息公开申请184件，上年结转7件。")
    assert {("request.received", 16200), ("request.received", 1934), ("request.received", 184)} <= set(got)
    # levels and ways listed before 分别/依次
    got = facts(2015, "全区共受理政府信息公开申请4,762件，自治区本级、盟市、旗县三级分别为1,035件、1,618件、2,109件。")
    assert got == sorted(("request.received", v) for v in (4762, 1035, 1618, 2109))
    got = facts(2015, "全年共收到政府信息公开申请1,046件。网络、信函、当面和传真申请依次为688件、312件、41件和5件。")
    assert {("request.received_online", 688), ("request.received_mail", 312), ("request.received_in_person", 41),
            ("request.received_fax", 5)} <= set(got)
    # staff of all units together are a count; a government's office as a level; a part the scorer gave another id;
    # the head's second event; a running count since a year named
    assert facts(2016, "全县各乡镇、各部门共配备信息公开兼职人员一百二十余名。") == [("capacity.staff_part_time", 120)]
    assert ("request.received", 33) in facts(2016, "全县共收到政府信息公开申请295件，其中县本级（县政府办公室）33件、"
                                                   "县级部门231件、乡镇（街道）31件。")
    assert ("interpret.hot_responses", 62) not in facts(2016, "全省共回应公众关注热点1,300余次，召开新闻发布会486场，其中省级62场。")
    assert ("interpret.online_interviews_head", 1) in facts(2016, "自治区人民政府主要负责同志参加新闻发布会2次、"
                                                                  "参加政府网站在线访谈1次。")
    assert ("interpret.press_conferences", 6300) not in facts(2016, "召开新闻发布会1,064场；自2008年以来，"
                                                                    "全省累计召开政府新闻发布会6,300余场。")


def test_the_year_of_a_report_without_a_title():
    from gaoie.meta import guess_year

    # the start of a running count is not the report's year; a date's year is, where no other is named
    assert guess_year("截至2023年12月31日，厅门户网站自2008年以来累计公开信息6.2万条。") == 2023
    assert guess_year("2016年，全县主动公开信息320条；2017年将进一步加强。") == 2016


def test_the_probe_rules_keep_to_what_they_read(nlp):
    """Sentences a fresh review of stop 17's rules found them misreading: each gives what FACTS.md and GUIDELINES.md say."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # fees named in a list negate only themselves; a department's own counts on the portal stay its own
    assert {("review.total", 0), ("litigation.total", 0)} <= set(facts(2020, "本年度未发生收费、行政复议和行政诉讼情况。"))
    assert ("proactive.website", 80) in facts(2018, "我局全年主动公开政府信息86条，其中县政府网站公开80条，微信公众号公开6条。")
    assert facts(2018, "全年区政府门户网站公开本单位信息36条。") == [("proactive.total", 36)]
    # people, visits and shares are no rows of the 统计表
    assert facts(2017, "培训班参训人数：120人。") == [("capacity.trainees", 120)]
    assert facts(2017, "网络申请占比数：30%。") == []
    # a lawsuit after review is no sum of two kinds; 各项 names no unit
    assert facts(2020, "经复议后提起行政诉讼合计2件。") == [("litigation.after_review_total", 2)]
    assert ("capacity.staff_full_time", 1) in facts(2017, "各项政府信息公开工作由专职人员1名、兼职人员3名承担。")
    # plans are no zeros; invited heads and an office's director are not the body's head
    assert facts(2020, "2021年，我局将力争实现零投诉、零复议。") == []
    assert ("interpret.press_conferences_head", 15) not in facts(2016, "召开新闻发布会15场，邀请相关部门主要负责同志出席新闻发布会15场。")
    assert ("interpret.online_interviews_head", 3) not in facts(2016, "开展在线访谈3期，其中局办公室主任参加3期。")
    # one person per unit, or in charge of other work, is no staff count
    assert facts(2017, "各乡镇、各部门均确定1名工作人员负责政府信息公开工作。") == []
    assert facts(2017, "政府信息公开工作由办公室牵头，另安排2人负责档案管理工作。") == []
    # an issue number or a change is no count of issues; internal 规章制度 are no rules
    assert facts(2017, "在《市政府公报》第3期刊登规范性文件。") == []
    assert facts(2017, "政府公报较上年增加2期。") == []
    assert facts(2021, "全面清理内部规章制度12项，废止3项，现行有效9项。") == []
    # a sum of requests new and carried is no count of results; ways of consulting are no ways of requesting
    assert ("request.result_total", 25) not in facts(2021, "其他处理1件，结转下年度继续办理2件，共计25件。")
    assert facts(2020, "受理政府信息公开咨询200件，其中网上、现场分别为120件、80件。") == [("consult.total", 200)]
    assert facts(2020, "共收到申请30件，其中涉及网站信息的申请10件。") == [("request.received", 30)]
    assert facts(2020, "申请人：无。") == []


def test_the_second_reviews_sentences(nlp):
    """A second fresh review of stop 17's rules: each sentence gives what FACTS.md and GUIDELINES.md say."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # a stated headline stays the headline beside a count over the portal and an account
    assert facts(2020, "全年主动公开政府信息3000条。在县政府门户网站和“桃江教育”微信公众号共发布信息2100余条。") == [
        ("proactive.total", 3000)]
    # a government's documents are no scope; the government as the subject is
    assert facts(2018, "全年发布政策解读50篇，其中解读省政府文件20篇。") == [("interpret.policy_interpretations", 50)]
    # requests and fees listed as siblings are both negated; fees negated in the requests' words are fees only
    assert facts(2020, "本年度没有发生依申请公开和收费情况。") == [("request.fees", 0), ("request.received", 0)]
    assert ("request.received", 0) not in facts(2020, "未发生依申请公开收费、行政复议和行政诉讼情况。")
    # no row of the 统计表 without its unit, of people, or of changes; requests are no items
    assert facts(2017, "新闻发布会参与媒体数：20家。") == []
    assert facts(2017, "网络申请比上年增长数：12件。") == []
    assert facts(2017, "通过其他途径公开信息数：500条。") == []
    # pending requests are no results; the body's own head in its clause
    assert ("request.result_total", 25) not in facts(2021, "其他处理1件，正在办理中2件，共计25件。")
    assert facts(2016, "积极回应各方关切，主要负责同志出席新闻发布会3场。") == [("interpret.press_conferences_head", 3)]
    # what a request asks for is no way; 各类 names no unit, 每个科室 does
    assert facts(2016, "共收到申请30件，其中要求公开网站信息的申请10件。") == [("request.received", 30)]
    assert facts(2017, "全镇各类信息由镇党政办专职人员1名负责发布。") == [("capacity.staff_full_time", 1)]
    assert facts(2017, "每个科室明确1名兼职信息员。") == []
    # the department's own channels after its total; the year's zeros, not a campaign's name; no statistics gazette
    assert ("proactive.website", 80) in facts(2018, "我局全年主动公开政府信息86条。县政府网站公开80条，微信公众号公开6条。")
    assert facts(2020, "我局将工作纳入年度目标考核，全年实现零复议、零诉讼。") == [("litigation.total", 0), ("review.total", 0)]
    assert facts(2020, "开展“零投诉”窗口创建活动。") == []
    assert facts(2020, "全年发布统计公报2期。") == []


def test_the_points_stop_17_left_alone(nlp):
    """The smaller points of stop 17's reviews, fixed in stop 18: each sentence gives what GUIDELINES.md says."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # a suit filed after review, or directly, is its kind's, total and outcomes, from 2019; before, a lawsuit
    assert facts(2020, "经复议后提起行政诉讼2件（维持1件、尚未审结1件）。") == [
        ("litigation.after_review_pending", 1), ("litigation.after_review_total", 2), ("litigation.after_review_upheld", 1)]
    assert facts(2020, "本年度行政诉讼3件，其中未经复议直接起诉2件，复议后起诉1件。") == [
        ("litigation.after_review_total", 1), ("litigation.direct_total", 2), ("litigation.total", 3)]
    assert facts(2015, "经复议后提起行政诉讼2件（维持1件）。") == [("litigation.total", 2), ("litigation.upheld", 1)]
    # fees as the cause of a complaint are no fees negated
    assert facts(2016, "没有因政府信息公开收费问题引发的投诉。") == [("complaints.total", 0)]
    assert ("request.fees", 0) not in facts(2016, "未发生因收费问题引起的举报投诉。")
    assert facts(2016, "本年度未收取任何费用。") == [("request.fees", 0)]
    # training negated with no people is no training held; with them, nobody trained
    assert facts(2019, "培训：无。") == [("capacity.trainings", 0)]
    assert facts(2019, "参加培训：无。") == [("capacity.trainees", 0)]
    # consultations by letter and in person are the total; a body's internal rules are no 规章
    assert facts(2016, "全年接受来信来访咨询20次。") == [("consult.total", 20)]
    assert facts(2016, "接待来访咨询20人次。") == [("consult.in_person", 20)]
    assert facts(2020, "制定内部管理规章3件。") == []
    assert facts(2020, "本年度制定规章2件，现行有效规章15件。") == [("rules.issued", 2), ("rules.valid", 15)]
    # the licensing items' change said as such, negative for 减少; the disclosure requests among all requests
    assert facts(2020, "2020年我局行政许可事项13项,比2019年减少3项,行政许可处理决定数量7556件。") == [
        ("license.decisions", 7556), ("license.items_change", -3)]
    assert facts(2015, "全年共收到申请10件，其中属于政府信息公开类的2件。") == [("request.received", 2)]


def test_the_stop_18_probe_rules_keep_to_what_they_read(nlp):
    """Rules drawn from the errors on the probe files BI and BJ (stop 18): each sentence gives what GUIDELINES.md says."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # the head as a guest; responses by other ways listed before 等其他方式
    assert facts(2016, "开展在线访谈6期，其中县长做客在线访谈2期；通过广播电视、群众座谈会等其他方式回应事件17次。") == [
        ("interpret.online_interviews", 6), ("interpret.online_interviews_head", 2), ("interpret.other_responses", 17)]
    # a clause (with a grouped number) between a total and its parts by level
    assert ("proactive.total", 5218) in facts(
        2016, "全年发布各类政府信息8,437条，较上年的6,215条增长35.8%，其中县政府本级1,126条，县直部门5,218条，各镇（街道）2,093条。")
    # requests left for a year named; no late answer is no zero of the answers
    assert facts(2020, "截至2020年12月31日，尚有21件结转至2021年继续办理。") == [("request.carried_forward", 21)]
    assert facts(2019, "全部申请均在法定期限内答复，未发生超期答复情况。") == []
    # a government's leaders are no scope; columns are no count of what they are named after
    assert facts(2019, "全年发布政策解读稿件132篇，其中市政府主要领导解读重要政策文件5篇。") == [
        ("interpret.policy_interpretations", 132)]
    assert facts(2016, "县政府门户网站完成了改版升级，新增“重点领域信息公开”“政策解读”等栏目8个。") == []
    # 无锡 is a place, no negation
    assert ("proactive.wechat", 0) not in facts(2016, "通过局门户网站、“无锡人社”微信公众号、官方微博分别发布2415条、1367条、1892条。")
    # the people trained after 培训, not in a plan nor one in each unit
    assert ("capacity.trainees", 180) in facts(2016, "举办培训班2期，培训各县（区）、市直各部门信息公开工作人员180人次。")
    assert facts(2016, "下一步，打算在全镇32个村（社区）各培训1名信息员。") == []
    # a board listed with the portal: the headline
    assert ("proactive.total", 126) in facts(2020, "全年通过镇政务公开栏、县政府门户网站乡镇专栏发布各类政府信息126条。")
    # an outcome after a sum over two kinds of case is of neither
    assert facts(2020, "行政复议、行政诉讼案件合计26件，被纠错3件。") == []
    assert ("review.corrected", 2) in facts(2020, "行政复议17件，结果维持11件，被纠错2件。")


def test_the_stop_18_reviews_sentences(nlp):
    """A fresh review of stop 18's rules: each sentence gives what FACTS.md and GUIDELINES.md say."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # an outcome after the suit's words is no total; a suit after review is no review; the kind's outcomes
    assert facts(2020, "行政诉讼方面，未经复议直接起诉，结果维持3件，尚未审结1件。") == [
        ("litigation.direct_pending", 1), ("litigation.direct_upheld", 3)]
    assert facts(2020, "复议后起诉，维持2件。") == [("litigation.after_review_upheld", 2)]
    assert facts(2020, "经行政复议后起诉2件（结果维持1件、结果纠正1件）。") == [
        ("litigation.after_review_corrected", 1), ("litigation.after_review_total", 2), ("litigation.after_review_upheld", 1)]
    # before 2019 a suit filed directly is a suit, total and outcomes
    assert facts(2018, "未经复议直接起诉2件（结果维持1件、尚未审结1件）。") == [("litigation.total", 2), ("litigation.upheld", 1)]
    # parts by level belong to the count right before 其中, not to one a clause before it
    assert ("request.received", 700) not in facts(
        2020, "全市共受理政府信息公开申请1230件，全市办结政府信息公开申请1200件，其中市本级700件、区县500件。")
    # staff, a headcount and one in each unit are no people trained
    # (the staff working on disclosure are capacity.staff, GUIDELINES)
    assert facts(2019, "组织开展业务培训，全区共有政务公开工作人员236名。") == [("capacity.staff", 236)]
    assert facts(2020, "坚持以培训促提升，局机关现有在编干部职工86人。") == []
    assert facts(2016, "为全镇每个村（社区）培训1名信息员。") == []
    # no extension is a zero of requests closed after one
    assert ("request.closed_extended", 0) in facts(2016, "本年度受理申请20件，按时办结20件，无延期办结。")
    # what goes on from internal rules is no 规章
    assert facts(2021, "制定内部管理规章3件，废止1件，现行有效20件。") == []
    # a column of the portal is no board
    assert ("proactive.website", 1500) in facts(
        2020, "全年主动公开政府信息2000条。通过门户网站公开栏目与专题栏目发布1500条，微信公众号发布500条。")
    # last year's requests left for this year are no count left for next year
    assert facts(2020, "2019年受理的申请中，尚有3件结转至2020年继续办理，已全部办结。") == []
    # an outcome after a part of one kind is of that kind
    assert facts(2017, "因政府信息公开引发的行政复议、行政诉讼案件共5件，其中应诉3件，维持2件。") == [("litigation.upheld", 2)]
    # the licensing items' change on last year only; 减 alone
    assert facts(2020, "行政许可事项13项，比2018年减少3项。") == []
    assert facts(2020, "行政许可项目58项，较上年减2项。") == [("license.items_change", -2)]
    # Weibo and WeChat before 等其他方式 are no other ways
    assert facts(2020, "其中通过新闻发布会回应5次，通过政务微博、微信等其他方式回应25次。") == [
        ("interpret.press_conferences", 5)]


def test_the_second_stop_18_reviews_sentences(nlp):
    """A second fresh review of stop 18's rules: each sentence gives what FACTS.md and GUIDELINES.md say."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # a review named after both kinds of suit keeps its outcomes; 未经行政复议 is no review
    assert facts(2020, "未经复议直接起诉2件，复议后起诉1件。行政复议3件，经审理，维持2件、纠正1件。") == [
        ("litigation.after_review_total", 1), ("litigation.direct_total", 2), ("review.corrected", 1), ("review.total", 3),
        ("review.upheld", 2)]
    assert facts(2020, "未经行政复议直接起诉2件（结果维持1件、尚未审结1件）。") == [
        ("litigation.direct_pending", 1), ("litigation.direct_total", 2), ("litigation.direct_upheld", 1)]
    # outcomes after both kinds joined by a comma are the suits'
    assert facts(2020, "未经复议直接起诉3件，复议后起诉1件，结果维持2件，尚未审结2件。") == [
        ("litigation.after_review_total", 1), ("litigation.direct_total", 3), ("litigation.pending", 2),
        ("litigation.upheld", 2)]
    # before 2019 the kinds after 其中 are parts: the stated total stands
    assert facts(2017, "行政诉讼3件，其中未经复议直接起诉2件，经复议后起诉1件，均维持原答复。") == [("litigation.total", 3)]
    # last year's words in another clause leave the count left over
    assert ("request.carried_forward", 7) in facts(2020, "全年共受理申请120件，比去年增加15件，尚有7件结转至2021年继续办理。")
    # a comparison before 其中 of any length; a count there is no comparison
    assert ("request.received", 1846) in facts(
        2020, "全省共受理申请10800件，与去年同期相比增长13.7%，其中省级1846件、市级3521件、县级5433件。")
    assert ("request.received", 700) not in facts(2020, "全市共受理政府信息公开申请1230件，办结1200件，其中市本级700件、区县500件。")
    # the people trained after a comma and their sum, in 培训's clause, over the scorer's training sessions
    assert facts(2020, "培训各镇街、区直部门信息公开工作人员，共计180人次。") == [("capacity.trainees", 180)]
    assert facts(2020, "全年共培训政务公开工作人员320人次。") == [("capacity.trainees", 320)]
    # places beginning with 无 state no zero under a heading nor of fees
    assert facts(2016, "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无锡市人民政府办公室高度重视。") == []
    assert facts(2016, "无为县政务公开办公室收费标准公开。") == []
    # the value cell of a label | value row is no prose
    assert facts(2020, "| 其中：政府网站 | 发布信息1500条") == []


def test_a_count_right_after_its_mention_and_plans_no_counts(nlp):
    """Stop 19: a count right after the mention it measures is linked though the scorer is torn between it and a
    mention further off; a count the report plans (its clause says so or names a later year) is no fact."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # the portal's column count beside an account's (the scorer alone: only the account's)
    assert facts(2021, "全年在宁乡市人民政府门户网站乡镇专栏主动公开政府信息312条，通过“双江口发布”微信公众号发布信息156条。") == [
        ("proactive.website", 312), ("proactive.wechat", 156)]
    # plans: for the next year, or in words of a plan; a plan's name and 结转 to a later year are no plan
    assert facts(2018, "2019年计划举办专题培训3期，覆盖全市人社系统。") == []
    assert facts(2018, "全年举办培训班2期，2019年计划再举办培训3期。") == [("capacity.trainings", 2)]
    assert facts(2018, "下一步，力争新增政务公开专栏5个。") == []
    assert facts(2016, "围绕大气污染防治行动计划发布政策解读稿件15篇。") == [("interpret.policy_interpretations", 15)]
    assert ("request.carried_forward", 2) in facts(2022, "共收到10件依申请公开请求，共办结8件，结转2023年度继续办理2件。")


def test_scopes_and_lists_of_the_hard_probes(nlp):
    """Stop 19, from the hard probes (training/written_probe/HA.txt, HB.txt): a headline's own part by level is no
    second total that makes it a channel's; values after 分别 may follow their measure's words and end at a comma
    before another unit; 旗县市区 is a level."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    assert facts(2020, "全年通过县政府门户网站主动公开政府信息2,275条，较上年增加318条，其中县政府本级604条。") == [
        ("proactive.total", 604), ("proactive.total", 2275)]
    # a total outside the sentence still makes the portal's count the channel's
    assert facts(2020, "全年共主动公开政府信息3,100条。通过县政府门户网站主动公开政府信息2,275条。") == [
        ("proactive.total", 3100), ("proactive.website", 2275)]
    assert facts(2016, "全年在县政府门户网站信息公开专栏主动公开政府信息312条，“平安威县”官方微博、微信公众号分别发布警情通报、"
                       "防范提示、交通管制等信息1,846条和693条，两个账号粉丝合计8万余人。") == [
        ("proactive.website", 312), ("proactive.wechat", 693), ("proactive.weibo", 1846)]
    assert facts(2020, "全年全市共收到政府信息公开申请2,046件，其中市本级514件、旗县市区1,532件。") == [
        ("request.received", 514), ("request.received", 1532), ("request.received", 2046)]
    # the area's count right after the body's own is a value of the same indicator, in its unit only
    assert facts(2019, "区政府本级收到政府信息公开申请38件，全区各单位共收到211件，同比增长34%。") == [
        ("request.received", 38), ("request.received", 211)]
    assert facts(2019, "本级收到政府信息公开申请38件，全区共接待211人次。") == [("request.received", 38)]
    # documents checked or drafts are no documents made or disclosed
    assert facts(2016, "市政府办公室全年审查市政府规范性文件草案38件、合同协议61份。") == []
    assert facts(2016, "全年对12件规范性文件进行合法性审核。") == []
    assert facts(2016, "经合法性审查，全年印发规范性文件5件。") == [("proactive.normative_docs", 5)]
    # the kinds of what is counted, listed between the mention and the count (…等信息319条), are no channels
    assert facts(2020, "全年在县政府门户网站“财政信息”专栏主动公开预决算、政府采购、政府债务等信息319条。") == [
        ("proactive.total", 319)]
    assert facts(2020, "全年主动公开预决算、政府采购、政府债务等信息319条。") == [("proactive.total", 319)]
    # a portal count with its own parts after 其中 is the headline, beside a later portal count
    assert facts(2012, "我县在政府信息公开网站上发布通知公告、规范性文件等各类信息2903条，其中县政府门户网站发布359条，其他子网站"
                       "发布2544条。同时，在政府门户网站发布各类信息964条。") == [
        ("proactive.total", 2903), ("proactive.website", 359), ("proactive.website", 964), ("proactive.website", 2544)]
    # people who took part in the training (参训…) are trained people
    assert facts(2018, "组织培训2次，参训民警、辅警86人次。") == [("capacity.trainees", 86), ("capacity.trainings", 2)]
    # a cadre put in charge of the disclosure work is its staff; a leader who oversees it is not
    assert facts(2016, "局办公室明确1名干部专门负责政府信息公开工作。") == [("capacity.staff", 1)]
    assert facts(2016, "明确1名领导干部分管政府信息公开工作。") == []
    # a plan over commas (下一步，…将), and an earlier year's count compared with; 转下一年 is of this year
    assert facts(2010, "下一步，县政府办将再举办业务培训班2期。") == []
    assert facts(2025, "一是公开内容不够丰富，全年发布信息较2024年的213条有所减少。") == []
    assert facts(2021, "全年共收到依申请公开3件，部分公开2件，转下一年办理0件。") == [
        ("request.carried_forward", 0), ("request.partial", 2), ("request.received", 3)]


def test_the_stop_19_reviews_sentences(nlp):
    """A fresh review of stop 19's rules: each sentence gives what FACTS.md and GUIDELINES.md say."""
    def facts(year, text):
        return facts_of(nlp, year, text)

    # the same area twice is no pair of scopes; a larger count after a bracket or another 其中 is no part
    for text in ("全县各单位在县政府门户网站主动公开政府信息8300条,全县通过各种渠道共主动公开政府信息15000条。",
                 "县政府门户网站主动公开政府信息8300条(含各乡镇信息2100条),全年通过各类渠道共主动公开政府信息15000条。",
                 "通过县政府门户网站主动公开政府信息8300条,其中规范性文件36件,全年共主动公开政府信息15000条。"):
        assert ("proactive.website", 8300) in facts(2019, text) and ("proactive.total", 15000) in facts(2019, text)
    # the area's count beside the body's own takes the body's indicator only by the same kind of verb
    assert facts(2020, "县政府本级收到政府信息公开申请38件,全县共办结211件。") == [
        ("request.received", 38), ("request.result_total", 211)]
    # values after 分别: bare ones listed over commas, units that count alike, no running total
    assert facts(2016, "当面申请、网络申请、信函申请分别为5,12,3件。") == [
        ("request.received_in_person", 5), ("request.received_mail", 3), ("request.received_online", 12)]
    assert facts(2020, "予以公开、部分公开、不予公开的分别为15件,3份,2件。") == [
        ("request.granted", 15), ("request.partial", 3), ("request.refused", 2)]
    assert facts(2021, "政务微博和政务微信分别开通以来累计发布信息12000条和8000条。") == []
    # documents made after a check, or drafted (拟定), are made; a plan followed (培训计划), 今后 mid-sentence and
    # 争取 (secured) make no plan
    assert facts(2020, "全年经合法性审查后印发行政规范性文件12件。") == [("normative.issued", 12)]
    assert facts(2017, "全年经保密审查后主动公开规范性文件35件。") == [("proactive.normative_docs", 35)]
    assert facts(2020, "全年拟定并印发行政规范性文件3件。") == [("normative.issued", 3)]
    assert facts(2018, "根据年度培训计划组织开展政务公开专题培训3次。") == [("capacity.trainings", 3)]
    assert facts(2016, "为做好今后的政务公开工作,全年组织开展培训4次,培训人员150人次。") == [
        ("capacity.trainees", 150), ("capacity.trainings", 4)]
    assert facts(2016, "争取县财政安排政府信息公开工作专项经费8万元。") == [("capacity.budget", 8)]


def test_a_numbered_statistics_table_reads_its_rows_not_their_numbers(nlp):
    """A 统计表 with a 序号 column (| 1 | 主动公开政府信息数 | 条 | 1264 |), with its line breaks or without them: the row's
    number is no value."""
    from gaoie.evaluate import predict

    rows = ["| 序号 | 统计指标 | 单位 | 统计数 |", "| 一 | 主动公开情况 | | |", "| 1 | 主动公开政府信息数 | 条 | 1264 |",
            "| 2 | 其中：主动公开规范性文件数 | 件 | 12 |", "| 二 | 依申请公开情况 | | |", "| 3 | 收到申请数 | 件 | 3 |",
            "| 4 | 其中：当面申请数 | 件 | 5 |"]
    for joint in ("\n", ""):
        text = "2016年政府信息公开工作年度报告\n" + joint.join(rows)
        assert sorted((f.indicator, f.value) for f in predict(nlp, text) if f.source == "table") == [
            ("proactive.normative_docs", 12), ("proactive.total", 1264), ("request.received", 3),
            ("request.received_in_person", 5)], joint


def test_a_headline_count_after_a_list_of_the_kinds_it_counts(nlp):
    """The headline's count at the end of a long list of what was disclosed, or after the list in a bracket, is
    the headline's though the mention stands far off and the linker is less sure of it (GUIDELINES: the kinds
    listed before a count measure nothing themselves)."""
    assert facts_of(nlp, 2019, "2019年,我县依托政府门户网站、政务微博、微信公众号、政务公开栏等平台,及时向社会公开政策文件、"
                               "工作动态、通知公告、人事信息、财政预决算、重大项目建设等各类政府信息共计3256条。") == [
        ("proactive.total", 3256)]
    assert facts_of(nlp, 2019, "2019年,全县主动公开政府信息(含政策文件、规划计划、财政资金、重点项目、人事任免、公共服务、"
                               "应急管理等内容)共计4256条。") == [("proactive.total", 4256)]
    assert facts_of(nlp, 2017, "本年度共主动公开机构职能、法规文件、规划计划、行政许可、财政资金、公共服务、重大项目、"
                               "行政执法等方面信息1563条。") == [("proactive.total", 1563)]
    # a bracket with a count of its own is a part, no aside
    assert ("proactive.total", 8300) not in facts_of(nlp, 2019, "县政府门户网站主动公开政府信息(含各乡镇信息2100条)8300条。")


def test_the_gazettes_items_beside_a_portal_count_make_it_the_portals(nlp):
    """A portal count with another channel's count beside it and no other total is the website's (GUIDELINES); the
    gazette's items are such a count, as Weibo's are. Alone, the portal count is the headline."""
    assert facts_of(nlp, 2018, "县政府门户网站全年发布信息12356条,县政府公报发布信息96条。") == [
        ("proactive.gazette_items", 96), ("proactive.website", 12356)]
    assert facts_of(nlp, 2018, "县政府门户网站全年发布信息12356条。") == [("proactive.total", 12356)]


def test_handled_and_answered_fees_by_what_they_paid_and_responses_to_concern(nlp):
    """办理回复 N件 is the count of results even alone (GUIDELINES; before 2019 request.answered), not for letters to
    a mailbox; a fee named by what it paid for (检索复制费) is request.fees, a rate per page none; responses to the
    public's concerns in other words than the catalogue's are interpret.hot_responses."""
    assert facts_of(nlp, 2013, "全年共接到政府信息公开申请29件,办理回复29件,均在15个工作日内答复。") == [
        ("request.answered", 29), ("request.received", 29)]
    assert facts_of(nlp, 2020, "全年共接到政府信息公开申请29件,办理回复29件。") == [
        ("request.received", 29), ("request.result_total", 29)]
    assert facts_of(nlp, 2013, "县长信箱受理群众来信120件,办理回复120件。") == []
    assert facts_of(nlp, 2014, "依申请公开共收取检索复制费2,100元。") == [("request.fees", 0.21)]
    assert facts_of(nlp, 2014, "复制费按每页0.5元收取。") == []
    assert facts_of(nlp, 2017, "全年回应民众关注热点15次。") == [("interpret.hot_responses", 15)]


def test_the_stop_20_reviews_sentences(nlp):
    """A fresh review of stop 20's prose rules: fees waived or paid by the body are none, 未减免 negates no fee, a
    licence's 办理回复 is no disclosure result, another body's gazette reprinted on the portal leaves the headline."""
    assert facts_of(nlp, 2016, "本年度对经济困难的申请人减免检索复制费300元。") == []
    assert facts_of(nlp, 2016, "本年度收到政府信息公开申请12件,申请人所需邮寄费用由我局承担,全年支出邮寄费86元。") == [
        ("request.received", 12)]
    assert facts_of(nlp, 2016, "为申请人减免检索、复制、邮寄等费用120元。") == []
    assert facts_of(nlp, 2016, "按照省物价局规定的标准,全年共收取检索复制费126元,未减免任何费用。") == [
        ("request.fees", 0.0126)]
    assert ("request.result_total", 86) not in facts_of(
        nlp, 2020, "窗口受理的不动产登记申请,全部依法办理回复,共计办理回复86件。本年度共收到政府信息公开申请6件,均已按时答复。")
    assert ("proactive.total", 12356) in facts_of(
        nlp, 2018, "全年在县政府门户网站主动公开政府信息12356条。同时,及时将市政府公报刊发的文件45件转载至门户网站。")


def test_the_forms_note_on_counting_is_no_count(nlp):
    """The pre-2019 form's labels carry a note on how to count (不同渠道和方式公开相同信息计1条); reports that write the
    form as prose keep it. Its 1 is no count, and the label's value after the note and a colon is the label's."""
    assert facts_of(nlp, 2017, "主动公开政府信息数(不同渠道和方式公开相同信息计1条):1234条。") == [("proactive.total", 1234)]
    assert facts_of(nlp, 2017, "回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次):5次。") == [
        ("interpret.hot_responses", 5)]


def test_the_forms_words_for_requests_received_and_results_summed(nlp):
    """本年新收 (the form's words) names the requests received, even as the part of a count handled, however unsure the
    linker is of it; the form's results written as numbered rows end with their total ((七)总计:35件)."""
    assert facts_of(nlp, 2021, "全年共办理政府信息公开申请42件,其中本年新收40件,上年结转2件。") == [
        ("request.carried_over", 2), ("request.received", 40)]
    assert ("request.result_total", 35) in facts_of(
        nlp, 2020, "三、本年度办理结果:(一)予以公开:20件;(二)部分公开:3件;(三)不予公开:1件;(四)无法提供:8件;"
                   "(五)不予处理:2件;(六)其他处理:1件;(七)总计:35件;四、结转下年度继续办理:2件。")


def test_the_licensing_items_change_with_its_sign_and_responses_on_the_accounts_in_more_words(nlp):
    """The 2019 form's 本年增/减 written as prose keeps its sign (-3项 is -3, its evidence the signed text); responses
    made on Weibo and WeChat may name what they answered (回应公众关切事件12次)."""
    from gaoie.evaluate import predict

    text = "2019年政府信息公开工作年度报告\n行政许可上一年项目数量45项,本年增/减-3项。"
    facts = [f for f in predict(nlp, text, tables=False) if f.indicator == "license.items_change"]
    assert [(f.value, text[f.start:f.end]) for f in facts] == [(-3, "-3项")]
    assert facts_of(nlp, 2017, "通过政务微博、微信回应公众关切事件12次。") == [("interpret.weibo_wechat_responses", 12)]


def test_a_running_totals_year_the_applicant_named_in_between_and_a_sum_noted_before_its_count(nlp):
    """The report's year's part of a running total is the year's count (a part of another year is none); before 2019,
    telling the applicant what to do is an outcome however the applicant is named; a count after 含上年结转 in brackets
    is a sum, not the count carried over."""
    assert facts_of(nlp, 2009, "自2008年5月1日《条例》实施以来,我县累计主动公开政府信息5623条,其中2009年公开3120条。") == [
        ("proactive.total", 3120)]
    assert facts_of(nlp, 2009, "累计主动公开政府信息5623条,其中2008年公开2000条。") == []
    assert facts_of(nlp, 2012, "其中同意公开7件,告知申请人更改补充1件,告知申请人通过其他途径获取2件。") == [
        ("request.granted", 7), ("request.told_other_channel", 2), ("request.told_to_amend", 1)]
    assert facts_of(nlp, 2022, "本年度共收到政府信息公开申请(含上年结转)56件。") == []


def test_the_reading_rooms_visits_however_worded(nlp):
    """The people the reading rooms received (共接待现场查阅群众一百二十余人次; 查阅场所共接待群众120人次)."""
    assert facts_of(nlp, 2015, "共接待现场查阅群众一百二十余人次。") == [("capacity.reading_visits", 120)]
    assert facts_of(nlp, 2015, "查阅场所共接待群众120人次。") == [("capacity.reading_visits", 120)]


def test_a_sum_after_the_channels_counts_is_the_headline(nlp):
    """合计 after the counts of two named channels is the headline (a count over several channels); a running total
    after them is none."""
    assert facts_of(nlp, 2017, "全年通过局门户网站发布信息285条、微信公众号发布信息43条,合计328条。") == [
        ("proactive.total", 328), ("proactive.website", 285), ("proactive.wechat", 43)]
    assert ("proactive.total", 3280) not in facts_of(
        nlp, 2017, "全年通过局门户网站发布信息285条、微信公众号发布信息43条,历年累计合计3280条。")


def test_one_levels_values_of_the_counts_listed_before_it(nlp):
    """其中市本级分别为12件、5件 after 行政复议56件、提起行政诉讼23件: the level's value of each count, in order
    (GUIDELINES: a total's parts by level are each a value of its indicator)."""
    assert facts_of(nlp, 2019, "全市因政府信息公开被申请行政复议56件、提起行政诉讼23件,其中市本级分别为12件、5件。") == [
        ("litigation.total", 5), ("litigation.total", 23), ("review.total", 12), ("review.total", 56)]


def test_the_years_items_named_government_affairs_information(nlp):
    """发布政务信息 N条 on no channel is the headline, 全年累计 too (GUIDELINES: 累计 within the year); items sent up to a
    superior, a part after 其中 and a running total since an earlier year are none."""
    assert facts_of(nlp, 2016, "全年累计发布政务信息1560条。") == [("proactive.total", 1560)]
    assert facts_of(nlp, 2016, "全年向市政府报送政务信息120条,被采用45条。") == []
    assert facts_of(nlp, 2016, "自2008年以来累计发布政务信息15600条。") == []


def test_the_forms_labels_run_into_their_counts(nlp):
    """The pre-2019 统计表 written as prose without a colon (微博微信回应事件数8次): the row's label names its id, as with
    one (收到申请数：15件); the head's interviews after the interviews, the documents made beside those disclosed."""
    assert facts_of(nlp, 2016, "微博微信回应事件数8次,其他方式回应事件数为5次。") == [
        ("interpret.other_responses", 5), ("interpret.weibo_wechat_responses", 8)]
    assert facts_of(nlp, 2016, "政府网站在线访谈次数6次,其中主要负责同志参加政府网站在线访谈次数3次。") == [
        ("interpret.online_interviews", 6), ("interpret.online_interviews_head", 3)]
    assert facts_of(nlp, 2017, "主动公开政府信息数3215条,其中主动公开规范性文件数27条,制发规范性文件总数27件。") == [
        ("proactive.normative_docs", 27), ("proactive.normative_docs_issued", 27), ("proactive.total", 3215)]
    # a phrase that is a whole row's name ends the label itself (申请答复数: not the requests received)
    assert facts_of(nlp, 2017, "申请答复数36件,其中属于已主动公开范围数5件。") == [
        ("request.already_public", 5), ("request.answered", 36)]
    assert facts_of(nlp, 2017, "全年申请办结数7件。") == [("request.closed", 7)]


def test_a_catalogue_name_the_training_reports_rarely_wrote(nlp):
    """专项经费 is capacity.budget's own name: the linker ranks it first but unsure (few reports in training state the
    budget), and the catalogue's name makes it sure (linker.OFFICIAL_FLOOR)."""
    assert facts_of(nlp, 2012, "全年投入政府信息公开专项经费5万元。") == [("capacity.budget", 5)]
    assert facts_of(nlp, 2013, "设立政府信息公开查阅点3个,专项经费5万元。") == [
        ("capacity.budget", 5), ("capacity.reading_points", 3)]
    # not where the count after the name is in another unit: items on the new media are no count of accounts (个)
    assert facts_of(nlp, 2022, "共主动公开政府信息5,632条,其中政府门户网站发布4,210条,政务新媒体发布1,422条。") == [
        ("proactive.total", 5632), ("proactive.website", 4210)]


def test_a_mention_run_past_its_catalogue_name_and_a_new_years_part(nlp):
    """The NER may run a rare name on into the verb after it (专项经费投|入): the mention ends with the catalogue's name.
    A running total's part for the year may say 新增 (其中2010年新增公开482条): the year's count."""
    assert facts_of(nlp, 2012, "政府信息公开专项经费投入5万元。") == [("capacity.budget", 5)]
    assert facts_of(nlp, 2017, "政府信息公开举报投诉数量2件。") == [("complaints.total", 2)]  # the work's name before it
    assert facts_of(nlp, 2010, "截至2010年底,我局累计主动公开政府信息2,356条,其中2010年新增公开482条。") == [
        ("proactive.total", 482)]
    assert facts_of(nlp, 2010, "累计主动公开政府信息2,356条,其中本年度新增482条。") == [("proactive.total", 482)]


def test_a_long_catalogue_name_the_ner_cut_short(nlp):
    """法律法规规定的其他情形 read by the NER as 其他情形 alone was linked to other outcomes and lost; the catalogue's name
    (eight characters or more) is one mention (components.whole_official_names)."""
    assert facts_of(nlp, 2020, "不予公开3件,其中法律法规禁止公开1件,法律法规规定的其他情形2件。") == [
        ("request.refused", 3), ("request.refused_other_law", 2), ("request.refused_prohibited", 1)]


def test_the_stop_21_reviews_sentences(nlp):
    """A fresh review of stop 21's readings: a clause that merely holds a form's phrase before 数 is no row of the form;
    a short catalogue name names its indicator only where the sentence speaks of disclosure; a name last in a list of
    reasons leaves the count to the outcome (GUIDELINES: two or more reasons keep the outcome's id)."""
    assert facts_of(nlp, 2017, "培训班参训单位数45个。") == []
    assert facts_of(nlp, 2015, "各乡镇收到申请数12个乡镇均为0件。") != [("request.received", 12)]
    assert ("interpret.press_conferences", 12) not in facts_of(nlp, 2017, "通过新闻发布会解读政策文件数12件。")
    assert facts_of(nlp, 2016, "召开经济工作会议等重要会议12次。") == []
    assert facts_of(nlp, 2016, "开展在线访谈6期,网友在线提问230余个,均当场解答。") == [("interpret.online_interviews", 6)]
    assert facts_of(nlp, 2016, "不予公开(涉及国家秘密、商业秘密、个人隐私及法律法规规定的其他情形)3件。") == [
        ("request.refused", 3)]


def test_a_cases_outcomes_in_the_words_of_the_decision(nlp):
    """Review and suit outcomes named as decided (确认违法, 撤销, 责令重新答复: corrected; 撤回, 撤诉, 终止审理: other; a court
    that 驳回 the claim: upheld), their decider before them (复议机关, 经复议, 法院判决), after 其中 or a comma; a review's
    outcome named after both kinds of case is the review's (其中复议结果维持121件)."""
    assert facts_of(nlp, 2017, "因政府信息公开被申请行政复议9件,其中复议机关维持7件,撤销1件,申请人主动撤回1件。") == [
        ("review.corrected", 1), ("review.other", 1), ("review.total", 9), ("review.upheld", 7)]
    assert facts_of(nlp, 2017, "被申请行政复议9件,经复议维持原答复6件,确认违法1件,申请人撤回2件。") == [
        ("review.corrected", 1), ("review.other", 2), ("review.total", 9), ("review.upheld", 6)]
    # 责令重新答复1件 is no request answered
    assert facts_of(nlp, 2017, "被申请行政复议4件,其中维持3件,被复议机关责令重新答复1件。") == [
        ("review.corrected", 1), ("review.total", 4), ("review.upheld", 3)]
    assert facts_of(nlp, 2017, "提起行政诉讼2件,均已审结,法院判决维持1件,原告撤诉1件。") == [
        ("litigation.other", 1), ("litigation.total", 2), ("litigation.upheld", 1)]
    assert facts_of(nlp, 2020, "被提起行政诉讼6件,其中法院判决驳回原告诉讼请求4件,判决确认违法1件,尚在审理1件。") == [
        ("litigation.corrected", 1), ("litigation.pending", 1), ("litigation.total", 6), ("litigation.upheld", 4)]
    assert ("review.other", 1) in facts_of(nlp, 2017, "行政复议2件,复议机关维持原答复1件,因申请人主动撤回申请终止审理1件。")
    assert facts_of(nlp, 2017, "全省行政复议186件、行政诉讼94件,其中复议结果维持121件。") == [
        ("litigation.total", 94), ("review.total", 186), ("review.upheld", 121)]


def test_zeros_of_a_year_named_first_and_of_documents_made_or_disclosed(nlp):
    """上年无结转 (GUIDELINES' 无上年结转申请 with the year first) and 年末无结转; no documents made or disclosed gives a
    zero of each id its verbs name, in the report's outline, and a power the body lacks is none."""
    assert facts_of(nlp, 2019, "全年共收到政府信息公开申请7件,上年无结转,均已办结。") == [
        ("request.carried_over", 0), ("request.received", 7)]
    assert ("request.carried_forward", 0) in facts_of(nlp, 2020, "予以公开1件。年末无结转。")
    assert facts_of(nlp, 2019, "2019年,中心未制作发布规章,主动公开规范性文件3件。") == [
        ("normative.published", 3), ("rules.issued", 0), ("rules.published", 0)]
    assert facts_of(nlp, 2022, "2022年,中心未制作发布规章。") == [("rules.issued", 0)]
    assert facts_of(nlp, 2020, "本年度街道未制发规章、规范性文件。") == [("normative.issued", 0), ("rules.issued", 0)]
    assert facts_of(nlp, 2020, "我局无制作规章的职责权限。") == []


def test_documents_repealed_or_reviewed_and_disclosed_right_after_their_verb(nlp):
    """Documents repealed (废止和宣布失效规章9件、规范性文件23件) are the 2021 format's *.repealed, none before; documents
    reviewed (对…等9件规范性文件进行了清理) are none; documents disclosed right after their verb are counted though the
    linker is torn between the era's ids of their one name (公开规范性文件38件)."""
    assert facts_of(nlp, 2019, "对现行有效的规章和规范性文件开展清理,废止和宣布失效规章9件、规范性文件23件。") == []
    assert facts_of(nlp, 2022, "对现行有效的规章和规范性文件开展清理,废止和宣布失效规章9件、规范性文件23件。") == [
        ("normative.repealed", 23), ("rules.repealed", 9)]
    assert facts_of(nlp, 2022, "本年制发规范性文件3件,废止1件,现行有效20件。") == [
        ("normative.issued", 3), ("normative.repealed", 1), ("normative.valid", 20)]
    assert facts_of(nlp, 2019, "严格落实审核制度,对《住房公积金缴存管理办法》等9件规范性文件进行了清理。") == []
    assert facts_of(nlp, 2019, "2019年,商务部制发规章7件,公开规范性文件38件。") == [
        ("normative.published", 38), ("rules.issued", 7)]


def test_outcomes_the_old_form_alone_counts_and_a_reason_beside_one_unnamed(nlp):
    """告知补正 (pre-2019) is told_to_amend, not requests received; 未补正 from 2021 is the form's 逾期不补正; a 2019+
    report's 告知作出更改补充 has no row of its form; the body not in charge, however long the words before the count; one
    named reason beside one unnamed (因涉及国家秘密和正在侦查的案件信息) leaves the outcome's count."""
    assert facts_of(nlp, 2016, "信息不存在38件,申请内容不明确告知补正14件。") == [
        ("request.not_exist", 38), ("request.told_to_amend", 14)]
    assert facts_of(nlp, 2016, "信息不存在9件,非本机关职责范围并告知申请人向有关机关申请的7件。") == [
        ("request.not_exist", 9), ("request.not_this_agency", 7)]
    assert ("request.other_no_amend", 4) in facts_of(nlp, 2022, "不予处理1件,告知作出更改补充后申请人逾期未补正4件。")
    assert ("request.told_to_amend", 1) not in facts_of(nlp, 2022, "予以公开3件,告知作出更改补充1件。")
    assert facts_of(nlp, 2020, "因涉及国家秘密和正在侦查的案件信息不予公开2件。") == [("request.refused", 2)]


def test_counts_on_channels_the_fresh_reports_wrote(nlp):
    """A portal count beside a sibling channel after its own list of parts is the portal's; a board's count is no
    headline; an account opened in the report's year counts its posts, one opened before counts since then; a portal
    named as the sentence's subject gives its count's channel; a level named with its office (街道办事处受理12件)."""
    assert facts_of(nlp, 2020, "全年通过厅门户网站主动公开政府信息1947条,其中工作动态512条,通知公告376条;"
                               "通过“西藏自然资源”微信公众号发布信息430条。") == [
        ("proactive.website", 1947), ("proactive.wechat", 430)]
    assert facts_of(nlp, 2014, "通过政务公开栏、便民服务中心公开信息1500余条。") == [("proactive.other_channels", 1500)]
    assert facts_of(nlp, 2020, "“江孜卫健”微信公众号于2020年2月开通,全年推送信息183条。") == [("proactive.wechat", 183)]
    assert facts_of(nlp, 2016, "“某某发布”微信公众号于2014年3月开通,已推送信息600多条。") == []
    assert facts_of(nlp, 2012, "全县共主动公开政府信息3286条。县政府网站作为政府信息公开的第一平台,全年发布信息2700余条。") == [
        ("proactive.total", 3286), ("proactive.website", 2700)]
    assert facts_of(nlp, 2017, "全区共受理申请137件,其中区政府办公室受理21件,区级部门受理104件,街道办事处受理12件。") == [
        ("request.received", 12), ("request.received", 21), ("request.received", 104), ("request.received", 137)]
    assert facts_of(nlp, 2017, "全地区共主动公开政府信息5431条,其中行署及地直部门公开2106条,各县(区)公开3325条。") == [
        ("proactive.total", 2106), ("proactive.total", 3325), ("proactive.total", 5431)]


def test_public_opinion_answered_fees_of_a_long_list_and_zeros_that_are_none(nlp):
    """舆情 N起 answered in its sentence is a response (GUIDELINES: 舆情 N次), gathered is none; fees not taken over a long
    list of what they pay for; 未单独召开 (none of its own) and 均未涉及国家秘密 (of what was published) are no zeros; a
    hotline named before the clause of its caseload keeps it out."""
    assert facts_of(nlp, 2017, "对涉及我县的政务舆情12起及时作出回应。") == [("interpret.hot_responses", 12)]
    assert facts_of(nlp, 2017, "全年共监测到涉水舆情17起,均在2小时内作出回应。") == [("interpret.hot_responses", 17)]
    assert facts_of(nlp, 2017, "全年收集舆情12起并报送上级处置。") == []
    assert facts_of(nlp, 2010, "国家统计局没有向申请人收取检索、复制、邮寄等任何费用。") == [("request.fees", 0)]
    assert facts_of(nlp, 2016, "本年度我局未单独召开新闻发布会,配合市政府新闻办参加新闻发布会1次。") == [
        ("interpret.press_conferences", 1)]
    assert facts_of(nlp, 2020, "全年经审查发布的信息均未涉及国家秘密、商业秘密和个人隐私。") == []
    assert facts_of(nlp, 2019, "依托12316三农服务热线,全年接听农户咨询电话2300余个。") == []


def test_suits_all_of_one_kind_reasons_after_mainly_and_a_ministrys_rules(nlp):
    """Suits all of one kind (均为未经复议直接起诉) have outcomes of that kind (the kind's total beside the suits' is
    left out: annotators split); 纠错 corrects; the reasons after 主要为 are each reason's count; a ministry's rules (部令)
    are rules, the era picking the id; hot issues answered; no account of one's own is no zero; 未补正不再处理."""
    assert facts_of(nlp, 2020, "被提起行政诉讼2件,均为未经复议直接起诉,其中维持1件,尚未审结1件。") == [
        ("litigation.direct_pending", 1), ("litigation.direct_upheld", 1), ("litigation.total", 2)]
    assert facts_of(nlp, 2020, "被申请行政复议5件,其中维持3件,纠错1件,终止1件。") == [
        ("review.corrected", 1), ("review.other", 1), ("review.total", 5), ("review.upheld", 3)]
    assert facts_of(nlp, 2020, "不予公开41件,主要为内部事务信息12件、过程性信息19件、行政执法案卷信息5件。") == [
        ("request.refused", 41), ("request.refused_case_files", 5), ("request.refused_internal", 12),
        ("request.refused_process", 19)]
    assert facts_of(nlp, 2020, "因涉及国家秘密不予公开2件,因危及国家安全、公共安全、经济安全和社会稳定不予公开1件。") == [
        ("request.refused_security", 1), ("request.refused_state_secret", 2)]
    assert ("rules.published", 4) in facts_of(nlp, 2020, "全年发布部令4件、规范性文件19件。")
    assert ("rules.issued", 5) in facts_of(nlp, 2022, "全年发布部令5件、公告83件。")
    assert facts_of(nlp, 2019, "对供热、学区划片等热点问题主动回应19次。") == [("interpret.hot_responses", 19)]
    assert facts_of(nlp, 2019, "我局未开设独立的政务微博、微信,依托县融媒体中心发布信息。") == []
    assert ("request.other_no_amend", 2) in facts_of(nlp, 2022, "其他处理3件(申请人逾期未补正不再处理2件)。")


def test_the_stop_22_reviews_sentences(nlp):
    """A fresh review of stop 22's rules: a website mentioned as work done is no channel of the headline; a count of
    the report's year written out is no running total; 废止 of an earlier item, of a state or in a title repeals
    nothing; a reason of several words is one reason; 无遗留问题 and 应公开未公开 are no zeros; opinion passed on is
    no response; an outcome a court decided is the suit's; the body not in charge, in a 2019+ report, is the form's
    本机关不掌握; 收费项目无变化 is no zero; outcomes after a decider are its case's until another."""
    assert facts_of(nlp, 2020, "进一步加强政府网站建设,全年主动公开政府信息3200条。政务微博发布信息600条。") == [
        ("proactive.total", 3200), ("proactive.weibo", 600)]
    assert facts_of(nlp, 2020, "依申请公开在线平台于2016年上线,2020年共受理申请45件。") == [("request.received", 45)]
    assert facts_of(nlp, 2022, "全年废止规范性文件3件、新制发规范性文件12件。") == [("normative.issued", 12)]
    assert facts_of(nlp, 2022, "对已失效、废止的规范性文件及时标注并公开规范性文件23件。") != [("normative.repealed", 23)]
    assert facts_of(nlp, 2022, "印发《关于废止部分规章的决定》等规章4件。") == [("rules.issued", 4)]
    assert facts_of(nlp, 2022, "清理并废止规范性文件12件。") == [("normative.repealed", 12)]
    assert ("request.not_processed_petition", 2) in facts_of(nlp, 2022, "不予处理2件,其中信访、举报、投诉类申请2件。")
    assert facts_of(nlp, 2021, "上年度无遗留问题,本年度存在的主要问题是信息更新不及时。") == []
    assert facts_of(nlp, 2019, "全面梳理应公开未公开规范性文件,确保应公开尽公开。") == []
    assert facts_of(nlp, 2019, "未公开规范性文件已全部补充公开。") == []
    assert facts_of(nlp, 2017, "全年发现涉及我县的负面舆情23起,经核实后上报县委网信办统一处置。") == []
    assert facts_of(nlp, 2017, "全省行政复议186件、行政诉讼94件,其中复议结果维持121件,法院判决维持80件。") == [
        ("litigation.total", 94), ("litigation.upheld", 80), ("review.total", 186), ("review.upheld", 121)]
    assert facts_of(nlp, 2022, "不属于本机关职责范围,且告知申请人向有关机关申请的7件。") == [("request.unavailable_not_held", 7)]
    assert facts_of(nlp, 2021, "本年度行政许可办理2316件,行政事业性收费项目无变化。") == [("license.decisions", 2316)]
    assert facts_of(nlp, 2017, "行政复议案件6件、行政诉讼案件3件,其中复议维持5件、纠错1件。") == [
        ("litigation.total", 3), ("review.corrected", 1), ("review.total", 6), ("review.upheld", 5)]


def test_documents_interpreted_counted_before_the_verb_and_opinion_counted_first(nlp):
    """对…等12件政策文件进行解读 counts interpretations (GUIDELINES: 政策解读 N件), over a part after 其中; opinion counted
    before its name and answered (对…等36起重要舆情及时回应) is a response; passed on, none."""
    assert facts_of(nlp, 2019, "全年对市政府出台的27件重要政策文件同步进行了解读,其中采用图片图表方式解读9件。") == [
        ("interpret.policy_interpretations", 27)]
    assert facts_of(nlp, 2019, "对《生态城促进产业发展若干政策》等12件政策文件进行解读。") == [
        ("interpret.policy_interpretations", 12)]
    assert facts_of(nlp, 2019, "对12件规范性文件进行合法性审查。") == []
    assert facts_of(nlp, 2019, "对群众关注的城区停车收费、学校划片招生等36起重要舆情及时回应。") == [
        ("interpret.hot_responses", 36)]
    assert facts_of(nlp, 2019, "全年发现负面舆情23起,经核实后上报处置。") == []


def test_the_fresh_2016_2020_reports_rules(nlp):
    """Stop 23's rules from the fresh probes of 2016-2020 reports: documents counted by their disclosure attribute are
    no items and no requests; the kind of staff in brackets; people sent to a training are no staff; administrative
    fees are fees.amount; 申请内容不明确 is no request count; quoted outcome names; withdrawals that end a case; documents
    reviewed or amended are none; normative documents after a ministry's orders; a portal count with parts by level
    beside an account is the portal's, its parts too; inspections count no items."""
    assert facts_of(nlp, 2019, "严格落实公文公开属性源头认定制度,全年局发文387件,其中主动公开107件、依申请公开19件、"
                               "不予公开261件。") == []
    assert facts_of(nlp, 2020, "明确党政综合办公室为政务公开工作机构,配备工作人员2名(兼职)。") == [
        ("capacity.staff_part_time", 2)]
    assert facts_of(nlp, 2016, "厅机关从事政府信息公开工作人员28人(专职5人、兼职23人)。") == [
        ("capacity.staff", 28), ("capacity.staff_full_time", 5), ("capacity.staff_part_time", 23)]
    assert facts_of(nlp, 2016, "全区从事政府信息公开工作的人员共156人,其中专职23人。") == [
        ("capacity.staff", 156), ("capacity.staff_full_time", 23)]
    assert ("capacity.staff", 2) not in facts_of(nlp, 2017, "选派2名工作人员参加拉萨市组织的政府信息公开培训。")
    assert facts_of(nlp, 2019, "行政事业性收费项目23个,收费金额1.27亿元。") == [("fees.amount", 12700)]
    assert facts_of(nlp, 2016, '已办结31件,其中"同意公开"18件,"信息不存在"3件,"申请内容不明确"1件。') == [
        ("request.closed", 31), ("request.granted", 18), ("request.not_exist", 3)]
    assert facts_of(nlp, 2016, '请拨打"12345"热线。') == []
    assert facts_of(nlp, 2016, "被申请行政复议21件,其中维持16件,纠正2件,申请人撤回或因其他原因终止3件;被提起行政诉讼9件,"
                               "其中法院判决维持或驳回原告诉讼请求7件,原告撤诉1件。") == [
        ("litigation.other", 1), ("litigation.total", 9), ("litigation.upheld", 7), ("review.corrected", 2),
        ("review.other", 3), ("review.total", 21), ("review.upheld", 16)]
    assert facts_of(nlp, 2020, "废止部令1件、规范性文件17件,修改规范性文件5件。") == []
    assert facts_of(nlp, 2020, "本年度我部制定修订部门规章3件。") == [("rules.issued", 3)]
    assert ("normative.published", 9) in facts_of(nlp, 2019, "其中,发布部令3件、规范性文件9件,发布水利行业标准46项。")
    assert ("proactive.normative_docs", 46) in facts_of(
        nlp, 2017, "其中,发布交通运输部令28件,规范性文件46件,政策文件和工作动态类信息1.2万条。")
    assert facts_of(nlp, 2019, "全年通过区政府门户网站主动公开各类政府信息13562条,较2018年增长17.4%,其中区政府本级公开2147条,"
                               "区政府各部门公开8921条,各镇、街道公开2494条。通过“北辰发布”政务微博发布信息4216条。") == [
        ("proactive.website", 2147), ("proactive.website", 2494), ("proactive.website", 8921),
        ("proactive.website", 13562), ("proactive.weibo", 4216)]
    assert facts_of(nlp, 2016, "组织开展政府网站专项检查4次,通报问题网站9个。") == []


def test_the_fresh_reports_second_rounds_rules(nlp):
    """Stop 23's rules from round 8 of the fresh probes: no fee items is no zero; targets are plans; answers before
    2019 by their count first or by the form's rows; a mailbox's letters, people hired, vocational training, another
    body's training and information checked before disclosure are none; the other ways without a catalogue channel;
    the 第二十条 items in prose and the kinds after their total; documents made and disclosed in one verb; requests
    handled after those carried over; meetings of the work named by their kind; a bare negation under a heading."""
    assert facts_of(nlp, 2020, "作出行政强制处理决定31件。我局无行政事业性收费项目。") == [("coercion.decisions", 31)]
    assert facts_of(nlp, 2020, "2021年,我镇将加强业务学习,每年组织培训不少于2次。") == []
    assert facts_of(nlp, 2017, "(二)答复情况。11件申请均已按期答复。") == [("request.answered", 11)]
    assert facts_of(nlp, 2017, "298件申请已全部按期办结,其中:") == [("request.closed_on_time", 298)]
    assert facts_of(nlp, 2017, "按时办结5836件,延期答复100件。") == [
        ("request.closed_extended", 100), ("request.closed_on_time", 5836)]
    assert facts_of(nlp, 2020, "厅门户网站“厅长信箱”全年收到来信57件,办结57件,办结率100%。") == []
    assert facts_of(nlp, 2017, "全年组织全区事业单位公开招聘2批次,共招聘工作人员213人。") == []
    assert facts_of(nlp, 2019, "开展各类职业技能培训15期,培训农牧民群众820人次。") == []
    assert facts_of(nlp, 2020, "全年组织政务公开专题学习2次,参加市政府办组织的业务培训1次。") == []
    assert facts_of(nlp, 2017, "组织信息员参加区政府办公室举办的政府信息公开业务培训2次。") == [("capacity.trainings", 2)]
    assert facts_of(nlp, 2020, "全年审核拟公开信息600余条,未发生泄密和不当公开事件。") == []
    assert facts_of(nlp, 2019, "通过县广播电视台、《融水苗乡》报等其他渠道公开信息620余条。") == [("proactive.other_channels", 620)]
    assert facts_of(nlp, 2020, "作出行政处罚处理决定187件;作出行政强制(查封、扣押)处理决定14件。") == [
        ("coercion.decisions", 14), ("penalty.decisions", 187)]
    assert facts_of(nlp, 2019, "全年作出行政许可处理决定2386415件,其中签发出入境证件92.7万件,办理户籍业务41.3万件。") == [
        ("license.decisions", 2386415)]
    assert facts_of(nlp, 2020, "2020年,我局新制作并公开规范性文件1件,对外公开规范性文件总数6件。") == [
        ("normative.issued", 1), ("normative.published", 1), ("normative.valid", 6)]
    assert ("request.result_total", 17) in facts_of(
        nlp, 2019, "2019年,我局共收到政府信息公开申请17件,上年结转0件,本年度办理完毕17件,结转下年度继续办理0件。")
    assert facts_of(nlp, 2017, "全年召开全县政务公开工作推进会2次,开展业务培训3期。") == [
        ("capacity.meetings", 2), ("capacity.trainings", 3)]
    assert facts_of(nlp, 2016, "五、因政府信息公开申请提起行政复议、行政诉讼的情况\n2016年度,本局没有发生此类情况。") == [
        ("litigation.total", 0), ("review.total", 0)]
    assert facts_of(nlp, 2017, "五、行政复议和行政诉讼情况:0件。") == [("litigation.total", 0), ("review.total", 0)]


def test_the_stop_23_reviews_sentences(nlp):
    """A fresh review of stop 23's rules: letters and visits closed on time are no requests; a police station (派出所) and
    staff assigned (抽调) are no people sent; made and amended together is made, reviewed and published in force is in
    force; 发文 among what requests were about drops no outcome; the disclosure fees after a word of administrative fees
    stay the disclosure fees; a portal count with parts by site is the headline; counts on a channel in 次 stay; the
    other ways among all ways keep the headline; a training for the units of the body's trade is the disclosure work's;
    the area's units at the body's own office's training; two kinds made and disclosed in one verb; a sub-heading of
    an outcome denies no requests."""
    assert facts_of(nlp, 2017, "全年共受理群众来信来访236件,按期办结230件。") == []
    assert facts_of(nlp, 2016, "县公安局机关及12个派出所共配备政务公开专兼职工作人员26名。") == [("capacity.staff", 26)]
    assert facts_of(nlp, 2016, "局办公室抽调2名工作人员专门负责政府信息公开工作。") == [("capacity.staff", 2)]
    assert facts_of(nlp, 2020, "本年度制定(修订)行政规范性文件8件,均已按规定公开。") == [("normative.issued", 8)]
    assert facts_of(nlp, 2020, "全年梳理并公布现行有效规范性文件136件。") == [("normative.valid", 136)]
    assert facts_of(nlp, 2018, "全年共收到政府信息公开申请21件,申请内容主要涉及县政府发文、征地补偿等,其中予以公开15件,"
                               "部分公开2件,不予公开1件。") == [
        ("request.granted", 15), ("request.partial", 2), ("request.received", 21), ("request.refused", 1)]
    assert facts_of(nlp, 2022, "严格执行行政事业性收费有关规定,全年依申请公开政府信息共收取信息处理费1200元。") == [
        ("request.fees", 0.12)]
    assert ("proactive.total", 2903) in facts_of(nlp, 2018, "全年通过县政府门户网站群主动公开政府信息2903条,其中县政府门户"
                                                           "网站发布359条,各乡镇子网站发布2544条;通过政务微博发布信息820条。")
    assert facts_of(nlp, 2016, "全年通过县门户网站发布信息3560条,通过政务微博发布信息1280余次。") == [
        ("proactive.website", 3560), ("proactive.weibo", 1280)]
    assert ("proactive.total", 4862) in facts_of(
        nlp, 2016, "本年度通过互联网、新闻媒体和其他形式主动公开各类政府信息共计4862条,其中政府网站公开3517条。")
    assert facts_of(nlp, 2017, "举办政务公开业务培训班2期,培训各乡镇人社所、就业服务中心信息公开工作人员96人次。") == [
        ("capacity.trainees", 96), ("capacity.trainings", 2)]
    assert facts_of(nlp, 2017, "全县各乡镇、县直各部门政务公开工作人员参加县政府办公室举办的政务公开业务培训3次,"
                               "参训人员达260人次。") == [("capacity.trainees", 260), ("capacity.trainings", 3)]
    assert facts_of(nlp, 2019, "本年度新制定并公开规章1件、规范性文件12件。") == [
        ("normative.issued", 12), ("normative.published", 12), ("rules.issued", 1), ("rules.published", 1)]
    assert facts_of(nlp, 2016, "1.依申请公开不予公开情况\n无。") == []
