"""Web fixtures: a ledger ingested from ``examples/reports`` plus one hostile report, built once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Untrusted web text: markup and script inside a report that still yields an event.
HOSTILE = """镇江新闻 > <b>时政</b>

<script>window.__pwned = 1; document.title = "PWNED";</script>镇江市向德国友城曼海姆市捐赠1万只口罩<img src=x onerror="window.__pwned=2">，2020年4月5日启运。

<iframe src="https://evil.example/"></iframe> 版权所有 © 2020 <a href="javascript:alert(1)">click</a>
"""


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> str:
    from typer.testing import CliRunner

    from cityaid.cli import app

    tmp = tmp_path_factory.mktemp("web")
    reports = tmp / "reports"
    shutil.copytree(ROOT / "examples" / "reports", reports)
    (reports / "zz_hostile_markup.txt").write_text(HOSTILE, encoding="utf-8")
    db = str(tmp / "web.db")
    res = CliRunner().invoke(app, ["ingest", str(reports), "--db", db])
    assert res.exit_code == 0, res.output
    return db


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from cityaid.web import create_app

    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.fixture(scope="module")
def server(web_db):
    """The web view over the session's ledger, served on localhost for the browser tests of one module."""
    from browser_support import serve

    from cityaid.web import create_app

    with serve(create_app(web_db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright, one per browser-test module."""
    from browser_support import chromium

    with chromium() as b:
        yield b
