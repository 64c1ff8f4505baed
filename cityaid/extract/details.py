"""Goods listed in the sentence after the act.

Reports often tell a gift in one sentence and list its goods in the next:
``…捐赠抗疫物资的仪式，16日举行。物资包括酒精、外科口罩和手套等`` or "X has
dispatched medical supplies to Y. The consignment of 20,000 surgical masks,
2,000 pairs of gloves and 200 protective suits …", "… came from Chongqing. It
contained 700 protective suits …".  A gift whose own sentence names no
specific goods takes those of the following sentence when that sentence
opens by pointing back at the shipment (物资包括, 这批物资有, "The consignment
of", "It contained").
"""
from __future__ import annotations

import re
from bisect import bisect_right

from cityaid.extract.en_quantities import itemize_en
from cityaid.extract.items import GENERIC, ItemLine, itemize
from cityaid.model import CleanText, Event, ItemQty

_GAP = re.compile(r"[\s,，。.;；!！?？\"”’)）]*")
_ZH_CUE = re.compile(
    r"(?:据介绍[,，]?|其中[,，]?)?(?:这批|该批|此批|上述|本批|首批|所捐赠的|捐赠的)?(?:援助|捐赠|防疫|抗疫|医疗|防护|医用)*"
    r"(?:物资|用品|物品|货物)(?:中)?(?:主要)?(?:包括|包含|含有|有|为|共有|分别为|涵盖)")
_EN_CUE = re.compile(
    r"(?:(?:The|This|That|These|Those)\s+(?:\w+\s+){0,2}?(?:consignment|shipment|donation|delivery|batch|cargo|"
    r"packages?|gift|supplies|aid|boxes)\b[^.]{0,40}?\b(?:included|includes|including|contained|contains|consisted of|"
    r"consists of|comprised|comprises|of|was made up of|were)\b"
    r"|(?:It|They|These|This)\s+(?:included|includes|contained|contains|consisted of|comprised|brought|were))", re.I)
_ZH_END = re.compile(r"[。！？!?\n]")
_EN_END = re.compile(r"[.!?](?=\s|$)|\n")


def _specific(items) -> bool:
    return any(i.item != GENERIC for i in items)


def fill_detail_items(events: list[Event], clean: CleanText, english: list[tuple[int, int]] | None = None) -> list[Event]:
    """``events`` where a gift without specific goods takes those of a following detail sentence."""
    text = clean.text
    english = english or []
    out = []
    for e in events:
        if (e.type == "donation" or (e.type == "aggregate" and e.of == "donation")) and e.evidence_span \
                and not _specific(e.items):
            lines = _details(text, bisect_right(clean.offsets, e.evidence_span[1] - 1), english)
            if lines and _specific(lines):
                e = e.model_copy(update={"items": [
                    ItemQty(item=ln.item, quantity=ln.quantity, unit=ln.unit if ln.quantity is not None else None,
                            **({"qualifier": ln.qualifier} if ln.quantity is not None and ln.qualifier else {}))
                    for ln in lines]})
        out.append(e)
    return out


def _details(text: str, pos: int, english: list[tuple[int, int]]) -> list[ItemLine]:
    """Goods of the sentence starting after ``pos`` when it opens by pointing back at a shipment."""
    # the rest of the act's own sentence, then the gap to the next one
    en = any(a <= pos < b for a, b in english) or (pos < len(text) and not re.search(r"[\u4e00-\u9fff]", text[pos:pos + 40]))
    end_re = _EN_END if en else _ZH_END
    m = end_re.search(text, pos)
    if m is None or text[pos:m.start()].strip(" ,，"):
        return []  # the act's sentence goes on: the details would belong to it
    start = _GAP.match(text, m.start()).end()
    cue = (_EN_CUE if en else _ZH_CUE).match(text, start)
    if cue is None:
        return []
    stop = end_re.search(text, cue.end())
    stop_at = stop.start() if stop else len(text)
    return itemize_en(text, start, stop_at) if en else itemize(text, start, stop_at)
