"""Documents and decisions: the 第二十条 table and the pre-2019 统计表 written as prose, the kind of document a
count is of, and counts that are no documents made or decisions taken.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterator

from .base import clause_start, fact_of_match, matched_counts, stated_fact


# The 第二十条 table (二) of the 2019 and 2021 formats written as prose, a row's name and its columns' labels with
# their values: 规范性文件：本年新制作数量2件，本年新公开数量2件，对外公开总数量118件; 行政许可：上一年项目数量12项，
# 本年增/减0项，本年处理决定数量286件; 规章本年新制作数量、本年新公开数量、对外公开总数量均为0件. The ids are the table's
# (gaoie.tables.national: 对外公开总数量 is the count in force)
# the decisions' column: the form's label (本年处理决定数量), or prose's words (作出行政强制（查封、扣押）处理决定14件)
_DECISIONS_IN_FORM = r"(?:本年)?处理决定数量"
_DECISIONS = r"(?:本年)?(?:新增)?(?:作出的?)?处理决定(?:数量)?"
_ITEM_20_ROW = re.compile(r"规章(?!制度)|(?:行政)?规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购")
_ITEM_20_COLUMNS = (
    (r"(?:本年)?新制作(?:数量)?|(?:本年)?制发(?:件数)?", {"规章": "rules.issued", "规范性文件": "normative.issued"}),
    (r"(?:本年)?新公开(?:数量)?", {"规章": "rules.published", "规范性文件": "normative.published"}),
    (r"对外公开总数量|现行有效(?:件数)?", {"规章": "rules.valid", "规范性文件": "normative.valid"}),
    (r"(?:本年)?废止(?:件数)?", {"规章": "rules.repealed", "规范性文件": "normative.repealed"}),
    (r"上一年项目数量", {"行政许可": "license.items_prev"}),
    (r"本年增\s*/?\s*减(?:数量)?", {"行政许可": "license.items_change"}),
    (_DECISIONS, {"行政许可": "license.decisions", "其他对外管理服务事项": "other_services.decisions",
                  "行政处罚": "penalty.decisions", "行政强制": "coercion.decisions"}),
    (r"(?:本年)?收费金额", {"行政事业性收费": "fees.amount"}),
    (r"采购项目数量", {"政府集中采购": "procurement.items"}),
    (r"采购总金额", {"政府集中采购": "procurement.amount"}),
)
_ITEM_20_LABEL = "|".join(f"(?:{label})" for label, _ in _ITEM_20_COLUMNS)
_ITEM_20_LABELS = re.compile(_ITEM_20_LABEL)
# a row in the table's own form: its name right before a label of the form's words (not 作出行政强制处理决定14件)
_ITEM_20_ROW_LABEL = re.compile(r"[\s:：,，]*(?:" + "|".join(
    f"(?:{_DECISIONS_IN_FORM if label == _DECISIONS else label})" for label, _ in _ITEM_20_COLUMNS) + ")")
_ITEM_20_VALUES = re.compile(rf"(?P<labels>(?:{_ITEM_20_LABEL})(?:\s*、\s*(?:{_ITEM_20_LABEL}))*)\s*[:：]?\s*(?P<all>均)?为?\s*"
                             r"(?P<q>(?:约|近|逾|超过)?\s*-?\d[\d,.]*(?:\s\d{3}(?!\d))*\s*(?:万|余|多)*\s*"
                             r"(?:万元|元|件|项|个)?|零(?=[。；;，,\s]|$))")  # 1 062 件 (spaced thousands); 数量为零
_ITEM_20_STOP = re.compile(r"[。\n]")


ITEM_20_IDS = frozenset(ind for _, ids in _ITEM_20_COLUMNS for ind in ids.values())


def item_20_rows(text: str, table_form: bool = False) -> list[tuple[re.Match, int]]:
    """Each row name of the 第二十条 table and where its row ends: at the end of its sentence or the next row's name;
    ``table_form``: only rows written as the table's, a row name right before a column label (规范性文件：本年新制作数量…,
    行政许可，本年处理决定数量…; not 制发规范性文件3件，废止1件)."""
    rows = list(_ITEM_20_ROW.finditer(text))
    out = []
    for i, row in enumerate(rows):
        if table_form and not _ITEM_20_ROW_LABEL.match(text, row.end()):
            continue
        stop = _ITEM_20_STOP.search(text, row.end())
        out.append((row, min(stop.start() if stop else len(text), rows[i + 1].start() if i + 1 < len(rows) else len(text))))
    return out


def item_20_counts(text: str) -> Iterator[dict[str, Any]]:
    """The 第二十条 table written as prose (:data:`_ITEM_20_COLUMNS`): each labelled value of a row, in the row's
    sentence up to the next row; a money value only with its unit (GUIDELINES: money with no unit is left out)."""
    from ...catalogue import get_catalogue
    from ...quantities import Quantity, find_quantities, to_unit

    cat = get_catalogue()
    for row, end in item_20_rows(text):
        name = "规范性文件" if row.group().endswith("规范性文件") else row.group()
        for m in _ITEM_20_VALUES.finditer(text, row.end(), end):
            signed = re.match(r"\s*-", m.group("q"))  # 本年增/减 -3: the items' change may be negative
            qs = find_quantities(m.group("q")[signed.end():] if signed else m.group("q"))
            if m.group("q") == "零":  # 处理决定数量为零
                qs = [Quantity(0.0, None, False, 0, 1, "零")]
            labels = list(_ITEM_20_LABELS.finditer(text, m.start("labels"), m.end("labels")))
            if len(qs) != 1 or len(labels) > 1 and not m.group("all"):
                continue
            if "处理决定" in m.group("labels") and not re.search(_DECISIONS_IN_FORM, m.group("labels")) and (
                    m.group("all") or text[row.start() - 1:row.start()] in ("、", "和", "及")):
                continue  # 行政处罚、行政强制处理决定均为0件: rows sharing a label in prose, the scorer's to read
            q = qs[0]
            if signed:
                s0, e0 = signed.end() - 1, signed.end() + q.end
                q = replace(q, value=-q.value, start=s0, end=e0, text=m.group("q")[s0:e0])
            for label in labels:
                ids = next(ids for pattern, ids in _ITEM_20_COLUMNS if re.fullmatch(pattern, label.group()))
                indicator = ids.get(name)
                unit = cat[indicator].unit if indicator else None
                value = to_unit(q.value, q.unit, unit) if unit and (q.unit or unit != "万元") else None
                if value is not None:
                    yield {**stated_fact(indicator, unit, q, m.start("q"), (label.start(), label.end(), label.group())),
                           "value": value}


# the licensing items' change on last year (2019 format's 本年增/减), said as such: 行政许可事项13项,比2019年减少3项
_NUMERAL = r"(?:\d+|[一二两三四五六七八九十百]+)"
_ITEMS_CHANGED = re.compile(rf"行政许可(?:事项|项目)[^。；;，,\d]{{0,6}}?{_NUMERAL}\s*项\s*[,，]?\s*(?:比|较)"
                            rf"(?:上年度?|上一年度?|(?P<y>\d{{4}})年度?)(?P<m>减少|增加|新增|增|减)了?\s*(?P<q>{_NUMERAL}\s*项)")


def items_changed(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """The change of the licensing items on last year, stated after their count (行政许可事项13项,比2019年减少3项):
    license.items_change, negative for 减少 (the 2019 format's 本年增/减), on the report's ``year`` before it."""
    from ...quantities import find_quantities

    for m in _ITEMS_CHANGED.finditer(text):
        qs = find_quantities(m.group("q"))
        if len(qs) == 1 and (m.group("y") is None or year is not None and int(m.group("y")) == year - 1):
            fact = fact_of_match("license.items_change", "项", m, qs[0])  # on last year only, as the column
            yield {**fact, "value": -fact["value"] if m.group("m").startswith("减") else fact["value"]}


# the 统计表 (before 2019) written as prose, label and colon, or the label run into its count: 收到申请数：247件;
# 政务微信公开政府信息数：1721条; 微博微信回应事件数8次; the row phrases only one section of the table uses name the ids
# (gaoie.tables.pre2019)
_STATISTIC = re.compile(r"(?P<m>[^：:；;。，,、\d\s]{2,30}?数)\s*(?P<colon>[:：])?(?:为|是)?\s*(?P<q>\d[\d,.]*\s*(?:万|余|多)*\s*"
                        r"(?:条|件|个|人次|人|次|万元|元|项|篇|期|场)?)")
# with no colon the label must end as a row of the form does, its phrase then at most these words (微博微信回应|事件数,
# 主要负责同志参加政府网站在线访谈|次数), and the count must end its clause (not 收到申请数12个乡镇…)
_ROW_TAIL = re.compile(r"(?:政府)?(?:信息)?(?:答复|公开)?(?:事件|案件)?(?:总)?(?:次数|数量|数)$")
_CLAUSE_GOES_ON = re.compile(r"(?![其和及与])[\u4e00-\u9fff]")


def row_ends(phrase: str, tail: str) -> bool:
    """Whether a label ends as the form's row does after its phrase: with a tail of _ROW_TAIL, or with the phrase
    itself where it is a whole row's name (申请答复数, 收到申请数)."""
    return bool(_ROW_TAIL.fullmatch(tail)) or not tail and phrase.endswith("数")


_NOT_A_ROW = re.compile(r"人次?数|人员|媒体|天数|占比|比例|比重|访问|阅读|点击|浏览|率|增长|增加|减少|比上年|较上年|类信息|单位数")  # 培训班参训人数, 平均天数: no row of the table


def statistics_rows(text: str) -> Iterator[dict[str, Any]]:
    """The 统计表's rows written as prose (收到申请数：247件): the id of the row phrase the label holds."""
    from ...catalogue import get_catalogue
    from ...quantities import find_quantities, to_unit, unit_fits
    from ...tables.pre2019 import UNIQUE_PHRASES

    cat = get_catalogue()
    for m in _STATISTIC.finditer(text):
        label = m.group("m")
        if _NOT_A_ROW.search(label):
            continue
        present = [(phrase, ind) for phrase, _, ind in UNIQUE_PHRASES if phrase in label]
        if not m.group("colon") and (_CLAUSE_GOES_ON.match(text, m.end()) or not any(
                row_ends(p, label[label.rfind(p) + len(p):]) for p, _ in present)):
            continue  # 通过新闻发布会解读政策文件数12件: no row's label
        ids = {ind for _, ind in present}
        if len(ids) > 1:  # the longest phrase's (主要负责同志参加新闻发布会, not 新闻发布会)
            longest = max((p for p, _ in present), key=len)
            ids = {ind for p, ind in present if p == longest}
        qs = find_quantities(m.group("q"))
        if len(ids) != 1 or len(qs) != 1:
            continue
        indicator = ids.pop()
        unit = cat[indicator].unit
        if not qs[0].unit or not unit_fits(qs[0].unit, unit) or indicator.startswith("request.") and qs[0].unit == "条":
            continue  # a row of the table states its unit; requests are no items (其他途径公开信息数：500条)
        value = to_unit(qs[0].value, qs[0].unit, unit)
        if value is not None:
            yield {**fact_of_match(indicator, unit, m, qs[0]), "value": value}


DECISIONS = {"license.decisions", "penalty.decisions", "coercion.decisions", "other_services.decisions"}
_NOT_DECIDED = re.compile(r"信息|(?:许可|处罚|强制)事项|清单|新增")  # 其他对外服务事项 is the indicator's own name
_DECIDED = re.compile(r"决定|作出|做出|办理|办结")


def documents_disclosed(fact: dict[str, Any], clause: str, year: int | None) -> bool:
    """From 2021 the format counts documents made, repealed and in force, none disclosed: a count of
    documents in 条 with no verb of making in its clause is a category of items disclosed
    (网站公开信息225条(包括工作动态125条,政策解读5条,规范性文件3条)), no fact."""
    from ...catalogue import ISSUED, VALID

    kind = fact["indicator"].split(".")[0]
    return (kind in ("normative", "rules") and bool(year) and int(year) >= 2021
            and fact["text"].rstrip().endswith("条") and not ISSUED.search(clause) and not VALID.search(clause))


# documents checked, not made or disclosed: 审查市政府规范性文件草案38件, 对12件规范性文件进行合法性审核, 备案审查规章3件;
# or reviewed (对…等9件规范性文件进行了清理: GUIDELINES, 清理 N件 is left out)
_CHECKED = re.compile(r"(?:审查|审核|核查|清理|梳理|(?<![定发台])(?<![定发台][、和及(（])(?:修改|修订))"  # not 制定（修订）
                      r"(?:(?!后|印发|制发|出台|公开|公布|发布|制定|下发|报送|废止|失效|现行有效)[^,，;；。\d]){0,14}"
                      r"(?:规章|规范性文件)[^,，;；。\d]{0,6}$|草案[^,，;；。\d]{0,3}$")
_CHECKED_AFTER = re.compile(r"\s*(?:规范性文件|规章)?\s*(?:草案)?\s*(?:进行|开展)(?:了)?\s*(?:合法性)?(?:审查|审核|清理)")
DOCUMENT_IDS = ("normative.", "rules.", "proactive.normative_docs")


def documents_checked(fact: dict[str, Any], clause: str, text: str) -> bool:
    """A count of documents checked (审查规范性文件草案38件, 对12件规范性文件进行合法性审核) or of drafts is no count
    of documents made, in force or disclosed (FACTS rule 1: the quantity must measure its indicator)."""
    if not fact["indicator"].startswith(DOCUMENT_IDS) or fact["negated"]:
        return False
    return bool(_CHECKED.search(clause)) or bool(_CHECKED_AFTER.match(text, fact["end"]))


_INTERNAL_RULES = re.compile(r"内部[^,，;；。]{0,6}规章|规章制度")


def internal_rules(fact: dict[str, Any], clause: str, text: str) -> bool:
    """A body's own internal rules (制定内部管理规章3件, 规章制度) are no 规章 of the formats (government rules), nor are
    the counts that go on from them (制定内部管理规章3件，废止1件，现行有效20件)."""
    if not fact["indicator"].startswith("rules."):
        return False
    if _INTERNAL_RULES.search(clause + fact["mention"]["text"]):
        return True
    named = list(_KIND_OR_INTERNAL.finditer(text, clause_start(text, fact["start"], "。\n"), fact["start"]))
    return bool(named) and bool(_INTERNAL_RULES.fullmatch(named[-1].group()))


def not_decisions(fact: dict[str, Any], clause: str) -> bool:
    """A count of licences, penalties ... that is no count of decisions made: items of the power list
    (行政处罚事项202项, 新增行政强制3项) or records published (行政处罚信息16683条)."""
    if fact["indicator"] not in DECISIONS or _DECIDED.search(clause):
        return False
    return bool(_NOT_DECIDED.search(clause)) or fact["text"].rstrip().endswith("项")


_DOCUMENT_KIND = re.compile(r"(?<!内部)(?<!内部管理)规章(?!制度)|规范性文件")  # not a body's internal rules
_KIND_OR_INTERNAL = re.compile(r"内部[^,，;；。]{0,6}规章|规章制度|规章|规范性文件")


def document_kind(fact: dict[str, Any], clause: str, text: str) -> str:
    """A count of rules or normative documents whose own words name neither (本年制发规章6件，废止4件，现行有效81件:
    废止 and 现行有效 say of what) counts the kind named last before it in its sentence."""
    indicator = fact["indicator"]
    kind = indicator.split(".")[0]
    if kind not in ("rules", "normative") or _DOCUMENT_KIND.search(clause + fact["mention"]["text"]):
        return indicator
    s0 = clause_start(text, fact["start"], "。\n")
    named = _DOCUMENT_KIND.findall(text, s0, fact["start"])
    if not named:
        return indicator
    return ("rules" if named[-1] == "规章" else "normative") + indicator[len(kind):]


# no documents made or disclosed (中心未制作发布规章, 全年未新制作、新公开规章, 本年度未制发规范性文件): a zero of each
# the verbs name, made (制作, 制发 ...) -> *.issued, disclosed (发布, 公开) -> *.published (the report's era keeps the ids
# of its format); not a power the body lacks (无规章制定权, 无制作规章的职责权限)
_NONE_MADE = re.compile(r"(?P<cue>未|没有|均未|无)(?P<m>(?:新)?(?P<made>制作|制定|制发|印发|出台)?(?:[、和及并]?\s*(?:新)?"
                        r"(?P<shown>发布|公开))?(?:[、和及并]?\s*(?P<cut>废止))?(?:行政)?(?P<kind>规章|规范性文件)(?:[、和及与](?:行政)?(?P<kind2>规章|规范性文件))?)"
                        r"(?![^，,；;。]{0,6}权)")  # 未制发规章、规范性文件: each kind


_SHOULD_HAVE = re.compile(r"应(?:当|予)?公开$")
_MADE_UP = re.compile(r"已|补充|整改|梳理|清理")
_CLAUSE_END = re.compile(r"[，,；;。\n]")


def documents_negated(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """``year``: the report's (from 2021 the format counts no documents disclosed)."""
    from ..components import prose_fact

    for m in _NONE_MADE.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        if _SHOULD_HAVE.search(text, max(0, m.start() - 4), m.start()) or _MADE_UP.search(text, m.end(),
                                                                                       end.start() if end else len(text)):
            continue  # documents not yet disclosed, named as such (梳理应公开未公开规范性文件; 未公开规范性文件已全部补充公开)
        cue = (m.start("cue"), m.end("cue"), m.group("cue"))
        for named in filter(None, (m.group("kind"), m.group("kind2"))):
            kind = "rules" if named == "规章" else "normative"
            if m.group("made"):  # the mention from the verb: the era's id reads it (:func:`gaoie.catalogue.era_id`)
                yield prose_fact(f"{kind}.issued", 0.0, "件", False, True, None, cue,
                                 (m.start("made"), m.end("m"), text[m.start("made"):m.end("m")]))
            if m.group("shown") and (year is None or int(year) < 2021):
                yield prose_fact(f"{kind}.published", 0.0, "件", False, True, None, cue,
                                 (m.start("shown"), m.end("m"), text[m.start("shown"):m.end("m")]))
            if m.group("cut"):  # 无制发和废止规章 (the 2021 format's repealed only)
                yield prose_fact(f"{kind}.repealed", 0.0, "件", False, True, None, cue,
                                 (m.start("cut"), m.end("m"), text[m.start("cut"):m.end("m")]))


# documents made and disclosed in one verb (新制作并公开规范性文件1件) in the 2019 format (2019 and 2020): one count, both
# the made and the disclosed documents' (GUIDELINES, stop 23)
_MADE_AND_PUBLISHED = re.compile(r"(?P<made>(?:新)?(?:制作|制定|制发|印发))(?:并|和|及|、)(?P<pub>(?:对外)?(?:公开|发布))"
                                 r"(?P<kind>规章|(?:行政)?规范性文件)\s*(?:共|共计)?\s*(?P<q>\d+\s*件)"
                                 r"(?:\s*[、,，和及]\s*(?P<kind2>规章|(?:行政)?规范性文件)\s*(?P<q2>\d+\s*件))?")


def documents_made_and_published(text: str, year: int | None) -> Iterator[dict[str, Any]]:
    """*.issued and *.published of one count, each with its verb's words as its mention."""
    from ...quantities import find_quantities

    if year is None or not 2019 <= int(year) <= 2020:
        return
    for m in _MADE_AND_PUBLISHED.finditer(text):
        for k, q in (("kind", "q"), ("kind2", "q2")):  # 新制定并公开规章1件、规范性文件12件: both kinds
            qs = find_quantities(m.group(q)) if m.group(q) else []
            if len(qs) != 1:
                continue
            kind = "rules" if m.group(k) == "规章" else "normative"
            for indicator, verb in ((f"{kind}.issued", "made"), (f"{kind}.published", "pub")):
                s0, e0 = m.start(verb), m.end(k)
                yield stated_fact(indicator, "件", qs[0], m.start(q), (s0, e0, text[s0:e0]))


# a ministry's rules (部令, 部门规章) made or published (发布部令4件): rules, the report's era picks the id
_ORDERS = r"(?:[\u4e00-\u9fff]{0,6}?(?:部|总局|署)令|部门规章)"  # 部令, 交通运输部令, 总局令, 署令
_MINISTRY_RULES = re.compile(rf"(?P<m>(?:发布|公开|制定|制发|出台|印发)了?{_ORDERS})\s*(?:共)?\s*(?P<q>\d+\s*件)")
# the normative documents listed right after them (发布部令3件、规范性文件9件): their count, the report's era picks the id
_AFTER_ORDERS = re.compile(rf"(?:发布|公开|制定|制发|出台|印发|包括)了?{_ORDERS}\s*\d+\s*件\s*[、,，和及]\s*"
                           r"(?P<m>(?:行政)?规范性文件)\s*(?:共)?\s*(?P<q>\d+\s*件)")


def ministry_rules(text: str) -> Iterator[dict[str, Any]]:
    yield from matched_counts(text, _MINISTRY_RULES, "rules.issued", "件")
    yield from matched_counts(text, _AFTER_ORDERS, "proactive.normative_docs", "件")
