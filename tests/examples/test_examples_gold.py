"""Consistency checks for the hand-written example set in examples/.

Every gold line names a report that exists, every evidence string occurs in
the decoded report text, every type/item/unit/level is one the spec allows,
and every clusters.json reference points at an existing gold event.
Standard library only.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REPORTS = EXAMPLES / "reports"

EVENT_TYPES = {"donation", "message", "consultation", "medical_team", "request", "aggregate"}
ITEMS = {"mask", "medical_mask", "n95_mask", "disposable_mask", "protective_suit", "goggles",
         "gloves", "face_shield", "test_kit", "ventilator", "thermometer", "disinfectant",
         "medicine", "supplies", "other"}
UNITS = {"piece", "set", "box", "pair", "item", None}
ITEM_QUALIFIERS = {"approx", "over", "exact"}
DATE_QUALIFIERS = {"on", "approx", "as_of", "before"}
LEVELS = {"country", "adm1", "city", "district", "org"}
AGGREGATE_OF = {"donation", "message", "consultation", "medical_team"}
MEDIA = {"letter", "telegram", "video", "phone", "social_media", "web", "in_person"}
DATE_RE = re.compile(r"^2020(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
KEY_RE = re.compile(r"^(?:[A-Z]{2}(?:/[^/]+)*|ORG/.+)$")
PINYIN_RE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zA-Z\u00c0-\u024f\u0300-\u036f]+\)")


def encoding_for(name: str) -> str:
    if name.endswith(".gb18030.txt"):
        return "gb18030"
    if name.endswith(".big5.txt"):
        return "big5"
    return "utf-8"


class _Visible(HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    p = _Visible()
    p.feed(html)
    p.close()
    return "".join(p.parts)


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load_documents() -> dict[str, tuple[str, bool]]:
    """doc id -> (text, is_html)."""
    docs: dict[str, tuple[str, bool]] = {}
    for path in sorted(REPORTS.iterdir()):
        if path.name.startswith(".") or path.suffix == ".md":
            continue
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                rec = json.loads(line)
                for field in ("id", "url", "title", "published", "source"):
                    assert field in rec, f"{path.name}: record lacks {field}"
                if "text" in rec:
                    docs[rec["id"]] = (rec["text"], False)
                else:
                    docs[rec["id"]] = (rec["html"], True)
            continue
        raw = path.read_bytes()
        text = raw.decode(encoding_for(path.name))  # strict: must decode cleanly
        docs[path.name] = (text, path.suffix in (".html", ".htm"))
    return docs


def load_gold() -> list[tuple[str, dict]]:
    lines = []
    for lang in ("zh", "en"):
        with open(EXAMPLES / f"gold.{lang}.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    lines.append((lang, json.loads(line)))
    return lines


DOCS = load_documents()
GOLD = load_gold()
GOLD_BY_DOC = {g["doc"]: g for _, g in GOLD}


def test_every_report_has_exactly_one_gold_line():
    ids = [g["doc"] for _, g in GOLD]
    assert len(ids) == len(set(ids)), "a document has two gold lines"
    assert set(ids) == set(DOCS), (set(ids) ^ set(DOCS))


def test_set_size():
    langs = Counter(lang for lang, _ in GOLD)
    assert langs["zh"] >= 14 and langs["en"] >= 8


@pytest.mark.parametrize("doc", sorted(GOLD_BY_DOC))
def test_evidence_occurs_in_document(doc):
    assert doc in DOCS, f"{doc} not found in examples/reports"
    text, is_html = DOCS[doc]
    hay = collapse(visible_text(text)) if is_html else text
    for i, ev in enumerate(GOLD_BY_DOC[doc]["events"]):
        needle = collapse(ev["evidence"]) if is_html else ev["evidence"]
        assert needle, f"{doc}#{i}: empty evidence"
        assert needle in hay, f"{doc}#{i}: evidence not in document: {ev['evidence']!r}"


def _check_actor(where, a):
    assert KEY_RE.match(a["key"]), f"{where}: bad key {a['key']!r}"
    assert a["level"] in LEVELS, f"{where}: bad level {a['level']!r}"
    assert a["name"], f"{where}: empty name"
    assert isinstance(a.get("aliases", []), list)


@pytest.mark.parametrize("doc", sorted(GOLD_BY_DOC))
def test_events_follow_the_spec(doc):
    for i, ev in enumerate(GOLD_BY_DOC[doc]["events"]):
        where = f"{doc}#{i}"
        assert ev["type"] in EVENT_TYPES, f"{where}: type {ev['type']!r}"
        assert ev["from"], f"{where}: no from actor"
        for a in ev["from"] + ev["to"]:
            _check_actor(where, a)
        if ev["type"] != "aggregate":
            assert ev["to"] or ev["type"] == "donation", f"{where}: no to actor"
        if ev["date"] is not None:
            assert DATE_RE.match(ev["date"]["value"]), f"{where}: date {ev['date']}"
            assert ev["date"]["qualifier"] in DATE_QUALIFIERS, f"{where}: date {ev['date']}"
        for it in ev["items"]:
            assert it["item"] in ITEMS, f"{where}: item {it['item']!r}"
            assert it["unit"] in UNITS, f"{where}: unit {it['unit']!r}"
            assert it["quantity"] is None or isinstance(it["quantity"], (int, float))
            if "qualifier" in it:
                assert it["qualifier"] in ITEM_QUALIFIERS, f"{where}: {it}"
        for m in ev["money"] + ([ev["value"]] if "value" in ev else []):
            assert re.fullmatch(r"[A-Z]{3}", m["currency"]) and m["amount"] > 0, f"{where}: {m}"
        if ev["type"] == "aggregate":
            assert ev.get("of") in AGGREGATE_OF, f"{where}: aggregate without a valid `of`"
        else:
            assert "of" not in ev, f"{where}: `of` on a non-aggregate"
        media = ev.get("medium")
        for m in (media if isinstance(media, list) else [media] if media else []):
            assert m in MEDIA, f"{where}: medium {m!r}"


def test_every_type_is_covered_several_times():
    counts = Counter(ev["type"] for _, g in GOLD for ev in g["events"])
    for t in EVENT_TYPES:
        assert counts[t] >= 3, f"only {counts[t]} {t} events"


def test_garbled_pages_carry_pinyin():
    for name, (text, _) in DOCS.items():
        if name.endswith(".trad.txt"):
            assert len(PINYIN_RE.findall(text)) >= 10, name


def test_clusters_point_at_gold_events():
    clusters = json.loads((EXAMPLES / "clusters.json").read_text(encoding="utf-8"))
    seen = set()
    assert len(clusters) >= 5
    for c in clusters:
        assert len(c) >= 2, f"singleton cluster {c}"
        docs = [ref["doc"] for ref in c]
        assert len(set(docs)) == len(docs), f"cluster with two events of one document: {c}"
        types = set()
        for ref in c:
            assert ref["doc"] in GOLD_BY_DOC, f"unknown doc {ref['doc']}"
            events = GOLD_BY_DOC[ref["doc"]]["events"]
            assert 0 <= ref["event"] < len(events), f"no event {ref}"
            key = (ref["doc"], ref["event"])
            assert key not in seen, f"event in two clusters: {key}"
            seen.add(key)
            types.add(events[ref["event"]]["type"])
        assert len(types) == 1, f"cluster mixes types {types}: {c}"
    # at least two facts told by both a Chinese and an English report
    zh_docs = {g["doc"] for lang, g in GOLD if lang == "zh"}
    mixed = [c for c in clusters
             if any(r["doc"] in zh_docs for r in c) and any(r["doc"] not in zh_docs for r in c)]
    assert len(mixed) >= 2
