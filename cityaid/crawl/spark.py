"""The PySpark job: WARC files -> events (Parquet), and optionally the ledger.

One Spark task per WARC file (crawl files are many and each is read as a
stream), each running ``cityaid.crawl.extract.warc_rows`` — the same
``cityaid.pipeline.extract_document`` the single-process ``cityaid extract``
runs — so the events are the same whichever runs them.  The driver then
writes one Parquet row per event (``doc``, ``record_id``, ``warc``,
``offset``, ``idx`` and the spec's fields; ``spec`` holds the whole event as
JSON), prints each read or extraction problem as one line, and with
``db`` loads the documents and events into the ledger and merges there.

``master`` is ``local[N]`` by default (N = this machine's cores); on a
cluster, any ``--master`` URL, with the WARC paths on storage every worker
reads under the same path.  Spark needs Java 17+ (Debian:
``default-jre-headless``) and ``pip install 'cityaid[spark]'``.
"""
from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from cityaid.crawl.extract import EVENT_FIELDS, ROW_FIELDS, warc_rows


class SparkJobError(Exception):
    """The job cannot start (no pyspark, no Java, no input)."""


@dataclass(frozen=True)
class SparkStats:
    files: int
    documents: int
    events: int
    errors: int
    stored: int = 0


def expand(patterns: list[str]) -> list[str]:
    """Local glob patterns to sorted files; a pattern matching nothing locally is kept as given
    (a cluster path), an existing folder gives its ``.warc``/``.warc.gz`` files."""
    out: list[str] = []
    for pat in patterns:
        if os.path.isdir(pat):
            found = [os.path.join(r, f) for r, _, fs in os.walk(pat) for f in fs
                     if f.lower().endswith((".warc", ".warc.gz"))]
        else:
            found = glob.glob(pat) if any(c in pat for c in "*?[") else ([pat] if os.path.exists(pat) else [])
        if not found and "://" in pat:
            found = [pat]
        if not found:
            raise SparkJobError(f"{pat}: no WARC files found")
        out.extend(sorted(found))
    return list(dict.fromkeys(out))


def _schema():
    from pyspark.sql import types as T

    event = T.StructType([
        T.StructField("type", T.StringType()), T.StructField("date", T.StringType()),
        T.StructField("date_qualifier", T.StringType()),
        T.StructField("from_keys", T.ArrayType(T.StringType())), T.StructField("to_keys", T.ArrayType(T.StringType())),
        T.StructField("evidence", T.StringType()), T.StructField("spec", T.StringType())])
    assert tuple(f.name for f in event.fields) == EVENT_FIELDS
    fields = [T.StructField(name, T.LongType() if name == "offset" else T.StringType()) for name in ROW_FIELDS[:-1]]
    return T.StructType(fields + [T.StructField("events", T.ArrayType(event))])


def session(master: str | None = None, app: str = "cityaid-extract", progress: bool = True):
    """A SparkSession on ``master`` (default ``local[<cores>]``), workers on this Python;
    ``progress``: Spark's console bar of tasks done."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkJobError("pyspark is not installed: pip install 'cityaid[spark]'") from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    master = master or f"local[{os.cpu_count() or 1}]"
    try:
        spark = (SparkSession.builder.master(master).appName(app)
                 .config("spark.ui.enabled", "false")
                 .config("spark.sql.shuffle.partitions", "8")
                 .config("spark.python.worker.reuse", "true")
                 .config("spark.ui.showConsoleProgress", "true" if progress else "false")
                 .getOrCreate())
    except Exception as exc:  # noqa: BLE001 - no Java, bad master URL: one line at the edge
        raise SparkJobError(f"cannot start Spark on {master}: {' '.join(str(exc).split())[:200]}") from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def extract_frame(spark, files: list[str], keep_text: bool = False):
    """DataFrame of ``ROW_FIELDS`` rows: a task per file, each running ``warc_rows``."""
    rdd = spark.sparkContext.parallelize(files, numSlices=max(1, len(files)))
    rows = rdd.flatMap(lambda path: warc_rows(path, keep_text=keep_text))
    return spark.createDataFrame(rows, _schema())


def spark_extract(patterns: list[str], out: str, master: str | None = None, db: str | None = None,
                  on_error: Callable[[str], None] = print, spark=None, facts: str | None = None) -> SparkStats:
    """Extract every WARC file of ``patterns`` on Spark; events to Parquet at ``out``; ledger at ``db``;
    with ``facts``, the collected events merged (``cityaid.merge``) into facts as JSON Lines there."""
    from pyspark.sql import functions as F

    files = expand(patterns)
    if spark is None:
        from pyspark.sql import SparkSession

        own = SparkSession.getActiveSession() is None  # a session someone else started stays up
        spark = session(master)
    else:
        own = False
    try:
        frame = extract_frame(spark, files, keep_text=db is not None).cache()
        for row in frame.where(F.col("kind") == "error").select("message").toLocalIterator():
            on_error(row.message)
        docs = frame.where(F.col("kind") == "doc")
        events = (docs.select("doc", "record_id", "warc", "offset", "url", "source", "published",
                              F.posexplode("events").alias("idx", "event"))
                  .select("doc", "record_id", "warc", "offset", "url", "source", "published", "idx", "event.*"))
        events.write.mode("overwrite").parquet(out)
        n_docs, n_events = docs.count(), events.count()
        n_errors = frame.where(F.col("kind") == "error").count()
        stored = _load(docs, db) if db else 0
        if facts:
            _facts(events, facts)
        frame.unpersist()
        return SparkStats(files=len(files), documents=n_docs, events=n_events, errors=n_errors, stored=stored)
    finally:
        if own:
            spark.stop()


def _load(docs, db: str) -> int:
    """Documents and events into the ledger (one transaction each, as ``ingest``), then the merge."""
    import json

    from cityaid.clean import clean_document
    from cityaid.ledger import Ledger
    from cityaid.merge import merge_pending
    from cityaid.model import Document, Event

    n = 0
    with Ledger(db) as ledger:
        for row in docs.toLocalIterator():
            doc = Document(doc_id=row.doc, text=row.text or "", content_hash=row.content_hash,
                           path=f"{row.warc}@{row.offset}", format=row.format or "html", title=row.title,
                           published=row.published, source=row.source, url=row.url, encoding=row.encoding)
            events = [Event.model_validate(json.loads(e.spec)) for e in row.events or []]
            # the cleaning is redone here (cheap next to extraction) so the web view can show what it removed
            ledger.store(doc, clean_document(doc), events)
            n += 1
        merge_pending(ledger)  # incremental: only the blocks of the new or changed events
    return n


def _facts(events, path: str) -> int:
    """Merge the collected events on the driver (the same merge as the ledger's) and write the facts."""
    import json

    from cityaid.merge import MergeIndex, SpecEvent

    index = MergeIndex()
    batch = []
    rows = events.select("doc", "idx", "source", "published", "spec").orderBy("doc", "idx").toLocalIterator()
    for n, row in enumerate(rows):
        batch.append(SpecEvent(n, row.doc, row.idx, json.loads(row.spec), source=row.source or "",
                               published=row.published or ""))
    index.add(batch)
    with open(path, "w", encoding="utf-8") as fh:
        for fact in sorted(index.facts.values(), key=lambda f: f["id"]):
            fh.write(json.dumps(fact, ensure_ascii=False) + "\n")
    return len(index.facts)


def read_events(path: str) -> list[dict]:
    """The Parquet events back as dicts (pyarrow; no Spark needed), in (doc, idx) order."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    return sorted(rows, key=lambda r: (r["doc"], r["record_id"] or "", r["idx"]))
