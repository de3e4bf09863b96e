"""Write the notebooks from their cells here (so that they are reviewed as code), outputs empty.

    python notebooks/build.py      # then CI executes them (tests/test_notebooks.py)
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

QUICKSTART = [
    new_markdown_cell("# gaoie quickstart\n\nExtract the facts of a report, look at them as a table, see the "
                      "quantities, indicator mentions and their links in the text, and read the consistency warnings."),
    new_code_cell("import gaoie\nfrom importlib import resources\n\n"
                  "path = resources.files('gaoie') / 'data/examples/example_report.txt'\n"
                  "nlp = gaoie.load()\nreport = gaoie.extract(str(path), nlp)\nreport.meta"),
    new_code_cell("frame = report.to_frame()\nprint(len(frame), 'facts;', frame.source.value_counts().to_dict())\n"
                  "frame[['indicator', 'value', 'approx', 'source', 'applicant', 'text']].head(20)"),
    new_markdown_cell("Every fact points into the text as given:"),
    new_code_cell("assert all(report.text[f.start:f.end] == f.text for f in report.facts)\n"
                  "prose = [f for f in report.facts if f.source == 'prose']\n"
                  "[(f.indicator, f.value, f.text, f.mention['text'] if f.mention else None) for f in prose]"),
    new_markdown_cell("## In the text: quantities, indicator mentions, links (displaCy)"),
    new_code_cell("from spacy import displacy\n\n"
                  "sentence = '2023年,全区受理政府信息公开申请21件,其中予以公开15件;没有发生行政复议和行政诉讼。'\n"
                  "doc = nlp(sentence)\n"
                  "doc.spans['sc'] = list(doc.spans['quantities']) + list(doc.spans['mentions']) + list(doc.spans['negations'])\n"
                  "html = displacy.render(doc, style='span', jupyter=False)\n"
                  "links = [(a.text, m.text, m._.indicator, round(p, 2)) for a, m, p in doc._.relations]\n"
                  "from IPython.display import HTML, display\ndisplay(HTML(html))\nlinks"),
    new_markdown_cell("## Consistency warnings (勾稽关系)\n\nTotals that do not equal their parts, and prose that "
                      "disagrees with the table, are reported, never silently fixed."),
    new_code_cell("[str(w) for w in report.warnings]"),
]


def write(name: str, cells) -> None:
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                            "language": "python"}})
    nbformat.write(nb, HERE / name)
    print("wrote", HERE / name)


if __name__ == "__main__":
    write("01_quickstart.ipynb", QUICKSTART)
