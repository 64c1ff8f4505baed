"""``cityaid review ...`` and ``cityaid ingest --reextract`` end to end on a report written for the tests."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cityaid.cli import app
from review_story import DOC_ID, MISSED, TEXT, story_document, story_events

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    from cityaid.ledger import Ledger
    from cityaid.merge import merge_pending

    path = str(tmp_path / "cli.db")
    with Ledger(path) as lg:
        doc = story_document()
        lg.store(doc, None, story_events(doc.text))
        merge_pending(lg)
    return path


def run(*args, code=0):  # noqa: ANN002, ANN202
    r = runner.invoke(app, [str(a) for a in args])
    assert r.exit_code == code, r.output
    return r.output


def _events(db):  # noqa: ANN001, ANN202
    return json.loads(run("review", "show", DOC_ID, "--db", db, "--json"))["events"]


def test_show_accept_reject_fix_add_history(db):
    evs = _events(db)
    assert len(evs) == 4 and all(e["state"] == "pending" for e in evs)
    gift, letter = evs[0], evs[1]
    plan = next(e for e in evs if "计划" in e["event"]["evidence"])
    assert "accepted" in run("review", "accept", gift["id"], "--db", db)
    assert "rejected" in run("review", "reject", plan["id"], "--why", "plan", "--db", db)
    out = json.loads(run("review", "fix", letter["id"], "--set", "date=2020-03-05", "--set", "to=曼海姆",
                         "--item", "mask:10000:piece", "--db", db, "--json"))
    assert out["state"] == "fixed" and out["event"]["to"][0]["key"] == "DE/Mannheim"
    assert out["event"]["items"] == [{"item": "mask", "quantity": 10000, "unit": "piece"}]
    added = json.loads(run("review", "add", DOC_ID, "--type", "donation", "--from", "清州", "--to", "CN/Taizhou",
                           "--evidence", MISSED, "--item", "mask:10000:piece", "--db", db, "--json"))
    assert added["state"] == "added" and added["span"] == [TEXT.index(MISSED), TEXT.index(MISSED) + len(MISSED)]
    h = json.loads(run("review", "history", letter["id"], "--db", db, "--json"))
    assert [x["action"] for x in h["history"]] == ["fix"] and h["history"][0]["who"] == "cli"
    assert "fix" in run("review", "history", letter["id"], "--db", db)
    assert "no orphans" in run("review", "orphans", "--db", db)
    facts = json.loads(run("facts", "--reviewed", "--json", "--db", db))
    assert len(facts) == 3 and all(f["reviewed"] for f in facts)


def test_refusals_are_one_line_and_exit_1(db):
    gift = _events(db)[0]
    out = run("review", "fix", gift["id"], "--set", "evidence=不在文中的话", "--db", db, code=1)
    assert "verbatim" in out and len(out.strip().splitlines()) == 1
    run("review", "accept", gift["id"], "--db", db)
    assert "changed by someone else" in run("review", "reject", gift["id"], "--why", "plan", "--version", "1",
                                            "--db", db, code=1)
    assert "no event" in run("review", "accept", 9999, "--db", db, code=1)
    assert "no such user" in run("review", "accept", gift["id"], "--as", "nobody", "--db", db, code=2)
    assert "FIELD=VALUE" in run("review", "fix", gift["id"], "--set", "date", "--db", db, code=1)


def test_import_export_reextract_regress(db, tmp_path):
    gold = tmp_path / "gold.jsonl"
    evs = [e.to_spec() for e in story_events()]
    keep = [e for e in evs if "计划" not in e["evidence"]]
    keep[0]["date"] = {"value": "2020-04-02", "qualifier": "on"}
    start = TEXT.index(MISSED)
    keep.append({"type": "donation", "from": [{"key": "KR/Cheongju", "name": "清州市"}],
                 "to": [{"key": "CN/Taizhou", "name": "本市"}], "date": None, "items": [], "money": [],
                 "evidence": MISSED, "evidence_span": [start + 1000, start + 1000 + len(MISSED)]})  # a wrong span
    gold.write_text(json.dumps({"doc": DOC_ID, "events": keep}, ensure_ascii=False) + "\n"
                    + json.dumps({"doc": "not_stored.txt", "events": []}) + "\n", encoding="utf-8")
    out = run("review", "import", gold, "--as", "team", "--db", db, code=1)  # one document is not stored
    assert "2 accepted, 1 fixed, 1 added, 1 rejected" in out and "not_stored.txt" in out
    x1 = tmp_path / "x1.jsonl"
    run("review", "export", "--out", x1, "--db", db)
    line = json.loads(x1.read_text(encoding="utf-8"))
    assert line["doc"] == DOC_ID and len(line["events"]) == 4
    assert json.loads((tmp_path / "clusters.json").read_text()) == []
    assert run("review", "history", _events(db)[0]["id"], "--db", db).count("team") == 1
    res = json.loads(run("review", "regress", "--db", db, "--json"))
    assert res["documents"] == 1 and 0 <= res["f1"] <= 1
    assert "1 replaced" in run("ingest", "--reextract", "--db", db)
    x2 = tmp_path / "x2.jsonl"
    run("review", "export", "--out", x2, "--db", db)
    assert x1.read_text(encoding="utf-8") == x2.read_text(encoding="utf-8")
    queue = json.loads(run("review", "queue", "--json", "--db", db))
    assert isinstance(queue, list)


def test_ingest_needs_paths_or_reextract(tmp_path):
    assert "--reextract" in run("ingest", "--db", str(tmp_path / "e.db"), code=2)


def test_ingest_reextract_of_files_forces_a_new_reading(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "taizhou.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "f.db")
    run("ingest", reports, "--db", db)
    assert "1 unchanged" in run("ingest", reports, "--db", db)
    assert "1 replaced" in run("ingest", reports, "--reextract", "--db", db)
