"""``cityaid spark extract``: the PySpark job over WARC files (``cityaid.crawl.spark``), as a command."""
from __future__ import annotations

from typing import Optional

import typer

from cityaid.cli_common import _fail, app, err

spark_app = typer.Typer(no_args_is_help=True, help="Run the extraction on Apache Spark (local[N] or a cluster).")
app.add_typer(spark_app, name="spark")


@spark_app.command("extract")
def spark_extract_cmd(
        patterns: list[str] = typer.Argument(..., help="WARC files, folders or glob patterns ('crawl/*.warc.gz')"),
        out: str = typer.Option(..., "--out", "-o", help="Parquet folder to write (one row per event)"),
        db: Optional[str] = typer.Option(None, "--db", help="also load documents and events into this ledger"),
        master: Optional[str] = typer.Option(None, "--master", help="Spark master (default local[<cores>])"),
        facts: Optional[str] = typer.Option(None, "--facts", help="also merge the events into facts (JSON Lines)")):
    """Extract every WARC file's events on Spark; events as Parquet (and into the ledger with --db)."""
    from cityaid.crawl.spark import SparkJobError, spark_extract

    try:
        stats = spark_extract(patterns, out, master=master, db=db, on_error=_fail, facts=facts)
    except SparkJobError as e:
        _fail(str(e))
        raise typer.Exit(2)
    err.print(f"{stats.files} files, {stats.documents} documents, {stats.events} events -> {out}"
              + (f", {stats.stored} documents stored in {db}" if db else "")
              + (f", {stats.errors} failed" if stats.errors else ""))
    raise typer.Exit(1 if stats.errors else 0)
