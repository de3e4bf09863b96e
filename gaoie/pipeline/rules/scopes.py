"""Scopes and parts: a total's values by level, the part of a count its indicator measures, and one value
of an indicator per report.
"""
from __future__ import annotations

import re
from typing import Any

from .base import OWN_LEVEL, PARTS_START, PROACTIVE_COUNTS, SCOPE, SCOPE_PART, YEARS_PART, clause_start, words_before


# GUIDELINES (Scopes): a total's parts by level are each a value of its indicator: 全省共受理申请8453件,
# 其中省级受理6369件、市级受理1231件、县级受理853件. A part is a scope word, at most a verb, a number.
_SCOPE_BASE = (r"(?:省|自治区|市州|设区市|县市区|区县市|县区|区县|市县|县市|旗县市区|旗县市|旗县区|旗县|盟市|旗区|"
               r"乡镇|街道镇|街道|街镇|镇街|苏木镇|苏木|市|州|盟|县|区|旗|"
               r"乡|镇|街)(?:\([省市县区州地盟旗乡镇街道、开发区园办事处]+\))?")  # 市(州、地), 县(区、市), 乡镇(开发区)
# a level, or two joined (县直部门和乡镇(街道), 行署及地直部门, 各部门及乡镇)
_SCOPE_UNIT = (rf"(?:各|全)?(?:各部门|市县两|[省市县区地盟州]直(?:部门|单位|各部门)?|行署|{_SCOPE_BASE})"
               r"(?:本级|级(?:及以下)?|直属部门|直部门)?(?:政府)?(?:办公厅|办公室|办事处)?(?:本级)?(?:(?:及其|及|和)?(?:部门|单位|各部门|机关))?")
_SCOPE_WORD = rf"{_SCOPE_UNIT}(?:(?:及|和|与|、){_SCOPE_UNIT})?(?:\([^()]{{1,12}}\))?"  # 县本级(县政府办公室)
_SCOPE_PART = re.compile(rf"\s*({_SCOPE_WORD})\s*(?:共|共计)?(?:主动公开|受理|收到|公开|发布|办理|接收|开设|开通|召开|举办)?\s*"
                         r"(?:约|近|超过)?\s*\d[\d.]*(?:,\d{3})*\s*(?:万|余|多)*\s*[\u4e00-\u9fff]{0,2}")
_LIST_WORDS = re.compile(r"\s*[、和及与]\s*")
_LEVEL_FIRST = re.compile(rf"\s*(?:其中)?[\s,，:：]*(?:\d+\s*个)?{_SCOPE_WORD}")
_LEVELS_RESPECTIVELY = re.compile(rf"\s*[,，]\s*(?:全[省市县区])?(?P<levels>{_SCOPE_WORD}(?:\s*[、和及与]\s*{_SCOPE_WORD})+)\s*"
                                  r"(?:行政机关|三级|两级)?\s*(?:分别|依次)(?:受理|收到|公开|发布|为|是)?\s*"
                                  r"(?P<values>\d[\d,.]*\s*(?:万|余|多)*\s*[件条次场个篇](?:\s*[、和及与]\s*\d[\d,.]*\s*"
                                  r"(?:万|余|多)*\s*[件条次场个篇])+)")
# one level's values of several counts listed before it (被申请行政复议56件、提起行政诉讼23件，其中市本级分别为12件、5件)
_LEVEL_RESPECTIVELY = re.compile(rf"[,，]\s*其中\s*(?P<level>{_SCOPE_WORD})\s*(?:分别|依次)(?:为|是)?\s*"
                                 r"(?P<values>\d[\d,.]*\s*(?:万|余|多)*\s*[件条次场个篇](?:\s*[、和及与]\s*\d[\d,.]*\s*"
                                 r"(?:万|余|多)*\s*[件条次场个篇])+)")
_SENTENCE_STOP = re.compile(r"[。；;\n]")
_LEVEL = re.compile(r"\s*(?:[省市县区]级|[省市县区](?:政府)?本级|本级|[省市县区]直)")
# the area's count right after the body's own (区政府本级收到申请38件，全区各单位共收到211件): a value of the same indicator
# (GUIDELINES, stop 17: the government's own count beside its area's), its clause no more than the area, a verb, a number
_AREA_BESIDE = re.compile(r"\s*[,，;；]\s*(?:而)?全[省市县区旗镇乡](?:各(?:级|单位|部门|级行政机关|地|[市县区]))?"
                          r"(?:各单位|各部门)?(?:共|共计|合计)?\s*(?P<verb>收到|受理|接收|公开|发布|主动公开)?(?:信息|申请)?\s*"
                          r"(?P<value>(?:约|近|超过)?\s*\d[\d.,]*\s*(?:万|余|多)*\s*[件条次场个篇])")
_AREA_VERBS = {"request.received": {"收到", "受理", "接收"}, "proactive.total": {"公开", "发布", "主动公开"}}
_PARTS_SEP = re.compile(r"(?:\s*[,，]\s*占[^,，;；。]{0,12}%)?\s*[、,，;；]")  # 省级受理6369件,占总量的74.9%;


def names_a_level(words: str) -> bool:
    """Whether a count's clause names a level (区政府本级, 县直部门, 20个乡镇, 各镇、街道): a part by level."""
    return bool(SCOPE.search(words) or _LEVEL_FIRST.match(words))


def scope_parts(text: str, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The values by level that follow a total after 其中 (offsets into ``text``), each a fact of the
    total's indicator: 其中省级1846件、市级3521件、县级5433件 after 全省共受理政府信息公开申请1.08万件; or listed after
    the levels (省级、市级、县级行政机关分别受理1,102件、2,317件和3,967件); or one level's values of the counts listed
    before it, in order (行政复议56件、行政诉讼23件，其中市本级分别为12件、5件)."""
    from ...catalogue import get_catalogue
    from ...quantities import find_quantities, to_unit
    from ..components import prose_fact

    if fact["negated"]:
        return []
    listed = _LEVELS_RESPECTIVELY.match(text, fact["end"])
    if listed:
        values = find_quantities(listed.group("values"))
        levels = _LIST_WORDS.split(listed.group("levels"))
        if len(values) != len(levels) or any(q.unit not in (None, fact["unit"]) for q in values):
            return []
        a = listed.start("values")
        return [prose_fact(fact["indicator"], q.value, fact["unit"], q.approx, False, fact.get("score"),
                           (a + q.start, a + q.end, q.text),
                           (fact["mention"]["start"], fact["mention"]["end"], fact["mention"]["text"])) for q in values]
    stop = _SENTENCE_STOP.search(text, fact["end"])
    level = _LEVEL_RESPECTIVELY.search(text, fact["end"], stop.start() if stop else len(text))
    if level:
        s0 = clause_start(text, fact["start"], "。；;\n")
        counts = [q for q in find_quantities(text[s0:level.start()]) if q.unit]
        values = find_quantities(level.group("values"))
        at = [i for i, q in enumerate(counts) if s0 + q.start == fact["start"]]
        if len(counts) == len(values) and at and values[at[0]].unit == counts[at[0]].unit:
            q, a = values[at[0]], level.start("values")
            return [prose_fact(fact["indicator"], q.value, fact["unit"], q.approx, False, fact.get("score"),
                               (a + q.start, a + q.end, q.text),
                               (fact["mention"]["start"], fact["mention"]["end"], fact["mention"]["text"]))]
    area = _AREA_BESIDE.match(text, fact["end"])
    if (area and OWN_LEVEL in words_before(text, fact["start"])
            and (area.group("verb") is None or area.group("verb") in _AREA_VERBS.get(fact["indicator"], ()))):
        q = find_quantities(area.group("value"))
        if len(q) == 1 and q[0].unit == fact["unit"]:
            a0 = area.start("value") + q[0].start
            return [prose_fact(fact["indicator"], q[0].value, fact["unit"], q[0].approx, False, fact.get("score"),
                               (a0, a0 + len(q[0].text), q[0].text),
                               (fact["mention"]["start"], fact["mention"]["end"], fact["mention"]["text"]))]
    start = PARTS_START.match(text, fact["end"])
    if not start:
        return []
    unit = get_catalogue()[fact["indicator"]].unit
    own = next(iter(find_quantities(fact["text"])), None)  # the total's unit as written (场 for a count of 次)
    units = {fact["unit"]} | ({own.unit} if own is not None and own.unit else set())
    parts, pos = [], start.end()
    while (m := _SCOPE_PART.match(text, pos)):
        qs = find_quantities(m.group())
        if len(qs) != 1:
            break
        q = qs[0]
        value = to_unit(q.value, q.unit, unit)
        if value is None or q.unit is not None and not any(u in q.unit or q.unit in u for u in units):
            break
        a0 = m.start() + q.start
        parts.append(prose_fact(fact["indicator"], value, unit, q.approx, False, fact.get("score"),
                                (a0, a0 + len(q.text), q.text),
                                (fact["mention"]["start"], fact["mention"]["end"], fact["mention"]["text"])))
        sep = _PARTS_SEP.match(text, m.end())
        if not sep:
            break
        pos = sep.end()
    if len(parts) == 1 and not _LEVEL.match(text, start.end()):  # one part: only a named level (其中省级部门…)
        return []
    return parts


# FACTS rule 1 (only the quantities that measure an indicator): a count of all cases whose part about disclosure
# follows (行政复议案件共9件，其中涉及政府信息公开的2件) is no count of disclosure cases, its part is; and GUIDELINES (sums
# the catalogue has no id for): requests new and carried over together (共受理申请41件，其中本年新收38件) are none,
# the new ones are the requests received
_PART_WORDS = r"\s*(?:为|有|共)?\s*[:：]?\s*"
_MEASURED_PART = (
    (("review", "litigation", "complaints"),
     re.compile(r"\s*[,，]?\s*其中\s*(?:涉及|关于|因|属于|为)?(?:政府)?信息公开(?:工作)?(?:的|类|方面的?)?"
                r"(?:行政复议|行政诉讼|复议|诉讼)?(?:案件|申请)?" + _PART_WORDS)),
    (("request.received",),
     re.compile(r"\s*(?:[,，]?\s*其中|[(（]\s*(?:其中)?)\s*(?:(?:本年度?)?新收(?:到)?的?(?:政府信息公开)?(?:申请)?(?:数量)?|"
                r"(?:属于|为|是)(?:政府)?信息公开(?:类|方面)?的?(?:申请)?)" + _PART_WORDS)),
)


def measured_part(text: str, fact: dict[str, Any]) -> dict[str, Any]:
    """``fact``, or the part after it that its indicator measures (:data:`_MEASURED_PART`)."""
    from ...quantities import find_quantities

    if fact["negated"]:
        return fact
    pattern = next((p for ids, p in _MEASURED_PART
                    if fact["indicator"] in ids or fact["indicator"].split(".")[0] in ids), None)
    m = pattern.match(text, fact["end"]) if pattern else None
    qs = find_quantities(text[m.end():m.end() + 8]) if m else []
    if not qs or qs[0].start != 0 or qs[0].unit not in ("件", "宗", "起", "个", "项", "份"):
        return fact
    q, a0 = qs[0], m.end()
    return {**fact, "value": float(q.value), "approx": q.approx, "start": a0, "end": a0 + len(q.text), "text": q.text}


# A report states an indicator once (for itself): further values are parts (其中来自公民申请1482宗),
# running totals (历年累计52条) or another thing's count, unless their clause names a scope. Counts
# per channel or per platform and training rounds may come several to a report.
MULTI_VALUED = (PROACTIVE_COUNTS - {"proactive.total"}) | {"capacity.trainings", "capacity.trainees"}


def one_value_each(facts: list[tuple[dict[str, Any], str]], text: str = "") -> list[tuple[dict[str, Any], str]]:
    """Of each indicator (but the multi-valued), the value the relation scorer is surest of, and values whose
    clause names a scope (全省共受理8453件, 其中省级受理6369件). ``facts``: (fact dict, its clause); ``text``: the text
    their offsets point into."""
    def part(clause: str) -> bool:
        return clause.lstrip().startswith("其中") and not YEARS_PART.search(clause)

    def after_its_total(f) -> bool:  # 作出行政许可处理决定2386415件，其中签发出入境证件92.7万件，办理户籍业务41.3万件: the
        if not text or not f["indicator"].endswith(".decisions"):  # kinds of decisions are no second value of them
            return False
        s0 = clause_start(text, f["start"], "。；;\n")
        return any(g is not f and g["indicator"] == f["indicator"] and g["value"] > f["value"]
                   and s0 <= g["start"] < f["start"] and re.search(r"其中|[(（]", text[g["end"]:f["start"]])
                   for g, _ in facts)

    # a value after 其中 (其中文字解读144篇) is a part of a larger value of its indicator outside one
    # (政策解读205篇): it does not beat it; the year's part of a running total (其中2010年新增) is no such part
    outside: dict[str, float] = {}
    for f, clause in facts:
        if not part(clause):
            outside[f["indicator"]] = max(outside.get(f["indicator"], f["value"]), f["value"])
    best: dict[str, tuple[tuple[bool, float], float]] = {}
    for f, clause in facts:
        if f["indicator"] not in MULTI_VALUED:
            is_part = part(clause) and f["value"] < outside.get(f["indicator"], f["value"]) or after_its_total(f)
            score = (not is_part, float(f.get("score") or 0.0))
            if f["indicator"] not in best or score > best[f["indicator"]][0]:
                best[f["indicator"]] = (score, f["value"])
    return [(f, clause) for f, clause in facts
            if f["indicator"] not in best or f["value"] == best[f["indicator"]][1] or SCOPE.search(clause)
            or clause == SCOPE_PART]
