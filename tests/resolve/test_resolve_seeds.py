"""find_actors finds the gold actor keys of the development seeds (skipped without ../shared)."""
import json
import re
import unicodedata
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "corpus" / "seeds.gold.jsonl"
pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="shared/ corpus not available")

PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zA-Z\u00c0-\u024f\u0300-\u036f]+\)")


def normalise(text):
    import opencc

    text = PINYIN.sub("", text)
    text = opencc.OpenCC("t2s").convert(text)
    return "".join(unicodedata.normalize("NFKC", c) if c in "（），：；！？" else c for c in text)


def test_seed_gold_keys_found():
    from cityaid.resolve import find_actors

    found_total = gold_total = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = normalise((SHARED / "corpus" / "seeds" / d["doc"]).read_text(encoding="utf-8"))
        gold = {a["key"] for e in d["events"] for side in ("from", "to") for a in e[side] if a.get("key")}
        found = {m.key for m in find_actors(text)}
        gold_total += len(gold)
        found_total += len(gold & found)
    recall = found_total / gold_total
    print(f"seed actor-key recall {found_total}/{gold_total} = {recall:.3f}")
    assert recall >= 0.95  # 1.0 when written
