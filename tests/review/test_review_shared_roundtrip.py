"""The issue's demonstration on the shared corpora: ingest, import the gold file as decisions, export: F1 1.000;
``ingest --reextract`` and export again: still 1.000 (and the same file).  Scored by the shared scorer itself.

Skips where ``../shared`` is absent (a user's machine).  Runs the CLI on a temporary SQLite ledger.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cityaid.cli import app

SHARED = Path(__file__).resolve().parents[3] / "shared"
SCORER = SHARED / "tools" / "score.py"
CASES = {
    "seeds": (SHARED / "corpus" / "seeds", SHARED / "corpus" / "seeds.gold.jsonl"),
    "dev": (SHARED / "corpus" / "dev" / "docs", SHARED / "corpus" / "dev" / "gold.jsonl"),
}
runner = CliRunner()


def _f1(gold: Path, pred: Path) -> str:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred)], capture_output=True, text=True,
                         check=True).stdout
    return re.search(r"event F1 (\S+)", out.strip().splitlines()[-1]).group(1)


def _ok(args: list[str]):  # noqa: ANN202
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    return r


@pytest.mark.parametrize("name", sorted(CASES))
def test_gold_in_export_out_survives_reextract(tmp_path, name):
    docs, gold = CASES[name]
    if not (gold.exists() and SCORER.exists()):
        pytest.skip("shared development set not present")
    db = str(tmp_path / "r.db")
    _ok(["ingest", str(docs), "--db", db])
    r = _ok(["review", "import", str(gold), "--as", "annotator", "--db", db])
    assert "imported" in r.output
    first, second = tmp_path / "x1.jsonl", tmp_path / "x2.jsonl"
    _ok(["review", "export", "--out", str(first), "--db", db])
    assert _f1(gold, first) == "1.000"
    assert (tmp_path / "clusters.json").exists()
    r = _ok(["ingest", "--reextract", "--db", db])
    assert "replaced" in r.output
    _ok(["review", "export", "--out", str(second), "--db", db])
    assert _f1(gold, second) == "1.000"
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    again = _ok(["review", "import", str(gold), "--as", "annotator", "--db", db, "--json"])
    assert '"accepted": 0' in again.output and '"fixed": 0' in again.output and '"added": 0' in again.output
