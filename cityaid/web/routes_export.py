"""Downloads for analysts (``/export/...``): the files ``cityaid export`` writes, with the listing's filters.

Every listing page links here: the whole ledger as XLSX (a sheet per table),
each table as CSV with HXL hashtags, GeoJSON of places and flows, the spec
JSON Lines, and the Datasette metadata.  Text formats stream as they are
read; the workbook is built in a spooled temporary file (in memory while
small) because a ZIP archive is only complete at its end.
"""
from __future__ import annotations

import io
import tempfile

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from cityaid.ledger import Ledger
from cityaid.office.errors import E_
from cityaid.ledger import web_queries as wq
from cityaid.report.export import TABLES, datasette_metadata, write_xlsx
from cityaid.report.export.geojson import geojson_chunks
from cityaid.report.export.hxl import hxl_lines

from .params import ledger_of, not_found
from .params import filters
from .render import JSON

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _attachment(name: str) -> dict:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/export/cityaid.xlsx", summary="The ledger as an XLSX workbook: facts, events, sources, places")
def export_xlsx(f: wq.WebFilters = Depends(filters), ledger: Ledger = Depends(ledger_of)):
    with tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024) as fh:
        write_xlsx(ledger, fh, f)
        fh.seek(0)
        body = fh.read()
    return Response(body, media_type=XLSX, headers=_attachment("cityaid.xlsx"))


@router.get("/export/{table}.hxl.csv", summary="One table (facts, events, sources, places) as CSV with HXL hashtags")
def export_hxl(table: str, f: wq.WebFilters = Depends(filters), ledger: Ledger = Depends(ledger_of)):
    if table not in TABLES:
        raise not_found(E_("no table %(table)s: one of %(v1)s", table=repr(table), v1=', '.join(TABLES)))
    return StreamingResponse(hxl_lines(ledger, table, f), media_type="text/csv; charset=utf-8",
                             headers=_attachment(f"{table}.hxl.csv"))


@router.get("/export/cityaid.geojson", summary="Places and flows as GeoJSON (RFC 7946), flows on great circles")
def export_geojson(f: wq.WebFilters = Depends(filters), ledger: Ledger = Depends(ledger_of)):
    return StreamingResponse(geojson_chunks(ledger, f), media_type="application/geo+json",
                             headers=_attachment("cityaid.geojson"))


@router.get("/export/events.jsonl", summary="Every document's events as spec JSON Lines")
def export_jsonl(ledger: Ledger = Depends(ledger_of)):
    buf = io.StringIO()
    ledger.export_jsonl(buf)
    return Response(buf.getvalue().encode("utf-8"), media_type="application/x-ndjson; charset=utf-8",
                    headers=_attachment("events.jsonl"))


@router.get("/export/datasette-metadata.json", summary="Datasette metadata for this ledger's SQLite file")
def export_datasette(request: Request, ledger: Ledger = Depends(ledger_of)):
    url = ledger.engine.url
    if url.get_backend_name() != "sqlite" or not url.database:
        raise not_found(E_("Datasette opens SQLite ledgers only"))
    return JSON(datasette_metadata(url.database), headers=_attachment("metadata.json"))
