"""Each export opened by the library an analyst would use: openpyxl, libhxl, a GeoJSON validator, json.

The ledger is the fixture of merged aid reports (``aid_fixture``: no
extraction involved), so the expected rows are known; Chinese text — names
and evidence — must come back unchanged from every format.
"""
from __future__ import annotations

import io
import json

import pytest

from cityaid.ledger import web_queries as wq
from cityaid.report.export import TABLES, table_rows, write_geojson, write_hxl, write_xlsx
from cityaid.report.export.geojson import great_circle, split_antimeridian

openpyxl = pytest.importorskip("openpyxl")


def _ledger_counts(lg) -> dict[str, int]:
    f = wq.WebFilters()
    return {"facts": wq.count_facts(lg, f), "events": wq.count_events(lg, f), "sources": wq.count_documents(lg, f),
            "places": wq.count_places(lg, f)}


def _wuxi_fact(rows):
    return next(r for r in rows if r["from"] == "CN/Wuxi" and r["to"] == "JP/Toyokawa" and "mask" in r["items"])


def test_tables_name_places_in_both_languages(aid_ledger):
    facts = list(table_rows(aid_ledger, "facts"))
    r = _wuxi_fact(facts)
    assert (r["from_zh"], r["from_en"], r["to_zh"], r["to_en"]) == ("无锡", "Wuxi", "丰川", "Toyokawa")
    places = {p["key"]: p for p in table_rows(aid_ledger, "places")}
    assert places["CN/Heilongjiang"]["name_zh"] == "黑龙江" and places["JP/Toyokawa"]["lat"] is not None


def test_xlsx_one_sheet_per_table_with_every_row(aid_ledger, tmp_path):
    path = tmp_path / "cityaid.xlsx"
    with open(path, "wb") as fh:
        counts = write_xlsx(aid_ledger, fh)
    assert counts == _ledger_counts(aid_ledger)
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames == ["facts", "events", "sources", "places", "about"]
    for name, table in TABLES.items():
        rows = list(wb[name].iter_rows(values_only=True))
        assert list(rows[0]) == table.names and list(rows[1]) == table.hashtags
        assert len(rows) - 2 == counts[name]
    facts = [dict(zip(TABLES["facts"].names, r)) for r in list(wb["facts"].iter_rows(values_only=True))[2:]]
    r = _wuxi_fact(facts)
    assert r["from_zh"] == "无锡" and r["to_zh"] == "丰川"
    # Chinese evidence survives the round trip exactly
    want = {x["id"]: x["evidence"] for x in table_rows(aid_ledger, "facts")}
    assert any("口罩" in v for v in want.values())
    assert {x["id"]: x["evidence"] or "" for x in facts} == {k: v or "" for k, v in want.items()}


def test_hxl_csv_read_by_libhxl(aid_ledger, tmp_path):
    hxl = pytest.importorskip("hxl")
    for table in TABLES:
        path = tmp_path / f"{table}.hxl.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            n = write_hxl(aid_ledger, table, fh)
        assert n == _ledger_counts(aid_ledger)[table]
        src = hxl.data(str(path), hxl.InputOptions(allow_local=True))
        assert [c.display_tag for c in src.columns] == TABLES[table].hashtags
        rows = list(src)
        assert len(rows) == n
        report = hxl.validate(hxl.data(str(path), hxl.InputOptions(allow_local=True)))
        errors = [i for i in report["issues"] if i["severity"] == "error"]  # (outlier warnings are about data)
        assert not errors, errors
        if table == "places":
            hlj = next(r for r in rows if r.get("#loc+code") == "CN/Heilongjiang")
            assert hlj.get("#loc+name+i_zh") == "黑龙江" and hlj.get("#loc+name+i_en") == "Heilongjiang"
        if table == "facts":
            wx = [r for r in rows if r.get("#org+giver+code") == "CN/Wuxi"]
            assert wx and all(r.get("#org+giver+name+i_zh") == "无锡" for r in wx)


def test_geojson_is_valid_rfc7946(aid_ledger):
    geojson = pytest.importorskip("geojson")
    buf = io.StringIO()
    write_geojson(aid_ledger, buf)
    text = buf.getvalue()
    obj = geojson.loads(text)
    assert obj.is_valid, obj.errors()
    feats = obj["features"]
    places = [f for f in feats if f["properties"]["kind"] == "place"]
    flows = [f for f in feats if f["properties"]["kind"] == "flow"]
    assert len(places) == _ledger_counts(aid_ledger)["places"] and flows
    ty = next(f for f in places if f["properties"]["key"] == "JP/Toyokawa")
    assert ty["properties"]["name_zh"] == "丰川" and ty["geometry"]["type"] == "Point"
    lon, lat = ty["geometry"]["coordinates"]
    assert 137 < lon < 138 and 34 < lat < 35  # [longitude, latitude] order (RFC 7946 §3.1.1)
    for f in feats:  # every position within range, no segment the long way round
        g = f["geometry"]
        if g is None:
            continue
        lines = {"Point": [[g["coordinates"]]], "LineString": [g["coordinates"]],
                 "MultiLineString": g["coordinates"]}[g["type"]]
        for line in lines:
            for (x0, y0), (x1, y1) in zip(line, line[1:]):
                assert abs(x1 - x0) < 180
            for x, y in line:
                assert -180 <= x <= 180 and -90 <= y <= 90
    wx = next(f for f in flows if f["properties"]["from"] == "CN/Wuxi" and f["properties"]["to"] == "JP/Toyokawa")
    assert wx["properties"]["from_zh"] == "无锡" and wx["properties"]["facts"] >= 1
    assert json.loads(text)["type"] == "FeatureCollection"


def test_great_circle_crosses_the_pacific_and_is_cut_at_the_antimeridian():
    sacramento, shanghai = (-121.49, 38.58), (121.47, 31.23)
    line = great_circle(sacramento, shanghai)
    # the shorter way is west over the Pacific: it passes north of both ends and through longitude 180
    assert max(y for _x, y in line) > 45
    assert all(x <= -121 or x >= 121 for x, _y in line)
    parts = split_antimeridian(line)
    assert len(parts) == 2
    assert parts[0][-1][0] == -180.0 and parts[1][0][0] == 180.0 and parts[0][-1][1] == parts[1][0][1]
    # Europe - China stays one piece
    assert len(split_antimeridian(great_circle((8.47, 49.49), (119.43, 32.19)))) == 1


def test_cli_export_formats(aid_ledger, tmp_path):
    from typer.testing import CliRunner

    from cityaid.cli import app

    db = aid_ledger.engine.url.database
    run = CliRunner().invoke
    for fmt, name in (("csv", "f.csv"), ("hxl", "f.hxl.csv"), ("geojson", "f.geojson"), ("jsonl", "f.jsonl"),
                      ("xlsx", "f.xlsx"), ("datasette-metadata", "metadata.json")):
        out = tmp_path / name
        res = run(app, ["export", "--db", db, "--format", fmt, "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 100
    text = (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("id,type,date") and "无锡" in text
    first = json.loads((tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert "doc" in first and "events" in first
    assert any("无锡" in line or "丰川" in line for line in (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines())
    res = run(app, ["export", "--db", db, "--format", "pdf"])
    assert res.exit_code == 2 and "one of csv, xlsx" in res.output
    res = run(app, ["export", "--db", db, "--format", "csv", "--table", "nope"])
    assert res.exit_code == 2 and "--table 'nope'" in res.output
    res = run(app, ["export", "--db", str(tmp_path / "missing.db"), "--format", "csv"])
    assert res.exit_code == 2 and "no such ledger" in res.output
