"""The number grammar: quantities in report prose.

``find_quantities(text)`` returns every :class:`Quantity` of a (normalised) text: Arabic and
Chinese numerals, mixed forms (3.1万, 1.2亿, 1万2千, 4千余, 两千三百), thousands separators, numbers split by
PDF spacing, hedges (余 多 近 约 超过 逾 左右 上下 -> approx) and units (条 件 份 次 人次 万元 ...).
Dates, years, phone numbers, postcodes, document numbers, percentages, list markers, section
references (第二十条第（五）项), addresses and times are never quantities.

Spans index the text given; callers map them to the input with the normalisation offset map.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

# Units, longest first so that 人次 wins over 人 and 万元 over 元.
UNITS = (
    "件次", "人次", "场次", "个次", "余次", "万元", "亿元", "千元", "元",
    "条", "件", "宗", "份", "封", "次", "场", "期", "个", "人", "名", "批", "篇", "项", "家", "部", "本",
    "册", "起", "例", "户", "天", "小时", "分钟", "张", "页", "讲", "班", "类", "组", "位", "处", "所", "则", "间",
)
# Units measuring time or other things that are never an indicator's count.
NON_COUNT_UNITS = {"天", "小时", "分钟"}
MONEY = {"元": 1e-4, "千元": 1e-1, "万元": 1.0, "亿元": 1e4}

# Raw unit -> the catalogue unit it can stand for (FACTS.md: 份 封 件次 count as 件; 宗, the
# Cantonese case count of Guangdong reports, too).
UNIT_EQUIV = {
    "件": {"件", "件次", "宗", "份", "封", "个", "起", "例", "条", "项"},
    "条": {"条", "件", "篇", "份", "个", "则", "次"},
    "次": {"次", "场", "场次", "期", "个次", "件次", "件", "人次", "批", "个", "起", "班", "讲"},
    "期": {"期", "次", "份", "本", "册"},
    "篇": {"篇", "条", "件", "宗", "份", "次", "个", "期"},
    "人": {"人", "名", "位", "个"},
    "人次": {"人次", "人", "名", "次"},
    "个": {"个", "家", "处", "所", "部", "间", "类"},
    "项": {"项", "个", "件"},
    "万元": set(MONEY),
}

APPROX_BEFORE = ("超过", "大约", "将近", "接近", "约", "近", "逾", "超", "达约", "(?<![线网以之向马早晚路])上(?=[百千万])")
APPROX_AFTER = ("余", "多", "左右", "上下")

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?=\s*(?:余|多)?\s*(?:%s))|\d+(?:\.\d+)?"
_UNIT_RE = "|".join(map(re.escape, UNITS))

_QUANTITY = re.compile(
    rf"(?P<pre>{'|'.join(APPROX_BEFORE)})?\s*"
    rf"(?:(?P<num>{_ARABIC % _UNIT_RE})\s*(?P<mult>万(?!元)(?:\d[千百](?:\d[百十])?)?|亿(?!元)|千(?![元米瓦克])(?:\d百)?)?|(?P<cn>[{_CN_DIGITS}]+))"
    rf"\s*(?P<post1>余|多)?\s*(?:(?P<unit>{_UNIT_RE})(?:[(（]次[)）])?)?"
    rf"(?P<post2>左右|上下|余|多)?"
)

# Context that makes a number something else than a quantity.
_NOT_AFTER = re.compile(
    r"^\s*(?:年|月|日|号|時|时|点|:|%|％|‰|岁|周岁|栋|室|楼|层|幢|单元|路|街|巷|届|版|号令|平方|米|公里|千米|"
    r"亩|吨|度|分(?!钟)|秒|届|倍|成(?!员)|G|M|K|k|GB|MB|TB|x|X|\.|-|—|－|/|~|～|至(?=\d)|st|nd|rd|th)"
)
_NOT_BEFORE = re.compile(r"(?:第|〔|\[|【|No\.|编号|邮编|邮政编码|代码|字|-|—|/|\.|\d\s*[:：]|：\d|@|#|_|"
                         r"第\s*[\d零一二三四五六七八九十百]+\s*条?(?:\s*[至到、和及~～]\s*[\d零一二三四五六七八九十百]+\s*条?)*"
                         r"\s*[至到、和及~～])\s*$")  # 第9至12条, 第9、10、11条
# Before a bare number, an opening parenthesis or a colon makes it a label, a code or a time ((2), 编号:3);
# before a count with its unit they are punctuation (主动公开政府信息数:3126条, 依申请公开(12件)).
_BARE_BEFORE = re.compile(r"[(（:：]\s*$")
_PHONE_BEFORE = re.compile(r"(?:电话|传真|热线|手机)[:：]?\s*$")
_LIST_MARKER = re.compile(r"(?:^|\n)\s*$")
_NOT_A_SINGLE = re.compile(r"(?:未|没有|无|未曾|不曾)(?:发生|出现|收到|接到|有)?$")
_ZERO_WORD = re.compile(r"(?<=[为是])零(?=\s*(?:[。，,；;、）)]|$))")  # 办理事项为零: the value 0
_VAGUE_BEFORE = re.compile(r"(?<![人总件次个条户篇项])[数几]$")  # 数十件, 几百条 (but 人数十二人, 总数百余件)
_COUNTED_AS = re.compile(r"[(（][^()（）]{2,28}计\s*$")
_DURATION_AFTER = re.compile(r"\s*(?:工作日|月|小时|季度|年度?|星期|周(?!年)|百分点)")


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None
    approx: bool
    start: int
    end: int
    text: str

    @property
    def is_money(self) -> bool:
        return self.unit in MONEY


@lru_cache(maxsize=4096)
def parse_number(s: str) -> float:
    """The value of a numeral: '813', '11,457', '3.1万', '1.2亿', '两千三百', '十二'."""
    s = s.strip().replace(",", "").replace(" ", "")
    if not s:
        raise ValueError("empty numeral")
    mult = 1
    if s[-1] in "万亿" and s[:-1] and re.fullmatch(r"\d+(?:\.\d+)?", s[:-1]):
        mult = 10_000 if s[-1] == "万" else 100_000_000
        s = s[:-1]
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(Decimal(s) * mult)  # 1.62万 is 16200, not 16200.000000000002
    import cn2an

    try:
        return float(cn2an.cn2an(s, "smart")) * mult
    except (ValueError, KeyError, IndexError) as err:
        raise ValueError(f"not a numeral: {s!r}") from err


def to_unit(value: float, unit: str | None, target: str) -> float | None:
    """``value`` in ``unit`` expressed in the catalogue unit ``target``; None if it cannot be."""
    if target == "万元":
        if unit is None:
            return value
        factor = MONEY.get(unit)
        return None if factor is None else round(value * factor, 8)
    if unit in MONEY:
        return None
    return value


def unit_fits(unit: str | None, target: str) -> bool:
    """Whether a raw unit of the text can measure an indicator in catalogue unit ``target``."""
    if unit is None:
        return True
    return unit == target or unit in UNIT_EQUIV.get(target, ())


def _is_list_marker(text: str, m: re.Match) -> bool:
    after = text[m.end(): m.end() + 1]
    before = text[max(0, m.start() - 1): m.start()]
    if after in ("、", ".", "．") and not m.group("unit"):
        return True
    if before in ("(", "（") and after in (")", "）") and not m.group("unit"):
        return True
    return False


def _in_title(text: str, pos: int, reach: int = 60) -> bool:
    """Whether ``pos`` lies inside a 《title》."""
    opened = text.rfind("《", max(0, pos - reach), pos)
    if opened < 0 or any(c in text[opened:pos] for c in "》。\n"):
        return False
    closing = re.search(r"[》。\n]", text[pos:pos + reach])
    return bool(closing) and closing.group() == "》"


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text``, in order."""
    out = []
    for m in _QUANTITY.finditer(text):
        num, cn, unit = m.group("num"), m.group("cn"), m.group("unit")
        if cn is not None:
            hedged = m.group("pre") or m.group("post1") or m.group("post2")
            if unit is None or cn == "亿" or cn in ("百", "千", "万") and not hedged:
                continue  # a Chinese numeral is a quantity only with its unit; a bare 百 only hedged (近百篇, 百余条)
            if cn in ("十", "百", "千", "万") and (_VAGUE_BEFORE.search(text[max(0, m.start("cn") - 2): m.start("cn")])
                                                 or text[m.start("cn") - 1: m.start("cn")].isdigit()):
                continue  # 数十件, 几百条: no number; 3百余件: not 100
            if text[m.start() - 1: m.start()] in ("第", "周") or text[m.end(): m.end() + 1] in ("是", "要", "把", "手"):
                continue
            if cn == "一" and _NOT_A_SINGLE.search(text[max(0, m.start() - 4): m.start()]):
                continue  # 未发生一起: not a single one (the negation says 0)
        if unit in NON_COUNT_UNITS or (unit and _DURATION_AFTER.match(text, m.end())):
            continue  # 3个工作日, 2个月: durations
        start = m.start("num") if num is not None else m.start("cn")
        body_end = m.end("mult") if m.group("mult") else (m.end("num") if num is not None else m.end("cn"))
        if _NOT_BEFORE.search(text[max(0, start - 24): start]) or (not unit and _BARE_BEFORE.search(text[max(0, start - 4): start])):
            continue
        if start > 0 and (text[start - 1] in "“「『‘" or text[start - 1] == '"' and text[body_end: body_end + 1] == '"'):
            continue  # a quoted number names something: “96128”专线, "12345"热线 (not "同意公开"18件: a closing quote)
        if _in_title(text, start):
            continue  # 《2025年开远市10件惠企实事》: a number in a title is part of its name
        if _COUNTED_AS.search(text[max(0, start - 30): start]) and re.match(r"\s*[)）]", text[m.end():]):
            continue  # the form's note on how to count (不同渠道和方式公开相同信息计1条): no count of the year
        if not unit and _NOT_AFTER.match(text[body_end: body_end + 4]):
            continue
        if _PHONE_BEFORE.search(text[max(0, start - 4): start]) and (not unit or len(num or "") >= 5):
            continue  # 电话:0875-5152238, but 专线电话224次 is a count
        if num is not None:
            prev = text[start - 1: start]
            nxt = text[body_end: body_end + 1]
            if prev.isascii() and prev.isalnum() or (nxt.isascii() and nxt.isalpha() and not unit):
                continue  # part of a code, URL or e-mail
            if not unit and not m.group("mult"):
                digits = num.replace(",", "").replace(" ", "")
                glued = nxt and "\u4e00" <= nxt <= "\u9fff" and text[body_end: body_end + 2] != "其中"
                if len(digits.split(".")[0]) >= 6 or glued:
                    continue  # phone numbers, postcodes; a bare number glued to a word (12345热线)
                if re.fullmatch(r"(?:19|20)\d\d", digits):
                    continue  # a year
        if _is_list_marker(text, m):
            continue
        numeral = (num or ("一" + cn if cn in ("百", "千", "万") else cn)) + (m.group("mult") or "")
        try:
            value = parse_number(numeral)
        except ValueError:
            continue
        pre = m.group("pre")
        q_start = m.start("pre") if pre else start
        approx = bool(pre or m.group("post1") or m.group("post2"))
        end = m.end()
        while end > q_start and text[end - 1].isspace():
            end -= 1
        out.append(Quantity(value, unit, approx, q_start, end, text[q_start:end]))
    for m in _ZERO_WORD.finditer(text):
        if not any(q.start <= m.start() < q.end for q in out):
            out.append(Quantity(0.0, None, False, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda q: q.start)
