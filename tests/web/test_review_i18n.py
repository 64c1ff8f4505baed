"""The review pages in 简体中文 and English, refusals included (the service's messages go through the catalogue)."""
from __future__ import annotations

import html

import pytest

from review_support import ZJ_DOC, bearer, build_ledger, client, find, login

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    from cityaid.ledger import Ledger

    with Ledger(build_ledger(tmp_path_factory.mktemp("review-i18n"))) as lg:
        yield lg


def test_pages_in_both_languages(ledger):
    c = client(ledger)
    r = c.get("/review/login?lang=zh", headers={"accept": "text/html"})
    assert "审核登录" in r.text and "密码" in r.text
    login(c, "zj")
    r = c.get("/review", headers={"accept": "text/html"})
    assert "审核队列" in r.text
    r = c.get(f"/review/doc/{ZJ_DOC}", headers={"accept": "text/html"})
    assert r.status_code == 200 and "接受" in r.text and "驳回" in r.text and "修正" in r.text
    r = c.get(f"/review/doc/{ZJ_DOC}?lang=en", headers={"accept": "text/html"})
    assert "Accept" in r.text and "Reject the event" in r.text and "接受" not in r.text


def test_refusals_in_the_readers_language(ledger):
    c = client(ledger)
    zj = bearer(ledger, "zj")
    ev = find(c.get(f"/review/api/doc/{ZJ_DOC}", headers=zj).json()["events"], "4月8日")
    r = c.post(f"/review/api/event/{ev['id']}/fix?lang=zh", headers=zj,
               json={"changes": {"evidence": "镇江向火星捐赠了口罩"}})
    assert r.status_code == 422 and r.json()["reason"] == "not_in_document"
    assert "不是" in r.json()["detail"] and "原文片段" in r.json()["detail"]
    csrf = login(c, "zj")
    r = c.post(f"/review/event/{ev['id']}/reject?lang=zh", headers={"accept": "text/html"},
               data={"csrf": csrf, "reason": "same_as", "same_as": "x"})
    assert r.status_code == 422 and "相同事件：应为事件编号" in html.unescape(r.text)
    c.cookies.clear()
    viewer = client(ledger)
    login(viewer, "viewer")
    r = viewer.get("/review?lang=zh", headers={"accept": "text/html"})
    assert r.status_code == 403 and "查看者不能审核" in r.text
