"""Facts and events: listings (``/facts``, ``/events`` + ``.json``/``.csv``) and one of each with its evidence.

A *fact* is the merge's canonical record of one real-world event, backed by
one or more reports; an *event* is one report's own account.  The detail
pages show each report's evidence marked inside its document's cleaned
text, so a reader can check every figure against what was printed.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from cityaid.ledger import Ledger
from cityaid.office.errors import E_
from cityaid.ledger import web_queries as wq
from cityaid.model import EVENT_TYPES

from . import fmt as F
from .params import ledger_of, not_found
from .highlight import find_span, segments
from .params import Page, bad, filters, page_info, paging
from .render import listing, page, split_suffix

router = APIRouter()
STREAM = Query(False, alias="_stream", description="with .json: every row as one streamed JSON array, no paging")


def _fmt(ext: str) -> str:
    if ext not in ("json", "csv"):
        raise not_found(E_("no format .%(ext)s (use .json or .csv)", ext=ext))
    return ext


# ------------------------------------------------------------------ listings
def _facts(request: Request, fmt: str, f: wq.WebFilters, p: Page, ledger: Ledger, stream: bool):  # noqa: ANN202
    if fmt == "html":
        p.check_html()

    def data() -> dict:
        rows = [F.fact_row(x) for x in wq.facts_page(ledger, f, p.offset, p.size)]
        return {"filters": f.__dict__, "types": EVENT_TYPES, **page_info(p, wq.count_facts(ledger, f)), "rows": rows}
    return listing(request, fmt, "facts.html", data, lambda: (F.fact_row(x) for x in wq.iter_facts(ledger, f)),
                   F.FACT_COLUMNS, "facts", stream)


@router.get("/facts", include_in_schema=False)
def facts_html(request: Request, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
               ledger: Ledger = Depends(ledger_of)):
    return _facts(request, "html", f, p, ledger, False)


@router.get("/facts.{ext}", summary="Merged facts (paginated JSON, or every row as CSV / streamed JSON)")
def facts_data(request: Request, ext: str, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
               stream: bool = STREAM, ledger: Ledger = Depends(ledger_of)):
    return _facts(request, _fmt(ext), f, p, ledger, stream)


def _events(request: Request, fmt: str, f: wq.WebFilters, p: Page, ledger: Ledger, stream: bool):  # noqa: ANN202
    if fmt == "html":
        p.check_html()

    def data() -> dict:
        rows = [F.event_row(x) for x in wq.events_page(ledger, f, p.offset, p.size)]
        return {"filters": f.__dict__, "types": EVENT_TYPES, **page_info(p, wq.count_events(ledger, f)),
                "rows": rows}
    return listing(request, fmt, "events.html", data, lambda: (F.event_row(x) for x in wq.iter_events(ledger, f)),
                   F.EVENT_COLUMNS, "events", stream)


@router.get("/events", include_in_schema=False)
def events_html(request: Request, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
                ledger: Ledger = Depends(ledger_of)):
    return _events(request, "html", f, p, ledger, False)


@router.get("/events.{ext}", summary="Events as reported (paginated JSON, or every row as CSV / streamed JSON)")
def events_data(request: Request, ext: str, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
                stream: bool = STREAM, ledger: Ledger = Depends(ledger_of)):
    return _events(request, _fmt(ext), f, p, ledger, stream)


# ------------------------------------------------------------------ one fact / one event
def _doc_view(text: str, cleaned: dict | None, span) -> dict:  # noqa: ANN001
    return {"segments": segments(text, cleaned, [span] if span else []), "located": span is not None}


@router.get("/fact/{ref}", summary="One merged fact: canonical values, every source with its evidence")
def fact_page(request: Request, ref: str, ledger: Ledger = Depends(ledger_of)):
    """``/fact/F123`` (HTML) or ``/fact/F123.json``."""
    fact_id, fmt = split_suffix(ref)
    f = ledger.fact(fact_id)
    if f is None:
        raise not_found(E_("no fact with id %(fact_id)s", fact_id=repr(fact_id)))
    p = f.fact
    sources = [dict(s) for s in p.get("sources") or []]
    for s in sources:
        s["event_url"] = f"/event/{s['event_id']}" if s.get("event_id") is not None else None
        s["doc_url"] = f"/source/{s.get('doc')}"
    data = {"fact": {"id": f.id, "type": f.type, "of": f.of, "confidence": f.confidence, "sources": f.sources,
                     "independent_sources": p.get("independent_sources"), "disagreements": f.disagreements,
                     "event_ids": list(f.event_ids), "canonical": {k: v for k, v in p.items() if k != "sources"}},
            "sources": sources}
    if fmt == "html":
        docs = wq.documents_text(ledger, [s.get("doc") for s in sources if s.get("doc")])
        for s in sources:
            text, cleaned = docs.get(s.get("doc"), ("", None))
            s["view"] = _doc_view(text, cleaned, find_span(text, s.get("evidence_span"), s.get("evidence")))
    return page(request, "fact.html", data, fmt)


@router.get("/event/{ref}", summary="One event as reported, its evidence inside its document")
def event_page(request: Request, ref: str, ledger: Ledger = Depends(ledger_of)):
    """``/event/12`` (HTML) or ``/event/12.json``."""
    raw, fmt = split_suffix(ref)
    if not raw.isdigit():
        raise bad(E_("event id: a whole number such as /event/12, not %(raw)s", raw=repr(raw)))
    e = wq.event(ledger, int(raw))
    if e is None:
        raise not_found(E_("no event with id %(raw)s", raw=raw))
    doc = ledger.document(e.doc_id)
    span = wq.event_span(ledger, e.id)
    data = {"event": {"id": e.id, "doc_id": e.doc_id, "idx": e.idx, "fact": e.canonical_id, "payload": e.event},
            "document": {"doc_id": doc.doc_id, "title": doc.title, "source": doc.source, "published": doc.published,
                         "url": doc.url} if doc else None}
    if fmt == "html" and doc is not None:
        located = find_span(doc.text, list(span) if span[0] is not None else e.event.get("evidence_span"),
                            e.event.get("evidence"))
        data["view"] = _doc_view(doc.text, doc.cleaned, located)
    return page(request, "event.html", data, fmt)
