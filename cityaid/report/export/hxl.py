"""CSV with HXL hashtags (the Humanitarian Exchange Language): the header row, then a row of hashtags.

HXL lets humanitarian tools (HDX, HXL Proxy, libhxl) read a table without
knowing its column names: ``#org+giver+name+i_zh`` says "the giving
organisation's name, in Chinese" whatever the column is called.  Written
UTF-8 with a byte-order mark, so Excel opens the Chinese right.
"""
from __future__ import annotations

import csv
from typing import IO, Iterator

from cityaid.ledger import web_queries as wq

from .tables import TABLES


def hxl_lines(ledger, table: str, f: wq.WebFilters | None = None, bom: bool = True) -> Iterator[str]:  # noqa: ANN001
    """The table as CSV text, line by line (for streaming)."""
    t = TABLES[table]

    class _Line:
        def __init__(self) -> None:
            self.text = ""

        def write(self, s: str) -> None:
            self.text += s

    buf = _Line()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(t.names)
    w.writerow(t.hashtags)
    yield ("\ufeff" if bom else "") + buf.text
    for row in t.rows(ledger, f or wq.WebFilters()):
        buf.text = ""
        w.writerow(["" if row.get(c) is None else row.get(c) for c in t.names])
        yield buf.text


def write_hxl(ledger, table: str, out: IO[str], f: wq.WebFilters | None = None, bom: bool = True) -> int:  # noqa: ANN001
    """Write ``table`` as HXL-tagged CSV to ``out``; returns data rows written."""
    n = -1  # the first line holds both header rows
    for line in hxl_lines(ledger, table, f, bom):
        out.write(line)
        n += 1
    return n
