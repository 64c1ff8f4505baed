"""``datasette cityaid.db -m metadata.json``: a real Datasette server on a test ledger, read through its canned queries."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

pytest.importorskip("datasette")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:  # noqa: S310 - loopback only
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.fixture
def datasette_url(aid_ledger, tmp_path):
    from typer.testing import CliRunner

    from cityaid.cli import app

    db = aid_ledger.engine.url.database
    meta = tmp_path / "metadata.json"
    res = CliRunner().invoke(app, ["export", "--db", db, "--format", "datasette-metadata", "--out", str(meta)])
    assert res.exit_code == 0, res.output
    port = _port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", db, "-m", str(meta), "-h", "127.0.0.1",
                             "-p", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if proc.poll() is not None:
                pytest.fail(f"datasette exited: {proc.stdout.read().decode(errors='replace')}")
            try:
                if _get(base + "/-/versions.json")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        yield base, db.rsplit("/", 1)[-1].removesuffix(".db")
    finally:
        proc.terminate()
        proc.wait(10)


def test_canned_queries_answer_in_json(datasette_url):
    base, name = datasette_url
    status, body = _get(f"{base}/{name}/place_gifts.json?place=CN/Wuxi&_shape=array")
    assert status == 200, body[:300]
    rows = json.loads(body)
    assert rows and all("CN/Wuxi" in r["givers"] for r in rows)
    assert any("JP/Toyokawa" in r["receivers"] and "mask" in r["items"] for r in rows)
    assert any("口罩" in (r["evidence"] or "") for r in rows)  # Chinese evidence, unchanged
    status, body = _get(f"{base}/{name}/pair_exchanges.json?a=CN/Wuxi&b=JP/Toyokawa&_shape=array")
    rows = json.loads(body)
    assert status == 200 and {r["direction"] for r in rows} == {"CN/Wuxi → JP/Toyokawa", "JP/Toyokawa → CN/Wuxi"}
    status, body = _get(f"{base}/{name}/place_received.json?place=JP/Toyokawa&_shape=array")
    assert status == 200 and json.loads(body)


def test_tables_described_and_office_tables_closed(datasette_url):
    base, name = datasette_url
    status, body = _get(f"{base}/{name}/facts.json?_shape=array&_size=1")
    assert status == 200 and json.loads(body)
    status, body = _get(f"{base}/-/metadata.json")
    meta = json.loads(body)
    assert "facts" in meta["databases"][name]["tables"] and "place_gifts" in meta["databases"][name]["queries"]
    assert _get(f"{base}/{name}/office_users.json")[0] == 403
    assert _get(f"{base}/{name}.json?sql=select+*+from+office_users")[0] in (400, 403)
