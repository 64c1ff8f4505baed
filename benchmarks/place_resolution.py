#!/usr/bin/env python3
"""How many foreign sub-national places of the dev gold the pipeline keys right.

    .venv/bin/python benchmarks/place_resolution.py [--split tune|check] [--list]
    .venv/bin/python benchmarks/place_resolution.py --translit [GOLD ...]

Test set: every actor of the gold events (``../shared/corpus/dev/gold.jsonl``)
whose key is a foreign place below the country (``JP/Hyogo``, ``IT/Prato``),
kept where one of its gold names stands in the cleaned document.  For each
such (document, place) it asks two questions of the current code:

* **mention** — the mention layer (``cityaid.extract.actors.gather`` for
  Chinese paragraphs, ``cityaid.resolve.english.find_actors_en`` for English
  ones) has, over some occurrence of the name, a mention that agrees with the
  gold actor the way the scorer agrees actors (same key, or its name/key tail
  is one of the gold names);
* **key exact** — such a mention carries the gold key itself (not only an
  agreeing name: ``FR/阿维尼翁`` agrees with ``FR/Avignon`` by name, not by key);
* **event** — some event the whole pipeline extracts from the document has
  an actor that agrees with it.

Each figure is printed twice: with the open-world layer (the large gazetteer
and transliteration matching, ``cityaid.resolve.openworld``) and without it
(``CITYAID_OPEN_WORLD=0``); each mode runs in its own process so that no cache
carries over.  The check split prints figures only (``--list`` is refused).

``--translit`` measures the transliteration matcher alone (precision, recall, and false matches of
the same names looked up in eight wrong countries) on the Chinese names of the dev tune gold's
foreign places, and of any other gold files given.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def norm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return "".join(ch for ch in text if not ch.isspace() and ch not in "()()·-_'\".,")


def gold_names(actor: dict) -> set[str]:
    names = {norm(actor.get("key")), norm(actor.get("name"))}
    key = actor.get("key") or ""
    if "/" in key:
        names.add(norm(key.rsplit("/", 1)[1]))
    names.update(norm(a) for a in actor.get("aliases") or [])
    names.discard("")
    return names


def agrees(gold: dict, key: str | None, name: str | None) -> bool:
    if gold.get("key") and norm(gold["key"]) == norm(key):
        return True
    cands = {norm(name), norm(key)}
    if key and "/" in key:
        cands.add(norm(key.rsplit("/", 1)[1]))
    cands.discard("")
    return bool(cands & gold_names(gold))


def foreign_places(gold_events: list[dict]) -> dict[str, dict]:
    """key -> gold actor with the union of its names, for the document's foreign sub-national actors."""
    out: dict[str, dict] = {}
    for e in gold_events:
        for side in ("from", "to"):
            for a in e.get(side) or []:
                key = a.get("key") or ""
                if "/" not in key or key.startswith(("CN/", "ORG/")):
                    continue
                cur = out.setdefault(key, {"key": key, "name": a.get("name"), "aliases": []})
                cur["aliases"] = sorted(set(cur["aliases"]) | set(a.get("aliases") or []) | {a.get("name") or ""})
    return out


def run_mode(split: str) -> dict:
    """One pass in this process: the figures for the current environment."""
    sys.path.insert(0, str(ROOT))
    from cityaid.clean.language import paragraph_languages
    from cityaid.extract.actors import gather
    from cityaid.pipeline import _blank, _title_and_head, extract_document
    from cityaid.read import ReadError, iter_documents
    from cityaid.resolve import publisher_place
    from cityaid.resolve.english import find_actors_en, publisher_place_en
    from cityaid.clean import clean_document

    splits = json.loads((DEV / "splits.json").read_text())
    docs_in = set(splits[split])
    gold = {}
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["doc"] in docs_in:
                gold[row["doc"]] = row.get("events") or []
    rows = []
    paths = [str(DEV / "docs" / d) for d in sorted(gold) if (DEV / "docs" / d).exists()]
    for doc in iter_documents(paths):
        if isinstance(doc, ReadError):
            continue
        places = foreign_places(gold.get(doc.doc_id, []))
        if not places:
            continue
        clean = clean_document(doc)
        text = clean.text
        parts = paragraph_languages(text)
        english = [(s, e) for s, e, lang in parts if lang == "en"]
        title, head = _title_and_head(doc, clean)
        mentions = []  # (start, end, key, name, lang)
        if any(lang != "en" for _s, _e, lang in parts):
            zh = clean if not english else _blank(clean, english)
            pub = publisher_place(title, head, zh.text)
            for r in gather(zh.text, pub):
                mentions.append((r.start, r.end, r.key, r.name, "zh"))
        if english:
            pub_en = publisher_place_en(title, head, text)
            for s, e in english:
                for m in find_actors_en(text[s:e], pub_en):
                    mentions.append((m.start + s, m.end + s, m.key, m.surface, "en"))
        try:
            events = extract_document(doc).events
        except Exception:  # noqa: BLE001 - a crash counts as nothing found
            events = []
        ntext = text.casefold()
        for key, actor in places.items():
            spans = []
            for alias in actor["aliases"]:
                if len(alias) < 2:
                    continue
                a = alias.casefold()
                i = ntext.find(a)
                while i >= 0:
                    spans.append((i, i + len(a)))
                    i = ntext.find(a, i + 1)
            if not spans:
                continue
            lang = "en" if any(s <= sp[0] < e for sp in spans for s, e in english) and not any(
                not any(s <= sp[0] < e for s, e in english) for sp in spans) else "zh"
            hit = keyed = False
            for ms, me, mkey, mname, _l in mentions:
                if any(ms < e2 and s2 < me for s2, e2 in spans) and agrees(actor, mkey, mname):
                    hit = True
                    keyed = keyed or mkey == key

            ev = any(agrees(actor, a.key, a.name) for e in events for a in [*e.from_, *e.to])
            got = sorted({mk for ms, me, mk, mn, _l in mentions if any(ms < e2 and s2 < me for s2, e2 in spans)},
                         key=str)
            rows.append({"doc": doc.doc_id, "key": key, "lang": lang, "mention": hit, "keyed": keyed, "event": ev,
                         "surface": text[spans[0][0]:spans[0][1]], "got": [str(g) for g in got]})
    return {"rows": rows}


def summarise(rows: list[dict]) -> dict:
    out = {}
    for lang in ("zh", "en", "all"):
        sel = [r for r in rows if lang == "all" or r["lang"] == lang]
        out[lang] = (len(sel), sum(r["mention"] for r in sel), sum(r["event"] for r in sel),
                     sum(r.get("keyed", False) for r in sel))
    return out


# countries a name is also looked up in, to count false matches (any match there is false)
WRONG_COUNTRIES = ("DE FR IT ES US GB PL RU BR MX AU NZ SE HU CZ AT NL BE PT RO BG HR RS GR TR IN ID TH VN PH MY PK ZA "
                   "NG KE EG AR CL PE CO CA UA BY KZ UZ IR IL NA ET FJ LA KH MM NP LK").split()


def translit_precision(golds: list[Path], tune_only: set[str] | None) -> None:
    """The transliteration matcher alone, on the Chinese names of the gold's foreign places.

    Names an exact Chinese look-up already finds are left out; each other name is matched in its own
    country (right, wrong or none) and in eight other countries (any match there is false: the
    place the name stands for is absent, as it is for a town no table holds).
    """
    import random
    import re

    sys.path.insert(0, str(ROOT))
    from cityaid.clean.normalize import to_simplified
    from cityaid.resolve import geodb, openworld, transliterate

    countries = sorted((n for line in (ROOT / "cityaid" / "data" / "countries.tsv").read_text(encoding="utf-8")
                        .splitlines()[1:] for n in line.split("\t")[2].split("|") if n), key=len, reverse=True)
    cands: dict[tuple[str, str, str], set[str]] = {}
    for gold in golds:
        for line in gold.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if not row or (tune_only is not None and gold.parent == DEV and row["doc"] not in tune_only):
                continue
            for e in row.get("events") or []:
                for a in [*(e.get("from") or []), *(e.get("to") or [])]:
                    key = a.get("key") or ""
                    if "/" not in key or key[:2] in openworld.HAN_COUNTRIES or key.startswith("ORG/"):
                        continue
                    for nm in [a.get("name") or "", *(a.get("aliases") or [])]:
                        for run in re.findall(r"[\u4e00-\u9fff\-]{2,}", to_simplified(nm)):
                            run = next((run[len(c):] for c in countries if run.startswith(c)), run)
                            got = openworld.read_name(run, 0) if len(run) >= 2 else None
                            if got and transliterate.pinyin(got[1]):
                                cands.setdefault((got[1], got[2], key[:2]), set()).add(key)
    right = wrong = none = exact = false = tried = 0
    rnd = random.Random(1)
    for (name, suf, cc), keys in sorted(cands.items()):
        levels = openworld.levels_for(suf)
        if geodb.by_zh(name + suf, cc) or geodb.by_zh(name, cc):
            exact += 1
            continue
        got = transliterate.match(name, cc, levels)
        right += bool(got and got[0].key in keys)
        wrong += bool(got and got[0].key not in keys)
        none += got is None
        for other in rnd.sample([c for c in WRONG_COUNTRIES if c != cc], 8):
            tried += 1
            false += transliterate.match(name, other, levels) is not None
    print(f"transliteration matcher on {len(cands)} gold names ({exact} found by exact Chinese name, left out):")
    print(f"  own country: right {right}, wrong {wrong}, none {none}; "
          f"precision {right / max(1, right + wrong):.2f}, recall {right / max(1, right + wrong + none):.2f}")
    print(f"  eight wrong countries each: false matches {false}/{tried} ({false / max(1, tried):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="tune", choices=("tune", "check"))
    ap.add_argument("--list", action="store_true", help="list each place (tune only)")
    ap.add_argument("--translit", nargs="*", metavar="GOLD", help="transliteration matcher precision on the dev "
                    "tune gold (and on the gold.jsonl files given)")
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.translit is not None:
        tune = set(json.loads((DEV / "splits.json").read_text())["tune"])
        translit_precision([DEV / "gold.jsonl", *map(Path, args.translit)], tune)
        return
    if args.list and args.split != "tune":
        sys.exit("--list is for the tune split only")
    if args.mode:
        print(json.dumps(run_mode(args.split)))
        return
    results = {}
    for mode, flag in (("without", "0"), ("with", "1")):
        env = dict(os.environ, CITYAID_OPEN_WORLD=flag)
        proc = subprocess.run([sys.executable, __file__, "--split", args.split, "--mode", mode], env=env,
                              capture_output=True, text=True, check=True, cwd=ROOT)
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])["rows"]
    print(f"foreign sub-national places of the dev gold, {args.split} split (document, place) pairs")
    print(f"{'':28}{'places':>8}{'mention right':>16}{'key exact':>14}{'in an event':>14}")
    for mode in ("without", "with"):
        s = summarise(results[mode])
        for lang in ("zh", "en", "all"):
            n, m, e, k = s[lang]
            label = f"{mode} open world, {lang}"
            print(f"{label:28}{n:8d}{m:9d} ({m / n if n else 0:.2f}){k:7d} ({k / n if n else 0:.2f})"
                  f"{e:7d} ({e / n if n else 0:.2f})")
    if args.list:
        before = {(r["doc"], r["key"]): r for r in results["without"]}
        for r in results["with"]:
            b = before.get((r["doc"], r["key"]), {})
            flag = ("+" if r["mention"] and not b.get("mention") else "-" if b.get("mention") and not r["mention"]
                    else " ")
            print(f"{flag} {'ok ' if r['mention'] else 'BAD'} {'ev' if r['event'] else '  '} {r['lang']} {r['doc']:10} "
                  f"{r['key']:32} {r['surface']:14} got={r['got']}")


if __name__ == "__main__":
    main()
