"""The office's stock and the matching: for each open request, the pledges and free stock that could meet it."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from office_webclient import client

from cityaid.cli import app
from cityaid.ledger.office_sql import OfficeStore, record_events
from cityaid.office import Forbidden, NotFound, OfficeError
from cityaid.office import state as st
from cityaid.office.matching import needs, unmet


def _line(m, item):
    return next(ln for ln in m["lines"] if ln["item"] == item)


def test_stock_matching_and_allocation(ledger, office, users):
    zj = users["zj"]
    stock = office.create(zj, "stock", {"location": "Warehouse 3", "lines": [{"item": "口罩", "quantity": 5000}]})
    assert stock.status == "available" and stock.office == "CN/Zhenjiang" and stock.to_key is None
    wx_stock = office.create(users["wx"], "stock", {"lines": [{"item": "mask", "quantity": 99999}]})
    req = office.create(zj, "request", {"from": "曼海姆", "lines": [{"item": "mask", "quantity": 20000},
                                                                     {"item": "gloves", "quantity": 100}]})
    pledge = office.create(zj, "pledge", {"request_id": req.id, "lines": [{"item": "mask", "quantity": 10000}]})
    offer = office.create(zj, "pledge", {"to": "曼海姆", "lines": [{"item": "mask", "quantity": 2000}]})

    m = needs(office, zj)[0]
    mask = _line(m, "mask")
    assert {c["pledge"] for c in mask["candidates"]} == {pledge.id, offer.id}
    assert mask["stock"] == [{"stock": stock.id, "location": "Warehouse 3", "office": "CN/Zhenjiang", "free": 5000}]
    assert mask["missing"] == 20000 and mask["short"] == 20000 - 10000 - 2000 - 5000
    assert _line(m, "gloves")["short"] == 100 and _line(m, "gloves")["stock"] == []
    # even an admin, who sees 无锡's warehouse, is not offered it for 镇江's request
    assert [c["stock"] for c in _line(needs(office, users["admin"])[0], "mask")["stock"]] == [stock.id]

    # allocated stock is no longer free: it is counted through the pledge, never twice
    office.act(zj, stock.id, "allocate", {"record": pledge.id, "lines": [{"item": "mask", "quantity": 4000}]})
    mask = _line(needs(office, zj)[0], "mask")
    assert mask["stock"][0]["free"] == 1000 and mask["short"] == 20000 - 10000 - 2000 - 1000
    rows = {r["item"]: r for r in unmet(office, zj)}
    assert rows["mask"]["in_stock"] == 1000 and rows["mask"]["short"] == 7000
    # never more than is free, never a negative release, whatever the reason
    with pytest.raises(OfficeError, match="only 1000 mask free"):
        office.act(zj, stock.id, "allocate", {"record": pledge.id, "lines": [{"item": "mask", "quantity": 1001}]},
                   why="urgent")
    with pytest.raises(OfficeError, match="only 4000 mask are allocated"):
        office.act(zj, stock.id, "release", {"record": pledge.id, "lines": [{"item": "mask", "quantity": 4001}]})
    with pytest.raises(OfficeError, match="negative"):
        office.act(zj, stock.id, "add", {"lines": [{"item": "mask", "quantity": -5}]})
    with pytest.raises(OfficeError, match="holds no"):
        office.act(zj, stock.id, "allocate", {"record": pledge.id, "lines": [{"item": "gloves", "quantity": 1}]})
    # only to a pledge or shipment of the same office, that this user sees
    with pytest.raises(NotFound):
        office.act(zj, stock.id, "allocate", {"record": req.id, "lines": [{"item": "mask", "quantity": 1}]})
    wx_pledge = office.create(users["wx"], "pledge", {"to": "曼海姆", "lines": [{"item": "mask", "quantity": 1}]})
    with pytest.raises(NotFound):
        office.act(zj, stock.id, "allocate", {"record": wx_pledge.id, "lines": [{"item": "mask", "quantity": 1}]})
    with pytest.raises(OfficeError, match="not by this stock's office"):
        office.act(users["admin"], stock.id, "allocate",
                   {"record": wx_pledge.id, "lines": [{"item": "mask", "quantity": 1}]})
    with pytest.raises(NotFound):
        office.get(zj, wx_stock.id)
    with pytest.raises(Forbidden):
        office.act(users["viewer"], stock.id, "add", {"lines": [{"item": "mask", "quantity": 1}]})
    with pytest.raises(OfficeError, match="not published"):
        office.publish(zj, stock.id)

    office.act(zj, stock.id, "add", {"lines": [{"item": "gloves", "quantity": 100, "unit": "pair"}]})
    office.act(zj, stock.id, "release", {"record": pledge.id, "lines": [{"item": "mask", "quantity": 4000}]},
               why="pledge shipped from the factory instead")
    done = office.act(zj, stock.id, "allocate", {"record": pledge.id, "lines": [{"item": "mask", "quantity": 5000}]})
    assert done.state["allocated"]["mask"] == 5000 and done.status == "available"  # gloves are still free
    assert _line(needs(office, zj)[0], "gloves")["short"] == 0
    with OfficeStore(ledger.engine).tx() as s:  # the cached state is the fold of the log
        evs = record_events(s, stock.id)
    assert st.fold((e.action, e.data, e.why) for e in evs) == office.get(zj, stock.id).state
    assert [e.action for e in evs] == ["create", "allocate", "add", "release", "allocate"]


def test_stock_over_the_api(ledger, office, accounts, users):
    c = client(ledger)
    zj = {"Authorization": "Bearer " + accounts.new_token("zj")}
    s = c.post("/office/api/records/stock", headers=zj, json={"location": "Depot", "lines": [
        {"item": "mask", "quantity": 300}]})
    assert s.status_code == 201, s.text
    req = c.post("/office/api/records/request", headers=zj, json={"from": "曼海姆", "lines": [
        {"item": "mask", "quantity": 1000}]}).json()
    p = c.post("/office/api/records/pledge", headers=zj, json={"request_id": req["id"], "lines": [
        {"item": "mask", "quantity": 500}]}).json()
    sid, v = s.json()["id"], s.json()["version"]
    got = c.post(f"/office/api/records/{sid}/allocate", headers=zj,
                 json={"data": {"record": p["id"], "lines": [{"item": "mask", "quantity": 100}]}, "version": v})
    assert got.status_code == 200 and got.json()["state"]["allocated"] == {"mask": 100}
    stale = c.post(f"/office/api/records/{sid}/add", headers=zj,
                   json={"data": {"lines": [{"item": "mask", "quantity": 1}]}, "version": v})
    assert stale.status_code == 409
    assert c.post(f"/office/api/records/{sid}/allocate", headers=zj, json={"data": {
        "record": p["id"], "lines": [{"item": "mask", "quantity": 201}]}}).status_code == 422
    body = c.get("/office/api/needs", headers=zj).json()
    assert body["needs"][0]["in_stock"] == 200 and body["needs"][0]["short"] == 1000 - 500 - 200
    line = body["requests"][0]["lines"][0]
    assert line["stock"][0]["stock"] == sid and line["candidates"][0]["pledge"] == p["id"]


def test_stock_cli(office_url):
    run = CliRunner().invoke
    db = ["--db", office_url]

    def j(*args):
        res = run(app, [*args, *db, "--json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.output)

    s = j("office", "stock", "new", "--office", "镇江", "--location", "Warehouse 3", "--line", "口罩:5000:piece")
    assert s["kind"] == "stock" and s["status"] == "available"
    req = j("office", "request", "--from", "曼海姆", "--office", "镇江", "--line", "mask:9000")
    p = j("office", "pledge", "--request", str(req["id"]), "--line", "mask:3000")
    j("office", "stock", "add", str(s["id"]), "--line", "mask:1000")
    j("office", "stock", "allocate", str(s["id"]), "--to", str(p["id"]), "--line", "mask:2000")
    over = run(app, ["office", "stock", "allocate", str(s["id"]), "--to", str(p["id"]), "--line", "mask:4001", *db])
    assert over.exit_code == 1 and "only 4000 mask free" in over.output
    rel = run(app, ["office", "stock", "release", str(s["id"]), "--to", str(p["id"]), "--line", "mask:2001", *db])
    assert rel.exit_code == 1 and "only 2000 mask are allocated" in rel.output
    listed = j("office", "stock", "list")
    assert listed[0]["free"] == {"mask": 4000}
    assert [(n["item"], n["missing"], n["in_stock"], n["short"]) for n in j("needs")] == [("mask", 9000, 4000, 2000)]
    edited = j("office", "edit", str(s["id"]), "--set", "location=Warehouse 4", "--why", "moved")
    assert edited["state"]["location"] == "Warehouse 4"
    stale = run(app, ["office", "edit", str(s["id"]), "--set", "note=x", "--version", "1", *db])
    assert stale.exit_code == 1 and "changed by someone else" in stale.output
    assert "mask: 4000 free at Warehouse 4" in run(app, ["office", "stock", "list", *db]).output
