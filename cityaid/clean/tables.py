"""Loading of the clean step's data tables (``cityaid/data/*.tsv``).

Lexicons are data, not code: each table has a header row and a ``source``
column saying where its rows come from.  Each table is read once per
process.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``cityaid/data/<name>`` as dicts keyed by the header."""
    text = resources.files("cityaid").joinpath("data", name).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(row for row in reader if any((v or "").strip() for v in row.values()))


def column(name: str, col: str, **where: str) -> tuple[str, ...]:
    """One column of a table, optionally filtered on other columns' values."""
    return tuple(
        row[col] for row in load_table(name)
        if all(row.get(k) == v for k, v in where.items()) and row[col]
    )
