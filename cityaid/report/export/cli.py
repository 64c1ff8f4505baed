"""``cityaid export``: the command's body (``cityaid.cli`` only declares its options).

Bad input — an unknown format or table, a ledger that cannot be opened, a
file that cannot be written — is one line naming the problem and exit 2.
"""
from __future__ import annotations

import io
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import typer

from . import FORMATS, TABLES, datasette_metadata, table_rows, write_geojson, write_hxl, write_xlsx


def _fail(message: str) -> None:
    from cityaid.cli_common import _fail as fail

    fail(message)
    raise typer.Exit(2)


@contextmanager
def _text(out_path: Path | None) -> Iterator:
    if out_path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def run_export(db: str, fmt: str, table: str, out_path: Path | None) -> None:
    from cityaid.ledger import Ledger, LedgerError

    if fmt not in FORMATS:
        _fail(f"--format {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt in ("csv", "hxl") and table not in TABLES:
        _fail(f"--table {table!r}: one of {', '.join(TABLES)}")
    if fmt == "datasette-metadata":
        if "://" in db:
            _fail(f"{db}: Datasette opens SQLite files only")
        with _text(out_path) as fh:
            fh.write(json.dumps(datasette_metadata(db), ensure_ascii=False, indent=2) + "\n")
        return
    if "://" not in db and not Path(db).exists():
        _fail(f"{db}: no such ledger (run cityaid ingest first)")
    try:
        with Ledger(db) as ledger:
            if fmt == "jsonl":
                with _text(out_path) as fh:
                    ledger.export_jsonl(fh)
            elif fmt in ("csv", "hxl"):
                with _text(out_path) as fh:
                    if fmt == "hxl":
                        write_hxl(ledger, table, fh, bom=out_path is not None)
                    else:
                        _write_csv(ledger, table, fh, bom=out_path is not None)
            elif fmt == "geojson":
                with _text(out_path) as fh:
                    write_geojson(ledger, fh)
            elif fmt == "xlsx":
                if out_path is None and sys.stdout.isatty():
                    _fail("--format xlsx: give --out FILE.xlsx (a workbook is not for the terminal)")
                buf = io.BytesIO() if out_path is None else open(out_path, "wb")  # noqa: SIM115
                with buf:
                    write_xlsx(ledger, buf)
                    if out_path is None:
                        sys.stdout.buffer.write(buf.getvalue())
                        sys.stdout.buffer.flush()
    except LedgerError as e:
        _fail(f"{db}: {e}")
    except OSError as e:
        _fail(f"{out_path or 'stdout'}: {e.strerror or e}")


def _write_csv(ledger, table: str, fh, bom: bool) -> None:  # noqa: ANN001
    import csv

    t = TABLES[table]
    if bom:
        fh.write("\ufeff")  # Excel then reads the Chinese right
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(t.names)
    for row in table_rows(ledger, table):
        w.writerow(["" if row.get(c) is None else row.get(c) for c in t.names])
