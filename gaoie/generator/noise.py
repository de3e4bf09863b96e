"""Noise of real input, applied to a generated report with its gold spans carried along.

Traditional script (and Taiwan phrasing), pinyin glosses after characters (公開(kāi)), PDF line
breaks and page numbers, Kangxi radicals and full-width digits from PDFs, spaces around
numbers, web-page junk. Each noise is a list of edits on the clean text, applied with the same
offset map that normalisation uses, so the gold spans move with the text.
"""
from __future__ import annotations

import random
import re
from functools import lru_cache

from ..normalize import Edit, Normalized, apply_edits, identity, line_edits

# Pinyin of characters that glossed reports gloss (seen in the corpus: 公開(kāi) 報(bào) 條(tiáo)).
PINYIN = {"開": "kāi", "報": "bào", "條": "tiáo", "簡": "jiǎn", "稱": "chēng", "國": "guó", "務": "wù", "據": "jù",
          "動": "dòng", "類": "lèi", "請": "qǐng", "訟": "sòng", "議": "yì", "統": "tǒng", "計": "jì", "關": "guān",
          "規": "guī", "範": "fàn", "發": "fā", "網": "wǎng", "站": "zhàn", "體": "tǐ", "機": "jī", "構": "gòu",
          "處": "chǔ", "單": "dān", "執": "zhí", "時": "shí", "應": "yìng", "質": "zhì", "創": "chuàng", "區": "qū",
          "復": "fù", "訴": "sù", "會": "huì", "範": "fàn", "組": "zǔ", "織": "zhī", "導": "dǎo", "進": "jìn"}
KANGXI = {"一": "⼀", "工": "⼯", "人": "⼈", "大": "⼤", "日": "⽇", "月": "⽉", "目": "⽬", "力": "⼒", "方": "⽅",
          "行": "⾏", "长": "⻓", "见": "⻅", "门": "⻔", "言": "⾔", "生": "⽣", "用": "⽤", "小": "⼩", "口": "⼝"}
JUNK_HEAD = [
    "打开适老化模式 无障碍浏览 x\n",
    "首页 > 政务公开 > 政府信息公开年报\n",
    "索引号 {code} 发布机构 {body}\n公开目录 政府信息公开年报 发布日期 {date}\n文号 浏览量\n主题词\n",
    "当前位置:首页 > 信息公开 > 年度报告\n",
    "发布时间: {date} 字体:[大 中 小]\n",
]
JUNK_TAIL = ["\n【打印本页】【关闭窗口】", "\n上一篇:关于开展政务公开日活动的通知\n下一篇:无", "\n分享到:", "\n扫一扫在手机打开当前页"]


@lru_cache(maxsize=4)
def _converter(name: str):
    import opencc

    return opencc.OpenCC(name)


def traditional_edits(text: str, variant: str) -> list[Edit]:
    return line_edits(text, _converter(variant).convert)


def gloss_edits(text: str, rng: random.Random, rate: float) -> list[Edit]:
    return [(i, i + 1, ch + f"({PINYIN[ch]})") for i, ch in enumerate(text) if ch in PINYIN and rng.random() < rate]


def kangxi_edits(text: str, rng: random.Random, rate: float) -> list[Edit]:
    return [(i, i + 1, KANGXI[ch]) for i, ch in enumerate(text) if ch in KANGXI and rng.random() < rate]


def fullwidth_digit_edits(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "".join(chr(ord(c) + 0xFEE0) for c in m.group())) for m in re.finditer(r"\d+", text)]


def number_space_edits(text: str, rng: random.Random) -> list[Edit]:
    """PDF-style spaces around numbers inside Chinese text: 受理申请 21 件."""
    edits = []
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])\d+(?=[\u4e00-\u9fff])", text):
        if rng.random() < 0.7:
            edits.append((m.start(), m.start(), " "))
            edits.append((m.end(), m.end(), " "))
    return edits


def line_break_edits(text: str, rng: random.Random, width: int) -> list[Edit]:
    """Break every paragraph into lines of ``width`` characters, with page numbers between."""
    edits = []
    pos = 0
    page_lines = 0
    page = 1
    for line in text.split("\n"):
        if len(line) > width and "|" not in line:
            for k in range(width, len(line), width):
                edits.append((pos + k, pos + k, "\n"))
                page_lines += 1
                if page_lines >= 28:
                    page_lines = 0
                    edits.append((pos + k, pos + k, f"- {page} -\n"))
                    page += 1
        pos += len(line) + 1
    edits.sort(key=lambda e: e[0])
    merged: list[Edit] = []
    for e in edits:  # two insertions at one point become one
        if merged and merged[-1][0] == e[0] and merged[-1][1] == e[1]:
            merged[-1] = (e[0], e[1], merged[-1][2] + e[2])
        else:
            merged.append(e)
    return merged


def apply_noise(text: str, rng: random.Random, fill: dict[str, str]) -> tuple[Normalized, dict[str, bool]]:
    """The noisy text of a clean one, as a map from noisy characters to clean spans."""
    mapped = identity(text)
    kinds = {}
    r = rng.random()
    if r < 0.18:
        variant = rng.choice(["s2t", "s2tw", "s2twp", "s2hk"])
        mapped = apply_edits(mapped, traditional_edits(mapped.text, variant))
        kinds["traditional"] = True
    pdf = rng.random() < 0.25
    if kinds.get("traditional") and not pdf and rng.random() < 0.35:  # glossed pages are web pages
        mapped = apply_edits(mapped, gloss_edits(mapped.text, rng, rng.uniform(0.3, 0.9)))
        kinds["glosses"] = True
    if pdf:
        if rng.random() < 0.5:
            mapped = apply_edits(mapped, number_space_edits(mapped.text, rng))
        mapped = apply_edits(mapped, line_break_edits(mapped.text, rng, rng.randint(28, 36)))
        if rng.random() < 0.3:
            mapped = apply_edits(mapped, kangxi_edits(mapped.text, rng, rng.uniform(0.2, 0.8)))
        kinds["pdf"] = True
    elif rng.random() < 0.4:  # a web page
        head = rng.choice(JUNK_HEAD).format(**fill)
        tail = rng.choice(JUNK_TAIL)
        mapped = apply_edits(mapped, [(0, 0, head)])
        mapped = apply_edits(mapped, [(len(mapped.text), len(mapped.text), tail)]) if mapped.text else mapped
        if rng.random() < 0.4:  # pages that put a space after each full stop
            mapped = apply_edits(mapped, [(i + 1, i + 1, " ") for i, ch in enumerate(mapped.text)
                                          if ch == "。" and mapped.text[i + 1: i + 2] not in ("", "\n")])
        kinds["web"] = True
    if rng.random() < 0.06:
        mapped = apply_edits(mapped, fullwidth_digit_edits(mapped.text))
        kinds["fullwidth"] = True
    return mapped, kinds
