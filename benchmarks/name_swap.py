#!/usr/bin/env python3
"""How much extraction depends on WHICH places a page names: the dev tune split with its places swapped.

    .venv/bin/python benchmarks/name_swap.py [--shared ../shared] [--seeds 1 2 3]

Rules written while reading a set of pages can quietly lean on the names those
pages use (a short name that happens to be known, a homonym that happens to
resolve the right way).  This benchmark takes the tune split's text and HTML
documents, and for each seed replaces every place actor of a document's gold
that the place tables know (a province, state, prefecture or city; not a
country) by another real place of the same country and level — throughout the
document's text, in simplified and traditional script and in English, and in
its gold — then extracts and scores the variant beside the unswapped documents.
The wording stays the original writer's, so the drop is name dependence (plus
a few artefacts of the swap: an abbreviation of the old name left in the text,
a dateline in capitals).  Chinese cities are swapped within their province, so
that "X省会Y" stays true.  Nothing is asserted; run by hand.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "cityaid" / "data"
CJK = re.compile(r"[\u4e00-\u9fff]")
SUFFIX = "省市县縣県州道府区區郡町村"
NOT_A_PLACE = re.compile(r"会|會|公司|院|局|办|辦|厅|廳|政府|协|協|同乡|侨|僑")  # bodies named after a place
DEICTIC = "我本该該贵貴其此两兩"  # 我市, 该州 … name a place without being its name
T2S, S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def _rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


class Places:
    """Swap candidates by (country, level) and the Chinese names the tables hold for each key."""

    def __init__(self) -> None:
        self.countries = sorted((n for r in _rows("countries.tsv") for n in r["names_zh"].split("|") if n),
                                key=len, reverse=True)
        self.pool: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}  # -> (key, en, core, full zh)
        self.province: dict[str, str] = {}  # Chinese city key -> province code
        for r in _rows("subdivisions.tsv"):
            zh = [z.lstrip("~") for z in r["names_zh"].split("|") if z]
            if zh and r["level"] == "adm1" and r["country"] != "CN":
                self.pool.setdefault((r["country"], "adm1"), []).append((r["key"], r["name_en"], self.core(zh[0]), zh[0]))
        for r in _rows("cities.tsv"):
            zh = [z for z in r["names_zh"].split("|") if z]
            if zh and 30000 <= int(r["population"] or 0) <= 2000000 and r["country"] != "CN":
                self.pool.setdefault((r["country"], "city"), []).append((r["key"], r["name_en"], self.core(zh[0]), zh[0]))
        for r in _rows("cn_divisions.tsv"):
            if (r["level"] in ("adm1", "city") and len(r["short"] or "") >= 2 and r["key"].count("/") == 1
                    and r["adcode"][:2] not in ("71", "81", "82")):  # Taiwan, Hong Kong, Macau keep their own keys
                level = "adm1" if r["level"] == "adm1" else "city" + r["adcode"][:2]
                self.pool.setdefault(("CN", level), []).append((r["key"], r["name_en"], r["short"], r["name"]))
                self.province[r["key"]] = r["adcode"][:2]
        self.known: dict[str, set[str]] = {}
        for name in ("subdivisions.tsv", "cities.tsv", "cities_curated.tsv"):
            for r in _rows(name):
                self.known.setdefault(r["key"], set()).update(self.core(z.lstrip("~")) for z in r["names_zh"].split("|") if z)
        for r in _rows("cn_divisions.tsv"):
            self.known.setdefault(r["key"], set()).update({r["short"], self.core(r["name"])})

    def core(self, zh: str) -> str:
        """The name without a country before it or a division word after it: 日本埼玉县 -> 埼玉."""
        zh = T2S.convert(zh)
        for c in self.countries:
            if zh.startswith(c) and len(zh) > len(c) + 1:
                zh = zh[len(c):]
                break
        while len(zh) > 2 and zh[-1] in SUFFIX:
            zh = zh[:-1]
        return zh


def swap_document(text: str, gold: dict, places: Places, rng: random.Random) -> tuple[str, dict, int]:
    """(swapped text, swapped gold, number of actors swapped) for one document."""
    simple = T2S.convert(text)
    actors: dict[tuple[str, str], set[str]] = {}
    for e in gold["events"]:
        for a in (e.get("from") or []) + (e.get("to") or []):
            key = a.get("key") or ""
            if key.count("/") == 1 and a.get("level") in ("adm1", "city"):
                actors.setdefault((key, a["level"]), set()).update([a.get("name") or ""] + (a.get("aliases") or []))
    subs: list[tuple[str, str]] = []
    new_key: dict[str, tuple[str, str, str]] = {}
    used: set[str] = set()
    for (key, level), names in sorted(actors.items()):
        cc, en = key.split("/", 1)
        cores = {c for c in (places.core(n) for n in names if CJK.search(n))
                 if c in places.known.get(key, ()) and 2 <= len(c) <= 6 and c in simple
                 and c[0] not in DEICTIC and not NOT_A_PLACE.search(c)}
        pool_level = "city" + places.province[key] if cc == "CN" and level == "city" and key in places.province else level
        cands = [p for p in places.pool.get((cc, pool_level), [])
                 if p[0] != key and p[0] not in used and p[2] not in simple and p[1] not in text]
        if not cands or not (cores or en in text):
            continue
        nkey, nen, ncore, nfull = rng.choice(cands)
        used.add(nkey)
        new_key[key] = (nkey, nen, ncore)
        for c in sorted(cores, key=len, reverse=True):
            for suffix in "省市县縣県州道府":  # the old name with its division word becomes the new full name
                subs += [(c + suffix, nfull), (S2T.convert(c + suffix), S2T.convert(nfull))]
            subs += [(c, ncore), (S2T.convert(c), S2T.convert(ncore))]
        latin = {n for n in names if n and not CJK.search(n) and n in text and en.split()[0] in n}
        for n in sorted(latin | ({en} if en in text else set()), key=len, reverse=True):
            subs.append((n, n.replace(en, nen)) if en in n else (n, nen))

    def apply(s: str) -> str:
        # through placeholders, so that a new name holding an old one is not swapped twice
        marks = {}
        for i, (old, new) in enumerate(sorted(set(subs), key=lambda t: -len(t[0]))):
            if old and old in s:
                mark = f"\x00{i}\x00"
                s = s.replace(old, mark)
                marks[mark] = new
        for mark, new in marks.items():
            s = s.replace(mark, new)
        return s

    out = json.loads(json.dumps(gold))
    for e in out["events"]:
        for a in (e.get("from") or []) + (e.get("to") or []):
            if (a.get("key") or "") in new_key:
                nkey, nen, ncore = new_key[a["key"]]
                a["key"], a["name"] = nkey, apply(a.get("name") or "")
                a["aliases"] = sorted({apply(x) for x in a.get("aliases") or []} | {nen, ncore})
        e["evidence"] = apply(e.get("evidence") or "")
        e.pop("evidence_span", None)
    return apply(text), out, len(new_key)


def _score(score_py: Path, gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(score_py), str(gold), str(pred), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = ap.parse_args()
    dev = Path(args.shared) / "corpus" / "dev"
    score_py = Path(args.shared) / "tools" / "score.py"
    cli = str(Path(sys.executable).parent / "cityaid")
    tune = json.loads((dev / "splits.json").read_text(encoding="utf-8"))["tune"]
    gold = {json.loads(line)["doc"]: json.loads(line) for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line}
    names = [n for n in tune if n.endswith((".txt", ".html")) and n in gold]  # JSON Lines records stay out
    places = Places()
    print(f"{'set':<12}{'docs':>5}{'swapped':>9}{'F1':>7}{'P':>7}{'R':>7}{'keys':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for seed in [None] + args.seeds:
            run = Path(tmp) / f"s{seed}"
            (run / "docs").mkdir(parents=True)
            rng, swapped, lines = random.Random(seed), 0, []
            for name in names:
                text = (dev / "docs" / name).read_text(encoding="utf-8")
                if seed is None:
                    shutil.copy(dev / "docs" / name, run / "docs" / name)
                    lines.append(gold[name])
                    continue
                text, g, n = swap_document(text, gold[name], places, rng)
                (run / "docs" / name).write_text(text, encoding="utf-8")
                lines.append(g)
                swapped += n
            (run / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines), encoding="utf-8")
            subprocess.run([cli, "extract", str(run / "docs"), "--out", str(run / "pred.jsonl")], capture_output=True)
            r = _score(score_py, run / "gold.jsonl", run / "pred.jsonl")
            keys = r["attributes"].get("actor keys")
            label = "tune" if seed is None else f"swap seed {seed}"
            print(f"{label:<12}{len(names):>5}{swapped if seed else '-':>9}{r['f1']:>7.3f}{r['precision']:>7.3f}"
                  f"{r['recall']:>7.3f}{keys if keys is not None else float('nan'):>7.2f}")


if __name__ == "__main__":
    main()
