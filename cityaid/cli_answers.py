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

from cityaid.cli_common import DB, _fail, app, out


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


REVIEWED = typer.Option(False, "--reviewed", help="only facts people reviewed every report of (cityaid review)")
LANG = typer.Option(None, "--lang", help="zh | en: the tables' language (default: from the locale, e.g. LANG=zh_CN.UTF-8)")


class _Say:
    """The tables' words in one language: the web's catalogues (``cityaid.report.i18n``), places by name and key."""

    def __init__(self, lang: Optional[str]) -> None:
        from cityaid.report.i18n import LANGS, locale_lang, translations
        from cityaid.report.vocab import Words

        lang = (lang or locale_lang()).lower()
        if lang not in LANGS:
            _fail(f"--lang {lang!r}: one of {', '.join(LANGS)}")
            raise typer.Exit(2)
        tr = translations(lang)
        self.lang, self.gettext, self.ngettext = lang, tr.gettext, tr.ngettext
        self.words = Words(tr.gettext, tr.ngettext)

    def place(self, key: str) -> str:
        """``镇江 Zhenjiang (CN/Zhenjiang)``: the reader's language first, the key for scripts and searches."""
        from cityaid.report.names import label

        if not key:
            return "?"
        name = label(key, self.lang)
        return name if name == key else f"{name} ({key})"

    def places(self, keys: list[str]) -> str:
        return ", ".join(self.place(k) for k in keys)

    def figures(self, d: dict) -> str:
        return ", ".join(f"{self.words.item_label(k)} {v:,}" if isinstance(v, (int, float)) else f"{k} {v}"
                         for k, v in d.items()) or "-"

    def money(self, d: dict) -> str:
        return ", ".join(f"{v:,} {k}" for k, v in d.items()) or "-"

    def what(self, p: dict) -> str:
        parts = [f"{self.words.item(str(i.get('item')))} {i['quantity']:,}" if i.get("quantity") is not None
                 else self.words.item(str(i.get("item"))) for i in p.get("items") or []]
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
              as_json: bool = typer.Option(False, "--json"), lang: Optional[str] = LANG, reviewed: bool = REVIEWED):
    """List merged facts with their sources, confidence and disagreements."""
    say = _Say(lang)
    _ = say.gettext
    rows = _facts(db, type=type, actor=_place(actor) if actor else None, include_sub=True, reviewed=reviewed)[:limit]
    if as_json:
        _dump([{**f.fact, "id": f.id, "confidence": f.confidence, "documents": f.sources,
                "event_ids": list(f.event_ids), "disagreements": f.disagreements} for f in rows])
        return
    t = Table()
    for c in (_("fact"), _("type"), _("date"), _("from"), _("to"), _("what"), _("reports"), _("events"), _("conf."),
              _("disagree")):
        t.add_column(c, overflow="fold")
    for f in rows:
        p = f.fact
        t.add_row(f.id, say.words.type(p["type"]) + (f" ({say.words.type(p['of'])})" if p.get("of") else ""),
                  (p.get("date") or {}).get("value", ""),
                  ", ".join(say.place(a.get("key")) if a.get("key") else a["name"] for a in p.get("from", [])),
                  ", ".join(say.place(a.get("key")) if a.get("key") else a["name"] for a in p.get("to", [])),
                  say.what(p), str(f.sources), ",".join(map(str, f.event_ids)), f"{f.confidence:.2f}",
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
               as_json: bool = typer.Option(False, "--json"), lang: Optional[str] = LANG,
               reviewed: bool = REVIEWED):
    """What a place (and its sub-places) gave and received: by item, money, counterpart and month."""
    from cityaid.report import place_ledger

    say = _Say(lang)
    _ = say.gettext
    key = _place(place)
    rep = place_ledger(_facts(db, actor=key, include_sub=not no_sub, reviewed=reviewed), key, include_sub=not no_sub)
    if as_json:
        _dump(rep)
        return
    out.print(f"[bold]{say.place(key)}[/bold]")
    if rep["sub_places"]:
        out.print(_("Includes places below it:") + " " + say.places(rep["sub_places"]))
    for side in ("given", "received"):
        r = rep[side]
        title = (_("Given") if side == "given" else _("Received")) + ": " + \
            say.ngettext("%(num)d fact", "%(num)d facts", r["facts"]) % {"num": r["facts"]}
        t = Table(title=f"{title} · {say.figures(r['items'])} · {say.money(r['money'])}")
        for c in (_("by"), _("number of facts"), _("items"), _("money")):
            t.add_column(c, overflow="fold")
        for k, v in r["by_counterpart"].items():
            t.add_row(say.place(k), str(v["facts"]), say.figures(v["items"]), say.money(v["money"]))
        for k, v in r["by_month"].items():
            t.add_row(k if k != "undated" else _("undated"), str(v["facts"]), say.figures(v["items"]),
                      say.money(v["money"]))
        out.print(t)
    if rep["other"]:
        out.print(_("Also:") + " " + "; ".join(
            _("%(type)s sent %(sent)s, received %(received)s") % {"type": say.words.type(typ), "sent": v["sent"],
                                                                  "received": v["received"]}
            for typ, v in rep["other"].items()))


@app.command("pair")
def pair_cmd(a: str, b: str, db: str = DB, as_json: bool = typer.Option(False, "--json"),
             lang: Optional[str] = LANG, reviewed: bool = REVIEWED):
    """Gifts both ways between two places: who gave first, what came back, after how long, in what proportion."""
    from cityaid.report import pair_report
    from cityaid.report.names import name

    say = _Say(lang)
    _ = say.gettext
    ka, kb = _place(a), _place(b)
    rep = pair_report(_facts(db, actor=[ka, kb], include_sub=True, reviewed=reviewed), ka, kb)
    if as_json:
        _dump(rep)
        return
    na, nb = name(ka, say.lang), name(kb, say.lang)
    t = Table(title=f"{say.place(ka)} ⇄ {say.place(kb)}")
    for c in (_("date"), _("direction"), _("fact"), _("what")):
        t.add_column(c, overflow="fold")
    rows = [(g, f"{na} → {nb}") for g in rep["a_to_b"]] + [(g, f"{nb} → {na}") for g in rep["b_to_a"]]
    for g, d in sorted(rows, key=lambda r: r[0]["date"] or "9999"):
        t.add_row(g["date"] or _("undated"), d, g["fact"] or "", say.what(g))
    out.print(t)
    for side in explain_pair(rep)["sides"]:
        counts = ", ".join(say.words.counted(typ, n) for typ, n in side["counts"].items())
        out.print(f"{name(side['from'], say.lang)} → {name(side['to'], say.lang)}: {counts or '-'}"
                  + (f" · {say.figures(side['items'])}" if side["items"] else "")
                  + (f" · {say.money(side['money'])}" if side["money"] else ""))
    ex = explain_pair(rep)
    if rep["first_giver"]:
        out.print(_("%(giver)s gave first, on %(date)s.") % {"giver": name(rep["first_giver"], say.lang),
                                                              "date": rep["first_gift"]["date"]})
        other = name(ex["returner"], say.lang)
        if rep["first_return"]:
            out.print(_("%(other)s gave back on %(date)s, %(days)s days later.")
                      % {"other": other, "date": rep["first_return"]["date"], "days": rep["lag_days"]})
        else:
            out.print(_("No dated gift back from %(other)s yet.") % {"other": other})
        for x in ex["ratios"]:
            out.print(_("%(what)s: %(other)s gave back %(back)s, that is %(ratio)s times the %(given)s %(giver)s "
                        "gave first.") % {"what": say.words.item(x["item"]) if x["item"] else x["currency"],
                                          "other": other, "back": f"{x['back']:,}", "ratio": x["ratio"],
                                          "given": f"{x['given']:,}", "giver": name(rep["first_giver"], say.lang)})
    else:
        out.print(_("No dated gift between them."))


def explain_pair(rep: dict) -> dict:
    """The pair page's wording data (``cityaid.web.routes_places.explain_pair``), without importing the web app."""
    from cityaid.report.pair import explain

    return explain(rep)


@app.command("timeline")
def timeline_cmd(db: str = DB, since: Optional[str] = typer.Option(None, help="ISO date"),
                 until: Optional[str] = typer.Option(None, help="ISO date"),
                 as_json: bool = typer.Option(False, "--json"), lang: Optional[str] = LANG,
                 reviewed: bool = REVIEWED):
    """Facts per ISO week by type and direction (outward: CN to abroad; inward: abroad to CN)."""
    from cityaid.report import timeline

    say = _Say(lang)
    _ = say.gettext
    rep = timeline(_facts(db, reviewed=reviewed), since=since, until=until)
    if as_json:
        _dump(rep)
        return
    t = Table(title=_("facts per week"))
    for c in (_("week"), _("from"), _("total"), _("by type and direction")):
        t.add_column(c, overflow="fold")
    for w in rep["weeks"]:
        t.add_row(w["week"], w["start"], str(w["total"]),
                  "; ".join(f"{say.words.type(typ)} " + ", ".join(f"{say.words.direction(d)} {n}"
                                                                  for d, n in v.items())
                            for typ, v in w["counts"].items()))
    out.print(t)
    if rep["unplaced"]:
        out.print(_("Not dated to the day (not in a week):") + " "
                  + ", ".join(f"{k if k != 'undated' else _('undated')} {v}" for k, v in rep["unplaced"].items()))


@app.command("claims")
def claims_cmd(place: str, db: str = DB, as_json: bool = typer.Option(False, "--json"), lang: Optional[str] = LANG,
               reviewed: bool = REVIEWED):
    """Each aggregate claim about a place beside the sum of the itemised facts in its scope, and the gap."""
    from cityaid.report import claims_report

    say = _Say(lang)
    _ = say.gettext
    key = _place(place)
    rep = claims_report(_facts(db, reviewed=reviewed), key)
    if as_json:
        _dump(rep)
        return
    t = Table(title=_("Aggregate claims beside the itemised sums") + f" · {say.place(key)}")
    for c in (_("fact"), _("of"), _("date"), _("direction"), _("claimed"), _("itemised in the ledger"), _("gap")):
        t.add_column(c, overflow="fold")
    for c in rep["claims"]:
        claimed = say.what(c["claimed"]) + "".join(f", {k.split('_')[0]} {v}" for k, v in c["claimed"].items()
                                                    if k.endswith("_count") and v is not None)
        got = c["itemised"]
        gap = "; ".join(f"{say.words.item_label(g['item'])} {g['gap']:,} ({g['compared_with']})"
                        for g in c["gap"]["items"])
        gap += "".join(f"; {_(k)} {v['gap']}" for k, v in c["gap"].items() if isinstance(v, dict) and "gap" in v)
        t.add_row(c["fact"] or "", say.words.type(c["of"]) if c["of"] else "", (c["date"] or {}).get("value", ""),
                  f"{say.places(c['from'])} → {say.places(c['to']) or _('abroad')}", claimed,
                  say.ngettext("%(num)d fact", "%(num)d facts", got["facts"]) % {"num": got["facts"]} + ": "
                  + ", ".join(f"{say.words.item_label(i['item'])} {i['quantity']:,}" for i in got["items"]),
                  gap or "-")
    out.print(t)


@app.command("network")
def network_cmd(db: str = DB, top: int = typer.Option(10, help="rows per table"),
                as_json: bool = typer.Option(False, "--json"), lang: Optional[str] = LANG,
                reviewed: bool = REVIEWED):
    """Top givers, receivers, countries reached and pairs, by facts and item quantities."""
    from cityaid.report import network

    say = _Say(lang)
    _ = say.gettext
    rep = network(_facts(db, reviewed=reviewed), top=top)
    if as_json:
        _dump(rep)
        return
    titles = {"givers": _("givers"), "receivers": _("receivers"), "pairs": _("pairs of places")}
    heads = {"from": _("from"), "to": _("to"), "key": _("place"), "facts": _("number of facts"), "quantity": _("quantity")}
    for table in ("givers", "receivers", "pairs"):
        t = Table(title=titles[table])
        cols = ("from", "to", "facts", "quantity") if table == "pairs" else ("key", "facts", "quantity")
        for c in cols:
            t.add_column(heads[c])
        for r in rep[table]:
            t.add_row(*[f"{r[c]:,}" if isinstance(r[c], (int, float)) else say.place(str(r[c])) for c in cols])
        out.print(t)
    out.print(_("countries reached from China:") + " "
              + ", ".join(f"{say.place(c['country'])} ({c['places']})" for c in rep["countries_reached"]))
