"""CLI commands over the merged ledger: its answers and a person's merge decisions (registered on ``cityaid.cli.app``).

Answers read merged *facts* (``Ledger.facts``), so a gift told by three
outlets counts once; each prints a Rich table, or the answer's dict with
``--json``.  Places are given in Chinese (either script), English, or as
keys (``CN/Chongqing``) and resolved with ``resolve_name``.

Decisions: ``cityaid merge A B [C...]`` takes event ids (the ``id`` column of
``cityaid facts``/the ledger) and/or fact ids (``F…``: all of that fact's
events); ``cityaid split E`` takes one event id.  Both are stored and
replayed by every later merge run.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
from rich.table import Table

from cityaid.cli import DB, _fail, app, out


def _dump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=1, default=str))


def _place(name: str) -> str:
    from cityaid.resolve import resolve_name

    m = resolve_name(name)
    if m is not None and m.key:
        return m.key
    if "/" in name or (len(name) == 2 and name.isupper()):
        return name
    _fail(f"{name!r}: no such place in the gazetteer")
    raise typer.Exit(2)


def _facts(db: str, **filters: Any) -> list:
    from cityaid.ledger import Ledger, LedgerError

    try:
        with Ledger(db) as ledger:
            return list(ledger.facts(**filters))
    except LedgerError as e:
        _fail(str(e))
        raise typer.Exit(2)


def _fig(d: dict) -> str:
    return ", ".join(f"{k} {v:,}" if isinstance(v, (int, float)) else f"{k} {v}" for k, v in d.items()) or "-"


def _what(p: dict) -> str:
    parts = [f"{i.get('item')} {i['quantity']:,}" if i.get("quantity") is not None else str(i.get("item"))
             for i in p.get("items") or []]
    parts += [f"{m['amount']:,} {m['currency']}" for m in p.get("money") or []]
    return ", ".join(parts)


# ------------------------------------------------------------------ merging
def _print_stats(stats) -> None:  # noqa: ANN001
    out.print(f"merged {stats.events} events into {stats.facts} facts "
              f"({stats.multi_source} told by several documents; {stats.decisions} decisions applied)")


@app.command("merge-run")
def merge_run(db: str = DB, as_json: bool = typer.Option(False, "--json")):
    """Re-merge every stored event into facts (one per real-world fact), obeying recorded decisions."""
    from dataclasses import asdict

    from cityaid.ledger import Ledger
    from cityaid.merge import merge_ledger

    with Ledger(db) as ledger:
        stats = merge_ledger(ledger)
    _dump(asdict(stats)) if as_json else _print_stats(stats)


@app.command("remerge")
def remerge(db: str = DB, as_json: bool = typer.Option(False, "--json")):
    """Same as merge-run."""
    merge_run(db=db, as_json=as_json)


@app.command("merge")
def merge_cmd(ids: list[str] = typer.Argument(..., help="event ids and/or fact ids (F...), at least two events"),
              db: str = DB, who: str = typer.Option("", help="who decides"),
              why: str = typer.Option("", help="why"), as_json: bool = typer.Option(False, "--json")):
    """Record that these events (or all events of these facts) are one fact; later runs keep them together."""
    from cityaid.merge import decide_merge

    _decide(db, lambda ledger: decide_merge(ledger, ids, who, why), as_json)


@app.command("split")
def split_cmd(event_id: int = typer.Argument(..., help="event id to take out of its fact"), db: str = DB,
              who: str = typer.Option("", help="who decides"), why: str = typer.Option("", help="why"),
              as_json: bool = typer.Option(False, "--json")):
    """Record that event E is not the fact it is in; later runs never put it back with those events."""
    from cityaid.merge import decide_split

    _decide(db, lambda ledger: decide_split(ledger, event_id, who, why), as_json)


def _decide(db: str, decide, as_json: bool) -> None:
    """Run a person's merge/split decision on the ledger and show what the re-merge did."""
    from dataclasses import asdict

    from cityaid.ledger import Ledger
    from cityaid.merge import MergeError

    with Ledger(db) as ledger:
        try:
            stats = decide(ledger)
        except MergeError as e:
            _fail(str(e))
            raise typer.Exit(2)
    _dump(asdict(stats)) if as_json else _print_stats(stats)


@app.command("facts")
def facts_cmd(db: str = DB, type: Optional[str] = typer.Option(None, "--type"),
              actor: Optional[str] = typer.Option(None, "--actor"), limit: int = typer.Option(50),
              as_json: bool = typer.Option(False, "--json")):
    """List merged facts with their sources, confidence and disagreements."""
    rows = _facts(db, type=type, actor=_place(actor) if actor else None, include_sub=True)[:limit]
    if as_json:
        _dump([{**f.fact, "id": f.id, "confidence": f.confidence, "documents": f.sources,
                "event_ids": list(f.event_ids), "disagreements": f.disagreements} for f in rows])
        return
    t = Table()
    for c in ("fact", "type", "date", "from", "to", "what", "docs", "events", "conf", "disagree"):
        t.add_column(c, overflow="fold")
    for f in rows:
        p = f.fact
        t.add_row(f.id, p["type"] + (f"({p['of']})" if p.get("of") else ""), (p.get("date") or {}).get("value", ""),
                  ", ".join(a.get("key") or a["name"] for a in p.get("from", [])),
                  ", ".join(a.get("key") or a["name"] for a in p.get("to", [])), _what(p), str(f.sources),
                  ",".join(map(str, f.event_ids)), f"{f.confidence:.2f}",
                  "; ".join(d["field"] for d in f.disagreements))
    out.print(t)


@app.command("eval-merge")
def eval_merge_cmd(clusters: Path, export: Path,
                   gold: list[Path] = typer.Option([], "--gold", help="gold JSON Lines (repeatable): cluster "
                                                   "indexes refer to gold events, paired to the export's"),
                   as_json: bool = typer.Option(False, "--json")):
    """Pairwise precision/recall of the export's ``canonical`` ids against a clusters file."""
    from cityaid.evaluate import EvalError, load_events
    from cityaid.merge.evaluate import eval_merge, load_clusters

    try:
        cl = load_clusters(clusters)
        exp = load_events(export)
        gold_docs: dict | None = None
        for g in gold:
            gold_docs = {**(gold_docs or {}), **load_events(g)}
    except (OSError, ValueError, KeyError, TypeError, EvalError) as e:
        _fail(f"{e}")
        raise typer.Exit(2)
    rep = eval_merge(cl, exp, gold_docs)
    if as_json:
        _dump(rep)
        return
    t = Table(title=f"merge of {export} against {clusters} ({rep['mode']})")
    for c in ("events", "true pairs", "predicted pairs", "right", "P", "R", "F1"):
        t.add_column(c, justify="right")
    t.add_row(str(rep["events"]), str(rep["true_pairs"]), str(rep["predicted_pairs"]), str(rep["right_pairs"]),
              f"{rep['precision']:.3f}", f"{rep['recall']:.3f}", f"{rep['f1']:.3f}")
    out.print(t)
    out.print(f"pairwise P {rep['precision']:.3f} R {rep['recall']:.3f} F1 {rep['f1']:.3f}")


# ------------------------------------------------------------------ answers
@app.command("ledger")
def ledger_cmd(place: str = typer.Argument(..., help="a place: 重庆, 重慶, Chongqing, CN/Chongqing"), db: str = DB,
               no_sub: bool = typer.Option(False, "--no-sub", help="leave out the places below it"),
               as_json: bool = typer.Option(False, "--json")):
    """What a place (and its sub-places) gave and received: by item, money, counterpart and month."""
    from cityaid.report import place_ledger

    key = _place(place)
    rep = place_ledger(_facts(db, actor=key, include_sub=not no_sub), key, include_sub=not no_sub)
    if as_json:
        _dump(rep)
        return
    out.print(f"[bold]{key}[/bold]" + (f" — including sub-places: {', '.join(rep['sub_places'])}"
                                       if rep["sub_places"] else (" (and any sub-places)" if not no_sub else "")))
    for side in ("given", "received"):
        r = rep[side]
        t = Table(title=f"{side}: {r['facts']} facts; items {_fig(r['items'])}; money {_fig(r['money'])}")
        for c in ("by", "facts", "items", "money"):
            t.add_column(c, overflow="fold")
        for k, v in r["by_counterpart"].items():
            t.add_row(f"counterpart {k}", str(v["facts"]), _fig(v["items"]), _fig(v["money"]))
        for k, v in r["by_month"].items():
            t.add_row(f"month {k}", str(v["facts"]), _fig(v["items"]), _fig(v["money"]))
        out.print(t)
    if rep["other"]:
        out.print("other exchanges: " + ", ".join(f"{t} sent {v['sent']}/received {v['received']}"
                                                  for t, v in rep["other"].items()))


@app.command("pair")
def pair_cmd(a: str, b: str, db: str = DB, as_json: bool = typer.Option(False, "--json")):
    """Gifts both ways between two places: who gave first, what came back, after how long, in what proportion."""
    from cityaid.report import pair_report

    ka, kb = _place(a), _place(b)
    rep = pair_report(_facts(db, actor=[ka, kb], include_sub=True), ka, kb)
    if as_json:
        _dump(rep)
        return
    t = Table(title=f"{ka} ⇄ {kb}")
    for c in ("date", "direction", "fact", "what"):
        t.add_column(c, overflow="fold")
    rows = [(g, f"{ka} → {kb}") for g in rep["a_to_b"]] + [(g, f"{kb} → {ka}") for g in rep["b_to_a"]]
    for g, d in sorted(rows, key=lambda r: r[0]["date"] or "9999"):
        t.add_row(g["date"] or "?", d, g["fact"] or "", _what(g))
    out.print(t)
    if rep["first_giver"]:
        out.print(f"first gift: {rep['first_giver']} on {rep['first_gift']['date']}")
    if rep["first_return"]:
        out.print(f"first return: {rep['first_return']['date']}, after {rep['lag_days']} days")
    if rep["proportion"]:
        p = rep["proportion"]
        out.print(f"returned / given: items {_fig(p['items'])}; money {_fig(p['money'])}")
    out.print(f"totals {ka} → {kb}: {_fig(rep['totals']['a_to_b']['items'])} {_fig(rep['totals']['a_to_b']['money'])}")
    out.print(f"totals {kb} → {ka}: {_fig(rep['totals']['b_to_a']['items'])} {_fig(rep['totals']['b_to_a']['money'])}")


@app.command("timeline")
def timeline_cmd(db: str = DB, since: Optional[str] = typer.Option(None, help="ISO date"),
                 until: Optional[str] = typer.Option(None, help="ISO date"),
                 as_json: bool = typer.Option(False, "--json")):
    """Facts per ISO week by type and direction (outward: CN to abroad; inward: abroad to CN)."""
    from cityaid.report import timeline

    rep = timeline(_facts(db), since=since, until=until)
    if as_json:
        _dump(rep)
        return
    t = Table(title="facts per ISO week")
    for c in ("week", "from", "total", "by type / direction"):
        t.add_column(c, overflow="fold")
    for w in rep["weeks"]:
        t.add_row(w["week"], w["start"], str(w["total"]),
                  "; ".join(f"{typ} " + ", ".join(f"{d} {n}" for d, n in v.items()) for typ, v in w["counts"].items()))
    out.print(t)
    if rep["unplaced"]:
        out.print("not dated to the day: " + ", ".join(f"{k} {v}" for k, v in rep["unplaced"].items()))


@app.command("claims")
def claims_cmd(place: str, db: str = DB, as_json: bool = typer.Option(False, "--json")):
    """Each aggregate claim about a place beside the sum of the itemised facts in its scope, and the gap."""
    from cityaid.report import claims_report

    key = _place(place)
    rep = claims_report(_facts(db), key)
    if as_json:
        _dump(rep)
        return
    t = Table(title=f"claims about {key}")
    for c in ("fact", "of", "as of", "from → to", "claimed", "itemised", "gap"):
        t.add_column(c, overflow="fold")
    for c in rep["claims"]:
        claimed = _what(c["claimed"]) + "".join(f", {k.split('_')[0]} {v}" for k, v in c["claimed"].items()
                                                 if k.endswith("_count") and v is not None)
        got = c["itemised"]
        gap = "; ".join(f"{g['item']} {g['gap']:,} (vs {g['compared_with']})" for g in c["gap"]["items"])
        gap += "".join(f"; {k} {v['gap']}" for k, v in c["gap"].items() if isinstance(v, dict) and "gap" in v)
        t.add_row(c["fact"] or "", c["of"] or "", (c["date"] or {}).get("value", ""),
                  f"{', '.join(c['from'])} → {', '.join(c['to']) or 'abroad'}", claimed,
                  f"{got['facts']} facts: " + ", ".join(f"{i['item']} {i['quantity']:,}" for i in got["items"]),
                  gap or "-")
    out.print(t)


@app.command("network")
def network_cmd(db: str = DB, top: int = typer.Option(10, help="rows per table"),
                as_json: bool = typer.Option(False, "--json")):
    """Top givers, receivers, countries reached and pairs, by facts and item quantities."""
    from cityaid.report import network

    rep = network(_facts(db), top=top)
    if as_json:
        _dump(rep)
        return
    for name in ("givers", "receivers", "pairs"):
        t = Table(title=name)
        cols = ("from", "to", "facts", "quantity") if name == "pairs" else ("key", "facts", "quantity")
        for c in cols:
            t.add_column(c)
        for r in rep[name]:
            t.add_row(*[f"{r[c]:,}" if isinstance(r[c], (int, float)) else str(r[c]) for c in cols])
        out.print(t)
    out.print("countries reached from China: " + ", ".join(f"{c['country']} ({c['places']})"
                                                            for c in rep["countries_reached"]))
