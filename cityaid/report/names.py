"""Place names for people: ``镇江 Zhenjiang`` instead of ``CN/Zhenjiang``, the reader's language first.

Why here: the web pages, the CLI tables and the exports all name places the
same way, so the rule lives beside the answers they print.  Names come from
the gazetteer (``cityaid.resolve``), read-only: the Chinese name is the one
the gazetteer's own entry for that key is known by — its plain short form
(``镇江``, ``黑龙江``, ``曼海姆``) where one is taken without a cue, else its first
full form (``沙坪坝区``).  A key the gazetteer does not know (an unresolved
``?/名字`` actor) is named by what follows its last slash.
"""
from __future__ import annotations

import re
from functools import lru_cache

LANGS = ("zh", "en")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _zh_index() -> dict[str, str]:
    """``{key: Chinese name}`` over the whole gazetteer (built once, ~0.1 s)."""
    try:
        from cityaid.resolve import gazetteer

        g = gazetteer()
        by_surface, by_key = g.by_surface, g.by_key
    except Exception:  # noqa: BLE001 - names are a nicety: a gazetteer being rebuilt must not break pages
        return {}
    best: dict[str, tuple[tuple, str]] = {}
    order = 0
    for surface, cands in by_surface.items():
        if len(surface) < 2 or not _CJK.search(surface):
            continue
        for c in cands:
            e = c.entry
            own = by_key.get(e.key) if e.key else None
            if own is None or e.kind != own.kind:
                continue  # abbreviations (美, 日方) and weaker duplicates of the entry
            order += 1
            rank = (c.weak, c.suffixed, order)
            if e.key not in best or rank < best[e.key][0]:
                best[e.key] = (rank, surface)
    return {k: v[1] for k, v in best.items()}


@lru_cache(maxsize=65536)
def names(key: str) -> tuple[str | None, str]:
    """``(Chinese name or None, English name)`` of an actor key."""
    if not key:
        return None, ""
    if key.startswith("?/"):
        raw = key[2:]
        return (raw, raw) if _CJK.search(raw) else (None, raw)
    en = None
    try:
        from cityaid.resolve import gazetteer

        e = gazetteer().by_key.get(key)
        en = e.name_en if e is not None else None
    except Exception:  # noqa: BLE001 - see _zh_index
        pass
    return _zh_index().get(key), en or key.rsplit("/", 1)[-1]


def name(key: str, lang: str = "zh") -> str:
    """The name in ``lang`` alone (the other language's when there is none)."""
    zh, en = names(key)
    return (zh or en) if lang == "zh" else en


def label(key: str, lang: str = "zh") -> str:
    """Both names, the reader's first: ``镇江 Zhenjiang`` (zh) or ``Zhenjiang 镇江`` (en)."""
    zh, en = names(key)
    if not zh or zh == en:
        return en
    return f"{zh} {en}" if lang == "zh" else f"{en} {zh}"


def warm() -> None:
    """Build the index now, so a server's first page does not pay for it."""
    _zh_index()
