"""Building a report's text while recording where every gold fact lies.

Templates mark the indicator mention in square brackets and the quantity as ``<Q>`` (or
``<Q:id>`` when a clause holds several), ``<N>`` a negation cue:
``"全年共受理[政府信息公开申请]<Q>"``. The builder fills them in and keeps the spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(r"\[([^\]]+)\]|<(Q|N)(?::([\w.]+))?>")


@dataclass
class Slot:
    """What fills one quantity slot: the indicator, value, and rendered text."""

    indicator: str
    value: float
    text: str
    approx: bool = False
    unit: str = ""


@dataclass
class TextBuilder:
    parts: list[str] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    length: int = 0

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def add_clause(self, template: str, slots: dict[str, Slot] | Slot | None = None,
                   negated: list[str] | None = None, source: str = "prose", applicant: str | None = None) -> None:
        """Append a template; ``[...]`` mentions pair with the quantity slots in order.

        ``slots``: one Slot (for ``<Q>``) or a dict id -> Slot (for ``<Q:id>`` and mentions
        tagged ``[text|id]``). ``negated``: indicator ids stated as zero by the ``<N>`` cue."""
        mentions: list[tuple[int, int, str | None]] = []
        quantities: list[tuple[int, int, Slot]] = []
        cue: tuple[int, int] | None = None
        pos = 0
        out = []
        base = self.length
        cursor = 0
        for m in _TOKEN.finditer(template):
            lit = template[pos:m.start()]
            out.append(lit)
            cursor += len(lit)
            if m.group(1) is not None:
                text, _, tag = m.group(1).partition("|")
                mentions.append((base + cursor, base + cursor + len(text), tag or None))
                out.append(text)
                cursor += len(text)
            elif m.group(2) == "Q":
                slot = slots if isinstance(slots, Slot) else slots[m.group(3)]
                quantities.append((base + cursor, base + cursor + len(slot.text), slot))
                out.append(slot.text)
                cursor += len(slot.text)
            else:
                cue_text = m.group(3) or "没有"
                cue = (base + cursor, base + cursor + len(cue_text))
                out.append(cue_text)
                cursor += len(cue_text)
            pos = m.end()
        out.append(template[pos:])
        self.add("".join(out))
        for qs, qe, slot in quantities:
            mention = _mention_for(mentions, slot.indicator, len(quantities))
            self.facts.append({"indicator": slot.indicator, "value": slot.value, "unit": slot.unit, "approx": slot.approx,
                               "source": source, "applicant": applicant, "start": qs, "end": qe, "negated": False,
                               "mention": mention})
        for ind in negated or []:
            mention = _mention_for(mentions, ind, len(negated))
            self.facts.append({"indicator": ind, "value": 0, "unit": "", "approx": False, "source": source,
                               "applicant": None, "start": cue[0], "end": cue[1], "negated": True, "mention": mention})

    def text(self) -> str:
        return "".join(self.parts)


def _mention_for(mentions, indicator: str, n_slots: int):
    tagged = [m for m in mentions if m[2] == indicator]
    if tagged:
        s, e, _ = tagged[0]
    elif n_slots == 1 and mentions:
        s, e, _ = mentions[0]
    else:
        return None
    return {"start": s, "end": e}
