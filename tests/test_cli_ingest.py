"""cityaid ingest / extract / events / export / eval end to end, bad input included."""
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cityaid.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"

GOOD = "2020-03-12 09:00|来源:无锡日报\n无锡向丰川市捐赠口罩\n3月10日，我市向日本友城丰川市捐赠2万只口罩。\n"
GOOD_TRAD = "2020-03-14 10:00|來源:無錫日報\n無錫收到豐川來信\n3月13日，豐川市市長致信我市，感謝無錫的援助。\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    p = folder / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def db_counts(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        return (con.execute("select count(*) from documents").fetchone()[0],
                con.execute("select count(*) from events").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def reports(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    write(d, "good.txt", GOOD)
    write(d, "good_trad.txt", GOOD_TRAD)
    return d


def test_ingest_stores_events_and_reingest_changes_nothing(reports, tmp_path):
    db = tmp_path / "l.db"
    r = runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "2 new" in r.output
    docs, evs = db_counts(db)
    assert docs == 2 and evs >= 2
    r2 = runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    assert r2.exit_code == 0 and "2 unchanged" in r2.output
    assert db_counts(db) == (docs, evs)


def test_changed_document_replaces_its_events(reports, tmp_path):
    db = tmp_path / "l.db"
    runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    write(reports, "good.txt", GOOD.replace("2万只", "5万只"))
    r = runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    assert "1 replaced" in r.output and "1 unchanged" in r.output
    r = runner.invoke(app, ["events", "--db", str(db), "--json", "--type", "donation"])
    quantities = [i["quantity"] for line in r.stdout.splitlines() for i in json.loads(line)["items"]]
    assert quantities == [50000]


BAD_CASES = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 40,
    "wrong.txt": "口罩".encode("utf-8") * 50 + b"\x80\xff" * 400,  # neither UTF-8, GB18030 nor Big5
    "broken.jsonl": b'{"id": "ok1", "text": "3\xe6\x9c\x8810\xe6\x97\xa5"}\n{not json\n',
}


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_input_gives_one_line_naming_the_file_and_the_run_goes_on(reports, tmp_path, name):
    write(reports, name, BAD_CASES[name])
    db = tmp_path / "l.db"
    r = runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    assert r.exit_code == 1
    errors = [ln for ln in r.stderr.splitlines() if "error:" in ln]
    assert len(errors) == 1 and name in errors[0]
    docs, _ = db_counts(db)
    assert docs >= 2  # the good reports were stored all the same


def test_truncated_html_is_read_or_refused_in_one_line(reports, tmp_path):
    write(reports, "cut.html", "<html><head><title>镇江捐赠</title></head><body><article><p>3月10日，我市向益山市捐赠2万只口罩")
    write(reports, "junk.html", "<html><body><div></div>")
    r = runner.invoke(app, ["extract", str(reports), "--out", str(tmp_path / "o.jsonl")])
    errors = [ln for ln in r.stderr.splitlines() if "error:" in ln]
    assert len(errors) == 1 and "junk.html" in errors[0]
    docs = [json.loads(ln)["doc"] for ln in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "cut.html" in docs


def test_file_over_the_size_limit_is_refused_without_reading_it(reports, tmp_path):
    big = reports / "huge.txt"
    with open(big, "wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    r = runner.invoke(app, ["extract", str(reports), "--out", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 1
    errors = [ln for ln in r.stderr.splitlines() if "error:" in ln]
    assert len(errors) == 1 and "huge.txt" in errors[0] and "too large" in errors[0]


def test_a_folder_without_reports_is_an_error(tmp_path, reports):
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "notes.md").write_text("hello")
    r = runner.invoke(app, ["extract", str(empty), str(reports), "--out", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 1
    assert "nothing" in r.stderr and "no reports" in r.stderr
    assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_failure_inside_a_store_leaves_nothing_half_written(reports, tmp_path, monkeypatch):
    db = tmp_path / "l.db"
    runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    before = db_counts(db)
    write(reports, "third.txt", GOOD.replace("丰川", "益山").replace("无锡", "镇江"))
    import cityaid.ledger.store as store

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "add_events", boom)  # fails after the document row is written
    r = runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    assert r.exit_code == 1 and "third.txt" in r.stderr
    assert db_counts(db) == before


def test_extract_writes_spec_lines_with_doc_names(reports, tmp_path):
    out = tmp_path / "e.jsonl"
    r = runner.invoke(app, ["extract", str(reports), "--out", str(out)])
    assert r.exit_code == 0
    rows = {json.loads(ln)["doc"]: json.loads(ln)["events"] for ln in out.read_text(encoding="utf-8").splitlines()}
    assert set(rows) == {"good.txt", "good_trad.txt"}
    [don] = [e for e in rows["good.txt"] if e["type"] == "donation"]
    assert don["from"][0]["key"] == "CN/Wuxi" and don["to"][0]["key"] == "JP/Toyokawa"
    assert don["evidence"] in GOOD
    [msg] = [e for e in rows["good_trad.txt"] if e["type"] == "message"]
    assert msg["from"][0]["key"] == "JP/Toyokawa" and msg["evidence"] in GOOD_TRAD


def test_events_filter_by_actor_in_any_script(reports, tmp_path):
    db = tmp_path / "l.db"
    runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    for name in ("无锡", "無錫", "Wuxi"):
        r = runner.invoke(app, ["events", "--db", str(db), "--actor", name, "--json"])
        assert r.exit_code == 0
        assert len(r.stdout.splitlines()) == 2, name
    r = runner.invoke(app, ["events", "--db", str(db), "--actor", "Atlantis-on-Sea"])
    assert r.exit_code == 2


def test_export_round_trips_and_eval_scores_it(reports, tmp_path):
    db = tmp_path / "l.db"
    runner.invoke(app, ["ingest", str(reports), "--db", str(db)])
    r = runner.invoke(app, ["export", "--db", str(db)])
    exported = tmp_path / "x.jsonl"
    exported.write_text(r.stdout, encoding="utf-8")
    r = runner.invoke(app, ["eval", str(exported), str(exported)])
    assert r.exit_code == 0 and "event F1 1.000" in r.stdout


def test_bundled_examples_ingest(tmp_path):
    r = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 0, r.output
    docs, evs = db_counts(tmp_path / "x.db")
    assert docs >= 20 and evs >= 60


def test_eval_can_ignore_documents_outside_the_gold(reports, tmp_path):
    out = tmp_path / "e.jsonl"
    runner.invoke(app, ["extract", str(reports), "--out", str(out)])
    rows = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(rows[0], ensure_ascii=False) + "\n", encoding="utf-8")
    strict = runner.invoke(app, ["eval", str(gold), str(out)])
    lenient = runner.invoke(app, ["eval", str(gold), str(out), "--only-gold-docs"])
    assert "event F1 1.000" in lenient.stdout and "event F1 1.000" not in strict.stdout
