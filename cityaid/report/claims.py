"""``cityaid claims PLACE``: each aggregate claim beside what the ledger itemises for the same scope.

An aggregate ("20余万件 to 10 foreign governments, as of 27 March") is kept
as printed; it is never summed into the itemised facts, nor they into it.
Here the two are only put side by side.  The itemised scope of a claim:

* facts of the claim's ``of`` type (donation when missing);
* giver side: one of the claim's ``from`` actors or a place below it;
* receiver side: one of the claim's ``to`` actors (or below) when it names
  them; else anyone across the border (non-CN for a Chinese giver, CN for a
  foreign one);
* period: dated up to the claim's date (its ``as_of`` day, else the
  document's date); undated itemised facts are listed apart, not added.

``gap`` = claimed − itemised, per (item, unit) and currency.  A claimed
``supplies``/``other`` figure counts everything, so it is compared with
the sum of all itemised quantities; a claimed ``mask`` with the mask family.
Partner and country counts are compared with the distinct receivers and
their countries.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from .common import country, date_value, fact_id, is_cn, keys, num, ordered, within

MASKS = {"mask", "medical_mask", "n95_mask", "disposable_mask"}
EVERYTHING = {"supplies", "other"}


def _period_end(p: dict) -> str | None:
    v = date_value(p)
    if v:
        return v
    return next((s.get("published") for s in p.get("sources") or [] if s.get("published")), None)


def _before(v: str | None, end: str | None) -> bool | None:
    """``None`` when ``v`` is undated; else whether it can lie on or before ``end``."""
    if not v:
        return None
    return end is None or v[:len(end)] <= end


def _in_scope(claim: dict, p: dict) -> bool:
    givers, takers = keys(claim, "from"), keys(claim, "to")
    fr, to = keys(p, "from"), keys(p, "to")
    if not any(within(k, g) for k in fr for g in givers):
        return False
    if takers:
        return any(within(k, t) for k in to for t in takers)
    foreign_giver = not any(is_cn(g) for g in givers)
    return any((is_cn(k) if foreign_giver else (country(k) is not None and not is_cn(k))) for k in to)


def _itemised(claim: dict, facts: list[tuple[Any, dict]]) -> dict:
    of = claim.get("of") or "donation"
    end = _period_end(claim)
    counted, undated = [], []
    items: dict[tuple[str, str | None], float] = defaultdict(float)
    money: dict[str, float] = defaultdict(float)
    partners: set[str] = set()
    for f, p in facts:
        if p["type"] != of or not _in_scope(claim, p):
            continue
        ok = _before(date_value(p), end)
        if ok is None:
            undated.append(fact_id(f))
            continue
        if not ok:
            continue
        counted.append(fact_id(f))
        for it in p.get("items") or []:
            if it.get("quantity") is not None:
                items[(str(it["item"]), it.get("unit"))] += float(it["quantity"])
        for m in p.get("money") or []:
            money[str(m["currency"])] += float(m["amount"])
        side = "from" if not any(is_cn(g) for g in keys(claim, "from")) else "to"
        partners.update(k for k in keys(p, side))
    return {"facts": len(counted), "fact_ids": counted, "undated_fact_ids": undated, "period_end": end,
            "items": [{"item": i, "unit": u, "quantity": num(q)} for (i, u), q in sorted(items.items(), key=str)],
            "money": {c: num(a) for c, a in sorted(money.items())},
            "partners": len(partners), "countries": len({country(k) for k in partners if country(k)})}


def _gap(claim: dict, got: dict) -> dict:
    items = []
    for it in claim.get("items") or []:
        q = it.get("quantity")
        if q is None:
            continue
        name = str(it.get("item"))
        if name in EVERYTHING:
            have = sum(x["quantity"] for x in got["items"])
            scope = "all items"
        elif name in MASKS:
            have = sum(x["quantity"] for x in got["items"] if x["item"] in MASKS)
            scope = "mask family"
        else:
            have = sum(x["quantity"] for x in got["items"] if x["item"] == name)
            scope = name
        items.append({"item": name, "unit": it.get("unit"), "claimed": num(float(q)),
                      "qualifier": it.get("qualifier"), "itemised": num(have), "compared_with": scope,
                      "gap": num(float(q) - have)})
    money = {m["currency"]: num(float(m["amount"]) - got["money"].get(m["currency"], 0))
             for m in claim.get("money") or []}
    out: dict[str, Any] = {"items": items, "money": money}
    for k, have in (("partners_count", got["partners"]), ("countries_count", got["countries"])):
        if claim.get(k) is not None:
            out[k.replace("_count", "")] = {"claimed": claim[k], "itemised": have, "gap": claim[k] - have}
    return out


def claims_report(facts: Iterable[Any], place: str, include_sub: bool = True) -> dict:
    """Every aggregate naming ``place`` (or below) on either side, with its itemised counterpart and gap."""
    allf = ordered(facts)
    out = []
    for f, p in allf:
        if p["type"] != "aggregate":
            continue
        named = keys(p, "from") + keys(p, "to")
        if not any((within(k, place) if include_sub else k == place) for k in named):
            continue
        got = _itemised(p, allf)
        out.append({"fact": fact_id(f), "of": p.get("of"), "date": p.get("date"), "from": keys(p, "from"),
                    "to": keys(p, "to"), "evidence": p.get("evidence", ""),
                    "claimed": {"items": p.get("items") or [], "money": p.get("money") or [],
                                "partners_count": p.get("partners_count"),
                                "countries_count": p.get("countries_count")},
                    "itemised": got, "gap": _gap(p, got)})
    return {"place": place, "include_sub": include_sub, "claims": out}
