"""read step: report files (text, HTML, JSON Lines) -> ``Document`` records.

Public API: ``discover``, ``iter_documents``, ``read_document`` and
``ReadError``, the one exception type of this step.
"""
from cityaid.read.decode import MAX_BYTES, decode_bytes
from cityaid.read.discover import REPORT_SUFFIXES, discover
from cityaid.read.documents import iter_documents, read_document
from cityaid.read.errors import ReadError

__all__ = ["MAX_BYTES", "REPORT_SUFFIXES", "ReadError", "decode_bytes", "discover",
           "iter_documents", "read_document"]
