"""The ``cityaid`` command: thin glue over the package's functions.

Each command parses options, calls the importable API and prints; errors
from below arrive as exceptions and leave here as one line naming the file
and the problem.  Commands that touch the ledger take ``--db`` (a SQLite path
or a database URL).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from cityaid.cli_common import DB, _fail, _progress, app, err, out, score_table  # noqa: F401 - shared by the subcommands


class _Run:
    """Reports under the given paths, extracted one by one with a progress bar; failures counted and told."""

    def __init__(self, paths: list[Path], label: str):
        from cityaid.read import ReadError, discover

        self.files, self.failed, self.label = [], 0, label
        for p in paths:  # per argument, so one empty folder does not hide the others
            try:
                self.files.extend(discover([p]))
            except ReadError as e:
                self.fail(str(e))

    def fail(self, message: str) -> None:
        self.failed += 1
        _fail(message)

    def __iter__(self):
        from cityaid.pipeline import ExtractError, iter_extracted
        from cityaid.read import ReadError

        with _progress() as progress:
            task = progress.add_task(self.label, total=len(self.files))
            for f in self.files:
                items = iter_extracted([f])
                if f.name.lower().endswith((".warc", ".warc.gz")):  # a crawl file: its own bar, by bytes
                    from cityaid.crawl.extract import extract_warc
                    sub = progress.add_task(f.name, total=f.stat().st_size)
                    items = extract_warc(f, on_progress=lambda n, sub=sub: progress.update(sub, completed=n))
                for item in items:
                    if isinstance(item, (ReadError, ExtractError)):
                        self.fail(str(item))
                    else:
                        yield item
                progress.advance(task)


@app.command()
def extract(paths: list[Path] = typer.Argument(..., help="report files or folders"),
            out_path: Path = typer.Option(..., "--out", "-o", help="JSON Lines file to write (- for stdout)")):
    """Read reports and write their events as spec JSON Lines, without a database.

    Evidence spans count in the original document: an HTML page's source (a web-archive record's
    HTML payload), not the main text read from it; one that cannot be placed there is left out."""
    from cityaid.pipeline import spec_events

    run = _Run(paths, "extracting")
    fh = sys.stdout if str(out_path) == "-" else open(out_path, "w", encoding="utf-8")
    n_docs = n_events = 0
    try:
        for item in run:
            row = {"doc": item.document.doc_id, "events": spec_events(item)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n_docs += 1
            n_events += len(item.events)
    finally:
        if fh is not sys.stdout:
            fh.close()
    err.print(f"{n_docs} documents, {n_events} events" + (f", {run.failed} failed" if run.failed else ""))
    raise typer.Exit(1 if run.failed else 0)


@app.command()
def ingest(paths: Optional[list[Path]] = typer.Argument(None, help="report files or folders"), db: str = DB,
           reextract: bool = typer.Option(False, "--reextract",
                                          help="read documents again even when unchanged (without paths: every "
                                               "stored document, from its stored text); review decisions are kept")):
    """Read reports, extract their events and store them in the ledger (one transaction per document)."""
    from cityaid.ledger import Ledger, LedgerError
    from cityaid.merge import merge_pending

    if not paths and not reextract:
        _fail("ingest: give report files or folders (or --reextract to read the stored documents again)")
        raise typer.Exit(2)
    run = _Run(paths or [], "ingesting")
    counts = {"new": 0, "unchanged": 0, "replaced": 0}
    try:
        with Ledger(db) as ledger:
            items = iter(run)
            if not paths:  # the stored documents, from their stored text (cityaid.review.reextract)
                from cityaid.review.reextract import iter_reextracted, stored_doc_ids
                items = _stored(run, ledger, stored_doc_ids(ledger), iter_reextracted)
            for item in items:
                try:
                    counts[ledger.store(item.document, item.clean, item.events, force=reextract)] += 1
                except LedgerError as e:
                    run.fail(str(e))
            merge_pending(ledger)  # reports of one fact become one fact; only the blocks of what changed are redone
            summary = ledger.summary()
    except LedgerError as e:  # the ledger itself cannot be opened or merged: nothing more to do
        _fail(str(e))
        raise typer.Exit(2)
    out.print(f"ingested: {counts['new']} new, {counts['replaced']} replaced, {counts['unchanged']} unchanged"
              + (f", [red]{run.failed} failed[/red]" if run.failed else ""))
    _print_summary(summary, db)
    raise typer.Exit(1 if run.failed else 0)


def _stored(run: _Run, ledger, doc_ids: list[str], iter_reextracted):  # noqa: ANN001, ANN202
    """The stored documents extracted afresh, with a progress bar; failures counted and told as for files."""
    from cityaid.pipeline import ExtractError

    with _progress() as progress:
        task = progress.add_task("re-extracting", total=len(doc_ids))
        for item in iter_reextracted(ledger, doc_ids):
            if isinstance(item, ExtractError):
                run.fail(str(item))
            else:
                yield item
            progress.advance(task)


def _print_summary(summary: dict, db: str) -> None:
    t = Table(title=f"ledger {db}", show_header=True)
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("documents", str(summary.get("documents", 0)))
    t.add_row("events", str(summary.get("events", 0)))
    for typ, n in sorted((summary.get("events_by_type") or {}).items()):
        t.add_row(f"  {typ}", str(n))
    t.add_row("actors", str(summary.get("actors", 0)))
    out.print(t)
    top = summary.get("top_actors") or []
    if top:
        out.print("most active: " + ", ".join(f"{a['key']} ({a['events']})" for a in top[:8]))


@app.command()
def events(db: str = DB,
           type: Optional[str] = typer.Option(None, "--type", help="donation, message, consultation, ..."),
           actor: Optional[str] = typer.Option(None, "--actor", help="a place in Chinese (either script) or English"),
           since: Optional[str] = typer.Option(None, help="ISO date"),
           until: Optional[str] = typer.Option(None, help="ISO date"),
           limit: int = typer.Option(50, help="rows to show"),
           as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table")):
    """List the events the ledger holds."""
    from cityaid.ledger import Ledger
    from cityaid.resolve import resolve_name

    key = None
    if actor:
        m = resolve_name(actor)
        if m is None or not m.key:
            _fail(f"--actor {actor!r}: no such place in the gazetteer")
            raise typer.Exit(2)
        key = m.key
    with Ledger(db) as ledger:
        rows = ledger.iter_events(type=type, actor=key, since=since, until=until, limit=limit, include_sub=True)
        if as_json:
            for r in rows:
                print(json.dumps({"doc": r.doc_id, **r.event}, ensure_ascii=False))
            return
        t = Table(show_lines=False)
        for c in ("doc", "type", "date", "from", "to", "what", "evidence"):
            t.add_column(c, overflow="fold")
        for r in rows:
            e = r.event
            what = ", ".join(f"{i['item']} {i.get('quantity') or ''}".strip() for i in e.get("items", []))
            what += "".join(f" {m['amount']:g} {m['currency']}" for m in e.get("money", []))
            t.add_row(r.doc_id, e["type"] + (f"({e['of']})" if e.get("of") else ""),
                      (e.get("date") or {}).get("value", ""),
                      ", ".join(a.get("key") or a["name"] for a in e.get("from", [])),
                      ", ".join(a.get("key") or a["name"] for a in e.get("to", [])),
                      what, (e.get("evidence") or "")[:60])
        out.print(t)


@app.command()
def export(db: str = DB,
           format: str = typer.Option("jsonl", "--format",
                                      help="jsonl (spec JSON Lines) | csv | hxl (CSV with HXL hashtags) | xlsx | "
                                           "geojson | datasette-metadata"),
           table: str = typer.Option("facts", "--table", help="csv/hxl: facts | events | sources | places"),
           out_path: Optional[Path] = typer.Option(None, "--out", help="write here instead of stdout")):
    """Write the ledger for analysts: spec JSON Lines, CSV / HXL CSV of one table, XLSX (a sheet per table),
    GeoJSON of places and flows, or Datasette metadata (``datasette cityaid.db -m metadata.json``)."""
    from cityaid.report.export.cli import run_export

    run_export(db, format, table, out_path)


@app.command("eval")
def eval_(gold: Path, pred: Path, as_json: bool = typer.Option(False, "--json"),
          only_gold: bool = typer.Option(False, "--only-gold-docs",
                                         help="ignore predictions for documents the gold file does not hold")):
    """Precision, recall and F1 by event type of PRED against GOLD (the spec's scoring rules)."""
    from cityaid.evaluate import EvalError, evaluate, load_events, prf

    try:
        gold_docs, pred_docs = load_events(gold), load_events(pred)
        if only_gold:
            pred_docs = {k: v for k, v in pred_docs.items() if k in gold_docs}
        rep = evaluate(gold_docs, pred_docs)
    except (OSError, EvalError) as e:
        _fail(str(e))
        raise typer.Exit(2)
    if as_json:
        print(json.dumps(rep.to_dict(), ensure_ascii=False, indent=1))
        return
    out.print(score_table(rep, f"{pred} against {gold}"))
    for k in ("actor keys", "items", "money", "dates"):
        right, n = rep.attributes[k]
        out.print(f"  {k:<12}{right:>5}/{n:<5}{(right / n if n else float('nan')):>7.2f}")
    p, r, f = prf(*rep.totals)
    out.print(f"event F1 {f:.3f} (P {p:.3f}, R {r:.3f})")


# The ledger's answers (ledger, pair, timeline, claims, network) and merge decisions live in their own
# module; importing it registers its commands on ``app``.
from cityaid import cli_answers  # noqa: E402,F401
from cityaid import cli_office  # noqa: E402,F401 - office records, accounts, partners
from cityaid import cli_accounts, cli_stock  # noqa: E402,F401 - account admin, the office's stock
from cityaid import cli_spark  # noqa: E402,F401 - cityaid spark extract (WARC files on Spark)
from cityaid import cli_review  # noqa: E402,F401 - cityaid review (accept, fix, reject, add; gold in and out)

if __name__ == "__main__":  # pragma: no cover
    app()
from cityaid import cli_serve  # noqa
