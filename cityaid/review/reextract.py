"""``ingest --reextract``: read the stored documents again with this cityaid's extractor.

What a user does after upgrading cityaid: the ledger keeps every document's
text, so nothing needs the original files.  Each document is extracted afresh
from its stored text and stored with ``force`` — its events replaced even
though its content is unchanged — and people's review decisions re-attach to
the new reading on the way in (``cityaid.ledger.store.add_reviewed_events``).
A document whose extraction fails is reported and left as it was.
"""
from __future__ import annotations

from typing import Callable, Iterator, Optional

from cityaid.pipeline import ExtractError, Extracted, extract_document


def stored_doc_ids(ledger) -> list[str]:  # noqa: ANN001
    from sqlalchemy import select

    from cityaid.ledger.tables import DocumentRecord

    with ledger.engine.connect() as conn:
        return list(conn.scalars(select(DocumentRecord.doc_id).order_by(DocumentRecord.doc_id)))


def iter_reextracted(ledger, doc_ids: Optional[list[str]] = None,  # noqa: ANN001
                     extract: Callable = extract_document) -> Iterator[Extracted | ExtractError]:
    """Each stored document (all, or ``doc_ids``) extracted afresh from its stored text."""
    for d in doc_ids if doc_ids is not None else stored_doc_ids(ledger):
        row = ledger.document(d)
        if row is None:
            yield ExtractError(d, "no such stored document")
            continue
        try:
            yield extract(row.to_document())
        except Exception as e:  # noqa: BLE001 - one page's rule failure is that page's, not the run's
            yield ExtractError(d, f"extraction failed: {type(e).__name__}: {e}")


def reextract(ledger, doc_ids: Optional[list[str]] = None, extract: Callable = extract_document,  # noqa: ANN001
              on_doc: Optional[Callable[[str], None]] = None) -> tuple[int, list[str]]:
    """Re-extract and store stored documents (then merge); returns (documents stored, problems)."""
    from cityaid.ledger import LedgerError
    from cityaid.merge import merge_pending

    n, problems = 0, []
    for item in iter_reextracted(ledger, doc_ids, extract):
        if isinstance(item, ExtractError):
            problems.append(str(item))
        else:
            try:
                ledger.store(item.document, item.clean, item.events, force=True)
                n += 1
            except LedgerError as e:
                problems.append(str(e))
        if on_doc is not None:
            on_doc(getattr(item, "doc", None) or item.document.doc_id)
    merge_pending(ledger)
    return n, problems
