"""``cityaid review regress``: the users' own reviewed documents as a test set for the extractor.

Each reviewed document is extracted afresh from its stored text by the
extractor installed now (nothing is stored), and the result is scored against
what people stand behind on it (``gold.export_gold``'s events) with the
spec's scoring rules (``cityaid.evaluate``).  So a new extractor can be judged
on a team's corpus before ``ingest --reextract`` lets it replace the old
reading — decisions are kept either way, but the pending events are its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from cityaid.evaluate import Report, evaluate
from cityaid.ledger import review_sql as sql
from cityaid.pipeline import ExtractError, extract_document

from .reextract import iter_reextracted
from .service import Review, gold_of


@dataclass
class RegressResult:
    report: Report
    predictions: dict[str, list[dict]]
    gold: dict[str, list[dict]]
    problems: list[str]


def people_gold(review: Review) -> dict[str, list[dict]]:
    """``{doc: events people stand behind}`` for every reviewed document."""
    with review.store.tx() as s:
        return {d: gold_of(sql.rows(s, doc_id=d)) for d in sql.reviewed_doc_ids(s)}


def regress(review: Review, extract: Callable = extract_document,
            on_doc: Optional[Callable[[str], None]] = None) -> RegressResult:
    """Score a fresh extraction of the reviewed documents against people's decisions."""
    gold = people_gold(review)
    pred: dict[str, list[dict]] = {}
    problems: list[str] = []
    for item in iter_reextracted(review.ledger, sorted(gold), extract):
        if isinstance(item, ExtractError):
            problems.append(str(item))
            pred[item.doc] = []
        else:
            pred[item.document.doc_id] = [e.to_spec() for e in item.events]
        if on_doc is not None:
            on_doc(getattr(item, "doc", None) or item.document.doc_id)
    return RegressResult(report=evaluate(gold, pred), predictions=pred, gold=gold, problems=problems)
