"""Places: the listing (``/places``), one place's ledger (``/place/{key}``) and a pair (``/pair/{a}/{b}``).

Keys contain slashes (``CN/Zhenjiang``), so place and pair URLs take the
rest of the path; a pair path is split where both halves are places.  A
place may also be written by any name (``/place/鎮江``): it is resolved and
redirected to its key, so every place has one URL.  The answers themselves
are ``cityaid.report``'s pure functions over the place's merged facts.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse

from cityaid.ledger import Ledger
from cityaid.office.errors import E_
from cityaid.ledger import web_queries as wq
from cityaid.report import pair_report, place_ledger
from cityaid.report.pair import explain

from . import fmt as F
from .params import ledger_of, not_found
from .geo import locate
from .params import Page, bad, filters, page_info, paging, place_key, reviewed_flag
from .place_claims import claims_section
from .render import listing, page, pair_url, place_url, split_suffix
from .routes_facts import STREAM, _fmt

router = APIRouter()


def _name(key: str) -> dict:
    from cityaid.resolve import resolve_name

    r = resolve_name(key) if not key.startswith("?/") else None
    return {"key": key, "name_en": getattr(r, "name_en", None) or key.rsplit("/", 1)[-1],
            "level": getattr(r, "level", None)}


def _known(ledger: Ledger, key: str) -> bool:
    from cityaid.resolve import resolve_name

    if wq.known_actor(ledger, key):
        return True
    r = resolve_name(key)
    return r is not None and r.key == key


def canonical_place(ledger: Ledger, raw: str) -> str:
    """The key for ``raw`` (a key or any name), or 404 ``no place named ...``."""
    if raw and _known(ledger, raw):
        return raw
    key = place_key(raw) if raw else raw
    if key and key != raw and _known(ledger, key):
        return key
    raise not_found(E_("no place named %(raw)s", raw=repr(raw)))


# ------------------------------------------------------------------ listing
def _places(request: Request, fmt: str, f: wq.WebFilters, p: Page, ledger: Ledger, stream: bool):  # noqa: ANN202
    if fmt == "html":
        p.check_html()

    def row(r: dict) -> dict:
        return {**r, "name": _name(r["key"])["name_en"], "url": place_url(r["key"])}

    def data() -> dict:
        return {"filters": f.__dict__, **page_info(p, wq.count_places(ledger, f)),
                "rows": [row(r) for r in wq.places_page(ledger, f, p.offset, p.size)]}
    return listing(request, fmt, "places.html", data, lambda: (row(r) for r in wq.iter_places(ledger, f)),
                   F.PLACE_COLUMNS, "places", stream)


@router.get("/places", include_in_schema=False)
def places_html(request: Request, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
                ledger: Ledger = Depends(ledger_of)):
    return _places(request, "html", f, p, ledger, False)


@router.get("/places.{ext}", summary="Places with the facts they gave and received")
def places_data(request: Request, ext: str, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
                stream: bool = STREAM, ledger: Ledger = Depends(ledger_of)):
    return _places(request, _fmt(ext), f, p, ledger, stream)


# ------------------------------------------------------------------ one place
def _partners(led: dict, key: str) -> list[dict]:
    given, received = led["given"]["by_counterpart"], led["received"]["by_counterpart"]
    out = []
    for k in sorted(set(given) | set(received)):
        g, r = given.get(k), received.get(k)
        out.append({"key": k, "given": g, "received": r, "reciprocal": bool(g and r),
                    "url": place_url(k), "pair_url": pair_url(key, k)})
    out.sort(key=lambda x: (-((x["given"] or {}).get("facts", 0) + (x["received"] or {}).get("facts", 0)), x["key"]))
    return out


def _answers(ledger: Ledger, key: str, claims_page: int = 1, reviewed: bool = False) -> dict:
    """The place's ledger, partners and one page of claims, over its facts read once, slim (``answer_facts``)."""
    facts = wq.answer_facts(ledger, key, reviewed=reviewed)
    led = place_ledger(facts, key)
    return {"ledger": led, "partners": _partners(led, key), **claims_section(ledger, key, facts, claims_page)}


def place_data(request: Request, ledger: Ledger, key: str, f: wq.WebFilters, p: Page, claims: int = 1) -> dict:
    reviewed = bool(f.reviewed)  # ?reviewed=1: the answers over the facts people reviewed only
    ans = request.app.state.cache.get(("place", key, claims, reviewed), lambda: _answers(ledger, key, claims, reviewed))
    fl = wq.WebFilters(**{**f.__dict__, "place": key})
    return {"place": {**_name(key), **locate(key), "url": place_url(key)}, **ans,
            "facts": {**page_info(p, wq.count_facts(ledger, fl)),
                      "rows": [F.fact_row(x) for x in wq.facts_page(ledger, fl, p.offset, p.size)]},
            "events_url": "/events?place=" + key}


@router.get("/place/{ref:path}", summary="One place: given/received, partners, claims, facts")
def place_page(request: Request, ref: str, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
               claims: int = Query(1, ge=1, description="page of the aggregate claims"),
               ledger: Ledger = Depends(ledger_of)):
    """``/place/CN/Zhenjiang`` or ``/place/CN/Zhenjiang.json``; any name (``/place/鎮江``) redirects to the key."""
    raw, fmt = split_suffix(ref)
    if fmt == "html":
        p.check_html()
    key = canonical_place(ledger, raw)
    if key != raw:
        return RedirectResponse(place_url(key, fmt) + (("?" + request.url.query) if request.url.query else ""),
                                status_code=307)
    return page(request, "place.html", place_data(request, ledger, key, f, p, claims), fmt)


# ------------------------------------------------------------------ a pair
def split_pair(ledger: Ledger, path: str) -> tuple[str, str]:
    """``CN/Zhenjiang/DE/Mannheim`` -> (``CN/Zhenjiang``, ``DE/Mannheim``): the split where both are places."""
    parts = [x for x in path.split("/") if x]
    if len(parts) < 2:
        raise bad(E_("a pair needs two places: /pair/{a}/{b}, e.g. /pair/CN/Zhenjiang/DE/Mannheim"))
    for i in range(1, len(parts)):
        a, b = "/".join(parts[:i]), "/".join(parts[i:])
        if _known(ledger, a) and _known(ledger, b):
            return a, b
    for i in range(1, len(parts)):  # names as well as keys: /pair/镇江/曼海姆
        a, b = place_key("/".join(parts[:i])), place_key("/".join(parts[i:]))
        if _known(ledger, a) and _known(ledger, b):
            return a, b
    raise not_found(E_("no place named %(path)s: no way to read it as two places", path=repr(path)))


def _pair(request: Request, a: str, b: str, fmt: str, ledger: Ledger, reviewed: bool = False):  # noqa: ANN202
    facts = list(ledger.facts(actor=a, include_sub=True, reviewed=reviewed))
    rep = pair_report(facts, a, b)
    marked = {f.id for f in facts if f.fact.get("reviewed") is True}  # every source reviewed by a person
    flows = sorted([{**g, "direction": "a_to_b", "reviewed": g["fact"] in marked} for g in rep["a_to_b"]]
                   + [{**g, "direction": "b_to_a", "reviewed": g["fact"] in marked} for g in rep["b_to_a"]],
                   key=lambda g: (g["date"] or "9999", g["fact"] or ""))
    data = {"a": {**_name(a), "url": place_url(a)}, "b": {**_name(b), "url": place_url(b)}, "report": rep,
            "flows": flows, "explained": explain(rep)}
    return page(request, "pair.html", data, fmt)


@router.get("/pair", summary="Both directions between two places (?a=&b=)")
def pair_query(request: Request, a: str = Query(..., description="a place, any name or key"),
               b: str = Query(..., description="the other place"), ledger: Ledger = Depends(ledger_of)):
    ka, kb = canonical_place(ledger, a.strip()), canonical_place(ledger, b.strip())
    return RedirectResponse(pair_url(ka, kb), status_code=307)


@router.get("/pair/{ref:path}", summary="Both directions between two places over time")
def pair_page(request: Request, ref: str, ledger: Ledger = Depends(ledger_of),
              reviewed: str | None = Query(None, description="1: only facts people reviewed")):
    """``/pair/CN/Zhenjiang/DE/Mannheim`` or the same + ``.json``."""
    raw, fmt = split_suffix(ref)
    a, b = split_pair(ledger, raw)
    return _pair(request, a, b, fmt, ledger, bool(reviewed_flag(reviewed)))
