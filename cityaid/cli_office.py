"""CLI for the office's records, accounts and partner registry (registered on ``cityaid.cli.app``).

The same operations as the web forms and the API, through the same
``cityaid.office.Office`` methods.  Whoever runs the CLI has the database,
so it acts as an administrator named ``cli`` unless ``--as NAME`` names an
account — then that account's rights apply and its name goes into the log.

    cityaid user add NAME --role editor --place 镇江
    cityaid partners import partners.csv
    cityaid office request --from 曼海姆 --office 镇江 --line 口罩:20000:piece
    cityaid office ship PLEDGE --line mask:20000 --waybill SF1 --inscription "山川异域，风月同天"
    cityaid needs
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from cityaid.cli_common import DB, _fail, app, out

user_app = typer.Typer(no_args_is_help=True, help="Accounts: add users, make API tokens.")
partners_app = typer.Typer(no_args_is_help=True, help="The sister-city registry (CSV in and out).")
office_app = typer.Typer(no_args_is_help=True, help="The office's own records: requests, pledges, shipments...")
app.add_typer(user_app, name="user")
app.add_typer(partners_app, name="partners")
app.add_typer(office_app, name="office")

AS = typer.Option(None, "--as", help="act as this account (its rights apply); default: administrator 'cli'")
WHY = typer.Option("", "--why", help="the reason, kept in the record's history")
JSON_OUT = typer.Option(False, "--json")


def _run(fn):  # noqa: ANN001, ANN202
    """Call ``fn``; office and ledger errors leave as one line and exit code 1."""
    from cityaid.ledger import LedgerError
    from cityaid.office import OfficeError

    try:
        return fn()
    except (OfficeError, LedgerError) as e:
        _fail(str(e))
        raise typer.Exit(1)


def _dump(obj) -> None:  # noqa: ANN001
    print(json.dumps(obj, ensure_ascii=False, indent=1, default=str))


def _office(ledger, as_user: Optional[str]):  # noqa: ANN001, ANN202
    from cityaid.office import SYSTEM, Accounts, Office

    user = SYSTEM
    if as_user:
        user = Accounts(ledger).user(as_user)
        if user is None:
            _fail(f"--as {as_user!r}: no such user")
            raise typer.Exit(2)
    return Office(ledger), user


def _lines(specs: list[str], names: tuple[str, ...] = ("quantity", "unit")) -> list[dict]:
    """``item:q[:x[:y]]`` -> dicts with ``names`` after the item."""
    out_lines = []
    for spec in specs:
        parts = [p.strip() for p in spec.replace("：", ":").split(":")]
        if len(parts) < 2 or not parts[0]:
            _fail(f"--line {spec!r}: write ITEM:{':'.join(n.upper() for n in names)}")
            raise typer.Exit(2)
        out_lines.append({"item": parts[0], **{n: v for n, v in zip(names, parts[1:]) if v != ""}})
    return out_lines


def _record_dict(rec) -> dict:  # noqa: ANN001
    return {"id": rec.id, "kind": rec.kind, "office": rec.office, "status": rec.status, "from": rec.from_key,
            "to": rec.to_key, "parent": rec.parent_id, "published": rec.published, "version": rec.version,
            "state": rec.state, "created_by": rec.created_by, "updated_at": rec.updated_at}


def _show(rec, as_json: bool) -> None:  # noqa: ANN001
    if as_json:
        _dump(_record_dict(rec))
        return
    out.print(f"{rec.kind} [bold]{rec.id}[/bold] ({rec.status}, version {rec.version}"
              f"{', published' if rec.published else ''}) kept by {rec.office}: {rec.from_key} → {rec.to_key}",
              highlight=False)


# ------------------------------------------------------------------ users
@user_app.command("add")
def user_add(name: str, role: str = typer.Option("viewer", "--role", help="admin, editor or viewer"),
             place: list[str] = typer.Option([], "--place", help="a place whose records this account keeps"),
             password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True,
                                          envvar="CITYAID_PASSWORD", help="asked for when not given"),
             db: str = DB):
    """Add an account (password hashed with argon2)."""
    from cityaid.ledger import Ledger
    from cityaid.office import Accounts

    with Ledger(db) as ledger:
        u = _run(lambda: Accounts(ledger).add_user(name, password, role, place))
    out.print(f"user {u.name}: {u.role}" + (f" of {', '.join(u.places)}" if u.places else ""), highlight=False)


@user_app.command("token")
def user_token(name: str, label: str = typer.Option("", "--label"), db: str = DB):
    """Make an API token for NAME (printed once; only its hash is kept)."""
    from cityaid.ledger import Ledger
    from cityaid.office import Accounts

    with Ledger(db) as ledger:
        print(_run(lambda: Accounts(ledger).new_token(name, label)))


@user_app.command("list")
def user_list(db: str = DB, as_json: bool = JSON_OUT):
    """Every account with its role and places."""
    from cityaid.ledger import Ledger
    from cityaid.office import Accounts

    with Ledger(db) as ledger:
        rows = [{"name": u.name, "role": u.role, "places": list(u.places), "disabled": u.disabled}
                for u in Accounts(ledger).users()]
    if as_json:
        _dump(rows)
        return
    for r in rows:
        out.print(f"{r['name']}\t{r['role']}\t{', '.join(r['places'])}" + ("\tdisabled" if r["disabled"] else ""),
                  highlight=False)


# ------------------------------------------------------------------ partners
@partners_app.command("import")
def partners_import(file: Path, db: str = DB):
    """Read a CSV with columns a,b,kind,since,source (places by any name or key), then re-mark the facts."""
    from cityaid.ledger import Ledger
    from cityaid.merge import merge_ledger
    from cityaid.office.partners import import_csv

    with Ledger(db) as ledger:
        with open(file, encoding="utf-8-sig", newline="") as fh:
            added, updated, problems = _run(lambda: import_csv(ledger, fh))
        merge_ledger(ledger)
    for p in problems:
        _fail(f"{file}: {p}")
    out.print(f"partners: {added} added, {updated} updated" + (f", {len(problems)} refused" if problems else ""))
    raise typer.Exit(1 if problems else 0)


@partners_app.command("export")
def partners_export(db: str = DB):
    """The registry as CSV on stdout."""
    from cityaid.ledger import Ledger
    from cityaid.office.partners import export_csv

    with Ledger(db) as ledger:
        export_csv(ledger, sys.stdout)


# ------------------------------------------------------------------ needs
@app.command("needs")
def needs_cmd(db: str = DB, partner: Optional[str] = typer.Option(None, "--partner", help="one partner only"),
              as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Unmet needs by partner and item: requested, pledged, received, missing."""
    from cityaid.ledger import Ledger
    from cityaid.office.matching import unmet
    from cityaid.office.places import place_key

    with Ledger(db) as ledger:
        office, user = _office(ledger, as_user)
        key = _run(lambda: place_key(partner, "--partner")) if partner else None
        rows = unmet(office, user, key)
    if as_json:
        _dump(rows)
        return
    t = Table(title="unmet needs")
    for c in ("partner", "item", "unit", "request", "requested", "pledged", "received", "missing"):
        t.add_column(c, justify="left" if c in ("partner", "item", "unit") else "right")
    for r in rows:
        t.add_row(*(str(r[c]) for c in ("partner", "item", "unit", "request", "requested", "pledged", "received",
                                        "missing")))
    out.print(t)


# ------------------------------------------------------------------ records
def _create(db: str, as_user: Optional[str], kind: str, fields: dict, why: str, as_json: bool) -> None:
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        office, user = _office(ledger, as_user)
        rec = _run(lambda: office.create(user, kind, {k: v for k, v in fields.items() if v not in (None, "", [])},
                                         why))
    _show(rec, as_json)


def _act(db: str, as_user: Optional[str], rid: int, action: str, data: dict, why: str, version: Optional[int],
         as_json: bool) -> None:
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        office, user = _office(ledger, as_user)
        rec = _run(lambda: office.act(user, rid, action, data, why, version))
    _show(rec, as_json)


LINE = typer.Option(..., "--line", help="ITEM:QUANTITY[:UNIT], e.g. 口罩:20000:piece (repeatable)")
OFFICE = typer.Option(None, "--office", help="the office keeping the record (default: the account's place)")
DATE = typer.Option(None, "--date", help="YYYY-MM-DD")
VERSION = typer.Option(None, "--version", help="the version you saw; refused if the record changed since")


@office_app.command("request")
def office_request(frm: str = typer.Option(..., "--from", help="who asks"), to: Optional[str] = typer.Option(None),
                   line: list[str] = LINE, office: Optional[str] = OFFICE, date: Optional[str] = DATE,
                   note: str = typer.Option(""), db: str = DB, as_user: Optional[str] = AS, why: str = WHY,
                   as_json: bool = JSON_OUT):
    """Record a partner's request for supplies."""
    _create(db, as_user, "request", {"from": frm, "to": to, "office": office, "date": date, "note": note,
                                     "lines": _lines(line)}, why, as_json)


@office_app.command("pledge")
def office_pledge(request: Optional[int] = typer.Option(None, "--request", help="the request it answers"),
                  to: Optional[str] = typer.Option(None, help="recipient (unsolicited pledges)"),
                  line: list[str] = LINE, office: Optional[str] = OFFICE, date: Optional[str] = DATE,
                  note: str = typer.Option(""), db: str = DB, as_user: Optional[str] = AS, why: str = WHY,
                  as_json: bool = JSON_OUT):
    """Pledge supplies, against a request or unsolicited."""
    _create(db, as_user, "pledge", {"request_id": request, "to": to, "office": office, "date": date, "note": note,
                                    "lines": _lines(line)}, why, as_json)


@office_app.command("ship")
def office_ship(pledge: int, line: list[str] = typer.Option(..., "--line", help="ITEM:SENT[:UNIT]"),
                waybill: str = typer.Option(""), carrier: str = typer.Option(""), route: str = typer.Option(""),
                inscription: str = typer.Option(""), date: Optional[str] = DATE, note: str = typer.Option(""),
                db: str = DB, as_user: Optional[str] = AS, why: str = WHY, as_json: bool = JSON_OUT):
    """Record a shipment against PLEDGE (more than pledged needs --why)."""
    _create(db, as_user, "shipment", {"pledge_id": pledge, "waybill": waybill, "carrier": carrier, "route": route,
                                      "inscription": inscription, "date": date, "note": note,
                                      "lines": _lines(line, ("sent", "unit"))}, why, as_json)


@office_app.command("status")
def office_status(shipment: int, status: str = typer.Argument(..., help="sent or in_transit"), db: str = DB,
                  as_user: Optional[str] = AS, why: str = WHY, version: Optional[int] = VERSION,
                  as_json: bool = JSON_OUT):
    """Set a shipment's status before anything arrived."""
    _act(db, as_user, shipment, "status", {"status": status}, why, version, as_json)


@office_app.command("receive")
def office_receive(shipment: int,
                   line: list[str] = typer.Option(..., "--line", help="ITEM:RECEIVED[:DAMAGED[:RETURNED]]"),
                   db: str = DB, as_user: Optional[str] = AS, why: str = WHY, version: Optional[int] = VERSION,
                   as_json: bool = JSON_OUT):
    """Record what arrived (added to earlier receipts)."""
    _act(db, as_user, shipment, "receive", {"lines": _lines(line, ("received", "damaged", "returned"))}, why,
         version, as_json)


@office_app.command("ack")
def office_ack(shipment: int, date: Optional[str] = DATE, medium: str = typer.Option("letter"),
               text: str = typer.Option(""), db: str = DB, as_user: Optional[str] = AS, why: str = WHY,
               as_json: bool = JSON_OUT):
    """Record the thank-you that closes SHIPMENT."""
    _create(db, as_user, "acknowledgement", {"shipment_id": shipment, "date": date, "medium": medium, "text": text},
            why, as_json)


@office_app.command("letter")
def office_letter(to: str = typer.Option(...), frm: Optional[str] = typer.Option(None, "--from"),
                  kind: str = typer.Option("solidarity", "--kind", help="sympathy, solidarity, thanks"),
                  medium: str = typer.Option("letter", help="letter, telegram, video, call"),
                  date: Optional[str] = DATE, text: str = typer.Option(""), office: Optional[str] = OFFICE,
                  db: str = DB, as_user: Optional[str] = AS, why: str = WHY, as_json: bool = JSON_OUT):
    """Record a letter, telegram, video or call."""
    _create(db, as_user, "letter", {"to": to, "from": frm, "letter_kind": kind, "medium": medium, "date": date,
                                    "text": text, "office": office}, why, as_json)


@office_app.command("meeting")
def office_meeting(party: list[str] = typer.Option(..., "--party"), topic: list[str] = typer.Option([], "--topic"),
                   participant: list[str] = typer.Option([], "--participant"), minutes: str = typer.Option(""),
                   medium: str = typer.Option("video"), date: Optional[str] = DATE, office: Optional[str] = OFFICE,
                   db: str = DB, as_user: Optional[str] = AS, why: str = WHY, as_json: bool = JSON_OUT):
    """Record a (video) meeting with its topics, participants and minutes."""
    _create(db, as_user, "meeting", {"parties": party, "topics": topic, "participants": participant,
                                     "minutes": minutes, "medium": medium, "date": date, "office": office}, why,
            as_json)


@office_app.command("publish")
def office_publish(record: int, db: str = DB, as_user: Optional[str] = AS, version: Optional[int] = VERSION,
                   as_json: bool = JSON_OUT):
    """Publish a record: it joins the ledger's facts (its figures authoritative) and becomes public."""
    _act(db, as_user, record, "publish", {}, "", version, as_json)


@office_app.command("edit")
def office_edit(record: int, field: list[str] = typer.Option(..., "--set", help="FIELD=TEXT, e.g. note=checked; "
                                                                  "the record kind's text fields (repeatable)"),
                db: str = DB, as_user: Optional[str] = AS, why: str = WHY, version: Optional[int] = VERSION,
                as_json: bool = JSON_OUT):
    """Change a record's text fields (waybill, carrier, note, location...); figures change only by events."""
    data = {}
    for f in field:
        name, sep, value = f.partition("=")
        if not sep or not name.strip():
            _fail(f"--set {f!r}: write FIELD=TEXT")
            raise typer.Exit(2)
        data[name.strip()] = value
    _act(db, as_user, record, "edit", data, why, version, as_json)


@office_app.command("withdraw")
def office_withdraw(request: int, why: str = typer.Option(..., "--why"), db: str = DB,
                    as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Withdraw a request (a reason is required)."""
    _act(db, as_user, request, "withdraw", {}, why, None, as_json)


@office_app.command("cancel")
def office_cancel(pledge: int, why: str = typer.Option(..., "--why"), db: str = DB,
                  as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Cancel a pledge (a reason is required)."""
    _act(db, as_user, pledge, "cancel", {}, why, None, as_json)


@office_app.command("show")
def office_show(record: int, db: str = DB, as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """One record with its full history (who, when, what, why)."""
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        office, user = _office(ledger, as_user)
        rec = _run(lambda: office.get(user, record))
        hist = _run(lambda: office.history(user, record))
    if as_json:
        _dump({**_record_dict(rec), "history": [e.__dict__ for e in hist]})
        return
    _show(rec, False)
    out.print(json.dumps(rec.state, ensure_ascii=False, indent=1, default=str), highlight=False)
    for e in hist:
        out.print(f"  #{e.seq} {e.at:%Y-%m-%d %H:%M} {e.who}: {e.action}" + (f" — {e.why}" if e.why else ""),
                  highlight=False)


@office_app.command("list")
def office_list(kind: Optional[str] = typer.Option(None, "--kind"), db: str = DB, as_user: Optional[str] = AS,
                as_json: bool = JSON_OUT):
    """Records (newest first)."""
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        office, user = _office(ledger, as_user)
        rows = _run(lambda: office.records(user, kind=kind))
    if as_json:
        _dump([_record_dict(r) for r in rows])
        return
    for r in rows:
        _show(r, False)
