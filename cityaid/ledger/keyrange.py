"""Actor-key predicates as index-friendly key ranges, shared by the fact reads, the web view and the summaries.

Why ranges and not ``LIKE 'CN/%'``: ``LIKE`` cannot use the key indexes
(SQLite would need case-insensitive indexes, PostgreSQL ``text_pattern_ops``),
so "this place and every place below it" became a scan of every fact with a
correlated lookup — seconds on a 100k-fact ledger.  ``key = 'CN' OR
'CN/' <= key < 'CN0'`` ('0' is the character after '/') is a plain range on
the same index on SQLite and PostgreSQL alike.  The range is right only
when keys compare as bytes: SQLite's columns do, and on PostgreSQL the key
columns carry the ``C`` collation (revision 0005, ``tables.KEY``) whatever
the database's default — under ``en_US.UTF-8`` or ICU ``en-US`` the range
missed sub-places or took in ``cn/…`` and ``CN&…``.  Unlike SQLite's
``LIKE`` it is also case-sensitive, as keys are.
"""
from __future__ import annotations

from sqlalchemy import and_, or_


def under(col, key: str):  # noqa: ANN001, ANN201 - a column expression
    """``col`` is ``key`` or lies below it (``CN/Wuxi`` under ``CN``), as an index-friendly range."""
    return or_(col == key, and_(col >= key + "/", col < key + "0"))


def below(col, key: str):  # noqa: ANN001, ANN201
    """``col`` lies strictly below ``key`` (``CN/Wuxi`` for ``CN``, not ``CN`` itself)."""
    return and_(col >= key + "/", col < key + "0")


def is_cn(col):  # noqa: ANN001, ANN201
    return under(col, "CN")


def is_foreign(col):  # noqa: ANN001, ANN201
    """A key in some country other than China (not unresolved ``?/``, not ``ORG``)."""
    return and_(~is_cn(col), ~under(col, "ORG"), ~under(col, "?"), col != "")
