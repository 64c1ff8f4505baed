"""Shared by the whole-pipeline extraction tests: read a page built of paragraphs the way ``cityaid extract``
does, and tell each event by its type and the keys on its two sides (the scorer pairs events on exactly
these), so a test states what a reader of the ledger would see."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def page_sides(*paras, published="2020-05-20", title=None):
    """``[(type, sorted giver keys, sorted receiver keys), ...]`` for the page made of ``paras``."""
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", title=title,
                                    published=published))
    return [(e.type, sorted(a.key for a in e.from_), sorted(a.key for a in e.to)) for e in out.events]
