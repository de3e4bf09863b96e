"""Reviews and lawsuits: the case an outcome belongs to (a lawsuit filed directly or after review, from
2019), cases that are no disclosure cases, sums over two kinds of case.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from .base import PARTS_START, clause_start, fact_of_match, listed_items, stated_counts, stated_fact


# a case count said not to be about disclosure (因劳动保障监察投诉处理引发的行政复议42件，不属于政府信息公开类)
_NOT_DISCLOSURE_CASE = re.compile(r"[^。]{0,6}?(?:(?:不属于|不涉及)(?:政府)?信息公开|与(?:政府)?信息公开(?:工作)?无关)")


def not_about_disclosure(text: str, fact: dict[str, Any]) -> bool:
    return (not fact["negated"] and fact["indicator"].split(".")[0] in ("review", "litigation", "complaints")
            and bool(_NOT_DISCLOSURE_CASE.match(text, fact["end"])))


# and sums over cases of two kinds (全市行政复议、行政诉讼案件合计32件)
_CASE_KIND = (("复议", "review"), ("诉讼", "litigation"), ("申诉", "complaints"), ("投诉", "complaints"),
              ("举报", "complaints"))
_SUMMED = re.compile(r"(?:合计|共计|总计|总数|共)(?:为|达)?\s*$")
_KIND_WORD = r"(?:复议|诉讼|申诉|投诉|举报)"
_KINDS_LISTED = re.compile(rf"{_KIND_WORD}[^，,;；。]{{0,4}}?[、和及与][^，,;；。]{{0,6}}?{_KIND_WORD}")


def sum_of_kinds(fact: dict[str, Any], clause: str) -> bool:
    """A count summed over cases of two kinds (行政复议、行政诉讼案件合计32件): no fact of either (a sum of 0 is
    each one's 0)."""
    if fact["negated"] or fact["value"] == 0 or not _SUMMED.search(clause):
        return False
    listed = _KINDS_LISTED.search(clause)  # siblings of a list (复议、诉讼), not 复议后提起行政诉讼合计2件
    kinds = {kind for word, kind in _CASE_KIND if listed and word in listed.group()}
    return len(kinds) > 1


_KINDS_SUMMED = re.compile(_KINDS_LISTED.pattern + r"[^，,;；。\d]{0,8}?(?:合计|共计|总计|共)(?:为|达)?\s*\d")
_ONE_KIND = re.compile(r"复议|诉讼|起诉|应诉|法院|申诉|投诉|举报")  # a part of one kind (其中应诉3件，维持2件)


def outcome_of_kinds_summed(text: str, fact: dict[str, Any]) -> bool:
    """An outcome counted after a sum over cases of two kinds, in its sentence (行政复议、行政诉讼案件合计26件，被纠错3件):
    an outcome of both kinds together, no fact of either."""
    from ...catalogue import case_outcome

    if fact["negated"] or case_outcome(fact["indicator"]) is None:
        return False
    before = text[clause_start(text, fact["start"], "。；;\n"):fact["start"]]
    summed = list(_KINDS_SUMMED.finditer(before))
    return bool(summed) and not _ONE_KIND.search(before, summed[-1].end())


# a review's outcome stated with the reviewer (复议维持十一件, 经复议维持原答复1件, 其中复议维持5件); the count first (其余3件
# 复议机关维持具体行政行为)
_REVIEW_UPHELD = re.compile(r"(?P<m>(?:经)?(?:行政)?复议(?:机关)?(?:决定)?维持)(?:了)?(?:原(?:答复|行政行为|决定)|具体行政行为|原具体行政行为)?"
                            r"的?\s*(?P<q>\d+\s*(?:件|宗|起))")
_REVIEW_UPHELD_AFTER = re.compile(r"(?P<q>\d+\s*(?:件|宗|起))\s*(?P<m>(?:经)?(?:行政)?复议(?:机关)?(?:决定)?维持)")


def stated_outcomes(text: str) -> Iterator[dict[str, Any]]:
    """Review outcomes stated with the reviewer (复议维持十一件, 其余3件复议机关维持具体行政行为)."""
    yield from stated_counts(text, _REVIEW_UPHELD, "review.upheld", "件")
    yield from stated_counts(text, _REVIEW_UPHELD_AFTER, "review.upheld", "件")


# a case's words and its count, no outcome between them (未经复议直接起诉，结果维持3件: 3 is the upheld count)
_CASE_TOTAL = re.compile(r"(?P<case>(?<!未)(?:经)?(?:行政)?复议后(?:提起|提出)?(?:行政)?(?:起诉|诉讼)|(?<!未经)行政复议(?!后)|"
                         r"未经(?:行政)?复议(?:直接)?(?:提起|提出)?(?:行政)?(?:起诉|诉讼)|直接(?:提起)?(?:行政)?(?:起诉|诉讼)|行政诉讼)"
                         r"(?:案件)?(?:(?!维持|纠正|其他|尚未|审结|结果)[^。;；\d]){0,6}?(?P<q>\d+\s*(?:件|宗|起))")
# an outcome in the words of the decision (确认违法, 撤销, 责令重新答复: corrected; 申请人撤回, 原告撤诉, 终止: other; a court
# that 驳回 the claim upholds the answer), its decider before it (复议机关维持7件, 法院判决维持1件)
_DECIDER = r"(?:被?(?:经)?(?:(?:复议机关|行政复议|复议|法院|一审|二审)(?:判决|决定|裁定)?|判决|裁定))?"
_OUTCOME = (r"(?:结果)?被?(?:依法)?(?:维持(?:具体行政行为|原(?:具体行政行为|行政行为|答复|决定))?"
            r"(?:或驳回(?:原告)?(?:的)?(?:起诉或诉讼请求|诉讼请求|起诉))?|纠正|纠错|确认违法|"
            r"撤销(?:原?(?:答复|决定|具体行政行为))?|责令(?:重新(?:答复|作出)|履行|限期)[^，,;；。\d]{0,8}?|"
            r"驳回(?:原告)?(?:的)?(?:起诉或诉讼请求|诉讼请求|起诉)|(?:因)?(?:申请人|原告)?(?:主动)?撤回(?:申请|起诉)?(?:或因?其他原因)?(?:而)?"
            r"(?:终止(?:审理|复议|诉讼)?)?|终止(?:审理|复议|诉讼)?|(?:原告)?(?:主动)?撤诉|"
            r"其他(?:结果)?(?!处理)|尚未审结|尚在审理(?:中)?|正在审理(?:中)?)")
_DECIDED_BY = re.compile(_DECIDER)
_COURT = re.compile(r"法院|判决|裁定|一审|二审")
_OUTCOME_ITEM = re.compile(rf"\s*(?P<m>{_DECIDER}{_OUTCOME})的?\s*(?P<q>\d+\s*(?:件|宗|起))")
_OUTCOME_WORDS = (("尚未", "pending"), ("尚在", "pending"), ("正在", "pending"), ("维持", "upheld"), ("驳回", "upheld"),
                  ("纠正", "corrected"), ("纠错", "corrected"), ("确认违法", "corrected"), ("撤销", "corrected"), ("责令", "corrected"),
                  ("撤回", "other"), ("撤诉", "other"), ("终止", "other"), ("其他", "other"))
# the outcomes after a comma, or after the words that all are closed (提起行政诉讼2件，均已审结，法院判决维持1件，…)
_OUTCOMES_AFTER_COMMA = re.compile(r"\s*[,，]\s*(?:(?:均已|已全部|全部)审结[,，]\s*)?"
                                   rf"(?={_DECIDER}(?:结果)?被?(?:维持|纠正|确认违法|撤销|驳回|其他结果|尚未审结)[^，,;；。]{{0,12}}?\d)")


_A_PART = re.compile(r"其中|含|包括|[(（]")
# every suit of one kind, said after their count (…2件，均为未经复议直接起诉; …1件（未经复议直接起诉）)
_ALL_OF_A_KIND = re.compile(r"\s*(?:[,，]\s*(?:均为|均系|都是|全部为|均属|为)|[(（]\s*(?:均为|为)?)\s*(?P<case>未经(?:行政)?复议(?:直接)?"
                            r"(?:提起|提出)?(?:行政)?(?:起诉|诉讼)|(?:经)?(?:行政)?复议后(?:提起|提出)?(?:行政)?(?:起诉|诉讼))"
                            r"(?:的?(?:案件)?)?\s*[)）]?")
_SHARED_COUNT = re.compile(r"[均都各、和及与]|分别")


def case_kind(case: str, year: int | None = None) -> str:
    """The id prefix of a case's words: a review, a lawsuit, from 2019 (``year``) one filed directly (未经复议直接起诉)
    or after review (经复议后提起行政诉讼); before, the format counts lawsuits alone."""
    if "复议" in case and "复议后" not in case and "未经" not in case:
        return "review."
    if year is not None and year < 2019:
        return "litigation."
    if "复议后" in case:
        return "litigation.after_review_"
    return "litigation.direct_" if "未经" in case or "直接" in case else "litigation."


def case_outcomes(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """A case total's outcomes listed after 其中 or in brackets (行政复议案件8宗,其中:维持具体行政行为的5宗;结果被纠正2宗;
    尚未审结1宗; 未经复议直接起诉33件（结果维持19件、结果纠正2件…）): each item's outcome of that case (a lawsuit filed
    directly or after review: the table 四 ids of its kind). The items stand in sentences of their own (a sentence
    ends at ；), where the scorer cannot see the case they belong to. ``year``: the report's (:func:`case_kind`)."""
    from ...quantities import find_quantities

    totals = list(_CASE_TOTAL.finditer(text))
    for i, total in enumerate(totals):
        kind = case_kind(total.group("case"), year)
        s0 = clause_start(text, total.start(), "。；;\n")
        shared = _SHARED_COUNT.search(text, total.end("case"), total.start("q"))  # 直接起诉、复议后起诉均为0件: the scorer's
        suit_of_a_kind = any(w in total.group("case") for w in ("未经", "直接", "复议后"))  # its total: the kind's, or a
        part = kind == "litigation." and _A_PART.search(text, s0, total.start())  # suit's before 2019, but for a part
        if suit_of_a_kind and not shared and not part and len(qs := find_quantities(total.group("q"))) == 1:
            yield stated_fact(f"{kind}total", "件", qs[0], total.start("q"), (total.start("case"), total.end("case"),
                                                                            total.group("case")))
        all_of = _ALL_OF_A_KIND.match(text, total.end())  # 被提起行政诉讼2件，均为未经复议直接起诉，其中维持1件…: the
        if all_of and kind == "litigation." and (year is None or year >= 2019):  # outcomes are of that kind (its total
            kind = case_kind(all_of.group("case"), year)  # beside the suits' is left out: annotators split, GUIDELINES)
            total = all_of
        start = PARTS_START.match(text, total.end())
        if start is None and not (suit_of_a_kind and any(t.start() >= s0 and t.group("case") != total.group("case")
                                                         for t in totals[:i])):
            start = _OUTCOMES_AFTER_COMMA.match(text, total.end())  # not after both kinds (…直接起诉3件，复议后起诉1件，
            # 结果维持2件: the suits' outcomes)
        item_kind = kind
        for m in listed_items(text, start.end() if start else None, _OUTCOME_ITEM):
            qs = find_quantities(m.group("q"))
            outcome = next(o for w, o in _OUTCOME_WORDS if w in m.group("m"))
            decider = _DECIDED_BY.match(m.group("m")).group()  # 行政复议186件、行政诉讼94件，其中复议结果维持121件、
            item_kind = ("review." if "复议" in decider else "litigation." if item_kind == "review." and _COURT.search(decider)
                         else item_kind)  # 纠错1件，法院判决维持80件: each outcome its decider's case, until another
            if outcome == "upheld" and "驳回" in m.group("m") and item_kind == "review.":
                continue  # a review's 驳回 is of the application, no outcome the form names
            if len(qs) == 1:
                yield fact_of_match(f"{item_kind}{outcome}", "件", m, qs[0])


# the case an outcome belongs to: a suit filed after review or directly (of its kind from 2019), a review, a suit
_CASE = re.compile(r"未经(?:行政)?复议(?:直接)?(?:提起|提出)?(?:行政)?(?:起诉|诉讼)|(?:经)?(?:行政)?复议后(?:提起|提出)?(?:行政)?(?:起诉|诉讼)|"
                   r"直接(?:提起)?(?:行政)?(?:起诉|诉讼)|复议|诉讼|起诉")


_UPHOLDS = re.compile(r"维持(?:了)?(?:原|我[局委厅部办])?(?:政府信息公开)?(?:答复|决定|具体行政行为)")


def upheld_answer(indicator: str, clause: str) -> str:
    """A count of answers upheld (经复议维持原答复的35件) is the upheld outcome of a case, not of requests
    answered; :func:`outcome_of` tells which case."""
    if indicator in ("request.answered", "request.result_total", "request.closed") and _UPHOLDS.search(clause):
        return "review.upheld"
    return indicator


_COUNTED = re.compile(r"(?:案件)?(?:共|为)?\s*\d")  # a case word with its own count (复议后起诉1件)


def outcome_of(indicator: str, text: str, mention_start: int, year: int | None = None, window: int = 80) -> str:
    """An outcome (维持, 纠正, 尚未审结 ...) belongs to the case named last before it: 行政诉讼案件7宗,
    其中:维持具体行政行为的6宗;尚未审结1宗 -> litigation.upheld, litigation.pending; from 2019 (``year``) a suit filed
    directly or after review has its own (未经复议直接起诉，结果维持3件 -> litigation.direct_upheld)."""
    from ...catalogue import case_outcome

    outcome = case_outcome(indicator)
    if outcome is None:
        return indicator
    named = list(_CASE.finditer(text, max(0, mention_start - window), mention_start))
    if not named:
        return indicator
    kind = case_kind(named[-1].group(), year)
    kinds = {case_kind(m.group(), year) for m in named} - {"review.", "litigation."}
    if kind in kinds and len(kinds) > 1 and _COUNTED.match(text, named[-1].end(), mention_start):
        return f"litigation.{outcome}"  # 其中未经复议直接起诉3件，复议后起诉1件。审理结果中，结果维持2件: of the suits, both kinds
    return f"{kind}{outcome}"
