"""Plain text: UTF-8 (with or without BOM), GB18030/GBK or Big5, detected."""
from __future__ import annotations

import re

from ..document import Document, ReadError, TextBlock

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# The commonest characters of reports, in simplified and traditional script.
_COMMON = set("的政府信息公开年度报告工作申请条例情况主动依法行政复议诉讼网站发布数量件条国人民中华和会办部门机关"
              "開報條國與為會辦門關資訊請務發佈數量")


def _score(text: str) -> float:
    han = _CJK.findall(text[:20000])
    if not han:
        return 0.0
    return sum(ch in _COMMON for ch in han) / len(han)


def decode(data: bytes, label: str) -> str:
    """The text of ``data``: strict UTF-8 first, then the better of GB18030 and Big5."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:65536]
    if sample.count(b"\x00") > 0 or len(_CONTROL.findall(sample)) > max(4, len(sample) // 200):
        raise ReadError(label, "not a text document (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append((_score(data.decode(enc)), enc))
        except UnicodeDecodeError:
            continue
    if not candidates:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or best.encoding is None or best.chaos > 0.3:
            raise ReadError(label, "not a text document (binary data or unknown encoding)")
        return str(best)
    score, enc = max(candidates)
    text = data.decode(enc)
    if score < 0.01 and len(_CJK.findall(text[:5000])) < 5:
        raise ReadError(label, "not a text document (binary data)")
    return text


def read_text(data: bytes, label: str) -> Document:
    text = decode(data, label)
    return Document(text, [TextBlock(0, len(text))], source=label, format="text")
