"""Overview (``/``, ``/overview.json``) and place search (``/search``, ``/search.json``)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse

from cityaid.ledger import Ledger
from cityaid.office.errors import E_
from cityaid.ledger import web_queries as wq
from cityaid.model import EVENT_TYPES

from .params import ledger_of, not_found
from .overview import chart, overview
from .params import bad, filters
from .render import page, place_url

router = APIRouter()


def _overview(request: Request, fmt: str, f: wq.WebFilters, ledger: Ledger):  # noqa: ANN202
    data = {"filters": f.__dict__, **request.app.state.cache.get(("overview", f), lambda: overview(ledger, f))}
    if fmt == "html":
        data["chart"] = chart(data["weeks"])
        data["types"] = EVENT_TYPES
        data["items_known"] = wq.items(ledger)
        data["names"] = wq.actor_names(ledger, [p["key"] for p in data["top_places"]])
    return page(request, "overview.html", data, fmt)


@router.get("/", include_in_schema=False)
def overview_html(request: Request, f: wq.WebFilters = Depends(filters), ledger: Ledger = Depends(ledger_of)):
    return _overview(request, "html", f, ledger)


@router.get("/overview.json", summary="Counts by type and direction, weeks, map flows")
def overview_json(request: Request, f: wq.WebFilters = Depends(filters), ledger: Ledger = Depends(ledger_of)):
    """The overview's data: facts by type x direction (outward/inward/other), per ISO week, and the
    heaviest (giver, receiver, type) flows with where to draw each end."""
    return _overview(request, "json", f, ledger)


def search_places(ledger: Ledger, q: str) -> list[dict]:
    """Places named ``q`` in any script or language (gazetteer), or written so in some document."""
    from cityaid.resolve import resolve_name

    found: list[str] = []
    m = resolve_name(q)
    if m is not None and m.key:
        found.append(m.key)
    for k in wq.actors_named(ledger, q):
        if k not in found:
            found.append(k)
    out = []
    for k in found:
        r = resolve_name(k) if not k.startswith("?/") else None
        out.append({"key": k, "name_en": getattr(r, "name_en", None) or k.rsplit("/", 1)[-1],
                    "level": getattr(r, "level", None), "in_ledger": wq.known_actor(ledger, k),
                    "url": place_url(k)})
    return out


def _q(q: str | None) -> str:
    q = (q or "").strip()
    if not q:
        raise bad(E_("q: give a place name to search for (简体, 繁體 or English)"))
    if len(q) > 200:
        raise bad(E_("q: at most 200 characters"))
    return q


@router.get("/search", include_in_schema=False)
def search_html(request: Request, q: str | None = Query(None), ledger: Ledger = Depends(ledger_of)):
    q = _q(q)
    matches = search_places(ledger, q)
    if not matches:
        raise not_found(E_("no place named %(q)s", q=repr(q)))
    if len(matches) == 1:
        return RedirectResponse(matches[0]["url"], status_code=303)
    return page(request, "search.html", {"q": q, "matches": matches}, "html")


@router.get("/search.json", summary="Find places by any name")
def search_json(request: Request, q: str | None = Query(None, description="a place name: 镇江, 鎮江, Zhenjiang"),
                ledger: Ledger = Depends(ledger_of)):
    q = _q(q)
    return page(request, "search.html", {"q": q, "matches": search_places(ledger, q)}, "json")
