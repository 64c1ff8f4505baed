"""web step of the cityaid pipeline: a read-only dashboard and JSON API over a ledger.

``create_app(db)`` builds the FastAPI app; ``cityaid serve`` runs it.  Every
HTML page has a JSON twin at the same URL with ``.json`` (and listings a
streaming ``.csv``), taking the same filters.
"""
from .app import create_app

__all__ = ["create_app"]
