"""``cityaid review``: people's word on events, from the command line (registered on ``cityaid.cli.app``).

The same operations as the review pages and API, through the same
``cityaid.review.Review`` methods.  As for the office: whoever runs the CLI
has the database, so it acts as an administrator named ``cli`` unless
``--as NAME`` names an account — then that account's rights apply and its
name goes into the decisions.  ``review import --as NAME`` names the
annotator: that account's rights when there is one, else the CLI's own, with
``NAME`` written as who decided.

    cityaid review queue --place 镇江
    cityaid review show DOC
    cityaid review accept ID
    cityaid review reject ID --why plan
    cityaid review fix ID --set date=2020-03-05 --set to=曼海姆 --item mask:10000:piece
    cityaid review add DOC --type donation --from 镇江 --to 曼海姆 --evidence "…"
    cityaid review import gold.jsonl --as NAME ; cityaid review export --out reviewed.jsonl
    cityaid review regress
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
from rich.markup import escape
from rich.table import Table

from cityaid.cli_common import DB, _fail, _progress, app, err, out, score_table

review_app = typer.Typer(no_args_is_help=True,
                         help="Review extracted events: accept, fix, reject, add; gold files in and out; regress.")
app.add_typer(review_app, name="review")

AS = typer.Option(None, "--as", help="act as this account (its rights apply); default: administrator 'cli'")
JSON_OUT = typer.Option(False, "--json")
VERSION = typer.Option(None, "--version", help="the version you saw (refused if the event changed since)")
COUNTS = ("partners_count", "countries_count", "events_count")


def _run(fn):  # noqa: ANN001, ANN202
    """Call ``fn``; review, office and ledger errors leave as one line and exit code 1."""
    from cityaid.ledger import LedgerError
    from cityaid.office import OfficeError
    from cityaid.office.errors import detail

    try:
        return fn()
    except (OfficeError, LedgerError) as e:
        _fail(str(detail(e)))
        raise typer.Exit(1)


def _dump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=1, default=str))


def _open(db: str, as_user: Optional[str], must_exist: bool = True):  # noqa: ANN202
    """(ledger, Review, user) for the command; ``--as`` an unknown account fails unless ``must_exist`` is off."""
    from cityaid.ledger import Ledger, LedgerError
    from cityaid.office import Accounts
    from cityaid.review import SYSTEM, Review

    try:
        ledger = Ledger(db)
    except LedgerError as e:
        _fail(str(e))
        raise typer.Exit(2)
    user = SYSTEM
    if as_user:
        found = Accounts(ledger).user(as_user)
        if found is None and must_exist:
            ledger.close()
            _fail(f"--as {as_user!r}: no such user")
            raise typer.Exit(2)
        user = found or SYSTEM
    return ledger, Review(ledger), user


def _what(e: dict) -> str:
    parts = [f"{i['item']} {i.get('quantity') if i.get('quantity') is not None else ''}{' ' + i['unit'] if i.get('unit') else ''}".strip()
             for i in e.get("items") or []]
    parts += [f"{m['amount']:g} {m['currency']}" if isinstance(m.get("amount"), (int, float)) else str(m)
              for m in e.get("money") or []]
    return ", ".join(parts)


def _side(e: dict, role: str) -> str:
    return ", ".join(a.get("key") or a.get("name") or "?" for a in e.get(role) or [])


def _print_event(v) -> None:  # noqa: ANN001 - a ReviewEvent
    e = v.event
    state = v.state + (" (orphan)" if v.orphan else "") + (f": {v.reason}" if v.reason else "")
    out.print(f"[bold]event {v.id}[/bold] v{v.version} {escape(state)} — {e.get('type')} "
              f"{escape(_side(e, 'from'))} → {escape(_side(e, 'to'))} {(e.get('date') or {}).get('value', '')} "
              f"{escape(_what(e))}", highlight=False)
    out.print(f"  “{escape(e.get('evidence') or '')}” {list(v.span) if v.span else ''}", highlight=False)


@review_app.command("queue")
def queue_cmd(db: str = DB, place: Optional[str] = typer.Option(None, "--place", help="a place's events only"),
              limit: int = typer.Option(30, "--limit"), as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """What is worth reviewing first: unsure events, likely misses, disagreeing sources, aggregate gaps."""
    ledger, rv, user = _open(db, as_user)
    with ledger:
        rows = _run(lambda: rv.queue(user, place=place, limit=limit))
    if as_json:
        _dump([q.to_dict() for q in rows])
        return
    t = Table()
    for c in ("kind", "doc", "event", "fact", "score", "why"):
        t.add_column(c, overflow="fold")
    for q in rows:
        t.add_row(q.kind, q.doc_id, str(q.event_id or ""), q.fact_id or "", f"{q.score:.2f}", q.reason)
    out.print(t)


@review_app.command("show")
def show_cmd(doc: str = typer.Argument(..., help="a stored document's id (as `cityaid export` names it)"),
             db: str = DB, as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """A document's events with their ids and state."""
    ledger, rv, user = _open(db, as_user)
    with ledger:
        d = _run(lambda: rv.doc(user, doc))
    if as_json:
        _dump(d.to_dict())
        return
    out.print(f"[bold]{escape(d.doc_id)}[/bold] {escape(d.title or '')} ({len(d.events)} events)", highlight=False)
    for v in d.events:
        _print_event(v)


def _decided(v, as_json: bool) -> None:  # noqa: ANN001
    if as_json:
        _dump(v.to_dict())
    else:
        _print_event(v)


@review_app.command("accept")
def accept_cmd(event_id: int, db: str = DB, why: str = typer.Option("", "--why"), version: Optional[int] = VERSION,
               as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """The event stands as read."""
    ledger, rv, user = _open(db, as_user)
    with ledger:
        v = _run(lambda: rv.accept(user, event_id, seen_version=version, why=why))
    _decided(v, as_json)


@review_app.command("reject")
def reject_cmd(event_id: int, why: str = typer.Option(..., "--why",
                                                      help="not_an_event | plan | same_as | wrong_place | your words"),
               same_as: Optional[int] = typer.Option(None, "--same-as", help="the event it duplicates (--why same_as)"),
               note: str = typer.Option("", "--note", help="more words, kept in the history"), db: str = DB,
               version: Optional[int] = VERSION, as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Not an event (with the reason); it stays rejected when extraction runs again."""
    ledger, rv, user = _open(db, as_user)
    with ledger:
        v = _run(lambda: rv.reject(user, event_id, why, seen_version=version, why=note, same_as=same_as))
    _decided(v, as_json)


def _changes(sets: list[str], items: list[str], money: list[str]) -> dict:
    from cityaid.review import ReviewError

    changes: dict[str, Any] = {}
    for s in sets:
        key, eq, value = s.partition("=")
        key = key.strip()
        if not eq or not key:
            raise ReviewError(f"--set {s!r}: write FIELD=VALUE (date=2020-03-05, to=曼海姆, type=message)")
        if key in COUNTS:
            try:
                changes[key] = int(value)
            except ValueError:
                raise ReviewError(f"--set {s!r}: {key} is a whole number") from None
        elif key == "evidence_span":
            changes[key] = [int(x) for x in value.replace("[", "").replace("]", "").split(",")]
        elif key in ("money", "items"):
            changes[key] = [v for v in value.split(",") if v.strip()]
        else:
            changes[key] = value if value != "" else None
    if items:
        changes["items"] = list(items)
    if money:
        changes["money"] = list(money)
    return changes


@review_app.command("fix")
def fix_cmd(event_id: int, sets: list[str] = typer.Option([], "--set", help="FIELD=VALUE: type, from, to, date, "
                                                                            "evidence, value, kind, medium, of ..."),
            items: list[str] = typer.Option([], "--item", help="ITEM:QUANTITY:UNIT (replaces the items)"),
            money: list[str] = typer.Option([], "--money", help="AMOUNT:CURRENCY (replaces the money)"),
            db: str = DB, why: str = typer.Option("", "--why"), version: Optional[int] = VERSION,
            as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Change fields of an event; the result is the person's and survives re-extraction."""
    ledger, rv, user = _open(db, as_user)
    with ledger:
        v = _run(lambda: rv.fix(user, event_id, _changes(sets, items, money), seen_version=version, why=why))
    _decided(v, as_json)


@review_app.command("add")
def add_cmd(doc: str, type: str = typer.Option(..., "--type"), evidence: str = typer.Option(
                ..., "--evidence", help="the document's exact words that state the event"),
            from_: list[str] = typer.Option([], "--from"), to: list[str] = typer.Option([], "--to"),
            date: Optional[str] = typer.Option(None, "--date"), items: list[str] = typer.Option([], "--item"),
            money: list[str] = typer.Option([], "--money"), sets: list[str] = typer.Option([], "--set"),
            db: str = DB, why: str = typer.Option("", "--why"), as_user: Optional[str] = AS,
            as_json: bool = JSON_OUT):
    """An event the extractor missed, from a verbatim span of the document."""
    ledger, rv, user = _open(db, as_user)

    def go():  # noqa: ANN202
        ev = _changes(sets, items, money)
        ev.update({"type": type, "evidence": evidence, "from": list(from_), "to": list(to)})
        if date:
            ev["date"] = date
        return rv.add(user, doc, ev, why=why)
    with ledger:
        v = _run(go)
    _decided(v, as_json)


@review_app.command("history")
def history_cmd(event_id: int, db: str = DB, as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Every decision on an event (who, when, what, why), oldest first."""
    ledger, rv, user = _open(db, as_user)
    with ledger:
        v = _run(lambda: rv.event(user, event_id))
        rows = _run(lambda: rv.history(user, event_id))
    if as_json:
        _dump({"event": v.to_dict(), "history": [h.to_dict() for h in rows]})
        return
    _print_event(v)
    for h in rows:
        what = h.data.get("reason") or ", ".join(sorted((h.data.get("set") or {}).keys()))
        out.print(f"  {h.seq}. {h.at:%Y-%m-%d %H:%M} {escape(h.who)} {h.action} {escape(str(what or ''))}"
                  f"{' — ' + escape(h.why) if h.why else ''}", highlight=False)


@review_app.command("orphans")
def orphans_cmd(db: str = DB, as_user: Optional[str] = AS, as_json: bool = JSON_OUT):
    """Decisions the current extraction has nothing to attach to (they still count as left)."""
    ledger, rv, user = _open(db, as_user)
    with ledger:
        rows = _run(lambda: rv.orphans(user))
    if as_json:
        _dump([v.to_dict() for v in rows])
        return
    if not rows:
        out.print("no orphans")
    for v in rows:
        out.print(f"[bold]{escape(v.doc_id)}[/bold]", highlight=False)
        _print_event(v)


@review_app.command("import")
def import_cmd(gold: Path = typer.Argument(..., help="a gold file in the spec's format (JSON Lines)"),
               as_name: str = typer.Option(..., "--as", help="who annotated it (an account's rights if one exists)"),
               db: str = DB, as_json: bool = JSON_OUT):
    """A gold file's events as decisions on its (stored) documents: accept, fix, add, reject the rest."""
    from cityaid.review.gold import import_gold, read_gold

    ledger, rv, user = _open(db, as_name, must_exist=False)
    with ledger:
        total = len(_run(lambda: read_gold(gold)))
        with _progress() as progress:
            task = progress.add_task("importing", total=total)
            st = _run(lambda: import_gold(rv, gold, user, who=as_name, on_doc=lambda _d: progress.advance(task)))
    for p in st.problems:
        _fail(p)
    if as_json:
        _dump(st.to_dict())
    else:
        out.print(f"imported {st.documents} documents: {st.accepted} accepted, {st.fixed} fixed, {st.added} added, "
                  f"{st.rejected} rejected, {st.unchanged} unchanged"
                  + (f", [red]{len(st.problems)} failed[/red]" if st.problems else ""))
    raise typer.Exit(1 if st.problems else 0)


@review_app.command("export")
def export_cmd(out_path: Path = typer.Option(..., "--out", help="the gold file to write (JSON Lines)"),
               clusters: Optional[Path] = typer.Option(None, "--clusters",
                                                       help="where the merged clusters go (default: clusters.json "
                                                            "beside --out)"),
               db: str = DB):
    """Reviewed documents as a gold file in the spec's format, and clusters.json of their merged facts."""
    from cityaid.review.gold import export_gold

    clusters = clusters or out_path.with_name("clusters.json")
    ledger, rv, _user = _open(db, None)
    with ledger, open(out_path, "w", encoding="utf-8") as fh, open(clusters, "w", encoding="utf-8") as ch:
        docs, events = _run(lambda: export_gold(rv, fh, ch))
    err.print(f"{docs} reviewed documents, {events} events -> {out_path}; clusters -> {clusters}")


@review_app.command("regress")
def regress_cmd(db: str = DB, out_path: Optional[Path] = typer.Option(None, "--out",
                                                                      help="also write the fresh extraction here"),
                as_json: bool = JSON_OUT):
    """Extract the reviewed documents afresh and score the result against people's decisions."""
    from cityaid.evaluate import prf
    from cityaid.review.regress import people_gold, regress

    ledger, rv, _user = _open(db, None)
    with ledger:
        n = len(people_gold(rv))
        with _progress() as progress:
            task = progress.add_task("extracting", total=n)
            res = _run(lambda: regress(rv, on_doc=lambda _d: progress.advance(task)))
    for p in res.problems:
        _fail(p)
    if out_path is not None:
        with open(out_path, "w", encoding="utf-8") as fh:
            for d in sorted(res.predictions):
                fh.write(json.dumps({"doc": d, "events": res.predictions[d]}, ensure_ascii=False) + "\n")
    rep = res.report
    if as_json:
        _dump({"documents": n, **{k: v for k, v in rep.to_dict().items() if k != "by_doc"}})
        return
    out.print(score_table(rep, f"fresh extraction against people's decisions ({n} reviewed documents)"))
    p, r, f = prf(*rep.totals)
    out.print(f"event F1 {f:.3f} (P {p:.3f}, R {r:.3f})")
