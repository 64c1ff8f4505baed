"""Latency of the web view over a 100k-event ledger: p50/p95 per page, beside the same queries run directly.

    .venv/bin/python benchmarks/serve_latency.py [--events 100000] [--runs 40] [--keep PATH] [--lang zh|en]

Builds a synthetic ledger fast (``cityaid.ledger.bulk.bulk_store``, and one
fact per event through ``Ledger.replace_facts``), re-writes its facts once
more (a fresh merge: new data version, summaries rebuilt, answer cache
stale), then serves it with a real uvicorn on 127.0.0.1 twice — with the
answer cache and without — and times HTTP GETs with httpx (keep-alive), in
Chinese by default (``--lang zh``: translated templates, places named in Chinese).

Columns: ``cold`` is each page's first request after that fresh merge on
the cached server (what a user's first look after an ingest costs); ``HTTP``
is the server *without* cache; ``direct`` the same work without the web
layer (the ``web_queries`` / ``Ledger`` calls the route makes, no cache
either), so ``ratio`` = HTTP / direct is the framework's overhead (routing,
validation, JSON or Jinja rendering, the socket); ``cached`` is the server
with the cache, after its first request.  Aim: p95 under 200 ms, cold
included, on a 2-core machine.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cityaid.ledger import FactRow, Ledger  # noqa: E402
from cityaid.ledger import web_queries as wq  # noqa: E402
from cityaid.ledger.bulk import bulk_store  # noqa: E402
from cityaid.model import Document, Event  # noqa: E402

FOREIGN = ["JP/Toyokawa", "JP/Osaka", "KR/Daegu", "DE/Mannheim", "US/Annapolis", "US/Sacramento", "KH/Phnom Penh",
           "JP/Shizuoka", "RU/Sakha Republic", "JP", "KR", "IT", "IR", "RS"]
ITEMS = [("mask", "piece"), ("protective_suit", "set"), ("goggles", "pair"), ("test_kit", "box"), ("gloves", "pair")]
TYPES = ["donation"] * 6 + ["message", "message", "consultation", "medical_team", "request", "aggregate"]


def _cn_places(n: int) -> list[str]:
    return [f"CN/Bench{i:03d}" for i in range(n)]


def build(path: str, n_events: int, per_doc: int = 10, seed: int = 7) -> None:
    rnd = random.Random(seed)
    cn = _cn_places(100)
    foreign = FOREIGN + [f"JP/Benchi{i:03d}" for i in range(100)] + [f"DE/Benchd{i:03d}" for i in range(100)]
    t0 = time.perf_counter()
    batch, n = [], 0
    for d in range(0, n_events, per_doc):
        events = []
        text = []
        for i in range(min(per_doc, n_events - d)):
            a, b = rnd.choice(cn), rnd.choice(foreign)
            if rnd.random() < 0.4:
                a, b = b, a
            month, day = rnd.randint(1, 5), rnd.randint(1, 28)
            date = f"2020-{month:02d}-{day:02d}" if rnd.random() < 0.85 else f"2020-{month:02d}"
            it, unit = rnd.choice(ITEMS)
            t = rnd.choice(TYPES)
            ev_text = f"{a}向{b}捐赠{it}{rnd.randint(1, 50) * 1000}{unit}。"
            start = sum(len(x) for x in text)
            text.append(ev_text)
            events.append(Event.model_validate({
                "type": t, "from": [{"key": a, "name": a.rsplit("/", 1)[-1], "level": "city"}],
                "to": [{"key": b, "name": b.rsplit("/", 1)[-1], "level": "city"}],
                "date": {"value": date, "qualifier": "on"},
                "items": [{"item": it, "quantity": rnd.randint(1, 50) * 1000, "unit": unit}] if t == "donation" else [],
                "evidence": ev_text, "evidence_span": (start, start + len(ev_text))}))
            n += 1
        body = "".join(text)
        batch.append((Document(doc_id=f"bench{d // per_doc:06d}.txt", text=body, content_hash=f"h{d}",
                               published="2020-06-01"), None, events))
    t1 = time.perf_counter()
    with Ledger(path) as lg:
        _, ids = bulk_store(lg, batch)
        t2 = time.perf_counter()
        facts = []
        eid = iter(ids)
        for doc, _clean, events in batch:
            for idx, e in enumerate(events):
                i = next(eid)
                spec = e.to_spec()
                payload = {**spec, "sources": [{"doc": doc.doc_id, "event_id": i, "idx": idx,
                                                "evidence": spec["evidence"], "evidence_span": spec["evidence_span"],
                                                "date": spec["date"], "items": spec["items"], "money": []}]}
                facts.append(FactRow(id=f"B{i:07d}", type=e.type, of=None, fact=payload, confidence=0.5, sources=1,
                                     disagreements=[], event_ids=(i,)))
        lg.replace_facts(facts)
        t3 = time.perf_counter()
    print(f"built {n:,} events in {len(batch):,} documents: model {t1 - t0:.1f}s, bulk insert {t2 - t1:.1f}s, "
          f"facts {t3 - t2:.1f}s; {os.path.getsize(path) / 1e6:.0f} MB")


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def timed(fn, runs: int) -> tuple[float, list[float]]:  # noqa: ANN001
    """(first call in ms — cold: empty answer cache —, the following ``runs`` calls in ms)."""
    t = time.perf_counter()
    fn()
    first = (time.perf_counter() - t) * 1000
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return first, out


def serve(path: str, cache: bool):  # noqa: ANN201
    import uvicorn

    from cityaid.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(path, cache=cache), host="127.0.0.1", port=port,
                                        log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    return srv, f"http://127.0.0.1:{port}"


def fresh_merge(path: str) -> None:
    """Write the same facts again, as a merge run does: new data version, summaries rebuilt."""
    with Ledger(path) as lg:
        facts = list(lg.facts())
        t = time.perf_counter()
        lg.replace_facts(facts)
        print(f"fresh merge: replace_facts of {len(facts):,} facts (summaries and statistics included) "
              f"{time.perf_counter() - t:.1f}s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--keep", help="build (or reuse) the ledger at this path instead of a temporary one")
    ap.add_argument("--lang", default="zh", choices=["zh", "en"],
                    help="Accept-Language of the requests: zh (default) renders every page through the Chinese "
                         "catalogue and names places in Chinese")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = args.keep or os.path.join(tmp.name, "bench.db")
    if not os.path.exists(path):
        build(path, args.events)
    fresh_merge(path)
    import httpx

    from cityaid.web.overview import overview
    from cityaid.web.routes_places import _answers

    plain, plain_url = serve(path, cache=False)
    cached, cached_url = serve(path, cache=True)
    lg = Ledger(path)
    place = "CN/Bench001"
    listing_f = wq.WebFilters(type="donation", country="JP", since="2020-03")
    cases = [
        ("overview (JSON)", "/overview.json", lambda: overview(lg, wq.WebFilters())),
        ("overview (HTML)", "/", lambda: (overview(lg, wq.WebFilters()), wq.items(lg))),
        ("place (JSON)", f"/place/{place}.json",
         lambda: (_answers(lg, place),
                  wq.count_facts(lg, wq.WebFilters(place=place)), wq.facts_page(lg, wq.WebFilters(place=place), 0, 50))),
        ("place (HTML)", f"/place/{place}", None),
        ("filtered listing (JSON)", "/facts.json?type=donation&country=JP&since=2020-03&page=3&size=50",
         lambda: (wq.count_facts(lg, listing_f), wq.facts_page(lg, listing_f, 100, 50))),
        ("filtered listing (HTML)", "/facts?type=donation&country=JP&since=2020-03&page=3&size=50", None),
    ]
    print(f"{'page':<26}{'cold':>9}{'HTTP p50':>10}{'p95':>9}{'direct p50':>12}{'p95':>9}{'ratio':>8}"
          f"{'cached p50':>12}{'p95':>9}")
    headers = {"Accept": "text/html,application/json", "Accept-Language": args.lang}
    print(f"pages in {args.lang} (Accept-Language: {args.lang})")
    with httpx.Client(base_url=plain_url, timeout=60, headers=headers) as c, \
            httpx.Client(base_url=cached_url, timeout=60, headers=headers) as cc:
        for name, url, direct in cases:
            def get(u=url, client=c):  # noqa: ANN001, ANN202
                r = client.get(u)
                assert r.status_code == 200, (u, r.status_code, r.text[:200])
            cold, k = timed(lambda: get(client=cc), args.runs)
            h = timed(get, args.runs)[1]
            d = timed(direct, args.runs)[1] if direct else None
            ratio = f"{statistics.median(h) / statistics.median(d):.2f}" if d else ""
            dd = f"{_pct(d, 50):>12.1f}{_pct(d, 95):>9.1f}" if d else f"{'':>12}{'':>9}"
            print(f"{name:<26}{cold:>9.1f}{_pct(h, 50):>10.1f}{_pct(h, 95):>9.1f}{dd}{ratio:>8}"
                  f"{_pct(k, 50):>12.1f}{_pct(k, 95):>9.1f}")
    print("ms; cold = first request after a fresh merge (answer cache empty); HTTP = requests to a server\n"
          "without the answer cache; direct = the same ledger queries and Python answers without HTTP,\n"
          "routing, rendering or cache (ratio = HTTP / direct, p50); cached = a server with the cache, warm")
    for srv in (plain, cached):
        srv.should_exit = True
    lg.close()


if __name__ == "__main__":
    main()
