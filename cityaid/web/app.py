"""``create_app(db)``: the read-only FastAPI app over one ledger.

Decisions worth knowing:

* GET only — no route writes; anything else is 405.
* Errors are answers: a bad parameter is a 4xx with a sentence saying what
  was wrong (JSON ``{"detail": ...}`` for scripts, a small page for people).
* Documents are untrusted web text, so templates autoescape everything and a
  strict Content-Security-Policy forbids inline scripts and every origin
  but this one — even if some markup slipped through, it could not run.
* Offline: the map's atlas and libraries are vendored under ``static/``;
  the Swagger/ReDoc pages are off because they load from a CDN, while the
  OpenAPI document itself stays at ``/openapi.json``.
"""
from __future__ import annotations

import gc
from functools import lru_cache

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from markupsafe import Markup
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from cityaid.ledger import Ledger, LedgerError
from cityaid.office.errors import E_, detail as detail_of, localise

from cityaid.report import names

from . import fmt, geo, i18n
from .cache import AnswerCache, NoCache
from .render import JSON, pair_url, place_url, with_query
from cityaid.report.vocab import Words

HERE = Path(__file__).parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith((".json", ".csv")) or path == "/openapi.json":
        return True
    return "text/html" not in request.headers.get("accept", "")


def _error(request: Request, status: int, detail: str):  # noqa: ANN202
    if _wants_json(request):  # a script asking with ?lang=, the cookie or Accept-Language reads its language too
        said = localise(detail, i18n.translations(i18n.lang_of(request)).gettext)
        return JSON({"detail": said}, status_code=status)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "detail": detail}, status_code=status)


# pydantic's own sentences for the errors these routes can meet, in the catalogue (others stay pydantic's English)
PYDANTIC = {"int_parsing": E_("not a whole number"), "int_type": E_("not a whole number"),
            "float_parsing": E_("not a number"), "bool_parsing": E_("not yes or no"),
            "missing": E_("required"), "string_too_long": E_("too long"), "greater_than_equal": E_("too small"),
            "less_than_equal": E_("too large"), "greater_than": E_("too small"), "less_than": E_("too large")}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
        parts.append(E_("%(where)s: %(msg)s (got %(got)s)", where=where,
                        msg=PYDANTIC.get(e.get("type"), str(e.get("msg"))), got=repr(e.get("input"))))
    if not parts:
        return E_("invalid request")
    said = parts[0]
    for p in parts[1:]:
        said = E_("%(these)s; %(that)s", these=said, that=p)
    return said


def _configure(env, lang: str) -> None:  # noqa: ANN001 - one language's Jinja2 environment
    env.autoescape = True  # every template, whatever its extension
    tr = i18n.translations(lang)
    words = Words(tr.gettext, tr.ngettext)
    env.filters.update(num=fmt.number, items=lambda its: fmt.items(its, words), money=fmt.money,
                       place_url=place_url)

    @lru_cache(maxsize=16384)
    def place_link(key: str) -> Markup:  # a function, not a macro: pages list hundreds of places
        return Markup('<a href="%s" title="%s">%s</a>') % (place_url(key), key, names.label(key, lang))

    def actors(keys: list[str]) -> Markup:
        return Markup(", ").join(place_link(k) for k in keys)

    def type_tag(t: str) -> Markup:
        return Markup('<span class="tag t-%s" title="%s">%s</span>') % (t, t, words.type(t))

    env.globals.update(say=lambda m: localise(m, tr.gettext),  # an error (office_errors.Msg) in this language
                       place_url=place_url, pair_url=pair_url, with_query=with_query, fmt=fmt, locate=geo.locate,
                       lang=lang, html_lang=i18n.HTML_LANG[lang], langs=i18n.LANGS, words=words,
                       place_label=lambda k: names.label(k, lang), place_name=lambda k: names.name(k, lang),
                       place_link=place_link, actors=actors, type_tag=type_tag)


def _templates() -> i18n.LocalisedTemplates:
    return i18n.LocalisedTemplates(HERE / "templates", _configure)


def create_app(db: str | Ledger = "cityaid.db", cache: bool = True) -> FastAPI:
    """The app serving ``db`` (a SQLite path, a database URL or an open ``Ledger``).

    ``cache=False`` computes every answer afresh (the latency benchmark uses
    it to time the queries themselves, not the cache).
    """
    ledger = db if isinstance(db, Ledger) else Ledger(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202 - close what we opened
        # What is loaded by now (gazetteer, lexicons, templates) lives as long as the server: keep it out of
        # the collector's full passes, which otherwise made a place page's p95 twice its median.
        gc.collect()
        gc.freeze()
        yield
        if not isinstance(db, Ledger):
            ledger.close()

    app = FastAPI(lifespan=lifespan, title="cityaid", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Read-only view of an evidence-backed ledger of 2020 COVID mutual aid between "
                              "cities. Every HTML page has a JSON twin (same URL + .json, same filters); "
                              "listings stream as .csv, or as one JSON array with ?_stream=1.")
    app.state.ledger = ledger
    app.state.cache = AnswerCache(ledger) if cache else NoCache()
    app.state.templates = _templates()
    geo.warm()
    names.warm()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202
        try:
            lang, remember = i18n.choose(request)
            bad_lang = None
        except ValueError as e:  # a bad ?lang=
            lang, remember, bad_lang = i18n.FALLBACK, False, detail_of(e)
        request.state.lang = lang
        response = _error(request, 422, bad_lang) if bad_lang else await call_next(request)
        response.headers.setdefault("Content-Language", i18n.HTML_LANG[lang])
        response.headers["Vary"] = "Accept-Language, Cookie"
        if remember:
            response.set_cookie(i18n.COOKIE, lang, max_age=365 * 86400, samesite="lax", path="/")
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = E_("no page at %(path)s", path=request.url.path)
        resp = _error(request, exc.status_code, detail)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):  # noqa: ANN202
        return _error(request, 422, _validation_message(exc))

    @app.exception_handler(LedgerError)
    async def ledger_error(request: Request, exc: LedgerError):  # noqa: ANN202
        return _error(request, 503, E_("the ledger could not answer: %(why)s", why=str(exc)))

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError):  # noqa: ANN202
        return _error(request, 422, detail_of(exc))

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    from . import routes_export, routes_facts, routes_overview, routes_places, routes_sources

    for mod in (routes_overview, routes_facts, routes_places, routes_sources, routes_export):
        app.include_router(mod.router)
    from . import office_record_routes, office_routes  # office forms + API; a record's page and its action forms

    app.include_router(office_routes.router)
    app.include_router(office_record_routes.router)
    from . import review_api_routes, review_routes  # review: pages (/review) and JSON API (/review/api)

    app.include_router(review_api_routes.router)
    app.include_router(review_routes.router)

    return app
