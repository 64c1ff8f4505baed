"""Shared by the review web tests: two small reports written for them, a ledger with accounts, log-in helpers.

The reports (Zhenjiang -> Mannheim, Wuxi -> Toyokawa) each give the
extractor an event to accept, one whose date and figure a person fixes,
one to reject (a gift from before the pandemic) and a sentence it misses
(a gift in words it has no rule for) that a person adds.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

PASSWORD = "review horse battery"
ZJ_DOC, WX_DOC = "rv_a_zhenjiang.txt", "rv_b_wuxi.txt"
DOCS = {
    ZJ_DOC: """镇江市外办消息

2020-04-12 09:30 来源：镇江外事

4月8日，镇江市为德国曼海姆市送去3万只口罩和200套防护服。

4月10日，曼海姆市市长致信镇江市，感谢镇江的帮助。

2019年5月，镇江市向曼海姆市赠送了500本图书。

曼海姆当地的华人商会随后也为镇江市凑了两千副手套。
""",
    WX_DOC: """无锡日报

2020-03-15 08:00 来源：无锡日报

3月12日，无锡市向日本友城丰川市捐赠8000只口罩。

3月13日，丰川市市长致信无锡市市长，表示感谢。

2018年9月，无锡市向丰川市赠送了300本画册。

听说这件事后，丰川市国际交流协会的志愿者们也凑出3万元，转交给了无锡市红十字会。
""",
}
# the words of each report the extractor misses (added by a person in the tests); no arrival or gift
# verb follows them (…凑了两千副手套，已于月初寄到 is read since arrival verbs move the goods a gift phrase names)
MISSED = {ZJ_DOC: "曼海姆当地的华人商会随后也为镇江市凑了两千副手套",
          WX_DOC: "丰川市国际交流协会的志愿者们也凑出3万元，转交给了无锡市红十字会"}
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')
USERS = (("admin", "admin", []), ("zj", "editor", ["镇江"]), ("wx", "editor", ["无锡"]),
         ("viewer", "viewer", ["镇江"]))


def build_ledger(folder: Path, db: str | None = None) -> str:
    """Ingest the two reports into ``db`` (default ``folder/review.db``) and add the accounts; returns ``db``."""
    from typer.testing import CliRunner

    from cityaid.cli import app
    from cityaid.ledger import Ledger
    from cityaid.office import Accounts

    reports = folder / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (reports / name).write_text(text, encoding="utf-8")
    db = db or str(folder / "review.db")
    res = CliRunner().invoke(app, ["ingest", str(reports), "--db", db])
    assert res.exit_code == 0, res.output
    with Ledger(db) as lg:
        acc = Accounts(lg)
        for name, role, places in USERS:
            acc.add_user(name, PASSWORD, role, places)
    return db


def fresh_copy(prepared: str, folder: Path) -> str:
    """A copy of a prepared ledger, so each test decides on its own."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "review.db"
    shutil.copy(prepared, target)
    return str(target)


def client(ledger) -> TestClient:  # noqa: ANN001
    from cityaid.web import create_app

    return TestClient(create_app(ledger), base_url="https://testserver", follow_redirects=False)


def csrf_of(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no csrf field in the page"
    return m.group(1)


def login(c: TestClient, name: str) -> str:
    """Log in through the review's form; returns the session's CSRF token (from the queue page)."""
    page = c.get("/review/login")
    r = c.post("/review/login", data={"name": name, "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert r.status_code == 303 and r.headers["location"] == "/review", r.text
    if name == "viewer":
        return c.cookies.get("cityaid_session") or ""
    return csrf_of(c.get("/review", headers={"accept": "text/html"}).text)


def bearer(ledger, name: str) -> dict:  # noqa: ANN001
    from cityaid.office import Accounts

    return {"Authorization": "Bearer " + Accounts(ledger).new_token(name)}


def find(events: list[dict], words: str) -> dict:
    """The event (API JSON) whose evidence holds ``words``."""
    got = [e for e in events if words in (e["event"].get("evidence") or "")]
    assert got, f"no event with {words!r} in {[e['event'].get('evidence') for e in events]}"
    return got[0]
