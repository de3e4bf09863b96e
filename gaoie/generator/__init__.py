"""A generator of realistic annual reports with gold annotations (annotations/FORMAT.md).

Reports follow the three formats (pre-2019 with its 统计表, the 2019 and the 2021 national
formats), state their numbers in the phrasing of real reports (enumerations, 其中 breakdowns,
zeros by negation, hedges, scopes, one indicator with several values), surround them with
numbers that are no indicator (dates, phone numbers, document numbers, percentages, counts of
towns, money), and carry the noise of real input. Seeded and reproducible:
``generate_reports(100, seed=1)`` is the same list on every machine.
"""
from __future__ import annotations

import random
from typing import Any

from ..catalogue import get_catalogue
from .builder import Slot, TextBuilder
from .narrative import closing, narrative, subheading
from .noise import apply_noise
from .phrases import (CONNECT, DISTRACTORS, LEVEL_SUFFIX, NEGATIONS, NON_FACT_CLAUSES, OPENERS, PAIR_JOINERS, PAIRS,
                      PLACES, PORTALS, PROSE, PROSE_QFIRST, SCOPES, TRENDS, UNITS)
from .tables import table_2019, table_2021, table_pre2019

CN_SMALL = "零一二三四五六七八九十"


def render_number(rng: random.Random, value: int, unit: str, allow_approx: bool = True) -> tuple[str, float, bool]:
    """The text of a quantity: its numeral, hedge and unit; returns (text, value, approx)."""
    approx = False
    numeral = str(value)
    if unit == "元":
        pass
    elif 0 < value <= 10 and rng.random() < 0.12:
        numeral = "两" if value == 2 and rng.random() < 0.5 else CN_SMALL[value]
    elif value >= 20000 and value % 1000 == 0 and rng.random() < 0.5:
        numeral = f"{value / 10000:g}万"
    elif value >= 1000 and rng.random() < 0.08:
        numeral = f"{value:,}"
    text = numeral
    if allow_approx and value >= 20 and rng.random() < 0.12:
        rounded = int(value // 10 * 10) if value < 1000 else int(value // 100 * 100)
        value = rounded
        numeral = str(rounded)
        hedge = rng.choice(["余", "多", "约", "近", "超过", "左右"])
        text = f"{hedge}{numeral}" if hedge in ("约", "近", "超过") else (f"{numeral}{hedge}" if hedge != "左右" else numeral)
        approx = True
        if hedge == "左右":
            return f"{numeral}{unit}左右", float(value), True
    return f"{text}{unit}", float(value), approx


class ReportGenerator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        self.cat = get_catalogue()
        self.values: dict[str, int] = {}  # what the prose said, for the tables to agree with
        self.case_unit: str | None = None  # 宗: Guangdong reports count requests and cases so

    # --- values ---------------------------------------------------------------------------
    def count(self, scale: float, zero: float = 0.2) -> int:
        if self.rng.random() < zero:
            return 0
        return max(1, int(self.rng.lognormvariate(0, 1.1) * scale))

    def slot(self, indicator: str, value: int | None = None, scale: float = 20, approx_ok: bool = True) -> Slot:
        ind = self.cat[indicator]
        value = self.count(scale) if value is None else value
        raw = self.rng.choice(UNITS.get(ind.unit, [ind.unit]))
        if ind.unit == "件" and self.case_unit and self.rng.random() < 0.85:
            raw = self.case_unit
        if ind.unit == "万元":
            if raw == "元":
                yuan = value
                text, _, _ = render_number(self.rng, yuan, "元", False)
                return Slot(indicator, yuan / 10000, text, False, ind.unit)
        text, v, approx = render_number(self.rng, value, raw, approx_ok)
        return Slot(indicator, v, text, approx, ind.unit)

    def clause(self, b: TextBuilder, indicator: str, value: int | None = None, scale: float = 20,
               qfirst_ok: bool = True) -> None:
        pool = PROSE[indicator]
        if qfirst_ok and indicator in PROSE_QFIRST and self.rng.random() < 0.3:
            pool = PROSE_QFIRST[indicator]
        template = (self.rng.choice(pool).replace("{scope}", self.rng.choice(SCOPES)).replace("{place}", self.place)
                    .replace("{hotline}", self.rng.choice(["96128", "8881234", "6223015"]))
                    .replace("{portal}", self.rng.choice(PORTALS))
                    .replace("{prev}", str(self.year - 1)).replace("{next}", str(self.year + 1)))
        if template.startswith("全年") and b.parts and b.parts[-1].endswith("全年"):
            template = template[2:]  # the lead said it already: no 全年全年
        slot = self.slot(indicator, value, scale)
        self.values.setdefault(indicator, int(value if value is not None else slot.value))
        b.add_clause(template, slot)
        if self.rng.random() < 0.06:
            b.add(self.rng.choice(TRENDS).format(pct=self.rng.choice([5, 12.5, 23, 67, 96]), x=self.rng.randint(2, 6)))

    def sentence(self, b: TextBuilder, items: list[tuple[str, int | None, float]], lead: str = "") -> None:
        """An enumeration of clauses: 'lead A,B、C。'"""
        if lead:
            b.add(lead)
        for k, (ind, value, scale) in enumerate(items):
            if k:
                b.add(self.rng.choice([",", "、", ",", ";"]))
            self.clause(b, ind, value, scale)
        b.add("。")

    def pair(self, b: TextBuilder) -> None:
        """Two quantities, each before its own mention, joined: 2名专职人员及158名兼职人员."""
        (ia, ta), (ib, tb) = self.rng.choice(PAIRS)
        slots = {"a": self.slot(ia, None, 3, False), "b": self.slot(ib, None, 60, False)}
        b.add_clause(ta + self.rng.choice(PAIR_JOINERS) + tb, slots)

    def non_fact(self, b: TextBuilder) -> None:
        r = self.rng
        b.add(r.choice(NON_FACT_CLAUSES).format(n1=r.randint(1, 5), n2=r.randint(2, 90), n3=r.randint(100, 999),
                                                next=self.year + 1))

    def distractor(self, b: TextBuilder) -> None:
        r = self.rng
        s = r.choice(DISTRACTORS).format(
            year=self.year, body=self.body, place=self.place, n1=r.randint(1, 4), n2=r.randint(2, 60),
            n3=r.randint(100, 999), big=r.randint(10000, 900000), pct=r.choice([95, 98, 99.5, 100, 12.3, 35]),
            postcode=r.randint(100000, 850000), phone=r.randint(2000000, 89999999), abbr=self.place[:1],
            unitword=r.choice(["市", "县", "区"]), m=r.randint(1, 9), d2=r.randint(10, 28))
        b.add(s)

    # --- sections ---------------------------------------------------------------------------
    def proactive(self, b: TextBuilder) -> None:
        r = self.rng
        total = self.count(600, zero=0.02)
        b.add(r.choice(OPENERS).format(year=self.year, scope=r.choice(SCOPES)))
        self.clause(b, "proactive.total", total)
        if r.random() < 0.7:
            b.add(r.choice([",其中", "。其中,", ",其中:", ";其中"]))
            channels = r.sample(["proactive.website", "proactive.weibo", "proactive.wechat", "proactive.gazette_items",
                                 "proactive.other_channels"], r.randint(1, 4))
            left = total
            for k, ch in enumerate(channels):
                v = left if k == len(channels) - 1 and r.random() < 0.5 else r.randint(0, max(1, left))
                left = max(0, left - v)
                if k:
                    b.add(r.choice([",", "、", ";"]))
                self.clause(b, ch, v, qfirst_ok=False)
        b.add("。")
        if r.random() < 0.5:
            self.distractor(b)
        if r.random() < 0.3:
            self.non_fact(b)
            b.add("。")
        if r.random() < 0.35:
            self.documents(b)
        if self.era != "pre2019" and r.random() < 0.12:
            self.regulation(b)
        items = r.sample(["interpret.press_conferences", "interpret.policy_interpretations", "interpret.hot_responses",
                          "interpret.online_interviews", "proactive.gazette_issues"], r.randint(0, 3))
        if items:
            self.sentence(b, [(i, None, 6) for i in items], lead=r.choice(["", "全年", "同时,", "此外,"]))

    def documents(self, b: TextBuilder) -> None:
        """Normative documents and rules in prose, with the ids of the era (GUIDELINES.md)."""
        r = self.rng
        if self.era == "pre2019":
            items = [("proactive.normative_docs", None, 8)]
        else:
            items = [("normative.issued", None, 5)]
            if r.random() < 0.5:
                items.append(("normative.valid", None, 40))
            if r.random() < 0.25:
                items.insert(0, ("rules.issued", None, 2))
                if r.random() < 0.4:
                    items.append(("rules.valid", None, 20))
            if self.era == "2019" and r.random() < 0.5:
                items.insert(0, (r.choice(["normative.published", "rules.published"]), None, 8))
        self.sentence(b, items, lead=r.choice(["", "全年", f"{self.year}年,", "在规范性文件管理方面,", "同时,"]))

    def regulation(self, b: TextBuilder) -> None:
        """Article 20 of the 2019 outline told in prose: licences, penalties, coercion, other services, fees."""
        r = self.rng
        kinds = [("license.decisions", 300), ("penalty.decisions", 40), ("coercion.decisions", 3)]
        if self.era == "2019":  # the 2021 outline has no other-services decisions
            kinds.append(("other_services.decisions", 200))
        items = [(i, None, s) for i, s in r.sample(kinds, r.randint(1, 3))]
        if r.random() < 0.4:
            items.append(("fees.amount", None, 50))
        self.sentence(b, items, lead=r.choice(["", f"{self.year}年,", "全年", f"{self.year}年我局"]))

    def requests(self, b: TextBuilder) -> None:
        r = self.rng
        received = self.count(25, zero=0.15)
        if received == 0 and r.random() < 0.7:
            tmpl, ids = r.choice([n for n in NEGATIONS if n[1] == ["request.received"]])
            b.add(r.choice(["", f"{self.year}年,", "本年度", "全年"]))
            b.add_clause(tmpl, negated=ids)
            b.add("。")
            return
        b.add(r.choice(OPENERS).format(year=self.year, scope=r.choice(SCOPES)))
        self.clause(b, "request.received", received, qfirst_ok=True)
        if self.era != "pre2019" and r.random() < 0.4:
            b.add(",")
            self.clause(b, "request.carried_over", self.count(2, zero=0.5))
        if r.random() < (0.25 if self.era == "pre2019" else 0.12):  # by channel (2019+ reports do it in prose too)
            opener = r.choice([",其中", "(其中:", ",其中"])
            b.add(opener)
            parts = r.sample(["request.received_online", "request.received_in_person", "request.received_mail",
                              "request.received_fax"], r.randint(2, 4))
            for k, p in enumerate(parts):
                if k:
                    b.add(r.choice(["、", ","]))
                self.clause(b, p, r.randint(0, received), qfirst_ok=False)
            if opener.startswith("("):
                b.add(")")
        b.add(r.choice(["。", ","]))
        outcomes = ["request.granted", "request.partial", "request.refused"]
        outcomes += ["request.unavailable", "request.not_processed", "request.other_handling"] if self.era != "pre2019" \
            else ["request.not_exist", "request.not_this_agency"]
        chosen = r.sample(outcomes, r.randint(1, len(outcomes)))
        if self.era != "pre2019" and r.random() < 0.35:  # the 2021 table's reasons, told in prose
            reasons = ["request.refused_process", "request.refused_internal", "request.refused_state_secret",
                       "request.refused_third_party", "request.unavailable_not_held", "request.unavailable_needs_creation",
                       "request.not_processed_repeat", "request.not_processed_petition"]
            reasons += ["request.other_other"] if self.era == "2021" else []  # the 2019 table has no 其他处理:其他
            chosen += r.sample(reasons, r.randint(1, 3))
        closing = "request.result_total" if self.era != "pre2019" else r.choice(["request.closed", "request.answered"])
        if r.random() < 0.6:
            b.add(r.choice(["", "目前"]))
            self.clause(b, closing, received)
            b.add(r.choice([",其中", "。其中,", ",其中:"]))
        else:
            b.add(r.choice(["其中", "办理结果中,", ""]))
        left = received
        for k, o in enumerate(chosen):
            v = r.randint(0, max(0, left))
            left -= v
            if k:
                b.add(r.choice([",", "、", ";"]))
            self.clause(b, o, v, qfirst_ok=False)
        forward = self.era != "pre2019" and r.random() < 0.3
        if forward:
            b.add(",")
            self.clause(b, "request.carried_forward", self.count(2, zero=0.5))
        b.add("。")
        if self.era != "pre2019" and not forward and r.random() < 0.12:
            tmpl, ids = r.choice([n for n in NEGATIONS if n[1] == ["request.carried_forward"]])
            b.add_clause(tmpl, negated=ids)
            b.add("。")
        if r.random() < 0.4:
            b.add(r.choice(["依申请公开办结率100%。", "所有申请均在法定期限内答复。", f"平均答复时间{r.randint(3, 15)}个工作日。"]))

    def case_outcomes(self, b: TextBuilder, indicator: str, total: int, leads: list[str], outcomes: list[str],
                      most: int) -> None:
        """Cases and some of their outcomes: 行政复议3件,其中维持1件,纠正1件。"""
        r = self.rng
        b.add(r.choice(leads))
        self.clause(b, indicator, total)
        b.add(r.choice([",", ",其中", "。其中,"]))
        left = total
        for k, ind in enumerate(r.sample(outcomes, r.randint(1, most))):
            v = r.randint(0, left)
            left -= v
            if k:
                b.add(r.choice([",", "、"]))
            self.clause(b, ind, v, qfirst_ok=False)
        b.add("。")

    def disputes(self, b: TextBuilder) -> None:
        r = self.rng
        if r.random() < 0.55:
            tmpl, ids = r.choice([n for n in NEGATIONS if "review.total" in n[1] or "litigation.total" in n[1]])
            b.add(r.choice(["", f"{self.year}年,", "本年度", "全年", "我局"]))
            b.add_clause(tmpl, negated=ids)
            b.add("。")
        elif self.era != "pre2019" and r.random() < 0.35:  # 行政复议3件,维持1件,纠正1件,其他1件
            self.case_outcomes(b, "review.total", max(1, self.count(2, 0)), ["", "全年", f"{self.year}年,"],
                               ["review.upheld", "review.corrected", "review.other", "review.pending"], 3)
        elif self.era != "pre2019" and r.random() < 0.25:  # 行政诉讼2件,维持1件,尚未审结1件
            self.case_outcomes(b, "litigation.total", max(1, self.count(1.5, 0)),
                               ["", "全年", f"{self.year}年,", "被提起"],
                               ["litigation.upheld", "litigation.corrected", "litigation.pending"], 2)
        else:
            self.sentence(b, [("review.total", self.count(1.5, 0.3), 1), ("litigation.total", self.count(1, 0.4), 1)],
                          lead=r.choice(["", "全年", f"{self.year}年,", "因政府信息公开申请引发"]))
        if r.random() < 0.4:
            tmpl, ids = r.choice([n for n in NEGATIONS if n[1] == ["request.fees"]])
            b.add(r.choice(["", "依申请公开工作中", "全年"]))
            b.add_clause(tmpl, negated=ids)
            b.add("。")
        elif r.random() < 0.3:
            b.add("全年")
            b.add_clause("依申请公开[收取费用]<Q>", self.slot("request.fees", 0))
            b.add("。")

    def capacity(self, b: TextBuilder) -> None:
        r = self.rng
        items = []
        if r.random() < 0.6:
            items += [("capacity.staff_full_time", None, 2), ("capacity.staff_part_time", None, 10)]
        elif r.random() < 0.5:  # the staff count alone (配备了1名政府信息公开工作人员)
            items += [("capacity.staff", None, 3)]
        if r.random() < 0.5:
            items += [("capacity.trainings", None, 3), ("capacity.trainees", None, 80)]
        if r.random() < 0.3:
            items += [("capacity.reading_points", None, 3)]
            if r.random() < 0.4:
                items += [("capacity.reading_visits", None, 200)]
        if r.random() < 0.35:
            items += [(r.choice(["consult.total", "consult.phone", "consult.online", "consult.in_person"]), None, 40)]
        if r.random() < 0.15:
            items += [("capacity.websites", None, 8)]
        if items:
            self.sentence(b, items, lead=r.choice(["", "全年", "同时,", f"{self.year}年,", "在队伍建设方面,"]))
        if r.random() < 0.4:
            b.add(r.choice(["全县形成了", "共配备", "全年", "其中,", ""]))
            self.pair(b)
            b.add("。")
        if r.random() < 0.4:
            self.non_fact(b)
            b.add("。")

    # --- a whole report ------------------------------------------------------------------------
    def report(self) -> dict[str, Any]:
        r = self.rng
        self.era = r.choice(["pre2019", "pre2019", "2019", "2021", "2021"])
        self.year = {"pre2019": r.randint(2008, 2018), "2019": r.randint(2019, 2020), "2021": r.randint(2021, 2025)}[self.era]
        self.place = r.choice(PLACES)
        self.body = self.place + r.choice(LEVEL_SUFFIX)
        self.case_unit = "宗" if r.random() < 0.12 else None
        self.unit_word = next((c for c in ("县", "区", "镇", "乡", "市") if c in self.body[len(self.place):][:2]), "市")
        b = TextBuilder()
        b.add(f"{self.body}{self.year}年政府信息公开工作年度报告\n")
        self.fill = {"unit": self.unit_word, "body": self.body, "place": self.place, "year": str(self.year)}
        b.add(r.choice([
            "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,编制本报告。",
            f"本报告是根据《中华人民共和国政府信息公开条例》要求,由{self.body}编制的{self.year}年度政府信息公开年度报告。",
            f"现将{self.body}{self.year}年政府信息公开工作情况报告如下:",
            f"根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和上级有关要求,现公布{self.body}{self.year}年度政府信息公开工作年度报告。"
            "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况等。",
        ]))
        if r.random() < 0.7:
            b.add(f"本报告中所列数据的统计期限自{self.year}年1月1日起至{self.year}年12月31日止。")
        if r.random() < 0.5:
            b.add(f"本报告电子版可在“{self.place}{self.unit_word}人民政府门户网站”下载。")
        if r.random() < 0.5:
            self.distractor(b)
        b.add("\n")
        headings = {
            "pre2019": ["一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况、行政复议和行政诉讼情况", "五、工作保障情况"],
            "2019": ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况"],
            "2021": ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况"],
        }[self.era]
        sections = [self.capacity, self.proactive, self.requests, self.disputes]
        for heading, section in zip(headings, sections):
            b.add(heading + "\n")
            if section is self.capacity:  # the overview: mostly narrative, in sub-sections
                for k in range(r.randint(2, 5)):
                    b.add(subheading(r, k) + "\n" * (r.random() < 0.6) + narrative(r, self.fill, r.randint(2, 5)) + "\n")
            elif r.random() < 0.5:
                b.add(subheading(r, 0, section.__name__) + "\n" * (r.random() < 0.6))
                b.add(narrative(r, self.fill, r.randint(0, 2)))
            elif r.random() < 0.6:
                b.add(narrative(r, self.fill, r.randint(1, 3)))
            if r.random() < 0.3:
                self.distractor(b)
            section(b)
            if r.random() < 0.4:
                b.add(narrative(r, self.fill, 1))
            b.add("\n")
        b.add(headings[-1] + "\n")
        b.add(closing(r, self.fill) + "\n")
        if r.random() < 0.5:
            {"pre2019": table_pre2019, "2019": table_2019, "2021": table_2021}[self.era](self, b)
        clean = b.text()
        fill = {"code": f"{r.randint(10000000, 99999999)}/{self.year}-{r.randint(1, 999):05d}", "body": self.body,
                "date": f"{self.year + 1}-0{r.randint(1, 3)}-{r.randint(10, 28)}"}
        noisy, kinds = apply_noise(clean, r, fill)
        facts = []
        for f in b.facts:
            span = noisy.from_original(f["start"], f["end"])
            if span is None:
                continue
            fact = dict(f, start=span[0], end=span[1], text=noisy.text[span[0]:span[1]])
            fact["unit"] = self.cat[f["indicator"]].unit
            if f["mention"]:
                ms = noisy.from_original(f["mention"]["start"], f["mention"]["end"])
                fact["mention"] = {"start": ms[0], "end": ms[1], "text": noisy.text[ms[0]:ms[1]]} if ms else None
            facts.append(fact)
        return {"source": "generated", "id": f"gen-{self.seed}", "text": noisy.text,
                "meta": {"body": self.body, "year": self.year, "era": self.era, "province": None, "level": None,
                         "noise": sorted(kinds), "seed": self.seed},
                "facts": facts}


def generate_report(seed: int) -> dict[str, Any]:
    return ReportGenerator(seed).report()


def generate_reports(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` reports, seeds ``seed * 100003 + k``: the same list on every machine."""
    return [generate_report(seed * 100003 + k) for k in range(n)]
