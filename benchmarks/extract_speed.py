#!/usr/bin/env python3
"""Extraction speed and peak memory on a generated corpus, beside trafilatura's own HTML-to-text step.

    .venv/bin/python benchmarks/extract_speed.py [--docs 2000]

Generates N Chinese and N/4 English news pages as HTML (navigation, related-news
lists, copyright footer, several aid sentences each), then, each phase in a
fresh single-threaded process so that peak memory is its own:

1. trafilatura alone: HTML -> main text (what ``cityaid.read`` calls);
2. cityaid extraction on that text: clean -> resolve -> events (no HTML);
3. the whole path through ``cityaid.pipeline`` from the HTML files.

Prints documents per second and peak RSS for each, and the ratio of (1) to (2)
per page.  With ``--repeat N`` phases (1) and (2) run N times, in turn, and the
run with the least CPU time per page stands for each (on a shared machine the
least disturbed run is the closest to the code's own cost; both steps are
treated alike).  Run by hand; nothing here is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CN = ["无锡", "镇江", "重庆", "长沙", "青岛", "济南", "苏州", "杭州", "南京", "上海", "沈阳", "大连"]
PARTNERS = [("日本", "丰川市"), ("日本", "仓敷市"), ("韩国", "益山市"), ("韩国", "大邱市"), ("德国", "曼海姆市"),
            ("美国", "安纳波利斯市"), ("日本", "大阪府"), ("俄罗斯", "哈巴罗夫斯克边疆区"), ("日本", "北海道")]
ITEMS = ["口罩", "医用口罩", "防护服", "护目镜", "检测试剂盒", "手套"]
UNITS = {"口罩": "只", "医用口罩": "只", "防护服": "套", "护目镜": "副", "检测试剂盒": "盒", "手套": "副"}
EN_CITIES = [("Annapolis", "Changsha"), ("Toyokawa", "Wuxi"), ("Iksan", "Zhenjiang"), ("Mannheim", "Zhenjiang")]


def zh_page(rng: random.Random, i: int) -> str:
    city = rng.choice(CN)
    lines = []
    for _ in range(rng.randint(3, 6)):
        country, partner = rng.choice(PARTNERS)
        item = rng.choice(ITEMS)
        n = rng.choice(["2万", "5000", "1.5万", "3000余", "近千", "10万"])
        m, d = rng.randint(1, 4), rng.randint(1, 28)
        lines.append(rng.choice([
            f"{m}月{d}日，我市向{country}友城{partner}捐赠{n}{UNITS[item]}{item}。",
            f"{m}月{d}日，{country}{partner}向我市捐赠{n}{UNITS[item]}{item}，帮助我市抗击疫情。",
            f"{m}月{d}日，{partner}市长致信我市市长，对我市的援助表示感谢。",
            f"{m}月{d}日，我市卫健委专家与{country}{partner}医疗专家举行视频会议，交流防控经验。",
            f"截至{m}月{d}日，我市已向{rng.randint(3, 20)}个国家的友好城市捐赠{n}件防疫物资。",
        ]))
    related = "".join(f"<li><a href='/n/{i}{k}'>{rng.choice(CN)}举行防疫工作会议</a><span>2020-03-{k + 10} 10:0{k}</span></li>"
                      for k in range(8))
    body = "".join(f"<p>{s}</p>" for s in lines)
    return (f"<html><head><title>{city}携手国际友城抗疫</title><meta name='date' content='2020-04-0{i % 9 + 1}'></head>"
            f"<body><nav>首页 | 新闻 | 本地 | 国际 | 视频</nav><article><h1>{city}携手国际友城抗疫</h1>"
            f"<p>2020-04-0{i % 9 + 1} 09:00 来源：{city}日报</p>{body}</article>"
            f"<aside><h3>相关新闻</h3><ul>{related}</ul></aside>"
            f"<footer>版权所有 未经授权不得转载 {city}日报社</footer></body></html>")


def en_page(rng: random.Random, i: int) -> str:
    us, them = rng.choice(EN_CITIES)
    n = rng.choice(["4,500", "20,000", "about 50,000", "more than 10,000"])
    sents = [f"{us} received {n} masks from its sister city {them} on March {rng.randint(1, 28)}.",
             f"Mayor of {us} sent a letter of gratitude to {them} on April {rng.randint(1, 20)}.",
             f"Health officials from {us} and {them} held a video conference to share experience."]
    body = "".join(f"<p>{s}</p>" for s in sents)
    return (f"<html><head><title>{us} thanks sister city {them}</title></head><body><nav>Home | News | Sports</nav>"
            f"<article><h1>{us} thanks sister city {them}</h1><p>Published April 2, 2020</p>{body}</article>"
            f"<aside>Related stories<ul><li>City council meets</li></ul></aside>"
            f"<footer>Copyright 2020. Subscribe to our newsletter.</footer></body></html>")


def generate(folder: Path, n: int) -> tuple[list[Path], list[Path]]:
    rng = random.Random(7)
    zh, en = [], []
    for i in range(n):
        p = folder / f"zh{i:05d}.html"
        p.write_text(zh_page(rng, i), encoding="utf-8")
        zh.append(p)
    for i in range(max(1, n // 4)):
        p = folder / f"en{i:05d}.html"
        p.write_text(en_page(rng, i), encoding="utf-8")
        en.append(p)
    return zh, en


# ------------------------------------------------------------------ phases (run in a child process)
def phase_trafilatura(files: list[str], texts_out: str) -> dict:
    from cityaid.read.html_main import extract_html

    for f in files[:20]:  # warm-up, as for the extraction phase
        extract_html(Path(f).read_text(encoding="utf-8"), f)
    t0, c0 = time.perf_counter(), time.process_time()
    texts = []
    for f in files:
        texts.append(extract_html(Path(f).read_text(encoding="utf-8"), f).text)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    Path(texts_out).write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return {"seconds": dt, "cpu": cpu, "docs": len(files)}


def phase_extract(texts_in: str) -> dict:
    from cityaid.model import Document
    from cityaid.pipeline import extract_document

    texts = json.loads(Path(texts_in).read_text(encoding="utf-8"))
    for t in texts[:20]:  # load tables and lazy imports (cn2an's patterns) once, outside the clock
        extract_document(Document(doc_id="warm", text=t, content_hash="x"))
    t0, c0 = time.perf_counter(), time.process_time()
    events = 0
    for i, t in enumerate(texts):
        events += len(extract_document(Document(doc_id=str(i), text=t, content_hash=str(i))).events)
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "docs": len(texts),
            "events": events}


def phase_gazetteer() -> dict:
    """What the place tables cost a process: the curated in-memory gazetteer, the on-disk GeoNames
    table's first lookup, and one country's transliteration index (the largest, the US)."""
    def rss() -> float:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS")) / 1024

    out, base = {}, rss()
    t0 = time.perf_counter()
    from cityaid.resolve import gazetteer
    gazetteer()
    out["curated"] = (time.perf_counter() - t0, rss() - base)
    from cityaid.resolve import geodb, transliterate
    base, t0 = rss(), time.perf_counter()
    geodb.by_zh("曼海姆")
    out["geonames_first_lookup"] = (time.perf_counter() - t0, rss() - base)
    base, t0 = rss(), time.perf_counter()
    transliterate.match("费尔莫", "US")
    out["translit_index_US"] = (time.perf_counter() - t0, rss() - base)
    return {"parts": out}


def phase_pipeline(files: list[str]) -> dict:
    from cityaid.pipeline import iter_extracted

    t0, c0 = time.perf_counter(), time.process_time()
    docs = events = 0
    for item in iter_extracted(files):
        docs += 1
        events += len(getattr(item, "events", []))
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "docs": docs, "events": events}


def child(argv: list[str]) -> None:
    name, args = argv[0], json.loads(argv[1])
    result = globals()["phase_" + name](**args)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_child(name: str, **args) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    cmd = [sys.executable, __file__, "--child", name, json.dumps(args)]
    if hasattr(os, "sched_setaffinity"):
        cmd = ["taskset", "-c", "0"] + cmd if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0 else cmd
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="Chinese pages (English: a quarter of that)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the trafilatura and extraction phases this many times, in turn; keep each one's "
                         "least CPU time per page")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        zh, en = generate(folder, args.docs)
        print(f"corpus: {len(zh)} Chinese + {len(en)} English HTML pages, "
              f"{sum(p.stat().st_size for p in zh + en) / 1e6:.1f} MB, one core"
              + (f"; trafilatura and extraction each the least CPU of {args.repeat} runs" if args.repeat > 1 else ""))
        rows = []
        for lang, files in (("zh", zh), ("en", en)):
            texts = str(folder / f"texts_{lang}.json")
            runs = []
            for _ in range(max(1, args.repeat)):
                runs.append((run_child("trafilatura", files=[str(f) for f in files], texts_out=texts),
                             run_child("extract", texts_in=texts)))
            tr = min((r[0] for r in runs), key=lambda r: r["cpu"] / r["docs"])
            ex = min((r[1] for r in runs), key=lambda r: r["cpu"] / r["docs"])
            pl = run_child("pipeline", files=[str(f) for f in files])
            rows.append((lang, tr, ex, pl))
        gz = run_child("gazetteer")
        print(f"{'lang':<5}{'step':<34}{'docs/s':>10}{'ms/doc':>9}{'cpu ms':>8}{'peak MB':>10}{'events':>8}")
        for lang, tr, ex, pl in rows:
            for label, r in (("trafilatura HTML->text", tr), ("cityaid clean->events (text in)", ex),
                             ("cityaid whole pipeline (HTML in)", pl)):
                rate = r["docs"] / r["seconds"]
                print(f"{lang:<5}{label:<34}{rate:>10.1f}{1000 / rate:>9.2f}{1000 * r['cpu'] / r['docs']:>8.2f}"
                      f"{r['peak_rss_mb']:>10.0f}{r.get('events', ''):>8}")
            # CPU time per page: what the two steps cost, whatever else the machine is doing
            ratio = (tr["cpu"] / tr["docs"]) / (ex["cpu"] / ex["docs"])
            aim = " (aim: at least 5x)" if lang == "zh" else " (short pages, which trafilatura reads fast)"
            print(f"{lang:<5}extraction is {ratio:.1f}x faster per page (CPU time) than trafilatura's "
                  f"HTML-to-text step{aim}")
        print("place tables, loaded lazily in a fresh process (seconds, resident MB added):")
        for part, (sec, mb) in gz["parts"].items():
            print(f"     {part:<28}{sec:>8.3f} s{mb:>8.1f} MB")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        main()
