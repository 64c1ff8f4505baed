"""The Spark job gives the single-process pipeline's events, on a small crawl written here (local[2])."""
from __future__ import annotations

import json
import shutil

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:  # scripts/test.sh installs Debian's default-jre-headless
    pytest.skip("no Java runtime for Spark", allow_module_level=True)

from cityaid.crawl.spark import SparkJobError, expand, read_events, session, spark_extract  # noqa: E402
from cityaid.pipeline import ExtractError, iter_extracted, spec_events  # noqa: E402
from cityaid.read import ReadError  # noqa: E402
from warc_pages import report_pages, unrelated_pages, write_warc  # noqa: E402

BROKEN_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\r\n<html><body><p>x</p></body></html>"


@pytest.fixture(scope="module")
def spark():
    s = session("local[2]", app="cityaid-tests")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("crawl")
    write_warc(root / "a.warc.gz", report_pages() + unrelated_pages(), raw=[("http://bad.example/h", BROKEN_HEAD)])
    write_warc(root / "b.warc.gz", report_pages(city_zh="青岛", partner_zh="大邱", country_zh="韩国", city_en="Qingdao",
                                                partner_en="Daegu", n=1) + unrelated_pages(n=1))
    write_warc(root / "c.warc", report_pages(city_zh="长沙", partner_zh="安纳波利斯", country_zh="美国", n=2), gzip=False)
    return root


def _single_process(files):
    events, errors = [], []
    for item in iter_extracted(files):
        if isinstance(item, (ReadError, ExtractError)):
            errors.append(str(item))
            continue
        for idx, spec in enumerate(spec_events(item)):  # (as `cityaid extract` writes them: spans in the page)
            events.append((item.document.doc_id, item.document.record_id, idx,
                           json.dumps(spec, ensure_ascii=False, sort_keys=True)))
    return sorted(events), sorted(errors)


def test_spark_events_equal_the_pipeline_events(spark, crawl, tmp_path):
    files = expand([str(crawl / "*.warc*")])
    assert len(files) == 3
    errors: list[str] = []
    stats = spark_extract([str(crawl / "*.warc*")], str(tmp_path / "events.parquet"), spark=spark,
                          on_error=errors.append)
    rows = read_events(str(tmp_path / "events.parquet"))
    got = sorted((r["doc"], r["record_id"], r["idx"], r["spec"]) for r in rows)
    want, want_errors = _single_process(files)
    assert want, want_errors
    assert got == want
    assert sorted(errors) == want_errors and len(errors) == 1 and "broken HTTP header" in errors[0]
    assert stats.files == 3 and stats.events == len(want) and stats.errors == 1
    assert stats.documents == 3 * len(report_pages())  # the unrelated pages never reach extraction
    spec = json.loads(rows[0]["spec"])
    assert rows[0]["type"] == spec["type"] and rows[0]["from_keys"] == [a["key"] for a in spec["from"]]


def test_spark_loads_the_ledger_like_ingest(spark, crawl, tmp_path):
    from typer.testing import CliRunner

    from cityaid.cli import app
    from cityaid.ledger import Ledger

    db_spark, db_ingest = str(tmp_path / "spark.db"), str(tmp_path / "ingest.db")
    facts = tmp_path / "facts.jsonl"
    spark_extract([str(crawl)], str(tmp_path / "e.parquet"), db=db_spark, spark=spark, on_error=lambda m: None,
                  facts=str(facts))
    CliRunner().invoke(app, ["ingest", str(crawl), "--db", db_ingest])
    with Ledger(db_spark) as a, Ledger(db_ingest) as b:
        assert a.summary()["events"] == b.summary()["events"] > 0
        ids = sorted(f.id for f in b.facts())
        assert sorted(f.id for f in a.facts()) == ids
    # merged on the driver from the collected events: the ledger's facts
    assert sorted(json.loads(line)["id"] for line in facts.read_text(encoding="utf-8").splitlines()) == ids


def test_no_input_is_one_error(tmp_path):
    with pytest.raises(SparkJobError, match="no WARC files found"):
        expand([str(tmp_path / "*.warc.gz")])


def test_cli_without_input_is_one_line_and_exit_2(tmp_path):
    from typer.testing import CliRunner

    from cityaid.cli import app

    res = CliRunner().invoke(app, ["spark", "extract", str(tmp_path / "*.warc.gz"), "--out", str(tmp_path / "e")])
    assert res.exit_code == 2 and "no WARC files found" in res.output


def test_cli_runs_the_job(crawl, tmp_path):
    """The command end to end (in this process it reuses the module's session and leaves it running)."""
    from typer.testing import CliRunner

    from cityaid.cli import app

    out = tmp_path / "events.parquet"
    res = CliRunner().invoke(app, ["spark", "extract", str(crawl / "*.warc.gz"), "--out", str(out),
                                   "--master", "local[2]"])
    assert res.exit_code == 1 and "broken HTTP header" in res.output  # one bad record in a.warc.gz
    assert "2 files" in res.output and read_events(str(out))
    spark = __import__("pyspark.sql", fromlist=["SparkSession"]).SparkSession.getActiveSession()
    assert spark is not None and spark.range(1).count() == 1
