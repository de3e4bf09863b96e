"""The indicator catalogue: the package's own copy of ``indicators.tsv``.

Every indicator id that gaoie outputs is spelled exactly as in this table.
The catalogue is read once per process (``get_catalogue``).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterator


@dataclass(frozen=True)
class Indicator:
    id: str
    name_zh: str
    unit: str
    era: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    definition: str = ""

    def reported_in(self, year: int | None) -> bool:
        """Whether a report of ``year`` can state this indicator: the ids of the 2019 and 2021 outlines
        exist from their format on (pre-2019 ids stay usable: later prose still counts requests by channel)."""
        if year is None or self.era in ("all", "pre2019"):
            return True
        return {"2019+": year >= 2019, "2019": 2019 <= year <= 2020, "2021": year >= 2021}.get(self.era, True)

    @property
    def names(self) -> tuple[str, ...]:
        """The Chinese name followed by every alias."""
        return (self.name_zh, *self.aliases)

    @property
    def is_money(self) -> bool:
        return self.unit == "万元"


class Catalogue:
    """Indicators by id and by Chinese name or alias."""

    def __init__(self, indicators: list[Indicator]):
        self._by_id = {ind.id: ind for ind in indicators}
        self._by_name: dict[str, list[Indicator]] = {}
        for ind in indicators:
            for name in ind.names:
                bucket = self._by_name.setdefault(name, [])
                if ind not in bucket:
                    bucket.append(ind)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._by_id.values())

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self._by_id

    def __getitem__(self, indicator_id: str) -> Indicator:
        try:
            return self._by_id[indicator_id]
        except KeyError:
            raise KeyError(f"unknown indicator id {indicator_id!r}") from None

    @property
    def ids(self) -> list[str]:
        return list(self._by_id)

    def get(self, indicator_id: str) -> Indicator | None:
        return self._by_id.get(indicator_id)

    def lookup(self, name: str) -> list[Indicator]:
        """Indicators whose Chinese name or alias is exactly ``name`` (may be several:
        结果维持 is both review.upheld and litigation.upheld)."""
        return list(self._by_name.get(name.strip(), ()))

    def names(self) -> dict[str, list[str]]:
        """Every name and alias -> the ids it may denote."""
        return {name: [ind.id for ind in inds] for name, inds in self._by_name.items()}


def read_tsv(text: str) -> list[Indicator]:
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return [
        Indicator(
            id=row["id"].strip(),
            name_zh=row["name_zh"].strip(),
            unit=row["unit"].strip(),
            era=row["era"].strip(),
            aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
            definition=(row.get("definition") or "").strip(),
        )
        for row in rows
        if row.get("id")
    ]


@lru_cache(maxsize=1)
def get_catalogue() -> Catalogue:
    text = resources.files("gaoie").joinpath("data/indicators.tsv").read_text("utf-8")
    return Catalogue(read_tsv(text))


# The same quantity carries a different id in the pre-2019 and the 2019+ formats: a report's
# 办结 N件 is request.closed before 2019 and request.result_total after. Prose facts take the id
# of the report's own era (gaoie.meta.report_year), so the model need not guess the era.
NORMATIVE = {"proactive.normative_docs", "normative.issued", "normative.published", "normative.valid"}
ERA_EQUIVALENTS = {
    "2019+": {"request.closed": "request.result_total", "request.answered": "request.result_total",
              "request.closed_on_time": "request.result_total",
              # not the body's information (非本机关掌握): the later forms' 本机关不掌握相关政府信息
              "request.not_this_agency": "request.unavailable_not_held"},
    "pre2019": {"request.result_total": "request.closed"},
}


# the pre-2019 outcomes the later forms have no row for (they count 补正 only as a request still unclear after it, and
# no 告知 at all): a 2019+ report's 告知作出更改补充1件 is no fact
# (pre-2019 ids that stay usable later are the requests by channel, 主要负责同志出席 and the like, GUIDELINES)
PRE2019_ONLY = frozenset({"request.told_to_amend", "request.told_other_channel"})


def in_outline(indicator: str, year: int | None) -> bool:
    """Whether a report of ``year`` states ``indicator``: :meth:`Indicator.reported_in`, and no outcome of the old
    form alone in a report of 2019 on."""
    return get_catalogue()[indicator].reported_in(year) and not (year is not None and int(year) >= 2019
                                                                 and indicator in PRE2019_ONLY)


CASE_OUTCOMES = ("upheld", "corrected", "other", "pending")


def case_outcome(indicator: str) -> str | None:
    """The outcome a review or lawsuit id names (review.pending -> pending), else None: the text
    names the outcome (维持, 尚未审结), the case it belongs to is read from before it."""
    kind, _, outcome = indicator.partition(".")
    return outcome if kind in ("review", "litigation") and outcome in CASE_OUTCOMES else None


def family(indicator: str) -> str:
    """The one name of an indicator across the eras' ids (what the text says is the same; the era
    and the clause pick the id, :func:`era_id`): normative documents, rules, results in total."""
    if indicator in NORMATIVE:
        return "normative"
    if indicator.startswith("rules.") and not indicator.endswith(".repealed"):
        return "rules"
    return ERA_EQUIVALENTS["2019+"].get(indicator, indicator)


ISSUED = re.compile(r"制定|制发|制作|新发布|印发|出台")  # documents made
VALID = re.compile(r"现行有效|继续有效")
REPEALED = re.compile(r"废止|宣布失效|(?<!继续)失效")  # documents repealed (the 2021 format's *.repealed)
_DONE_TO_DOCUMENTS = re.compile(r"制定|制发|制作|发布|印发|出台|公开|标注|修订|修改|清理")
_TITLE = re.compile(r"《[^》]*》")


def repealed(words: str) -> bool:
    """The words before a count of documents say they were repealed: 废止 (失效) is the last thing done to them
    (废止和宣布失效规章9件、规范性文件23件), not an earlier item's (废止规范性文件3件、新制发规范性文件12件), a state
    they were marked in (对已失效、废止的规范性文件及时标注并公开), nor a title's word (《关于废止部分规章的决定》)."""
    words = _TITLE.sub("", words)
    last = max((m.end() for m in REPEALED.finditer(words)), default=-1)
    if last < 0 or any(m.start() >= last for m in _DONE_TO_DOCUMENTS.finditer(words)):
        return False
    item = words[max(words.rfind("、"), words.rfind("，"), words.rfind(","), words.rfind("件")) + 1:]
    return not (_DONE_TO_DOCUMENTS.search(item) and not REPEALED.search(item))
# before 2019 the format counts requests closed on time and after an extension (not 未按期办结)
ON_TIME = re.compile(r"(?<![未不没])(?<!没有)(?:按时|按期|如期)办结[^,，;；]{0,4}$")
EXTENDED = re.compile(r"(?<![未不没])(?:延期|延长期限后?)办结[^,，;；]{0,4}$")


def era_id(indicator: str, year: int | None, mention: str = "", context: str = "", listed: str = "") -> str:
    """``indicator`` as a report of ``year`` names it (unchanged where the year is unknown); before
    2019 a total of results named by 答复 is request.answered, by anything else request.closed.
    Normative documents: one id before 2019 (proactive.normative_docs); from 2019, as rules (规章),
    made (制定/制发 -> *.issued), in force (现行有效 -> *.valid) or, in the 2019 format, disclosed
    (发布/公开 -> *.published). Before 2019, 按时办结 / 延期办结 are requests closed on time / after an
    extension. ``context``: the clause before the quantity; ``listed``: the words back to a comma, over the items
    listed before it (废止和宣布失效规章9件、规范性文件23件: both repealed)."""
    if year is None:
        return indicator
    said = context + mention
    kind = (None if indicator.endswith(".repealed")  # a repealed count keeps its id
            else "normative" if indicator in NORMATIVE else "rules" if indicator.startswith("rules.") else None)
    if kind and repealed(listed or context) and not VALID.search(said):
        return f"{kind}.repealed"  # 废止和宣布失效规章9件: repealed, an id of the 2021 format only
    if int(year) >= 2019 and kind:
        if VALID.search(said):
            return f"{kind}.valid"
        if ISSUED.search(said):
            return f"{kind}.issued"
        if indicator.endswith(".valid"):
            return indicator
        if int(year) >= 2021:  # the 2021 format counts no documents disclosed
            return f"{kind}.issued"
        return f"{kind}.published" if indicator in ("proactive.normative_docs", "rules.issued") else indicator
    if int(year) < 2019 and indicator in NORMATIVE - {"proactive.normative_docs"}:
        return "proactive.normative_docs"
    if int(year) < 2019 and indicator in ("request.result_total", "request.closed"):
        if ON_TIME.search(context):
            return "request.closed_on_time"
        if EXTENDED.search(context):
            return "request.closed_extended"
    if int(year) < 2019 and indicator == "request.result_total" and re.search(r"答复|答覆|回复", said):
        return "request.answered"
    return ERA_EQUIVALENTS["2019+" if int(year) >= 2019 else "pre2019"].get(indicator, indicator)
