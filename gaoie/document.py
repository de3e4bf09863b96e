"""The Document model every reader produces, whatever the source format.

A document has one raw ``text`` (what the reader read, before any normalisation; for plain
text it is the input itself) and a list of blocks pointing into it. Facts index ``text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cell:
    text: str
    start: int  # offsets into Document.text
    end: int


@dataclass
class TextBlock:
    start: int
    end: int
    kind: str = "text"


@dataclass
class TableBlock:
    """A table as a grid of cells (rows may be ragged; merged cells repeat or are empty)."""

    rows: list[list[Cell]]
    start: int
    end: int
    kind: str = "table"

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


Block = TextBlock | TableBlock


@dataclass
class Document:
    text: str
    blocks: list[Block] = field(default_factory=list)
    source: str | None = None  # the file path, when read from a file
    format: str = "text"  # text | html | pdf | docx

    @property
    def tables(self) -> list[TableBlock]:
        return [b for b in self.blocks if isinstance(b, TableBlock)]

    @property
    def text_blocks(self) -> list[TextBlock]:
        return [b for b in self.blocks if isinstance(b, TextBlock)]


class ReadError(Exception):
    """A file that cannot be read: the message names the file and the problem."""

    def __init__(self, path: str | None, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)
