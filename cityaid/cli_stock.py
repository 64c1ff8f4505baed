"""CLI for the office's own stock (``cityaid office stock ...``), through the same ``Office`` service.

Why: ``cityaid needs`` lists, for each open request, the pledges *and* the
free stock that could meet it; these commands keep that stock — goods in,
goods promised to a pledge or shipment (no longer free), promises given back.

    cityaid office stock new --office 镇江 --location "Warehouse 3" --line 口罩:50000:piece
    cityaid office stock add 7 --line mask:10000
    cityaid office stock allocate 7 --to 2 --line mask:20000     # 2: a pledge or shipment
    cityaid office stock release 7 --to 2 --line mask:5000
    cityaid office stock list
"""
from __future__ import annotations

from typing import Optional

import typer

from cityaid.cli_common import DB, out
from cityaid.cli_office import (AS, DATE, JSON_OUT, OFFICE, VERSION, WHY, _act, _create, _dump, _lines, _office,
                                _record_dict, _run, _show, office_app)

stock_app = typer.Typer(no_args_is_help=True, help="The office's own stock: goods in, allocated, released.")
office_app.add_typer(stock_app, name="stock")

LINE = typer.Option(..., "--line", help="ITEM:QUANTITY[:UNIT], e.g. 口罩:20000:piece (repeatable)")
TO = typer.Option(..., "--to", help="the pledge or shipment (record id)")


@stock_app.command("new")
def stock_new(line: list[str] = LINE, location: str = typer.Option("", "--location", help="where it is kept"),
              office: Optional[str] = OFFICE, date: Optional[str] = DATE, note: str = typer.Option(""),
              db: str = DB, as_user: Optional[str] = AS, why: str = WHY, as_json: bool = JSON_OUT):
    """Record stock the office holds at one location."""
    _create(db, as_user, "stock", {"office": office, "location": location, "date": date, "note": note,
                                   "lines": _lines(line)}, why, as_json)


@stock_app.command("add")
def stock_add(stock: int, line: list[str] = LINE, db: str = DB, as_user: Optional[str] = AS, why: str = WHY,
              version: Optional[int] = VERSION, as_json: bool = JSON_OUT):
    """Goods coming into STOCK (added to the line of the same item)."""
    _act(db, as_user, stock, "add", {"lines": _lines(line)}, why, version, as_json)


@stock_app.command("allocate")
def stock_allocate(stock: int, to: int = TO, line: list[str] = LINE, db: str = DB, as_user: Optional[str] = AS,
                   why: str = WHY, version: Optional[int] = VERSION, as_json: bool = JSON_OUT):
    """Promise part of STOCK to a pledge or shipment: no longer free (never more than is free)."""
    _act(db, as_user, stock, "allocate", {"record": to, "lines": _lines(line)}, why, version, as_json)


@stock_app.command("release")
def stock_release(stock: int, to: int = TO, line: list[str] = LINE, db: str = DB, as_user: Optional[str] = AS,
                  why: str = WHY, version: Optional[int] = VERSION, as_json: bool = JSON_OUT):
    """Give back what was allocated to a pledge or shipment (never more than was allocated to it)."""
    _act(db, as_user, stock, "release", {"record": to, "lines": _lines(line)}, why, version, as_json)


@stock_app.command("list")
def stock_list(db: str = DB, as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Stock records with what is free per item."""
    from cityaid.ledger import Ledger
    from cityaid.office.stock import free

    with Ledger(db) as ledger:
        office, user = _office(ledger, as_user)
        rows = _run(lambda: office.records(user, kind="stock"))
    if as_json:
        _dump([{**_record_dict(r), "free": free(r.state)} for r in rows])
        return
    for r in rows:
        _show(r, False)
        out.print("  " + ", ".join(f"{k}: {v} free" for k, v in free(r.state).items()) + (
            f" at {r.state['location']}" if r.state.get("location") else ""), highlight=False)
