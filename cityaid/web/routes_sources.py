"""Sources: the documents ingested (``/sources``) and one of them (``/source/{doc_id}``).

A source page shows what the document yielded (its events, their evidence
marked in the text) and what cleaning cut away — each removed stretch with
its reason — so a reader can see that nothing that mattered was dropped.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from cityaid.ledger import Ledger
from cityaid.office.errors import E_
from cityaid.ledger import web_queries as wq

from . import fmt as F
from .params import ledger_of, not_found
from .highlight import find_span, segments
from .params import Page, filters, page_info, paging
from .render import listing, page, split_suffix
from .routes_facts import STREAM, _fmt

router = APIRouter()


def _row(d: dict) -> dict:
    return {**d, "url": f"/source/{d['doc_id']}"}


def _sources(request: Request, fmt: str, f: wq.WebFilters, p: Page, ledger: Ledger, stream: bool):  # noqa: ANN202
    if fmt == "html":
        p.check_html()

    def data() -> dict:
        return {"filters": f.__dict__, **page_info(p, wq.count_documents(ledger, f)),
                "rows": [_row(d) for d in wq.documents_page(ledger, f, p.offset, p.size)]}
    return listing(request, fmt, "sources.html", data, lambda: (_row(d) for d in wq.iter_documents(ledger, f)),
                   F.DOC_COLUMNS, "sources", stream)


@router.get("/sources", include_in_schema=False)
def sources_html(request: Request, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
                 ledger: Ledger = Depends(ledger_of)):
    return _sources(request, "html", f, p, ledger, False)


@router.get("/sources.{ext}", summary="Documents ingested, what each yielded and what cleaning removed")
def sources_data(request: Request, ext: str, f: wq.WebFilters = Depends(filters), p: Page = Depends(paging),
                 stream: bool = STREAM, ledger: Ledger = Depends(ledger_of)):
    return _sources(request, _fmt(ext), f, p, ledger, stream)


@router.get("/source/{ref:path}", summary="One document: its events and what cleaning removed")
def source_page(request: Request, ref: str, ledger: Ledger = Depends(ledger_of)):
    """``/source/zh03_wuxi_toyokawa.txt`` or the same + ``.json`` (a doc_id that itself ends in .json wins)."""
    doc = ledger.document(ref)
    fmt = "html"
    if doc is None:
        raw, fmt = split_suffix(ref)
        doc = ledger.document(raw) if fmt == "json" else None
    if doc is None:
        raise not_found(E_("no document %(ref)s", ref=repr(ref)))
    events = list(ledger.iter_events(doc_id=doc.doc_id))
    removed = [{"start": s, "end": e, "reason": r, "chars": e - s, "text": doc.text[s:e]}
               for s, e, r in (doc.cleaned or {}).get("removed") or []]
    data = {"document": {"doc_id": doc.doc_id, "title": doc.title, "source": doc.source, "published": doc.published,
                         "url": doc.url, "format": doc.format, "path": doc.path, "encoding": doc.encoding,
                         "chars": len(doc.text), "ingested_at": doc.ingested_at, "events": doc.events},
            "events": [F.event_row(e) for e in events], "removed": removed,
            "kept": (doc.cleaned or {}).get("kept")}
    if fmt == "html":
        spans = [find_span(doc.text, e.event.get("evidence_span"), e.event.get("evidence")) for e in events]
        data["segments"] = segments(doc.text, doc.cleaned, [s for s in spans if s], collapse_removed=False)
    return page(request, "source.html", data, fmt)
