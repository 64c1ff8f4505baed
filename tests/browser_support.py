"""Shared by the browser tests: Debian's chromium through Playwright, and the app served by uvicorn in a thread.

Never downloads a browser (``playwright install`` is neither needed nor run;
``scripts/test.sh`` installs Debian's chromium); callers skip cleanly when
chromium or the Playwright package is missing.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app):
    """Run ``app`` on a free loopback port; yields its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        t.join(10)


@contextmanager
def chromium():
    """A headless Chromium, or a clean skip saying what is missing."""
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.skip(f"{CHROMIUM} missing (scripts/test.sh installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def screenshot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def watched_page(browser, server: str, locale: str | None = None):
    """A new browser context and page whose script errors and requests off ``server`` are recorded.

    Returns ``(context, page, problems, outside)``: the browser tests assert
    both lists stay empty (no console errors, nothing fetched from elsewhere).
    """
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, **({"locale": locale} if locale else {}))
    pg = ctx.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    return ctx, pg, problems, outside
