"""The web view in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Never downloads a browser: ``playwright install`` is not needed nor run;
``scripts/test.sh`` installs Debian's chromium.  Screenshots land in
``test-artifacts/`` for a person to look at.
"""
from __future__ import annotations

import pytest

from browser_support import screenshot, watched_page

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def page(browser, server):
    ctx, pg, problems, outside = watched_page(browser, server)
    pg.problems, pg.outside = problems, outside
    yield pg
    ctx.close()


def _shot(pg, name: str) -> None:
    screenshot(pg, name)


def test_overview_map_search_event(page, server):
    page.goto(server + "/")
    page.wait_for_selector("#map svg path.arc", timeout=15000)
    arcs = page.locator("#map svg path.arc")
    assert arcs.count() >= 1
    assert page.locator("#map svg path.country").count() > 100  # the vendored atlas drew the world
    assert page.locator("svg.timeline rect.bar").count() >= 1
    _shot(page, "overview")

    page.fill("#place-search", "鎮江")  # traditional Chinese
    page.press("#place-search", "Enter")
    page.wait_for_url("**/place/CN/Zhenjiang")
    assert "Zhenjiang" in page.locator("h1").inner_text()
    _shot(page, "place-zhenjiang")

    page.locator("table.list a[href^='/fact/']").first.click()
    page.wait_for_selector("mark.evidence")
    _shot(page, "fact")
    page.locator("a[href^='/event/']").first.click()
    page.wait_for_url("**/event/*")
    mark = page.locator("mark.evidence").first
    mark.wait_for(state="visible")
    assert mark.is_visible() and mark.inner_text().strip()
    _shot(page, "event")
    assert not page.problems, page.problems
    assert not page.outside, f"requests left the server: {page.outside}"


def test_search_changsha_traditional(page, server):
    page.goto(server + "/")
    page.fill("#place-search", "長沙")
    page.press("#place-search", "Enter")
    page.wait_for_url("**/place/CN/Changsha")
    assert page.locator("a[href='/place/US/Annapolis']").first.is_visible()


def test_hostile_markup_does_not_run(page, server):
    """A report with <script>, <img onerror> and <iframe> shows them as text and runs none of it."""
    page.goto(server + "/events?doc=zz_hostile_markup.txt")
    page.locator("a[href^='/event/']").first.click()
    page.wait_for_selector("mark.evidence")
    assert page.evaluate("window.__pwned === undefined")
    assert page.title() != "PWNED"
    assert page.locator("main img, main iframe, main script").count() == 0
    assert "<img src=x" in page.locator("mark.evidence").inner_text()
    _shot(page, "hostile-event")
    page.goto(server + "/source/zz_hostile_markup.txt")
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("main img, main iframe, main script").count() == 0
    assert "<script>" in page.locator(".doctext").inner_text()
    _shot(page, "hostile-source")
    assert not page.problems, page.problems
