#!/usr/bin/env python3
"""Show unpaired gold and predicted events per document (a development aid for tuning extraction).

    python scripts/diff_eval.py GOLD.jsonl PRED.jsonl
"""
import sys

from cityaid.evaluate import load_events, pair_events


def short(e):
    f = ",".join(a.get("key") or "?" + a["name"] for a in e.get("from") or [])
    t = ",".join(a.get("key") or "?" + a["name"] for a in e.get("to") or [])
    d = (e.get("date") or {}).get("value", "")
    it = " ".join(f"{i['item']}:{i.get('quantity')}" for i in e.get("items") or [])
    typ = e["type"] + (f"/{e['of']}" if e.get("of") else "")
    return f"{typ:<22} {f} -> {t} [{d}] {it} | {(e.get('evidence') or '')[:70]}"


def main(gold_path, pred_path):
    gold, pred = load_events(gold_path), load_events(pred_path)
    for doc in sorted(gold):
        g, p = gold[doc], pred.get(doc, [])
        pairs = pair_events(g, p)
        pg, pp = {a for a, _ in pairs}, {b for _, b in pairs}
        print(f"## {doc}")
        for i, e in enumerate(g):
            if i not in pg:
                print("  MISS", short(e))
        for i, e in enumerate(p):
            if i not in pp:
                print("  FP  ", short(e))


if __name__ == "__main__":
    main(*sys.argv[1:3])
