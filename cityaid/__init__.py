"""cityaid: an evidence-backed ledger of international mutual aid between cities and provinces.

The package follows the data's path: read -> clean -> extract -> resolve -> merge
-> ledger -> report/web.  ``cityaid.pipeline`` strings the steps together.
"""
__version__ = "0.1.0"
