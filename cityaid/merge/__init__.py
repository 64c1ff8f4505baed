"""merge step of the cityaid pipeline: one canonical fact per real-world fact, from many reports.

``records`` reduces events to compact tuples, ``compatible`` says when two
can be one fact, ``blocking`` picks which pairs to compare, ``cluster``
groups them (complete-linkage union-find), ``canonical`` and ``confidence``
build the fact's record, ``decisions`` replays a person's merges and splits,
``run`` ties it to the ledger, ``incremental`` merges new events against
their blocks only (same facts as a full re-merge) and ``evaluate`` scores
``canonical`` ids.
"""
from .cluster import cluster_events
from .compatible import compatible, score
from .decisions import Constraints, Decision, constraints
from .incremental import MergeChange, MergeIndex, merge_incremental, merge_pending
from .records import MergeEvent, from_spec
from .run import MergeError, MergeStats, SpecEvent, decide_merge, decide_split, docs_to_specs, merge_ledger, merge_specs

__all__ = ["Constraints", "Decision", "MergeChange", "MergeIndex", "merge_incremental", "MergeError", "MergeEvent", "MergeStats", "SpecEvent", "cluster_events",
           "compatible", "constraints", "decide_merge", "decide_split", "docs_to_specs", "from_spec",
           "merge_ledger", "merge_pending", "merge_specs", "score"]
