"""A small in-process cache of whole-ledger answers, keyed by the ledger's data version.

Why: a place page runs the Python answers over thousands of facts, yet the
ledger changes only when someone ingests or re-merges.  Keying each entry by
``web_queries.data_version`` (a few ms: counts and indexed maxima) means a
stale answer is never served: any write changes the version and misses the
cache.  The cache only saves repeat work; the first request after a write
must be fast on its own (the overview reads the summaries stored at merge
time, see ``cityaid.ledger.summary``), which is what ``NoCache`` measures.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

from cityaid.ledger import web_queries as wq

MAX_ENTRIES = 256


class AnswerCache:
    def __init__(self, ledger, size: int = MAX_ENTRIES) -> None:  # noqa: ANN001
        self.ledger = ledger
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        full = (wq.data_version(self.ledger), key)
        with self._lock:
            if full in self._data:
                self._data.move_to_end(full)
                return self._data[full]
        value = compute()
        with self._lock:
            self._data[full] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value


class NoCache:
    """The same interface, computing every time (``create_app(cache=False)``)."""

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:  # noqa: ARG002 - same signature
        return compute()
