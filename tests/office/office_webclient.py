"""Helpers for the office web tests: an HTTPS test client (Secure cookies) and log-in through the form."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient

from cityaid.web.app import create_app

CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


def client(ledger) -> TestClient:
    return TestClient(create_app(ledger), base_url="https://testserver", follow_redirects=False)


def csrf_of(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no csrf field in the page"
    return m.group(1)


def login(c: TestClient, name: str, password: str) -> str:
    """Log in through the form; returns the session's CSRF token (from the office page)."""
    page = c.get("/office/login")
    r = c.post("/office/login", data={"name": name, "password": password, "csrf": csrf_of(page.text)})
    assert r.status_code == 303, r.text
    return csrf_of(c.get("/office").text)
