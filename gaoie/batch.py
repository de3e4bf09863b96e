"""Many files: expand folders, extract each file, keep going when one fails, use several cores."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Iterator

SUFFIXES = {".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".pdf", ".docx", ".md"}


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """The report files named or found (recursively, sorted) under the folders named.

    A name that does not exist is still yielded, so that it is reported as an error."""
    for p in map(Path, paths):
        if p.is_dir():
            for sub in sorted(p.rglob("*")):
                if sub.is_file() and sub.suffix.lower() in SUFFIXES and not sub.name.startswith("."):
                    yield sub
        else:
            yield p


def extract_one(path: str | os.PathLike, prose: bool = True) -> dict[str, Any]:
    """The JSON record of one file: ``{"file", "meta", "facts", "warnings", "error"}``."""
    from .extraction import error_report, extract
    from .document import ReadError

    try:
        if not Path(path).exists():
            raise ReadError(str(path), "no such file")
        if Path(path).is_dir():
            raise ReadError(str(path), "is a folder with no report files")
        record = extract(Path(path), prose=prose).to_dict()
        record["file"] = str(path)
        record["error"] = None
        return record
    except MemoryError:
        return error_report(path, MemoryError("out of memory reading the file"))
    except Exception as err:  # noqa: BLE001 - a batch never loses the other files' results
        return error_report(path, err)


def _init_worker(prose: bool) -> None:
    if prose:
        from .extraction import _default_nlp

        _default_nlp()  # load the pipeline once per worker


def extract_files(paths: Iterable[str | os.PathLike], n_process: int = 1, prose: bool = True) -> Iterator[dict[str, Any]]:
    """Records for every file, in input order; ``n_process`` worker processes (0: all cores)."""
    files = list(iter_files(paths))
    if n_process == 0:
        n_process = os.cpu_count() or 1
    if n_process <= 1 or len(files) <= 1:
        for f in files:
            yield extract_one(f, prose)
        return
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(prose,)) as pool:
        yield from pool.map(extract_one, files, [prose] * len(files), chunksize=4)
