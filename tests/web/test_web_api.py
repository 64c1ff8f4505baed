"""Every endpoint of the web view through TestClient: pages, JSON twins, downloads, and bad parameters (4xx, never 500)."""
from __future__ import annotations

import csv
import io
import json

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HTML = {"Accept": "text/html", "Accept-Language": "en"}  # these tests read the English pages


def _json(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    return r.json()


def _a_fact(client, **q):
    rows = _json(client, "/facts.json?size=1000")["rows"]
    return next(r for r in rows if all(r.get(k) == v for k, v in q.items()))


# ------------------------------------------------------------------ overview and search
def test_overview_html_and_json_agree(client):
    r = client.get("/", headers=HTML)
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert 'id="map"' in r.text and "<svg class=\"timeline\"" in r.text
    d = _json(client, "/overview.json")
    assert d["total"] == sum(d["by_direction"].values()) > 0
    assert d["counts"]["donation"]["outward"] > 0 and d["counts"]["donation"]["inward"] > 0
    assert d["flows"] and all(f["from"] in d["places"] and f["to"] in d["places"] for f in d["flows"])
    assert d["places"]["DE/Mannheim"]["precision"] == "place"
    assert d["places"]["CN/Zhenjiang"]["iso_n3"] == "156"  # no coordinates: drawn at China's centre


def test_overview_agrees_with_report_timeline(client, web_db):
    """The SQL-aggregated weeks are the same as ``cityaid.report.timeline`` over all facts."""
    from cityaid.ledger import Ledger
    from cityaid.report import timeline

    with Ledger(web_db) as lg:
        want = timeline(lg.facts())
    got = _json(client, "/overview.json")
    assert [(w["week"], w["total"], w["counts"]) for w in got["weeks"]] == \
           [(w["week"], w["total"], w["counts"]) for w in want["weeks"]]


def test_overview_filters(client):
    all_ = _json(client, "/overview.json")
    don = _json(client, "/overview.json?type=donation")
    assert don["total"] == all_["counts"]["donation"]["total"]
    assert all(f["type"] == "donation" for f in don["flows"])
    de = _json(client, "/overview.json?country=de")
    assert 0 < de["total"] < all_["total"]
    # a fact with several givers (JP, KR, DE -> Wuxi) draws a flow from each: some flow touches DE
    assert any("DE" in (f["from"].split("/")[0], f["to"].split("/")[0]) for f in de["flows"])
    masks = _json(client, "/overview.json?item=mask&since=2020-02&until=2020-04-30")
    assert 0 < masks["total"] < all_["total"]


@pytest.mark.parametrize("q,status,needle", [
    ("type=gift", 422, "type: must be one of"),
    ("since=2020-02-30", 422, "since: not an ISO date"),
    ("until=soon", 422, "until: not an ISO date"),
    ("since=2020-05&until=2020-03", 422, "is after until"),
    ("country=Germany", 422, "country: an ISO 3166-1 alpha-2 code"),
    ("role=giver", 422, "role: must be"),
])
def test_overview_bad_filters(client, q, status, needle):
    r = client.get("/overview.json?" + q)
    assert r.status_code == status and needle in r.json()["detail"]
    h = client.get("/?" + q, headers=HTML)
    assert h.status_code == status and "text/html" in h.headers["content-type"]


def test_empty_form_fields_mean_unfiltered(client):
    assert _json(client, "/overview.json?type=&item=&since=&until=&country=")["total"] == \
           _json(client, "/overview.json")["total"]


def test_search_any_script(client):
    for name in ("长沙", "長沙", "Changsha", "CN/Changsha"):
        assert _json(client, "/search.json?q=" + name)["matches"][0]["key"] == "CN/Changsha"
    r = client.get("/search?q=鎮江", headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/place/CN/Zhenjiang"
    assert client.get("/search?q=Qwxzplace", headers=HTML).status_code == 404
    assert _json(client, "/search.json?q=Qwxzplace")["matches"] == []
    assert "q:" in _json(client, "/search.json?q=", 422)["detail"]
    assert _json(client, "/search.json?q=" + "x" * 300, 422)["detail"].startswith("q:")


# ------------------------------------------------------------------ listings
@pytest.mark.parametrize("base", ["/facts", "/events", "/places", "/sources"])
def test_listing_html_json_csv(client, base):
    h = client.get(base, headers=HTML)
    assert h.status_code == 200 and "<table" in h.text
    page = _json(client, base + ".json?size=5")
    assert page["size"] == 5 and len(page["rows"]) == min(5, page["total"]) and page["total"] > 5
    page2 = _json(client, base + ".json?size=5&page=2")
    assert page2["rows"] and page2["rows"][0] != page["rows"][0]
    r = client.get(base + ".csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert len(rows) == page["total"]  # downloads are not paginated
    s = client.get(base + ".json?_stream=1&size=1")
    assert len(json.loads(s.text)) == page["total"]


@pytest.mark.parametrize("base", ["/facts", "/events", "/places", "/sources"])
@pytest.mark.parametrize("q,needle", [("page=0", "page"), ("size=0", "size"), ("size=5000", "size"),
                                      ("page=abc", "page"), ("since=2020-13", "since")])
def test_listing_bad_parameters(client, base, q, needle):
    r = client.get(base + ".json?" + q)
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(needle)


def test_html_page_size_is_capped(client):
    r = client.get("/facts?size=201", headers=HTML)
    assert r.status_code == 422 and "at most 200" in r.text
    assert client.get("/facts.json?size=201").status_code == 200


def test_unknown_format_404(client):
    assert "no format .xml" in _json(client, "/facts.xml", 404)["detail"]


def test_facts_filters(client):
    don = _json(client, "/facts.json?type=donation&size=1000")["rows"]
    assert don and all(r["type"] == "donation" for r in don)
    jp = _json(client, "/facts.json?country=JP&size=1000")["rows"]
    assert jp and all("JP" in r["from"] + r["to"] for r in jp)
    gave = _json(client, "/facts.json?place=镇江&role=from&size=1000")["rows"]
    assert gave and all(r["from"].startswith("CN/Zhenjiang") for r in gave)
    masks = _json(client, "/facts.json?item=mask&size=1000")["rows"]
    assert masks and all("mask" in r["items"] for r in masks)
    assert _json(client, "/facts.json?item=unicorn")["total"] == 0


def test_events_filters(client):
    doc = _json(client, "/events.json?doc=zh07_zhenjiang_mannheim.txt")["rows"]
    assert doc and {r["doc_id"] for r in doc} == {"zh07_zhenjiang_mannheim.txt"}
    march = _json(client, "/events.json?since=2020-03-01&until=2020-03-31&size=1000")["rows"]
    assert march and all(r["date"] for r in march)


# ------------------------------------------------------------------ place and pair
def test_place_page(client):
    d = _json(client, "/place/CN/Zhenjiang.json")
    assert d["place"]["key"] == "CN/Zhenjiang"
    assert d["ledger"]["given"]["facts"] >= 1
    mh = next(p for p in d["partners"] if p["key"] == "DE/Mannheim")
    assert mh["given"]["facts"] >= 1 and mh["pair_url"] == "/pair/CN/Zhenjiang/DE/Mannheim"
    wuxi = _json(client, "/place/CN/Wuxi.json")
    toyokawa = next(p for p in wuxi["partners"] if p["key"] == "JP/Toyokawa")
    assert toyokawa["reciprocal"] and toyokawa["given"]["facts"] and toyokawa["received"]["facts"]
    assert d["facts"]["total"] == len(d["facts"]["rows"]) or d["facts"]["has_next"]
    h = client.get("/place/CN/Zhenjiang", headers=HTML)
    assert h.status_code == 200 and "Partners" in h.text and "DE/Mannheim" in h.text


def test_place_claims_beside_itemised(client):
    d = _json(client, "/place/CN/Wuxi.json")
    assert d["claims"], "Wuxi's report gives an aggregate claim"
    c = d["claims"][0]
    assert {"claimed", "itemised", "gap"} <= set(c)


def test_place_by_any_name_redirects_to_key(client):
    for name in ("鎮江", "镇江", "Zhenjiang"):
        r = client.get("/place/" + name, follow_redirects=False)
        assert r.status_code == 307 and r.headers["location"] == "/place/CN/Zhenjiang"
    r = client.get("/place/長沙.json", follow_redirects=False)
    assert r.headers["location"] == "/place/CN/Changsha.json"


def test_place_unknown_404(client):
    r = client.get("/place/Qwxzplace")
    assert r.status_code == 404 and r.json() == {"detail": "no place named 'Qwxzplace'"}
    assert client.get("/place/Qwxzplace", headers=HTML).status_code == 404
    assert client.get("/place/CN/Zhenjiang.json?page=-1").status_code == 422


def test_pair(client):
    d = _json(client, "/pair/CN/Wuxi/JP/Toyokawa.json")
    assert d["a"]["key"] == "CN/Wuxi" and d["b"]["key"] == "JP/Toyokawa"
    assert d["report"]["a_to_b"] and d["report"]["b_to_a"] and d["report"]["first_giver"] == "JP/Toyokawa"
    dirs = {f["direction"] for f in d["flows"]}
    assert dirs == {"a_to_b", "b_to_a"}
    assert _json(client, "/pair/CN/Zhenjiang/DE/Mannheim.json")["report"]["a_to_b"]
    assert client.get("/pair/CN/Zhenjiang/DE/Mannheim", headers=HTML).status_code == 200
    spaced = _json(client, "/pair/CN/Heilongjiang/RU/Sakha Republic.json")
    assert spaced["b"]["key"] == "RU/Sakha Republic"
    r = client.get("/pair?a=鎮江&b=Mannheim", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/pair/CN/Zhenjiang/DE/Mannheim"


def test_pair_bad(client):
    assert "two places" in _json(client, "/pair/CN", 422)["detail"]
    assert _json(client, "/pair/CN/Zhenjiang/Qwxzplace", 404)["detail"].startswith("no place named")
    assert client.get("/pair?a=Qwxzplace&b=镇江").status_code == 404
    assert client.get("/pair?a=镇江").status_code == 422


# ------------------------------------------------------------------ fact, event, sources
def test_fact_page_shows_sources_and_disagreements(client):
    rows = _json(client, "/facts.json?size=1000")["rows"]
    multi = next(r for r in rows if r["sources"] > 1 and r["disagreements"])
    d = _json(client, f"/fact/{multi['id']}.json")
    assert len(d["sources"]) == d["fact"]["sources"] > 1
    assert d["fact"]["disagreements"] and 0 < d["fact"]["confidence"] <= 1
    assert all(s["event_url"].startswith("/event/") for s in d["sources"])
    h = client.get(f"/fact/{multi['id']}", headers=HTML)
    assert h.text.count('<mark class="evidence">') == len(d["sources"])
    assert "Where the sources disagree" in h.text


def test_fact_unknown(client):
    assert "no fact" in _json(client, "/fact/Fnope", 404)["detail"]
    assert "no fact" in _json(client, "/fact/Fnope.json", 404)["detail"]


def test_event_page_marks_evidence(client):
    ev = _json(client, "/events.json?doc=zh07_zhenjiang_mannheim.txt")["rows"][0]
    d = _json(client, f"/event/{ev['id']}.json")
    assert d["event"]["doc_id"] == "zh07_zhenjiang_mannheim.txt" and d["event"]["payload"]["evidence"]
    h = client.get(f"/event/{ev['id']}", headers=HTML)
    evidence = d["event"]["payload"]["evidence"]
    assert f'<mark class="evidence">{evidence}</mark>' in h.text


def test_event_bad_ids(client):
    assert "whole number" in _json(client, "/event/abc", 422)["detail"]
    assert "no event" in _json(client, "/event/999999", 404)["detail"]
    assert "whole number" in _json(client, "/event/-1.json", 422)["detail"]


def test_sources(client):
    rows = _json(client, "/sources.json?size=100")["rows"]
    zh07 = next(r for r in rows if r["doc_id"] == "zh07_zhenjiang_mannheim.txt")
    assert zh07["events"] >= 1 and zh07["removed_spans"] >= 1 and zh07["removed_by_reason"]
    d = _json(client, "/source/zh07_zhenjiang_mannheim.txt.json")
    assert d["document"]["doc_id"] == "zh07_zhenjiang_mannheim.txt"
    assert d["removed"] and all({"start", "end", "reason", "text"} <= set(r) for r in d["removed"])
    assert len(d["events"]) == zh07["events"]
    h = client.get("/source/zh07_zhenjiang_mannheim.txt", headers=HTML)
    assert h.status_code == 200 and "<del" in h.text and "<mark" in h.text
    assert "no document" in _json(client, "/source/nope.txt", 404)["detail"]


# ------------------------------------------------------------------ API-wide properties
def test_openapi_lists_the_json_api(client):
    spec = _json(client, "/openapi.json")
    paths = set(spec["paths"])
    assert {"/overview.json", "/facts.{ext}", "/events.{ext}", "/places.{ext}", "/sources.{ext}", "/place/{ref}",
            "/pair/{ref}", "/fact/{ref}", "/event/{ref}", "/source/{ref}", "/search.json"} <= paths
    # the public ledger is read-only; only the office's record API and the review API (both authenticated) write
    writers = ("/office/api/", "/review/api/")
    assert all(set(ops) == {"get"} for path, ops in spec["paths"].items() if not path.startswith(writers))
    office_writes = {p for p, ops in spec["paths"].items() if "post" in ops}
    assert office_writes and all(p.startswith(writers) for p in office_writes)


def test_no_cdn_docs(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_read_only(client, method):
    r = getattr(client, method)("/facts.json")
    assert r.status_code == 405


def test_security_headers(client):
    for url in ("/", "/facts.json", "/static/css/site.css"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_unknown_path_404(client):
    assert "no page at" in _json(client, "/nowhere", 404)["detail"]


def test_static_vendor_is_local(client):
    for f in ("d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js", "countries-110m.json", "VENDORED.md"):
        assert client.get("/static/vendor/" + f).status_code == 200
    html = client.get("/", headers=HTML).text
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html


def test_serve_command_registered():
    from typer.testing import CliRunner

    from cityaid.cli import app

    res = CliRunner().invoke(app, ["serve", "--help"])
    assert res.exit_code == 0 and "127.0.0.1" in res.output
