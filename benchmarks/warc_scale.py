"""Web-archive scale: pages/s per core single-process and on Spark, HTML-to-text cost, incremental merge.

1. Writes a crawl of ``--records`` HTTP response records (default 10,800) in
   ``--files`` WARC files: aid reports in Chinese and English (the test
   pages of ``tests/warc_pages.py`` with places and figures varied) among
   ``--unrelated`` times as many unrelated pages, plus the usual warcinfo and
   request records.
2. Reads it single-process (``cityaid.crawl.extract.extract_warc``: the
   ``cityaid extract`` path) and on Spark ``local[1]`` and ``local[2]``
   (``cityaid.crawl.spark``, JVM start-up excluded: a warm-up job runs first),
   printing pages/s, pages/s per core and the ratio to single-process.
3. Times resiliparse and trafilatura on the same HTML pages (ms/page) and
   says how often the fast text was poor enough to fall back.
4. Incremental merge: ledgers of ``--ledgers`` events (default 100k and 1M,
   ``benchmarks/merge_scale.py``'s generator), then 10k new events of the
   following weeks between the same places: the time to add them
   (``MergeIndex.add``) against the full re-merge of the ledger.  Each size
   in its own process.

    .venv/bin/python benchmarks/warc_scale.py [--records 10800] [--files 8] [--ledgers 100000 1000000]
    .venv/bin/python benchmarks/warc_scale.py --skip-crawl --ledgers 100000    # merge part only
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

CITIES = [("无锡", "丰川", "日本", "Wuxi", "Toyokawa"), ("青岛", "大邱", "韩国", "Qingdao", "Daegu"),
          ("长沙", "安纳波利斯", "美国", "Changsha", "Annapolis"), ("镇江", "曼海姆", "德国", "Zhenjiang", "Mannheim"),
          ("济南", "萨克拉门托", "美国", "Jinan", "Sacramento"), ("上海", "大阪", "日本", "Shanghai", "Osaka")]
MASKS = [("1万", "10,000"), ("2万", "20,000"), ("5万", "50,000"), ("10万", "100,000")]


def write_crawl(folder: Path, records: int, files: int, unrelated: int) -> list[Path]:
    from warc_pages import report_pages, unrelated_pages, write_warc

    rng = random.Random(11)
    pages = []
    n = 0
    while len(pages) < records:
        zh, partner, country, en, partner_en = rng.choice(CITIES)
        masks_zh, masks_en = rng.choice(MASKS)
        pages += report_pages(zh, partner, country, masks_zh, en, partner_en, masks_en, n=n)
        for _ in range(unrelated):
            pages += unrelated_pages(n=n)
            n += 1
        n += 1
    pages = pages[:records]
    per = -(-len(pages) // files)
    out = []
    for i in range(files):
        out.append(write_warc(folder / f"crawl-{i:02d}.warc.gz", pages[i * per:(i + 1) * per]))
    return out


def per_page_costs(folder: Path, n: int = 1200) -> dict:
    """ms per page single-process on an archive of reports only and one of unrelated pages only."""
    from warc_pages import report_pages, unrelated_pages, write_warc

    out = {}
    for kind, make in (("report", report_pages), ("unrelated", unrelated_pages)):
        pages = []
        i = 0
        while len(pages) < n:
            pages += make(n=i)
            i += 1
        f = write_warc(folder / f"only-{kind}.warc.gz", pages[:n])
        r = single_process([f])
        out[kind] = 1000 * r["cpu"] / n
    return out


def extractor_agreement(files: list[Path], sample: int = 200) -> dict:
    """On report pages: events found from resiliparse's text and from trafilatura's, and how often they agree."""
    from warcio.archiveiterator import ArchiveIterator

    from cityaid.model import Document
    from cityaid.pipeline import extract_document
    from cityaid.read.html_fast import fast_text
    from cityaid.read.html_main import extract_html
    from cityaid.read.prefilter import could_report
    from cityaid.read.warc import _decode

    fast_events = slow_events = same = pages = 0
    with open(files[0], "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response" or "html" not in (rec.http_headers.get_header("Content-Type") or ""):
                continue
            html, _ = _decode(rec.content_stream().read(), rec.http_headers.get_header("Content-Type"), "", "")
            fast = fast_text(html)
            if not could_report(fast.text):
                continue
            slow = extract_html(html)
            ev = []
            for text, title in ((fast.text, fast.title), (slow.text, slow.title)):
                doc = Document(doc_id="p", text=text, content_hash="x", format="html", title=title)
                ev.append(sorted(json.dumps(e.to_spec()["type"]) + str([a["key"] for a in e.to_spec()["from"]])
                                 for e in extract_document(doc).events))
            fast_events += len(ev[0])
            slow_events += len(ev[1])
            same += ev[0] == ev[1]
            pages += 1
            if pages >= sample:
                break
    return {"pages": pages, "fast_events": fast_events, "slow_events": slow_events, "same_pages": same}


def single_process(files: list[Path]) -> dict:
    from cityaid.crawl.extract import extract_warc
    from cityaid.pipeline import Extracted

    t0, c0 = time.perf_counter(), time.process_time()
    docs = events = errors = 0
    for f in files:
        for item in extract_warc(f):
            if isinstance(item, Extracted):
                docs += 1
                events += len(item.events)
            else:
                errors += 1
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "documents": docs,
            "events": events, "errors": errors}


def on_spark(files: list[Path], cores: int, out: Path) -> dict:
    from cityaid.crawl.spark import session, spark_extract

    spark = session(f"local[{cores}]", app=f"warc-scale-{cores}", progress=False)
    try:
        spark_extract([str(files[0])], str(out / f"warm{cores}.parquet"), spark=spark, on_error=lambda m: None)
        t0 = time.perf_counter()
        stats = spark_extract([str(f) for f in files], str(out / f"ev{cores}.parquet"), spark=spark,
                              on_error=lambda m: None)
        secs = time.perf_counter() - t0
    finally:
        spark.stop()
    return {"seconds": secs, "documents": stats.documents, "events": stats.events}


def html_costs(files: list[Path], sample: int = 300) -> dict:
    """ms/page of resiliparse and trafilatura on the same HTML payloads, and the fallback share."""
    from warcio.archiveiterator import ArchiveIterator

    from cityaid.read.html_fast import MIN_PROSE, fast_text, prose_chars
    from cityaid.read.html_main import extract_html

    pages = []
    with open(files[0], "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response" and "html" in (rec.http_headers.get_header("Content-Type") or ""):
                raw = rec.content_stream().read()
                ctype = rec.http_headers.get_header("Content-Type")
                pages.append(raw.decode("gbk" if "gbk" in ctype or b'charset="gbk"' in raw[:300] else "utf-8",
                                        errors="replace"))
            if len(pages) >= sample:
                break
    t0 = time.process_time()
    poor = sum(prose_chars(fast_text(p).text) < MIN_PROSE for p in pages)
    t_fast = time.process_time() - t0
    t0 = time.process_time()
    for p in pages:
        try:
            extract_html(p)
        except Exception:  # noqa: BLE001 - a page without text costs its time all the same
            pass
    t_slow = time.process_time() - t0
    return {"pages": len(pages), "resiliparse_ms": 1000 * t_fast / len(pages),
            "trafilatura_ms": 1000 * t_slow / len(pages), "poor_share": poor / len(pages)}


def spec_of(e) -> dict:
    from datetime import date

    d = None
    if e.d_lo is not None:
        lo, hi = date.fromordinal(e.d_lo), date.fromordinal(e.d_hi)
        d = {"value": lo.isoformat() if lo == hi else f"{lo.year}-{lo.month:02d}", "qualifier": "on"}
    return {"type": e.type, "from": [{"key": k} for k in e.frm], "to": [{"key": k} for k in e.to], "date": d,
            "items": [{"item": i, "quantity": q, "qualifier": ql} for i, q, ql in e.items], "money": [],
            "medium": e.medium, "evidence": f"e{e.eid}"}


def merge_one(n: int, new: int) -> dict:
    """Ledger of ``n`` events, then ``new`` events of the weeks after it: add time vs full re-merge."""
    import resource

    from merge_scale import DAYS, generate

    from cityaid.merge import SpecEvent, merge_specs
    from cityaid.merge.incremental import MergeIndex

    recs, _ = generate(n + new, seed=7)
    specs = []
    for i, e in enumerate(recs):
        if i >= n and e.d_lo is not None:  # the new day's news: dated after the ledger's period
            e.d_lo += DAYS
            e.d_hi += DAYS
        specs.append(SpecEvent(i, e.doc, 0, spec_of(e), source=e.source))
    index = MergeIndex()
    t0 = time.perf_counter()
    index.add(specs[:n])
    t_ledger = time.perf_counter() - t0
    t0 = time.perf_counter()
    change = index.add(specs[n:])
    t_add = time.perf_counter() - t0
    del index
    t0 = time.perf_counter()
    merge_specs(specs)
    t_full = time.perf_counter() - t0
    return {"ledger": n, "new": new, "first_merge_s": round(t_ledger, 2), "add_s": round(t_add, 2),
            "affected": change.affected, "full_remerge_s": round(t_full, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=10_800)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--unrelated", type=int, default=1, help="unrelated page sets per report set")
    ap.add_argument("--ledgers", type=int, nargs="*", default=[100_000, 1_000_000])
    ap.add_argument("--new", type=int, default=10_000)
    ap.add_argument("--skip-crawl", action="store_true")
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--merge-one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.merge_one:
        print(json.dumps(merge_one(args.merge_one, args.new)))
        return
    if not args.skip_crawl:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            t0 = time.perf_counter()
            files = write_crawl(tmp, args.records, args.files, args.unrelated)
            size = sum(f.stat().st_size for f in files)
            print(f"crawl: {args.records} response records in {len(files)} files, {size / 1e6:.1f} MB "
                  f"(written in {time.perf_counter() - t0:.0f} s)", flush=True)
            h = html_costs(files)
            print(f"HTML to text on {h['pages']} pages: resiliparse {h['resiliparse_ms']:.2f} CPU ms/page, "
                  f"trafilatura {h['trafilatura_ms']:.2f} CPU ms/page; fast text poor (trafilatura fallback) on "
                  f"{100 * h['poor_share']:.0f}% of pages", flush=True)
            a = extractor_agreement(files)
            print(f"on {a['pages']} report pages: events from resiliparse text {a['fast_events']}, from trafilatura "
                  f"text {a['slow_events']}; same events (type, giver) on {a['same_pages']} pages", flush=True)
            c = per_page_costs(tmp)
            print(f"single process, CPU ms per page: report page (extracted) {c['report']:.2f}, unrelated page "
                  f"(pre-filtered) {c['unrelated']:.2f}", flush=True)
            single = single_process(files)
            base = args.records / single["seconds"]
            print(f"{'run':<16}{'seconds':>9}{'pages/s':>10}{'per core':>10}{'vs single':>11}{'docs':>7}{'events':>8}")
            print(f"{'single process':<16}{single['seconds']:>9.1f}{base:>10.1f}{base:>10.1f}{'1.00':>11}"
                  f"{single['documents']:>7}{single['events']:>8}", flush=True)
            print(f"{'  (CPU time)':<16}{single['cpu']:>9.1f}{args.records / single['cpu']:>10.1f}"
                  f"{args.records / single['cpu']:>10.1f}", flush=True)
            if not args.skip_spark:
                for cores in (1, 2):
                    r = on_spark(files, cores, tmp)
                    rate = args.records / r["seconds"]
                    print(f"{f'spark local[{cores}]':<16}{r['seconds']:>9.1f}{rate:>10.1f}{rate / cores:>10.1f}"
                          f"{rate / base:>11.2f}{r['documents']:>7}{r['events']:>8}", flush=True)
            print(f"(wall-clock rates; this machine: {os.cpu_count()} cores, load average "
                  f"{os.getloadavg()[0]:.1f} at the end: on a shared machine the CPU-time line is the per-core cost)")
    if args.ledgers:
        print(f"{'ledger':>9}{'new':>7}{'first merge s':>15}{'add s':>8}{'affected':>10}{'full re-merge s':>17}"
              f"{'peak MB':>9}")
        for n in args.ledgers:
            res = subprocess.run([sys.executable, __file__, "--merge-one", str(n), "--new", str(args.new)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(res.stdout.strip().splitlines()[-1])
            print(f"{r['ledger']:>9}{r['new']:>7}{r['first_merge_s']:>15}{r['add_s']:>8}{r['affected']:>10}"
                  f"{r['full_remerge_s']:>17}{r['peak_rss_mb']:>9}", flush=True)


if __name__ == "__main__":
    main()
