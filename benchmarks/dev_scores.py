#!/usr/bin/env python3
"""Extraction quality on the development corpus: tune and check, by language, beside the seeds.

    .venv/bin/python benchmarks/dev_scores.py [--shared ../shared] [--json]

Runs ``cityaid extract`` over ``corpus/dev/docs`` and the seeds, then the shared
scorer (``tools/score.py``) on each split, overall and for each language that
``corpus/dev/sources.tsv`` names (zh-Hans, zh-Hant, en).  The issue asks for
the figures per language; the scorer knows only splits, so each language is
scored from a gold file cut to its documents (with the splits file beside it).
Nothing is asserted: this prints where extraction stands.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_scorer(score_py: Path, gold: Path, pred: Path, split: str | None) -> dict:
    cmd = [sys.executable, str(score_py), str(gold), str(pred), "--json"] + (["--split", split] if split else [])
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def _languages(sources: Path) -> dict[str, str]:
    """doc -> language; a JSON Lines file's documents (``x30a``…) take its row's language."""
    with sources.open(encoding="utf-8") as fh:
        return {row["doc"]: row["language"] for row in csv.DictReader(fh, delimiter="\t")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    dev, score_py = shared / "corpus" / "dev", shared / "tools" / "score.py"
    cli = str(Path(sys.executable).parent / "cityaid")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pred = tmp / "dev.jsonl"
        subprocess.run([cli, "extract", str(dev / "docs"), "--out", str(pred)], capture_output=True)
        langs = _languages(dev / "sources.tsv")
        gold_rows, pred_rows = ([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
                                for path in (dev / "gold.jsonl", pred))
        for split in ("tune", "check"):
            rows.append((split, "all", run_scorer(score_py, dev / "gold.jsonl", pred, split)))
        for lang in sorted(set(langs.values())):
            sub = tmp / lang
            sub.mkdir()
            (sub / "splits.json").write_text((dev / "splits.json").read_text(encoding="utf-8"), encoding="utf-8")
            for name, src in (("gold.jsonl", gold_rows), ("pred.jsonl", pred_rows)):
                keep = [r for r in src if langs.get(r["doc"]) == lang]
                (sub / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep),
                                        encoding="utf-8")
            for split in ("tune", "check"):
                rows.append((split, lang, run_scorer(score_py, sub / "gold.jsonl", sub / "pred.jsonl", split)))
        seeds_pred = tmp / "seeds.jsonl"
        subprocess.run([cli, "extract", str(shared / "corpus" / "seeds"), "--out", str(seeds_pred)], capture_output=True)
        rows.append(("seeds", "all", run_scorer(score_py, shared / "corpus" / "seeds.gold.jsonl", seeds_pred, None)))
    print_rows(rows, args.json, width=7)


def print_rows(rows: list[tuple[str, str, dict]], as_json: bool, width: int) -> None:
    """(set, language, scorer --json output) rows as a table (set names ``width`` wide) or as JSON."""
    if as_json:
        print(json.dumps([{"set": s, "language": lang, **{k: v for k, v in r.items() if k != "by_doc"}}
                          for s, lang, r in rows], ensure_ascii=False, indent=1))
        return
    print(f"{'set':<{width}}{'language':<10}{'docs':>5}{'F1':>7}{'P':>7}{'R':>7}{'items':>7}{'dates':>7}{'keys':>7}")
    for s, lang, r in rows:
        a = r["attributes"]
        fmt = lambda v: f"{v:>7.2f}" if isinstance(v, (int, float)) else f"{'-':>7}"  # noqa: E731
        print(f"{s:<{width}}{lang:<10}{len(r['by_doc']):>5}{fmt(r['f1'])}{fmt(r['precision'])}{fmt(r['recall'])}"
              f"{fmt(a.get('items'))}{fmt(a.get('dates'))}{fmt(a.get('actor keys'))}")


if __name__ == "__main__":
    main()
