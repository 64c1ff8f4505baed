"""XLSX: one sheet per table (facts, events, sources, places), written with openpyxl in write-only mode.

Write-only keeps memory flat however long the ledger (rows go to the file as
they are read).  The first row holds the column names, the second their HXL
hashtags — the HXL convention, which Excel users may simply hide — and the
panes are frozen below them.  A sheet ``about`` says what each column holds.
"""
from __future__ import annotations

from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from cityaid.ledger import web_queries as wq

from .tables import TABLES

_BOLD = Font(bold=True)
_GREY = Font(italic=True, color="777777")
# Excel's limit for a cell; longer evidence is cut there (the CSV and JSON exports keep it whole)
CELL_MAX = 32767


def _cell(ws, value, font=None):  # noqa: ANN001, ANN202
    if isinstance(value, str) and len(value) > CELL_MAX:
        value = value[:CELL_MAX]
    c = WriteOnlyCell(ws, value=value)
    if font is not None:
        c.font = font
    return c


def write_xlsx(ledger, out: IO[bytes], f: wq.WebFilters | None = None) -> dict[str, int]:  # noqa: ANN001
    """The workbook into ``out``; returns rows written per sheet."""
    wb = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for name, table in TABLES.items():
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A3"
        ws.append([_cell(ws, c, _BOLD) for c in table.names])
        ws.append([_cell(ws, h, _GREY) for h in table.hashtags])
        n = 0
        for row in table.rows(ledger, f or wq.WebFilters()):
            ws.append([_cell(ws, row.get(c)) for c in table.names])
            n += 1
        counts[name] = n
    about = wb.create_sheet("about")
    about.append([_cell(about, x, _BOLD) for x in ("sheet", "column", "HXL", "what it holds")])
    for name, table in TABLES.items():
        about.append([name, "", "", table.description])
        for col, tag, desc in table.columns:
            about.append([name, col, tag, desc])
    wb.save(out)
    return counts
