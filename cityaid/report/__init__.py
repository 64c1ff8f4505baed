"""report step of the cityaid pipeline: the ledger's answers, as pure functions over merged facts.

Each function takes facts (``FactRow``s from ``Ledger.facts()``, or their
payload dicts) and returns plain dicts ready for JSON or a table.
"""
from .claims import claims_report
from .network import network
from .pair import pair_report
from .place import place_ledger
from .timeline import timeline

__all__ = ["claims_report", "network", "pair_report", "place_ledger", "timeline"]
