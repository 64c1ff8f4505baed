"""The CLI over the same operations: accounts, partners CSV, records, needs."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from cityaid.cli import app

run = CliRunner().invoke


def test_cli_story(office_url, tmp_path):
    db = ["--db", office_url]
    r = run(app, ["user", "add", "zj", "--role", "editor", "--place", "镇江", "--password", "longpassword", *db])
    assert r.exit_code == 0, r.output
    assert run(app, ["user", "token", "zj", *db]).output.startswith("cat_")
    csv = tmp_path / "p.csv"
    csv.write_text("a,b,kind,since,source\n镇江,曼海姆,友好城市,2004-10-21,registry\n无锡,Nowhere-ville,x,,\n",
                   encoding="utf-8")
    r = run(app, ["partners", "import", str(csv), *db])
    assert r.exit_code == 1 and "1 added" in r.output and "line 3" in r.output
    assert "CN/Zhenjiang,DE/Mannheim,友好城市,2004-10-21" in run(app, ["partners", "export", *db]).output

    def j(*args):
        res = run(app, [*args, *db, "--json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.output)

    req = j("office", "request", "--from", "曼海姆", "--line", "口罩:20000:piece", "--as", "zj")
    pledge = j("office", "pledge", "--request", str(req["id"]), "--line", "mask:20000")
    over = run(app, ["office", "ship", str(pledge["id"]), "--line", "mask:25000", *db])
    assert over.exit_code == 1 and "more than the 20000 pledged" in over.output
    ship = j("office", "ship", str(pledge["id"]), "--line", "mask:20000", "--date", "2020-03-10")
    neg = run(app, ["office", "receive", str(ship["id"]), "--line", "mask:-1", *db])
    assert neg.exit_code == 1 and "negative" in neg.output
    got = j("office", "receive", str(ship["id"]), "--line", "mask:18000", "--why", "held at customs")
    assert got["status"] == "partly_received"
    needs = j("needs")
    assert [(n["partner"], n["missing"]) for n in needs] == [("DE/Mannheim", 2000)]
    j("office", "ack", str(ship["id"]), "--text", "thanks")
    j("office", "publish", str(ship["id"]))
    pair = j("pair", "镇江", "曼海姆")
    assert pair["a_to_b"][0]["items"][0]["received"] == 18000 and pair["partners"]["kind"] == "友好城市"
    shown = j("office", "show", str(ship["id"]))
    assert [h["action"] for h in shown["history"]] == ["create", "receive", "acknowledge", "publish"]
