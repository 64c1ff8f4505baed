"""Web archives: gzip and plain WARC, charsets, the pre-filter, and one error line per broken record."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cityaid.read import ReadError, iter_documents
from cityaid.read.prefilter import could_report
from cityaid.read.warc import WarcDocument, iter_warc
from warc_pages import raw_record, report_pages, unrelated_pages, write_warc

REPORT_URLS = [p.url for p in report_pages()]
BROKEN_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\r\n<html><body><p>x</p></body></html>"
WEIRD_CHARSET = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=x-martian\r\n\r\n"
                 + "<html><body><p>口罩捐赠</p></body></html>".encode("gbk"))


def _split(items):
    docs = [x for x in items if not isinstance(x, ReadError)]
    errs = [x for x in items if isinstance(x, ReadError)]
    return docs, errs


@pytest.mark.parametrize("gzip", [True, False], ids=["gzip", "plain"])
def test_reports_read_and_other_records_left_out(tmp_path, gzip):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), report_pages() + unrelated_pages(),
                      gzip=gzip)
    stats: dict = {}
    docs, errs = _split(list(iter_warc(path, stats=stats)))
    assert errs == []
    assert [d.doc_id for d in docs] == REPORT_URLS  # doc = the record's URL
    assert all(isinstance(d, WarcDocument) and d.record_id.startswith("<urn:uuid:") for d in docs)
    assert all(d.warc == str(path) and d.path == f"{path}@{d.offset}" for d in docs)
    zh, zh_gbk, en = docs
    assert "捐赠医用口罩5万只" in zh.text and zh.encoding == "utf-8" and zh.format == "html"
    assert "5万只医用口罩" in zh_gbk.text and zh_gbk.encoding == "gb18030"  # charset only in <meta>
    assert en.published == "2020-03-17" and en.source == "www.example-city.jp"
    assert "Privacy policy" not in en.text and "首页" not in zh.text  # main text, not the page chrome
    # warcinfo, requests, the redirect and the image are skipped; the unrelated pages filtered out
    assert stats["filtered"] == len(unrelated_pages()) and stats["skipped"] >= 4
    everything, _ = _split(list(iter_warc(path, prefilter=False)))
    assert len(everything) == len(report_pages()) + len(unrelated_pages())


def test_broken_http_header_and_unknown_charset_are_one_line_each_and_the_rest_is_read(tmp_path):
    first = write_warc(tmp_path / "a.warc.gz", report_pages()[:1], raw=[("http://bad.example/head", BROKEN_HEAD),
                                                                         ("http://bad.example/cs", WEIRD_CHARSET)])
    second = write_warc(tmp_path / "b.warc.gz", report_pages()[1:], extras=False)
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(first.read_bytes() + second.read_bytes())  # WARC files concatenate
    docs, errs = _split(list(iter_warc(crawl)))
    assert [d.doc_id for d in docs] == REPORT_URLS
    assert len(errs) == 2
    head, cs = (str(e) for e in errs)
    assert "\n" not in head + cs
    assert head.startswith(f"{crawl}@") and "broken HTTP header" in head and "bad.example/head" in head
    assert cs.startswith(f"{crawl}@") and "unknown charset 'x-martian'" in cs
    offset = int(head.split("@")[1].split(":")[0])
    with open(crawl, "rb") as fh:  # the offset is where the record's gzip member starts
        fh.seek(offset)
        assert fh.read(2) == b"\x1f\x8b"


@pytest.mark.parametrize("gzip", [True, False], ids=["gzip", "plain"])
def test_truncated_archive_is_one_error_at_the_cut_record(tmp_path, gzip):
    full = write_warc(tmp_path / ("full.warc.gz" if gzip else "full.warc"), report_pages(), gzip=gzip, extras=False)
    data = full.read_bytes()
    last = raw_record("http://example.org/last", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                      + report_pages()[0].body(), gzip)
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(data + last[: len(last) // 2])
    docs, errs = _split(list(iter_warc(cut)))
    assert [d.doc_id for d in docs] == REPORT_URLS  # everything before the cut is read
    assert len(errs) == 1
    assert str(errs[0]).startswith(f"{cut}@{len(data)}: truncated WARC record")


def test_not_a_warc_and_empty_file(tmp_path):
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not an archive\n" * 10)
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    (_, errs_junk), (_, errs_empty) = _split(list(iter_warc(junk))), _split(list(iter_warc(empty)))
    assert len(errs_junk) == 1 and str(errs_junk[0]).startswith(f"{junk}@0: broken or truncated WARC record header")
    assert len(errs_empty) == 1 and "no WARC records" in str(errs_empty[0])


def test_progress_by_bytes_reaches_the_file_size(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", report_pages() + unrelated_pages())
    seen: list[int] = []
    list(iter_warc(path, on_progress=seen.append))
    assert seen == sorted(seen) and seen[-1] == path.stat().st_size and len(seen) > 5


def test_folders_find_archives_beside_other_reports(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", report_pages())
    (tmp_path / "note.txt").write_text("上海市向大阪府捐赠口罩一万只。", encoding="utf-8")
    ids = [d.doc_id for d in iter_documents([tmp_path]) if not isinstance(d, ReadError)]
    assert ids == REPORT_URLS + ["note.txt"]


def test_cli_extract_reads_a_crawl_folder(tmp_path):
    from typer.testing import CliRunner

    from cityaid.cli import app

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "a.warc.gz", report_pages() + unrelated_pages(), raw=[("http://bad.example/h", BROKEN_HEAD)])
    write_warc(crawl / "b.warc", report_pages(city_zh="青岛", partner_zh="大邱", country_zh="韩国", n=1), gzip=False)
    out = tmp_path / "events.jsonl"
    res = CliRunner().invoke(app, ["extract", str(crawl), "--out", str(out)])
    assert res.exit_code == 1  # one broken record: told, counted, the run goes on
    assert "broken HTTP header" in res.output
    docs = [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs == REPORT_URLS + [p.url for p in report_pages(n=1)]


def test_prefilter_keeps_every_bundled_report_with_events():
    """The filter may pass pages without events, never drop one with events."""
    from cityaid.pipeline import Extracted, iter_extracted

    root = Path(__file__).resolve().parents[2] / "examples" / "reports"
    kept = [x for x in iter_extracted([root]) if isinstance(x, Extracted) and x.events]
    assert kept and all(could_report(x.document.text) for x in kept)
    assert not any(could_report(p.html) for p in unrelated_pages())
    assert could_report("市政府向友好城市捐(juān)贈(zèng)口罩")  # traditional script, pinyin glosses


def test_cli_ingest_of_an_archive_twice_changes_nothing(tmp_path):
    from typer.testing import CliRunner

    from cityaid.cli import app

    crawl = write_warc(tmp_path / "crawl.warc.gz", report_pages() + unrelated_pages())
    db = str(tmp_path / "l.db")
    first = CliRunner().invoke(app, ["ingest", str(crawl), "--db", db])
    again = CliRunner().invoke(app, ["ingest", str(crawl), "--db", db])
    assert first.exit_code == 0 and f"{len(report_pages())} new" in first.output
    assert again.exit_code == 0 and f"0 new, 0 replaced, {len(report_pages())} unchanged" in again.output
