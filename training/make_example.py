"""Write the example report bundled with the package (a generated one, never a real text).

    python training/make_example.py
"""
from pathlib import Path

from gaoie.generator import generate_report

SEED = 11  # a 2021-format report with prose, tables, a zero by negation and web-page junk

if __name__ == "__main__":
    report = generate_report(SEED)
    out = Path(__file__).resolve().parents[1] / "gaoie" / "data" / "examples" / "example_report.txt"
    out.write_text(report["text"], encoding="utf-8")
    print(f"wrote {out} ({len(report['text'])} characters, {len(report['facts'])} gold facts)")
