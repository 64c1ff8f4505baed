"""Every operation through the record page's forms: edit, status, withdraw, cancel, receive, stock, publish.

Each goes through the CSRF flow a browser uses (log in, read the token from
the page, post it back) and the same ``Office.act`` as the API, so the same
answers: 303 done, 409 stale (message shown, the typed text kept), 403 / 404
for another place's records.
"""
from __future__ import annotations

import html
import re

from office_story import PASSWORD, run_story
from office_webclient import client, login

VERSION_RE = re.compile(r'name="version" value="(\d+)"')


def _version(c, rid) -> int:
    return int(VERSION_RE.search(c.get(f"/office/record/{rid}").text).group(1))


def _post(c, csrf, rid, action, **data):
    return c.post(f"/office/record/{rid}/{action}", data={"csrf": csrf, "version": _version(c, rid), **data})


def test_edit_form_and_stale_version(ledger, office, users):
    r = run_story(office, users["zj"])
    sid = r["shipment"].id
    c = client(ledger)
    csrf = login(c, "zj", PASSWORD)
    page = c.get(f"/office/record/{sid}").text
    assert 'id="edit-form"' in page and 'name="waybill"' in page and 'value="SF1234567"' in page
    seen = _version(c, sid)
    ok = c.post(f"/office/record/{sid}/edit", data={"csrf": csrf, "version": seen, "carrier": "EMS",
                                                    "why": "carrier corrected"})
    assert ok.status_code == 303
    rec = office.get(users["zj"], sid)
    assert rec.state["carrier"] == "EMS" and rec.state["waybill"] == "SF1234567"  # fields not sent are kept
    assert office.history(users["zj"], sid)[-1].why == "carrier corrected"
    # a second form, loaded before that edit, is stale: 409, a clear message, the typed text still in the form
    stale = c.post(f"/office/record/{sid}/edit", data={"csrf": csrf, "version": seen,
                                                       "note": "typed on an old page"})
    assert stale.status_code == 409
    text = html.unescape(stale.text)
    assert "changed by someone else" in text and "still in the form" in text
    assert "typed on an old page" in text
    assert office.get(users["zj"], sid).version == rec.version  # nothing stored
    assert office.get(users["zj"], sid).state["note"] == ""


def test_status_withdraw_cancel_forms(ledger, office, users):
    zj = users["zj"]
    req = office.create(zj, "request", {"from": "曼海姆", "lines": [{"item": "mask", "quantity": 100}]})
    pledge = office.create(zj, "pledge", {"request_id": req.id, "lines": [{"item": "mask", "quantity": 100}]})
    ship = office.create(zj, "shipment", {"pledge_id": pledge.id, "lines": [{"item": "mask", "sent": 50}]})
    c = client(ledger)
    csrf = login(c, "zj", PASSWORD)
    assert 'id="status-form"' in c.get(f"/office/record/{ship.id}").text
    assert _post(c, csrf, ship.id, "status", status="in_transit").status_code == 303
    assert office.get(zj, ship.id).status == "in_transit"
    bad = _post(c, csrf, ship.id, "status", status="lost")
    assert bad.status_code == 422 and "status: one of sent, in_transit" in html.unescape(bad.text)
    assert _post(c, csrf, ship.id, "receive", item="mask", received="50").status_code == 303
    assert office.get(zj, ship.id).status == "received"
    # withdraw and cancel need a reason; the form says so and stores nothing without one
    assert 'id="cancel-form"' in c.get(f"/office/record/{pledge.id}").text
    no_why = _post(c, csrf, pledge.id, "cancel", why="")
    assert no_why.status_code == 422 and "say why" in no_why.text
    assert _post(c, csrf, pledge.id, "cancel", why="the rest went by train").status_code == 303
    assert office.get(zj, pledge.id).status == "cancelled"
    assert 'id="cancel-form"' not in c.get(f"/office/record/{pledge.id}").text
    assert 'id="withdraw-form"' in c.get(f"/office/record/{req.id}").text
    assert _post(c, csrf, req.id, "withdraw", why="covered by the province").status_code == 303
    assert office.get(zj, req.id).status == "withdrawn"
    assert [e.action for e in office.history(zj, req.id)][-1] == "withdraw"


def test_stock_forms(ledger, office, users):
    zj = users["zj"]
    c = client(ledger)
    csrf = login(c, "zj", PASSWORD)
    new = c.post("/office/new/stock", data={"csrf": csrf, "location": "Warehouse 3", "lines": "口罩 5000 piece"})
    assert new.status_code == 303, new.text
    sid = int(new.headers["location"].rsplit("/", 1)[1])
    req = office.create(zj, "request", {"from": "曼海姆", "lines": [{"item": "mask", "quantity": 8000}]})
    pledge = office.create(zj, "pledge", {"request_id": req.id, "lines": [{"item": "mask", "quantity": 3000}]})
    assert _post(c, csrf, sid, "add", lines="mask 1000").status_code == 303
    assert _post(c, csrf, sid, "allocate", record=str(pledge.id), lines="mask 3000").status_code == 303
    too_much = _post(c, csrf, sid, "allocate", record=str(pledge.id), lines="mask 3001")
    assert too_much.status_code == 422 and "only 3000 mask free" in too_much.text
    assert "mask 3001" in too_much.text  # the typed lines stay in the form
    assert _post(c, csrf, sid, "release", record=str(pledge.id), lines="mask 1000").status_code == 303
    rec = office.get(zj, sid)
    assert rec.state["lines"][0]["quantity"] == 6000 and rec.state["allocated"] == {"mask": 2000}
    page = c.get(f"/office/record/{sid}").text
    assert 'id="publish-form"' not in page and 'id="allocations"' in page
    # the request's page lists the pledge and the free stock that could meet it, and what is short
    req_page = c.get(f"/office/record/{req.id}").text
    assert f'href="/office/record/{sid}">stock {sid}</a> (4000 at Warehouse 3)' in req_page
    assert f'pledge {pledge.id}</a> (3000 left)' in req_page
    assert '<td class="short">1000</td>' in req_page  # 8000 - 3000 pledged - 4000 free


def test_forms_refuse_another_places_editor(ledger, office, users):
    r = run_story(office, users["zj"])
    sid = r["shipment"].id
    c = client(ledger)
    csrf = login(c, "wx", PASSWORD)
    # unpublished: 无锡 cannot see it at all
    for action, data in (("edit", {"note": "mine"}), ("status", {"status": "sent"}),
                         ("withdraw", {"why": "x"}), ("cancel", {"why": "x"})):
        rid = {"withdraw": r["request"].id, "cancel": r["pledge"].id}.get(action, sid)
        assert c.post(f"/office/record/{rid}/{action}", data={"csrf": csrf, **data}).status_code == 404
    office.publish(users["zj"], sid)
    page = c.get(f"/office/record/{sid}").text
    assert 'id="edit-form"' not in page  # readable now, but offers no change
    refused = c.post(f"/office/record/{sid}/edit", data={"csrf": csrf, "note": "mine", "version": 99})
    assert refused.status_code == 403
    v = office.get(users["zj"], sid)
    assert v.state["note"] == "" and "mine" not in [e.data.get("note") for e in office.history(users["zj"], sid)]
    viewer = client(ledger)
    vcsrf = login(viewer, "viewer", PASSWORD)
    assert viewer.post(f"/office/record/{sid}/edit", data={"csrf": vcsrf, "note": "x"}).status_code == 403
    # and every action form checks the CSRF token
    zj = client(ledger)
    login(zj, "zj", PASSWORD)
    assert zj.post(f"/office/record/{sid}/edit", data={"csrf": "forged", "note": "x"}).status_code == 403
