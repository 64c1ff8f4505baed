"""The listing pages' downloads: the same files ``cityaid export`` writes, with the listing's filters."""
from __future__ import annotations

import io
import json
import re

import pytest

HTML = {"accept": "text/html", "accept-language": "zh-CN"}


@pytest.mark.parametrize("path,table", [("/facts", "facts"), ("/events", "events"), ("/places", "places"),
                                        ("/sources", "sources")])
def test_every_listing_links_the_exports(client, path, table):
    r = client.get(path + "?type=donation", headers=HTML)
    links = dict(re.findall(r'class="dl-(\w+)" href="([^"]+)"', r.text))
    assert set(links) == {"xlsx", "hxl", "geojson", "jsonl"}
    assert links["hxl"] == f"/export/{table}.hxl.csv?type=donation"
    for href in links.values():
        got = client.get(href.replace("&amp;", "&"))
        assert got.status_code == 200 and got.headers["content-disposition"].startswith("attachment")


def test_xlsx_download_opens_in_openpyxl(client):
    openpyxl = pytest.importorskip("openpyxl")
    r = client.get("/export/cityaid.xlsx?type=donation")
    wb = openpyxl.load_workbook(io.BytesIO(r.content), read_only=True)
    rows = list(wb["facts"].iter_rows(values_only=True))
    assert rows[0][:2] == ("id", "type") and rows[1][0] == "#meta+id"
    assert {row[1] for row in rows[2:]} == {"donation"}
    assert any(row[5] == "镇江" for row in rows[2:])  # from_zh


def test_hxl_and_geojson_downloads(client):
    r = client.get("/export/places.hxl.csv")
    assert r.headers["content-type"].startswith("text/csv")
    lines = r.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("key,name_zh") and lines[1].startswith("#loc+code,#loc+name+i_zh")
    assert any(line.startswith("CN/Zhenjiang,镇江,Zhenjiang") for line in lines)
    g = client.get("/export/cityaid.geojson").json()
    assert g["type"] == "FeatureCollection" and any(f["properties"].get("name_zh") == "曼海姆" for f in g["features"])
    assert client.get("/export/nope.hxl.csv").status_code == 404
    first = json.loads(client.get("/export/events.jsonl").text.splitlines()[0])
    assert "doc" in first and "events" in first
    meta = client.get("/export/datasette-metadata.json").json()
    assert "place_gifts" in next(iter(meta["databases"].values()))["queries"]
