"""Reviewing in a real headless Chromium (Debian's /usr/bin/chromium through Playwright, never downloaded).

One document by keyboard alone (a accept, e fix, x reject, c add, j/k, n), one by mouse (buttons, and
selecting words to add the event the extractor missed, the form prefilled by the extractor); then the
ledger's pair and place pages show the fixed figures and the "reviewed" mark.  Screenshots land in
``test-artifacts/``.
"""
from __future__ import annotations

import pytest

from browser_support import screenshot, serve, watched_page
from review_support import MISSED, PASSWORD, WX_DOC, ZJ_DOC, build_ledger

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from cityaid.ledger import Ledger
    from cityaid.web import create_app

    mp = pytest.MonkeyPatch()
    mp.setenv("CITYAID_COOKIE_SECURE", "0")  # the test server speaks plain http
    ledger = Ledger(build_ledger(tmp_path_factory.mktemp("review-browser")))
    with serve(create_app(ledger)) as url:
        yield url
    ledger.close()
    mp.undo()


def _login(pg, base: str, name: str) -> None:
    pg.goto(base + "/review?lang=en")
    assert "/review/login" in pg.url
    pg.fill("#name", name)
    pg.fill("#password", PASSWORD)
    pg.click("button:has-text('Log in')")
    pg.wait_for_url(base + "/review")


def _card(pg, words: str):
    return pg.locator("article.rv-card", has=pg.locator(".rv-evidence", has_text=words))


def _current_id(pg) -> str:
    return pg.locator("#review").get_attribute("data-current")


def _drag_over(pg, words: str) -> None:
    """Select ``words`` in the document text with the mouse: press on the first character, release on the last."""
    pg.locator(".rv-text span[data-start], .rv-text mark", has_text=words).first.scroll_into_view_if_needed()
    rects = pg.evaluate("""(words) => {
        const box = document.querySelector('.rv-text .doctext');
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let n;
        while ((n = walker.nextNode())) {
            const i = n.data.indexOf(words);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, i); r.setEnd(n, i + 1);
            const a = r.getBoundingClientRect();
            r.setStart(n, i + words.length - 1); r.setEnd(n, i + words.length);
            const b = r.getBoundingClientRect();
            return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2];
        }
        return null;
    }""", words)
    assert rects, f"{words!r} is not on the page"
    x0, y0, x1, y1 = rects
    pg.mouse.move(x0, y0)
    pg.mouse.down()
    pg.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, steps=5)
    pg.mouse.move(x1, y1, steps=5)
    pg.mouse.up()


def _wait_reload(pg, action) -> None:  # noqa: ANN001 - a decision posts a form and lands back on the page
    with pg.expect_navigation():
        action()
    pg.wait_for_selector("#review")


def test_review_by_keyboard_then_by_mouse(browser, site):
    ctx, pg, problems, outside = watched_page(browser, site, locale="en-GB")
    try:
        _login(pg, site, "zj")
        pg.goto(f"{site}/review/doc/{ZJ_DOC}")
        gift, letter, old = _card(pg, "4月8日"), _card(pg, "4月10日"), _card(pg, "2019年5月")
        assert _current_id(pg) == gift.get_attribute("data-event")  # the first undecided event is in hand
        kb = pg.keyboard

        # e: fix the date and the quantity, Ctrl+Enter sends it
        kb.press("e")
        assert pg.evaluate("document.activeElement.name") == "date"
        kb.type("2020-04-09")
        kb.press("Tab")
        kb.press("Tab")
        assert pg.evaluate("document.activeElement.name") == "items"
        kb.press("Control+a")
        kb.type("mask 35000 piece\nprotective_suit 200 set")
        _wait_reload(pg, lambda: kb.press("Control+Enter"))
        gift = _card(pg, "4月8日")
        assert gift.get_attribute("data-state") == "fixed"
        assert "2020-04-09" in gift.locator(".rv-date-shown").inner_text()
        assert "35,000" in gift.locator(".rv-items-shown").inner_text()

        # after a decision the next undecided event is in hand; k/j move; a accepts the letter
        letter_id = _card(pg, "4月10日").get_attribute("data-event")
        assert _current_id(pg) == letter_id
        kb.press("k")
        assert _current_id(pg) == gift.get_attribute("data-event")
        kb.press("j")
        assert _current_id(pg) == letter_id
        _wait_reload(pg, lambda: kb.press("a"))
        assert _card(pg, "4月10日").get_attribute("data-state") == "accepted"

        # x: reject the old gift, in hand now (the reason list has focus; Enter sends)
        assert _current_id(pg) == _card(pg, "2019年5月").get_attribute("data-event")
        kb.press("x")
        assert pg.evaluate("document.activeElement.name") == "reason"
        _wait_reload(pg, lambda: kb.press("Enter"))
        assert _card(pg, "2019年5月").get_attribute("data-state") == "rejected"

        # c: add the missed gift, typing its words
        kb.press("c")
        assert pg.evaluate("document.activeElement.name") == "date"
        kb.type("2020-04")
        for name, value in (("items", "glove 2000 pair"), ("money", ""), ("from", "曼海姆"), ("to", "镇江")):
            kb.press("Tab")
            if pg.evaluate("document.activeElement.name") == "date_qualifier":
                kb.press("Tab")
            assert pg.evaluate("document.activeElement.name") == name
            if value:
                kb.type(value)
        kb.press("Tab")  # type: a donation already
        kb.press("Tab")
        assert pg.evaluate("document.activeElement.name") == "evidence"
        kb.type(MISSED[ZJ_DOC])
        _wait_reload(pg, lambda: kb.press("Control+Enter"))
        added = _card(pg, MISSED[ZJ_DOC])
        assert added.get_attribute("data-state") == "added"
        assert pg.locator("mark[data-ev~='%s']" % added.get_attribute("data-event")).count() >= 1
        screenshot(pg, "review-keyboard")

        # n: the next document (none left for 镇江's editor: back to the queue)
        with pg.expect_navigation():
            kb.press("n")
        assert pg.url.endswith("/review")

        # the ledger shows the fixed figures, marked reviewed
        pg.goto(site + "/pair/CN/Zhenjiang/DE/Mannheim")
        row = pg.locator("table.pair tr", has_text="35,000")
        assert row.count() == 1 and row.locator(".reviewed-mark").count() == 1
        assert "2020-04-09" in row.inner_text()
        assert pg.locator("table.pair tr", has_text="30,000").count() == 0
        pg.goto(site + "/place/CN/Zhenjiang")
        assert pg.locator("table.list tr", has=pg.locator(".reviewed-mark")).count() >= 2
        screenshot(pg, "review-pair-zhenjiang")
        assert not problems, problems
        assert not outside, outside
    finally:
        ctx.close()

    # -------------------------------------------------------------- the mouse: 无锡's editor on its own report
    ctx, pg, problems, outside = watched_page(browser, site, locale="en-GB")
    try:
        _login(pg, site, "wx")
        pg.click(f"a[href='/review/doc/{WX_DOC}']")
        pg.wait_for_selector("#review")

        _wait_reload(pg, lambda: _card(pg, "3月13日").locator("button:has-text('Accept')").click())
        assert _card(pg, "3月13日").get_attribute("data-state") == "accepted"

        gift = _card(pg, "3月12日")
        gift.locator("summary:has-text('Fix')").click()
        gift.locator("input[name=date]").fill("2020-03-11")
        gift.locator("textarea[name=items]").fill("mask 9000 piece")
        _wait_reload(pg, lambda: gift.locator("button:has-text('Save the fix')").click())
        assert _card(pg, "3月12日").get_attribute("data-state") == "fixed"

        old = _card(pg, "2018年9月")
        old.locator("summary:has-text('Reject')").click()
        old.locator("select[name=reason]").select_option("not_an_event")
        _wait_reload(pg, lambda: old.locator("button:has-text('Reject the event')").click())
        assert _card(pg, "2018年9月").get_attribute("data-state") == "rejected"

        # drag across words: the add form opens, prefilled by what the extractor reads in them
        add = pg.locator("#rv-add")
        _drag_over(pg, "3月12日，无锡市向日本友城丰川市捐赠8000只口罩")
        pg.wait_for_selector("#rv-add[data-ready='1']")
        assert add.locator("select[name=type]").input_value() == "donation"
        assert add.locator("input[name=from]").input_value() == "CN/Wuxi"
        assert add.locator("input[name=to]").input_value() == "JP/Toyokawa"
        assert add.locator("textarea[name=items]").input_value() == "mask 8000 piece"
        assert add.locator("input[name=date]").input_value() == "2020-03-12"
        assert add.locator(".rv-prefill-note").is_hidden()
        # ... that gift is on the list already: the one to add is the volunteers' money, which it cannot read
        pg.evaluate("document.getElementById('rv-add').removeAttribute('data-ready')")
        _drag_over(pg, MISSED[WX_DOC])
        pg.wait_for_selector("#rv-add[data-ready='1']")
        assert add.locator("textarea[name=evidence]").input_value() == MISSED[WX_DOC]
        assert add.locator(".rv-prefill-note").is_visible()  # "the extractor read no event in these words"
        assert add.locator("input[name=from]").input_value() == ""
        add.locator("input[name=from]").fill("丰川")
        add.locator("input[name=to]").fill("无锡")
        add.locator("input[name=date]").fill("2020-03")
        add.locator("select[name=date_qualifier]").select_option("approx")
        add.locator("textarea[name=items]").fill("")
        add.locator("textarea[name=money]").fill("30000 CNY")
        screenshot(pg, "review-mouse-add")
        _wait_reload(pg, lambda: add.locator("button:has-text('Add the event')").click())
        assert _card(pg, MISSED[WX_DOC]).get_attribute("data-state") == "added"
        screenshot(pg, "review-mouse")

        pg.goto(site + "/pair/CN/Wuxi/JP/Toyokawa")
        row = pg.locator("table.pair tr", has_text="9,000")
        assert row.count() == 1 and row.locator(".reviewed-mark").count() == 1
        assert "2020-03-11" in row.inner_text()
        assert pg.locator("table.pair tr", has_text="8,000").count() == 0
        assert pg.locator("table.pair tr", has_text="30,000").locator(".reviewed-mark").count() == 1
        pg.goto(site + "/place/CN/Wuxi")
        assert pg.locator("table.list tr", has=pg.locator(".reviewed-mark")).count() >= 2
        screenshot(pg, "review-pair-wuxi")
        assert not problems, problems
        assert not outside, outside
    finally:
        ctx.close()
