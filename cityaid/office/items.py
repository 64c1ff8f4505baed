"""Item names for record lines: the canonical names the extracted reports use.

A record of ``口罩`` and a report of ``mask`` must land on the same item for
the merge to see one gift, so record lines go through the same lexicons
(``cityaid/data/items.tsv``, ``items_en.tsv``); a name they don't know is
kept as typed (trimmed) — the office may ship things no report mentions.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], frozenset[str]]:
    words: dict[str, str] = {}
    for name in ("items.tsv", "items_en.tsv"):
        try:
            text = resources.files("cityaid").joinpath("data", name).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError):
            continue
        for row in csv.DictReader(text.splitlines(), delimiter="\t"):
            w, item = (row.get("word") or "").strip(), (row.get("item") or "").strip()
            if w and item:
                words.setdefault(w.lower(), item)
    return words, frozenset(words.values())


def canonical_item(name: str) -> str:
    """``口罩`` -> ``mask``; a canonical name stays; anything else is kept as typed."""
    raw = (name or "").strip()
    words, canon = _lexicon()
    if raw in canon:
        return raw
    return words.get(raw.lower(), raw)
