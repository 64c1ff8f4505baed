"""How the pure merge (``cityaid.merge.cluster_events``, no database) scales: 10k, 100k, 1M events.

Synthetic but shaped like the corpus: a few thousand places (half Chinese),
sister pairs that exchange several shipments over Jan–May 2020 (so the same
pair has 10k and 20k gifts a few weeks apart), and each fact told by 1–4
reports with jittered dates (dispatch vs arrival, month-only, undated),
rounded quantities (``approx``/``over``) and varying mask names.  Each size
runs in its own process so peak memory (``ru_maxrss``) is that size's own.
Prints time, peak RSS, facts found (and the true number), pairwise P/R
against the generator's truth, and the time ratio between successive sizes.

    .venv/bin/python benchmarks/merge_scale.py [--sizes 10000 100000 1000000] [--seed 7]

``--ledger 100000 [1000000] --new 10000 [--db URL]`` times the same merge in a
stored ledger instead, as ``cityaid ingest`` runs it: a ledger of N events
(bulk-loaded, then fully merged), then ``--new`` events dated in the weeks
after it, merged incrementally (``merge_pending``: blocks of the new events
only, facts rewritten in one transaction) — against ``cityaid remerge``
(``merge_ledger``) of the whole ledger.  SQLite file in a temp dir unless
``--db`` names a PostgreSQL URL (an empty database or schema).  CPU
seconds are this process's (with SQLite, the database's work too; not the
PostgreSQL server's).
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from datetime import date

from cityaid.merge.cluster import cluster_events
from cityaid.merge.evaluate import pairwise
from cityaid.merge.records import P_DAY, P_MONTH, MergeEvent, day_interval

COUNTRIES = ["JP", "KR", "US", "DE", "FR", "IT", "RU", "GB", "ES", "BR", "AU", "CA", "TH", "VN", "MY", "PK"]
QUANTITIES = [1000, 2000, 3000, 5000, 8000, 10000, 15000, 20000, 30000, 50000, 80000, 100000, 200000]
MASKS = ["mask", "medical_mask", "n95_mask", "disposable_mask"]
TYPES = [("donation", 0.6), ("message", 0.25), ("consultation", 0.08), ("request", 0.07)]
START = date(2020, 1, 15).toordinal()
DAYS = 120


def places(rng: random.Random, n: int = 4000) -> tuple[list[str], list[str]]:
    cn = [f"CN/Place{i}" for i in range(n // 2)]
    foreign = [f"{rng.choice(COUNTRIES)}/City{i}" for i in range(n // 2)]
    return cn, foreign


def generate(n: int, seed: int = 7) -> tuple[list[MergeEvent], list[int]]:
    """``n`` events and, for each, the id of the true fact it reports."""
    rng = random.Random(seed)
    cn, foreign = places(rng)
    n_pairs = max(200, n // 25)
    pairs = [(rng.choice(cn), rng.choice(foreign)) for _ in range(n_pairs)]
    types = [t for t, _ in TYPES]
    weights = [w for _, w in TYPES]
    events: list[MergeEvent] = []
    truth: list[int] = []
    fact = 0
    doc = 0
    while len(events) < n:
        a, b = rng.choice(pairs)
        typ = rng.choices(types, weights)[0]
        frm, to = ((a,), (b,)) if rng.random() < 0.6 else ((b,), (a,))
        day0 = START + rng.randrange(DAYS)
        qty = rng.choice(QUANTITIES)
        mask = rng.choice(MASKS[1:]) if rng.random() < 0.3 else "mask"
        suits = rng.choice([None, None, 200, 500, 1000])
        for _ in range(min(1 + int(rng.expovariate(0.8)), 4)):
            if len(events) >= n:
                break
            doc += 1
            r = rng.random()
            window = 6 if typ == "donation" else 0
            d = date.fromordinal(day0 + rng.randint(0, window))
            if r < 0.05:
                lo = hi = None
                prec = 0
            elif r < 0.15:
                lo, hi, prec = day_interval(f"{d.year}-{d.month:02d}", "approx")
            else:
                lo, hi, prec = d.toordinal(), d.toordinal(), P_DAY
            items: tuple = ()
            if typ == "donation":
                q, qual = float(qty), "exact"
                u = rng.random()
                if u < 0.2:
                    q, qual = float(round(qty * rng.uniform(0.95, 1.05), -2)), "approx"
                elif u < 0.3:
                    q, qual = float(int(qty * 0.9) // 1000 * 1000 or qty), "over"
                items = ((mask if rng.random() < 0.7 else "mask", q, qual),)
                if suits and rng.random() < 0.8:
                    items += (("protective_suit", float(suits), "exact"),)
            elif typ == "request":
                items = (("mask", None, None),)
            events.append(MergeEvent(eid=len(events), doc=f"d{doc}", type=typ, of=None, frm=frm, to=to,
                                     d_lo=lo, d_hi=hi, d_prec=prec if prec != P_MONTH else P_MONTH,
                                     d_qual="on", items=items, money=(),
                                     medium="video" if typ == "message" else None, kind=None,
                                     ev_key=rng.getrandbits(32), source=f"pub{doc % 500}", published=""))
            truth.append(fact)
        fact += 1
    return events, truth


def run_one(n: int, seed: int) -> dict:
    events, truth = generate(n, seed)
    t0 = time.perf_counter()
    clusters = cluster_events(events)
    secs = time.perf_counter() - t0
    pred = {}
    for k, g in enumerate(clusters):
        for i in g:
            pred[i] = k
    scores = pairwise(dict(enumerate(truth)), pred)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"events": n, "seconds": round(secs, 2), "peak_rss_mb": round(rss_kb / 1024, 1),
            "facts_found": len(clusters), "facts_true": len(Counter(truth)),
            "pair_precision": round(scores["precision"], 4), "pair_recall": round(scores["recall"], 4)}


def _documents(events: list[MergeEvent]) -> list:
    """One stored document per generated event (``generate`` gives each report its own document)."""
    from cityaid.model import Document, Event

    out = []
    for e in events:
        d = None
        if e.d_lo is not None:
            lo, hi = date.fromordinal(e.d_lo), date.fromordinal(e.d_hi)
            d = {"value": lo.isoformat() if lo == hi else f"{lo.year}-{lo.month:02d}", "qualifier": "on"}
        spec = {"type": e.type, "from": [{"key": k, "name": k} for k in e.frm],
                "to": [{"key": k, "name": k} for k in e.to], "date": d, "money": [], "medium": e.medium,
                "items": [{"item": i, "quantity": q, "qualifier": ql} for i, q, ql in e.items],
                "evidence": f"report {e.eid}"}
        out.append((Document(doc_id=f"{e.doc}-{e.eid}", text=spec["evidence"], content_hash=f"h{e.eid}",
                             source=e.source), None, [Event.model_validate(spec)]))
    return out


def ledger_one(n: int, new: int, seed: int, db: str | None) -> dict:
    """Ledger of ``n`` events, then ``new`` later ones: incremental merge vs full re-merge, in the database."""
    import tempfile

    from cityaid.ledger import Ledger
    from cityaid.ledger.bulk import bulk_store
    from cityaid.merge import merge_ledger, merge_pending

    events, _ = generate(n + new, seed)
    for e in events[n:]:  # the new day's news: dated after the ledger's period
        if e.d_lo is not None:
            e.d_lo += DAYS
            e.d_hi += DAYS
    docs = _documents(events)
    with tempfile.TemporaryDirectory() as tmp, Ledger(db or f"{tmp}/bench.db") as lg:
        t0 = time.perf_counter()
        for i in range(0, n, 20_000):
            bulk_store(lg, docs[i:min(i + 20_000, n)])
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        merge_ledger(lg)
        t_first = time.perf_counter() - t0
        bulk_store(lg, docs[n:])
        del docs  # ingest holds no such heap: 110k parsed events would make every GC pass slow
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        inc = merge_pending(lg)
        t_inc, c_inc = time.perf_counter() - t0, time.process_time() - c0
        facts_inc = sum(1 for _ in lg.facts())
        t0, c0 = time.perf_counter(), time.process_time()
        full = merge_ledger(lg)
        t_full, c_full = time.perf_counter() - t0, time.process_time() - c0
    return {"ledger": n, "new": new, "backend": "postgresql" if db else "sqlite", "load_s": round(t_load, 1),
            "first_merge_s": round(t_first, 1), "incremental_s": round(t_inc, 2), "reclustered": inc.events,
            "facts_written": inc.facts, "full_remerge_s": round(t_full, 1),
            "incremental_cpu_s": round(c_inc, 1), "full_remerge_cpu_s": round(c_full, 1), "same_facts": facts_inc == full.facts,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--ledger", type=int, nargs="+", help="stored-ledger mode: ledger sizes (see above)")
    ap.add_argument("--new", type=int, default=10_000)
    ap.add_argument("--db", help="PostgreSQL URL for --ledger (default: a SQLite file in a temp dir)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--ledger-one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed)))
        return
    if args.ledger_one:
        print(json.dumps(ledger_one(args.ledger_one, args.new, args.seed, args.db)))
        return
    if args.ledger:
        print(f"{'ledger':>9} {'new':>7} {'backend':>10} {'full merge':>11} {'incremental':>12} {'reclustered':>12} "
              f"{'facts':>7} {'remerge':>8} {'speed-up':>9} {'CPU s inc/full':>15} {'same':>5} {'peak MB':>8}")
        for n in args.ledger:
            cmd = [sys.executable, __file__, "--ledger-one", str(n), "--new", str(args.new), "--seed", str(args.seed)]
            res = subprocess.run(cmd + (["--db", args.db] if args.db else []), capture_output=True, text=True,
                                 check=True)
            r = json.loads(res.stdout.strip().splitlines()[-1])
            print(f"{r['ledger']:>9} {r['new']:>7} {r['backend']:>10} {r['first_merge_s']:>10}s "
                  f"{r['incremental_s']:>11}s {r['reclustered']:>12} {r['facts_written']:>7} "
                  f"{r['full_remerge_s']:>7}s {r['full_remerge_s'] / max(r['incremental_s'], 0.01):>8.1f}x "
                  f"{r['incremental_cpu_s']:>7}/{r['full_remerge_cpu_s']:<7} {str(r['same_facts']):>5} {r['peak_rss_mb']:>8}", flush=True)
        return
    prev = None
    print(f"{'events':>9} {'seconds':>8} {'ratio':>6} {'peak MB':>8} {'facts':>8} {'true':>8} {'pairP':>7} {'pairR':>7}")
    for n in args.sizes:
        res = subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
                             capture_output=True, text=True, check=True)
        r = json.loads(res.stdout.strip().splitlines()[-1])
        ratio = f"{r['seconds'] / prev:.1f}x" if prev else "-"
        print(f"{r['events']:>9} {r['seconds']:>8} {ratio:>6} {r['peak_rss_mb']:>8} {r['facts_found']:>8} "
              f"{r['facts_true']:>8} {r['pair_precision']:>7} {r['pair_recall']:>7}", flush=True)
        prev = r["seconds"]


if __name__ == "__main__":
    main()
