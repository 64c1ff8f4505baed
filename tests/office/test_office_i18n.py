"""The office pages in 简体中文: record statuses, history actions, roles and refusals come from the catalogue too."""
from __future__ import annotations

import html

from office_story import PASSWORD
from office_webclient import client, login


def _shipment(office, zj):
    req = office.create(zj, "request", {"from": "曼海姆", "lines": [{"item": "mask", "quantity": 100}]})
    pledge = office.create(zj, "pledge", {"request_id": req.id, "lines": [{"item": "mask", "quantity": 100}]})
    ship = office.create(zj, "shipment", {"pledge_id": pledge.id, "lines": [{"item": "mask", "sent": 50}]})
    office.act(zj, ship.id, "status", {"status": "in_transit"})
    return req, ship


def test_statuses_actions_and_roles_in_chinese(ledger, office, users):
    req, ship = _shipment(office, users["zj"])
    c = client(ledger)
    login(c, "zj", PASSWORD)
    page = c.get(f"/office/record/{ship.id}?lang=zh").text
    assert 'id="status" title="in_transit">运输中</span>' in page
    assert "（编辑）" in page or "(编辑)" in page  # the role beside the user's name
    assert ">设定状态</td>" in page and ">创建</td>" in page  # the history's actions
    assert '<option value="in_transit" selected>运输中</option>' in page
    assert '<td title="mask">口罩</td><td title="piece">件</td>' in page  # the lines: items and units in words
    listing = c.get("/office").text
    assert "<td>运输中</td>" in listing and "<td>待处理</td>" in listing and "in_transit" not in listing
    en = c.get(f"/office/record/{ship.id}?lang=en").text
    assert ">in transit</span>" in en and "(editor)" in en and ">status set</td>" in en


def test_refusals_in_chinese(ledger, office, users):
    _req, ship = _shipment(office, users["zj"])
    c = client(ledger)
    csrf = login(c, "zj", PASSWORD)
    c.get("/office?lang=zh")
    page = c.get(f"/office/record/{ship.id}").text
    version = int(page.split('name="version" value="', 1)[1].split('"', 1)[0])
    bad = c.post(f"/office/record/{ship.id}/status", data={"csrf": csrf, "version": version, "status": "lost"})
    assert bad.status_code == 422
    assert "status：应为 sent, in_transit 之一，而不是 'lost'" in html.unescape(bad.text)
    stale = c.post(f"/office/record/{ship.id}/edit", data={"csrf": csrf, "version": version - 1, "note": "x"})
    assert stale.status_code == 409 and "已被他人修改" in html.unescape(stale.text)
    assert "您提交的内容仍在下面的表单中" in html.unescape(stale.text)
    missing = c.get("/office/record/99999")
    assert missing.status_code == 404 and "没有记录 99999" in missing.text
    # the office API answers in the asked language as well; with none asked, English as before
    c.cookies.delete("cityaid_lang")
    r = c.get("/office/record/99999", headers={"accept": "application/json"})
    assert r.status_code == 404 and r.json()["detail"] == "no record 99999"
