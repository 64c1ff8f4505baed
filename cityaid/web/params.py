"""Query parameters shared by every page and its JSON twin: filters and pagination, checked up front.

Why check here rather than let the query fail: a bad parameter must come
back as a 4xx saying what was wrong, never as a 500 from deep in SQL.  HTML
forms send empty fields (``type=&item=``); those mean "not filtered".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import HTTPException, Query, Request

from cityaid.ledger import Ledger
from cityaid.ledger.records import date_bounds
from cityaid.office.errors import E_
from cityaid.ledger.web_queries import WebFilters
from cityaid.model import EVENT_TYPES

MAX_HTML_SIZE = 200
MAX_JSON_SIZE = 1000
DEFAULT_SIZE = 50
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def bad(message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=message)


def _blank(v: str | None) -> str | None:
    if v is None:
        return None
    v = v.strip()
    return v or None


def _date(name: str, v: str | None) -> str | None:
    v = _blank(v)
    if v is not None and date_bounds(v)[0] is None:
        raise bad(E_("%(name)s: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): %(v)s", name=name, v=repr(v)))
    return v


def place_key(name: str) -> str:
    """The actor key for a place written any way (key, 简体, 繁體, English); unresolvable names pass unchanged."""
    from cityaid.resolve import resolve_name

    m = resolve_name(name)
    return m.key if m is not None and m.key else name


def filters(type: str | None = Query(None, description=f"event type: one of {', '.join(EVENT_TYPES)}"),
            item: str | None = Query(None, description="canonical item name (mask, protective_suit, ...)"),
            since: str | None = Query(None, description="ISO date, possibly partial (2020, 2020-03)"),
            until: str | None = Query(None, description="ISO date, possibly partial"),
            country: str | None = Query(None, description="ISO 3166-1 alpha-2 code on either side (JP)"),
            place: str | None = Query(None, description="a place by key or any name; places below it count"),
            role: str | None = Query(None, description="with place: from (gave) or to (received)"),
            doc: str | None = Query(None, description="only what this document (doc_id) reported"),
            reviewed: str | None = Query(None, description="1: only what people reviewed (/review): facts every "
                                                           "report of which was reviewed, events decided on")
            ) -> WebFilters:
    """The validated filters (FastAPI dependency)."""
    type, item, role, doc = _blank(type), _blank(item), _blank(role), _blank(doc)
    if type is not None and type not in EVENT_TYPES:
        raise bad(E_("type: must be one of %(v1)s, not %(type)s", v1=', '.join(EVENT_TYPES), type=repr(type)))
    if role is not None and role not in ("from", "to"):
        raise bad(E_("role: must be 'from' or 'to', not %(role)s", role=repr(role)))
    since, until = _date("since", since), _date("until", until)
    if since and until and date_bounds(since)[0] > date_bounds(until)[1]:
        raise bad(E_("since (%(since)s) is after until (%(until)s)", since=since, until=until))
    country = _blank(country)
    if country is not None:
        country = country.upper()
        if not _COUNTRY.match(country):
            raise bad(E_("country: an ISO 3166-1 alpha-2 code such as JP or CN, not %(country)s", country=repr(country)))
    place = _blank(place)
    if place is not None:
        place = place_key(place)
    if item is not None and len(item) > 64:
        raise bad(E_("item: at most 64 characters"))
    return WebFilters(type=type, item=item, since=since, until=until, country=country, place=place, role=role,
                      doc_id=doc, reviewed=reviewed_flag(reviewed))


def reviewed_flag(v: str | None) -> bool | None:
    """``?reviewed=1`` (or true/yes/on) -> True; empty, 0, false, no, off -> None (not filtered)."""
    v = (_blank(v) or "").lower()
    if v in ("", "0", "false", "no", "off"):
        return None
    if v in ("1", "true", "yes", "on"):
        return True
    raise bad(E_("reviewed: 1 (only what people reviewed) or 0, not %(v)s", v=repr(v)))


@dataclass(frozen=True)
class Page:
    page: int
    size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def check_html(self) -> "Page":
        if self.size > MAX_HTML_SIZE:
            raise bad(E_("size: at most %(MAX_HTML_SIZE)s rows per HTML page (the .json and .csv twins allow more)", MAX_HTML_SIZE=MAX_HTML_SIZE))
        return self


def paging(page: int = Query(1, ge=1, le=10_000_000, description="page number, from 1"),
           size: int = Query(DEFAULT_SIZE, ge=1, le=MAX_JSON_SIZE,
                             description=f"rows per page (HTML: at most {MAX_HTML_SIZE})")) -> Page:
    return Page(page, size)


def page_info(p: Page, total: int) -> dict:
    pages = max(1, -(-total // p.size))
    return {"page": p.page, "size": p.size, "total": total, "pages": pages,
            "has_prev": p.page > 1, "has_next": p.page < pages}


def ledger_of(request: Request) -> Ledger:
    """The app's ledger (FastAPI dependency)."""
    return request.app.state.ledger


def not_found(message: str) -> HTTPException:
    return HTTPException(status_code=404, detail=message)
