"""Who may review what, on the pages and the API: viewer 403, editor of another place 403/404, CSRF, evidence, stale forms."""
from __future__ import annotations

import html

import pytest

from review_support import (MISSED, WX_DOC, ZJ_DOC, bearer, build_ledger, client, csrf_of, find, fresh_copy,
                            login)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
HTML = {"accept": "text/html", "accept-language": "en"}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> str:
    return build_ledger(tmp_path_factory.mktemp("review-prepared"))


@pytest.fixture
def ledger(prepared, tmp_path):
    from cityaid.ledger import Ledger

    with Ledger(fresh_copy(prepared, tmp_path)) as lg:
        yield lg


def _events(c, doc, headers):
    r = c.get(f"/review/api/doc/{doc}", headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["events"]


def test_not_logged_in(ledger):
    c = client(ledger)
    r = c.get("/review", headers=HTML)
    assert r.status_code == 303 and r.headers["location"] == "/review/login"
    assert c.get("/review/api/queue").status_code == 401
    assert c.post("/review/api/event/1/accept", json={}).status_code == 401
    assert c.get("/review/api/queue", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_viewer_gets_403(ledger):
    c = client(ledger)
    login(c, "viewer")
    assert c.get("/review", headers=HTML).status_code == 403
    assert c.get(f"/review/doc/{ZJ_DOC}", headers=HTML).status_code == 403
    viewer = bearer(ledger, "viewer")
    ev = find(_events(c, ZJ_DOC, viewer), "4月10日")
    assert not ev["can_decide"]
    for action, body in (("accept", {}), ("reject", {"reason": "plan"}), ("fix", {"changes": {"date": "2020-04-11"}})):
        r = c.post(f"/review/api/event/{ev['id']}/{action}", json=body, headers=viewer)
        assert r.status_code == 403, (action, r.text)
    r = c.post(f"/review/api/doc/{ZJ_DOC}/add", headers=viewer,
               json={"event": {"type": "donation", "from": ["镇江"], "to": ["曼海姆"], "evidence": MISSED[ZJ_DOC]}})
    assert r.status_code == 403
    assert find(_events(c, ZJ_DOC, viewer), "4月10日")["state"] == "pending"  # nothing stored


def test_editor_of_another_place_is_refused(ledger):
    wx = bearer(ledger, "wx")
    c = client(ledger)
    ev = find(_events(c, ZJ_DOC, wx), "4月8日")
    assert not ev["can_decide"]
    r = c.post(f"/review/api/event/{ev['id']}/accept", json={}, headers=wx)
    assert r.status_code in (403, 404)
    r = c.post(f"/review/api/doc/{ZJ_DOC}/add", headers=wx, json={"event": {
        "type": "donation", "from": ["曼海姆"], "to": ["镇江"], "evidence": MISSED[ZJ_DOC]}})
    assert r.status_code in (403, 404)
    # the forms refuse the same, and the page draws no buttons on 镇江's events for 无锡's editor
    csrf = login(c, "wx")
    page = c.get(f"/review/doc/{ZJ_DOC}", headers=HTML)
    assert page.status_code == 200
    assert f'/review/event/{ev["id"]}/accept' not in page.text
    r = c.post(f"/review/event/{ev['id']}/accept", data={"csrf": csrf}, headers=HTML)
    assert r.status_code in (403, 404)
    assert find(_events(c, ZJ_DOC, wx), "4月8日")["state"] == "pending"
    # its own place: fine
    own = find(_events(c, WX_DOC, wx), "3月13日")
    assert own["can_decide"]
    assert c.post(f"/review/event/{own['id']}/accept", data={"csrf": csrf, "version": own["version"]},
                  headers=HTML).status_code == 303


def test_missing_or_wrong_csrf_is_403(ledger):
    c = client(ledger)
    csrf = login(c, "zj")
    ev = find(_events(c, ZJ_DOC, bearer(ledger, "zj")), "4月10日")
    for data in ({}, {"csrf": "forged"}, {"csrf": ""}):
        r = c.post(f"/review/event/{ev['id']}/accept", data=data, headers=HTML)
        assert r.status_code == 403, data
    r = c.post(f"/review/doc/{ZJ_DOC}/add", data={"type": "donation", "evidence": MISSED[ZJ_DOC]}, headers=HTML)
    assert r.status_code == 403
    # the API with a session cookie needs the header; with it, the decision goes through
    assert c.post(f"/review/api/event/{ev['id']}/accept", json={}).status_code == 403
    r = c.post(f"/review/api/event/{ev['id']}/accept", json={}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200 and r.json()["state"] == "accepted"
    # log-in itself refuses a form without its token
    c2 = client(ledger)
    assert c2.post("/review/login", data={"name": "zj", "password": "x"}).status_code == 403


def test_fix_with_evidence_not_in_the_document_is_422_with_the_reason(ledger):
    zj = bearer(ledger, "zj")
    c = client(ledger)
    ev = find(_events(c, ZJ_DOC, zj), "4月8日")
    r = c.post(f"/review/api/event/{ev['id']}/fix", headers=zj,
               json={"changes": {"evidence": "4月8日，镇江市向曼海姆市捐赠了一百万只口罩"}, "version": ev["version"]})
    assert r.status_code == 422
    assert r.json()["reason"] == "not_in_document" and "verbatim" in r.json()["detail"]
    # the form says the same, keeps what was typed, and nothing changed
    csrf = login(c, "zj")
    r = c.post(f"/review/event/{ev['id']}/fix", headers=HTML, data={
        "csrf": csrf, "version": ev["version"], "type": "donation", "from": "CN/Zhenjiang", "to": "DE/Mannheim",
        "date": "2020-04-08", "date_qualifier": "on", "items": "mask 30000 piece\nprotective_suit 200 set",
        "evidence": "曼海姆收到了一百万只口罩"})
    assert r.status_code == 422
    said = html.unescape(r.text)
    assert "verbatim" in said and "曼海姆收到了一百万只口罩" in said
    after = find(_events(c, ZJ_DOC, zj), "4月8日")
    assert after["state"] == "pending" and after["version"] == ev["version"]


def test_stale_form_is_409_and_keeps_what_was_typed(ledger):
    c = client(ledger)
    csrf = login(c, "zj")
    zj = bearer(ledger, "zj")
    ev = find(_events(c, ZJ_DOC, zj), "4月8日")
    seen = ev["version"]
    # someone else decides first
    assert c.post(f"/review/api/event/{ev['id']}/accept", json={"version": seen}, headers=zj).status_code == 200
    r = c.post(f"/review/event/{ev['id']}/fix", headers=HTML, data={
        "csrf": csrf, "version": seen, "type": "donation", "from": "CN/Zhenjiang", "to": "DE/Mannheim",
        "date": "2020-04-09", "date_qualifier": "on", "items": "mask 35000 piece\nprotective_suit 200 set",
        "evidence": ev["event"]["evidence"], "why": "the page misread the day"})
    assert r.status_code == 409
    said = html.unescape(r.text)
    assert "changed by someone else" in said and "still in the form" in said
    assert "mask 35000 piece" in said and "the page misread the day" in said
    api = c.post(f"/review/api/event/{ev['id']}/reject", json={"reason": "plan", "version": seen}, headers=zj)
    assert api.status_code == 409
    assert find(_events(c, ZJ_DOC, zj), "4月8日")["state"] == "accepted"


def test_hostile_text_in_a_decision_is_shown_not_run(ledger):
    c = client(ledger)
    csrf = login(c, "zj")
    zj = bearer(ledger, "zj")
    ev = find(_events(c, ZJ_DOC, zj), "2019年5月")
    r = c.post(f"/review/event/{ev['id']}/reject", headers=HTML, data={
        "csrf": csrf, "version": ev["version"], "reason": "other", "why": "<script>alert(1)</script> old gift"})
    assert r.status_code == 303
    page = c.get(f"/review/doc/{ZJ_DOC}", headers=HTML).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert csrf_of(page) == csrf


def test_log_out(ledger):
    c = client(ledger)
    csrf = login(c, "zj")
    assert c.post("/review/logout", data={}, headers=HTML).status_code == 403  # no token: stays logged in
    r = c.post("/review/logout", data={"csrf": csrf}, headers=HTML)
    assert r.status_code == 303 and r.headers["location"] == "/review/login"
    assert c.get("/review", headers=HTML).headers["location"] == "/review/login"
