"""Answering one request in the form it asked for: an HTML page, its JSON twin, or a streamed download.

Why one helper: the datasette pattern — the same data, the same filters,
three spellings of the URL — only holds if every route builds one dict and
hands it here, instead of each route formatting HTML and JSON separately.
Downloads stream from a generator (``StreamingResponse``), so a listing of
any length is never held in memory and has no row cap.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import JSONResponse, StreamingResponse


def _default(o: Any) -> Any:
    if hasattr(o, "isoformat"):
        return o.isoformat()
    if isinstance(o, (set, tuple)):
        return list(o)
    return str(o)


class JSON(JSONResponse):
    """JSON with readable UTF-8 (places are Chinese) and dates as ISO strings."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, default=_default, separators=(",", ":")).encode("utf-8")


def page(request: Request, template: str, data: dict, fmt: str, status: int = 200) -> Any:
    """``data`` as JSON (``fmt == "json"``) or rendered into ``template``."""
    if fmt == "json":
        return JSON(data, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {"d": data, **data}, status_code=status)


def stream_csv(rows: Iterable[dict], columns: list[str], filename: str) -> StreamingResponse:
    """Every row as CSV, written as it is read."""
    def gen() -> Iterator[str]:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        yield "\ufeff" + buf.getvalue()  # BOM: spreadsheet programs then read the Chinese right
        for row in rows:
            buf.seek(0)
            buf.truncate()
            w.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
            yield buf.getvalue()
    return StreamingResponse(gen(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})


def stream_json(rows: Iterable[dict], filename: str) -> StreamingResponse:
    """Every row as one JSON array, written as it is read."""
    def gen() -> Iterator[str]:
        yield "["
        first = True
        for row in rows:
            yield ("" if first else ",\n") + json.dumps(row, ensure_ascii=False, default=_default)
            first = False
        yield "]\n"
    return StreamingResponse(gen(), media_type="application/json",
                             headers={"Content-Disposition": f'attachment; filename="{filename}.json"'})


def listing(request: Request, fmt: str, template: str, data_fn: Callable[[], dict],
            rows_fn: Callable[[], Iterable[dict]], columns: list[str], name: str, stream: bool) -> Any:
    """A listing page: HTML or paginated JSON, or (``.csv`` / ``.json?_stream=1``) every row streamed."""
    if fmt == "csv":
        return stream_csv(rows_fn(), columns, name)
    if fmt == "json" and stream:
        return stream_json(rows_fn(), name)
    return page(request, template, data_fn(), fmt)


def split_suffix(value: str, allowed: tuple[str, ...] = ("json",)) -> tuple[str, str]:
    """``("CN/Wuxi", "json")`` from ``CN/Wuxi.json``; ``(value, "html")`` when there is no allowed suffix."""
    for ext in allowed:
        if value.endswith("." + ext):
            return value[: -len(ext) - 1], ext
    return value, "html"


def place_url(key: str, fmt: str = "html") -> str:
    return "/place/" + quote(key, safe="/") + (".json" if fmt == "json" else "")


def pair_url(a: str, b: str) -> str:
    return "/pair/" + quote(a, safe="/") + "/" + quote(b, safe="/")


def with_query(request: Request, path: str, **changes: Any) -> str:
    """``path`` with the request's query string, some parameters changed (``None`` drops one)."""
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    qs = urlencode({k: v for k, v in params.items() if v != ""})
    return path + ("?" + qs if qs else "")
