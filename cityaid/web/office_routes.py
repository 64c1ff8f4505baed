"""The office's web forms (``/office/...``) and its authenticated JSON API (``/office/api/...``).

Why it is built this way:

* Everything goes through ``cityaid.office.Office`` — the same access checks,
  rules and optimistic lock as the CLI; this module only parses and answers.
* Two ways to be someone: a log-in session (cookie ``cityaid_session``:
  HttpOnly, SameSite=Lax, Secure unless ``CITYAID_COOKIE_SECURE=0``) for
  people, or ``Authorization: Bearer <token>`` for scripts.  A cookie rides
  along on cross-site requests, so every POST made with a session must carry
  that session's CSRF token (form field ``csrf``, or header ``X-CSRF-Token``
  for API calls); bearer tokens are never sent by a browser on its own, so
  they need none.  The log-in form itself uses a double-submit cookie.
* Failed log-ins are rate-limited per name and address (429).
* Answers: 401 not logged in, 403 not yours, 404 unknown (or not visible),
  409 someone changed the record since you loaded it, 422 a rule was broken;
  every refusal says why, and nothing of a refused write is stored.
* Text is shown through autoescaping templates (markup in a field is shown,
  never run) and stored verbatim.

The record page and its action forms are in ``office_record_routes``.
"""
from __future__ import annotations

import os
import secrets
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

from cityaid.ledger.office_sql import RecordRow, UserRow
from cityaid.office import (KINDS, Accounts, Conflict, Forbidden, LoginFailed, NotFound, Office, OfficeError,
                            RateLimited)
from cityaid.office.auth import same
from cityaid.office.errors import E_, detail
from cityaid.office.matching import needs, unmet

from .render import JSON
from cityaid.report.vocab import N_

router = APIRouter(include_in_schema=True)
COOKIE = "cityaid_session"
LOGIN_COOKIE = "cityaid_login_csrf"
FIELDS = {  # form fields per kind: (name, label, input type)
    "request": [("from", N_("Who asks (partner)"), "text"), ("to", N_("Asked of"), "text"), ("office", N_("Office"), "text"),
                ("date", N_("Date"), "date"), ("lines", N_("Lines: item quantity unit, one per line"), "lines"),
                ("note", N_("Note"), "textarea")],
    "pledge": [("request_id", N_("Request id (empty: unsolicited)"), "text"), ("to", N_("To (unsolicited)"), "text"),
               ("office", N_("Office"), "text"), ("date", N_("Date"), "date"),
               ("lines", N_("Lines: item quantity unit"), "lines"), ("note", N_("Note"), "textarea")],
    "shipment": [("pledge_id", N_("Pledge id"), "text"), ("date", N_("Sent on"), "date"), ("waybill", N_("Waybill"), "text"),
                 ("carrier", N_("Carrier"), "text"), ("route", N_("Route"), "text"), ("inscription", N_("Inscription"), "text"),
                 ("lines", N_("Lines: item sent unit"), "lines"), ("note", N_("Note"), "textarea")],
    "acknowledgement": [("shipment_id", N_("Shipment id"), "text"), ("date", N_("Date"), "date"),
                        ("medium", N_("Medium (letter, telegram, video, call)"), "text"), ("text", N_("Text"), "textarea")],
    "letter": [("to", N_("To"), "text"), ("from", N_("From (default: the office)"), "text"), ("office", N_("Office"), "text"),
               ("letter_kind", N_("Kind (sympathy, solidarity, thanks)"), "text"),
               ("medium", N_("Medium (letter, telegram, video, call)"), "text"), ("date", N_("Date"), "date"),
               ("text", N_("Text"), "textarea")],
    "meeting": [("parties", N_("With (places, comma-separated)"), "text"), ("office", N_("Office"), "text"),
                ("date", N_("Date"), "date"), ("topics", N_("Topics, one per line"), "textarea"),
                ("participants", N_("Participants, one per line"), "textarea"), ("medium", N_("Medium"), "text"),
                ("minutes", N_("Minutes"), "textarea")],
    "stock": [("office", N_("Office"), "text"), ("location", N_("Location (warehouse)"), "text"), ("date", N_("Date"), "date"),
              ("lines", N_("Lines: item quantity unit, one per line"), "lines"), ("note", N_("Note"), "textarea")],
}


def _secure() -> bool:
    return os.environ.get("CITYAID_COOKIE_SECURE", "1").strip().lower() not in ("0", "false", "no", "off")


def _office(request: Request) -> Office:
    st = request.app.state
    if getattr(st, "office", None) is None:
        st.office = Office(st.ledger)
        st.accounts = Accounts(st.ledger)
    return st.office


def _accounts(request: Request) -> Accounts:
    _office(request)
    return request.app.state.accounts


def _ip(request: Request) -> str:
    return request.client.host if request.client else "?"


def _who(request: Request) -> tuple[UserRow | None, str | None, bool]:
    """(user, the session's csrf token, authenticated by bearer token?)."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        user = _accounts(request).token_user(auth[7:].strip())
        if user is None:
            raise HTTPException(401, E_("invalid or revoked API token"), headers={"WWW-Authenticate": "Bearer"})
        return user, None, True
    found = _accounts(request).session(request.cookies.get(COOKIE))
    return (found[0], found[1], False) if found else (None, None, False)


def _need_user(request: Request) -> tuple[UserRow, str | None, bool]:
    user, csrf, bearer = _who(request)
    if user is None:
        raise HTTPException(401, E_("log in first (or send Authorization: Bearer <token>)"),
                            headers={"WWW-Authenticate": "Bearer"})
    return user, csrf, bearer


def _check_csrf(expected: str | None, given: str | None, bearer: bool) -> None:
    if bearer:
        return
    if not expected or not given or not same(expected, given):
        raise HTTPException(403, E_("missing or wrong CSRF token: reload the form and submit it again"))


def _call(fn):  # noqa: ANN001, ANN202
    """Office errors to HTTP answers (OfficeError is a ValueError: catch the specific ones first)."""
    try:
        return fn()
    except Forbidden as e:
        raise HTTPException(403, detail(e)) from e
    except NotFound as e:
        raise HTTPException(404, detail(e)) from e
    except Conflict as e:
        raise HTTPException(409, detail(e)) from e
    except RateLimited as e:
        raise HTTPException(429, detail(e), headers={"Retry-After": "900"}) from e
    except LoginFailed as e:
        raise HTTPException(401, detail(e)) from e
    except OfficeError as e:
        raise HTTPException(422, detail(e)) from e


def record_json(rec: RecordRow) -> dict:
    return {"id": rec.id, "kind": rec.kind, "office": rec.office, "status": rec.status, "from": rec.from_key,
            "to": rec.to_key, "parent": rec.parent_id, "published": rec.published, "version": rec.version,
            "state": rec.state, "created_by": rec.created_by, "created_at": rec.created_at,
            "updated_at": rec.updated_at}


# ================================================================== JSON API
@router.get("/office/api/records", summary="Office records you may see (yours, and every published one)")
def api_records(request: Request, kind: str | None = None, status: str | None = None):
    user, _, _ = _need_user(request)
    rows = _call(lambda: _office(request).records(user, kind=kind, status=[status] if status else None))
    return JSON({"records": [record_json(r) for r in rows]})


@router.get("/office/api/records/{record_id}", summary="One record with its history")
def api_record(request: Request, record_id: int):
    user, _, _ = _who(request)
    office = _office(request)
    rec = _call(lambda: office.get(user, record_id))
    hist = _call(lambda: office.history(user, record_id))
    return JSON({**record_json(rec), "history": [e.__dict__ for e in hist]})


@router.get("/office/api/needs",
            summary="Unmet needs by partner and item; per open request the pledges and stock that could meet it")
def api_needs(request: Request, partner: str | None = None):
    user, _, _ = _need_user(request)
    office = _office(request)
    return JSON({"needs": _call(lambda: unmet(office, user, partner)),
                 "requests": _call(lambda: needs(office, user, partner))})


@router.get("/office/api/tokens", summary="Your API tokens (an admin: everyone's) — id, label, date, never the secret")
def api_tokens(request: Request):
    user, _, _ = _need_user(request)
    rows = _call(lambda: _accounts(request).tokens(None if user.role == "admin" else user.name))
    return JSON({"tokens": [t.__dict__ for t in rows]})


async def _json_body(request: Request) -> dict:
    try:
        body = await request.json()
    except Exception:  # noqa: BLE001 - any unparsable body
        raise HTTPException(422, E_("the body must be a JSON object")) from None
    if not isinstance(body, dict):
        raise HTTPException(422, E_("the body must be a JSON object"))
    return body


@router.post("/office/api/records/{kind}", status_code=201,  # authenticated: the only writes the API has
             summary="Create a record (JSON fields; 'why' optional)")
async def api_create(request: Request, kind: str):
    user, csrf, bearer = _need_user(request)
    _check_csrf(csrf, request.headers.get("x-csrf-token"), bearer)
    if kind not in KINDS:
        raise HTTPException(404, E_("no record kind %(kind)s; one of %(v1)s", kind=repr(kind), v1=', '.join(KINDS)))
    body = await _json_body(request)
    why = str(body.pop("why", "") or "")
    rec = _call(lambda: _office(request).create(user, kind, body, why))
    return JSON(record_json(rec), status_code=201)


@router.post("/office/api/records/{record_id}/{action}",
             summary="Act on a record: publish, edit, withdraw, cancel, status, receive ({data, why, version})")
async def api_act(request: Request, record_id: int, action: str):
    user, csrf, bearer = _need_user(request)
    _check_csrf(csrf, request.headers.get("x-csrf-token"), bearer)
    body = await _json_body(request)
    data = body.get("data") or {k: v for k, v in body.items() if k not in ("why", "version")}
    rec = _call(lambda: _office(request).act(user, record_id, action, data, str(body.get("why") or ""),
                                             body.get("version")))
    return JSON(record_json(rec))


# ================================================================== forms
def _page(request: Request, template: str, status: int = 200, **ctx: Any):  # noqa: ANN202
    return request.app.state.templates.TemplateResponse(request, f"office/{template}", ctx, status_code=status)


def _set_session(resp, sid: str) -> None:  # noqa: ANN001
    resp.set_cookie(COOKIE, sid, httponly=True, samesite="lax", secure=_secure(), path="/", max_age=12 * 3600)


@router.get("/office/login", include_in_schema=False)
def login_form(request: Request, error: str = ""):
    token = secrets.token_urlsafe(32)
    resp = _page(request, "login.html", csrf=token, error=error)
    resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(), path="/office")
    return resp


@router.post("/office/login", include_in_schema=False)
async def login(request: Request):
    form = await request.form()
    _check_csrf(request.cookies.get(LOGIN_COOKIE), str(form.get("csrf") or ""), False)
    name, password = str(form.get("name") or ""), str(form.get("password") or "")
    try:
        sid, _csrf, _user = _accounts(request).login(name, password, _ip(request))
    except RateLimited as e:
        return _page(request, "login.html", status=429, csrf=request.cookies.get(LOGIN_COOKIE), error=detail(e))
    except LoginFailed as e:
        return _page(request, "login.html", status=401, csrf=request.cookies.get(LOGIN_COOKIE), error=detail(e))
    resp = RedirectResponse("/office", status_code=303)
    _set_session(resp, sid)
    resp.delete_cookie(LOGIN_COOKIE, path="/office")
    return resp


@router.post("/office/logout", include_in_schema=False)
async def logout(request: Request):
    user, csrf, bearer = _need_user(request)
    form = await request.form()
    _check_csrf(csrf, str(form.get("csrf") or ""), bearer)
    _accounts(request).logout(request.cookies.get(COOKIE))
    resp = RedirectResponse("/office/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


def _form_user(request: Request) -> tuple[UserRow, str] | RedirectResponse:
    user, csrf, _ = _who(request)
    if user is None:
        return RedirectResponse("/office/login", status_code=303)
    return user, csrf or ""


@router.get("/office", include_in_schema=False)
def office_home(request: Request):
    found = _form_user(request)
    if isinstance(found, RedirectResponse):
        return found
    user, csrf = found
    office = _office(request)
    return _page(request, "index.html", user=user, csrf=csrf, kinds=KINDS,
                 records=office.records(user, limit=200), needs=unmet(office, user))


@router.get("/office/new/{kind}", include_in_schema=False)
def new_form(request: Request, kind: str, parent: str = ""):
    found = _form_user(request)
    if isinstance(found, RedirectResponse):
        return found
    user, csrf = found
    if kind not in FIELDS:
        raise HTTPException(404, E_("no record kind %(kind)s", kind=repr(kind)))
    values = {}
    if parent:
        values = {{"pledge": "request_id", "shipment": "pledge_id", "acknowledgement": "shipment_id"}.get(kind, "_"):
                  parent}
    return _page(request, "form.html", user=user, csrf=csrf, kind=kind, fields=FIELDS[kind], values=values,
                 error="")


def _parse_lines(raw: str, qty: str) -> list[dict]:
    out = []
    for n, line in enumerate((raw or "").splitlines(), start=1):
        parts = line.replace(",", " ").replace("，", " ").split()
        if not parts:
            continue
        if len(parts) < 2:
            raise OfficeError(E_("lines, line %(n)s: write 'item quantity unit' (%(line)s)", n=n, line=repr(line)))
        out.append({"item": parts[0], qty: parts[1], "unit": parts[2] if len(parts) > 2 else "piece"})
    return out


def form_fields(kind: str, form) -> dict:  # noqa: ANN001
    """The creation fields of ``kind`` from a submitted form."""
    f: dict[str, Any] = {}
    for name, _label, typ in FIELDS[kind]:
        v = str(form.get(name) or "")
        if typ == "lines":
            f["lines"] = _parse_lines(v, "sent" if kind == "shipment" else "quantity")
        elif name in ("topics", "participants"):
            f[name] = [x for x in v.splitlines() if x.strip()]
        elif v.strip() != "" or name in ("note", "text", "minutes", "inscription"):
            f[name] = v
    return f


@router.post("/office/new/{kind}", include_in_schema=False)
async def create_form(request: Request, kind: str):
    user, csrf, bearer = _need_user(request)
    form = await request.form()
    _check_csrf(csrf, str(form.get("csrf") or ""), bearer)
    if kind not in FIELDS:
        raise HTTPException(404, E_("no record kind %(kind)s", kind=repr(kind)))
    try:
        fields = form_fields(kind, form)
    except OfficeError as e:
        raise HTTPException(422, detail(e)) from e
    try:
        rec = _call(lambda: _office(request).create(user, kind, fields, str(form.get("why") or "")))
    except HTTPException as e:
        if e.status_code != 422:
            raise
        return _page(request, "form.html", status=422, user=user, csrf=csrf, kind=kind, fields=FIELDS[kind],
                     values={k: form.get(k) for k, _l, _t in FIELDS[kind]}, error=e.detail)
    return RedirectResponse(f"/office/record/{rec.id}", status_code=303)
