"""The review's JSON API with bearer tokens: queue, a document, accept / reject / fix / add, and the ledger after.

On SQLite, and on PostgreSQL too where ``CITYAID_TEST_PG_URL`` is set (``scripts/test.sh`` starts one).
"""
from __future__ import annotations

import pytest

from pg_support import BACKENDS, pg_schema_url
from review_support import MISSED, WX_DOC, ZJ_DOC, bearer, build_ledger, client, find, fresh_copy

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> str:
    return build_ledger(tmp_path_factory.mktemp("review-api"))


@pytest.fixture(params=BACKENDS)
def ledger(request, prepared, tmp_path):
    from cityaid.ledger import Ledger

    if request.param == "sqlite":
        with Ledger(fresh_copy(prepared, tmp_path)) as lg:
            yield lg
        return
    with pg_schema_url() as url:
        with Ledger(build_ledger(tmp_path, url)) as lg:
            yield lg


def test_queue_and_doc(ledger):
    c = client(ledger)
    admin = bearer(ledger, "admin")
    q = c.get("/review/api/queue", headers=admin)
    assert q.status_code == 200
    rows = q.json()["queue"]
    assert rows and {r["doc"] for r in rows} <= {ZJ_DOC, WX_DOC}
    assert all(r["kind"] in ("unsure", "likely_miss", "disagreement", "aggregate_gap") for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert all(r["url"].startswith("/review/doc/") for r in rows)
    # an editor's queue is its places'
    zj_rows = c.get("/review/api/queue", headers=bearer(ledger, "zj")).json()["queue"]
    assert zj_rows and {r["doc"] for r in zj_rows} == {ZJ_DOC}
    d = c.get(f"/review/api/doc/{ZJ_DOC}", headers=admin).json()
    assert d["doc"] == ZJ_DOC and "曼海姆" in d["text"]
    for e in d["events"]:
        s, t = e["span"]
        assert d["text"][s:t] == e["event"]["evidence"]
        assert e["state"] == "pending" and e["can_decide"] and e["version"] >= 0
    assert c.get("/review/api/doc/no_such_doc.txt", headers=admin).status_code == 404
    assert c.post("/review/api/event/999999/accept", json={}, headers=admin).status_code == 404
    assert c.post("/review/api/event/1/promote", json={}, headers=admin).status_code == 404


def test_every_decision_through_the_api(ledger):
    c = client(ledger)
    zj = bearer(ledger, "zj")
    events = c.get(f"/review/api/doc/{ZJ_DOC}", headers=zj).json()["events"]
    letter, gift, old = find(events, "4月10日"), find(events, "4月8日"), find(events, "2019年5月")

    r = c.post(f"/review/api/event/{letter['id']}/accept", json={"version": letter["version"]}, headers=zj)
    assert r.status_code == 200 and r.json()["state"] == "accepted" and r.json()["version"] > letter["version"]

    r = c.post(f"/review/api/event/{gift['id']}/fix", headers=zj, json={
        "changes": {"date": "2020-04-09", "items": ["mask:35000:piece", "protective_suit:200:set"]},
        "why": "the report's own correction", "version": gift["version"]})
    assert r.status_code == 200, r.text
    fixed = r.json()
    assert fixed["state"] == "fixed" and fixed["event"]["date"]["value"] == "2020-04-09"
    assert {(i["item"], i["quantity"]) for i in fixed["event"]["items"]} == {("mask", 35000), ("protective_suit", 200)}

    r = c.post(f"/review/api/event/{old['id']}/reject", json={"reason": "not_an_event", "why": "2019, before the pandemic"},
               headers=zj)
    assert r.status_code == 200 and r.json()["state"] == "rejected" and r.json()["reason"] == "not_an_event"

    r = c.post(f"/review/api/doc/{ZJ_DOC}/add", headers=zj, json={"event": {
        "type": "donation", "from": ["曼海姆"], "to": ["镇江"], "items": [{"item": "glove", "quantity": 2000, "unit": "pair"}],
        "date": {"value": "2020-04", "qualifier": "approx"}, "evidence": MISSED[ZJ_DOC]}, "why": "missed"})
    assert r.status_code == 201, r.text
    added = r.json()
    assert added["state"] == "added" and added["event"]["evidence"] == MISSED[ZJ_DOC]
    assert [x["key"] for x in added["event"]["from"]] == ["DE/Mannheim"]

    # the history of each decision, and the ledger's events and facts afterwards
    h = c.get(f"/review/api/event/{gift['id']}", headers=zj).json()["history"]
    assert [x["action"] for x in h][-1] == "fix" and h[-1]["who"] == "zj" and h[-1]["why"] == "the report's own correction"
    listed = c.get(f"/events.json?doc={ZJ_DOC}").json()["rows"]
    assert not any("2019年5月" in r["evidence"] for r in listed)
    assert any(r["date"] == "2020-04-09" and "mask 35,000" in r["items"] for r in listed)
    assert any(MISSED[ZJ_DOC] in r["evidence"] for r in listed)
    doc = c.get(f"/review/api/doc/{ZJ_DOC}", headers=zj).json()
    assert doc["reviewed"] and all(e["state"] != "pending" for e in doc["events"])

    # ?reviewed=1: listings and answers limited to what people reviewed (the Wuxi report nobody touched)
    facts = c.get("/facts.json?reviewed=1").json()["rows"]
    assert facts and all(f["reviewed"] for f in facts) and not any("CN/Wuxi" in f["from"] + f["to"] for f in facts)
    assert c.get("/facts.json").json()["total"] > len(facts)
    events = c.get("/events.json?reviewed=1").json()["rows"]
    assert {e["doc_id"] for e in events} == {ZJ_DOC} and len(events) == 3
    assert c.get("/pair/CN/Wuxi/JP/Toyokawa.json?reviewed=1").json()["report"]["a_to_b"] == []
    assert c.get("/pair/CN/Wuxi/JP/Toyokawa.json").json()["report"]["a_to_b"]
    pair = c.get("/pair/CN/Zhenjiang/DE/Mannheim.json?reviewed=1").json()
    assert [g["items"] for g in pair["flows"] if g["direction"] == "a_to_b"] == [
        [{"item": "mask", "quantity": 35000, "unit": "piece"}, {"item": "protective_suit", "quantity": 200, "unit": "set"}]]
    assert all(g["reviewed"] for g in pair["flows"])
    assert c.get("/place/CN/Wuxi.json?reviewed=1").json()["facts"]["total"] == 0
    assert c.get("/place/CN/Zhenjiang.json?reviewed=1").json()["facts"]["total"] >= 2
    assert c.get("/facts.json?reviewed=maybe").status_code == 422
    html = {"accept": "text/html", "accept-language": "en"}
    page = c.get("/place/CN/Zhenjiang", headers=html).text
    assert 'id="reviewed-filter" href="/place/CN/Zhenjiang?reviewed=1"' in page and "reviewed-mark" in page
    page = c.get("/fact/" + facts[0]["id"], headers=html).text
    assert "reviewed-mark" in page
    page = c.get("/pair/CN/Zhenjiang/DE/Mannheim?reviewed=1", headers=html).text
    assert "<strong>only what people reviewed</strong>" in page and "35,000" in page


def test_api_refusals_say_why(ledger):
    c = client(ledger)
    zj = bearer(ledger, "zj")
    gift = find(c.get(f"/review/api/doc/{ZJ_DOC}", headers=zj).json()["events"], "4月8日")
    url = f"/review/api/event/{gift['id']}"
    assert c.post(url + "/fix", content=b"not json", headers=zj).status_code == 422
    assert c.post(url + "/fix", json={"changes": {}}, headers=zj).status_code == 422
    r = c.post(url + "/fix", json={"changes": {"type": "gift"}}, headers=zj)
    assert r.status_code == 422 and r.json()["detail"]
    r = c.post(url + "/fix", json={"changes": {"to": ["Nowhereville Upon Nothing"]}}, headers=zj)
    assert r.status_code == 422
    assert c.post(url + "/reject", json={"reason": ""}, headers=zj).status_code == 422
    assert c.post(url + "/accept", json={"version": "x"}, headers=zj).status_code == 422
    r = c.post(f"/review/api/doc/{ZJ_DOC}/add", headers=zj, json={"event": {"type": "donation", "from": ["镇江"],
                                                                         "evidence": "镇江向月球捐赠了口罩"}})
    assert r.status_code == 422 and r.json()["reason"] == "not_in_document"
    assert find(c.get(f"/review/api/doc/{ZJ_DOC}", headers=zj).json()["events"], "4月8日")["state"] == "pending"
