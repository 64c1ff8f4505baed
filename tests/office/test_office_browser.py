"""In a real headless Chromium: log in, record a shipment and its receipt through the forms, see it on the pair page.

Debian's /usr/bin/chromium driven by Playwright (never ``playwright install``);
skipped cleanly when either is missing.  The server is uvicorn in a thread,
as in ``tests/web/test_web_browser.py``; cookies are not ``Secure`` here
because the test server speaks plain http (``CITYAID_COOKIE_SECURE=0``).
"""
from __future__ import annotations

import pytest

from browser_support import chromium, screenshot, serve
from office_story import PASSWORD, POEM

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def served(tmp_path, monkeypatch):
    from cityaid.ledger import Ledger
    from cityaid.office import Accounts, Office
    from cityaid.web import create_app

    monkeypatch.setenv("CITYAID_COOKIE_SECURE", "0")
    ledger = Ledger(str(tmp_path / "browser.db"))
    zj = Accounts(ledger).add_user("zj", PASSWORD, "editor", ["镇江"])
    office = Office(ledger)
    req = office.create(zj, "request", {"from": "曼海姆", "lines": [{"item": "口罩", "quantity": 20000}]})
    pledge = office.create(zj, "pledge", {"request_id": req.id, "lines": [{"item": "mask", "quantity": 20000}]})
    with serve(create_app(ledger)) as base:
        yield base, pledge.id, office, zj
    ledger.close()


def test_record_a_shipment_in_the_browser(browser, served):
    base, pledge_id, office, zj = served
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        pg.goto(base + "/office")
        assert "/office/login" in pg.url
        pg.fill("#name", "zj")
        pg.fill("#password", PASSWORD)
        pg.click("button:has-text('Log in')")
        pg.wait_for_url(base + "/office")
        pg.goto(f"{base}/office/record/{pledge_id}")
        pg.click("text=Ship against this pledge")
        assert pg.input_value("#f-pledge_id") == str(pledge_id)
        pg.fill("#f-date", "2020-03-10")
        pg.fill("#f-waybill", "SF1234567")
        pg.fill("#f-carrier", "SF Express")
        pg.fill("#f-inscription", POEM)
        pg.fill("#f-lines", "口罩 20000 piece")
        pg.click("#record-form button[type=submit]")
        pg.wait_for_url("**/office/record/*")
        assert pg.get_attribute("#status", "title") == "sent"
        assert POEM in pg.text_content(".f-inscription")
        ship_id = int(pg.url.rsplit("/", 1)[1])
        pg.fill("#receive-form input.received", "18000")
        pg.fill("#receive-form input[name=why]", "2,000 held at customs")
        pg.click("#receive-form button[type=submit]")
        pg.wait_for_load_state()
        assert pg.get_attribute("#status", "title") == "partly_received"
        pg.click("#publish-form button")
        pg.wait_for_selector("#pair-link")
        pg.click("#pair-link")
        pg.wait_for_url("**/pair/**")
        body = pg.text_content("body")
        assert "2020-03-10" in body and ("20,000" in body or "20000" in body) and "mask" in body
        screenshot(pg, "office-pair")
        rec = office.get(zj, ship_id)
        assert rec.published and rec.state["lines"][0]["received"] == 18000
        assert [e.action for e in office.history(zj, ship_id)] == ["create", "receive", "publish"]
        assert not errors, errors
    finally:
        ctx.close()
