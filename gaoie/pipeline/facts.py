"""Prose facts of a normalised report: the pipeline runs only where it can find something.

Most of a report is boilerplate; the trained components see only the sentences that hold a
quantity or a negation cue, and never the statistics-table rows (read by :mod:`gaoie.tables`).
What they find is then read over the whole report by the rules of annotations/GUIDELINES.md
(:mod:`gaoie.pipeline.rules`), and each fact's span is mapped back to the input as given.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator, Sequence

from ..normalize import Normalized
from ..report import Fact
from .components import NEG_CUE
from .rules.base import SCOPE_PART, clause_before, earlier_year, planned, words_before
from .rules.capacity import (disclosure_meetings, documents_interpreted, each_unit, heads_attending, hot_responses,
                             not_disclosure_training, reading_visits, responses_by_way, staff_in_charge, staff_kind,
                             staff_sent, trained_people, trainings_negated)
from .rules.cases import (case_outcomes, not_about_disclosure, outcome_of, outcome_of_kinds_summed, stated_outcomes,
                          sum_of_kinds, upheld_answer)
from .rules.documents import (DOCUMENT_IDS, ITEM_20_IDS, document_kind, documents_checked, documents_disclosed,
                              documents_made_and_published, documents_negated, internal_rules, item_20_counts,
                              item_20_rows, items_changed, ministry_rules, not_decisions, statistics_rows)
from .rules.proactive import (board_counts, category_part, channels_summed, columns_opened, count_channel,
                              counted_first, documents_by_attribute, gazette_counts, gazette_items, mixed_channels,
                              new_media_counts, normative_part, not_items, other_bodys_portal, other_ways,
                              over_portal_and_accounts, published_items, reconcile_channels, running_total, years_part)
from .rules.requests import (answered_before_2019, by_applicant, carried_forward, consultation_way,
                             handled_and_answered, handled_beside_received, handled_requests, hotline_caseload,
                             newly_received, not_amended, not_closed, not_requests, not_this_agency, outcome_reasons,
                             reason_of, request_channel, requests_by_way, results_summed, told_to_act, ways_respectively,
                             with_carried_over)
from .rules.scopes import measured_part, one_value_each, scope_parts
from .rules.zeros import (administrative_fees, fee_counts, fee_negations, fees_not_taken, none_carried_over, not_a_zero,
                          zero_prefixed)
from .sections import heading_negations

ITEM_UNITS = {"条", "件", "篇", "份"}  # what a running total of items disclosed is counted in
# the report rules that read counts stated by construction, in this order
_STATED = (gazette_counts, board_counts, new_media_counts, counted_first, handled_beside_received, handled_and_answered,
           newly_received, case_outcomes, fee_counts, fee_negations, normative_part, staff_in_charge, results_summed,
           carried_forward, outcome_reasons, heads_attending, requests_by_way, stated_outcomes, responses_by_way,
           hot_responses, reading_visits, statistics_rows, ways_respectively, zero_prefixed, none_carried_over,
           documents_negated, documents_made_and_published, trained_people, items_changed, told_to_act, not_amended,
           not_this_agency, years_part, channels_summed, published_items, ministry_rules, documents_interpreted,
           disclosure_meetings, answered_before_2019)
# those whose reading of a count the scorer also read wins: what a gazette printed is no document count (刊登…行政规范性
# 文件等文件共计87件), a case's outcome is of its case (复议后起诉8件（结果维持5件…）), a table's label names its id; and an
# account's or a board's count is never the headline (new_media_counts, board_counts: over the scorer's
# proactive.total only); people trained
# (培训…320人次) are no training sessions; the form's 本年新收 names the requests received, whatever total it is a part of
_STATED_OVER_SCORER = (gazette_counts, case_outcomes, outcome_reasons, heads_attending, stated_outcomes,
                       responses_by_way, statistics_rows, ways_respectively, trained_people, newly_received, told_to_act,
                       not_amended, not_this_agency, answered_before_2019)
# those that read several ids of one anchor (one cue or count, an id for each verb): over the scorer's document ids
_SEVERAL_IDS = (documents_negated, documents_made_and_published)
# those that read by the report's year (a suit's kind from 2019, the year next to it, the year before it)
_STATED_BY_YEAR = (case_outcomes, carried_forward, items_changed, told_to_act, not_amended, years_part, documents_negated,
                   documents_made_and_published, new_media_counts, answered_before_2019)

_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_HAS_NUMBER = re.compile(r"\d|[零〇一二两三四五六七八九十百千万]+[余多]?[条件宗份封次场期个人名批篇项元]|[为是]零")  # 六百四十余条
_PROSE_PUNCT = re.compile(r"[，。；！？,;!?]|(?<!其中)[：:]")  # 其中：主动公开规范性文件数 is a table's label
_TABLE_END = re.compile(r"\s*(?:[-−]?\d[\d,.]*\s*)?$")  # an empty or a number cell
_HEADED = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")  # 三、 (一)
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_TABLE_ROW = re.compile(r"\||(?:^|\s)\d[\d.]*(?:\s+\d[\d.]*){2,}\s*$")  # pipe cells, or a run of numbers


def relevant_sentences(text: str, lexicon=None, skip: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for every sentence with a quantity, or with a negation cue and (given a
    lexicon) a word that names an indicator; table rows are left to the table layouts, and so are the
    labels and rows in the ``skip`` spans (the tables they read: :func:`in_table`)."""
    from ..quantities import find_quantities

    lexicon = lexicon or default_lexicon()
    for m in _SENTENCE.finditer(text):
        s, start = m.group(), m.start()
        # prose run on after a table's last cell, its line break lost (…| 0 | ||三、…共收到8份申请。): the prose, where a
        # table ended (an empty or number cell before) or the prose is long or headed; not a row's value cell
        # (| 其中：政府网站 | 发布信息1500条)
        if "|" in s:
            cut = s.rfind("|") + 1
            last_cell = s[s.rfind("|", 0, cut - 1) + 1:cut - 1]
            if _TABLE_END.match(last_cell) or _HEADED.match(s, cut) or len(s) - cut >= 40:
                s, start = s[cut:], start + cut
        if len(s.strip()) < 3 or _TABLE_ROW.search(s) or in_table(text, start, skip):
            continue
        if (_HAS_NUMBER.search(s) and find_quantities(s)) or (NEG_CUE.search(s) and lexicon.pattern.search(s)):
            yield start, s


def in_table(text: str, pos: int, skip: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in a table's label or row: inside a ``skip`` span, on a line with no punctuation of
    prose outside brackets (a line between the sub-tables of table 二 that has some is prose: 本年度共受理申请21件，
    办理情况如下：; a label's note in brackets is not: …舆情数(不同方式回应同一热点或舆情计1次))."""
    if not any(a <= pos < b for a, b in skip):
        return False
    line = text[text.rfind("\n", 0, pos) + 1: (text.find("\n", pos) + 1 or len(text) + 1) - 1]
    return not _PROSE_PUNCT.search(_BRACKETED.sub("", line))


@lru_cache(maxsize=1)
def default_lexicon():
    from .lexicon import Lexicon

    return Lexicon.from_catalogue()


def doc_facts(doc) -> list[dict[str, Any]]:
    return list(doc._.facts or [])


def prose_facts(nlp, norm: Normalized, batch_size: int = 64, year: int | None = None,
                skip: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """The pipeline's facts over the relevant sentences of ``norm``, spans in the input; ids as
    the report's era names them (``year``, by default :func:`gaoie.meta.report_year`). ``skip``:
    spans of ``norm.text`` the statistics tables took (:func:`gaoie.tables.read_tables`)."""
    from ..catalogue import era_id, in_outline
    from ..meta import report_year

    if year is None:
        year = report_year(norm.text)
    sentences = list(relevant_sentences(norm.text, skip=skip))
    found: list[tuple[dict[str, Any], str]] = []
    running: list[dict[str, Any]] = []  # running totals: no facts, but they make a portal count the channel's
    for (offset, sentence), doc in zip(sentences, nlp.pipe((s for _, s in sentences), batch_size=batch_size)):
        linked = {f["start"] for f in doc_facts(doc)}
        for q in doc.spans.get("quantities", ()):  # a running total is one, linked or not (在区政府网站…36条,历年累计412条)
            unlinked = {"indicator": "proactive.total", "start": q.start_char, "end": q.end_char}
            if (q.start_char not in linked and q._.unit in ITEM_UNITS
                    and not not_items(unlinked, clause_before(sentence, q.start_char))
                    and running_total(unlinked, sentence[:q.start_char], sentence[q.end_char:], year)):
                running.append({**unlinked, "start": offset + q.start_char, "end": offset + q.end_char})
        for f in doc_facts(doc):
            before = sentence[:f["start"]]
            clause = clause_before(sentence, f["start"])
            if running_total(f, before, sentence[f["end"]:], year):
                running.append({**f, "start": offset + f["start"], "end": offset + f["end"]})
                continue
            if (not_requests(f, before, clause) or by_applicant(f, before, clause) or hotline_caseload(f, before)
                    or not_a_zero(f, sentence)):
                continue
            mention = {**f["mention"], "start": offset + f["mention"]["start"], "end": offset + f["mention"]["end"]}
            indicator = reason_of(upheld_answer(request_channel(f["indicator"], before, clause), clause), clause, year)
            found.append(({**f, "indicator": outcome_of(indicator, norm.text, mention["start"], year),
                           "start": offset + f["start"], "end": offset + f["end"], "mention": mention}, clause))
    stated = {(f["indicator"], f["value"]) for f, _ in found}
    found += [(f, "") for f in heading_negations(norm.text) if (f["indicator"], f["value"]) not in stated]
    for stated_by_construction in _STATED:  # where no fact stands yet; over the scorer's id, where the text says so
        anchored = {f["start"]: f for f, _ in found}
        read = (stated_by_construction(norm.text, year) if stated_by_construction in _STATED_BY_YEAR
                else stated_by_construction(norm.text))
        if stated_by_construction in _SEVERAL_IDS:  # one anchor, an id for each verb: over the scorer's document ids
            read = list(read)
            cues = {f["start"] for f in read}
            found = [(g, c) for g, c in found if not (g["start"] in cues and g["indicator"].startswith(DOCUMENT_IDS))]
            found += [(f, "") for f in read]
            continue
        for f in read:
            if f["start"] not in anchored:
                found.append((f, ""))
            elif (stated_by_construction in (new_media_counts, board_counts)
                  and anchored[f["start"]]["indicator"] == "proactive.total"
                  or stated_by_construction in _STATED_OVER_SCORER):
                anchored[f["start"]]["indicator"] = f["indicator"]
    table_rows = list(item_20_counts(norm.text))  # the 第二十条 table as prose: its labels name the ids, and
    if table_rows:  # its rows in the table's form hold no other of its ids (其他对外管理服务事项 has no 上一年项目数量)
        at_rows = {f["start"] for f in table_rows}
        rows = [(row.start(), end) for row, end in item_20_rows(norm.text, table_form=True)]
        found = [(f, c) for f, c in found if f["start"] not in at_rows and not (
            f["indicator"] in ITEM_20_IDS and any(s <= f["start"] < e for s, e in rows))] + [(f, "") for f in table_rows]
    measured: dict[tuple[int, str], tuple[dict[str, Any], str]] = {}
    moved: set[tuple[int, str]] = set()  # keys held by a total's part, moved there from its total
    for f, c in found:
        if not in_table(norm.text, f["start"], skip):  # the tables' own
            part = measured_part(norm.text, f)
            key = (part["start"], part["indicator"])
            if key not in measured or key in moved and part is f:  # the part may stand already, read as itself
                measured[key] = (part, c)
                moved.discard(key)
                if part is not f:
                    moved.add(key)
    found = list(measured.values())
    at = {f["start"]: i for i, (f, _) in enumerate(found)}
    for f, _ in list(found):
        for part in scope_parts(norm.text, f):
            i = at.get(part["start"])
            if i is None:
                found.append((part, SCOPE_PART))
            else:  # the scorer found the part too, maybe as another thing's: one value of several, by level
                found[i] = ({**found[i][0], "indicator": part["indicator"]}, SCOPE_PART)
    # the report-level rules of GUIDELINES.md, in this order
    found = [(f, clause) for f, clause in found if not not_items(f, clause) and not category_part(f, clause, norm.text)
             and not sum_of_kinds(f, clause) and not outcome_of_kinds_summed(norm.text, f)
             and not with_carried_over(norm.text, f, clause)
             and not each_unit(f, clause) and not staff_sent(f, clause)
             and not not_disclosure_training(f, clause) and not not_about_disclosure(norm.text, f)
             and not other_bodys_portal(f, clause, norm.text) and not columns_opened(f, clause)
             and not planned(norm.text, f, year) and not earlier_year(norm.text, f, year)
             and not fees_not_taken(f, clause) and not documents_by_attribute(f, clause, norm.text)]
    for f, clause in found:
        if gazette_items(f, clause, norm.text):
            f["indicator"] = "proactive.gazette_items"
        else:
            f["indicator"] = consultation_way(f, clause)
            f["indicator"] = trainings_negated(f, clause)
            f["indicator"] = staff_kind(f, norm.text)
            f["indicator"] = administrative_fees(f, norm.text)
            f["indicator"] = other_ways(f, clause)
    mixed = [mixed_channels(f, clause) for f, clause in found]  # no fact, but a sibling of the channel counts
    reconcile_channels([(f, None if m else count_channel(norm.text, f, clause)) for (f, clause), m in zip(found, mixed)],
                       norm.text, running)
    stated_total = any(f["indicator"] == "proactive.total" and not m for (f, _), m in zip(found, mixed))
    headline = [m and not stated_total and over_portal_and_accounts(clause) for (_, clause), m in zip(found, mixed)]
    for (f, _), h in zip(found, headline):
        if h:  # GUIDELINES: a count over the portal and named accounts is the headline, where none is stated
            f["indicator"] = "proactive.total"
    found = [x for x, m, h in zip(found, mixed, headline) if not m or h]
    found = handled_requests(found)
    for f, clause in found:
        f["indicator"] = era_id(document_kind(f, clause, norm.text), year, f["mention"]["text"], clause,
                                words_before(norm.text, f["start"]))
    found = [(f, clause) for f, clause in found
             if in_outline(f["indicator"], year) and not not_decisions(f, clause) and not not_closed(f, clause)
             and not documents_disclosed(f, clause, year) and not internal_rules(f, clause, norm.text)
             and not documents_checked(f, clause, norm.text)]
    found = one_value_each(found, norm.text)
    facts: list[Fact] = []
    for f, _ in found:
        start, end = norm.to_original(f["start"], f["end"])
        ms, me = norm.to_original(f["mention"]["start"], f["mention"]["end"])
        facts.append(Fact(indicator=f["indicator"], value=f["value"], unit=f["unit"], approx=f["approx"],
                          source="prose", start=start, end=end, text=norm.original[start:end],
                          applicant=None, score=f.get("score"), negated=f["negated"],
                          mention={"start": ms, "end": me, "text": norm.original[ms:me]}))
    return facts
