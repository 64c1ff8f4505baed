#!/usr/bin/env python3
"""Extraction quality on evaluation sets kept outside the repository, by set and language.

    .venv/bin/python benchmarks/eval_sets.py SET [SET ...] [--shared ../shared] [--json]

A set is a folder with ``docs/`` (pages of any format cityaid reads) and
``gold.jsonl`` in the exchange format: reports written for an evaluation,
independently of the extractor, that are not in the repository (a set that
sits beside the code gets read while writing rules and stops measuring
anything).  For each set: ``cityaid extract`` over its ``docs/``, then the
shared scorer (``tools/score.py``) on the whole set and on each language's
documents.  A document's language is read from its text as cityaid reads it:
English, or Chinese in simplified or traditional script (the script whose
conversion leaves the Han characters as they are).  Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_scores import print_rows, run_scorer  # noqa: E402  (the same scorer call and table as the dev corpus's)




def _languages(docs: Path) -> dict[str, str]:
    """doc id -> ``en``, ``zh-Hans`` or ``zh-Hant`` (a JSON Lines file's records each on their own)."""
    import opencc

    from cityaid.clean.language import detect_language
    from cityaid.model import Document
    from cityaid.read import iter_documents

    t2s = opencc.OpenCC("t2s")
    out = {}
    for doc in iter_documents([docs]):
        if not isinstance(doc, Document):
            continue
        if detect_language(doc.text) != "zh":
            out[doc.doc_id] = "en"
            continue
        han = "".join(ch for ch in doc.text if "\u4e00" <= ch <= "\u9fff")
        out[doc.doc_id] = "zh-Hans" if t2s.convert(han) == han else "zh-Hant"
    return out


def _cut(rows: list[dict], keep: set[str], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows if r["doc"] in keep),
                    encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("sets", nargs="+", help="folders holding docs/ and gold.jsonl")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    score_py = Path(args.shared) / "tools" / "score.py"
    if not score_py.is_file():
        sys.exit(f"{score_py}: the shared scorer is not here (give --shared)")
    cli = str(Path(sys.executable).parent / "cityaid")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for folder in map(Path, args.sets):
            if not (folder / "gold.jsonl").is_file() or not (folder / "docs").is_dir():
                sys.exit(f"{folder}: not a set (needs docs/ and gold.jsonl)")
            name = folder.name
            pred = tmp / f"{name}.jsonl"
            subprocess.run([cli, "extract", str(folder / "docs"), "--out", str(pred)], capture_output=True)
            rows.append((name, "all", run_scorer(score_py, folder / "gold.jsonl", pred, None)))
            langs = _languages(folder / "docs")
            gold_rows, pred_rows = ([json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
                                    for p in (folder / "gold.jsonl", pred))
            for lang in sorted(set(langs.values())):
                keep = {d for d, v in langs.items() if v == lang}
                if len(keep) == len(langs):
                    continue
                gold = _cut(gold_rows, keep, tmp / f"{name}.{lang}.gold.jsonl")
                rows.append((name, lang, run_scorer(score_py, gold, _cut(pred_rows, keep, tmp / f"{name}.{lang}.jsonl"), None)))
    print_rows(rows, args.json, width=22)

if __name__ == "__main__":
    main()
