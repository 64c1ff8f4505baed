"""Accounts and access: places, roles, CSRF, the log-in rate limit, hostile text — over the API and the forms."""
from __future__ import annotations

import pytest

from office_story import PASSWORD, run_story
from office_webclient import client, csrf_of, login

from cityaid.office import Forbidden, NotFound

HOSTILE = ["'; DROP TABLE office_records; --", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
           "Robert'); DELETE FROM office_users WHERE ('1'='1", "{{ 7*7 }}"]


def _bearer(accounts, name):
    return {"Authorization": "Bearer " + accounts.new_token(name)}


def test_editor_cannot_touch_another_places_records_service(office, users):
    r = run_story(office, users["zj"])
    # not visible to 无锡 before publishing: for them it does not exist
    with pytest.raises(NotFound):
        office.act(users["wx"], r["shipment"].id, "edit", {"note": "mine now"})
    with pytest.raises(NotFound):
        office.get(users["wx"], r["shipment"].id)
    office.publish(users["zj"], r["shipment"].id)
    with pytest.raises(Forbidden):  # published: readable by all, still writable only by its office
        office.act(users["wx"], r["shipment"].id, "edit", {"note": "mine now"})
    with pytest.raises(Forbidden):
        office.create(users["wx"], "request", {"from": "曼海姆", "office": "镇江",
                                                "lines": [{"item": "mask", "quantity": 1}]})
    with pytest.raises(Forbidden):
        office.act(users["viewer"], r["request"].id, "withdraw", {}, "no")
    assert office.get(users["viewer"], r["request"].id).status == "partly_met"  # a viewer reads its place


def test_api_access(ledger, office, accounts, users):
    r = run_story(office, users["zj"])
    c = client(ledger)
    sid = r["shipment"].id
    assert c.get("/office/api/records").status_code == 401
    assert c.get("/office/api/records", headers={"Authorization": "Bearer nope"}).status_code == 401
    wx, zj, viewer = (_bearer(accounts, n) for n in ("wx", "zj", "viewer"))
    assert c.get(f"/office/api/records/{sid}", headers=wx).status_code == 404
    assert c.post(f"/office/api/records/{sid}/edit", json={"note": "x"}, headers=wx).status_code == 404
    assert c.post("/office/api/records/request", headers=wx,
                  json={"from": "曼海姆", "office": "镇江", "lines": [{"item": "mask", "quantity": 5}]}).status_code == 403
    assert c.post(f"/office/api/records/{sid}/edit", json={"note": "x"}, headers=viewer).status_code == 403
    assert c.post("/office/api/records/letter", headers=viewer,
                  json={"to": "曼海姆", "office": "镇江", "text": "hi"}).status_code == 403
    ok = c.post(f"/office/api/records/{sid}/edit", json={"note": "checked"}, headers=zj)
    assert ok.status_code == 200 and ok.json()["state"]["note"] == "checked"
    # negative figures and going over what was sent without a reason are refused, nothing stored
    v = ok.json()["version"]
    bad = c.post(f"/office/api/records/{sid}/receive", headers=zj,
                 json={"lines": [{"item": "mask", "received": -5}]})
    assert bad.status_code == 409 or bad.status_code == 422  # closed shipment / negative
    assert c.get(f"/office/api/records/{sid}", headers=zj).json()["version"] == v
    # stale version: a clear conflict
    stale = c.post(f"/office/api/records/{sid}/edit", json={"data": {"note": "old view"}, "version": v - 1},
                   headers=zj)
    assert stale.status_code == 409 and "changed by someone else" in stale.json()["detail"]
    # after publishing, anyone may read it, still nobody else may write
    c.post(f"/office/api/records/{sid}/publish", json={}, headers=zj)
    assert c.get(f"/office/api/records/{sid}").status_code == 200
    assert c.post(f"/office/api/records/{sid}/edit", json={"note": "x"}, headers=wx).status_code == 403


def test_forms_refuse_other_places_and_missing_csrf(ledger, office, users):
    r = run_story(office, users["zj"])
    c = client(ledger)
    csrf = login(c, "wx", PASSWORD)
    rid = r["request"].id
    assert c.post(f"/office/record/{rid}/withdraw", data={"csrf": csrf, "why": "x"}).status_code == 404
    resp = c.post("/office/new/request", data={"csrf": csrf, "from": "曼海姆", "office": "镇江",
                                               "lines": "mask 10 piece"})
    assert resp.status_code == 403
    c2 = client(ledger)
    csrf2 = login(c2, "zj", PASSWORD)
    # no token, a wrong token, another session's token: all refused, nothing stored
    for data in ({}, {"csrf": "forged"}, {"csrf": csrf}):
        resp = c2.post(f"/office/record/{rid}/withdraw", data={**data, "why": "x"})
        assert resp.status_code == 403 and "CSRF" in resp.text
    assert office.get(users["zj"], rid).status != "withdrawn"
    assert c2.post(f"/office/record/{rid}/withdraw", data={"csrf": csrf2, "why": "x"}).status_code == 303
    assert office.get(users["zj"], rid).status == "withdrawn"
    # API calls with the session cookie need the header too
    assert c2.post(f"/office/api/records/{rid}/edit", json={"note": "n"}).status_code == 403
    assert c2.post(f"/office/api/records/{rid}/edit", json={"note": "n"},
                   headers={"X-CSRF-Token": csrf2}).status_code == 200
    # the log-in form itself: no double-submit token, no log-in
    c3 = client(ledger)
    assert c3.post("/office/login", data={"name": "zj", "password": PASSWORD}).status_code == 403


def test_viewer_cannot_write_through_forms(ledger, office, users):
    r = run_story(office, users["zj"])
    c = client(ledger)
    csrf = login(c, "viewer", PASSWORD)
    assert c.get(f"/office/record/{r['request'].id}").status_code == 200
    assert c.post(f"/office/record/{r['request'].id}/withdraw", data={"csrf": csrf, "why": "x"}).status_code == 403
    assert c.post("/office/new/letter", data={"csrf": csrf, "to": "曼海姆", "office": "镇江"}).status_code == 403


def test_login_rate_limited(ledger, users):
    c = client(ledger)
    for _ in range(5):
        page = c.get("/office/login")
        r = c.post("/office/login", data={"name": "zj", "password": "wrong password", "csrf": csrf_of(page.text)})
        assert r.status_code == 401
    page = c.get("/office/login")
    r = c.post("/office/login", data={"name": "zj", "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert r.status_code == 429  # even the right password, for this name from this address
    # another user from the same address is not locked out
    page = c.get("/office/login")
    r = c.post("/office/login", data={"name": "wx", "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert r.status_code == 303


def test_session_cookie_flags(ledger, users):
    c = client(ledger)
    page = c.get("/office/login")
    r = c.post("/office/login", data={"name": "zj", "password": PASSWORD, "csrf": csrf_of(page.text)})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie


def test_passwords_and_tokens_hashed_at_rest(ledger, accounts, users):
    from sqlalchemy import text

    token = accounts.new_token("zj")
    with ledger.engine.connect() as conn:
        pw = conn.execute(text("SELECT password_hash FROM office_users WHERE name = 'zj'")).scalar()
        tokens = [t for (t,) in conn.execute(text("SELECT token_hash FROM office_tokens"))]
    assert pw.startswith("$argon2id$") and PASSWORD not in pw
    assert token not in tokens and len(tokens[0]) == 64


@pytest.mark.parametrize("evil", HOSTILE)
def test_hostile_text_is_stored_verbatim_and_rendered_escaped(ledger, office, accounts, users, evil):
    c = client(ledger)
    zj = _bearer(accounts, "zj")
    r = c.post("/office/api/records/letter", headers=zj,
               json={"to": "曼海姆", "office": "镇江", "text": evil, "note": evil, "why": evil})
    assert r.status_code == 201, r.text
    rid = r.json()["id"]
    req = c.post("/office/api/records/request", headers=zj,
                 json={"from": "曼海姆", "office": "镇江", "note": evil,
                       "lines": [{"item": evil, "quantity": 3, "unit": evil[:32]}]})
    assert req.status_code == 201, req.text
    m = c.post("/office/api/records/meeting", headers=zj,
               json={"parties": ["曼海姆"], "office": "镇江", "topics": [evil], "participants": [evil],
                     "minutes": evil})
    assert m.status_code == 201
    got = c.get(f"/office/api/records/{rid}", headers=zj).json()
    assert got["state"]["text"] == evil and got["state"]["note"] == evil and got["history"][0]["why"] == evil
    assert c.get(f"/office/api/records/{req.json()['id']}", headers=zj).json()["state"]["lines"][0]["item"] == evil
    csrf = login(c, "zj", PASSWORD)
    for page in (f"/office/record/{rid}", f"/office/record/{req.json()['id']}", f"/office/record/{m.json()['id']}",
                 "/office"):
        html = c.get(page).text
        assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in c.get(f"/office/record/{rid}").text or "<script" not in evil
    # a form submission with the same text is stored verbatim as well
    resp = c.post("/office/new/letter", data={"csrf": csrf, "to": "曼海姆", "office": "镇江", "text": evil})
    assert resp.status_code == 303
    new_id = int(resp.headers["location"].rsplit("/", 1)[1])
    assert office.get(users["zj"], new_id).state["text"] == evil
    assert len(office.records(users["admin"])) == 4  # the tables are all still there
