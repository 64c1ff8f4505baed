"""Build the hand-written example reports, their gold files and clusters.json.

The report texts below are written for this project (no sentence is copied
from the seed pages or any real page). Traditional-script reports are
written here in simplified characters, converted with OpenCC and then given
the pinyin garbling seen on real pages (a character followed by its
tone-marked reading in half-width parentheses, for a fixed set of
characters). Evidence strings are given against the simplified source and
carried through the same transform, so every `evidence` occurs verbatim in
the written file.

Run from the repository root:  .venv/bin/python examples/make_examples.py
(needs opencc, which is a project dependency).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import opencc

from texts_zh import ZH_DOCS
from texts_en import EN_DOCS
from actors import ACTORS

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"

S2T = opencc.OpenCC("s2tw")
S2TW = opencc.OpenCC("s2tw")

# Characters that carry their pinyin on garbled pages (traditional forms).
PINYIN = {
    "鎮": "zhèn", "時": "shí", "會": "huì", "協": "xié", "贈": "zèng",
    "縣": "xiàn", "動": "dòng", "態": "tài", "團": "tuán", "結": "jié",
    "災": "zāi", "達": "dá", "導": "dǎo", "領": "lǐng", "統": "tǒng",
    "發": "fā", "嚴": "yán", "關": "guān", "應": "yīng", "戰": "zhàn",
    "務": "wù", "網": "wǎng", "議": "yì", "運": "yùn", "這": "zhè",
    "醫": "yī", "療": "liáo", "護": "hù", "區": "qū", "專": "zhuān",
    "與": "yǔ", "國": "guó", "進": "jìn", "對": "duì",
    "實": "shí", "將": "jiāng", "態": "tài", "聯": "lián", "幫": "bāng",
}


def garble(text: str) -> str:
    return "".join(c + f"({PINYIN[c]})" if c in PINYIN else c for c in text)


class Renderer:
    """Turns a simplified source into the published text, and evidence too."""

    def __init__(self, script: str):
        self.script = script

    def convert(self, s: str) -> str:
        if self.script in ("simp", "en"):
            return s
        conv = S2TW if self.script == "big5" else S2T
        t = conv.convert(s)
        assert len(t) == len(s), "OpenCC changed the length"
        return t

    def render(self, src: str) -> str:
        t = self.convert(src)
        return garble(t) if self.script == "trad_garbled" else t

    def evidence(self, src: str, ev: str) -> str:
        i = src.find(ev)
        if i < 0:
            raise ValueError(f"evidence not in source: {ev!r}")
        t = self.convert(src)[i:i + len(ev)]
        return garble(t) if self.script == "trad_garbled" else t

    def name(self, s: str) -> str:
        # names in gold are the words of the page, without the garbling
        return self.convert(s) if self.script != "en" else s


def dedupe(xs):
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def actor(key: str, name: str, r: Renderer) -> dict:
    level, aliases = ACTORS[key]
    nm = r.name(name)
    al = [nm, name]
    for a in aliases:
        al += [a, S2T.convert(a)]
    return {"key": key, "name": nm, "level": level, "aliases": dedupe(al)}


def build_event(e: dict, src: str, r: Renderer) -> dict:
    out = {"type": e["type"],
           "from": [actor(k, n, r) for k, n in e["from"]],
           "to": [actor(k, n, r) for k, n in e["to"]],
           "date": ({"value": e["date"][0], "qualifier": e["date"][1]}
                    if e.get("date") else None),
           "items": [],
           "money": []}
    for it in e.get("items", []):
        item, qty, unit = it[:3]
        d = {"item": item, "quantity": qty, "unit": unit}
        if len(it) > 3 and it[3]:
            d["qualifier"] = it[3]
        out["items"].append(d)
    for amount, cur, q in e.get("money", []):
        out["money"].append({"amount": amount, "currency": cur, "qualifier": q})
    out["evidence"] = r.evidence(src, e["evidence"])
    for k, v in e.items():
        if k in ("type", "from", "to", "date", "items", "money", "evidence", "fact"):
            continue
        out[k] = v
    return out


def main() -> int:
    REPORTS.mkdir(exist_ok=True)
    for old in REPORTS.iterdir():
        old.unlink()
    clusters: dict[str, list] = {}
    jsonl_lines: dict[str, list] = {}
    for lang, docs in (("zh", ZH_DOCS), ("en", EN_DOCS)):
        gold_lines = []
        for d in docs:
            r = Renderer(d["script"])
            src = d["text"]
            published = r.render(src)
            events = [build_event(e, src, r) for e in d["events"]]
            doc_id = d["id"]
            if "jsonl" in d:  # a document inside a .jsonl batch
                rec = {"id": doc_id, **d["meta"]}
                rec[d.get("field", "text")] = published
                jsonl_lines.setdefault(d["jsonl"], []).append(rec)
            else:
                enc = d.get("encoding", "utf-8")
                (REPORTS / doc_id).write_bytes(published.encode(enc))
                # round trip check
                assert (REPORTS / doc_id).read_bytes().decode(enc) == published
            for i, e in enumerate(d["events"]):
                if e.get("fact"):
                    clusters.setdefault(e["fact"], []).append({"doc": doc_id, "event": i})
            gold_lines.append({"doc": doc_id, "events": events})
        with open(HERE / f"gold.{lang}.jsonl", "w", encoding="utf-8") as f:
            for g in gold_lines:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for name, recs in jsonl_lines.items():
        with open(REPORTS / name, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    multi = []
    for fact, refs in clusters.items():
        if len({r["doc"] for r in refs}) != len(refs):
            raise ValueError(f"fact {fact} twice in one document: {refs}")
        if len(refs) >= 2:
            multi.append(refs)
        else:
            print(f"note: fact {fact} told once only", file=sys.stderr)
    with open(HERE / "clusters.json", "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(c) for c in multi) + "\n]\n")
    print(f"{len(multi)} multi-document facts; reports in {REPORTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
