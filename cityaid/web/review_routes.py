"""The review pages (``/review``): a person accepts, fixes, rejects and adds the events read from a document.

Why it is built this way:

* Everything goes through ``cityaid.review.Review`` — the same access check
  (an editor decides on the events of its places, an admin on all, a viewer
  on none), append-only decisions and optimistic lock as the API and the
  CLI; this module only turns forms into calls and answers.
* Log-in and sessions are the office's (``cityaid.office.auth``): the same
  cookie, and every form carries the session's CSRF token.  ``/review/login``
  is the office's log-in form landing back here.
* One document at a time, as annotation tools do it: its cleaned text with
  every event's evidence marked, a card per event, keys for each decision
  (``static/js/review.js``); without the script every decision is still an
  ordinary form.
* A refused decision re-renders the document with the message and what was
  typed kept in its form: 409 when someone decided on the event since the
  page was loaded (the page then shows the current state), 422 when a rule
  was broken (evidence not in the document, an unknown place...).
* Selecting words opens the "add" form prefilled by the extractor reading
  that span (``review_span``), evidence always the selected words.
"""
from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from cityaid.model import EVENT_TYPES
from cityaid.office import LoginFailed, OfficeError, RateLimited
from cityaid.office.errors import E_, detail
from cityaid.report.vocab import N_

from .highlight import segments
from .office_routes import COOKIE, _accounts, _call, _check_csrf, _ip, _need_user, _secure, _set_session, _who
from .render import JSON

router = APIRouter(include_in_schema=False)
LOGIN_COOKIE = "cityaid_review_login_csrf"
QUALIFIERS = (("on", N_("on that day")), ("approx", N_("about then")), ("as_of", N_("by then (as of)")),
              ("before", N_("before then")))
REASONS = (("not_an_event", N_("not an event")), ("plan", N_("a plan, not done")),
           ("same_as", N_("the same as another event")), ("wrong_place", N_("wrong place")),
           ("other", N_("other (say why)")))
STATES = {"pending": N_("to review"), "accepted": N_("accepted"), "fixed": N_("fixed"), "rejected": N_("rejected"),
          "added": N_("added")}
KINDS = {"unsure": N_("the extractor is unsure"), "likely_miss": N_("likely missed events"),
         "disagreement": N_("sources disagree"), "aggregate_gap": N_("claim far from the itemised sum")}
DECISIONS = ("accept", "reject", "fix")
ACTIONS = {"accept": N_("accepted"), "reject": N_("rejected"), "fix": N_("fixed"), "add": N_("added"),
           "reattach": N_("found again in a new extraction"), "orphan": N_("not found in a new extraction")}


def review_of(request: Request):  # noqa: ANN201 - one Review service per app, as the office has one Office
    st = request.app.state
    if getattr(st, "review", None) is None:
        from cityaid.review import Review

        st.review = Review(st.ledger, remerge=True)
    return st.review


def doc_url(doc_id: str) -> str:
    return "/review/doc/" + quote(doc_id, safe="")


def _page(request: Request, template: str, status: int = 200, **ctx: Any):  # noqa: ANN202
    ctx.setdefault("doc_url", doc_url)
    return request.app.state.templates.TemplateResponse(request, f"review/{template}", ctx, status_code=status)


# ================================================================== log-in
@router.get("/review/login")
def login_form(request: Request, error: str = ""):
    token = secrets.token_urlsafe(32)
    resp = _page(request, "login.html", csrf=token, error=error)
    resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(), path="/review")
    return resp


@router.post("/review/login")
async def login(request: Request):
    form = await request.form()
    _check_csrf(request.cookies.get(LOGIN_COOKIE), str(form.get("csrf") or ""), False)
    try:
        sid, _csrf, _user = _accounts(request).login(str(form.get("name") or ""), str(form.get("password") or ""),
                                                     _ip(request))
    except (RateLimited, LoginFailed) as e:
        return _page(request, "login.html", status=429 if isinstance(e, RateLimited) else 401,
                     csrf=request.cookies.get(LOGIN_COOKIE), error=detail(e))
    resp = RedirectResponse("/review", status_code=303)
    _set_session(resp, sid)
    resp.delete_cookie(LOGIN_COOKIE, path="/review")
    return resp


@router.post("/review/logout")
async def logout(request: Request):
    _user, csrf, bearer = _need_user(request)
    form = await request.form()
    _check_csrf(csrf, str(form.get("csrf") or ""), bearer)
    _accounts(request).logout(request.cookies.get(COOKIE))
    resp = RedirectResponse("/review/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


def _reviewer(request: Request):  # noqa: ANN202 - (user, csrf), or a redirect to the log-in form
    user, csrf, _ = _who(request)
    if user is None:
        return RedirectResponse("/review/login", status_code=303)
    if user.role not in ("admin", "editor"):  # a viewer reads the ledger's pages, it reviews nothing
        raise HTTPException(403, E_("a viewer cannot review: ask an administrator for an editor account"))
    return user, csrf or ""


# ================================================================== the queue
@router.get("/review")
def queue_page(request: Request, place: str | None = Query(None, max_length=200)):
    found = _reviewer(request)
    if isinstance(found, RedirectResponse):
        return found
    user, csrf = found
    rv = review_of(request)
    entries = _call(lambda: rv.queue(user, place=place or None, limit=200))
    docs: dict[str, dict] = {}
    for q in entries:  # one row per document, in the order of its first entry
        d = docs.setdefault(q.doc_id, {"doc_id": q.doc_id, "url": doc_url(q.doc_id), "entries": []})
        d["entries"].append(q)
    return _page(request, "queue.html", user=user, csrf=csrf, docs=list(docs.values()), place=place or "",
                 kinds=KINDS)


# ================================================================== one document
def _marked(text: str, cleaned: dict | None, events: list) -> list[dict]:
    """The document's segments, each mark naming the review events whose evidence covers it."""
    spans = [(e.span, e.id, e.state) for e in events if e.span]
    segs = segments(text, cleaned, [s for s, _id, _st in spans])
    for s in segs:
        if s["kind"] == "mark":
            s["events"] = [i for (a, b), i, _st in spans if a <= s["start"] and s["end"] <= b]
            s["rejected"] = all(st == "rejected" for (a, b), _i, st in spans if a <= s["start"] and s["end"] <= b)
    return segs


def _lines(rows: list[dict] | None, a: str, b: str, c: str) -> str:
    out = []
    for r in rows or []:
        q = r.get(b)
        if isinstance(q, float) and q.is_integer():
            q = int(q)
        out.append(" ".join(str(x) for x in (r.get(a), "" if q is None else q, r.get(c) or "") if x != "").strip())
    return "\n".join(out)


def form_values(event: dict) -> dict:
    """A spec event as the fix form's fields (what the person sees and edits)."""
    date = event.get("date") or {}
    return {"type": event.get("type") or "", "from": ", ".join(a.get("key") or a.get("name") or ""
                                                                for a in event.get("from") or []),
            "to": ", ".join(a.get("key") or a.get("name") or "" for a in event.get("to") or []),
            "date": date.get("value") or "", "date_qualifier": date.get("qualifier") or "on",
            "items": _lines(event.get("items"), "item", "quantity", "unit"),
            "money": _lines(event.get("money"), "amount", "currency", "_"), "evidence": event.get("evidence") or ""}


def _render(request: Request, doc_id: str, status: int = 200, error: str = "", failed: tuple = (),
            submitted: dict | None = None):  # noqa: ANN202
    found = _reviewer(request)
    if isinstance(found, RedirectResponse):
        return found
    user, csrf = found
    rv = review_of(request)
    doc = _call(lambda: rv.doc(user, doc_id))
    nxt = _call(lambda: rv.next_doc(user, after=doc_id))
    cards = []
    for e in doc.events:
        act = failed[2] if failed[:2] == ("event", e.id) else ""
        values = form_values(e.event)
        if act == "fix":  # what was typed, not what is stored: nothing typed is lost
            values.update(submitted or {})
        history = _call(lambda: rv.history(user, e.id)) if e.reviewed else []  # the audit trail, on the card
        cards.append({"e": e, "values": values, "failed": act, "submitted": (submitted or {}) if act else {},
                      "history": history})
    add_values = submitted if failed[:1] == ("add",) else {}
    return _page(request, "doc.html", status=status, user=user, csrf=csrf, doc=doc, cards=cards,
                 segs=_marked(doc.text, doc.cleaned, doc.events), next_doc=nxt, error=error, failed=failed,
                 add_values=add_values or {}, types=EVENT_TYPES, qualifiers=QUALIFIERS, reasons=REASONS,
                 states=STATES, actions=ACTIONS, read_url="/review/read?doc=" + quote(doc_id, safe=""))


@router.get("/review/doc/{doc_id:path}")
def doc_page(request: Request, doc_id: str):
    return _render(request, doc_id)


@router.get("/review/read")
def read_selection(request: Request, doc: str = Query(..., max_length=4000), start: int = Query(..., ge=0),
                   end: int = Query(..., ge=0)):
    """What the extractor reads in ``doc.text[start:end]`` (JSON, for the add form's prefill)."""
    from .review_span import read_span

    found = _reviewer(request)
    if isinstance(found, RedirectResponse):
        raise HTTPException(401, E_("log in first (or send Authorization: Bearer <token>)"))
    rd = _call(lambda: review_of(request).doc(found[0], doc))
    from cityaid.model import Document

    document = Document(doc_id=rd.doc_id, text=rd.text, content_hash="", format=rd.format or "txt", title=rd.title,
                        published=rd.published, source=rd.source, url=rd.url)
    try:
        return JSON(read_span(document, start, end))
    except ValueError as e:
        raise HTTPException(422, detail(e)) from e


# ================================================================== decisions from forms
def _split_places(raw: str) -> list[str]:
    return [p.strip() for p in raw.replace("，", ",").replace("、", ",").replace(";", ",").split(",") if p.strip()]


def _number(raw: str, what: str, n: int) -> float | int | None:
    raw = raw.replace(",", "").replace("，", "").strip()
    if raw in ("", "?"):
        return None
    try:
        x = float(raw)
    except ValueError:
        raise OfficeError(E_("%(what)s, line %(n)s: %(raw)s is not a number", what=what, n=n, raw=repr(raw))) from None
    return int(x) if x.is_integer() else x


def parse_items(raw: str) -> list[dict]:
    """``口罩 20000 piece`` per line (quantity and unit optional) -> spec items."""
    out = []
    for n, line in enumerate((raw or "").splitlines(), start=1):
        parts = line.replace("：", " ").replace(":", " ").split()
        if not parts:
            continue
        out.append({"item": parts[0], "quantity": _number(parts[1], N_("items"), n) if len(parts) > 1 else None,
                    "unit": parts[2] if len(parts) > 2 else None})
    return out


def parse_money(raw: str) -> list[dict]:
    """``50000 CNY`` per line -> spec money."""
    out = []
    for n, line in enumerate((raw or "").splitlines(), start=1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) < 2:
            raise OfficeError(E_("money, line %(n)s: write 'amount currency' (%(line)s)", n=n, line=repr(line)))
        amount = _number(parts[0], N_("money"), n)
        out.append({"amount": amount, "currency": parts[1].upper()})
    return out


def event_fields(form) -> dict:  # noqa: ANN001 - a submitted fix/add form
    """Every field of the fix/add form as the service's ``changes`` (``OfficeError`` when malformed)."""
    get = lambda k: str(form.get(k) or "")  # noqa: E731
    date = get("date").strip()
    out: dict[str, Any] = {"type": get("type").strip(), "from": _split_places(get("from")),
                           "to": _split_places(get("to")),
                           "date": {"value": date, "qualifier": get("date_qualifier") or "on"} if date else None,
                           "items": parse_items(get("items")), "money": parse_money(get("money"))}
    start, end = get("start").strip(), get("end").strip()
    if start.isdigit() and end.isdigit():
        out["evidence_span"] = [int(start), int(end)]
    else:
        out["evidence"] = get("evidence")
    return out


def changed(fields: dict, current: dict) -> dict:
    """Only what the person changed against the event as it stands (so a fix records just that)."""
    now = event_fields_of(current)
    return {k: v for k, v in fields.items() if k == "evidence_span" or now.get(k) != v}


def event_fields_of(event: dict) -> dict:
    return event_fields(form_values(event))


def _version(form) -> int | None:  # noqa: ANN001
    v = str(form.get("version") or "").strip()
    if not v:
        return None
    if not v.isdigit():
        raise OfficeError(E_("version: not a number: %(version)s", version=repr(v)))
    return int(v)


def _refused(request: Request, doc_id: str, e: HTTPException, failed: tuple, submitted: dict):  # noqa: ANN202
    msg = e.detail if e.status_code != 409 else E_(
        "%(why)s — what you submitted is still in the form below; check the current values and save again",
        why=e.detail)
    return _render(request, doc_id, e.status_code, msg, failed, submitted)


@router.post("/review/event/{event_id}/{action}")
async def decide_form(request: Request, event_id: int, action: str):
    user, csrf, bearer = _need_user(request)
    form = await request.form()
    _check_csrf(csrf, str(form.get("csrf") or ""), bearer)
    if action not in DECISIONS:
        raise HTTPException(404, E_("no review decision %(action)s; one of %(v1)s", action=repr(action),
                                    v1=", ".join(DECISIONS)))
    rv = review_of(request)
    ev = _call(lambda: rv.event(user, event_id))  # 404 before anything else
    submitted = {k: str(v) for k, v in form.multi_items() if k != "csrf"}
    why = str(form.get("why") or "")
    try:
        seen = _version(form)
        if action == "accept":
            _call(lambda: rv.accept(user, event_id, seen_version=seen, why=why))
        elif action == "reject":
            reason = str(form.get("reason") or "").strip()
            if reason == "other":
                reason = why.strip()
            same = str(form.get("same_as") or "").strip()
            if same and not same.isdigit():
                raise OfficeError(E_("same as: an event id (a whole number), not %(v)s", v=repr(same)))
            _call(lambda: rv.reject(user, event_id, reason, seen_version=seen, why=why,
                                    same_as=int(same) if same else None))
        else:
            changes = changed(event_fields(form), ev.event)
            _call(lambda: rv.fix(user, event_id, changes, seen_version=seen, why=why))
    except OfficeError as e:
        return _refused(request, ev.doc_id, HTTPException(422, detail(e)), ("event", event_id, action), submitted)
    except HTTPException as e:
        if e.status_code not in (409, 422):
            raise
        return _refused(request, ev.doc_id, e, ("event", event_id, action), submitted)
    return RedirectResponse(f"{doc_url(ev.doc_id)}#ev-{event_id}", status_code=303)


@router.post("/review/doc/{doc_id:path}/add")
async def add_form(request: Request, doc_id: str):
    user, csrf, bearer = _need_user(request)
    form = await request.form()
    _check_csrf(csrf, str(form.get("csrf") or ""), bearer)
    rv = review_of(request)
    _call(lambda: rv.doc(user, doc_id))  # 404 for a document that is not there
    submitted = {k: str(v) for k, v in form.multi_items() if k != "csrf"}
    try:
        ev = _call(lambda: rv.add(user, doc_id, event_fields(form), why=str(form.get("why") or "")))
    except OfficeError as e:
        return _refused(request, doc_id, HTTPException(422, detail(e)), ("add",), submitted)
    except HTTPException as e:
        if e.status_code not in (409, 422):
            raise
        return _refused(request, doc_id, e, ("add",), submitted)
    return RedirectResponse(f"{doc_url(doc_id)}#ev-{ev.id}", status_code=303)
