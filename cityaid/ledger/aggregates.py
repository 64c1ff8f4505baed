"""The overview's three groupings of facts, as SELECTs over any subquery of facts.

Why a module of its own: the same statements serve two callers — the web
view over a filtered set of facts (``web_queries``), and ``summary.refresh``
which stores them over *all* facts at merge time.  Building both from one
definition is what keeps the stored summaries identical to the live answer.

Each builder takes a subquery with columns ``id``, ``type``, ``date_lo`` and
``date_hi`` (fewer where a builder does not need them).
"""
from __future__ import annotations

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.orm import aliased

from .keyrange import is_cn, is_foreign
from .tables import FactActorRecord


def groups_select(facts) -> Select:  # noqa: ANN001 - a subquery
    """(type, direction, date_lo, date_hi, n): facts counted by type, direction and date.

    Direction is the one of ``cityaid.report.common.direction``: ``outward``
    when a Chinese actor gives to a foreign one, ``inward`` the reverse, else
    ``other`` — computed per fact from its actors' keys.
    """
    fa = FactActorRecord

    def flag(role: str, cond):  # noqa: ANN001, ANN202
        return func.max(case((and_(fa.role == role, cond), 1), else_=0))

    flags = (select(fa.fact_id, flag("from", is_cn(fa.key)).label("fcn"), flag("from", is_foreign(fa.key)).label("ffo"),
                    flag("to", is_cn(fa.key)).label("tcn"), flag("to", is_foreign(fa.key)).label("tfo"))
             .where(fa.fact_id.in_(select(facts.c.id)))
             .group_by(fa.fact_id).subquery())
    direction = case((and_(flags.c.fcn == 1, flags.c.tfo == 1), literal("outward")),
                     (and_(flags.c.ffo == 1, flags.c.tcn == 1), literal("inward")), else_=literal("other"))
    return (select(facts.c.type, direction.label("direction"), facts.c.date_lo, facts.c.date_hi,
                   func.count().label("n"))
            .select_from(facts.outerjoin(flags, flags.c.fact_id == facts.c.id))
            .group_by(facts.c.type, direction, facts.c.date_lo, facts.c.date_hi))


def flows_select(facts) -> Select:  # noqa: ANN001
    """(from_key, to_key, type, n): facts per giver key, receiver key and type (unordered, unlimited)."""
    fr, to = aliased(FactActorRecord), aliased(FactActorRecord)
    return (select(fr.key.label("from_key"), to.key.label("to_key"), facts.c.type, func.count().label("n"))
            .select_from(facts.join(fr, and_(fr.fact_id == facts.c.id, fr.role == "from"))
                         .join(to, and_(to.fact_id == facts.c.id, to.role == "to")))
            .group_by(fr.key, to.key, facts.c.type))


def place_totals_select(facts) -> Select:  # noqa: ANN001
    """(key, type, given, received): per actor key and fact type, how often it is a giver and a receiver."""
    fa = FactActorRecord
    given = func.sum(case((fa.role == "from", 1), else_=0))
    received = func.sum(case((fa.role == "to", 1), else_=0))
    return (select(fa.key, facts.c.type, given.label("given"), received.label("received"))
            .select_from(fa.__table__.join(facts, facts.c.id == fa.fact_id))
            .group_by(fa.key, facts.c.type))
