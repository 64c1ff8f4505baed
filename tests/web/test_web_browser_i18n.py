"""The interface in both languages, in a real headless Chromium (screenshots in ``test-artifacts/``).

A browser asking for Chinese gets Chinese pages naming places in Chinese;
the switch on the page turns it English and keeps the page; the pair page
says in words who gave what and what came back.
"""
from __future__ import annotations

import pytest

from browser_support import screenshot, watched_page

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _page(browser, server, locale: str):
    return watched_page(browser, server, locale)


def test_overview_in_chinese_names_places_in_chinese(browser, server):
    ctx, page, problems, outside = _page(browser, server, "zh-CN")
    try:
        page.goto(server + "/")
        assert page.locator("html").get_attribute("lang") == "zh-Hans"
        assert page.locator("h1").inner_text() == "2020 年的互助"
        assert page.locator("header nav").inner_text().split()[:2] == ["概览", "事实"]
        top = page.locator("table.top-places").inner_text()
        assert "黑龙江 Heilongjiang" in top and "无锡 Wuxi" in top
        page.wait_for_selector("#map svg path.arc", timeout=15000)
        assert page.locator("#map svg[data-centre]").count() == 1
        # pointing at (here: focusing) an arc shows the flow's facts, in Chinese names
        page.locator("#map path.arc[data-from='CN/Zhenjiang'][data-to='DE/Mannheim']").first.focus()
        facts = page.locator("#map-facts")
        facts.wait_for(state="visible")
        assert "镇江 Zhenjiang → 曼海姆 Mannheim" in facts.inner_text()
        assert "flows" not in page.locator("#map .map-status").inner_text()  # 已画出 N 条往来
        screenshot(page, "overview-zh")
        assert not problems, problems
        assert not outside, outside
    finally:
        ctx.close()


def test_switching_to_english_keeps_the_page(browser, server):
    ctx, page, problems, _outside = _page(browser, server, "zh-CN")
    try:
        page.goto(server + "/place/CN/Zhenjiang")
        assert page.locator("h1").inner_text().startswith("镇江 Zhenjiang")
        assert "伙伴" in page.locator("main").inner_text()
        screenshot(page, "place-zhenjiang-zh")
        page.locator("#lang-switch a[hreflang='en']").click()
        page.wait_for_url("**/place/CN/Zhenjiang?lang=en")
        assert page.locator("h1").inner_text().startswith("Zhenjiang 镇江")
        assert "Partners" in page.locator("main").inner_text()
        screenshot(page, "place-zhenjiang-en")
        # remembered: the next page, without ?lang=, is English too, the browser asking for Chinese notwithstanding
        page.goto(server + "/places")
        assert page.locator("h1").inner_text() == "Places"
        assert page.locator("table.list").inner_text().count("Heilongjiang 黑龙江") == 1
        page.locator("#lang-switch a[hreflang='zh']").click()
        page.wait_for_url("**/places?lang=zh")
        assert page.locator("h1").inner_text() == "地方"
        assert not problems, problems
    finally:
        ctx.close()


def test_pair_page_reads_in_words(browser, server):
    for locale, shot in (("zh-CN", "pair-zh"), ("en-GB", "pair-en")):
        ctx, page, problems, _outside = _page(browser, server, locale)
        try:
            page.goto(server + "/pair/CN/Wuxi/JP/Toyokawa")
            text = page.locator("main").inner_text()
            assert "a_to_b" not in text and "Returned/given" not in text
            if locale == "zh-CN":
                assert "无锡 → 丰川: " in text and "封信" in text
                assert "先送出" in text and "回赠" in text and "倍" in text
            else:
                assert "Wuxi → Toyokawa: " in text and "letter" in text
                assert "gave first" in text and "gave back" in text and "times the" in text
            screenshot(page, shot)
            assert not problems, problems
        finally:
            ctx.close()
