"""Shared fixtures: the real texts live in ../shared (beside the clone), never in the repo."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gaoie.annotations import shared_dir


@pytest.fixture(scope="session")
def nlp():
    """The shipped pipeline, loaded once."""
    import gaoie

    return gaoie.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def seeds(shared) -> dict[str, str]:
    return {p.stem[:3]: p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))}


@pytest.fixture(scope="session")
def corpus(shared) -> list[dict]:
    records = []
    for name in ("c1.jsonl", "c2.jsonl", "c3.jsonl"):
        with open(shared / "corpus" / name, encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records
