"""Which files of the given paths are reports.

A directory is searched recursively for the report suffixes; a file named
explicitly is taken whatever its suffix (the user asked for it; the decoder
rejects binaries).  A directory without reports is an error rather than a
silent empty run, because it is almost always a wrong path.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from cityaid.read.errors import ReadError

REPORT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
#: Web archives (``cityaid.read.warc``), read record by record.
WARC_SUFFIXES = (".warc", ".warc.gz")


def is_report_name(path: Path) -> bool:
    return path.suffix.lower() in REPORT_SUFFIXES or path.name.lower().endswith(WARC_SUFFIXES)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Report files under ``paths`` (files and directories, recursive), sorted.

    Hidden files and directories (name starting with ".") are skipped inside
    directories.  Raises ``ReadError`` for a missing path or a directory that
    holds no report.
    """
    found: dict[str, Path] = {}
    for raw in paths:
        for path in _discover_one(Path(raw)):
            found.setdefault(os.path.realpath(path), path)
    return sorted(found.values(), key=lambda p: str(p))


def _discover_one(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.exists():
        raise ReadError(path, "no such file or directory")
    if not path.is_dir():
        raise ReadError(path, "not a regular file or directory")
    out: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            candidate = Path(root, name)
            if not name.startswith(".") and is_report_name(candidate):
                out.append(candidate)
    if not out:
        raise ReadError(path, "no reports (" + " ".join(REPORT_SUFFIXES) + ") found")
    return sorted(out, key=lambda p: str(p))
