"""``cityaid extract`` writes evidence spans into the original document: an HTML page's source.

Internally (ledger, web view) spans count in ``Document.text``, the page's main
text; the exchange format counts in the page itself (the file, a JSON line's
``html``, a web-archive record's payload).  Pages written for this test.
"""
from __future__ import annotations

import json
import re
from html import unescape

from typer.testing import CliRunner

from cityaid.cli import app
from cityaid.pipeline import extract_document, spec_events
from cityaid.read import read_document
from cityaid.read.source_span import text_key

GIFT = "On 9 June the city of Tampere donated 6,000 surgical masks to its sister city Ningbo."
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Tampere masks reach Ningbo | City of Tampere</title>
<meta name="description" content="{GIFT}"></head>
<body>
<div class="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/latest">{GIFT}</a></div>
<div class="article"><h1>Tampere masks reach Ningbo</h1>
<p>{GIFT}</p>
<p>The shipment left by rail &amp; sea freight and the mayor wrote a short note of support to Ningbo&#8217;s residents.</p>
<p>Officials in both cities have kept in touch over video calls since the spring of that year.</p>
</div>
<div class="footer"><p>Copyright City of Tampere. All rights reserved.</p></div>
</body></html>"""


def _spans_land_on_evidence(raw: str, events: list[dict]) -> None:
    assert events
    for e in events:
        s, t = e["evidence_span"]
        # verbatim, or the same sentence once tags are dropped and character references read
        assert raw[s:t] == e["evidence"] or text_key(unescape(re.sub(r"<[^>]*>", "", raw[s:t]))) == text_key(e["evidence"])


def test_html_file_spans_count_in_the_page_not_its_main_text(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    doc = read_document(tmp_path / "p.html")
    assert doc.raw == PAGE and doc.text != PAGE
    item = extract_document(doc)
    gift = next(e for e in item.events if e.type == "donation")
    assert doc.text[gift.evidence_span[0]:gift.evidence_span[1]] == gift.evidence  # internal: main text
    stats = {}
    specs = spec_events(item, stats)
    _spans_land_on_evidence(PAGE, specs)
    (spec,) = [s for s in specs if s["type"] == "donation"]
    assert spec["evidence_span"][0] == PAGE.index(f"<p>{GIFT}") + 3  # the story's copy, not the menu's or the meta's
    assert stats.get("missing", 0) == 0


def test_plain_text_spans_are_unchanged(tmp_path):
    (tmp_path / "p.txt").write_text(f"Tampere masks reach Ningbo\n{GIFT}\n", encoding="utf-8")
    item = extract_document(read_document(tmp_path / "p.txt"))
    assert item.document.raw is None
    assert [s.get("evidence_span") for s in spec_events(item)] == [e.evidence_span for e in item.events]


def test_cli_extract_writes_source_spans_for_files_json_lines_and_web_archives(tmp_path):
    from warc_pages import Page, write_warc

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "p.html").write_text(PAGE, encoding="utf-8")
    (docs / "lines.jsonl").write_text(json.dumps({"id": "j1", "html": PAGE}) + "\n", encoding="utf-8")
    write_warc(docs / "c.warc.gz", [Page("http://www.example-city.fi/news/masks.html", PAGE)])
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["extract", str(docs), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} == {"p.html", "j1", "http://www.example-city.fi/news/masks.html"}
    for r in rows:
        _spans_land_on_evidence(PAGE, r["events"])
