"""Documents are untrusted web text: markup in a report must come out escaped on every page and in JSON."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
HTML = {"Accept": "text/html", "Accept-Language": "en"}  # these tests read the English pages
DOC = "zz_hostile_markup.txt"


def _hostile_event(client):
    return client.get(f"/events.json?doc={DOC}").json()["rows"][0]


def _assert_escaped(html: str):
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and "<iframe" not in html
    assert "&lt;script&gt;" in html or "&lt;/script&gt;" in html


def test_hostile_report_yields_an_event(client):
    ev = _hostile_event(client)
    assert "<img" in ev["evidence"]  # the raw JSON keeps the text as reported


@pytest.mark.parametrize("which", ["event", "source", "fact"])
def test_markup_escaped_in_pages(client, which):
    ev = _hostile_event(client)
    url = {"event": ev["url"], "source": f"/source/{DOC}", "fact": f"/fact/{ev['fact']}"}[which]
    h = client.get(url, headers=HTML)
    assert h.status_code == 200
    _assert_escaped(h.text)
    assert "&lt;img src=x onerror=" in h.text


def test_markup_escaped_in_listings(client):
    for url in (f"/events?doc={DOC}", "/sources", "/facts?place=CN/Zhenjiang"):
        h = client.get(url, headers=HTML)
        assert h.status_code == 200
        assert "<img src=x" not in h.text and "<script>window" not in h.text


def test_json_is_json(client):
    r = client.get(f"/events.json?doc={DOC}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"


def test_sql_injection_is_just_a_string(client):
    for q in ("' OR 1=1 --", "x'); DROP TABLE facts; --"):
        assert client.get("/facts.json", params={"item": q}).json()["total"] == 0
        assert client.get("/events.json", params={"doc": q}).json()["total"] == 0
        assert client.get("/search.json", params={"q": q}).json()["matches"] == []
    assert client.get("/facts.json").json()["total"] > 0


def test_highlight_segments_cover_text():
    from cityaid.web.highlight import segments

    text = "ab<script>x</script>cd"
    segs = segments(text, {"removed": [[0, 2, "navigation"]]}, [(2, 10)], collapse_removed=False)
    assert "".join(s["text"] for s in segs) == text
    assert [s["kind"] for s in segs] == ["removed", "mark", "text"]
    collapsed = segments(text, {"removed": [[0, 2, "navigation"]]}, [(2, 10)])
    assert collapsed[0] == {"kind": "removed", "text": "", "reason": "navigation", "start": 0, "end": 2}
