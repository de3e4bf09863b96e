"""Normalisation with an offset map.

``normalize(text)`` returns a :class:`Normalized`: readable simplified Chinese (NFKC, OpenCC
traditional -> simplified with Taiwan phrasing, pinyin glosses removed, PDF line breaks joined,
spaces between Chinese characters dropped, web-page junk lines removed) and, for every
character of it, the span of the input it came from. Every later stage works on the normalised
text and maps its spans back with :meth:`Normalized.to_original`, so that evidence always points
into the text as the user gave it.

Each step is a list of edits ``(start, end, replacement)`` on the text of the step before; the
map is carried through the edits, so no step needs to know about the others.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, Sequence

Edit = tuple[int, int, str]

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")

# 公開(kāi) 報(bào) 簡(jiǎn)稱(chēng): a pinyin syllable in brackets right after a Chinese character.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_GLOSS = re.compile(f"(?<=[{CJK}])[(（]([a-z{_TONED}]{{1,6}})[)）]")
_HAS_TONE = re.compile(f"[{_TONED}]")

# Spaces that PDF layout puts between characters: 邮 编 ， 电 话 -> 邮编，电话
_CJK_PUNCT = f"{CJK}，。、；：！？（）《》“”‘’【】,;:!?()"
_INNER_SPACE = re.compile(f"(?<=[{_CJK_PUNCT}])[ \u3000\u00a0\t]+(?=[{_CJK_PUNCT}])")

# Lines of page furniture that carry no report content.
_JUNK_LINE = re.compile((
    r"^(?![^\n]*[。，,；;])~(?:"
    r"打开适老化模式.{0,40}|无障碍浏览.{0,40}|.{0,60}字体[:：]?~[\[【]?~(?:大|小|默认).{0,40}|"
    r"(?:【|\[)?~打印(?:本页|此页)?~(?:】|\])?~(?:(?:【|\[)?~关闭(?:窗口|本页)?~(?:】|\])?)?~|"
    r"关闭窗口|分享到[:：]?.{0,40}|扫一扫.{0,40}|上一篇[:：].{0,80}|下一篇[:：].{0,80}|当前位置[:：].{0,80}|"
    r"(?:首页\s*[>＞»]~).{0,80}|浏览(?:次数|量)[:：]?~\d*~|"
    r"[-—–]~\d{1,3}~[-—–]|第~\d+~页~(?:共~\d+~页)?"
    r")~$").replace("~", r"[ \t\u3000]*"),  # ~: spaces within the line, never its break (but a breadcrumb: 首页 / >…)
    re.M,
)
# A line with a sentence's punctuation is the report's, though it names the furniture (门户网站增设字体大小调节功能，…;
# a page that lost its line breaks: 字体大小:A+ A A- 分享: 打印 本年度报告…。): it stays, furniture and all. No part
# of the pattern crosses a line break (…增设调节字体 / 大小功能，全年发布信息1250条。 is two lines of report).

# Sentence ends and line starts that keep a line break (headings, list items, table rows).
_KEEP_BREAK_AFTER = set("。；;！!？?：:|）)》”")
# a full line closing a bracket goes on where the next line starts with a count (a number and a unit that is
# no date word) or a comma (共刊发《政府公报》 / 12期；…): when reading, see line_join_edits
_CLOSING, _GOES_ON = set("）)》”"), set("，,、；;")
_HEADING_START = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|"
    r"第[一二三四五六七八九十百\d]+[章节条部分]|附件|附表|[-—]|[|])"
)
_NUMBER_RUN = re.compile(r"^[\s\d.,，%\-—]+$")
_HEADING_END = re.compile(r"(?:情况|说明|概述|问题|措施|举措|安排|计划|事项|成效)\s*$")  # a whole heading line
_TRAILING_RUN = re.compile(r"\d[\d.]*\s+\d[\d.]*\s*$")  # a table row: label then a run of numbers
# when reading, a 统计表 row ends in its unit and its value (…(不同渠道和方式 条 2873 / 公开相同信息计1条)): its label
# may wrap to the next line, its value stays
_UNIT_AND_VALUE = re.compile(r"(?:条|件|次|个|人|人次|万元|元|期|篇|项|场)\s+\d[\d.,]*\s*$")
# a statistics-table row of a body's own design, its value and its unit in columns: 主动公开信息总数  5236  条 /
# 主动公开政府信息　　条　　2867 / 按时办结率  100  % (two spaces or a tab between the columns, a dash for nothing)
_COLUMN = r"(?:[ \t]{2,}|\t)"
_COLUMN_UNIT = r"(?:条|件|次|个|人|人次|万元|元|期|篇|项|场|%)"
_COLUMN_ROW = re.compile(rf"\S{_COLUMN}(?:\d[\d.,]*|[—–―－/／-]){_COLUMN}{_COLUMN_UNIT}\s*$"
                         rf"|{_COLUMN_UNIT}{_COLUMN}(?:\d[\d.,]*|[—–―－/／-])\s*$")
_PAGE_NUMBER = re.compile(r"^\s*[-－―—–−‒~～]\s*\d{1,3}\s*[-－―—–−‒~～]\s*$")  # ― 7 ―: a page's number, its own line
_GROUPED_RUN = re.compile(r"\d[\d.,]*\s+\d[\d.,]*\s*$")  # when reading, with thousands grouped too (61 31 2,324)
# two lines each ending in one spaced number (or a dash a table prints for nothing) are two rows (数 条 65 / 数 件 —)
_ROW_END = re.compile(r"\s(?:\d[\d.,]*|[—–―－/／-])\s*$")

# Taiwan phrasing read as what it means on the mainland (after character conversion). OpenCC's
# own tw2sp phrase table also rewrites good mainland words (效能 -> 性能), so gaoie keeps its own.
_TW_PHRASES = {
    "民众": "群众", "档案": "文件", "数位": "数字", "资讯": "信息", "网路": "网络", "软体": "软件",
    "程式": "程序", "品质": "质量", "线上": "在线", "列印": "打印", "部落格": "博客", "影片": "视频",
    "伺服器": "服务器", "资料库": "数据库", "网志": "博客", "简讯": "短信", "行动电话": "手机",
}
# Taiwan phrasing of disclosure words, as a converter with phrases (OpenCC s2twp) writes a mainland report;
# mended when reading (the training texts go without, as the shipped pipeline learnt them)
_TW_READING_AS = {"释出": "发布", "入口网站": "门户网站", "微讯号": "微信号"}
_TW_READING = re.compile("|".join(_TW_READING_AS))


@dataclass
class Normalized:
    """Normalised text and, for each of its characters, the input span it came from."""

    text: str
    original: str
    starts: Sequence[int]
    ends: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the input behind ``text[start:end]``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, start: int, end: int) -> tuple[int, int] | None:
        """The normalised span covering input ``[start, end)``; None if normalisation removed it."""
        from bisect import bisect_left, bisect_right

        i = bisect_left(self.starts, start)
        j = bisect_right(self.ends, end) - 1
        while i <= j and self.starts[i] == self.ends[i]:  # inserted characters at the edges
            i += 1
        while j >= i and self.starts[j] == self.ends[j]:
            j -= 1
        return (i, j + 1) if i <= j else None

    def original_text(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


def identity(text: str) -> Normalized:
    n = len(text)
    return Normalized(text, text, range(n), range(1, n + 1))


def apply_edits(norm: Normalized, edits: Iterable[Edit]) -> Normalized:
    """Apply non-overlapping edits (sorted by start) to ``norm.text``, carrying the map.

    A replacement maps as a whole onto the span it replaced; when it has the same length as
    that span it maps character by character."""
    edits = list(edits)
    if not edits:
        return norm
    text, starts, ends = norm.text, norm.starts, norm.ends
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for start, end, repl in edits:
        if start < pos:
            continue  # overlapping edit: the earlier one wins
        out.append(text[pos:start])
        new_starts.extend(starts[pos:start])
        new_ends.extend(ends[pos:start])
        if repl:
            if end - start == len(repl):
                new_starts.extend(starts[start:end])
                new_ends.extend(ends[start:end])
            else:
                if end > start:
                    s, e = starts[start], ends[end - 1]
                else:  # pure insertion: an empty span at this point
                    s = e = starts[start] if start < len(starts) else len(norm.original)
                new_starts.extend([s] * len(repl))
                new_ends.extend([e] * len(repl))
            out.append(repl)
        pos = end
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return Normalized("".join(out), norm.original, new_starts, new_ends)


def regex_edits(pattern: re.Pattern, text: str, repl="") -> list[Edit]:
    if callable(repl):
        return [(m.start(), m.end(), repl(m)) for m in pattern.finditer(text)]
    return [(m.start(), m.end(), m.expand(repl) if repl else "") for m in pattern.finditer(text)]


# --- the steps ---------------------------------------------------------------------------------

def _gloss_prefix(text: str) -> list[int] | None:
    """For each position of ``text``, how many characters of pinyin glosses stand before it (None: no glosses)."""
    edits = gloss_edits(text)
    if not edits:
        return None
    inside = bytearray(len(text))
    for start, end, _ in edits:
        inside[start:end] = b"\x01" * (end - start)
    return [0, *accumulate(inside)]


def gloss_edits(text: str) -> list[Edit]:
    """Pinyin glosses after characters, only in a text that has toned ones (公開(kāi))."""
    found = list(_GLOSS.finditer(text))
    if sum(1 for m in found if _HAS_TONE.search(m.group(1))) < 2:
        return []
    return [(m.start(), m.end(), "") for m in found]


def nfkc_edits(text: str) -> list[Edit]:
    if unicodedata.is_normalized("NFKC", text):
        return []
    edits = []
    for i, ch in enumerate(text):
        if ch.isascii():
            continue
        n = unicodedata.normalize("NFKC", ch)
        if n != ch:
            edits.append((i, i + 1, n))
    return edits


@lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("tw2s")


def is_traditional(text: str, threshold: float = 0.02) -> bool:
    """More than ``threshold`` of the Chinese characters change under t2s."""
    han = _CJK_CHAR.findall(text[:20000])
    if not han:
        return False
    sample = "".join(han)
    t2s = _converters()[0]
    changed = sum(a != b for a, b in zip(sample, t2s.convert(sample)))
    return changed / len(sample) >= threshold


def script_edits(text: str) -> list[Edit]:
    """Traditional (Taiwan phrasing included) to simplified, line by line so that a phrase
    conversion that changes length moves only its own line's map."""
    if not is_traditional(text):
        return []
    tw2s = _converters()[1]

    def simplified(line: str) -> str:
        conv = tw2s.convert(line)
        for tw, cn in _TW_PHRASES.items():
            conv = conv.replace(tw, cn)
        return conv

    return line_edits(text, simplified)


def line_edits(text: str, convert) -> list[Edit]:
    """The edits that ``convert`` makes of each line of ``text``."""
    edits: list[Edit] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        edits.extend(rewrite_edits(line, convert(line), pos))
        pos += len(line)
    return edits


def rewrite_edits(old: str, new: str, offset: int = 0) -> list[Edit]:
    """The edits that turn ``old`` (at ``offset``) into ``new``: character by character where the lengths
    agree (each character keeps its own place in the map), else aligned."""
    if old == new:
        return []
    if len(old) == len(new):
        return [(offset + i, offset + i + 1, b) for i, (a, b) in enumerate(zip(old, new)) if a != b]
    return _aligned_edits(old, new, offset)


def _aligned_edits(a: str, b: str, offset: int) -> list[Edit]:
    from difflib import SequenceMatcher

    edits = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            edits.append((offset + i1, offset + i2, b[j1:j2]))
    return edits


def junk_edits(text: str) -> list[Edit]:
    """Page-furniture lines (with their line break) removed."""
    edits = []
    for m in _JUNK_LINE.finditer(text):
        end = m.end() + 1 if m.end() < len(text) and text[m.end()] == "\n" else m.end()
        if end > m.start():
            edits.append((m.start(), end, ""))
    return edits


def space_edits(text: str) -> list[Edit]:
    return regex_edits(_INNER_SPACE, text)


def line_join_edits(text: str, width=None, rows: bool = False) -> list[Edit]:
    """Join lines broken by page layout inside a sentence.

    A break is layout when the line before is about as long as the text's usual full line and
    does not end a sentence, and the line after starts no heading, list item or table row.
    ``width(start, end)`` measures a line (by default its length here; :func:`normalize`
    measures it in the input, where the page layout made it). ``rows`` (when reading): no line with a pipe (a table's
    row: 总计 | 未经复议直接起诉 | … | / | 结果维持 | …) joins another; two lines each ending in
    one spaced number are rows of a table (…政务微博公开政府信息数 条 65 / 其中：…规范性文件数 件 12), not one
    line, and a full line closing a bracket goes on when the next starts with a count (a number and a unit that
    is no date word: not 2021年…) or a comma (共刊发《政府公报》 / 12期；…)."""
    lines = text.split("\n")
    width = width or (lambda s, e: e - s)
    spans, pos = [], 0
    for line in lines:
        stripped = line.strip()
        s = pos + (line.index(stripped) if stripped else 0)
        spans.append((s, s + len(stripped)))
        pos += len(line) + 1
    widths = [width(s, e) if e > s else 0 for s, e in spans]
    lengths = sorted(w for w, l in zip(widths, lines) if len(l.strip()) >= 8 and "|" not in l)
    if len(lengths) < 3:
        return []
    counts = Counter(lengths)
    mode, n_mode = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    # a full line of this layout: the commonest length where page layout made one, else the 75th percentile
    full = mode if n_mode >= 3 and n_mode >= 0.1 * len(lengths) else lengths[int(len(lengths) * 0.75)]
    if full > 60:  # web text: one paragraph a line, nothing to join
        return []
    edits = []
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        stripped = line.rstrip()
        nxt = lines[i + 1]
        goes_on = rows and stripped[-1:] in _CLOSING and (_COUNT_GOES_ON.match(nxt) or nxt.lstrip()[:1] in _GOES_ON)
        if (stripped and not (rows and ("|" in stripped or "|" in nxt))  # when reading, a table's rows stay rows
                and widths[i] >= full * 0.8 and (stripped[-1] not in _KEEP_BREAK_AFTER or goes_on)
                and nxt.strip() and not _HEADING_START.match(nxt) and not _NUMBER_RUN.match(nxt)
                and not _TRAILING_RUN.search(stripped) and not _TRAILING_RUN.search(nxt)
                and not (rows and (_GROUPED_RUN.search(stripped) or _UNIT_AND_VALUE.search(stripped)
                                   or _PAGE_NUMBER.match(nxt) or _PAGE_NUMBER.match(stripped)))
                and not (rows and _ROW_END.search(stripped) and _ROW_END.search(nxt.rstrip())
                         and not _NUMBER_GOES_ON.match(nxt))
                and not (_HEADING_START.match(line) and _HEADING_END.search(stripped))
                and not (rows and _COLUMN_ROW.search(nxt) and (_COLUMN_ROW.search(stripped) or (
                    i + 2 < len(lines) and _COLUMN_ROW.search(lines[i + 2]))))
                and not (rows and _COLUMN_ROW.search(stripped) and i > 0 and _COLUMN_ROW.search(lines[i - 1]))):
            edits.append((pos + len(stripped), end + 1, ""))
        pos = end + 1
    return edits


# Spaces that PDF layout puts around a number inside a sentence: 受理政府信息公开申请 17 件 -> 申请17件. Only a
# number that a unit, a date word or a hedge follows (件 条 年 月 余 万 ...): not one between a key-value
# list's labels (结果维持 0 结果纠正 0), ending its line or followed by another (规章 1 0 11: table cells).
_AFTER_NUMBER = "件条宗份封次场期个人名批篇项家册起例户张页讲班类组位所则间元年月日号余多万亿"  # not 本 部 处: 本年, 部分, 处理
_SPACED_NUMBER = re.compile(f"(?:(?<=[{_CJK_PUNCT}])|^)(?P<a>[ \u3000\u00a0\t]*)\\d[\\d.,]*(?P<b>[ \u3000\u00a0\t]*)"
                            f"(?=[{_AFTER_NUMBER}])", re.M)


_NUMBER_GOES_ON = re.compile(f"\\s*\\d[\\d.,]*\\s*[{_AFTER_NUMBER}]")  # 处理决定数量 7 / 556 件: a number cut by the line end
_COUNT_GOES_ON = re.compile(f"\\s*\\d[\\d.,]*\\s*[{re.sub('[年月日号]', '', _AFTER_NUMBER)}]")  # a count, not a date


# CJK radicals (supplement) that PDF fonts put for whole characters (人⺠政府, ⻔户网站); NFKC keeps most of them
# (not ⺟ ⻳), unlike the Kangxi radicals (⼈ -> 人). Mended when reading, like the Taiwan phrasing above.
_RADICALS = dict(zip("⺠⺟⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳", "民母西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙龟"))
_RADICAL = re.compile(f"[{''.join(_RADICALS)}]")


def radical_edits(text: str) -> list[Edit]:
    return regex_edits(_RADICAL, text, lambda m: _RADICALS[m.group()])


def phrase_edits(text: str) -> list[Edit]:
    return [e for m in _TW_READING.finditer(text) for e in rewrite_edits(m.group(), _TW_READING_AS[m.group()], m.start())]


def number_space_edits(text: str) -> list[Edit]:
    return [(m.start(g), m.end(g), "") for m in _SPACED_NUMBER.finditer(text) for g in ("a", "b") if m.end(g) > m.start(g)]


# what follows a count in a sentence, for the reading repairs below: its hedge and its unit
_COUNT_AHEAD = r"(?=\s*(?:万|余|多)?[件条次场期篇人名个项份封宗起元])"
# a number grouped by thousands with spaces, in a sentence (主动公开政府信息2 947条, 逾9 400条): one number
_SPACE_GROUPED = re.compile(f"(?<=[{CJK}:：])(\\d{{1,3}})((?: \\d{{3}})+){_COUNT_AHEAD}")


def grouped_number_edits(text: str) -> list[Edit]:
    return [(m.start(2) + i, m.start(2) + i + 1, "") for m in _SPACE_GROUPED.finditer(text)
            for i, c in enumerate(m.group(2)) if c == " "]


_CN_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
_NAMING_UNITS = {"类", "项"}  # 四类过程性信息, 九项重点领域: a numeral in a name stays as written


def numeral_edits(text: str) -> list[Edit]:
    """A count in Chinese numerals (九百一十七条, 逾三百条, 近百篇) in the digits of its value (917条, 逾300条,
    近100篇), as the scorer knows counts best; the quantity grammar decides what is a count. Classes and items
    (四类过程性信息, 九项重点领域) are names written so, and stay."""
    from .quantities import find_quantities

    edits = []
    for q in find_quantities(text):
        m = _CN_NUMERAL.search(q.text)
        if (m is None or any(c.isdigit() for c in q.text) or q.value != int(q.value) or q.value == 0
                or q.unit in _NAMING_UNITS):
            continue
        edits.append((q.start + m.start(), q.start + m.end(), str(int(q.value))))
    return edits


# a form's blank filled in with a count (主动公开政府信息［52816］条, after NFKC [52816]): the number in it (GUIDELINES)
_FILLED_BLANK = re.compile(r"(?<=[\u4e00-\u9fff])\[(\s*\d[\d,. ]*?\s*)\]" + _COUNT_AHEAD)


def blank_edits(text: str) -> list[Edit]:
    return [e for m in _FILLED_BLANK.finditer(text) for e in ((m.start(), m.start(1), ""), (m.end(1), m.end(), ""))]


STEPS = (junk_edits, gloss_edits, nfkc_edits, script_edits, space_edits)


def normalize(text: str, steps: Sequence = STEPS, join_lines: bool = True, reading: bool = False) -> Normalized:
    """The normalised text of ``text`` with its offset map. ``reading``: what gaoie reads, with the PDF layout
    repairs found after the shipped pipeline was trained (the training texts go without them, as it learnt
    them): two lines each ending in one spaced number are two table rows, not joined, unless the second starts
    with the rest of a number cut by the line end (数量 7 / 556 件); a full line closing a bracket goes on before
    a count or a comma (《政府公报》 / 12期); a line's width leaves out pinyin glosses; the spaces PDF layout puts
    around a number inside a sentence are dropped; CJK radicals a PDF font put for characters (⻔ for 门) and
    Taiwan phrasing of disclosure words (釋出 for 发布, 入口網站 for 门户网站) are read as the characters and the
    mainland words; a form's blank filled in with a count (信息［284］条) is the count, and a number grouped by
    thousands with spaces (信息2 947条) one number."""
    norm = identity(text)
    for step in steps:
        norm = apply_edits(norm, step(norm.text))
    if join_lines:
        starts, ends = norm.starts, norm.ends
        # a line's width in the input, where the page layout made it, but for pinyin glosses (公開(kāi)): a web page's
        # converter adds those after the layout (when reading: the training texts go without this)
        removed = _gloss_prefix(text) if reading else None

        def width(s: int, e: int) -> int:
            a, b = starts[s], ends[e - 1]
            return b - a - (removed[b] - removed[a] if removed else 0)

        norm = apply_edits(norm, line_join_edits(norm.text, width, rows=reading))
    if reading:
        norm = apply_edits(norm, radical_edits(norm.text))
        norm = apply_edits(norm, phrase_edits(norm.text))
        norm = apply_edits(norm, number_space_edits(norm.text))
        norm = apply_edits(norm, blank_edits(norm.text))
        norm = apply_edits(norm, grouped_number_edits(norm.text))
        norm = apply_edits(norm, numeral_edits(norm.text))
    return norm
