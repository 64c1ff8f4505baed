"""A place page's aggregate claims, one page of them at a time.

Why paged: each claim is compared with the itemised facts its scope can
reach (see ``cityaid.report.claims``), which means reading those facts —
for a busy place, dozens of claims and thousands of facts.  Computing only
the claims shown (``CLAIMS_PAGE`` of them, ``?claims=N`` for the next ones)
keeps a first look at the page fast; the page says how many more there are.
Claims by the same givers share one read of their scope, and a scope whose
givers all lie inside the place is taken from the place's own facts, which
the page has already read, instead of read again.
"""
from __future__ import annotations

from cityaid.ledger import Ledger
from cityaid.ledger import web_queries as wq
from cityaid.report import claims_report
from cityaid.report.common import within

from . import fmt as F

CLAIMS_PAGE = 10


def _scope(ledger: Ledger, key: str, facts: list, of: str, givers: list[str]) -> list:
    """Facts of type ``of`` given by one of ``givers`` or a place below it (a claim's itemised scope).

    When every giver is ``key`` or below it, each such fact names a place
    within ``key``, so it is among ``facts`` (the place's facts, sub-places
    included): they are filtered here — the same test as the SQL key range,
    on the same ``fact_actors`` keys — rather than read again.  Order does
    not matter: ``claims_report`` sorts by date and id.
    """
    if not givers:
        return []
    if all(within(g, key) for g in givers):
        return [x for x in facts if x.type == of
                and any(within(k, g) for k in F.keys(x.fact, "from") for g in givers)]
    return wq.given_by(ledger, of, givers)


def claims_section(ledger: Ledger, key: str, facts: list, page: int = 1) -> dict:
    """``claims`` (``claims_report`` per aggregate naming ``key``, this page's only) and where they stand.

    ``facts`` are the place's facts (``web_queries.answer_facts``, or
    ``FactRow`` s).  A claim's itemised scope is facts of its ``of`` type
    given by one of its givers; fetching just those per claim keeps a place
    with many claims from scanning the whole ledger per claim.
    """
    aggs = [x for x in facts if x.type == "aggregate"]
    pages = max(1, -(-len(aggs) // CLAIMS_PAGE))
    page = min(max(1, page), pages)
    first = (page - 1) * CLAIMS_PAGE
    shown = aggs[first:first + CLAIMS_PAGE]
    scopes: dict[tuple, list] = {}
    out = []
    for agg in shown:
        givers = F.keys(agg.fact, "from")
        of = agg.of or "donation"
        if (of, *givers) not in scopes:
            scopes[(of, *givers)] = _scope(ledger, key, facts, of, givers)
        out.extend(claims_report([agg, *scopes[(of, *givers)]], key)["claims"])
    return {"claims": out, "claims_total": len(aggs), "claims_page": page, "claims_pages": pages,
            "claims_first": first + 1 if shown else 0, "claims_last": first + len(shown),
            "claims_more": len(aggs) - first - len(shown)}
