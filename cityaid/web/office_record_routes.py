"""One office record's page and every change to it as a form: edit, status, withdraw, cancel, receive, stock, publish.

Why a form per operation rather than only the API: the issue asks for the
same operations on the web as in the API and the CLI, for people without
scripts.  Each form posts to ``/office/record/{id}/{action}`` with the
session's CSRF token and the ``version`` the page showed; the handler only
turns the form into the action's data and calls ``Office.act`` — the same
access check (an editor of another place gets 403, a record it cannot see
404) and the same optimistic lock as the API.

A refused change (409: someone changed the record since the page was
loaded; 422: a rule was broken) re-renders the page with the message and
the submitted values still in the form, so nothing typed is lost; the page
then shows the current values and version, and saving again is a deliberate
second decision.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

from cityaid.office import OfficeError, can_write
from cityaid.office.errors import E_, detail
from cityaid.office.matching import match_request
from cityaid.office.state import SHIPMENT_MANUAL, TEXT_FIELDS
from cityaid.office.stock import free

from .office_routes import _call, _check_csrf, _need_user, _office, _page, _parse_lines, _who

router = APIRouter(include_in_schema=False)
LONG_TEXT = ("note", "text", "minutes")  # edited in a textarea


def _matching(office, user, rec) -> dict | None:  # noqa: ANN001
    """For a request: the pledges and free stock that could meet it (as ``cityaid needs`` computes them)."""
    if rec.kind != "request" or user is None:
        return None
    pledges = office.records(user, kind="pledge", limit=None)
    stock = office.records(user, kind="stock", status=["available"], limit=None)
    return match_request(rec, pledges, stock)


def _render(request: Request, record_id: int, status: int = 200, error: str = "", action: str = "",
            submitted: dict | None = None):  # noqa: ANN202
    user, csrf, _ = _who(request)
    office = _office(request)
    rec = _call(lambda: office.get(user, record_id))
    hist = _call(lambda: office.history(user, record_id))
    children = office.records(user, parent_id=record_id) if user else []
    return _page(request, "record.html", status=status, user=user, csrf=csrf or "", rec=rec, history=hist,
                 children=children, writable=bool(user) and can_write(user, rec.office), error=error,
                 failed=action, submitted=submitted or {}, text_fields=TEXT_FIELDS.get(rec.kind, ()),
                 long_text=LONG_TEXT, manual_statuses=SHIPMENT_MANUAL,
                 free=free(rec.state) if rec.kind == "stock" else {}, match=_matching(office, user, rec))


@router.get("/office/record/{record_id}")
def record_page(request: Request, record_id: int):
    return _render(request, record_id)


def action_data(kind: str, action: str, form) -> dict[str, Any]:  # noqa: ANN001
    """The data of ``action`` on a record of ``kind`` from its submitted form (``OfficeError`` if malformed)."""
    if action == "receive":
        items = form.getlist("item")
        got = {k: form.getlist(k) for k in ("received", "damaged", "returned")}
        return {"lines": [{"item": it, **{k: (v[i] if i < len(v) else "") or 0 for k, v in got.items()}}
                          for i, it in enumerate(items)]}
    if action == "status":
        return {"status": str(form.get("status") or "")}
    if action == "edit":  # only the fields the form sent: one left out stays as it is
        return {k: str(form.get(k)) for k in TEXT_FIELDS.get(kind, ()) if form.get(k) is not None}
    if action in ("add", "allocate", "release"):
        data: dict[str, Any] = {"lines": _parse_lines(str(form.get("lines") or ""), "quantity")}
        if action != "add":
            data["record"] = str(form.get("record") or "").strip()
        return data
    return {}


@router.post("/office/record/{record_id}/{action}")
async def act_form(request: Request, record_id: int, action: str):
    user, csrf, bearer = _need_user(request)
    form = await request.form()
    _check_csrf(csrf, str(form.get("csrf") or ""), bearer)
    office = _office(request)
    rec = _call(lambda: office.get(user, record_id))  # 404 before anything else for a record it cannot see
    submitted = {k: str(v) for k, v in form.multi_items() if k != "csrf"}
    version = str(form.get("version") or "").strip()
    try:
        data = action_data(rec.kind, action, form)
        if version and not version.isdigit():
            raise OfficeError(E_("version: not a number: %(version)s", version=repr(version)))
        _call(lambda: office.act(user, record_id, action, data, str(form.get("why") or ""),
                                 int(version) if version else None))
    except OfficeError as e:
        return _render(request, record_id, 422, detail(e), action, submitted)
    except HTTPException as e:
        if e.status_code not in (409, 422):
            raise
        msg = e.detail if e.status_code != 409 else E_(
            "%(why)s — what you submitted is still in the form below; check the current values and save again",
            why=e.detail)
        return _render(request, record_id, e.status_code, msg, action, submitted)
    return RedirectResponse(f"/office/record/{record_id}", status_code=303)
