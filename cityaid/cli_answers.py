"""CLI commands over the merged ledger: its answers and a person's merge decisions (registered on ``cityaid.cli.app``)."""
from cityaid.cli import app  # noqa: F401
