"""The three notebooks run top to bottom, and what they show is checked."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def run(name: str):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb


def text_of(cell) -> str:
    out = []
    for o in cell.get("outputs", []):
        if "text" in o:
            out.append(o["text"])
        data = o.get("data", {})
        out.append(data.get("text/plain", ""))
        out.append(data.get("text/html", ""))
    return "\n".join(out)


def test_quickstart():
    nb = run("01_quickstart.ipynb")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "'body'" in text_of(code[0]) and "'year'" in text_of(code[0])
    assert "facts;" in text_of(code[1]) and "table" in text_of(code[1]) and "prose" in text_of(code[1])
    displacy_cell = text_of(code[3])
    assert "request.received" in displacy_cell and "<span" in displacy_cell
    assert "[" in text_of(code[4])  # the warnings list


def test_new_province_and_accuracy():
    nb = run("02_new_province.ipynb")
    code = [c for c in nb.cells if c.cell_type == "code"]
    pre = re.findall(r"\('([^']+)', (\d+), (\d+), (\d+)\)", text_of(code[1]))  # (id, facts, spans, relations)
    assert len(pre) >= 3 and any(int(facts) > 0 and int(rels) > 0 for _, facts, _, rels in pre)
    scores = text_of(code[2])
    assert "new_dev" in scores and "original_dev" in scores and "F1 before" in scores
    assert "f1_before" in text_of(code[3])
    assert "gaoie_relations" in text_of(code[4])
    nb = run("03_accuracy.ipynb")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "overall" in text_of(code[0]) and "prose facts" in text_of(code[0])
    assert "precision" in text_of(code[1])
    assert "relations" in text_of(code[5])
