"""The review's JSON API (``/review/api/...``): the queue, a document's events, and the four decisions.

Why it is this thin: the ``Review`` service makes every check (who may
decide on which event, evidence a verbatim span, the optimistic lock), as
the office's API leaves them to ``Office``.  Authentication is the office's
— ``Authorization: Bearer <token>`` for scripts, or a log-in session whose
POSTs carry ``X-CSRF-Token`` — and the answers are its answers: 401 not
logged in, 403 not yours (a viewer deciding anything), 404 unknown, 409 the
event was decided on since you read it (send ``version`` from what you
read), 422 a rule broken — an evidence that is not in the document says so
(``reason``: ``not_in_document``…).  Bodies are JSON objects: ``{"why",
"version"}`` for accept, ``+ "reason", "same_as"`` for reject, ``{"changes":
{...}, "why", "version"}`` for fix (or the changed fields at the top level),
``{"event": {...}, "why"}`` for add (or the event's fields at the top level).
"""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Request

from cityaid.office.errors import E_, localise

from . import i18n
from .office_routes import _call, _check_csrf, _json_body, _need_user
from .render import JSON
from .review_routes import DECISIONS, doc_url, review_of

router = APIRouter()
META = ("why", "version", "seen_version")


def _decided(request: Request, fn, status: int = 200):  # noqa: ANN001, ANN202
    """The decided event as JSON; a refused evidence answers 422 with its ``reason`` beside the sentence."""
    try:
        return JSON(event_json(_call(fn)), status_code=status)
    except HTTPException as e:
        reason = getattr(e.__cause__, "reason", None)
        if e.status_code != 422 or not isinstance(reason, str):
            raise
        said = localise(e.detail, i18n.translations(i18n.lang_of(request)).gettext)
        return JSON({"detail": said, "reason": reason}, status_code=422)


def event_json(e) -> dict:  # noqa: ANN001 - a ReviewEvent
    return {"id": e.id, "doc": e.doc_id, "state": e.state, "reviewed": e.reviewed, "orphan": e.orphan,
            "version": e.version, "event": e.event, "extracted": e.extracted,
            "span": list(e.span) if e.span else None, "reason": e.reason, "same_as": e.same_as, "who": e.who,
            "at": e.at, "confidence": e.confidence, "ledger_event_id": e.ledger_event_id,
            "can_decide": e.can_decide, "url": f"{doc_url(e.doc_id)}#ev-{e.id}"}


@router.get("/review/api/queue", summary="What is worth reviewing first (documents and events, best first)")
def api_queue(request: Request, place: str | None = Query(None, max_length=200),
              limit: int = Query(50, ge=1, le=1000), doc: str | None = Query(None, max_length=4000)):
    user, _, _ = _need_user(request)
    rows = _call(lambda: review_of(request).queue(user, place=place or None, limit=limit, doc_id=doc or None))
    return JSON({"queue": [{"kind": q.kind, "doc": q.doc_id, "score": q.score, "reason": str(q.reason),
                            "details": [str(d) for d in q.details], "event_id": q.event_id, "fact_id": q.fact_id,
                            "url": doc_url(q.doc_id)} for q in rows]})


@router.get("/review/api/doc/{doc_id:path}", summary="One document: its text and every event with its review state")
def api_doc(request: Request, doc_id: str):
    user, _, _ = _need_user(request)
    d = _call(lambda: review_of(request).doc(user, doc_id))
    return JSON({"doc": d.doc_id, "title": d.title, "published": d.published, "source": d.source, "url": d.url,
                 "reviewed": d.reviewed, "text": d.text, "events": [event_json(e) for e in d.events]})


@router.get("/review/api/event/{event_id}", summary="One review event with its decisions, oldest first")
def api_event(request: Request, event_id: int):
    user, _, _ = _need_user(request)
    rv = review_of(request)
    e = _call(lambda: rv.event(user, event_id))
    hist = _call(lambda: rv.history(user, event_id))
    return JSON({**event_json(e), "history": [{"seq": h.seq, "action": h.action, "who": h.who, "why": h.why,
                                               "data": h.data, "at": h.at} for h in hist]})


def _version(body: dict) -> int | None:
    v = body.get("version", body.get("seen_version"))
    if v is None or v == "":
        return None
    if isinstance(v, bool) or not isinstance(v, (int, str)) or not str(v).isdigit():
        raise HTTPException(422, E_("version: not a number: %(version)s", version=repr(v)))
    return int(v)


@router.post("/review/api/event/{event_id}/{action}",
             summary="Decide on an event: accept, reject ({reason, same_as}), fix ({changes}); {why, version}")
async def api_decide(request: Request, event_id: int, action: str):
    user, csrf, bearer = _need_user(request)
    _check_csrf(csrf, request.headers.get("x-csrf-token"), bearer)
    if action not in DECISIONS:
        raise HTTPException(404, E_("no review decision %(action)s; one of %(v1)s", action=repr(action),
                                    v1=", ".join(DECISIONS)))
    body = await _json_body(request)
    rv = review_of(request)
    seen, why = _version(body), str(body.get("why") or "")
    if action == "accept":
        return _decided(request, lambda: rv.accept(user, event_id, seen_version=seen, why=why))
    if action == "reject":
        same = body.get("same_as")
        if same is not None and (isinstance(same, bool) or not str(same).isdigit()):
            raise HTTPException(422, E_("same as: an event id (a whole number), not %(v)s", v=repr(same)))
        return _decided(request, lambda: rv.reject(user, event_id, str(body.get("reason") or ""), seen_version=seen,
                                                   why=why, same_as=int(same) if same is not None else None))
    changes = body.get("changes")
    if changes is None:
        changes = {k: v for k, v in body.items() if k not in META}
    if not isinstance(changes, dict) or not changes:
        raise HTTPException(422, E_("fix: send the fields to change, as {\"changes\": {\"date\": \"2020-03-05\"}}"))
    return _decided(request, lambda: rv.fix(user, event_id, changes, seen_version=seen, why=why))


@router.post("/review/api/doc/{doc_id:path}/add", status_code=201,
             summary="Add an event the extractor missed ({event: {type, from, to, evidence, ...}, why})")
async def api_add(request: Request, doc_id: str):
    user, csrf, bearer = _need_user(request)
    _check_csrf(csrf, request.headers.get("x-csrf-token"), bearer)
    body = await _json_body(request)
    event = body.get("event")
    if event is None:
        event = {k: v for k, v in body.items() if k not in META}
    if not isinstance(event, dict):
        raise HTTPException(422, E_("the body must be a JSON object"))
    return _decided(request, lambda: review_of(request).add(user, doc_id, event, why=str(body.get("why") or "")),
                    status=201)
