"""CLI for account administration: disable an account, list and revoke its API tokens.

Why separate commands rather than deleting rows: a record's history names
who changed it, so an account that leaves is disabled (refused at log-in,
on its sessions and on its tokens at once), not removed; a leaked token is
revoked without touching the account's other tokens or password.

    cityaid user disable zhang            # and: cityaid user enable zhang
    cityaid user tokens zhang             # id, label, created, revoked — never the secret
    cityaid user revoke-token zhang       # every live token of zhang; --id N for one
"""
from __future__ import annotations

from typing import Optional

import typer

from cityaid.cli_common import DB, out
from cityaid.cli_office import JSON_OUT, _dump, _run, user_app


def _accounts(ledger):  # noqa: ANN001, ANN202
    from cityaid.office import Accounts

    return Accounts(ledger)


@user_app.command("disable")
def user_disable(name: str, db: str = DB):
    """Disable NAME: log-in, sessions and API tokens are refused (401) until enabled again."""
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        _run(lambda: _accounts(ledger).set_disabled(name, True))
    out.print(f"user {name}: disabled", highlight=False)


@user_app.command("enable")
def user_enable(name: str, db: str = DB):
    """Enable NAME again (its unrevoked tokens work again; it must log in anew)."""
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        _run(lambda: _accounts(ledger).set_disabled(name, False))
    out.print(f"user {name}: enabled", highlight=False)


@user_app.command("tokens")
def user_tokens(name: Optional[str] = typer.Argument(None, help="one user (default: everyone)"), db: str = DB,
                as_json: bool = JSON_OUT):
    """API tokens with id, label and creation date (the secrets are not stored, so never shown)."""
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        rows = [{"id": t.id, "user": t.user, "label": t.label, "created_at": t.created_at, "revoked": t.revoked}
                for t in _run(lambda: _accounts(ledger).tokens(name))]
    if as_json:
        _dump(rows)
        return
    for r in rows:
        out.print(f"{r['id']}\t{r['user']}\t{r['created_at']:%Y-%m-%d %H:%M}\t{'revoked' if r['revoked'] else 'live'}"
                  f"\t{r['label']}", highlight=False)


@user_app.command("revoke-token")
def user_revoke_token(name: str, token_id: Optional[int] = typer.Option(None, "--id", help="only this token"),
                      db: str = DB):
    """Revoke NAME's API tokens (all live ones, or --id N): they are refused (401) from now on."""
    from cityaid.ledger import Ledger

    with Ledger(db) as ledger:
        n = _run(lambda: _accounts(ledger).revoke_tokens(name, token_id))
    out.print(f"user {name}: {n} token{'s' if n != 1 else ''} revoked", highlight=False)
