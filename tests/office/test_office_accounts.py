"""Account administration: disabled accounts and revoked tokens are refused (401) at every door; tokens listed, never shown."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from office_story import PASSWORD
from office_webclient import client, csrf_of, login

from cityaid.cli import app

run = CliRunner().invoke


def test_revoked_token_is_refused(ledger, accounts, users):
    c = client(ledger)
    t1, t2 = accounts.new_token("zj", "script"), accounts.new_token("zj", "backup")
    h1, h2 = ({"Authorization": f"Bearer {t}"} for t in (t1, t2))
    assert c.get("/office/api/records", headers=h1).status_code == 200
    listed = c.get("/office/api/tokens", headers=h1).json()["tokens"]
    assert [(t["user"], t["label"], t["revoked"]) for t in listed] == [("zj", "script", False), ("zj", "backup", False)]
    assert t1 not in json.dumps(listed) and all(t["created_at"] for t in listed)
    assert accounts.revoke_tokens("zj", listed[0]["id"]) == 1  # one token only
    r = c.get("/office/api/records", headers=h1)
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    assert c.get("/office/api/records", headers=h2).status_code == 200
    assert accounts.revoke_tokens("zj") == 1
    assert c.post("/office/api/records/letter", headers=h2, json={"to": "曼海姆", "text": "x"}).status_code == 401
    # an admin sees everyone's tokens; an editor only its own
    accounts.new_token("wx")
    admin = {"Authorization": "Bearer " + accounts.new_token("admin")}
    assert {t["user"] for t in c.get("/office/api/tokens", headers=admin).json()["tokens"]} == {"zj", "wx", "admin"}


def test_disabled_user_is_refused_everywhere(ledger, accounts, users):
    c = client(ledger)
    token = {"Authorization": "Bearer " + accounts.new_token("zj")}
    csrf = login(c, "zj", PASSWORD)
    assert c.get("/office").status_code == 200
    accounts.set_disabled("zj", True)
    assert c.get("/office/api/records", headers=token).status_code == 401
    assert c.get("/office/api/records").status_code == 401  # the session ended too
    assert c.post("/office/new/letter", data={"csrf": csrf, "to": "曼海姆", "text": "x"}).status_code == 401
    assert c.get("/office").status_code == 303  # forms send it to the log-in page
    page = c.get("/office/login")
    r = c.post("/office/login", data={"name": "zj", "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert r.status_code == 401
    accounts.set_disabled("zj", False)
    assert c.get("/office/api/records", headers=token).status_code == 200  # an unrevoked token works again
    assert login(c, "zj", PASSWORD)


def test_accounts_cli(office_url):
    db = ["--db", office_url]
    assert run(app, ["user", "add", "zj", "--role", "editor", "--place", "镇江", "--password", "longpassword",
                     *db]).exit_code == 0
    token = run(app, ["user", "token", "zj", "--label", "nightly", *db]).output.strip()
    run(app, ["user", "token", "zj", *db])
    listed = json.loads(run(app, ["user", "tokens", "zj", "--json", *db]).output)
    assert [(t["label"], t["revoked"]) for t in listed] == [("nightly", False), ("", False)]
    plain = run(app, ["user", "tokens", *db]).output
    assert token not in plain and "nightly" in plain and "live" in plain
    r = run(app, ["user", "revoke-token", "zj", "--id", str(listed[0]["id"]), *db])
    assert r.exit_code == 0 and "1 token revoked" in r.output
    assert "2 tokens" not in run(app, ["user", "revoke-token", "zj", *db]).output
    again = run(app, ["user", "revoke-token", "zj", *db])
    assert again.exit_code == 1 and "no live token" in again.output
    assert [t["revoked"] for t in json.loads(run(app, ["user", "tokens", "zj", "--json", *db]).output)] == [True, True]
    assert run(app, ["user", "disable", "zj", *db]).exit_code == 0
    assert json.loads(run(app, ["user", "list", "--json", *db]).output)[0]["disabled"] is True
    assert run(app, ["user", "disable", "nobody", *db]).exit_code == 1
    assert run(app, ["user", "enable", "zj", *db]).exit_code == 0
    assert json.loads(run(app, ["user", "list", "--json", *db]).output)[0]["disabled"] is False
