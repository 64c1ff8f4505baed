"""``cityaid serve``: open the ledger in the browser (registered on ``cityaid.cli.app``).

Binds to 127.0.0.1 unless told otherwise: the view is read-only, but a
ledger may hold material not meant for the whole network.
"""
from __future__ import annotations

import typer

from cityaid.cli_common import DB, _fail, app, err


@app.command()
def serve(db: str = DB,
          host: str = typer.Option("127.0.0.1", "--host", help="interface to listen on (0.0.0.0: every one)"),
          port: int = typer.Option(8000, "--port", min=1, max=65535)):
    """Serve a read-only web view and JSON API of the ledger (http://127.0.0.1:8000/)."""
    import uvicorn

    from cityaid.ledger import LedgerError
    from cityaid.web import create_app

    try:
        web = create_app(db)
    except LedgerError as e:
        _fail(str(e))
        raise typer.Exit(2)
    err.print(f"cityaid: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")
