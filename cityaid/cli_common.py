"""What every ``cityaid`` subcommand shares: the Typer app, the consoles, ``--db``, one-line errors, progress bars.

The commands themselves live in ``cli.py`` and the ``cli_*`` modules, which all
import from here (and ``cli.py`` imports them to register them), so no
command module imports another's home.
"""
from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="cityaid: an evidence-backed ledger of international mutual aid between cities.")
out = Console()
err = Console(stderr=True)

DB = typer.Option("cityaid.db", "--db", help="SQLite file or database URL (postgresql://...)")


def _fail(message: str) -> None:
    """One line per problem, whatever a library appended below it."""
    first = (message.strip().splitlines() or [""])[0]
    err.print(f"[red]error:[/red] {escape(first)}", highlight=False, soft_wrap=True)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def score_table(rep, title: str) -> Table:  # noqa: ANN001 - a cityaid.evaluate report
    """Gold, predicted, paired and P/R/F1 per event type: what ``eval`` and ``review regress`` print."""
    from cityaid.evaluate import prf

    t = Table(title=title)
    for c in ("type", "gold", "pred", "paired", "P", "R", "F1"):
        t.add_column(c, justify="right" if c != "type" else "left")
    for typ in sorted(rep.by_type, key=str):
        g, p, pa = rep.by_type[typ]
        tp, tr, tf = prf(g, p, pa)
        t.add_row(str(typ), str(g), str(p), str(pa), f"{tp:.2f}", f"{tr:.2f}", f"{tf:.2f}")
    return t
